// The digest page: pick a period, then open what entered the knowledge base in it (HTML, PDF or Markdown).
import { digestUrl } from "./api.js";
import { el, fill } from "./dom.js";
import { href } from "./links.js";

export function render(ctx, _arg, params) {
  document.title = "Bilat · Digest";
  const result = el("div", { id: "digest-result", class: "status" });
  fill(ctx.main, el("h1", {}, "Digest"), intro(), periodForm(params), result);
  if (!params.since) return;
  const period = { since: params.since, until: params.until };
  fill(
    result,
    `What entered the knowledge base from ${params.since} to ${params.until || "today"}: `,
    el("a", { id: "digest-html", href: digestUrl(period, "html"), target: "_blank", rel: "noopener" }, "open"),
    " · ",
    el("a", { id: "digest-pdf", href: digestUrl(period, "pdf"), target: "_blank", rel: "noopener" }, "PDF"),
    " · ",
    el("a", { id: "digest-md", href: digestUrl(period, "md") }, "Markdown"),
  );
}

function intro() {
  return el(
    "p",
    { class: "muted" },
    "Documents ingested in the period, new events by type, new figures and changes to figure series, new entities, " +
      "new conflicts, and the trend per area of the relationship against the period of equal length before.",
  );
}

function periodForm(params) {
  const form = el(
    "form",
    { id: "digest-form", class: "filters" },
    el("label", {}, "Since ", el("input", { id: "digest-since", name: "since", type: "date", value: params.since ?? "", required: true })),
    el("label", {}, "Until ", el("input", { id: "digest-until", name: "until", type: "date", value: params.until ?? "" })),
    el("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = href.digest(Object.fromEntries(new FormData(form)));
  });
  return form;
}
