// The loader's keyword rule against the cases the Rust side checks too (keywords.json, read by
// crates/core/src/contract): the two sides fold a keyword, and read a language tag, alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { keyword, language } from "../../static/loader/settings.js";

const cases = JSON.parse(readFileSync(new URL("keywords.json", import.meta.url), "utf8"));

test("a keyword ignores the white space around it and the case of ASCII letters, as in Rust", () => {
  for (const [value, folded] of cases.keyword) assert.equal(keyword(value), folded, JSON.stringify(value));
  assert.equal(keyword(null), "");
});

test("a language tag names a language by its primary subtag, as in Rust", () => {
  for (const [tag, lang] of cases.language) assert.equal(language(tag), lang ?? "", JSON.stringify(tag));
});
