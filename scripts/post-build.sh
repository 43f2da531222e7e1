#!/usr/bin/env bash
# Trunk post_build hook: joins the loader's modules (static/loader/) into role-explorer.js, and
# those of the resizer and of embed.html's page into role-explorer-resizer.js and
# role-explorer-frame.js (see join-loader.mjs); gives the wasm's imports and exports short names
# (short-names.mjs); makes the wasm-bindgen glue a per-widget factory (see glue-factory.mjs);
# minifies the scripts in release builds (Trunk's own JS minifier fails on the glue); pins the
# hashes of the glue and the wasm into the loader and lists the tagged scripts' (integrity.mjs).
set -euo pipefail
src="$TRUNK_SOURCE_DIR" out="$TRUNK_STAGING_DIR"
node "$src/scripts/join-loader.mjs" "$src/static/loader/main.js" "$out/role-explorer.js"
for entry in resizer frame; do
  node "$src/scripts/join-loader.mjs" "$src/static/loader/$entry.js" "$out/role-explorer-$entry.js"
done
node "$src/scripts/short-names.mjs" "$out/role-explorer-app_bg.wasm" "$out/role-explorer-app.js"
node "$src/scripts/glue-factory.mjs" "$out/role-explorer-app.js"
minify() {
  [ "${TRUNK_PROFILE:-}" = release ] || return 0
  for file in "$@"; do
    "$src/node_modules/.bin/terser" "$out/$file" --module --compress --mangle --output "$out/$file"
  done
}
# The glue is final before its hash is pinned into the loader; the loader before its own is listed.
minify role-explorer-app.js
node "$src/scripts/integrity.mjs" pin "$out"
minify role-explorer.js role-explorer-resizer.js role-explorer-frame.js
node "$src/scripts/integrity.mjs" manifest "$out"
