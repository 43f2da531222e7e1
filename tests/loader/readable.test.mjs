// static/builder-readable.js in Node: the readable copy is the chosen roles in order, escaped, short
// for large data, and links only to web addresses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readableCopy, FIRST_PAGE } from "../../static/builder-readable.js";

const role = (i) => ({ id: `r${i}`, title: `Role ${i}`, skills: [`Skill ${i}`, { name: `Named ${i}` }], responsibilities: [`Task ${i}`] });

test("the chosen roles, in the order chosen, with their skills and responsibilities", () => {
  const html = readableCopy({ title: "Jobs", roles: [role(1), role(2), role(3)] }, { roles: "r3, r1,missing" });
  assert.deepEqual([...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]), ["Role 3", "Role 1"]);
  assert.match(html, /^<div class="rx-readable">\n<h2>Jobs<\/h2>\n<h3>Role 3<\/h3>\n<h4>Skills and knowledge<\/h4>\n<ul><li>Skill 3<\/li><li>Named 3<\/li><\/ul>\n<h4>Responsibilities<\/h4>\n<ul><li>Task 3<\/li><\/ul>/);
});

test("markup in the data is text, and only web addresses become links", () => {
  const data = {
    roles: [{ id: "x", title: "<img src=x onerror=alert(1)>", summary: "a & b" }],
    source: { title: "Src\"", author: "<b>", url: "javascript:alert(1)" },
  };
  const html = readableCopy(data, { heading: "<script>" });
  assert.ok(!/<img|<script|<b>|javascript:/.test(html), html);
  assert.match(html, /<h3>&lt;img src=x onerror=alert\(1\)&gt;<\/h3>/);
  assert.match(html, /<p>Source: Src"?, by &lt;b&gt;<\/p>/);
});

test("large data: the first page of roles, then a link to the source in the chosen language", () => {
  const roles = Array.from({ length: 1110 }, (_, i) => role(i));
  const html = readableCopy({ roles, source: { title: "O*NET", url: "https://www.onetonline.org/" } }, { lang: "es-MX" });
  assert.equal(html.match(/<h3>/g).length, FIRST_PAGE);
  assert.match(html, /<p><a href="https:\/\/www.onetonline.org\/">12 de 1110 puestos<\/a><\/p>/);
  assert.match(html, /^<div class="rx-readable" lang="es" dir="ltr">/);
});

test("data of the wrong shape gives an empty copy, never an error", () => {
  for (const data of [null, 7, "x", {}, { roles: "no" }, [null, { id: 1 }]]) {
    assert.equal(readableCopy(data, {}), "");
  }
});
