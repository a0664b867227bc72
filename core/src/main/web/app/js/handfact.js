// Adding a fact by hand from a quote selected in the document view: the selection's offsets in the document's text
// are the fact's evidence, and the analyst fills in its fields. It is stored as an ADD judgement (POST /api/facts).
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import { EVENT_TYPES } from "./colors.js";
import { author, EDIT_FIELDS } from "./judge.js";

const UNITS = ["USD", "EUR", "CNY", "RUB", "BYN", "PERCENT", "KM", "KG", "HECTARE", "M3", "COUNT", "TIMES"];
export const RELATION_TYPES = ["ROLE", "PART_OF", "MEMBER_OF", "LOCATED_IN", "PRODUCED_BY", "PARTNER"];

/** The fields a fact added by hand takes, per kind: an edit's, and a relation's two ends besides. */
export const HAND_FIELDS = { ...EDIT_FIELDS, relation: ["type", "subject", "object", "title"] };

/** The fields that must be filled in, per kind, as the server asks. */
const REQUIRED = { event: ["type"], figure: ["value", "unit", "measure"], relation: ["type", "subject", "object"] };

/** The selection's start and end as offsets in the text shown in body, or null when it lies elsewhere or is empty. */
export function selectedSpan(body) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(body);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/**
 * The panel that follows the selection in body and adds an event, a figure or a relation from it; the entities the
 * document's mentions name are offered as a relation's ends.
 */
export function handFactPanel(doc, text, body, mentions = []) {
  const panel = el(
    "section",
    { id: "hand-fact", class: "block hand-fact" },
    el("h2", {}, "Add a fact"),
    el("p", { class: "muted" }, "Select the words that state it in the text, then fill in what they say."),
  );
  const update = () => {
    const span = selectedSpan(body);
    if (span && text.slice(span.start, span.end).trim()) fill(panel, form(doc, text, span, mentions));
  };
  body.addEventListener("mouseup", update);
  body.addEventListener("keyup", update);
  return panel;
}

function form(doc, text, span, mentions) {
  const quote = text.slice(span.start, span.end);
  const fields = el("div", { class: "hand-fields" });
  const kind = el(
    "select",
    { id: "hand-kind", name: "kind", onchange: () => fill(fields, inputs(kind.value, quote)) },
    el("option", { value: "event" }, "event"),
    el("option", { value: "figure" }, "figure"),
    el("option", { value: "relation" }, "relation"),
  );
  fill(fields, inputs("event", quote));
  const status = el("p", { id: "hand-status", class: "judge-status", role: "status" });
  const formNode = el(
    "form",
    { id: "hand-form", class: "edit-form" },
    el("blockquote", { id: "hand-quote" }, `“${quote}” (${span.start}–${span.end})`),
    entityChoices(mentions),
    el("label", {}, el("span", {}, "kind"), kind),
    fields,
    el("button", { type: "submit", id: "hand-add" }, "Add"),
    status,
  );
  formNode.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(formNode));
    const values = Object.fromEntries(HAND_FIELDS[data.kind].filter((f) => data[f]).map((f) => [f, data[f]]));
    add(doc, span, data.kind, values)
      .then((judgement) => {
        fill(status, "Added as ", el("code", {}, judgement.key), " · ", el("a", { href: href.timeline() }, "timeline"));
      })
      .catch((error) => fill(status, el("span", { class: "error" }, error.message)));
  });
  return [el("h2", {}, "Add a fact from the selection"), formNode];
}

async function add(doc, span, kind, fields) {
  return api.addFact({ kind, document: doc.id, start: span.start, end: span.end, fields, author: await author() });
}

/** The entities of the document, each once, as choices for a relation's ends (typed by name or id otherwise). */
function entityChoices(mentions) {
  const entities = new Map();
  for (const m of mentions) if (m.entity) entities.set(m.entity.id, m.entity);
  return el(
    "datalist",
    { id: "hand-entities" },
    [...entities.values()].map((e) => el("option", { value: e.id }, `${e.name} (${e.type})`)),
  );
}

function inputs(kind, quote) {
  return HAND_FIELDS[kind].map((name) => el("label", {}, el("span", {}, name), input(kind, name, quote)));
}

function input(kind, name, quote) {
  const id = `hand-${name}`;
  if (name === "type") {
    const types = kind === "relation" ? RELATION_TYPES : EVENT_TYPES;
    return el("select", { id, name }, types.map((t) => el("option", { value: t }, t)));
  }
  if (name === "unit") return el("select", { id, name }, UNITS.map((u) => el("option", { value: u }, u)));
  const placeholder =
    { date: "2016-09-28", value: "200", summary: quote.slice(0, 60), subject: "name or id", object: "name or id" }[
      name
    ] ?? "";
  const required = kind !== "event" && REQUIRED[kind].includes(name);
  const ends = ["subject", "object"].includes(name) ? { list: "hand-entities", autocomplete: "off" } : {};
  return el("input", { id, name, placeholder, required, ...ends });
}
