// Turns wasm-bindgen's glue module into a factory, so the loader can give every widget its own
// wasm instance: a panic (or any trap) then ends one widget, never the others on the page.
//
// wasm-bindgen's `--target web` glue keeps one instance in module-level variables. Wrapped in
// `export default function createApp(guard) { … }`, each call gets fresh variables; `guard`
// wraps the instance's exports, so that every call into a dead instance is caught in one place.
//
// Usage: node scripts/glue-factory.mjs dist/role-explorer-app.js  (run by scripts/post-build.sh)
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
let glue = readFileSync(file, "utf8");

// Each piece of the glue this relies on must be there exactly once: a wasm-bindgen upgrade
// that changes the glue's shape fails the build here, not in a reader's browser.
const edits = [
  ["export class Widget {", "class Widget {"],
  ["export function checkRoles(", "function checkRoles("],
  // The start function (the panic hook) runs by itself when the instance starts.
  ["export function start() {", "function start() {"],
  ["wasm = instance.exports;", "wasm = guard(instance.exports);"],
  ["export { initSync, __wbg_init as default };", "return { Widget, checkRoles, init: __wbg_init };"],
];
for (const [from, to] of edits) {
  const count = glue.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times`);
  glue = glue.replace(from, to);
}
if (/^(import|export) /m.test(glue)) throw new Error(`${file}: unexpected import or export left`);

writeFileSync(file, `export default function createApp(guard) {\n${glue}\n}\n`);
