// The one way the UI builds DOM. Text from the API only ever becomes text nodes or attribute values set with
// setAttribute; nothing here parses HTML, so a document quoting <script> shows it instead of running it.

/** Creates an element: attrs are attribute values (functions under "on…" become listeners), children text or nodes. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    setAttr(node, name, value);
  }
  return append(node, children);
}

function setAttr(node, name, value) {
  if (value == null || value === false) return;
  if (name.startsWith("on")) {
    // a string handler would be code; only functions are accepted
    if (typeof value !== "function") throw new TypeError(`el: ${name} must be a function`);
    node.addEventListener(name.slice(2), value);
  } else {
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

/** Appends children (nested arrays flattened, null and false skipped); strings become text nodes. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces everything inside node with children. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for the few places a library insists on an HTML string (ECharts tooltip formatters). */
export function escapeHtml(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
