// An entity's relations, grouped by type and read from the entity's side: "produced by X", "produces Y".
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { empty, entityLink, errorLine, plural, quote } from "./parts.js";

// [as subject, as object] for each relation type
const PHRASES = {
  ROLE: ["holds a post at", "post held by"],
  PART_OF: ["part of", "includes"],
  MEMBER_OF: ["member of", "has as member"],
  LOCATED_IN: ["located in", "location of"],
  PRODUCED_BY: ["produced by", "produces"],
  PARTNER: ["partner of", "partner of"],
};
const ORDER = Object.keys(PHRASES);

function phrase(relation, asSubject) {
  const known = PHRASES[relation.type];
  if (known) return known[asSubject ? 0 : 1];
  return asSubject ? relation.type : `${relation.type} (as object)`;
}

function relationItem(entityId, relation, params) {
  const asSubject = relation.subject?.id === entityId;
  const other = asSubject ? relation.object : relation.subject;
  const title = relation.title ? el("span", { class: "relation-title" }, relation.title) : null;
  const head =
    relation.type === "ROLE" && title
      ? asSubject
        ? [title, " of ", entityLink(other)]
        : [entityLink(other), ", ", title]
      : [phrase(relation, asSubject), " ", entityLink(other)];
  const passages = relation.passages ?? [];
  const sources = el(
    "div",
    { class: "relation-sources" },
    passages.map((p) => quote(p.documentId, p.evidence, p.source)),
  );
  return el(
    "li",
    { class: "relation", "data-relation-type": relation.type },
    el("div", { class: "relation-head" }, head),
    sources,
    morePassages(relation, sources, params),
  );
}

// an entity page lists the first few passages of each relation: the button reads them all from /api/relations
function morePassages(relation, sources, params) {
  const shown = relation.passages?.length ?? 0;
  const total = relation.totalPassages ?? shown;
  if (!(total > shown)) return null;
  const button = el(
    "button",
    { type: "button", class: "relation-more" },
    `and ${plural(total - shown, "more passage")}: show all`,
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const answer = await api.relations({ a: relation.subject.id, b: relation.object.id, ...params });
      const all = (answer.relations ?? []).find((r) => sameRelation(r, relation));
      fill(sources, (all?.passages ?? []).map((p) => quote(p.documentId, p.evidence, p.source)));
      button.remove();
    } catch (error) {
      button.replaceWith(errorLine(error, "Could not load the passages"));
    }
  });
  return button;
}

function sameRelation(a, b) {
  return (
    a.type === b.type &&
    a.subject?.id === b.subject?.id &&
    a.object?.id === b.object?.id &&
    (a.title ?? null) === (b.title ?? null)
  );
}

/** The #entity-relations block of an entity page. */
export function relationsBlock(entityId, relations, params) {
  const types = [...new Set(relations.map((r) => r.type))].sort(
    (a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)),
  );
  return el(
    "div",
    { id: "entity-relations" },
    relations.length === 0 ? empty("No relations.") : null,
    types.map((type) =>
      el(
        "div",
        { class: "relation-group", "data-relation-type": type },
        el("h3", {}, type),
        el(
          "ul",
          { class: "relations" },
          relations.filter((r) => r.type === type).map((r) => relationItem(entityId, r, params ?? {})),
        ),
      ),
    ),
  );
}

function rank(type) {
  const index = ORDER.indexOf(type);
  return index < 0 ? ORDER.length : index;
}
