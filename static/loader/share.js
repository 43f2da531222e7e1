// The reader's state in the address's hash (the `share` attribute), so that a link restores it.
// The hash is a list of `&`-separated parts; a widget owns only those named with its prefix
// (`rx.q=…`, or `rx-jobs.q=…` for id="jobs") and keeps every other part, such as the host's own
// `#section-2` anchor, in its place. The wasm's session decides what to share and when; this
// reads and writes the text (crates/core/src/share.rs holds the state's type).

// The prefix of a widget's parts: rx. or, for an element with an id, rx-<id>., so that several
// widgets share one address.
export const sharePrefix = (id) => (id ? `rx-${encodePart(id)}.` : "rx.");

const hashParts = (hash) => hash.replace(/^#/, "").split("&").filter(Boolean);

// The widget's state in `hash` (with or without its #): { query, skills, open }, or null when
// the hash holds none of its parts.
export function readShared(hash, prefix) {
  let shared = null;
  for (const part of hashParts(hash)) {
    if (!part.startsWith(prefix) || !part.includes("=", prefix.length)) continue;
    const at = part.indexOf("=", prefix.length);
    const [name, value] = [part.slice(prefix.length, at), part.slice(at + 1)];
    shared ??= { query: "", skills: [], open: null };
    if (name === "q") shared.query = decodePart(value);
    if (name === "s") shared.skills = value.split(",").filter(Boolean).map(decodePart);
    if (name === "open") shared.open = decodePart(value) || null;
  }
  return shared;
}

// `hash` with the widget's parts replaced by `shared`'s, other parts in their place; without
// its #, and empty when nothing is left.
export function writeShared(hash, prefix, { query, skills, open }) {
  const kept = hashParts(hash).filter((part) => !part.startsWith(prefix));
  if (query) kept.push(`${prefix}q=${encodePart(query)}`);
  if (skills.length) kept.push(`${prefix}s=${skills.map(encodePart).join(",")}`);
  if (open) kept.push(`${prefix}open=${encodePart(open)}`);
  return kept.join("&");
}

// Percent-encodes the UTF-8 of all but unreserved characters, so that &, ",", = and # in a
// search or a skill name cannot break the hash apart.
function encodePart(text) {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[\w.~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

// Undoes encodePart (and a + typed for a space); a malformed escape is kept as it is, and bytes
// that are not UTF-8 become U+FFFD.
export const decodePart = (text) => text.replace(/\+/g, " ").replace(/(%[\da-f]{2})+/gi,
  (run) => new TextDecoder().decode(new Uint8Array(run.slice(1).split("%").map((hex) => parseInt(hex, 16)))));
