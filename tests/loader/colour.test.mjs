// The pure part of the loader's colour reading: a canvas's serialisation of an sRGB colour to the
// "#rrggbb" the wasm reads (crates/core/src/color.rs, Rgb::from_hex). The browser part (what
// the canvas makes of hsl(), oklch(), names) is covered by tests/e2e/theme.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { srgbHex } from "../../static/loader/colour.js";

test("an sRGB serialisation becomes #rrggbb, its alpha dropped", () => {
  assert.equal(srgbHex("#0b7285"), "#0b7285");
  assert.equal(srgbHex("rgba(11, 114, 133, 0.5)"), "#0b7285");
  assert.equal(srgbHex("rgb(0, 0, 0)"), "#000000");
  assert.equal(srgbHex("rgba(255, 215, 0, 0)"), "#ffd700");
});

test("any other form is left to the canvas's pixel", () => {
  for (const other of ["oklch(0.5 0.1 215)", "color(display-p3 1 0 0)", "rgb(10.5, 0, 0)", "teal", ""]) {
    assert.equal(srgbHex(other), null, other);
  }
});
