// A document: its metadata, then its text with every entity mention linked and the span asked for highlighted.
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import { entityClass } from "./colors.js";
import { empty, entityLink, errorLine, plural, typeBadge } from "./parts.js";
import { clipSpan, runs, segments } from "./segments.js";
import { handFactPanel } from "./handfact.js";

export async function render(ctx, id, params) {
  fill(ctx.main, el("p", { class: "loading" }, "Loading…"));
  let data;
  try {
    data = await api.document(id);
  } catch (error) {
    if (ctx.alive) fill(ctx.main, errorLine(error, "No such document"));
    return;
  }
  if (!ctx.alive) return;
  const doc = data.document;
  const text = String(data.text ?? "");
  document.title = `Bilat · ${doc.title || doc.source}`;
  const notice = el("div", { id: "document-notice" });
  const body = el("div", { id: "document-text", class: "document-text" });
  fill(
    ctx.main,
    el(
      "article",
      { class: "document-page" },
      el(
        "header",
        { class: "page-header" },
        el("h1", { id: "document-title" }, doc.title || doc.source),
        metadata(doc, data.mediaType),
      ),
      el(
        "div",
        { class: "document-layout" },
        el("div", {}, notice, body, handFactPanel(doc, text, body, data.mentions ?? [])),
        entitiesAside(data.mentions ?? []),
      ),
    ),
  );
  ctx.update = (next) => showText(doc, text, data.mentions ?? [], next, notice, body);
  ctx.update(params);
}

function metadata(doc, mediaType) {
  const rows = [
    ["Source file", doc.source],
    ["Author", doc.author],
    ["Publisher", doc.publisher],
    ["Published", doc.published],
    ["Media type", mediaType],
    [
      "Mentions",
      doc.mentions != null
        ? `${plural(doc.mentions, "mention")} of ${plural(doc.entities, "entity", "entities")}`
        : null,
    ],
  ];
  return el(
    "dl",
    { id: "document-meta", class: "meta" },
    rows.map(([label, value]) => [el("dt", {}, label), el("dd", {}, value || "—")]),
  );
}

function showText(doc, text, mentions, params, notice, body) {
  const span = clipSpan(params, text.length);
  fill(
    notice,
    span
      ? el(
          "p",
          { class: "notice" },
          `Highlighted: characters ${span.start}–${span.end}. `,
          el("a", { href: href.document(doc.id) }, "Remove the highlight"),
        )
      : null,
  );
  fill(body, textNodes(text, mentions, span));
  const mark = body.querySelector("mark.highlight");
  if (mark) requestAnimationFrame(() => mark.scrollIntoView({ block: "center" }));
}

/** The text as nodes: highlighted runs in mark.highlight, mention runs inside them as a.mention. */
function textNodes(text, mentions, span) {
  const pieces = segments(text.length, mentions, span);
  return runs(pieces, (p) => p.highlight).map((run) => {
    const inner = runs(run, (p) => p.mention).map((group) => mentionRun(text, group));
    return run[0].highlight ? el("mark", { class: "highlight" }, inner) : inner;
  });
}

function mentionRun(text, group) {
  const content = text.slice(group[0].start, group[group.length - 1].end);
  const mention = group[0].mention;
  if (!mention) return content;
  const entity = mention.entity ?? {};
  return el(
    "a",
    {
      class: `mention ${entityClass(entity.type)}`,
      href: href.entity(entity.id),
      title: `${entity.name} (${entity.type})`,
      "data-entity-id": entity.id,
    },
    content,
  );
}

function entitiesAside(mentions) {
  const counts = new Map();
  for (const m of mentions) {
    if (!m.entity) continue;
    const entry = counts.get(m.entity.id) ?? { entity: m.entity, count: 0 };
    entry.count++;
    counts.set(m.entity.id, entry);
  }
  const sorted = [...counts.values()].sort(
    (a, b) => b.count - a.count || String(a.entity.name).localeCompare(String(b.entity.name)),
  );
  return el(
    "aside",
    { id: "document-entities", class: "side" },
    el("h2", {}, "Entities"),
    sorted.length === 0 ? empty("None found.") : null,
    el(
      "ul",
      {},
      sorted.map(({ entity, count }) =>
        el("li", {}, entityLink(entity), " ", typeBadge(entity.type), el("span", { class: "count" }, count)),
      ),
    ),
  );
}
