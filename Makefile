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

.PHONY: serve test tools build release build-small build-example contract lint test-native test-loader test-browser test-e2e bench size-attribution screenshots

## Build the widget and serve the demo page on http://127.0.0.1:8080
serve: tools
	trunk serve --release

## Run every test: lint, native core tests, loader tests, component tests and end-to-end tests in Chromium, Firefox and WebKit, size budget
test: tools lint test-native test-loader build build-example test-browser test-e2e

tools:
	@bash scripts/install-tools.sh

build: tools
	trunk build --release

## The versioned npm-format package (release/role-explorer-VERSION.tgz) any static host or
## npm-backed CDN serves as it is; the version is Cargo.toml's
release: build
	node scripts/release.mjs dist release

## The example Rust Yew app (examples/yew-app, two RoleExplorer components) into examples/yew-app/dist;
## a debug build, which shares the compiled crates of the component tests
build-example: tools
	cd examples/yew-app && trunk build

## The smaller build (nightly Rust, build-std, immediate-abort panics) into dist-small/
build-small: tools
	bash scripts/build-small.sh

## Rewrite the files generated from the contract (crates/core/src/contract): the loader's
## constants, role-explorer.d.ts, the builder's controls, the README's reference tables
contract:
	cargo run -p role-explorer-gen

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps

test-native:
	cargo test --workspace

# The loader's modules in Node: the keyword rule (shared cases with Rust) and the join; the
# builder's readable copy.
test-loader:
	node --test tests/loader/

# The component tests in each engine: Chromium, Firefox (geckodriver), WebKit (WebKitGTK's
# MiniBrowser, which wasm-bindgen-test-runner drives as "Safari", in an Xvfb of its own).
test-browser: WASM_TESTS = cargo test --target wasm32-unknown-unknown -p role-explorer-app -p role-explorer-example
test-browser:
	$(WASM_TESTS)
	GECKODRIVER=$(HOME)/.cargo/bin/geckodriver $(WASM_TESTS)
	xvfb-run -a env SAFARIDRIVER=/usr/bin/WebKitWebDriver $(WASM_TESTS)

test-e2e:
	node --test --test-force-exit --test-concurrency=1 tests/e2e/

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
