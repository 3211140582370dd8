package org.redlines.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.redlines.i18n.Messages;

/**
 * A table built only for printing, so that no row is lost to the screen grid's scrolling and no column is cut
 * off: wide tables are split into several tables of at most {@code perPage} columns, each repeating the leading
 * columns (such as the point), one after another on their own pages. Shown only in print.
 */
public class PrintTable extends Div {

    /** One row: its leading cells, its other cells, and for each other cell an optional CSS class. */
    public record Row(List<String> leading, List<String> cells, List<String> classes) {}

    /** On the view while a print table replaces its grid in print (styles.css). */
    static final String IN_USE = "rl-has-print-table";

    public PrintTable() {
        addClassNames("rl-print-only", "rl-print-table");
    }

    /** Removes the table and gives the page back its screen grid in print. */
    public void clearIn(HasStyle view) {
        removeAll();
        view.removeClassName(IN_USE);
    }

    /** Builds the table, makes the page print it instead of its grid, and opens the print dialog. */
    public void print(HasStyle view, List<String> leadingHeaders, List<String> headers, List<Row> rows, int perPage) {
        show(leadingHeaders, headers, rows, perPage);
        view.addClassName(IN_USE);
        print();
    }

    /** The "Print" button every printable view shows. */
    public static Button button(Runnable action) {
        Button print = new Button(Messages.t("common.print"), VaadinIcon.PRINT.create(), e -> action.run());
        print.setId("print-view");
        return print;
    }

    public void show(List<String> leadingHeaders, List<String> headers, List<Row> rows, int perPage) {
        removeAll();
        for (int from = 0; from < Math.max(headers.size(), 1); from += perPage) {
            int to = Math.min(headers.size(), from + perPage);
            Element table = new Element("table");
            if (from > 0) {
                table.getClassList().add("rl-print-continued");
            }
            Element head = new Element("thead");
            Element headRow = new Element("tr");
            leadingHeaders.forEach(h -> headRow.appendChild(new Element("th").setText(h)));
            headers.subList(from, to).forEach(h -> headRow.appendChild(new Element("th").setText(h)));
            head.appendChild(headRow);
            table.appendChild(head);
            Element body = new Element("tbody");
            for (Row row : rows) {
                Element tr = new Element("tr");
                row.leading().forEach(c -> tr.appendChild(new Element("td").setText(c == null ? "" : c)));
                for (int i = from; i < to; i++) {
                    Element td = new Element("td")
                            .setText(
                                    row.cells().get(i) == null
                                            ? ""
                                            : row.cells().get(i));
                    String css = row.classes() == null ? null : row.classes().get(i);
                    if (css != null) {
                        td.getClassList().add(css);
                    }
                    tr.appendChild(td);
                }
                body.appendChild(tr);
            }
            table.appendChild(body);
            getElement().appendChild(table);
        }
    }

    /** Opens the browser's print dialog once the table has reached the page. */
    public static void print() {
        UI.getCurrent().getPage().executeJs("""
                const l = document.querySelector('vaadin-app-layout');
                if (l) { window.__rlDrawer = l.drawerOpened; l.drawerOpened = false; }
                setTimeout(() => window.print(), 200)""");
    }
}
