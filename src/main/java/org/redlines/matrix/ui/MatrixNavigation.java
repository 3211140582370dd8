package org.redlines.matrix.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixParams;

/** Typed links to the matrix: every change of view state is a navigation, so the URL always holds it. */
public final class MatrixNavigation {

    private MatrixNavigation() {}

    public static void navigateTo(MatrixFilter filter, Catalog catalog) {
        UI.getCurrent().navigate(MatrixView.class, queryOf(filter, catalog));
    }

    public static QueryParameters queryOf(MatrixFilter filter, Catalog catalog) {
        return new QueryParameters(MatrixParams.toParameters(filter, catalog));
    }
}
