//! Role Explorer: job roles as cards that readers filter and explore,
//! embedded in any page with one script tag.
//!
//! - [`core`]: the pure model (data, validation, filtering, settings).
//! - [`components`]: Yew views over that model.
//! - [`embed`]: mounting into a host element's shadow root, for the loader.

pub mod components;
pub mod core;
pub mod embed;
