#!/usr/bin/env bash
# Where the wasm's bytes go: each byte of code counted for the source file it was written in
# (generic code where the generic is written, inlined code where it was written, and also for
# the file of ours that inlined it), the data section's parts, the imports and exports.
#
#   bash bench/wasm-names.sh [N]     or  make size-attribution    (N: rows per table, 30)
#
# Needs no other build: it makes its own, in target/line-tables (the first run compiles every
# crate, a few minutes; later runs only what changed), and leaves its files in bench/out/attribution.
#  1. The release build with DWARF line tables: the release profile and RUSTFLAGS, plus
#     CARGO_PROFILE_RELEASE_DEBUG=line-tables-only (line tables move a few of LLVM's choices:
#     the report compares this build's code with dist/'s when `make build` made one).
#  2. wasm-bindgen as Trunk runs it, but --keep-debug.
#  3. wasm_top.py map: the line tables (and the inlined calls around each row) as a source map.
#  4. wasm-opt as the release runs it (bench/wasm-opt-args.sh), carrying the map through
#     its optimisations: binaryen keeps each instruction's source, inlined or not. Its DWARF
#     mode would not do: with DWARF, wasm-opt -g skips the passes that break DWARF.
#  5. scripts/short-names.mjs, as the post-build hook runs it; then wasm_top.py report.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
target=target/line-tables
out=bench/out/attribution
rm -rf "$out"
mkdir -p "$out"

python=$target/venv/bin/python
if ! "$python" -c "import elftools" 2>/dev/null; then
  python3 -m venv "$target/venv"
  "$python" -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
fi

CARGO_TARGET_DIR=$target CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(bash scripts/remap-paths.sh)" \
  cargo build --release --target wasm32-unknown-unknown -p role-explorer-app
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$out" --out-name role-explorer-app \
  "$target/wasm32-unknown-unknown/release/role_explorer_app.wasm"
"$python" bench/wasm_top.py map "$out/role-explorer-app_bg.wasm" "$out/pre-opt.wasm" "$out/pre-opt.map"
# shellcheck disable=SC2046 # the arguments are words
wasm-opt $(bash bench/wasm-opt-args.sh) -g --input-source-map "$out/pre-opt.map" \
  --output-source-map "$out/opt.map" "$out/pre-opt.wasm" -o "$out/opt.wasm"
cp "$out/opt.wasm" "$out/shipped.wasm"
node scripts/short-names.mjs "$out/shipped.wasm" "$out/role-explorer-app.js" >/dev/null
"$python" bench/wasm_top.py report "$out/pre-opt.wasm" "$out/pre-opt.map" "$out/opt.wasm" "$out/opt.map" \
  "$out/shipped.wasm" --release dist/role-explorer-app_bg.wasm \
  --build-dir "$target/wasm32-unknown-unknown/release" --top "${1:-30}" | tee "$out/report.txt"
