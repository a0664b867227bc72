// One colour per entity type, defined once in css/bilat.css (--type-person …) and read here for the graph and
// charts, so mentions, badges, nodes and legends always agree. Event types get a fixed palette of their own.

export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "PROGRAM", "EVENT"];

export const EVENT_TYPES = [
  "MEET",
  "AGREE",
  "EXERCISE",
  "ESTABLISH",
  "DEVELOP",
  "TRANSFER",
  "FINANCE",
  "LAUNCH",
  "JOIN",
  "REDUCE",
  "CONFLICT",
];

const EVENT_PALETTE = [
  "#4e79a7",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#f28e2b",
  "#9c755f",
  "#1f9e89",
  "#bab0ac",
  "#d37295",
];

const known = new Map();

/** The colour of an entity type, as the stylesheet defines it (grey for a type it does not know). */
export function entityColor(type) {
  const key = String(type ?? "").toLowerCase();
  if (!known.has(key)) {
    const style = getComputedStyle(document.documentElement);
    const value = style.getPropertyValue("--type-" + key).trim() || style.getPropertyValue("--type-other").trim();
    known.set(key, value || "#888888");
  }
  return known.get(key);
}

/** The CSS class that colours an element by entity type: a fixed set, so data never names a class by itself. */
export function entityClass(type) {
  return ENTITY_TYPES.includes(type) ? "t-" + type.toLowerCase() : "t-other";
}

/** The colour of an event type in every chart. */
export function eventColor(type) {
  const index = EVENT_TYPES.indexOf(type);
  if (index >= 0) return EVENT_PALETTE[index];
  let hash = 0;
  for (const c of String(type)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return EVENT_PALETTE[hash % EVENT_PALETTE.length];
}
