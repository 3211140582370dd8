package org.redlines.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.redlines.i18n.Words;
import org.redlines.positions.Notice;

/** Says which parts of a link were ignored and why; hidden when there is nothing to say. */
public class NoticeBox extends Div {

    public NoticeBox() {
        setId("notices");
        addClassName("rl-notices");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    public void show(List<Notice> notices) {
        removeAll();
        notices.forEach(n -> add(new Div(Words.notice(n))));
        setVisible(!notices.isEmpty());
    }
}
