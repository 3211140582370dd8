package org.redlines.charts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart: the option is one JSON document; a click on an element that carries a {@code link}
 * is reported with that link.
 */
@Tag("rl-echart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./rl-echart.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
        getElement().setAttribute("role", "img");
        getElement()
                .setAttribute(
                        "data-locale", org.redlines.i18n.Messages.current().getLanguage());
    }

    public void setOption(String json) {
        getElement().setProperty("option", json);
    }

    public String getOption() {
        return getElement().getProperty("option", "");
    }

    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }

    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {
        private final String link;

        public ChartClickEvent(EChart source, boolean fromClient, @EventData("event.detail.link") String link) {
            super(source, fromClient);
            this.link = link;
        }

        public String link() {
            return link;
        }
    }
}
