#!/usr/bin/env bash
# Writes DIR/role-explorer-app.js and DIR/role-explorer-app_bg.wasm from the last release build
# (`make build`), with wasm-bindgen and wasm-opt run as the release build runs them but keeping
# the functions' names: for bench/wasm-names.sh (where the bytes go) and bench/profile.mjs
# (where the time goes).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$dir" --out-name role-explorer-app \
  target/wasm32-unknown-unknown/release/role_explorer_app.wasm
wasm-opt -Oz -g --converge --low-memory-unused --zero-filled-memory \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue \
  "$dir/role-explorer-app_bg.wasm" -o "$dir/role-explorer-app_bg.wasm"
