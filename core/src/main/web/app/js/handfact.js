// Adding a fact by hand from a quote selected in the document view: the selection's offsets in the document's text
// are the fact's evidence, and the analyst fills in its fields. It is stored as an ADD judgement (POST /api/facts).
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import { EVENT_TYPES } from "./colors.js";
import { author, EDIT_FIELDS } from "./judge.js";

const UNITS = ["USD", "EUR", "CNY", "RUB", "BYN", "PERCENT", "KM", "KG", "HECTARE", "M3", "COUNT", "TIMES"];

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

/** The panel that follows the selection in body and adds an event or a figure from it. */
export function handFactPanel(doc, text, body) {
  const panel = el(
    "section",
    { id: "hand-fact", class: "block hand-fact" },
    el("h2", {}, "Add a fact"),
    el("p", { class: "muted" }, "Select the words that state it in the text, then fill in what they say."),
  );
  const update = () => {
    const span = selectedSpan(body);
    if (span && text.slice(span.start, span.end).trim()) fill(panel, form(doc, text, span));
  };
  body.addEventListener("mouseup", update);
  body.addEventListener("keyup", update);
  return panel;
}

function form(doc, text, span) {
  const quote = text.slice(span.start, span.end);
  const fields = el("div", { class: "hand-fields" });
  const kind = el(
    "select",
    { id: "hand-kind", name: "kind", onchange: () => fill(fields, inputs(kind.value, quote)) },
    el("option", { value: "event" }, "event"),
    el("option", { value: "figure" }, "figure"),
  );
  fill(fields, inputs("event", quote));
  const status = el("p", { id: "hand-status", class: "judge-status", role: "status" });
  const formNode = el(
    "form",
    { id: "hand-form", class: "edit-form" },
    el("blockquote", { id: "hand-quote" }, `“${quote}” (${span.start}–${span.end})`),
    el("label", {}, el("span", {}, "kind"), kind),
    fields,
    el("button", { type: "submit", id: "hand-add" }, "Add"),
    status,
  );
  formNode.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(formNode));
    const values = Object.fromEntries(EDIT_FIELDS[data.kind].filter((f) => data[f]).map((f) => [f, data[f]]));
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

function inputs(kind, quote) {
  return EDIT_FIELDS[kind].map((name) => el("label", {}, el("span", {}, name), input(kind, name, quote)));
}

function input(kind, name, quote) {
  const id = `hand-${name}`;
  if (name === "type") return el("select", { id, name }, EVENT_TYPES.map((t) => el("option", { value: t }, t)));
  if (name === "unit") return el("select", { id, name }, UNITS.map((u) => el("option", { value: u }, u)));
  const placeholder = { date: "2016-09-28", value: "200", summary: quote.slice(0, 60) }[name] ?? "";
  return el("input", { id, name, placeholder, required: kind === "figure" && ["value", "measure"].includes(name) });
}
