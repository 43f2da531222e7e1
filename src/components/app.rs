//! The widget's root component: it holds the exploring state and lays out
//! heading, notices, the explorer and the credit.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::data_fault::data_fault;
use super::explorer_view::explorer_view;
use super::loading::loading;
use super::notices::notices;
use super::source_credit::source_credit;
use crate::core::color::Rgb;
use crate::core::config::{Layout, Theme};
use crate::core::explorer::{Action, Explorer, PAGE};
use crate::core::setup::Setup;

impl Reducible for Explorer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub setup: Rc<Setup>,
    /// Changes whenever the widget is given new role data.
    pub data_generation: u32,
    /// Fetches the role file again after a fault.
    pub on_retry: Callback<()>,
}

/// One component for the whole widget: every Yew component adds several KB
/// of wasm, so only role cards, which benefit from memoising, get their own.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let root = use_node_ref();
    use_accent(root.clone(), setup.config.accent);
    let state = use_reducer_eq(|| setup.start.clone());
    {
        // New data or filter settings restart exploring (chosen chips index the
        // catalog); other settings, such as the theme, keep it.
        let (state, start) = (state.clone(), setup.start.clone());
        let deps = (setup.exploring_key(), props.data_generation);
        use_effect_with(deps, move |_| state.dispatch(Action::Restart(start)));
    }
    use_focus_new_page(root.clone(), state.more);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let theme = match setup.config.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto => "auto",
    };
    let layout = match setup.config.layout {
        Layout::Grid => "grid",
        Layout::List => "list",
    };
    html! {
        <section class="rx" data-theme={theme} data-layout={layout} ref={root}
            aria-busy={setup.loading.then_some("true")}
            aria-labelledby={setup.heading.as_ref().map(|_| "rx-heading")}
            aria-label={setup.heading.is_none().then_some("Roles")}>
            if let Some(heading) = &setup.heading {
                <h2 id="rx-heading" class="rx-heading">{ heading }</h2>
            }
            { notices(setup) }
            { match &setup.fault {
                Some(fault) => data_fault(fault, &props.on_retry),
                None if setup.loading => loading(),
                None => explorer_view(setup, &state, &dispatch),
            } }
            { setup.source.as_ref().map(source_credit) }
        </section>
    }
}

/// After "Show more", focus moves to the first new card, where reading goes
/// on; it would otherwise stay on the button, now below the new cards.
#[hook]
fn use_focus_new_page(root: NodeRef, more: usize) {
    use_effect_with(more, move |&more| {
        let selector = format!(".rx-card:nth-child({})", more * PAGE + 1);
        let card = root
            .cast::<HtmlElement>()
            .filter(|_| more > 0)
            .and_then(|root| root.query_selector(&selector).ok().flatten());
        if let Some(card) = card {
            let _ = card.unchecked_into::<HtmlElement>().focus();
        }
    });
}

/// Writes the accent into CSS variables through the CSSOM: a `style`
/// attribute would be blocked by a host page's strict Content-Security-Policy.
#[hook]
fn use_accent(root: NodeRef, accent: Option<Rgb>) {
    use_effect_with(accent, move |accent| {
        if let Some(element) = root.cast::<HtmlElement>() {
            let style = element.style();
            match accent {
                Some(colour) => {
                    let _ = style.set_property("--rx-accent", &colour.to_string());
                    let _ =
                        style.set_property("--rx-on-accent", &colour.readable_text().to_string());
                }
                None => {
                    let _ = style.remove_property("--rx-accent");
                    let _ = style.remove_property("--rx-on-accent");
                }
            }
        }
    });
}
