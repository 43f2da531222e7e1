// scripts/join-loader.mjs: modules joined each after its imports, into one scope, and every
// form it cannot join safely refused with a message that names the module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { joinModules } from "../../scripts/join-loader.mjs";

// A folder of modules (name -> text); returns the joined text, or the error's message.
function joined(modules) {
  const folder = mkdtempSync(join(tmpdir(), "join-"));
  for (const [name, text] of Object.entries(modules)) writeFileSync(join(folder, name), text);
  try {
    return joinModules(join(folder, "main.js"));
  } catch (error) {
    return `error: ${error.message}`;
  }
}

test("each module comes once, after those it imports, without its imports and exports", () => {
  const text = joined({
    "main.js": 'import { b } from "./b.js";\nimport { a } from "./a.js";\nb(a);\n',
    "b.js": 'import { a } from "./a.js";\nexport const b = (x) => x + a;\n',
    "a.js": "export const a = 1;\n",
  });
  assert.equal(text, "// --- static/loader/a.js\nconst a = 1;\n\n// --- static/loader/b.js\nconst b = (x) => x + a;\n\n// --- static/loader/main.js\nb(a);\n");
  // The joined text runs: one scope holds every module's names.
  assert.equal(new Function(`${text.replace("b(a);", "return b(a);")}`)(), 2);
});

test("clashes, cycles, missing exports and other forms are refused", () => {
  assert.equal(joined({ "main.js": 'import { a } from "./a.js";\nconst a = 2;\n', "a.js": "export const a = 1;\n" }),
    "error: a is declared by both a.js and main.js: the joined file has one scope");
  assert.match(joined({ "main.js": 'import { a } from "./a.js";\n', "a.js": 'import { m } from "./main.js";\nexport const a = 1;\n' }),
    /^error: the imports go round \(main\.js -> a\.js -> main\.js\)/);
  assert.equal(joined({ "main.js": 'import { z } from "./a.js";\n', "a.js": "export const a = 1;\n" }),
    "error: main.js imports z from a.js, which does not export it");
  assert.match(joined({ "main.js": "export default 1;\n" }), /^error: main\.js: "export default 1;" is not a form the join understands/);
});
