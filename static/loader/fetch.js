// Role files over the network: the wasm decides what an answer means (crates/core/src/data/fetch.rs).
import { DEFAULT_TIMEOUT } from "./contract.js";
import { loadCode } from "./code.js";

// Fetches a role file (the `src` attribute) for the wasm. Never rejects: a timeout or a network
// failure is an answer too.
export async function fetchRoles(url, seconds) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, seconds * 1000);
  try {
    const response = await fetch(url, { mode: "cors", signal: controller.signal });
    // Bytes, not text: the wasm copies bytes in one go, where a string of megabytes is copied
    // into it character by character. JSON files are UTF-8 (RFC 8259).
    const body = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", body };
  } catch {
    return timedOut ? { timedOut: true } : { unreachable: true };
  } finally {
    clearTimeout(timer);
  }
}

// Reads a role file as a widget would and reports { roles, errors, warnings }, every problem with its
// place: the snippet builder checks a blogger's file with it before they publish.
export async function checkRoles(url, seconds = DEFAULT_TIMEOUT) {
  const { createApp, module } = await loadCode();
  const app = createApp((exports) => exports);
  await app.init({ module_or_path: module });
  const address = new URL(url, location.href).href;
  return JSON.parse(app.checkRoles(url, seconds, await fetchRoles(address, seconds)));
}
