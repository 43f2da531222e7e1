//! The widget's root component: it holds the exploring state and lays out
//! heading, notices, the explorer and the credit.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::data_fault::data_fault;
use super::explorer_view::explorer_view;
use super::intl::LocalNumbers;
use super::loading::loading;
use super::notices::notices;
use super::source_credit::source_credit;
use role_explorer_core::color::Rgb;
use role_explorer_core::config::{Layout, Theme};
use role_explorer_core::explorer::{Action, Explorer, PAGE};
use role_explorer_core::filter::Found;
use role_explorer_core::setup::Setup;

/// The core's exploring state as Yew's reducer.
#[derive(PartialEq)]
struct State(Explorer);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        Rc::new(State(next))
    }
}

/// A state to take over from outside, such as a shared link after the back
/// button; each new one has a new `generation`.
#[derive(Clone, Default, PartialEq)]
pub struct Restore {
    pub generation: u32,
    pub state: Option<Rc<Explorer>>,
}

/// What the app reports after each render that changed its state.
#[derive(Clone, PartialEq)]
pub struct Change {
    pub data_generation: u32,
    pub state: Rc<Explorer>,
    /// The matching roles, in order, and what is marked.
    pub found: Rc<Found>,
}

#[derive(Properties)]
pub struct AppProps {
    pub setup: Rc<Setup>,
    /// Changes whenever the widget is given new role data.
    pub data_generation: u32,
    pub restore: Restore,
    /// The page is printing: every match is shown with its details.
    pub printing: bool,
    /// Fetches the role file again after a fault.
    pub on_retry: Callback<()>,
    pub on_change: Callback<Change>,
}

/// A new setup is always a new `Rc`: comparing pointers spares Yew a deep
/// comparison of the whole catalog on every update.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.setup, &other.setup)
            && self.data_generation == other.data_generation
            && self.restore == other.restore
            && self.printing == other.printing
            && self.on_retry == other.on_retry
            && self.on_change == other.on_change
    }
}

/// One component for the whole widget: every Yew component adds several KB
/// of wasm, so only role cards, which benefit from memoising, get their own.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let setup = &props.setup;
    let root = use_node_ref();
    use_accent(root.clone(), setup.config.accent);
    let reducer = use_reducer_eq(|| State(setup.start.clone()));
    let state = &reducer.0;
    {
        // New data or filter settings restart exploring (chosen chips index the
        // catalog); other settings, such as the theme, keep it.
        let (reducer, start) = (reducer.clone(), setup.start.clone());
        let deps = (setup.exploring_key(), props.data_generation);
        use_effect_with(deps, move |_| reducer.dispatch(Action::Restart(start)));
    }
    {
        let reducer = reducer.clone();
        use_effect_with(props.restore.clone(), move |restore| {
            if let Some(restored) = &restore.state {
                reducer.dispatch(Action::Restart((**restored).clone()));
            }
        });
    }
    let found = {
        // A new setup is a new Rc: its address stands for it, where
        // comparing whole catalogs would cost as much as filtering.
        let deps = (
            Rc::as_ptr(setup) as usize,
            state.query.clone(),
            state.chips.clone(),
            state.sort,
        );
        let (setup, query, sort) = (setup.clone(), state.to_query(), state.sort);
        use_memo(deps, move |_| setup.catalog.search(&query, sort))
    };
    {
        let change = Change {
            data_generation: props.data_generation,
            state: Rc::new(state.clone()),
            found: found.clone(),
        };
        let on_change = props.on_change.clone();
        use_effect_with(change, move |change| on_change.emit(change.clone()));
    }
    use_focus_new_page(root.clone(), state.more);
    // One callback for the widget's life: cards compare it by identity.
    let dispatch = {
        let dispatcher = reducer.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let lang = setup.lang();
    let text = lang.text();
    let numbers = LocalNumbers::new(lang);
    let theme = match setup.config.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto | Theme::Host => "auto",
    };
    let layout = match setup.config.layout {
        Layout::Grid => "grid",
        Layout::List => "list",
    };
    html! {
        // Not a landmark: a page may hold several widgets with one title,
        // and landmarks need unique names.
        <div class="rx" part="root" data-theme={theme} data-layout={layout} ref={root}
            lang={lang.tag()} dir={lang.dir()} aria-busy={setup.loading.then_some("true")}>
            if let Some(heading) = &setup.heading {
                <h2 class="rx-heading" part="heading">{ heading }</h2>
            }
            { notices(setup, text) }
            { match &setup.fault {
                Some(fault) => data_fault(fault, text, &props.on_retry),
                None if setup.loading => loading(text),
                None => explorer_view(setup, state, &found, props.printing, &numbers, &dispatch),
            } }
            { setup.source.as_ref().map(|source| source_credit(source, text)) }
        </div>
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

/// Writes the accent into CSS variables, one pair per theme, each with
/// enough contrast against that theme's background and a readable text
/// colour to put on it. Through the CSSOM: a `style` attribute would be
/// blocked by a host page's strict Content-Security-Policy.
#[hook]
fn use_accent(root: NodeRef, accent: Option<Rgb>) {
    use_effect_with(accent, move |accent| {
        let Some(element) = root.cast::<HtmlElement>() else {
            return;
        };
        let style = element.style();
        for (theme, background) in [
            ("light", Rgb::LIGHT_BACKGROUND),
            ("dark", Rgb::DARK_BACKGROUND),
        ] {
            let (name, on_name) = (
                format!("--_accent-{theme}"),
                format!("--_on-accent-{theme}"),
            );
            match accent {
                Some(colour) => {
                    let colour = colour.against(background, 3.0);
                    let _ = style.set_property(&name, &colour.to_string());
                    let _ = style.set_property(&on_name, &colour.readable_text().to_string());
                }
                None => {
                    let _ = style.remove_property(&name);
                    let _ = style.remove_property(&on_name);
                }
            }
        }
    });
}
