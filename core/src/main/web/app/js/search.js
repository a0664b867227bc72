// The home and search page: results as you type, facets as filters, paging, and the knowledge base's summary when
// nothing is asked yet. Events carry their review mark; rejected ones show only with the "show rejected" box.
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { reviewMark } from "./judge.js";
import { href } from "./links.js";
import {
  empty,
  entityLink,
  errorLine,
  eventTypeBadge,
  kindBadge,
  plural,
  rejectedToggle,
  typeBadge,
} from "./parts.js";
import { activeFilters, facetColumn, FILTERS } from "./facets.js";

/** Renders the page and keeps it: later query changes only refresh results (see ctx.update). */
export function render(ctx, _arg, params) {
  const parts = {
    facets: el("aside", { id: "facets", class: "facets" }),
    summary: el("div", { id: "summary" }),
    active: el("div", { id: "active-filters" }),
    toggle: el("div", { class: "filters" }),
    status: el("div", { id: "search-status", class: "status" }),
    results: el("div", { id: "results" }),
    pager: el("nav", { id: "pager", class: "pager" }),
  };
  const column = el(
    "div",
    { class: "search-main" },
    parts.summary,
    parts.active,
    parts.toggle,
    parts.status,
    parts.results,
  );
  fill(ctx.main, el("div", { class: "search-page" }, parts.facets, el("div", {}, column, parts.pager)));
  let latest = 0;
  ctx.update = (next) => {
    const mine = ++latest;
    load(next, parts, () => ctx.alive && mine === latest);
  };
  ctx.update(params);
}

function isHome(params) {
  return !params.q && pageOf(params) === 1 && FILTERS.every((name) => !params[name]);
}

async function load(params, parts, isCurrent) {
  document.title = params.q ? `Bilat · ${params.q}` : "Bilat";
  parts.results.classList.add("stale");
  showSummary(parts.summary, isHome(params), isCurrent);
  const request = { q: params.q ?? "", page: pageOf(params), rejected: params.rejected === "true" ? "true" : "" };
  for (const name of FILTERS) request[name] = params[name];
  try {
    const answer = await api.search(request);
    if (!isCurrent()) return;
    fill(parts.facets, facetColumn(answer.facets ?? {}, params));
    fill(parts.active, activeFilters(params));
    fill(parts.toggle, showRejectedBox(params));
    fill(parts.status, statusLine(answer, params));
    fill(parts.results, (answer.hits ?? []).map(hitItem));
    fill(parts.pager, pager(answer, params));
  } catch (error) {
    if (!isCurrent()) return;
    fill(parts.status, errorLine(error));
    fill(parts.results);
    fill(parts.pager);
  }
  parts.results.classList.remove("stale");
}

function pageOf(params) {
  const page = Number(params.page);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

function statusLine(answer, params) {
  const total = answer.total ?? 0;
  const what = params.q ? [" for ", el("q", {}, params.q)] : isHome(params) ? " in the knowledge base" : "";
  return total === 0 ? ["No results", what] : [plural(total, "result"), what];
}

function hitHref(hit) {
  if (hit.kind === "entity") return href.entity(hit.id);
  if (hit.kind === "document") return href.document(hit.id);
  return href.timeline({ event: hit.id, rejected: hit.review === "rejected" ? "true" : "" });
}

/** The "show rejected" box: ticking it searches again with the events an analyst rejected, marked. */
function showRejectedBox(params) {
  return rejectedToggle("search-rejected", params, (event) => {
    location.hash = href.search({ ...params, page: "", rejected: event.target.checked ? "true" : "" });
  });
}

function hitItem(hit) {
  const snippet = (hit.snippet ?? []).map((p) => (p.match ? el("mark", {}, p.text) : p.text));
  const sources = hit.sources ?? [];
  return el(
    "div",
    { class: "result" },
    el(
      "div",
      { class: "result-head" },
      el("a", { class: "result-title", href: hitHref(hit) }, hit.title || hit.id),
      kindBadge(hit.kind),
      hit.entityType ? typeBadge(hit.entityType) : null,
      hit.eventType ? eventTypeBadge(hit.eventType) : null,
      hit.date ? el("span", { class: "result-date" }, hit.date) : null,
      hit.kind === "event" && hit.review ? reviewMark(hit.review) : null,
    ),
    snippet.length ? el("p", { class: "snippet" }, snippet) : null,
    sources.length ? el("div", { class: "result-sources" }, "Sources: ", sourceLinks(sources)) : null,
  );
}

function sourceLinks(sources) {
  return sources.flatMap((source, i) => [
    i ? ", " : null,
    el("a", { href: href.search({ source }), title: "only results from this file" }, source),
  ]);
}

function pager(answer, params) {
  const size = answer.pageSize || 20;
  const pages = Math.max(1, Math.ceil((answer.total ?? 0) / size));
  const page = answer.page ?? pageOf(params);
  if (pages <= 1) return [];
  const to = (n) => href.search({ ...params, page: n > 1 ? n : "" });
  return [
    page > 1 ? el("a", { class: "page-prev", href: to(page - 1) }, "← Previous") : null,
    el("span", { class: "page-number" }, `Page ${page} of ${pages}`),
    page < pages ? el("a", { class: "page-next", href: to(page + 1) }, "Next →") : null,
  ];
}

let summaryCache = null;

async function showSummary(node, show, isCurrent) {
  node.hidden = !show;
  if (!show || node.childElementCount) return;
  summaryCache ??= api.summary();
  try {
    const summary = await summaryCache;
    if (isCurrent()) fill(node, summaryBlock(summary));
  } catch (error) {
    summaryCache = null;
    if (isCurrent()) fill(node, errorLine(error));
  }
}

function summaryBlock(summary) {
  const perType = Object.entries(summary.entitiesPerType ?? {}).filter(([, n]) => n > 0);
  const entities = perType.reduce((sum, [, n]) => sum + n, 0);
  return el(
    "section",
    { class: "summary" },
    el("h1", {}, "The knowledge base"),
    el(
      "p",
      { class: "summary-counts" },
      [
        plural(summary.documents, "document"),
        plural(entities, "entity", "entities"),
        ...factParts(summary.facts ?? {}),
      ].join(" · "),
    ),
    el(
      "div",
      { class: "summary-types" },
      perType.map(([type, n]) =>
        el("a", { href: href.search({ kind: "entity", type }) }, typeBadge(type), el("span", { class: "count" }, n)),
      ),
    ),
    el("h2", {}, "Most mentioned"),
    topList(summary.top ?? []),
  );
}

function topList(top) {
  if (top.length === 0) return empty("Nothing ingested yet: run bilat ingest or bilat demo.");
  return el(
    "ol",
    { id: "summary-top" },
    top.map((e) =>
      el(
        "li",
        {},
        entityLink(e),
        " ",
        typeBadge(e.type),
        el("span", { class: "muted" }, ` ${plural(e.mentions, "mention")} in ${plural(e.documents, "document")}`),
        aliasLine(e),
      ),
    ),
  );
}

function aliasLine(entity) {
  const aliases = (entity.aliases ?? []).filter((a) => a !== entity.name);
  return aliases.length ? el("div", { class: "aliases" }, "also written as ", aliases.join(", ")) : null;
}

/** Events counted once however many documents tell them (happenings), then figures and relations. */
function factParts(facts) {
  const events = facts.happenings ?? facts.events;
  const told = facts.corroborated ? ` (${facts.corroborated} told by several documents)` : "";
  return [
    events != null ? plural(events, "event") + told : null,
    facts.figures != null ? plural(facts.figures, "figure") : null,
    facts.relations != null ? plural(facts.relations, "relation") : null,
  ].filter(Boolean);
}
