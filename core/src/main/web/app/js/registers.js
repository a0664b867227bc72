// Registers (agreements, exercises, projects, products, visits): one sortable table each, with sources and CSV export.
import { api, registerCsvUrl } from "./api.js";
import { factControls, reviewMark } from "./judge.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import { empty, entityLinks, errorLine, plural, quote, rejectedToggle } from "./parts.js";

export async function render(ctx, _arg, params) {
  document.title = "Bilat · Registers";
  fill(ctx.main, el("h1", {}, "Registers"), el("p", { class: "loading" }, "Loading…"));
  try {
    const list = (await api.registers()).registers ?? [];
    const name = params.name || list[0]?.name;
    const showRejected = params.rejected === "true";
    const register = name ? await api.register(name, { rejected: showRejected ? "true" : "" }) : null;
    if (!ctx.alive) return;
    const toggle = rejectedToggle("registers-rejected", params, (event) => {
      location.hash = href.registers({ name, rejected: event.target.checked ? "true" : "" });
    });
    fill(
      ctx.main,
      el("h1", {}, "Registers"),
      tabs(list, name, showRejected),
      el("div", { class: "filters" }, toggle),
      register ? registerBlock(register) : empty("No registers."),
    );
  } catch (error) {
    if (ctx.alive) fill(ctx.main, el("h1", {}, "Registers"), errorLine(error, `No such register: ${params.name}`));
  }
}

function tabs(list, active, showRejected) {
  return el(
    "nav",
    { id: "register-tabs", class: "tabs" },
    list.map((r) =>
      el(
        "a",
        {
          class: "register-tab",
          href: href.registers({ name: r.name, rejected: showRejected ? "true" : "" }),
          "aria-current": r.name === active ? "page" : null,
        },
        r.title || r.name,
      ),
    ),
  );
}

function registerBlock(register) {
  const columns = register.columns ?? [];
  const rows = register.rows ?? [];
  const body = el("tbody", {});
  const state = { column: -1, descending: false };
  const head = columns.map((column, i) =>
    el("th", { class: "sortable", scope: "col", "aria-sort": "none", onclick: () => sortBy(i) }, column),
  );
  const sortBy = (i) => {
    state.descending = state.column === i ? !state.descending : false;
    state.column = i;
    head.forEach((th, j) =>
      th.setAttribute("aria-sort", j !== i ? "none" : state.descending ? "descending" : "ascending"),
    );
    fill(
      body,
      sortRows(rows, i, state.descending).map((row) => rowNode(row, columns)),
    );
  };
  fill(
    body,
    rows.map((row) => rowNode(row, columns)),
  );
  return el(
    "section",
    { class: "register", "data-register": register.name },
    el(
      "div",
      { class: "register-head" },
      el("h2", {}, register.title || register.name, el("span", { class: "muted" }, ` · ${plural(rows.length, "row")}`)),
      el(
        "a",
        { id: "register-csv", class: "button", href: registerCsvUrl(register.name), download: `${register.name}.csv` },
        "Export CSV",
      ),
    ),
    el(
      "table",
      { id: "register-table", class: "data" },
      el("thead", {}, el("tr", {}, head, el("th", { scope: "col" }, "Sources"))),
      body,
    ),
    rows.length ? null : empty("This register is empty."),
  );
}

function rowNode(row, columns) {
  const cells = columns.map((column, i) => {
    const links = row.links?.[column];
    const text = String(row.cells?.[i] ?? "");
    return el("td", { class: DATE.test(text) ? "date" : null }, links?.length ? entityLinks(links) : text);
  });
  const facts = row.facts ?? [];
  const sources = facts.length ? factSources(row.sources ?? [], facts) : (row.sources ?? []).map(sourceQuote);
  const mark = row.review && !facts.length ? reviewMark(row.review) : null;
  return el("tr", { "data-review": row.review }, cells, el("td", { class: "sources" }, mark, sources));
}

function sourceQuote(passage) {
  return quote(passage.documentId, passage.evidence, passage.source);
}

/**
 * The row's quotes grouped by the fact that states them (a fact's passages run from its "from" to the next fact's),
 * each group with the fact's review controls as the timeline shows them.
 */
export function factSources(sources, facts) {
  return facts.map((fact, i) => {
    const end = i + 1 < facts.length ? facts[i + 1].from : sources.length;
    return el(
      "div",
      { class: "report", "data-key": fact.key },
      sources.slice(fact.from, end).map(sourceQuote),
      factControls(fact.key, fact.review, fact.values, fact.version),
    );
  });
}

const DATE = /^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/;

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Rows ordered by one column (numbers and ISO dates order naturally); empty cells always last. */
export function sortRows(rows, column, descending) {
  const text = (row) => String(row.cells?.[column] ?? "").trim();
  return [...rows].sort((a, b) => {
    const [x, y] = [text(a), text(b)];
    if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
    const order = collator.compare(x, y);
    return descending ? -order : order;
  });
}
