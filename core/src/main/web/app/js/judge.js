// Judging a fact wherever it is shown: its review mark, accept / reject / edit buttons, and its history with revert.
// Every judgement is made under the data folder's configured author; after one, the page is drawn again.
import { api, ApiError } from "./api.js";
import { el, fill } from "./dom.js";

/** The fields an edit may set, per kind of fact, as the server accepts them. */
export const EDIT_FIELDS = {
  event: ["type", "date", "summary"],
  figure: ["value", "unit", "measure", "qualifier", "date"],
  relation: ["type", "title"],
};

const MARKS = {
  accepted: ["✓", "accepted"],
  edited: ["✎", "edited"],
  added: ["✚", "added by hand"],
  rejected: ["✗", "rejected"],
  unreviewed: ["•", "not reviewed yet"],
};

let authorAnswer = null;

/** The configured author; one clear error when the data folder has none. */
export async function author() {
  authorAnswer ??= api.author().catch((error) => {
    authorAnswer = null;
    throw error;
  });
  const name = (await authorAnswer).author;
  if (!name) {
    throw new ApiError("no author for judgements: set one with ./bilat config user NAME and reload", 400);
  }
  return name;
}

/** The kind of fact a key names: event, figure or relation. */
export function kindOf(key) {
  return String(key ?? "").split(":")[0];
}

/** A fact's review state as a small mark: ✓ accepted, ✎ edited, ✚ added by hand, ✗ rejected, • not reviewed. */
export function reviewMark(review) {
  const state = Object.hasOwn(MARKS, review) ? review : "unreviewed";
  const [sign, words] = MARKS[state];
  return el("span", { class: `review-mark review-${state}`, title: words, "data-review": state }, sign, " ", state);
}

/**
 * Records one judgement; with the version the page read, a fact judged since is refused (409) and the error says the
 * page is out of date.
 */
export async function judge(key, action, fields, reason, version) {
  const body = { key, action, author: await author() };
  if (fields && Object.keys(fields).length) body.fields = fields;
  if (reason) body.reason = reason;
  if (Number.isInteger(version)) body.version = version;
  return api.judge(body).catch((error) => {
    throw stale(error);
  });
}

/** A 409 as the analyst should read it: the fact was judged since this page was drawn. */
export function stale(error) {
  if (!(error instanceof ApiError) || error.status !== 409) return error;
  return new ApiError(`Judged by someone else since this page was drawn; reload it and retry. (${error.message})`, 409);
}

/** Asks for the reason of a rejection; null when cancelled. */
export function askReason() {
  const reason = window.prompt("Why reject this fact?", "");
  return reason == null ? null : reason.trim();
}

/** Tells the page that the knowledge base changed, so that it is drawn again. */
export function changed() {
  window.dispatchEvent(new CustomEvent("bilat:judged"));
}

/**
 * The mark and the buttons of one fact: accept, reject, edit (values are its current fields, shown in the form) and
 * history; each judgement names the fact's version as the page read it, when it has one. Nothing is shown for a fact
 * without a key.
 */
export function factControls(key, review, values, version) {
  if (!key) return null;
  const status = el("span", { class: "judge-status", role: "status" });
  const below = el("div", { class: "judge-below" });
  const run = (work) =>
    work()
      .then((done) => done && changed())
      .catch((error) => fill(status, el("span", { class: "error" }, error.message)));
  return el(
    "div",
    { class: "fact-controls", "data-key": key, "data-review": review ?? "unreviewed" },
    reviewMark(review),
    button("Accept", "judge-accept", () => run(() => judge(key, "accept", null, null, version).then(() => true))),
    button("Reject", "judge-reject", () =>
      run(async () => {
        const reason = askReason();
        return reason != null && judge(key, "reject", null, reason, version).then(() => true);
      }),
    ),
    button("Edit", "judge-edit", () => fill(below, editForm(key, values, () => changed(), version))),
    button("History", "judge-history", () => fill(below, historyPanel(key))),
    status,
    below,
  );
}

function button(text, cls, onclick) {
  return el("button", { type: "button", class: `judge-button ${cls}`, onclick }, text);
}

/** A form with the kind's fields; only the fields the analyst changed are sent, with the version read, if any. */
export function editForm(key, values, done, version) {
  const names = EDIT_FIELDS[kindOf(key)] ?? [];
  const initial = Object.fromEntries(names.map((n) => [n, values?.[n] == null ? "" : String(values[n])]));
  const status = el("p", { class: "judge-status", role: "status" });
  const form = el(
    "form",
    { class: "edit-form" },
    names.map((name) =>
      el("label", {}, el("span", {}, name), el("input", { name, value: initial[name], "data-field": name })),
    ),
    el("label", {}, el("span", {}, "why"), el("input", { name: "__reason", placeholder: "optional" })),
    el("button", { type: "submit", class: "edit-save" }, "Save the edit"),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const fields = Object.fromEntries(names.filter((n) => data[n] !== initial[n]).map((n) => [n, data[n]]));
    if (Object.keys(fields).length === 0) {
      fill(status, "Nothing changed.");
      return;
    }
    judge(key, "edit", fields, data.__reason, version)
      .then(done)
      .catch((error) => fill(status, el("span", { class: "error" }, error.message)));
  });
  requestAnimationFrame(() => form.querySelector("input")?.focus());
  return form;
}

/**
 * Every judgement of a fact, oldest first, each that still stands with a revert button; load fetches another history
 * of the same shape (an entity's).
 */
export function historyPanel(key, load = () => api.history(key)) {
  const panel = el("div", { class: "history-panel", "data-key": key }, el("p", { class: "loading" }, "Loading…"));
  load()
    .then((answer) => fill(panel, historyList(answer)))
    .catch((error) => fill(panel, el("p", { class: "error" }, error.message)));
  return panel;
}

function historyList(answer) {
  const judgements = answer.judgements ?? [];
  const reverted = new Set(judgements.map((j) => j.reverts).filter(Boolean));
  return [
    el("h3", {}, "History", answer.orphaned ? el("span", { class: "orphaned" }, " · orphaned") : null),
    judgements.length === 0 ? el("p", { class: "empty" }, "Not judged yet.") : null,
    el(
      "ol",
      { class: "history" },
      judgements.map((j) => historyLine(j, reverted.has(j.id), answer.version)),
    ),
  ];
}

/** One judgement; its revert names the version of the history read, so that a stale panel gets 409. */
function historyLine(judgement, reverted, version) {
  const status = el("span", { class: "judge-status" });
  const canRevert = judgement.action !== "REVERT" && !reverted;
  const revert = async () => {
    try {
      const body = { author: await author() };
      if (Number.isInteger(version)) body.version = version;
      await api.revert(judgement.id, body);
      changed();
    } catch (error) {
      fill(status, el("span", { class: "error" }, stale(error).message));
    }
  };
  return el(
    "li",
    { class: "history-line", "data-judgement-id": judgement.id },
    `${judgement.madeAt} · ${judgement.author} · ${String(judgement.action).toLowerCase()}`,
    changes(judgement),
    judgement.reason ? ` · “${judgement.reason}”` : "",
    reverted ? el("span", { class: "muted" }, " · reverted") : null,
    canRevert ? [" ", button("Revert", "judge-revert", revert)] : null,
    status,
  );
}

function changes(judgement) {
  const after = judgement.after ?? {};
  const before = judgement.before ?? {};
  // fields starting with "_" are the store's bookkeeping (the mention keys a merge moved), not the analyst's change
  const parts = Object.keys(after)
    .filter((f) => !f.startsWith("_"))
    .map((f) => `${f}: ${before[f] ?? "—"} → ${after[f] || "—"}`);
  return parts.length ? ` · ${parts.join("; ")}` : "";
}
