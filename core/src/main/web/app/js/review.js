// The review queue: facts not yet reviewed in the order GET /api/review gives (conflicts, the picked entity's facts,
// single-source facts, the rest), judged one after another from the keyboard: a accept, r reject, e edit, n/j next,
// k previous.
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import { errorLine, kindBadge, plural } from "./parts.js";
import { askReason, author, editForm, judge, reviewMark } from "./judge.js";

const QUEUE_LIMIT = 200;

export async function render(ctx, _arg, params) {
  document.title = "Bilat · Review";
  const status = el("p", { id: "review-status", class: "status" }, "Loading…");
  const list = el("ol", { id: "review-queue", class: "review-queue" });
  fill(ctx.main, el("h1", {}, "Review"), filterForm(params), keysHelp(), status, list);
  let answer;
  let name;
  try {
    [answer, name] = await Promise.all([api.review({ entity: params.entity, limit: QUEUE_LIMIT }), author()]);
  } catch (error) {
    if (ctx.alive) fill(status, errorLine(error));
    return;
  }
  if (!ctx.alive) return;
  const items = answer.items ?? [];
  const shown = items.length < answer.total ? `, the first ${items.length} shown` : "";
  fill(status, `${plural(answer.total, "fact")} not yet reviewed${shown} · judging as `, el("b", {}, name));
  fill(list, items.map(queueItem));
  const queue = new Queue(list);
  queue.move(0);
  const onKey = (event) => queue.key(event);
  document.addEventListener("keydown", onKey);
  ctx.onLeave(() => document.removeEventListener("keydown", onKey));
}

function filterForm(params) {
  const form = el(
    "form",
    { id: "review-filters", class: "filters" },
    el(
      "label",
      {},
      el("span", {}, "Entity first"),
      el("input", { id: "review-entity", name: "entity", value: params.entity ?? "", placeholder: "name or id" }),
    ),
    el("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = href.review({ entity: form.entity.value });
  });
  return form;
}

function keysHelp() {
  const keys = [
    ["a", "accept"],
    ["r", "reject (asks why)"],
    ["e", "edit"],
    ["n / j", "next"],
    ["k", "previous"],
  ];
  return el(
    "p",
    { id: "review-keys", class: "muted" },
    "Keys: ",
    keys.map(([k, what], i) => [i ? " · " : "", el("kbd", {}, k), " ", what]),
  );
}

/** Where a key's first passage lies: document id and offsets ("figure:DOC:12-40#2" → DOC, 12, 40). */
export function passage(key) {
  const parts = String(key).split(":");
  const range = parts[parts.length - 1].split("#")[0].split("-");
  return { documentId: parts[1], start: range[0], end: range[1] };
}

function queueItem(item) {
  const at = passage(item.key);
  return el(
    "li",
    { class: "review-item", "data-key": item.key, "data-version": item.version, tabindex: -1 },
    el(
      "div",
      { class: "review-head" },
      kindBadge(item.kind),
      item.why ? el("span", { class: "badge review-why" }, item.why) : null,
      el("span", { class: "review-line" }, item.line),
      el("span", { class: "review-done" }),
    ),
    el(
      "div",
      { class: "quote" },
      el(
        "a",
        { href: href.document(at.documentId, at.start, at.end), title: "open the passage in its document" },
        el("q", { class: "quote-text" }, item.quote),
        el("span", { class: "quote-source" }, item.source),
      ),
    ),
    el("div", { class: "review-edit" }),
    el("p", { class: "judge-status", role: "status" }),
  );
}

/** The version of an item's fact as the queue read it, which its judgement names so that a stale queue gets 409. */
function versionOf(item) {
  const version = Number.parseInt(item.dataset.version ?? "", 10);
  return Number.isInteger(version) ? version : undefined;
}

/** The queue's cursor and what the keys do to the fact under it. */
class Queue {
  constructor(list) {
    this.items = [...list.querySelectorAll(".review-item")];
    this.at = -1;
  }

  current() {
    return this.items[this.at];
  }

  move(to) {
    if (this.items.length === 0) return;
    this.current()?.classList.remove("current");
    this.at = Math.max(0, Math.min(this.items.length - 1, to));
    const item = this.current();
    item.classList.add("current");
    item.scrollIntoView({ block: "nearest" });
  }

  key(event) {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest?.("input, textarea, select")) return;
    const item = this.current();
    const actions = {
      a: () => this.decide(item, "accept"),
      r: () => this.reject(item),
      e: () => this.edit(item),
      n: () => this.move(this.at + 1),
      j: () => this.move(this.at + 1),
      k: () => this.move(this.at - 1),
    };
    const action = actions[event.key];
    if (!action || !item) return;
    event.preventDefault();
    action();
  }

  reject(item) {
    const reason = askReason();
    if (reason != null) this.decide(item, "reject", null, reason);
  }

  edit(item) {
    const box = item.querySelector(".review-edit");
    fill(
      box,
      editForm(
        item.dataset.key,
        {},
        () => {
          fill(box);
          this.done(item, "edited");
        },
        versionOf(item),
      ),
    );
  }

  decide(item, action, fields, reason) {
    judge(item.dataset.key, action, fields, reason, versionOf(item))
      .then(() => this.done(item, action === "accept" ? "accepted" : "rejected"))
      .catch((error) => fill(item.querySelector(".judge-status"), el("span", { class: "error" }, error.message)));
  }

  done(item, review) {
    item.dataset.review = review;
    item.classList.add("judged");
    fill(item.querySelector(".review-done"), reviewMark(review));
    fill(item.querySelector(".judge-status"));
    if (item === this.current()) this.move(this.at + 1);
  }
}
