// The relationship's intensity (events per year by type) and every figure series as a line with its sourced points.
import { api } from "./api.js";
import { el, escapeHtml, fill } from "./dom.js";
import { empty, errorLine, quote, rejectedToggle, section, table } from "./parts.js";
import { factControls } from "./judge.js";
import { href } from "./links.js";
import { mountChart, timeOf, yearBarsOption } from "./charts.js";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });

export async function render(ctx, _arg, params) {
  document.title = "Bilat · Indicators";
  fill(ctx.main, el("h1", {}, "Indicators"), el("p", { class: "loading" }, "Loading…"));
  const showRejected = params?.rejected === "true";
  let answer;
  try {
    answer = await api.indicators({ rejected: showRejected ? "true" : "" });
  } catch (error) {
    if (ctx.alive) fill(ctx.main, el("h1", {}, "Indicators"), errorLine(error));
    return;
  }
  if (!ctx.alive) return;
  const perYear = answer.eventsPerYear ?? [];
  const series = answer.figureSeries ?? [];
  const years = el("div", { id: "indicators-years", class: "chart" });
  const charts = series.map(() => el("div", { class: "chart chart-small" }));
  const toggle = rejectedToggle("indicators-rejected", params ?? {}, (event) => {
    location.hash = href.indicators() + (event.target.checked ? "?rejected=true" : "");
  });
  fill(
    ctx.main,
    el("h1", {}, "Indicators"),
    el("div", { class: "filters" }, toggle),
    section(
      "Events per year",
      el("p", { class: "muted" }, "How intense the relationship was: dated events per year, stacked by type."),
      perYear.length ? years : empty("No dated events."),
    ),
    section(
      "Figures over time",
      el(
        "div",
        { id: "indicators-series" },
        series.length ? series.map((s, i) => seriesBlock(s, charts[i])) : empty("No figure has two dated values yet."),
      ),
    ),
  );
  if (perYear.length) mountChart(ctx, years, yearBarsOption(perYear));
  series.forEach((s, i) => mountChart(ctx, charts[i], lineOption(s)));
}

function sortedPoints(series) {
  return [...(series.points ?? [])].sort((a, b) => (timeOf(a.date) ?? 0) - (timeOf(b.date) ?? 0));
}

function seriesBlock(series, chart) {
  const rows = sortedPoints(series).map((p) => [
    el("span", { class: "date" }, p.date ?? ""),
    el("span", { class: "figure-value" }, `${p.valueText ?? p.value} ${series.unit ?? ""}`),
    quote(p.documentId, p.evidence, p.source),
    factControls(p.key, p.review, {
      value: p.value,
      unit: series.unit,
      measure: series.measure,
      date: p.date,
    }, p.version),
  ]);
  return el(
    "div",
    { class: "figure-series" },
    el("h3", {}, series.measure, el("span", { class: "muted" }, ` (${series.unit ?? "no unit"})`)),
    chart,
    table({ class: "data figure-points" }, ["Date", "Value", "Source", "Review"], rows),
  );
}

function lineOption(series) {
  const points = sortedPoints(series).filter((p) => timeOf(p.date) != null);
  return {
    tooltip: { trigger: "item", formatter: (p) => pointTooltip(p.data, series.unit) },
    grid: { left: 64, right: 24, top: 16, bottom: 28 },
    xAxis: { type: "time" },
    yAxis: { type: "value", scale: true, axisLabel: { formatter: (v) => compact.format(v) } },
    series: [
      {
        name: series.measure,
        type: "line",
        symbolSize: 8,
        data: points.map((p) => ({
          value: [timeOf(p.date), p.value],
          date: p.date,
          text: p.valueText,
          source: p.source,
        })),
      },
    ],
  };
}

function pointTooltip(d, unit) {
  const value = `${escapeHtml(d.text ?? d.value[1])} ${escapeHtml(unit ?? "")}`;
  return `<b>${escapeHtml(d.date)}</b>: ${value}<br>${escapeHtml(d.source)}`;
}
