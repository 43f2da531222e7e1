#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already there.
# Versions are pinned to what installs offline on this machine kind (see ../shared/TOOLCHAIN.md).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 min)"
  # Not --locked: the registry index here lags one webpki-roots release.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION (about 7 min)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# geckodriver drives Firefox for the component tests and the end-to-end tests.
# (Its version is read whole: geckodriver panics when a pipe closes early.)
if [[ "$(geckodriver --version 2>/dev/null)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  say "geckodriver $GECKODRIVER_VERSION (about 3 min)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# The three engines the tests run in, from Debian: Chromium, Firefox ESR, and WebKitGTK's
# MiniBrowser (with WebKitWebDriver) in an X server of its own (Xvfb; xauth for xvfb-run).
missing=()
for need in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver firefox-esr:/usr/bin/firefox-esr \
  webkit2gtk-driver:/usr/bin/WebKitWebDriver xvfb:/usr/bin/Xvfb xauth:/usr/bin/xauth; do
  [ -x "${need#*:}" ] || missing+=("${need%%:*}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# playwright-core, axe-core and binaryen (wasm-opt) come from the npm registry, pinned in package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || ! node -e "require('playwright-core'); require('axe-core'); require('terser')" 2>/dev/null; then
  say "npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "tools ready: $(wasm-bindgen --version), $(trunk --version), $(wasm-opt --version), $(geckodriver --version | sed -n 1p)"
say "browsers: $(/usr/bin/chromium --version 2>/dev/null), $(/usr/bin/firefox-esr --version), WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0)"
