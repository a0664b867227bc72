// Hash router and top bar. Each route's view renders into <main>; leaving a route runs its clean-ups (charts,
// graph, listeners) and marks it dead so answers that arrive late are dropped.
import { fill } from "./dom.js";
import { href, parseHash } from "./links.js";
import { errorLine } from "./parts.js";
import * as search from "./search.js";
import * as entity from "./entity.js";
import * as documentView from "./document.js";
import * as timeline from "./timeline.js";
import * as network from "./network.js";
import * as indicators from "./indicators.js";
import * as registers from "./registers.js";
import * as digest from "./digest.js";
import * as ladder from "./ladder.js";
import * as review from "./review.js";

const VIEWS = {
  "": search,
  search,
  entity,
  document: documentView,
  timeline,
  network,
  indicators,
  registers,
  digest,
  ladder,
  review,
};
const TYPING_DELAY_MS = 200;

const main = document.getElementById("main");
const input = document.getElementById("search-input");
let current = null;

/** What a view gets: where to render, whether it is still shown, and a place to register its clean-ups. */
function createContext(name, arg) {
  const cleanups = [];
  return {
    name,
    arg,
    main,
    alive: true,
    update: null,
    onLeave: (fn) => cleanups.push(fn),
    leave() {
      this.alive = false;
      for (const fn of cleanups) {
        try {
          fn();
        } catch (error) {
          console.error(error); // a failed clean-up must not keep the next page from showing
        }
      }
    },
  };
}

function route() {
  const { segments, params } = parseHash(location.hash);
  const first = segments[0] ?? "";
  const name = first === "" ? "search" : first;
  const arg = segments.slice(1).join("/");
  markNav(name);
  if (name === "search" && document.activeElement !== input) input.value = params.q ?? "";
  if (current?.name === name && current.arg === arg && current.update) {
    current.update(params);
    return;
  }
  current?.leave();
  const ctx = createContext(name, arg);
  current = ctx;
  document.title = "Bilat";
  const view = Object.hasOwn(VIEWS, first) ? VIEWS[first] : null;
  if (!view) {
    fill(main, errorLine({ status: 404 }, "No such page"));
    return;
  }
  Promise.resolve()
    .then(() => view.render(ctx, arg, params))
    .catch((error) => {
      console.error(error);
      if (ctx.alive) fill(main, errorLine(error));
    });
}

function markNav(name) {
  for (const link of document.querySelectorAll("#nav a")) {
    const active = link.dataset.route === name;
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/** Typing searches as you go: on the search page the query replaces the entry in history, elsewhere it opens search. */
function searchFor(q, typing) {
  const { segments, params } = parseHash(location.hash);
  const onSearch = segments[0] === "search";
  const target = href.search(onSearch ? { ...params, q, page: "" } : { q });
  if (onSearch && typing) {
    history.replaceState(null, "", target);
    route();
  } else {
    location.hash = target;
  }
}

let typingTimer = 0;
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => searchFor(input.value, true), TYPING_DELAY_MS);
});
document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  searchFor(input.value, false);
});
window.addEventListener("hashchange", route);
// a judgement changed the knowledge base: draw the page again from the server's answer
window.addEventListener("bilat:judged", () => {
  current?.leave();
  current = null;
  route();
});
route();
