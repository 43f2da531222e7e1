# Role Explorer: every entry point. `make serve` and `make test` work on a
# fresh machine: both start by installing whatever tool is missing.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Panic locations name their source file: remapping the crate registry and the
# standard library to short paths saves bytes and makes the wasm the same on every
# machine. Derived here, at each recipe (`=`, not `:=`: a fresh machine has no registry
# until the first build fetched the crates).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = $(shell bash scripts/remap-paths.sh)

.PHONY: serve test tools build build-small lint test-native test-browser test-e2e bench size-attribution screenshots

## Build the widget and serve the demo page on http://127.0.0.1:8080
serve: tools
	trunk serve --release

## Run every test: lint, native core tests, component tests and end-to-end tests in headless Chromium, size budget
test: tools lint test-native build test-browser test-e2e

tools:
	@bash scripts/install-tools.sh

build: tools
	trunk build --release

## The smaller build (nightly Rust, build-std, immediate-abort panics) into dist-small/
build-small: tools
	bash scripts/build-small.sh

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test --workspace

test-browser:
	cargo test --target wasm32-unknown-unknown

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## Benchmark: the release widget beside a plain-JS reference in headless Chromium (docs/performance.md)
bench: tools
	trunk build --release --dist bench/out/dist
	node bench/perf.mjs

## Where the wasm's bytes go, by the source file each byte of code was written in (docs/performance.md)
size-attribution: tools
	bash bench/wasm-names.sh

## The README's screenshots, taken in headless Chromium
screenshots: build
	node scripts/screenshot.mjs
