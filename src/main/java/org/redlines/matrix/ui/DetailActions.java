package org.redlines.matrix.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.redlines.positions.ChangeKind;
import org.redlines.positions.DraftInfo;
import org.redlines.positions.Links;
import org.redlines.positions.MatrixPage;
import org.redlines.positions.PointDetail;
import org.redlines.ui.edit.EditActions;

/**
 * The buttons beside the selected point and each party's position on it: history for everyone, editing for
 * analysts, and none on a frozen view, which shows the past.
 */
final class DetailActions {

    private DetailActions() {}

    static PointDetailPanel.Actions of(EditActions edits, MatrixPage page, String ref) {
        if (page.catalog().frozen() != null) {
            return PointDetailPanel.NO_ACTIONS;
        }
        String plan = page.matrix().plan().code();
        boolean editor = edits.canEdit(page.catalog());
        List<DraftInfo> pending = edits.pendingOn(page.catalog(), plan).stream()
                .filter(d -> ref.equals(d.ref()))
                .toList();
        LongFunction<String> asRecorded = rev -> Links.atRevision(Links.matrix(page.filter(), page.catalog()), rev);
        return new PointDetailPanel.Actions() {
            @Override
            public List<Component> forPoint() {
                List<Component> out = new ArrayList<>(EditActions.pendingNotes(pending.stream()
                        .filter(d -> d.kind() == ChangeKind.EDIT_POINT)
                        .toList()));
                if (editor) {
                    out.add(edits.editPoint(page.catalog(), plan, ref));
                }
                out.add(edits.pointHistory(plan, ref, asRecorded));
                return out;
            }

            @Override
            public List<Component> forPosition(PointDetail.ActorPosition p) {
                List<Component> out = new ArrayList<>(EditActions.pendingNotes(pending.stream()
                        .filter(d -> p.actor().code().equals(d.actor()))
                        .toList()));
                if (editor) {
                    out.add(edits.addPosition(plan, ref, p.actor()));
                    if (p.position() != null) {
                        out.add(edits.correct(p.position(), p.actor()));
                    }
                }
                if (p.position() != null) {
                    out.add(edits.history(p.position(), p.actor(), asRecorded));
                }
                return out;
            }
        };
    }
}
