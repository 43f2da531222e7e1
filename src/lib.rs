//! The embed crate: the wasm that the loader (`static/role-explorer.js`)
//! fetches. It exports [`Widget`], which the loader creates for each
//! `<role-explorer>` element, and the snippet builder's file check.

mod data;
mod loader;
mod page;
mod widget;

pub use widget::Widget;

// The component tests, run in a browser by wasm-bindgen-test. A cdylib has no
// rlib for an integration test to link, so they are a module of the crate.
#[cfg(all(test, target_arch = "wasm32"))]
#[path = "../tests/browser.rs"]
mod browser_tests;

/// Checks a role file for the snippet builder: `answer` is what the loader's
/// `fetchRoles` resolved to; the result is the JSON of `core::data::check`,
/// which reads the file with the widget's own reader.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = checkRoles)]
pub fn check_roles(url: &str, seconds: u32, answer: wasm_bindgen::JsValue) -> String {
    role_explorer_core::data::check(url, data::answer(&answer, seconds))
}

/// Talc instead of Rust's default dlmalloc: smaller and faster in wasm.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Runs when the loader starts an instance, before any widget renders.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    throw_panics();
}

/// Makes a panic throw a JS error that carries its message, instead of Yew's
/// default hook (a console log, then a silent trap). The loader gives each
/// widget its own wasm instance and catches that error, so a panic ends one
/// widget, which then says so; the others on the page go on.
pub fn throw_panics() {
    yew::set_custom_panic_hook(Box::new(|info| wasm_bindgen::throw_str(&info.to_string())));
}
