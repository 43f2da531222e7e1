// Gives the wasm's imports and exports short names, in the wasm and in its glue alike.
//
// wasm-bindgen names each import after its Rust binding plus a 16-digit hash
// (`__wbg_setAttribute_2704501201f15687`) and puts the glue's file name before every one of them
// in the wasm's import section: about 7 KB of names that only the glue and the wasm ever read.
// Imports and exports are linked by these names alone (code refers to them by index), so
// renaming both sides together changes nothing else.
//
// Usage: node scripts/short-names.mjs DIR/role-explorer-app_bg.wasm DIR/role-explorer-app.js
// (run by scripts/post-build.sh, before the glue becomes a factory and is minified).
import { readFileSync, writeFileSync } from "node:fs";

const [wasmFile, glueFile] = process.argv.slice(2);
const wasm = readFileSync(wasmFile);
let glue = readFileSync(glueFile, "utf8");

// The glue's own module name, which every import names as its module.
const GLUE_MODULE = "./role-explorer-app_bg.js";
// Exports the loader or the browser know by name.
const KEEP_EXPORTS = new Set(["memory"]);

// ---------------------------------------------------------------- reading and writing wasm

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [text.decode(bytes.subarray(start, start + length)), start + length];
}

const name = (value) => {
  const encoded = utf8.encode(value);
  return [...u32(encoded.length), ...encoded];
};

// The bytes after an import's names that describe what it imports, copied as they are.
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = readU32(bytes, at);
    if (flags & 1) [, at] = readU32(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: its type's index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`${wasmFile}: unknown import kind ${kind}`);
  }
}

// Short names: a, b, … z, A … Z, then two letters, and so on; never a name kept as it is.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function* shortNames(taken) {
  for (let n = 0; ; n++) {
    let id = "";
    for (let i = n; ; i = Math.floor(i / LETTERS.length) - 1) {
      id = LETTERS[i % LETTERS.length] + id;
      if (i < LETTERS.length) break;
    }
    if (!taken.has(id)) yield id;
  }
}

// ---------------------------------------------------------------- the two sections

const renamed = { imports: new Map(), exports: new Map() };

function rewriteImports(body) {
  let [count, at] = readU32(body, 0);
  const out = [...u32(count)];
  const next = shortNames(new Set());
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, at] = readName(body, at);
    [field, at] = readName(body, at);
    const end = skipImportDescription(body, at);
    if (module !== GLUE_MODULE) throw new Error(`${wasmFile}: an import from "${module}", not the glue`);
    const short = next.next().value;
    renamed.imports.set(field, short);
    out.push(...name("a"), ...name(short), ...body.subarray(at, end));
    at = end;
  }
  return out;
}

function rewriteExports(body) {
  let [count, at] = readU32(body, 0);
  const out = [...u32(count)];
  const next = shortNames(KEEP_EXPORTS);
  for (let i = 0; i < count; i++) {
    let field;
    [field, at] = readName(body, at);
    const [, end] = readU32(body, at + 1); // kind, then index
    const short = KEEP_EXPORTS.has(field) ? field : next.next().value;
    if (short !== field) renamed.exports.set(field, short);
    out.push(...name(short), ...body.subarray(at, end));
    at = end;
  }
  return out;
}

const sections = [wasm.subarray(0, 8)];
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  const body = wasm.subarray(start, start + size);
  const rewrite = { 2: rewriteImports, 7: rewriteExports }[id];
  if (rewrite) {
    const bytes = rewrite(body);
    sections.push(Uint8Array.from([id, ...u32(bytes.length), ...bytes]));
  } else {
    sections.push(wasm.subarray(at, start + size));
  }
  at = start + size;
}

// ---------------------------------------------------------------- the glue

// Each old name must appear in the glue exactly where expected: an import as one key of the
// imports object, an export only as `wasm.NAME`. A wasm-bindgen upgrade that changes that
// fails the build here, not in a reader's browser.
function replaceAll(pattern, to, expected, what) {
  const count = glue.match(pattern)?.length ?? 0;
  if (expected(count)) glue = glue.replace(pattern, to);
  else throw new Error(`${glueFile}: ${what} found ${count} times`);
}
const escape = (s) => s.replace(/[$]/g, "\\$&");

replaceAll(new RegExp(`"${GLUE_MODULE.replace(/[./]/g, "\\$&")}": import0`, "g"), "a: import0", (n) => n === 1, "the imports' module");
for (const [from, to] of renamed.imports) {
  replaceAll(new RegExp(`\\b${escape(from)}\\b`, "g"), to, (n) => n === 1, `the import ${from}`);
}
// The glue reaches exports only as `wasm.NAME` (a JS function may share an export's name).
replaceAll(/\bwasm\[|instance\.exports\./g, "", (n) => n === 0, "an export reached otherwise than as wasm.NAME");
for (const [from, to] of renamed.exports) {
  replaceAll(new RegExp(`\\bwasm\\.${escape(from)}\\b`, "g"), `wasm.${to}`, () => true, `the export ${from}`);
}

const before = wasm.length;
const out = Buffer.concat(sections);
writeFileSync(wasmFile, out);
writeFileSync(glueFile, glue);
console.log(`short-names: ${renamed.imports.size} imports and ${renamed.exports.size} exports renamed; wasm ${before} -> ${out.length} bytes`);
