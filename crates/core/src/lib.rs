//! The pure core: role data, its validation, filtering, settings and the
//! exploring state. Nothing here touches the DOM, so all of it is tested
//! with native `cargo test`.

pub mod color;
pub mod compare;
pub mod config;
pub mod contract;
pub mod data;
pub mod events;
pub mod explorer;
pub mod facets;
pub mod fast_hash;
pub mod filter;
pub mod highlight;
pub mod i18n;
pub mod json;
pub mod json_writer;
pub mod role;
pub mod session;
pub mod setup;
pub mod share;
pub mod text;
