// Bytes of every file the widget loads: raw, gzip -9 and brotli (max quality).
// Run: `node bench/size.mjs [DIR]` after `trunk build --release` (DIR defaults to dist/);
// `make bench` prints this table, for its own build in bench/out/dist, with the rest of the benchmark.
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
// The loader, the wasm-bindgen glue and the wasm (which carries the stylesheet and the default data).
export const WIDGET_FILES = ["role-explorer.js", "role-explorer-app.js", "role-explorer-app_bg.wasm"];

// `dir` lets bench/perf.mjs measure its own build and the reference.
export function measure(names = WIDGET_FILES, dir = DIST) {
  const rows = names.map((name) => {
    const bytes = readFileSync(join(dir, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = { name: "total", raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) for (const key of ["raw", "gzip", "brotli"]) total[key] += row[key];
  return { rows, total };
}

export function table({ rows, total }) {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
  const line = (r) => `${r.name.padEnd(28)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`;
  return [`${"file".padEnd(28)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`,
    ...rows.map(line), line(total)].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(measure(WIDGET_FILES, process.argv[2] ?? DIST)));
}
