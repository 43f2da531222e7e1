#!/usr/bin/env bash
# Where the shipped wasm's bytes go, by function and crate, after wasm-bindgen and wasm-opt
# exactly as the release build runs them, but keeping the names. Run after `make build`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
wasm-bindgen --target web --keep-debug --out-dir "$out" --out-name app --no-typescript \
  target/wasm32-unknown-unknown/release/role_explorer_app.wasm
wasm-opt -Oz -g --converge --low-memory-unused --zero-filled-memory \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue "$out/app_bg.wasm" -o "$out/named.wasm"
python3 bench/wasm_top.py "$out/named.wasm" "${1:-30}"
rm -rf "$out"
