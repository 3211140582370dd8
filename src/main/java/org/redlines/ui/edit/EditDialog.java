package org.redlines.ui.edit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.Objects;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Phrase;

/**
 * A form in a dialog that never loses typing silently: closing it, or leaving the page, with unsaved changes
 * asks first; a save refused because someone else saved meanwhile shows what is stored now and keeps the
 * user's text to copy.
 */
public abstract class EditDialog<T> extends Dialog {

    final Button save = new Button(Messages.t("common.save"));
    final Button cancel = new Button(Messages.t("common.cancel"));
    final Div conflict = new Div();
    private T saved;

    EditDialog(String heading) {
        setHeaderTitle(heading);
        setWidth("min(56rem, 96vw)"); // not-ui-text
        setCloseOnOutsideClick(false);
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> trySave());
        cancel.addClickListener(e -> closeAsking());
        addDialogCloseActionListener(e -> closeAsking());
        conflict.setId("edit-conflict");
        conflict.addClassName("rl-conflict");
        conflict.setVisible(false);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ComponentUtil.setData(ui, EditDialog.class, e.isOpened() ? this : null);
            }
        });
    }

    /** The form's sources field showing {@code value}: created and added the first time, refilled after. */
    SourcesField sourcesField(SourcesField current, java.util.List<org.redlines.positions.SourceInfo> value) {
        if (current == null) {
            SourcesField field = new SourcesField(value);
            field.setId("edit-sources");
            add(field);
            return field;
        }
        current.setValue(value);
        return current;
    }

    /** Call when the form is filled, so that later changes count as unsaved. */
    void markSaved() {
        saved = current();
    }

    abstract T current();

    /** Saves; returns normally on success, throws the services' exceptions otherwise. */
    abstract void store();

    /** Shows a refused field's message beside the field. */
    abstract void showProblem(String field, String message);

    abstract void clearProblems();

    /** Replaces the form's values with what is stored now, as the conflict's "take theirs" does. */
    abstract void loadCurrent(Object current);

    abstract String describe(Object current);

    boolean dirty() {
        return !Objects.equals(saved, current());
    }

    private void trySave() {
        clearProblems();
        T before = saved;
        // Counted as saved before the view refreshes itself, so that leaving asks nothing.
        saved = current();
        try {
            store();
            close();
        } catch (org.redlines.positions.Drafts.InvalidDraftException ex) {
            saved = before;
            ex.problems().forEach((field, problem) -> showProblem(field, Words.of(problem)));
        } catch (org.redlines.positions.Drafts.EditConflictException ex) {
            saved = before;
            showConflict(ex);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
            saved = before;
            showConflict(new org.redlines.positions.Drafts.EditConflictException(
                    Phrase.of("edit.conflict.simultaneous"), null));
        } catch (RuntimeException ex) {
            // Not saved for another reason (a refused role, a database error): the typing still counts as unsaved.
            saved = before;
            throw ex;
        }
    }

    private void showConflict(org.redlines.positions.Drafts.EditConflictException ex) {
        conflict.removeAll();
        conflict.add(new H3(Messages.t("edit.conflict.heading", Words.of(ex.reason()))));
        if (ex.current() != null) {
            conflict.add(new Paragraph(Messages.t("edit.conflict.stored-now", describe(ex.current()))));
            TextArea mine = new TextArea(Messages.t("edit.conflict.your-version"));
            mine.setValue(Objects.toString(yourText(), ""));
            mine.setReadOnly(true);
            mine.setWidthFull();
            Button takeTheirs = new Button(Messages.t("edit.conflict.load-stored"), e -> {
                loadCurrent(ex.current());
                markSaved();
                conflict.setVisible(false);
            });
            takeTheirs.setId("conflict-reload");
            conflict.add(mine, takeTheirs);
        } else {
            conflict.add(new Paragraph(Messages.t("edit.conflict.removed")));
        }
        conflict.setVisible(true);
    }

    /** The text the user typed, offered for copying when a save is refused. */
    abstract String yourText();

    void closeAsking() {
        if (!dirty()) {
            close();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                Messages.t("edit.discard.title"), Messages.t("edit.discard.text"), Messages.t("common.discard"), e -> {
                    saved = current();
                    close();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(Messages.t("edit.discard.keep"));
        confirm.setConfirmButtonTheme("error primary"); // not-ui-text
        confirm.open();
    }

    private void discard() {
        saved = current();
        close();
    }

    /** For a view's {@code beforeLeave}: asks before leaving the page while a form has unsaved changes. */
    public static void guard(BeforeLeaveEvent event) {
        EditDialog<?> open = ComponentUtil.getData(event.getUI(), EditDialog.class);
        if (open == null || !open.isOpened() || !open.dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(
                Messages.t("edit.leave.title"), Messages.t("edit.leave.text"), Messages.t("edit.leave.confirm"), e -> {
                    open.discard();
                    action.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(Messages.t("edit.leave.stay"));
        confirm.open();
    }
}
