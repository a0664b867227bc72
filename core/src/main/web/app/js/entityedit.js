// The entity page's "Edit entity" panel: rename, retype, merge another entity into this one, split spellings off into
// a new entity, and the entity's judgement history with revert. Every write goes through api.judgeEntity; after one, the page is drawn again.
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { ENTITY_TYPES } from "./colors.js";
import { author, changed, historyPanel, stale } from "./judge.js";

const PICK_LIMIT = 20;

/**
 * The request body of an entity judgement from what the analyst typed: null when the form says nothing to do (an
 * empty or unchanged name, the same type, no other entity or this one, no spelling to split off). A split's value is
 * { aliases, name, type }: the spellings to move, and the new entity's name and type (optional).
 */
export function entityJudgement(entity, action, value, reason) {
  const text = typeof value === "object" ? "" : String(value ?? "").trim();
  const body = { action };
  if (action === "rename") {
    if (!text || text === entity.name) return null;
    body.name = text;
  } else if (action === "retype") {
    if (!ENTITY_TYPES.includes(text) || text === entity.type) return null;
    body.type = text;
  } else if (action === "merge") {
    if (!text || text === entity.id || text === entity.name) return null;
    body.others = [text];
  } else if (action === "split") {
    const aliases = (value?.aliases ?? []).map((a) => String(a).trim()).filter(Boolean);
    if (aliases.length === 0) return null;
    body.aliases = aliases;
    const name = String(value.name ?? "").trim();
    if (name) body.name = name;
    if (ENTITY_TYPES.includes(value.type) && value.type !== entity.type) body.type = value.type;
  } else {
    return null;
  }
  const why = String(reason ?? "").trim();
  if (why) body.reason = why;
  return body;
}

/**
 * The collapsed panel. The entity's history is read as the page is drawn: its version goes with every judgement (so
 * that a page drawn before another analyst's judgement gets 409), and it is shown when the panel is opened.
 */
export function entityEditPanel(entity) {
  const status = el("p", { id: "entity-edit-status", class: "judge-status", role: "status" });
  const history = el("div", { id: "entity-edit-history" });
  const reason = el("input", { id: "entity-edit-reason", name: "reason", placeholder: "optional" });
  const read = api.entityHistory(entity.id);
  read.catch(() => null); // a failed read shows when the panel is opened, and a judgement then names no version
  const send = (action, value) =>
    submit(entity, entityJudgement(entity, action, value, reason.value), status, read);
  const panel = el(
    "details",
    { id: "entity-edit", class: "entity-edit" },
    el("summary", {}, "Edit entity"),
    el(
      "div",
      { class: "edit-form" },
      renameForm(entity, send),
      retypeForm(entity, send),
      mergeForm(entity, send),
      splitForm(entity, send),
      el("label", {}, el("span", {}, "why"), reason),
    ),
    status,
    history,
  );
  panel.addEventListener("toggle", () => {
    if (panel.open && !history.hasChildNodes()) {
      fill(history, historyPanel(null, () => read));
    }
  });
  return panel;
}

async function submit(entity, body, status, read) {
  if (body == null) {
    fill(status, "Nothing to change.");
    return;
  }
  fill(status, "Saving…");
  try {
    const { version } = (await read.catch(() => null)) ?? {};
    const sent = { ...body, author: await author() };
    if (Number.isInteger(version)) sent.version = version;
    await api.judgeEntity(entity.id, sent);
    changed();
  } catch (error) {
    fill(status, el("span", { class: "error" }, stale(error).message));
  }
}

function renameForm(entity, send) {
  const input = el("input", { id: "entity-rename-name", name: "name", value: entity.name });
  return oneField("entity-rename", "new name", input, "Rename", () => send("rename", input.value));
}

function retypeForm(entity, send) {
  const select = el(
    "select",
    { id: "entity-retype-type", name: "type" },
    ENTITY_TYPES.map((t) => el("option", { value: t, selected: t === entity.type }, t)),
  );
  return oneField("entity-retype", "type", select, "Retype", () => send("retype", select.value));
}

/** The other entity is typed by name or id; the entity list offers matches as the analyst types. */
function mergeForm(entity, send) {
  const choices = el("datalist", { id: "entity-merge-choices" });
  const input = el("input", {
    id: "entity-merge-other",
    name: "other",
    list: "entity-merge-choices",
    placeholder: "another entity's name or id",
    autocomplete: "off",
  });
  input.addEventListener("input", () => offer(entity, input.value, choices));
  return [oneField("entity-merge", "merge into this one", input, "Merge", () => send("merge", input.value)), choices];
}

async function offer(entity, text, choices) {
  const q = text.trim();
  if (q.length < 2) return;
  const answer = await api.entities({ q, limit: PICK_LIMIT }).catch(() => null);
  const others = (answer?.entities ?? []).filter((e) => e.id !== entity.id);
  fill(
    choices,
    others.map((e) => el("option", { value: e.id }, `${e.name} (${e.type}, ${e.mentions ?? 0} mentions)`)),
  );
}

/** The spellings to split off are picked from the entity's; the new entity's name and type may be given. */
function splitForm(entity, send) {
  const aliases = el(
    "select",
    { id: "entity-split-aliases", name: "aliases", multiple: true, size: 3 },
    (entity.aliases ?? []).map((a) => el("option", { value: a }, a)),
  );
  const name = el("input", { id: "entity-split-name", name: "name", placeholder: "new entity's name (optional)" });
  const type = el(
    "select",
    { id: "entity-split-type", name: "type" },
    ENTITY_TYPES.map((t) => el("option", { value: t, selected: t === entity.type }, t)),
  );
  const form = el(
    "form",
    { id: "entity-split", class: "edit-form" },
    el("label", {}, el("span", {}, "split off spellings"), aliases),
    el("label", {}, el("span", {}, "as"), name),
    el("label", {}, el("span", {}, "type"), type),
    el("button", { type: "submit", class: "judge-button" }, "Split off"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const picked = [...aliases.selectedOptions].map((o) => o.value);
    send("split", { aliases: picked, name: name.value, type: type.value });
  });
  return form;
}

function oneField(id, label, field, action, onsubmit) {
  const form = el(
    "form",
    { id, class: "edit-form" },
    el("label", {}, el("span", {}, label), field),
    el("button", { type: "submit", class: "judge-button" }, action),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onsubmit();
  });
  return form;
}
