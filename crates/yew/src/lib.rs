//! Role Explorer for Yew apps: job roles as cards that readers search,
//! filter by skill, compare and open.
//!
//! Render [`RoleExplorer`] with the roles ([`RoleData`]) and options, and
//! listen to what the reader does through its callbacks; see its page for
//! an example, and `examples/yew-app` in the repository for a whole app.
//! It brings its own stylesheet ([`STYLESHEET`], adopted for you).
//!
//! Inside, the views are thin: [`Frame`] draws a
//! [`role_explorer_core::session::Session`], which holds the state and its
//! rules. `<role-explorer>` (the embed crate) draws the same `Frame`.

mod card_list;
mod compare_view;
mod component;
mod data_fault;
mod dom;
mod empty_state;
mod explorer_view;
mod facets_view;
mod filter_bar;
mod frame;
mod intl;
mod loading;
mod marked;
mod notices;
mod role_card;
mod source_credit;
mod stylesheet;

pub use component::{RoleData, RoleExplorer, RoleExplorerProps};
pub use frame::{Frame, FrameProps};
pub use stylesheet::{adopt_stylesheet, STYLESHEET};

/// The core, for the types of the component's options and reports.
pub use role_explorer_core as core;
pub use role_explorer_core::color::Rgb;
pub use role_explorer_core::config::{Filters, Heading, Layout, Theme};
pub use role_explorer_core::data::Fault;
pub use role_explorer_core::events::{FilterChange, Ready, Select};
pub use role_explorer_core::i18n::Lang;

/// A button's click that sends `action`: one closure type for every such
/// button, where each closure of its own is a copy of Yew's callback code.
#[inline(never)]
fn on_click(
    on_action: &yew::Callback<core::explorer::Action>,
    action: core::explorer::Action,
) -> yew::Callback<yew::MouseEvent> {
    on_action.reform(move |_| action.clone())
}

/// The form of `forms` for `n`, with its `{count}` filled in: one copy of
/// this code for every message that counts.
#[inline(never)]
fn counted(forms: &core::i18n::Forms, n: usize, numbers: &impl core::i18n::Numbers) -> String {
    core::i18n::fill(
        forms.pick(numbers.plural(n)),
        &[("count", &numbers.format(n))],
    )
}

/// An ARIA state (`aria-pressed`, `aria-expanded`) as a static string: Yew
/// keeps it as it is, where `bool::to_string` allocates a `String` and Yew
/// copies it into an `Rc<str>` at every render.
fn aria(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
