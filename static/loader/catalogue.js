// The messages of a language other than English (which is built into the wasm): its catalogue,
// role-explorer-<lang>.json beside the wasm, fetched once per page, the first time a widget speaks
// it, and read by the wasm (crates/core/src/i18n/catalogue.rs). One that cannot be had leaves the
// widget in English, with a console notice.
import { LANGS } from "./contract.js";
import { base } from "./code.js";

// The SHA-384 of each catalogue this loader was built with (`scripts/integrity.mjs pin` writes them
// in): a changed catalogue is refused as a changed wasm is, and its widgets stay in English.
const INTEGRITY = { RX_CATALOGUE_HASHES: "" };

const catalogues = new Map(); // lang -> Promise, then the file's text (null when it failed)

// The catalogue's text, once it has arrived; null for English, or when it failed.
export const catalogue = (lang) => (typeof catalogues.get(lang) === "string" ? catalogues.get(lang) : null);

// Whether the widget may speak `lang` now: English, or a catalogue that arrived or failed.
export const catalogueSettled = (lang) => lang === LANGS[0] || (catalogues.has(lang) && !(catalogues.get(lang) instanceof Promise));

// Fetches `lang`'s catalogue unless it is settled or on its way; resolves when it is settled.
export function loadCatalogue(lang) {
  if (catalogueSettled(lang)) return Promise.resolve();
  if (!catalogues.has(lang)) {
    const url = new URL(`role-explorer-${lang}.json`, base);
    catalogues.set(lang, fetch(url, { integrity: INTEGRITY[lang] ?? "" }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    }, () => {
      // A failed integrity check and a missing file look alike here.
      throw new Error("it could not be fetched, or it is not the file this loader was built with: its SHA-384 differs");
    }).then((text) => catalogues.set(lang, text), (error) => {
      catalogues.set(lang, null);
      console.warn(`role-explorer: the "${lang}" messages (${url}) could not be loaded (${error?.message ?? error}); using English`);
    }));
  }
  return catalogues.get(lang);
}
