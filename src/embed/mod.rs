//! The bridge to the page: the JavaScript loader (`static/role-explorer.js`)
//! creates a [`Widget`] for each `<role-explorer>` element.

mod data;
mod fetch;
mod styles;
mod widget;

pub use widget::Widget;
