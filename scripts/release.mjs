// `make release`: the widget as an npm-format package (`npm pack`), which any static host, or an
// npm-backed CDN, serves as it is: package.json, dist/ (the widget's files, the iframe form, the
// resizer, integrity.json, the role file's schema and the types), README.md and LICENSE. The
// version is Cargo.toml's, the one the loader answers as RoleExplorer.version.
//
// Usage: node scripts/release.mjs [DIST] [OUT]   (dist and release/ by default); prints the tarball's path.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cargoVersion } from "./version.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

// What a page loads, or a blogger or a tool reads; the demo and the builder stay out.
export const PACKAGED = [
  "role-explorer.js", "role-explorer-app.js", "role-explorer-app_bg.wasm", "role-explorer.d.ts",
  "role-explorer-es.json", "role-explorer-ar.json", "embed.html", "role-explorer-frame.js",
  "role-explorer-resizer.js", "integrity.json", "roles.json", "roles.schema.json",
];

export function packageJson(version) {
  return {
    name: "role-explorer",
    version,
    description: "Job roles as cards readers search and filter by skill: a Rust + WebAssembly widget for any page, with one script tag.",
    license: "MIT",
    type: "module",
    keywords: ["widget", "web-component", "custom-element", "webassembly", "jobs", "careers", "embed"],
    files: ["dist/"],
    exports: {
      ".": { types: "./dist/role-explorer.d.ts", default: "./dist/role-explorer.js" },
      "./dist/*": "./dist/*",
      "./package.json": "./package.json",
    },
    types: "dist/role-explorer.d.ts",
    // The file an npm-backed CDN answers for the bare package address.
    unpkg: "dist/role-explorer.js",
    jsdelivr: "dist/role-explorer.js",
    sideEffects: true,
  };
}

// Packs `dist` into `out`; answers the tarball's path.
export function release(dist = join(ROOT, "dist"), out = join(ROOT, "release")) {
  const missing = PACKAGED.filter((name) => !existsSync(join(dist, name)));
  if (missing.length) throw new Error(`${dist} lacks ${missing.join(", ")}: run \`make build\` first`);
  const version = cargoVersion();
  const stage = mkdtempSync(join(tmpdir(), "role-explorer-package-"));
  try {
    mkdirSync(join(stage, "dist"));
    for (const name of PACKAGED) copyFileSync(join(dist, name), join(stage, "dist", name));
    for (const name of ["README.md", "LICENSE"]) copyFileSync(join(ROOT, name), join(stage, name));
    writeFileSync(join(stage, "package.json"), `${JSON.stringify(packageJson(version), null, 2)}\n`);
    mkdirSync(out, { recursive: true });
    const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", resolve(out)], {
      cwd: stage, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
    }));
    return join(resolve(out), packed.filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(release(...process.argv.slice(2).map((path) => resolve(path))));
}
