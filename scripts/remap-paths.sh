#!/usr/bin/env bash
# Prints the --remap-path-prefix flags that shorten panic-location paths in the wasm:
# the crate registry and the standard library's sources, as this machine names them.
# Used by the Makefile (release and test builds) and scripts/build-small.sh.
set -euo pipefail
registry=$(ls -d "$HOME"/.cargo/registry/src/index.crates.io-* 2>/dev/null | head -1 || true)
commit=$(rustc -vV | sed -n 's/^commit-hash: //p')
flags="--remap-path-prefix=/rustc/$commit/library= --remap-path-prefix=$HOME/.rustup="
# Before the first build fetched any crate there is no registry folder yet; cargo then
# creates it under this name (the registry's URL hash, the same on every machine).
flags="$flags --remap-path-prefix=${registry:-$HOME/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f}="
echo "$flags"
