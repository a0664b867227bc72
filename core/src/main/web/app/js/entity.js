// An entity's page: its names, key figures, timeline, relations, every mention with its quote, and its sources.
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import {
  empty,
  entityLinks,
  errorLine,
  eventItem,
  plural,
  quote,
  rejectedToggle,
  section,
  table,
  typeBadge,
} from "./parts.js";
import { factControls, historyPanel, reviewMark } from "./judge.js";
import { countPerYear, mountChart, yearBarsOption } from "./charts.js";
import { relationsBlock } from "./relations.js";
import { briefButton } from "./brief.js";
import { entityEditPanel } from "./entityedit.js";

export async function render(ctx, id, params) {
  fill(ctx.main, el("p", { class: "loading" }, "Loading…"));
  let data;
  try {
    data = await api.entity(id, { rejected: params?.rejected === "true" ? "true" : "" });
  } catch (error) {
    if (ctx.alive) fill(ctx.main, errorLine(error, "No such entity"));
    return;
  }
  if (!ctx.alive) return;
  const entity = data.entity;
  document.title = `Bilat · ${entity.name}`;
  const chart = el("div", { id: "entity-chart", class: "chart chart-small" });
  const events = data.events ?? [];
  fill(
    ctx.main,
    el(
      "article",
      { class: "entity-page" },
      header(entity),
      entityEditPanel(entity),
      reviewBar(entity, data, params ?? {}),
      section(
        "Key figures",
        figuresTable(data.figures ?? []),
        moreNote("entity-more-figures", data.totals?.figures, data.figures, "figure"),
      ),
      section(
        `Timeline (${plural(data.totals?.events ?? events.length, "event")})`,
        events.some((e) => e.date) ? chart : null,
        timelineList(events),
        moreEvents(ctx, entity.id, data.nextEvents),
      ),
      section(
        "Relations",
        relationsBlock(entity.id, data.relations ?? [], { rejected: params?.rejected === "true" ? "true" : "" }),
        moreNote("entity-more-relations", data.totals?.relations, data.relations, "relation"),
      ),
      section("Mentions", mentionsNote(entity, data.mentions ?? []), mentionsBlock(data.mentions ?? [])),
      section("Sources", documentsList(data.documents ?? [])),
    ),
  );
  if (chart.isConnected) mountChart(ctx, chart, yearBarsOption(countPerYear(events)));
}

function header(entity) {
  const aliases = (entity.aliases ?? []).filter((a) => a !== entity.name);
  return el(
    "header",
    { class: "page-header" },
    el("h1", { id: "entity-name", class: "entity-name" }, entity.name),
    typeBadge(entity.type),
    aliases.length ? el("p", { id: "entity-aliases" }, "Also written as ", aliasList(aliases)) : null,
    el(
      "p",
      { class: "muted" },
      `${plural(entity.mentions, "mention")} in ${plural(entity.documents, "document")} · id ${entity.id} · `,
      el("a", { href: href.network({ entity: entity.id }) }, "show in the network"),
      " · ",
      el("a", { href: href.timeline({ entity: entity.id }) }, "on the timeline"),
      " · ",
      briefButton({ entity: entity.id }),
    ),
  );
}

/** How much of the page is reviewed, the "show rejected" toggle, and the history of every judged fact on it. */
function reviewBar(entity, data, params) {
  const facts = [...(data.events ?? []).flatMap((e) => e.reports ?? []), ...(data.figures ?? [])];
  const counts = {};
  for (const f of facts) counts[f.review ?? "unreviewed"] = (counts[f.review ?? "unreviewed"] ?? 0) + 1;
  const judged = facts.filter((f) => f.key && f.review && f.review !== "unreviewed");
  const history = el("div", { id: "entity-history" });
  const toggle = rejectedToggle("entity-rejected", params, (event) => {
    location.hash = href.entity(entity.id) + (event.target.checked ? "?rejected=true" : "");
  });
  return el(
    "div",
    { id: "entity-review", class: "review-bar" },
    Object.entries(counts).map(([state, n]) => [reviewMark(state), ` ${n} `]),
    toggle,
    judged.length
      ? el(
          "button",
          {
            type: "button",
            class: "judge-button",
            onclick: () => fill(history, judged.map((f) => historyPanel(f.key))),
          },
          `History of the ${plural(judged.length, "judged fact")}`,
        )
      : null,
    history,
  );
}

function aliasList(aliases) {
  return aliases.flatMap((alias, i) => [i ? ", " : null, el("span", { class: "alias" }, alias)]);
}

function figureValue(figure) {
  const amount = figure.valueText ?? String(figure.value ?? "");
  return [figure.qualifier, amount, figure.unit].filter(Boolean).join(" ");
}

function figuresTable(figures) {
  const rows = figures.map((f) => [
    f.measure ?? "",
    el("span", { class: "figure-value" }, figureValue(f)),
    el("span", { class: "date" }, f.date ?? ""),
    entityLinks(f.subjects),
    quote(f.documentId, f.evidence, f.source),
    factControls(f.key, f.review, f, f.version),
  ]);
  const headers = ["Measure", "Value", "Date", "About", "Source", "Review"];
  const result = table({ id: "entity-figures", class: "data" }, headers, rows);
  if (rows.length === 0) {
    result.tBodies[0].append(el("tr", {}, el("td", { class: "empty", colspan: headers.length }, "No figures.")));
  }
  return result;
}

function timelineList(events) {
  const list = el("ol", { id: "entity-timeline", class: "events" }, events.map(eventItem));
  return events.length ? list : [list, empty("No dated or undated events name this entity.")];
}

// a hub entity's events come a page at a time: each click appends the next page to the list
function moreEvents(ctx, id, next) {
  if (!next) return null;
  let cursor = next;
  const button = el("button", { id: "entity-more-events", type: "button" }, "Load more events");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const page = await api.entity(id, { after: cursor });
      if (!ctx.alive) return;
      document.getElementById("entity-timeline")?.append(...(page.events ?? []).map(eventItem));
      cursor = page.nextEvents;
      if (cursor) button.disabled = false;
      else button.remove();
    } catch (error) {
      button.replaceWith(errorLine(error, "Could not load more events"));
    }
  });
  return button;
}

// a hub entity has thousands of relations and figures: the server sends the first few hundred and how many in all
function moreNote(id, total, shown, noun) {
  const count = shown?.length ?? 0;
  if (!(total > count)) return null;
  return el("p", { id, class: "muted" }, `The first ${count} of ${plural(total, noun)}: ${total - count} more.`);
}

// the server sends at most a few hundred mentions
function mentionsNote(entity, mentions) {
  if (!(entity.mentions > mentions.length)) return null;
  return el("p", { class: "muted" }, `The first ${mentions.length} of ${entity.mentions} mentions.`);
}

/** Mentions grouped by document and by sentence, the mentions marked inside their sentence. */
function mentionsBlock(mentions) {
  const byDocument = groupBy(mentions, (m) => m.documentId);
  return el(
    "div",
    { id: "entity-mentions" },
    byDocument.size === 0 ? empty("No mentions.") : null,
    [...byDocument.values()].map((list) => mentionGroup(list, byDocument.size <= 4)),
  );
}

function mentionGroup(list, open) {
  const sentences = [...groupBy(list, (m) => m.quoteStart).values()];
  const first = list[0];
  return el(
    "details",
    { class: "mention-group", open },
    el("summary", {}, el("span", { class: "source" }, first.source), ` · ${plural(list.length, "mention")}`),
    sentences.map((ms) =>
      quote(first.documentId, { start: ms[0].quoteStart, end: ms[0].quoteEnd, quote: ms[0].quote }, null, ms),
    ),
  );
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

function documentsList(documents) {
  if (documents.length === 0) return empty("No documents.");
  return el(
    "ul",
    { id: "entity-documents", class: "documents" },
    documents.map((d) =>
      el(
        "li",
        {},
        el("a", { href: href.document(d.id) }, d.title || d.source),
        el(
          "span",
          { class: "muted" },
          ` · ${d.source}`,
          d.published ? ` · ${d.published}` : "",
          d.publisher ? ` · ${d.publisher}` : "",
        ),
      ),
    ),
  );
}
