// Joins the loader's modules (static/loader/) into the one file a blogger links: each module once,
// after the modules it imports, with its import lines and `export` keywords dropped, so that all
// share one module scope. No bundler: the modules keep to two forms, which this checks, and the
// output stays exactly the code written (terser then minifies it, in release builds).
//
//   import { a, b } from "./other.js";        (one line, relative, named imports only)
//   export function a() / export const b = … / export class C …
//
// Usage: node scripts/join-loader.mjs static/loader/main.js dist/role-explorer.js
//        (run by scripts/post-build.sh)
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const IMPORT = /^import \{([^}]*)\} from "\.\/([\w-]+\.js)";$/;
const DECLARATION = /^(export )?(?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/;

class JoinError extends Error {}

// Every module reachable from `entry`, each after its imports: [{ name, lines }].
export function order(entry) {
  const folder = dirname(entry);
  const done = new Map(); // name -> { exports, lines }
  const visiting = [];
  const visit = (name) => {
    if (done.has(name)) return done.get(name);
    if (visiting.includes(name)) {
      throw new JoinError(`the imports go round (${[...visiting, name].join(" -> ")}): move what both need into a module of its own`);
    }
    visiting.push(name);
    const lines = readFileSync(join(folder, name), "utf8").split("\n");
    const body = [];
    for (const line of lines) {
      const imported = line.match(IMPORT);
      if (imported) {
        const from = visit(imported[2]);
        for (const wanted of imported[1].split(",").map((item) => item.trim()).filter(Boolean)) {
          if (!from.exports.has(wanted)) throw new JoinError(`${name} imports ${wanted} from ${imported[2]}, which does not export it`);
        }
        continue;
      }
      if (/^(import|export)\b/.test(line) && !DECLARATION.test(line)) {
        throw new JoinError(`${name}: "${line}" is not a form the join understands (see scripts/join-loader.mjs)`);
      }
      body.push(line);
    }
    const exports = new Set(body.map((line) => line.match(DECLARATION)).filter((m) => m?.[1]).map((m) => m[2]));
    const module = { name, exports, lines: body.map((line) => line.replace(/^export /, "")) };
    visiting.pop();
    done.set(name, module);
    return module;
  };
  visit(basename(entry));
  return [...done.values()];
}

// The joined text; two modules declaring the same top-level name would clash in one scope.
export function joinModules(entry) {
  const owner = new Map();
  const parts = [];
  for (const { name, lines } of order(entry)) {
    for (const line of lines) {
      const declared = line.match(DECLARATION)?.[2];
      if (!declared) continue;
      if (owner.has(declared)) throw new JoinError(`${declared} is declared by both ${owner.get(declared)} and ${name}: the joined file has one scope`);
      owner.set(declared, name);
    }
    parts.push(`// --- static/loader/${name}\n${lines.join("\n").trim()}\n`);
  }
  return parts.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, output] = process.argv.slice(2);
  try {
    writeFileSync(output, joinModules(entry));
  } catch (error) {
    if (!(error instanceof JoinError)) throw error;
    console.error(`join-loader: ${error.message}`);
    process.exit(1);
  }
}
