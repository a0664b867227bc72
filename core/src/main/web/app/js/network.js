// The graph of entities: relations as solid labelled edges, shared events as dashed ones; a tap opens the entity.
import { api } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";
import { ENTITY_TYPES, entityColor } from "./colors.js";
import { errorLine, plural, rejectedToggle, typeBadge } from "./parts.js";

export async function render(ctx, _arg, params) {
  document.title = "Bilat · Network";
  const status = el("div", { id: "network-status", class: "status" }, "Loading…");
  const graph = el("div", { id: "network-graph" });
  const legend = el("aside", { id: "network-legend", class: "side" });
  fill(
    ctx.main,
    el("h1", {}, "Network"),
    filterForm(params),
    status,
    el("div", { class: "network-layout" }, graph, legend),
  );
  let answer;
  try {
    answer = await api.graph({
      entity: params.entity,
      depth: params.entity ? params.depth || 1 : "",
      rejected: params.rejected === "true" ? "true" : "",
    });
  } catch (error) {
    if (ctx.alive) fill(status, errorLine(error, `No such entity: ${params.entity}`));
    return;
  }
  if (!ctx.alive) return;
  const nodes = answer.nodes ?? [];
  const ids = new Set(nodes.map((n) => n.id));
  const edges = mergeEventEdges((answer.edges ?? []).filter((e) => ids.has(e.source) && ids.has(e.target)));
  fill(
    status,
    `${plural(nodes.length, "entity", "entities")}, ${plural(edges.length, "link")}. Click an entity to open its page.`,
  );
  fill(legend, legendItems(nodes, edges));
  if (!window.cytoscape) {
    fill(graph, el("p", { class: "error" }, "The graph is unavailable: vendor/cytoscape.min.js did not load."));
    return;
  }
  const cy = draw(graph, nodes, edges, params.entity);
  graph.cy = cy; // for end-to-end tests: find a node's rendered position to tap it
  ctx.onLeave(() => cy.destroy());
}

function filterForm(params) {
  const entity = el("input", {
    id: "network-entity",
    name: "entity",
    value: params.entity ?? "",
    placeholder: "entity name or id",
  });
  const depth = el("input", {
    id: "network-depth",
    name: "depth",
    type: "number",
    min: 1,
    max: 3,
    value: params.depth ?? 1,
  });
  const form = el(
    "form",
    { id: "network-filters", class: "filters" },
    el("label", {}, el("span", {}, "Around"), entity),
    el("label", {}, el("span", {}, "Depth"), depth),
    rejectedToggle("network-rejected", params, () => form.requestSubmit()),
    el("button", { type: "submit" }, "Show"),
    el("a", { href: href.network() }, "Whole graph"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = entity.value.trim() ? await resolveEntity(entity.value.trim()) : "";
    const rejected = form.elements.rejected.checked ? "true" : "";
    location.hash = href.network({ entity: id, depth: id ? depth.value : "", rejected });
  });
  return form;
}

/** The id of the entity a user typed by id, name or alias; the text itself when nothing matches. */
async function resolveEntity(text) {
  try {
    const found = (await api.entities({ q: text, limit: 10 })).entities ?? [];
    const lower = text.toLowerCase();
    const same = (s) => String(s ?? "").toLowerCase() === lower;
    const exact = found.find((e) => e.id === text || same(e.name) || (e.aliases ?? []).some(same));
    return (exact ?? found[0])?.id ?? text;
  } catch {
    return text;
  }
}

/**
 * One dashed edge per pair of entities however many events they share, its weight their sum; rejected only when every
 * one of them is.
 */
export function mergeEventEdges(edges) {
  const merged = new Map();
  const result = [];
  for (const edge of edges) {
    if (edge.kind !== "event") {
      result.push(edge);
      continue;
    }
    const key = JSON.stringify([edge.source, edge.target].sort());
    const known = merged.get(key);
    if (known) {
      known.weight += edge.weight ?? 1;
      known.rejected = known.rejected && Boolean(edge.rejected);
    } else merged.set(key, { ...edge, weight: edge.weight ?? 1, label: "", rejected: Boolean(edge.rejected) });
  }
  return [...result, ...merged.values()];
}

function nodeSize(mentions) {
  return Math.min(70, 16 + 6 * Math.sqrt(mentions ?? 1));
}

function draw(container, nodes, edges, focus) {
  const elements = [
    ...nodes.map((n) => ({
      data: { id: n.id, name: n.name ?? n.id, color: entityColor(n.type), size: nodeSize(n.mentions) },
      classes: n.id === focus ? "focus" : "",
    })),
    ...edges.map((e) => ({
      data: {
        source: e.source,
        target: e.target,
        kind: e.kind,
        label: e.rejected && e.label ? `✗ ${e.label}` : (e.label ?? ""),
        width: Math.min(6, 1 + (e.weight ?? 1) / 2),
        rejected: e.rejected ? "true" : "false",
      },
    })),
  ];
  const cy = window.cytoscape({
    container,
    elements,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    layout: {
      name: "cose",
      animate: false,
      padding: 24,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 20000,
      idealEdgeLength: () => 70,
      componentSpacing: 60,
      gravity: 40,
    },
  });
  cy.on("tap", "node", (event) => {
    location.hash = href.entity(event.target.id());
  });
  cy.on("mouseover", "node", () => container.classList.add("pointing"));
  cy.on("mouseout", "node", () => container.classList.remove("pointing"));
  return cy;
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      width: "data(size)",
      height: "data(size)",
      label: "data(name)",
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 3,
      color: "#222",
      "text-outline-color": "#fff",
      "text-outline-width": 2,
    },
  },
  { selector: "node.focus", style: { "border-width": 4, "border-color": "#1b1b1b" } },
  {
    selector: "edge",
    style: { width: "data(width)", "curve-style": "bezier", "line-color": "#9aa3ad", opacity: 0.85 },
  },
  {
    selector: 'edge[kind = "relation"]',
    style: {
      "line-color": "#5b6670",
      label: "data(label)",
      "font-size": 8,
      color: "#444",
      "text-rotation": "autorotate",
      "text-background-color": "#fff",
      "text-background-opacity": 0.85,
      "target-arrow-shape": "triangle",
      "target-arrow-color": "#5b6670",
    },
  },
  { selector: 'edge[kind = "event"]', style: { "line-style": "dashed" } },
  {
    selector: 'edge[rejected = "true"]',
    style: { "line-style": "dotted", "line-color": "#c0392b", "target-arrow-color": "#c0392b", opacity: 0.6 },
  },
];

function legendItems(nodes, edges) {
  const counts = new Map();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  const types = [...counts.keys()].sort((a, b) => rank(a) - rank(b));
  return [
    el("h2", {}, "Legend"),
    el(
      "ul",
      { class: "legend" },
      types.map((t) => el("li", {}, typeBadge(t), el("span", { class: "count" }, counts.get(t)))),
    ),
    el(
      "ul",
      { class: "legend edges" },
      el("li", {}, el("span", { class: "edge-sample solid" }), "relation (labelled with its type)"),
      el("li", {}, el("span", { class: "edge-sample dashed" }), "took part in the same event"),
      edges.some((e) => e.rejected)
        ? el("li", {}, el("span", { class: "edge-sample rejected" }), "✗ rejected (every fact of the link)")
        : null,
    ),
    el("p", { class: "muted" }, "Node size: mentions."),
  ];
}

function rank(type) {
  const index = ENTITY_TYPES.indexOf(type);
  return index < 0 ? ENTITY_TYPES.length : index;
}
