// ECharts on a page: one chart per element, resized with the window and disposed when the page is left.
// Tooltips are either ECharts' default ones (which escape) or formatters that pass every datum through escapeHtml.
import { el, escapeHtml, fill } from "./dom.js";
import { EVENT_TYPES, eventColor } from "./colors.js";

/** Draws option into node (which must already be in the page) and returns the chart, or null without ECharts. */
export function mountChart(ctx, node, option) {
  if (!window.echarts) {
    fill(node, el("p", { class: "error" }, "Charts are unavailable: vendor/echarts.min.js did not load."));
    return null;
  }
  const chart = window.echarts.init(node);
  chart.setOption({ animation: false, textStyle: { fontFamily: "inherit" }, ...option });
  const resize = () => chart.resize();
  window.addEventListener("resize", resize);
  ctx.onLeave(() => {
    window.removeEventListener("resize", resize);
    chart.dispose();
  });
  return chart;
}

/** The year a date string starts with ("2024-07" → 2024, "2010/2013" → 2010), or null. */
export function yearOf(date) {
  const match = /^(\d{4})/.exec(date ?? "");
  return match ? Number(match[1]) : null;
}

/** A point on a time axis for a date at any precision: its first day ("2024-07" → 2024-07-01). */
export function timeOf(date) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? "");
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1));
}

/** Event types in the schema's order, then any others by name. */
export function orderTypes(types) {
  const rank = (t) => (EVENT_TYPES.includes(t) ? EVENT_TYPES.indexOf(t) : EVENT_TYPES.length);
  return [...new Set(types)].sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
}

/** Stacked bars of counts per year and event type, from rows {year, type, count}; every year in the range shown. */
export function yearBarsOption(rows) {
  const years = rows.map((r) => r.year).filter(Number.isInteger);
  const first = Math.min(...years);
  const axis = years.length ? Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i) : [];
  const series = orderTypes(rows.map((r) => r.type)).map((type) => ({
    name: type,
    type: "bar",
    stack: "events",
    itemStyle: { color: eventColor(type) },
    barMaxWidth: 36,
    data: axis.map((y) => rows.filter((r) => r.year === y && r.type === type).reduce((n, r) => n + r.count, 0)),
  }));
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: yearTooltip },
    legend: { type: "scroll", top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: "category", data: axis.map(String) },
    yAxis: { type: "value", minInterval: 1 },
    series,
  };
}

// only the types that happened that year; marker is ECharts' own swatch in our palette colour
function yearTooltip(items) {
  const rows = items
    .filter((i) => i.value > 0)
    .map((i) => `<br>${i.marker}${escapeHtml(i.seriesName)}: ${escapeHtml(i.value)}`);
  return `<b>${escapeHtml(items[0]?.axisValue)}</b>${rows.join("") || "<br>no dated events"}`;
}

/** Counts events per year and type: the rows yearBarsOption draws. */
export function countPerYear(events) {
  const counts = new Map();
  for (const event of events) {
    const year = yearOf(event.date);
    if (year == null) continue;
    const key = `${year}\u0000${event.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [year, type] = key.split("\u0000");
    return { year: Number(year), type, count };
  });
}
