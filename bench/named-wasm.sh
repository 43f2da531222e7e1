#!/usr/bin/env bash
# Writes DIR/role-explorer-app.js and DIR/role-explorer-app_bg.wasm from the last release build
# (`make build`), with wasm-bindgen and wasm-opt run as the release build runs them but keeping
# the functions' names, then finished by Trunk's post-build hook (the loader joined, short import
# names, the glue's factory, the hashes pinned; not minified): for bench/profile.mjs (where the
# time goes).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$dir" --out-name role-explorer-app \
  target/wasm32-unknown-unknown/release/role_explorer_app.wasm
# shellcheck disable=SC2046 # the arguments are words
wasm-opt $(bash bench/wasm-opt-args.sh) -g "$dir/role-explorer-app_bg.wasm" -o "$dir/role-explorer-app_bg.wasm"
TRUNK_SOURCE_DIR=$PWD TRUNK_STAGING_DIR=$dir TRUNK_PROFILE=debug bash scripts/post-build.sh
