#!/usr/bin/env bash
# Prints the wasm-opt arguments of the release build, as index.html has Trunk run them
# (data-wasm-opt and data-wasm-opt-params), for the scripts that rerun wasm-opt by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
[ -n "$level" ] || { echo "index.html: no data-wasm-opt" >&2; exit 1; }
echo "-O$level $params"
