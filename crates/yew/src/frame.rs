//! The whole widget drawn from a [`Session`]: heading, notices, the
//! explorer (or a fault, or the loading placeholder) and the credit. It
//! holds no state of its own; the reader's actions go to `on_action`.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

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
use role_explorer_core::explorer::Action;
use role_explorer_core::session::{Focus, Session};

#[derive(Properties)]
pub struct FrameProps {
    pub session: Rc<Session>,
    /// The one callback for the widget's life: cards compare it by identity.
    pub on_action: Callback<Action>,
    /// Fetches the role file again after a fault.
    #[prop_or_default]
    pub on_retry: Callback<()>,
}

/// A new session is always a new `Rc`: comparing pointers spares Yew a deep
/// comparison of the whole catalog on every update.
impl PartialEq for FrameProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
            && self.on_action == other.on_action
            && self.on_retry == other.on_retry
    }
}

/// One component for the whole widget: every Yew component adds several KB
/// of wasm, so only role cards, which benefit from memoising, get their own.
#[function_component]
pub fn Frame(props: &FrameProps) -> Html {
    let session = &props.session;
    let setup = session.setup();
    // The root's node and the widget's ids in one memo: `use_node_ref` is
    // Yew's state hook, whose code the wasm would carry for this alone.
    let memo = use_memo((), |_| (NodeRef::default(), instance_ids()));
    let (root, ids) = (memo.0.clone(), &memo.1);
    use_accent(root.clone(), setup.config.accent);
    use_focus(root.clone(), session.focus());
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
                None => explorer_view(session, ids, &numbers, &props.on_action),
            } }
            { setup.source.as_ref().map(|source| source_credit(source, text)) }
        </div>
    }
}

/// The start of every id in one widget (`rx1-search`, `rx2-search`…), so that
/// two widgets in one document never share an id.
fn instance_ids() -> AttrValue {
    static MADE: AtomicU32 = AtomicU32::new(0);
    let n = MADE.fetch_add(1, Ordering::Relaxed) + 1;
    AttrValue::from(format!("rx{n}-"))
}

/// Moves focus to the card the session asks for, once the cards are drawn.
#[hook]
fn use_focus(root: NodeRef, focus: Option<Focus>) {
    use_effect_with(focus, move |focus| {
        let selector = focus.map(|focus| format!(".rx-card:nth-child({})", focus.card + 1));
        let card = root
            .cast::<HtmlElement>()
            .zip(selector)
            .and_then(|(root, selector)| root.query_selector(&selector).ok().flatten());
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
        for (name, on_name, background) in [
            (
                "--_accent-light",
                "--_on-accent-light",
                Rgb::LIGHT_BACKGROUND,
            ),
            ("--_accent-dark", "--_on-accent-dark", Rgb::DARK_BACKGROUND),
        ] {
            match accent {
                Some(colour) => {
                    let colour = colour.against(background, 3.0);
                    let _ = style.set_property(name, &colour.hex());
                    let _ = style.set_property(on_name, &colour.readable_text().hex());
                }
                None => {
                    let _ = style.remove_property(name);
                    let _ = style.remove_property(on_name);
                }
            }
        }
    });
}
