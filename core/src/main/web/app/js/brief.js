// The "Brief" button: opens the cited brief of the scope a page shows (HTML in a new tab, or the PDF).
import { briefUrl } from "./api.js";
import { el } from "./dom.js";

/** A "Brief" link to the HTML brief of the scope, with a PDF link beside it. */
export function briefButton(scope) {
  return el(
    "span",
    { class: "brief-links" },
    el("a", { id: "brief-button", class: "button", href: briefUrl(scope, "html"), target: "_blank", rel: "noopener" }, "Brief"),
    " ",
    el("a", { id: "brief-pdf", href: briefUrl(scope, "pdf"), target: "_blank", rel: "noopener" }, "PDF"),
  );
}
