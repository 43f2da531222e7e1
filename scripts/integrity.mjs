// Subresource Integrity for the widget's files (scripts/post-build.sh runs both steps):
//
//   node scripts/integrity.mjs pin DIR       writes the SHA-384 of DIR's glue, wasm and message
//                                            catalogues into DIR's loader, which refuses others
//   node scripts/integrity.mjs manifest DIR  writes DIR/integrity.json: the version and every
//                                            script's hash, for the integrity attribute of the
//                                            blogger's tags (the snippet builder reads it)
//
// `pin` runs before the loader is minified, `manifest` after, so each hash is of the final bytes.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
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
  // Every catalogue beside the wasm (role-explorer-<lang>.json), by language.
  const catalogues = Object.fromEntries(readdirSync(dir).flatMap((name) => {
    const lang = /^role-explorer-([a-z]{2,3})\.json$/.exec(name)?.[1];
    return lang ? [[lang, sri(readFileSync(join(dir, name)))]] : [];
  }));
  const placeholder = '{ RX_CATALOGUE_HASHES: "" }';
  if (loader.split(placeholder).length !== 2) throw new Error(`${file}: expected '${placeholder}' once`);
  loader = loader.replace(placeholder, JSON.stringify(catalogues));
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
