// Search facets as filters: each facet value is a link that sets (or, when set, removes) its filter, and every
// active filter shows as a removable chip.
import { el } from "./dom.js";
import { href } from "./links.js";

/** The search params that filter, as /api/search names them. */
export const FILTERS = ["kind", "type", "from", "to", "source"];

const GROUPS = [
  { key: "kind", title: "Kind", param: "kind" },
  { key: "entityType", title: "Entity type", param: "type" },
  { key: "eventType", title: "Event type", param: "type" },
  { key: "year", title: "Year", param: "year" },
  { key: "source", title: "Source", param: "source" },
];
const SHOWN = 8;

function isActive(group, value, params) {
  const text = String(value);
  if (group.param === "year") return params.from === text && params.to === text;
  return params[group.param] === text;
}

function toggled(group, value, params, active) {
  const next = { ...params, page: "" };
  const set = active ? "" : String(value);
  if (group.param === "year") Object.assign(next, { from: set, to: set });
  else next[group.param] = set;
  return next;
}

function facetLink(group, item, params) {
  const active = isActive(group, item.value, params);
  return el(
    "li",
    {},
    el(
      "a",
      {
        class: active ? "facet-value active" : "facet-value",
        href: href.search(toggled(group, item.value, params, active)),
        title: active ? "remove this filter" : "filter by this",
      },
      el("span", { class: "facet-label", title: String(item.value) }, String(item.value)),
      el("span", { class: "facet-count" }, item.count),
    ),
  );
}

function facetGroup(group, items, params) {
  const links = items.map((item) => facetLink(group, item, params));
  const more = links.length > SHOWN + 2 ? links.splice(SHOWN) : [];
  return el(
    "div",
    { class: "facet", "data-facet": group.key },
    el("h3", {}, group.title),
    el("ul", {}, links),
    more.length ? el("details", {}, el("summary", {}, `${more.length} more`), el("ul", {}, more)) : null,
  );
}

/** The facet column for an answer's facets. */
export function facetColumn(facets, params) {
  const groups = GROUPS.filter((g) => (facets[g.key] ?? []).length > 0);
  if (groups.length === 0) return [];
  return [el("h2", {}, "Filter"), groups.map((g) => facetGroup(g, facets[g.key], params))];
}

function chip(label, without) {
  return el("a", { class: "active-filter", href: href.search(without), title: "remove this filter" }, label, " ×");
}

function yearLabel(from, to) {
  if (from && to) return from === to ? `year: ${from}` : `years: ${from}–${to}`;
  return from ? `from ${from}` : `until ${to}`;
}

/** Chips for the filters in force, each a link to the same search without it. */
export function activeFilters(params) {
  const chips = [];
  const base = { ...params, page: "" };
  for (const name of ["kind", "type", "source"]) {
    if (params[name]) chips.push(chip(`${name}: ${params[name]}`, { ...base, [name]: "" }));
  }
  if (params.from || params.to) chips.push(chip(yearLabel(params.from, params.to), { ...base, from: "", to: "" }));
  if (chips.length === 0) return [];
  return [el("span", { class: "muted" }, "Filters: "), chips];
}
