#!/usr/bin/env bash
# Trunk post_build hook: minifies the loader and the wasm-bindgen glue in
# release builds (Trunk's own JS minifier fails on the glue).
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
terser="$TRUNK_SOURCE_DIR/node_modules/.bin/terser"
for file in role-explorer.js role-explorer-app.js; do
  "$terser" "$TRUNK_STAGING_DIR/$file" --module --compress --mangle --output "$TRUNK_STAGING_DIR/$file"
done
