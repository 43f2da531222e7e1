// The wasm app's code: fetched and compiled once per page, then one guarded instance per widget.
import { VERSION } from "./contract.js";
import { element } from "./dom.js";

export const base = new URL("./", import.meta.url);

// The SHA-384 of the glue and of the wasm this loader was built with, written in at build time
// (`scripts/integrity.mjs pin`): a blogger's integrity attribute covers the loader, and the loader
// covers every file it fetches after itself.
const GLUE_INTEGRITY = "sha384-RX_GLUE_HASH";
const WASM_INTEGRITY = "sha384-RX_WASM_HASH";

let code; // Promise of { createApp, module }: the glue's factory and the compiled wasm.

export function loadCode() {
  code ??= (async () => {
    // Fetch and compile the wasm while the glue module loads, rather than after. The no-op catch
    // keeps an early failure from being reported as unhandled; the await below still sees it.
    const module = compile(new URL("role-explorer-app_bg.wasm", base).href);
    module.catch(() => {});
    const glue = await importChecked(new URL("role-explorer-app.js", base).href);
    return { createApp: glue.default, module: await module };
  })();
  return code;
}

// What the console says of a file that failed its check (or never came: the two look alike).
const refused = (url) => new Error(`refused ${url}: it could not be fetched, or it is not the file this loader ` +
  `(version ${VERSION}) was built with (its SHA-384 differs); the widget does not start`);

// import() takes no integrity: a module script element does, and import() of the same address then
// answers the module that element ran (a page's module map holds one module per address, so the
// glue is fetched once; only a host page that imported it itself first would bypass the check).
function importChecked(url) {
  const script = element("script", { type: "module", crossorigin: "anonymous", integrity: GLUE_INTEGRITY, src: url });
  return new Promise((resolve, reject) => {
    script.onload = () => resolve(import(url));
    script.onerror = () => reject(refused(url));
    (document.head ?? document.documentElement).append(script);
  }).finally(() => script.remove());
}

async function compile(url) {
  let response;
  try {
    response = await fetch(url, { integrity: WASM_INTEGRITY });
  } catch {
    throw refused(url);
  }
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // A server that does not send application/wasm.
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

// Thrown into the page for calls that reach a stopped widget; the handlers below keep it quiet,
// since the widget has already said what happened. WebKit reports what a cross-origin module
// threw as "Script error." without the error, even when it was fetched with CORS: there, a
// Stopped is known by being thrown in the same task (WebKit may report it after the task's
// microtasks have run, so the mark lasts until the next task).
export class Stopped extends Error {}
let justStopped = false;
function stoppedError() {
  justStopped = true;
  setTimeout(() => { justStopped = false; });
  return new Stopped();
}
for (const type of ["error", "unhandledrejection"]) {
  addEventListener(type, (event) => {
    if ((event.error ?? event.reason) instanceof Stopped || (justStopped && event.error === null)) event.preventDefault();
  });
}

// Wraps an instance's exports: the first error that escapes the wasm (a Rust panic, a trap, an
// exception from a broken DOM method) stops the instance and is reported once through `onStop`.
export function guard(exports, onStop) {
  let stopped = false;
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] = typeof value !== "function" ? value : (...args) => {
      if (stopped) throw stoppedError();
      try {
        return value(...args);
      } catch (error) {
        if (!stopped) {
          stopped = true;
          onStop(error);
        }
        throw stoppedError();
      }
    };
  }
  return guarded;
}
