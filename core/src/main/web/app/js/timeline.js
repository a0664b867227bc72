// All events on a time axis (one row per event type) and as a list below it, filtered by type, entity and years.
import { api } from "./api.js";
import { el, escapeHtml, fill } from "./dom.js";
import { href } from "./links.js";
import { EVENT_TYPES, eventColor } from "./colors.js";
import { empty, errorLine, eventItem, plural, rejectedToggle } from "./parts.js";
import { mountChart, orderTypes, timeOf } from "./charts.js";
import { briefButton } from "./brief.js";

export async function render(ctx, _arg, params) {
  document.title = "Bilat · Timeline";
  const status = el("div", { id: "timeline-status", class: "status" }, "Loading…");
  const chart = el("div", { id: "timeline-chart", class: "chart" });
  const list = el("ol", { id: "timeline-list", class: "events" });
  fill(ctx.main, el("h1", {}, "Timeline"), filterForm(params), status, chart, list);
  let events;
  try {
    const answer = await api.events({
      type: params.type,
      entity: params.entity,
      from: params.from,
      to: params.to,
      rejected: params.rejected === "true" ? "true" : "",
    });
    events = datedFirst(answer.events ?? []);
  } catch (error) {
    if (ctx.alive) fill(status, errorLine(error));
    chart.remove();
    return;
  }
  if (!ctx.alive) return;
  const undated = events.filter((e) => !e.date).length;
  fill(status, plural(events.length, "event"), undated ? `, ${undated} without a date (listed last)` : "");
  fill(list, events.map(eventItem));
  if (events.length === 0) list.after(empty("No events match these filters."));
  if (events.length - undated === 0) chart.remove();
  else mountChart(ctx, chart, chartOption(events))?.on("click", (p) => focusEvent(list, p.data?.eventId));
  if (params.event) focusEvent(list, params.event);
}

function datedFirst(events) {
  return [...events.filter((e) => e.date), ...events.filter((e) => !e.date)];
}

function filterForm(params) {
  const form = el(
    "form",
    { id: "timeline-filters", class: "filters" },
    label("Type", el("select", { id: "timeline-type", name: "type" }, typeOptions(params.type))),
    label(
      "Entity",
      el("input", { id: "timeline-entity", name: "entity", value: params.entity ?? "", placeholder: "name or id" }),
    ),
    label("From", yearInput("timeline-from", "from", params.from)),
    label("To", yearInput("timeline-to", "to", params.to)),
    rejectedToggle("timeline-rejected", params, () => form.requestSubmit()),
    el("button", { type: "submit" }, "Apply"),
    el("a", { href: href.timeline() }, "Clear"),
    briefButton({ entity: params.entity, from: params.from, to: params.to }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = href.timeline(values);
  });
  return form;
}

function label(text, control) {
  return el("label", {}, el("span", {}, text), control);
}

function yearInput(id, name, value) {
  return el("input", {
    id,
    name,
    type: "number",
    min: 1900,
    max: 2100,
    step: 1,
    value: value ?? "",
    placeholder: "year",
  });
}

function typeOptions(selected) {
  const types = EVENT_TYPES.includes(selected) || !selected ? EVENT_TYPES : [...EVENT_TYPES, selected];
  return [
    el("option", { value: "" }, "All types"),
    types.map((t) => el("option", { value: t, selected: t === selected }, t)),
  ];
}

function chartOption(events) {
  const dated = events.filter((e) => timeOf(e.date) != null);
  const types = orderTypes(dated.map((e) => e.type));
  return {
    tooltip: { trigger: "item", formatter: tooltip },
    grid: { left: 90, right: 32, top: 16, bottom: 64 },
    xAxis: { type: "time", boundaryGap: ["4%", "4%"] },
    yAxis: { type: "category", data: types, inverse: true },
    dataZoom: [{ type: "slider", height: 18, bottom: 12 }, { type: "inside" }],
    series: types.map((type) => ({
      name: type,
      type: "scatter",
      itemStyle: { color: eventColor(type), opacity: 0.8 },
      symbolSize: (_v, p) => 9 + 3 * Math.min(4, p.data.corroboration ?? 1),
      data: dated
        .filter((e) => e.type === type)
        .map((e) => ({
          value: [timeOf(e.date), type],
          eventId: e.id,
          date: e.date,
          summary: e.summary,
          corroboration: e.corroboration,
        })),
    })),
  };
}

function tooltip(p) {
  const d = p.data ?? {};
  return `<b>${escapeHtml(d.date)}</b> · ${escapeHtml(p.seriesName)}<br>${escapeHtml(d.summary)}`;
}

function focusEvent(list, id) {
  if (!id) return;
  const item = [...list.querySelectorAll(".event")].find((e) => e.dataset.eventId === id);
  if (!item) return;
  for (const other of list.querySelectorAll(".event.focused")) other.classList.remove("focused");
  item.classList.add("focused");
  requestAnimationFrame(() => item.scrollIntoView({ block: "center" }));
}
