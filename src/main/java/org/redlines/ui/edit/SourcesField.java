package org.redlines.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redlines.dataset.DatasetRules;
import org.redlines.i18n.Messages;
import org.redlines.i18n.Words;
import org.redlines.positions.Drafts;
import org.redlines.positions.SourceInfo;
import org.redlines.ui.Navigation;

/** The sources of an entry, one row each: publisher, address, title and date; rows can be added and removed. */
public class SourcesField extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Span error = new Span();
    final Button add = new Button(Messages.t("edit.sources.add"), VaadinIcon.PLUS.create());

    private record Row(Div box, TextField publisher, TextField url, TextField title, DatePicker date, TextField grade) {
        SourceInfo value() {
            return new SourceInfo(
                    publisher.getValue(),
                    title.getValue().isBlank() ? null : title.getValue(),
                    url.getValue(),
                    date.getValue(),
                    grade.getValue().isBlank() ? null : grade.getValue().strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public SourcesField(List<SourceInfo> initial) {
        addClassName("rl-sources-field");
        Span label = new Span(Messages.t("common.sources"));
        label.addClassName("rl-field-label");
        error.addClassName("rl-field-error");
        error.setVisible(false);
        error.setId("sources-error");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addRow(null));
        add(label, list, error, add);
        initial.forEach(this::addRow);
    }

    private void addRow(SourceInfo source) {
        TextField publisher = new TextField(Messages.t("common.publisher"));
        publisher.setRequired(true);
        publisher.setMaxLength(DatasetRules.MAX_PUBLISHER);
        TextField url = new TextField(Messages.t("edit.sources.url"));
        url.setRequired(true);
        url.setMaxLength(DatasetRules.MAX_URL);
        url.addValueChangeListener(e -> {
            String problem = e.getValue().isBlank()
                    ? null
                    : Optional.ofNullable(Drafts.source(new SourceInfo("-", null, e.getValue(), null))
                                    .get("url"))
                            .map(Words::of)
                            .orElse(null);
            url.setInvalid(problem != null);
            url.setErrorMessage(problem);
        });
        TextField title = new TextField(Messages.t("edit.sources.title"));
        publisher.addClassName("rl-source-publisher");
        url.addClassName("rl-source-url");
        title.addClassName("rl-source-title");
        title.setMaxLength(DatasetRules.MAX_TITLE);
        DatePicker date = new DatePicker(Messages.t("edit.sources.date"));
        Navigation.isoDates(date);
        TextField grade = new TextField(Messages.t("edit.sources.grade"));
        grade.addClassName("rl-source-grade");
        grade.setMaxLength(2);
        grade.setPlaceholder("B2");
        grade.setHelperText(Messages.t("edit.sources.grade-help"));
        grade.setWidth("7em");
        grade.addValueChangeListener(e -> {
            String problem = Optional.ofNullable(
                            Drafts.source(new SourceInfo("-", null, "https://x.example", null, e.getValue()))
                                    .get("grade"))
                    .map(Words::of)
                    .orElse(null);
            grade.setInvalid(problem != null);
            grade.setErrorMessage(problem);
        });
        if (source != null) {
            publisher.setValue(source.publisher());
            url.setValue(source.url());
            title.setValue(source.title() == null ? "" : source.title());
            date.setValue(source.date());
            grade.setValue(source.grade() == null ? "" : source.grade());
        }
        Div box = new Div();
        box.addClassName("rl-source-row");
        Row row = new Row(box, publisher, url, title, date, grade);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            list.remove(box);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(Messages.t("edit.sources.remove"));
        box.add(publisher, url, title, date, grade, remove);
        rows.add(row);
        list.add(box);
    }

    /** Replaces every row with these sources, as loading another version of the entry does. */
    public void setValue(List<SourceInfo> sources) {
        rows.clear();
        list.removeAll();
        setError(null);
        sources.forEach(this::addRow);
    }

    public List<SourceInfo> getValue() {
        return rows.stream().map(Row::value).toList();
    }

    public void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }
}
