// Pieces every page shares: badges, entity links, quotes linked to their document span, event items, errors.
import { el } from "./dom.js";
import { href } from "./links.js";
import { entityClass, eventColor } from "./colors.js";
import { factControls, reviewMark } from "./judge.js";

/** "1 document", "3 documents"; many for words that do not just take an s. */
export function plural(n, word, many = word + "s") {
  return `${n ?? 0} ${n === 1 ? word : many}`;
}

/** A badge coloured by entity type. */
export function typeBadge(type) {
  return el("span", { class: `badge type-badge ${entityClass(type)}`, title: "entity type" }, type ?? "?");
}

/** A badge coloured by event type, as in the charts. */
export function eventTypeBadge(type) {
  return el("span", { class: "badge event-type", style: `--c:${eventColor(type)}`, title: "event type" }, type);
}

/** A neutral badge, for the kind of a search hit. */
export function kindBadge(kind) {
  return el("span", { class: "badge kind-badge", title: "kind" }, kind);
}

/** A link to an entity's page, underlined in its type's colour. */
export function entityLink(ref) {
  const name = ref.name ?? ref.id;
  return el("a", { class: `entity-link ${entityClass(ref.type)}`, href: href.entity(ref.id), title: ref.type }, name);
}

/** Links to several entities, comma separated. */
export function entityLinks(refs) {
  return (refs ?? []).flatMap((ref, i) => (i === 0 ? [entityLink(ref)] : [", ", entityLink(ref)]));
}

/**
 * A quote linking to its span in the document view. focus (absolute offsets: one {start, end} or a list, e.g. the
 * mentions inside their sentence) is marked inside the quote.
 */
export function quote(documentId, evidence, source, focus) {
  const text = String(evidence?.quote ?? "");
  const link = el(
    "a",
    { href: href.document(documentId, evidence?.start, evidence?.end), title: "open the passage in its document" },
    el("q", { class: "quote-text" }, quoteBody(text, evidence?.start, [focus ?? []].flat())),
    source ? el("span", { class: "quote-source" }, source) : null,
  );
  return el("div", { class: "quote" }, link);
}

function quoteBody(text, start, focus) {
  if (!Number.isInteger(start)) return text;
  const parts = [];
  let at = 0;
  for (const f of [...focus].sort((a, b) => a.start - b.start)) {
    const from = f.start - start;
    const to = f.end - start;
    if (from < at || to > text.length || from >= to) continue;
    parts.push(text.slice(at, from), el("mark", {}, text.slice(from, to)));
    at = to;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The quotes of one report of an event (or its file name when it carries none), with its review controls. */
function reportQuotes(report, type) {
  const evidence = report.evidence ?? [];
  const quotes =
    evidence.length === 0
      ? [el("div", { class: "quote" }, el("span", { class: "quote-source" }, report.source))]
      : evidence.map((ev) => quote(report.documentId, ev, report.source));
  const values = { type, date: report.date, summary: report.summary };
  const controls = factControls(report.key, report.review, values, report.version);
  return el("div", { class: "report", "data-key": report.key }, quotes, controls);
}

/** One event: date, type, review mark, summary, participants linked and every report's quotes and review controls. */
export function eventItem(event) {
  const reports = event.reports ?? [];
  const count = event.corroboration ?? reports.length;
  return el(
    "li",
    { class: `event review-${event.review ?? "unreviewed"}`, "data-event-id": event.id, "data-review": event.review },
    el(
      "div",
      { class: "event-head" },
      el("span", { class: "event-date" }, event.date ?? "undated"),
      eventTypeBadge(event.type),
      reviewMark(event.review),
      count > 1 ? el("span", { class: "event-corroboration" }, `${count} sources`) : null,
    ),
    el("p", { class: "event-summary" }, event.summary ?? ""),
    el(
      "div",
      { class: "event-participants" },
      entityLinks(event.participants),
      event.location ? [" · at ", entityLink(event.location)] : null,
    ),
    el(
      "div",
      { class: "event-sources" },
      reports.map((r) => reportQuotes(r, event.type)),
    ),
  );
}

/** The one line shown when the API fails; notFound replaces the message of a 404. */
export function errorLine(error, notFound) {
  const text = error?.status === 404 && notFound ? notFound : `Could not load this page: ${error?.message ?? error}`;
  return el("p", { class: "error", role: "alert" }, text);
}

/** A titled section of a page. */
export function section(title, ...children) {
  return el("section", { class: "block" }, el("h2", {}, title), ...children);
}

/** The line shown where a list has nothing in it. */
export function empty(text) {
  return el("p", { class: "empty" }, text);
}

/** A table with a header row and rows of cells (text or nodes). */
export function table(attrs, headers, rows) {
  return el(
    "table",
    attrs,
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        headers.map((h) => el("th", {}, h)),
      ),
    ),
    el(
      "tbody",
      {},
      rows.map((cells) =>
        el(
          "tr",
          {},
          cells.map((c) => el("td", {}, c)),
        ),
      ),
    ),
  );
}

/** The "show rejected" checkbox (form field rejected=true); onchange runs when it is ticked or cleared. */
export function rejectedToggle(id, params, onchange) {
  return el(
    "label",
    { class: "rejected-toggle" },
    el("input", { id, type: "checkbox", name: "rejected", value: "true", checked: params.rejected === "true", onchange }),
    el("span", {}, "show rejected"),
  );
}
