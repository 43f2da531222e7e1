//! The bridge to the page: the JavaScript loader (`static/role-explorer.js`)
//! creates a [`Widget`] for each `<role-explorer>` element.

mod data;
mod fetch;
mod page;
mod styles;
mod widget;

pub use widget::Widget;

/// Makes a panic throw a JS error that carries its message, instead of Yew's
/// default hook (a console log, then a silent trap). The loader gives each
/// widget its own wasm instance and catches that error, so a panic ends one
/// widget, which then says so; the others on the page go on.
pub fn throw_panics() {
    yew::set_custom_panic_hook(Box::new(|info| wasm_bindgen::throw_str(&info.to_string())));
}
