#!/usr/bin/env bash
# Where the shipped wasm's bytes go, by function and crate, after wasm-bindgen and wasm-opt
# exactly as the release build runs them, but keeping the names. Run after `make build`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
bash bench/named-wasm.sh "$out"
python3 bench/wasm_top.py "$out/role-explorer-app_bg.wasm" "${1:-30}"
rm -rf "$out"
