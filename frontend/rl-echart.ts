// A small custom element around Apache ECharts. The server sets one JSON property, "option"; colours may be
// given as "var(--name)" and are resolved against the page's CSS, so charts follow the light and dark theme.
// Only the chart types Redlines uses are imported, so the rest of ECharts stays out of the bundle.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
// @ts-ignore: the locale module ships without its own declaration file at this path
import langUK from 'echarts/lib/i18n/langUK.js';

// Month and day names on time axes follow the page's language (the server sets data-locale).
echarts.registerLocale('UK', langUK);

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

// Theme colours can be written in any CSS syntax (hsla with variables, color-mix, ...), which ECharts cannot
// parse. The browser computes them; a canvas then normalises the result to a form ECharts reads.
function cssColor(host: HTMLElement, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.style.display = 'none';
  host.appendChild(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const context = document.createElement('canvas').getContext('2d');
  if (!context) {
    return computed;
  }
  context.fillStyle = '#000';
  context.fillStyle = computed;
  return String(context.fillStyle);
}

function resolveVars(value: unknown, host: HTMLElement, cache: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const match = /^var\((--[A-Za-z0-9-]+)\)$/.exec(value.trim());
    if (!match) {
      return value;
    }
    if (!cache.has(value)) {
      cache.set(value, cssColor(host, value.trim()));
    }
    return cache.get(value);
  }
  if (Array.isArray(value)) {
    return value.map((v) => resolveVars(v, host, cache));
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] = resolveVars(v, host, cache);
    }
    return out;
  }
  return value;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

class RlEchart extends HTMLElement {
  private chart?: echarts.ECharts;
  private optionJson = '';
  private resizeObserver?: ResizeObserver;
  private themeObserver?: MutationObserver;

  set option(value: string) {
    this.optionJson = value;
    this.render();
  }

  get option(): string {
    return this.optionJson;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    const language = (this.dataset.locale || document.documentElement.lang || 'en').slice(0, 2).toUpperCase();
    this.chart = echarts.init(this, undefined, { renderer: 'canvas', locale: language === 'UK' ? 'UK' : 'EN' });
    this.chart.on('click', (params: any) => {
      const link = params && params.data && typeof params.data === 'object' ? params.data.link : undefined;
      if (link) {
        this.dispatchEvent(new CustomEvent('chart-click', { detail: { link } }));
      }
    });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.themeObserver = new MutationObserver(() => this.render());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.themeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** The ECharts instance, for end-to-end tests that click on a chart element. */
  echartsInstance(): echarts.ECharts | undefined {
    return this.chart;
  }

  /** Saves the chart as the PNG that ECharts itself renders. */
  downloadPng(fileName: string) {
    if (!this.chart) {
      return;
    }
    const background = cssColor(this, 'var(--lumo-base-color)');
    const url = this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
  }

  private render() {
    if (!this.chart || !this.optionJson) {
      return;
    }
    const option = resolveVars(JSON.parse(this.optionJson), this, new Map()) as Record<string, any>;
    if (option.tooltip) {
      // Data items carry their tooltip text as plain text in "tip"; it is escaped, never read as markup.
      option.tooltip.formatter = (params: any) => {
        const item = Array.isArray(params) ? params[0] : params;
        const tip = item && item.data && typeof item.data === 'object' && item.data.tip
          ? String(item.data.tip)
          : `${item?.seriesName ?? ''}: ${item?.name ?? ''} ${item?.value ?? ''}`;
        return escapeHtml(tip);
      };
    }
    this.chart.setOption(option as echarts.EChartsCoreOption, true);
  }
}

if (!customElements.get('rl-echart')) {
  customElements.define('rl-echart', RlEchart);
}
