// Copies the UI (app/) and the browser builds of the npm libraries it uses into the output folder.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUTPUT_DIR");
  process.exit(2);
}
const vendor = {
  "cytoscape.min.js": "node_modules/cytoscape/dist/cytoscape.min.js",
  "echarts.min.js": "node_modules/echarts/dist/echarts.min.js",
};
rmSync(out, { recursive: true, force: true });
cpSync(join(here, "app"), out, { recursive: true });
mkdirSync(join(out, "vendor"), { recursive: true });
for (const [name, path] of Object.entries(vendor)) {
  cpSync(join(here, path), join(out, "vendor", name));
}
