//! The wasm bundle that `role-explorer.js` loads: the widget's exports and nothing else.

pub use role_explorer::embed::Widget;
