#!/usr/bin/env bash
# The smaller build, for those who want it: nightly Rust rebuilds the standard library for size
# (`-Z build-std`) and makes a panic abort at once (`-Cpanic=immediate-abort`), with no message.
# A panic still stops only its widget, which still offers to restart; the console then says
# "unreachable" instead of the panic's message. Writes dist-small/, the same files as dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
rustup toolchain list | grep -q '^nightly' || { echo "build-small needs a nightly toolchain (rustup toolchain install nightly)"; exit 1; }
rustup component list --toolchain nightly --installed | grep -q '^rust-src' || rustup component add rust-src --toolchain nightly
rustup target list --toolchain nightly --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown --toolchain nightly
# Trunk builds offline: fetch the crates the rebuilt standard library needs (wasip1 and others)
# first, which a nightly update may change.
RUSTUP_TOOLCHAIN=nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_DIR=target/small \
  cargo fetch --target wasm32-unknown-unknown
RUSTUP_TOOLCHAIN=nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_DIR=target/small \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort $(RUSTUP_TOOLCHAIN=nightly bash scripts/remap-paths.sh)" \
  trunk build --release --dist dist-small
node bench/size.mjs dist-small
