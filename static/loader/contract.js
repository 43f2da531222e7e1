// Generated from crates/core/src/contract by `cargo run -p role-explorer-gen`: edit the contract, not this file.
// What the widget promises the page, as the loader needs it.

// Every attribute; <role-explorer> observes them all.
export const ATTRIBUTES = ["theme", "accent", "roles", "skills", "query", "heading", "layout", "filters", "src", "timeout", "lang", "share", "loading"];
// Those the loader's script tag takes as data-NAME.
export const SCRIPT_ATTRIBUTES = ATTRIBUTES;
// Those a <meta name="role-explorer:NAME"> gives a page-wide default.
export const META_ATTRIBUTES = ATTRIBUTES;
// Those that take a CSS colour, which the loader resolves to #rrggbb for the wasm.
export const COLOUR_ATTRIBUTES = ["accent"];
// Each keyword attribute's keywords; the first is the default.
export const KEYWORDS = {
  theme: ["auto", "light", "dark", "host"],
  layout: ["grid", "list"],
  filters: ["compact", "open", "none"],
  loading: ["eager", "lazy"],
};
// The languages the widget speaks, and those written right to left.
export const LANGS = ["en", "es", "ar"];
export const RTL = ["ar"];
export const DEFAULT_TIMEOUT = 10;
// Where a host page states its own light or dark mode (theme="host").
export const HOST_THEME_ATTRIBUTES = ["data-theme", "data-bs-theme", "data-color-scheme", "data-mode"];
// White space around a keyword, as Rust's str::trim sees it (char::is_whitespace).
export const SPACE = /^[\x09-\x0d \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\x09-\x0d \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
// The release (Cargo.toml's version), as `RoleExplorer.version`.
export const VERSION = "0.2.0";
// The message embed.html posts to its parent when its height changes: { type, height }.
export const RESIZE_MESSAGE = "role-explorer:resize";
