//! The wasm bundle that `role-explorer.js` loads: the widget's exports and nothing else.

use wasm_bindgen::prelude::*;

pub use role_explorer::embed::{check_roles, Widget};

/// Talc instead of Rust's default dlmalloc: smaller and faster in wasm.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Runs when the loader starts this instance, before any widget renders.
#[wasm_bindgen(start)]
fn start() {
    role_explorer::embed::throw_panics();
}
