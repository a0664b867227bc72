// The partnership ladder page: per pair of states a step chart of the level's rank over time (dated steps as steps,
// each with its label, quote and source on hover), the undated steps listed below it with their quotes.
import { api } from "./api.js";
import { mountChart, timeOf } from "./charts.js";
import { el, escapeHtml, fill } from "./dom.js";
import { href } from "./links.js";

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export async function render(ctx, _arg, params) {
  document.title = "Bilat · Ladder";
  const ladder = await api.ladder({ a: params.a, b: params.b });
  if (!ctx.alive) return;
  const charts = ladder.pairs.map(() => el("div", { class: "chart chart-small" }));
  fill(
    ctx.main,
    el("h1", {}, "Partnership ladder"),
    el("p", { class: "muted" }, "How each pair of states labelled their relationship, and when; rank 1 is the lowest rung."),
    ladder.pairs.length
      ? ladder.pairs.map((pair, i) => pairBlock(pair, charts[i]))
      : el("p", { class: "status" }, "No level steps stored."),
  );
  ladder.pairs.forEach((pair, i) => {
    const dated = datedSteps(pair);
    if (dated.length) mountChart(ctx, charts[i], stepOption(dated));
    else charts[i].remove();
  });
}

/** The steps with a date a time axis can place, in date order. */
export function datedSteps(pair) {
  return pair.steps.filter((s) => timeOf(s.date) != null).sort((x, y) => timeOf(x.date) - timeOf(y.date));
}

function pairBlock(pair, chart) {
  const undated = pair.steps.filter((s) => timeOf(s.date) == null);
  return el(
    "section",
    { class: "ladder-pair", "data-pair": `${pair.a.id}|${pair.b.id}` },
    el("h2", {}, el("a", { href: href.entity(pair.a.id) }, pair.a.name), " – ", el("a", { href: href.entity(pair.b.id) }, pair.b.name)),
    chart,
    el("ol", { class: "ladder-steps" }, datedSteps(pair).map(stepItem)),
    undated.length ? [el("h3", {}, "Undated"), el("ul", { class: "ladder-undated" }, undated.map(stepItem))] : null,
  );
}

function stepItem(step) {
  return el(
    "li",
    { class: "ladder-step" },
    el("b", {}, step.date ?? "undated"),
    ` · ${step.label} · rank ${step.rank} · ${step.formal ? "formal" : "informal"} · `,
    el("a", { href: href.document(step.documentId, step.start, step.end) }, step.source),
    el("blockquote", {}, `“${step.quote}”`),
  );
}

/** A step line of rank over time; each point's tooltip gives its label, date, quote and source (all escaped). */
export function stepOption(steps) {
  return {
    tooltip: { trigger: "item", confine: true, formatter: (item) => stepTooltip(steps[item.dataIndex]) },
    grid: { left: 40, right: 24, top: 28, bottom: 28 },
    xAxis: { type: "time", ...timeRange(steps) },
    yAxis: { type: "value", name: "rank", minInterval: 1, min: 0 },
    series: [
      {
        type: "line",
        step: "end",
        symbolSize: 10,
        // ECharts draws label text as text, not HTML, so the stored label needs no escaping here
        label: { show: true, position: "top", align: "left", formatter: (item) => steps[item.dataIndex]?.label ?? "" },
        data: steps.map((s) => [timeOf(s.date), s.rank]),
      },
    ],
  };
}

// room after the last step for its label, which starts at the point and runs right
function timeRange(steps) {
  const first = timeOf(steps[0]?.date);
  const last = timeOf(steps[steps.length - 1]?.date);
  if (first == null || last == null) return {};
  const span = Math.max(last - first, YEAR_MS);
  return { min: first - YEAR_MS / 2, max: last + span * 0.4 };
}

function stepTooltip(step) {
  if (!step) return "";
  return (
    `<b>${escapeHtml(step.date)} · ${escapeHtml(step.label)}</b> (rank ${escapeHtml(step.rank)}, ` +
    `${step.formal ? "formal" : "informal"})<br><i>${escapeHtml(step.quote)}</i><br>${escapeHtml(step.source)}`
  );
}
