// Subresource Integrity for the widget's files (scripts/post-build.sh runs both steps):
//
//   node scripts/integrity.mjs pin DIR       writes the SHA-384 of DIR's glue and wasm into DIR's
//                                            loader, which refuses any other glue or wasm
//   node scripts/integrity.mjs manifest DIR  writes DIR/integrity.json: the version and every
//                                            script's hash, for the integrity attribute of the
//                                            blogger's tags (the snippet builder reads it)
//
// `pin` runs before the loader is minified, `manifest` after, so each hash is of the final bytes.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cargoVersion } from "./version.mjs";

// The integrity attribute's value for `bytes`.
export const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

// The loader's placeholders (static/loader/code.js), each replaced exactly once.
const PINS = { "sha384-RX_GLUE_HASH": "role-explorer-app.js", "sha384-RX_WASM_HASH": "role-explorer-app_bg.wasm" };

export function pin(dir) {
  const file = join(dir, "role-explorer.js");
  let loader = readFileSync(file, "utf8");
  for (const [placeholder, name] of Object.entries(PINS)) {
    const count = loader.split(placeholder).length - 1;
    if (count !== 1) throw new Error(`${file}: expected "${placeholder}" once, found it ${count} times`);
    loader = loader.replace(placeholder, sri(readFileSync(join(dir, name))));
  }
  writeFileSync(file, loader);
}

// The scripts a blogger's page names in a tag of its own.
export const TAGGED = ["role-explorer.js", "role-explorer-resizer.js"];

export function manifest(dir) {
  const files = Object.fromEntries(TAGGED.map((name) => [name, sri(readFileSync(join(dir, name)))]));
  writeFileSync(join(dir, "integrity.json"), `${JSON.stringify({ version: cargoVersion(), files }, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [step, dir] = process.argv.slice(2);
  ({ pin, manifest })[step](dir);
}
