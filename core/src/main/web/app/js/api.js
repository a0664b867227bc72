// The REST API of /tmp/web-api.md: one fetch wrapper that turns every failure into an ApiError with one line.

/** A failed API call: message is the server's one-line error (or what went wrong on the way), status its HTTP code. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** A query string of the non-empty params, with a leading "?" (or "" when there are none). */
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value != null && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

async function getJson(path, params) {
  let response;
  try {
    response = await fetch(path + queryString(params), { headers: { Accept: "application/json" } });
  } catch {
    throw new ApiError("the server did not answer; is bilat serve still running?", 0);
  }
  return answerOf(response);
}

async function answerOf(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok || body == null || typeof body !== "object") {
    const message = typeof body?.error === "string" ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(message.split("\n")[0], response.status);
  }
  return body;
}

let session = null;

/** This server's session (GET /api/session): the write token every POST sends, and whether it is read-only. */
export function serverSession() {
  session ??= getJson("/api/session").catch((error) => {
    session = null;
    throw error;
  });
  return session;
}

/**
 * Every write the UI makes goes through here: a JSON body POSTed with the server's write token (X-Bilat-Token), the
 * answer parsed as getJson does; failures become an ApiError with one line.
 */
export async function postJson(path, body) {
  const { token } = await serverSession();
  let response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", "X-Bilat-Token": token },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("the server did not answer; is bilat serve still running?", 0);
  }
  return answerOf(response);
}

const part = (id) => encodeURIComponent(String(id));

export const api = {
  summary: () => getJson("/api/summary"),
  search: (params) => getJson("/api/search", params),
  entities: (params) => getJson("/api/entities", params),
  entity: (id, params) => getJson("/api/entities/" + part(id), params),
  relations: (params) => getJson("/api/relations", params),
  document: (id) => getJson("/api/documents/" + part(id)),
  events: (params) => getJson("/api/events", params),
  graph: (params) => getJson("/api/graph", params),
  indicators: (params) => getJson("/api/indicators", params),
  registers: () => getJson("/api/registers"),
  register: (name, params) => getJson("/api/registers/" + part(name), params),
  ladder: (params) => getJson("/api/ladder", params),
  author: () => serverSession().then((current) => ({ author: current.user })),
  review: (params) => getJson("/api/review", params),
  history: (key) => getJson("/api/history", { key }),
  entityHistory: (id) => getJson("/api/history", { entity: id }),
  judgeEntity: (id, body) => postJson("/api/entities/" + part(id) + "/judgements", body),
  judge: (body) => postJson("/api/judgements", body),
  revert: (id, body) => postJson("/api/judgements/" + part(id) + "/revert", body),
  addFact: (body) => postJson("/api/facts", body),
};

/** Where a register's CSV export is served. */
export function registerCsvUrl(name) {
  return "/api/registers/" + part(name) + "?format=csv";
}

/** Where the cited brief of a scope is served: params are entity (one id or a list), from, to; format html or pdf. */
export function briefUrl(params, format) {
  const search = new URLSearchParams();
  for (const id of [params.entity ?? []].flat()) if (id) search.append("entity", String(id));
  for (const name of ["from", "to"]) if (params[name]) search.set(name, String(params[name]));
  search.set("format", format);
  return "/api/brief?" + search.toString();
}

/** Where the digest of a period is served: since and until are YYYY-MM-DD; format html, pdf or md. */
export function digestUrl(params, format) {
  return "/api/digest" + queryString({ since: params.since, until: params.until, format });
}
