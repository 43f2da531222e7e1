// The reader's state in the address's hash, as the loader reads and writes it (share.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodePart, readShared, sharePrefix, writeShared } from "../../static/loader/share.js";

const shared = (query, skills, open = null) => ({ query, skills, open });

test("awkward text goes through the hash and back", () => {
  const state = shared("nurse & 50% #1 = café", ["C, C++", "Santé"], "a b");
  const hash = writeShared("", "rx.", state);
  assert.equal(hash, "rx.q=nurse%20%26%2050%25%20%231%20%3D%20caf%C3%A9&rx.s=C%2C%20C%2B%2B,Sant%C3%A9&rx.open=a%20b");
  assert.deepEqual(readShared(`#${hash}`, "rx."), state);
  // Only unreserved characters stay as they are (encodeURIComponent would keep !'()* too).
  assert.equal(writeShared("", "rx.", shared("a!'()*_~.-z", [])), "rx.q=a%21%27%28%29%2A_~.-z");
});

test("the host's anchor and other widgets' parts keep their place", () => {
  const written = writeShared("#section-2&rx-b.q=x", "rx.", shared("nurse", []));
  assert.equal(written, "section-2&rx-b.q=x&rx.q=nurse");
  assert.equal(readShared(written, "rx-b.").query, "x");
  // Clearing the filters removes only this widget's parts.
  assert.equal(writeShared(written, "rx.", shared("", [])), "section-2&rx-b.q=x");
  assert.equal(writeShared("#rx.q=a", "rx.", shared("", [])), "");
});

test("a hash without the widget's parts reads as none", () => {
  assert.equal(readShared("#section-2", "rx."), null);
  assert.equal(readShared("", "rx."), null);
  assert.deepEqual(readShared("#rx.q=", "rx."), shared("", []));
  assert.deepEqual(readShared("#rx.open=&rx.s=,a,", "rx."), shared("", ["a"]));
});

test("prefixes name the element", () => {
  assert.equal(sharePrefix(""), "rx.");
  assert.equal(sharePrefix("jobs 2"), "rx-jobs%202.");
});

test("malformed escapes and plus signs decode gently", () => {
  assert.equal(decodePart("100%+sure%2"), "100% sure%2");
  assert.equal(decodePart("%FF"), "\uFFFD");
  assert.equal(decodePart("%C3%A9t%C3%A9"), "été");
});
