#!/usr/bin/env bash
# Trunk post_build hook: joins the loader's modules (static/loader/) into role-explorer.js (see
# join-loader.mjs), gives the wasm's imports and exports short names (short-names.mjs), makes the
# wasm-bindgen glue a per-widget factory (see glue-factory.mjs), then, in release builds, minifies
# the loader and the glue (Trunk's own JS minifier fails on the glue).
set -euo pipefail
node "$TRUNK_SOURCE_DIR/scripts/join-loader.mjs" "$TRUNK_SOURCE_DIR/static/loader/main.js" "$TRUNK_STAGING_DIR/role-explorer.js"
node "$TRUNK_SOURCE_DIR/scripts/short-names.mjs" "$TRUNK_STAGING_DIR/role-explorer-app_bg.wasm" "$TRUNK_STAGING_DIR/role-explorer-app.js"
node "$TRUNK_SOURCE_DIR/scripts/glue-factory.mjs" "$TRUNK_STAGING_DIR/role-explorer-app.js"
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
terser="$TRUNK_SOURCE_DIR/node_modules/.bin/terser"
for file in role-explorer.js role-explorer-app.js; do
  "$terser" "$TRUNK_STAGING_DIR/$file" --module --compress --mangle --output "$TRUNK_STAGING_DIR/$file"
done
