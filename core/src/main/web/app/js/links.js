// Hash routes of the UI. Every href is built here, from encodeURIComponent'd ids and integers only.
import { queryString } from "./api.js";

const part = (id) => encodeURIComponent(String(id));

function offset(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export const href = {
  home: () => "#/",
  search: (params) => "#/search" + queryString(params),
  entity: (id) => "#/entity/" + part(id),
  /** The document view, with the span start..end highlighted when both are offsets. */
  document(id, start, end) {
    const s = offset(start);
    const e = offset(end);
    return "#/document/" + part(id) + (s != null && e != null ? `?start=${s}&end=${e}` : "");
  },
  timeline: (params) => "#/timeline" + queryString(params),
  network: (params) => "#/network" + queryString(params),
  indicators: () => "#/indicators",
  registers: (params) => "#/registers" + queryString(params),
  digest: (params) => "#/digest" + queryString(params),
  ladder: (params) => "#/ladder" + queryString(params),
  review: (params) => "#/review" + queryString(params),
};

/** Splits location.hash into decoded path segments and query params: "#/entity/a%2Fb?x=1" → ["entity","a/b"], {x:"1"}. */
export function parseHash(hash) {
  const body = hash.replace(/^#\/?/, "");
  const cut = body.indexOf("?");
  const path = cut < 0 ? body : body.slice(0, cut);
  const params = Object.fromEntries(new URLSearchParams(cut < 0 ? "" : body.slice(cut + 1)));
  const segments = path
    .split("/")
    .filter((s) => s !== "")
    .map(decodeSegment);
  return { segments, params };
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
