//! Yew components: thin views over [`role_explorer_core`]. One concept per file.

pub mod app;
pub mod compare_view;
pub mod data_fault;
pub mod empty_state;
pub mod explorer_view;
pub mod filter_bar;
pub mod intl;
pub mod loading;
pub mod marked;
pub mod notices;
pub mod role_card;
pub mod source_credit;

pub use app::{App, AppProps, Change, Restore};

/// The components' stylesheet (`static/role-explorer.css`, compacted by build.rs).
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/role-explorer.css"));
