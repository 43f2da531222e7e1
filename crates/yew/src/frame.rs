//! The whole widget drawn from a [`Session`]: heading, notices, the
//! explorer (or a fault, or the loading placeholder) and the credit. It
//! holds none of the widget's state (only its root node, its ids and the
//! effects it last carried out); the reader's actions go to `on_action`.

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
    /// The one callback for the widget's life: the Frame compares it by
    /// identity, so a new one would render the whole widget again.
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
/// of wasm, so only the card list, which keeps its cards, gets its own.
/// A struct component, not a function one: its two effects (the accent and
/// the focus) are carried out in `rendered`, and the wasm goes without Yew's
/// effect hooks and their copies for each.
pub struct Frame {
    root: NodeRef,
    /// Starts the widget's ids.
    ids: AttrValue,
    /// The accent and the focus as last carried out; `None` before the
    /// first render.
    accent: Option<Option<Rgb>>,
    focus: Option<Option<Focus>>,
}

impl Component for Frame {
    type Message = ();
    type Properties = FrameProps;

    fn create(_ctx: &Context<Self>) -> Self {
        Frame {
            root: NodeRef::default(),
            ids: instance_ids(),
            accent: None,
            focus: None,
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let session = &props.session;
        let setup = session.setup();
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
            <div class="rx" part="root" data-theme={theme} data-layout={layout} ref={self.root.clone()}
                lang={lang.tag()} dir={lang.dir()} aria-busy={setup.loading.then_some("true")}>
                if let Some(heading) = &setup.heading {
                    <h2 class="rx-heading" part="heading">{ heading }</h2>
                }
                { notices(setup, text) }
                { match &setup.fault {
                    Some(fault) => data_fault(fault, text, &props.on_retry),
                    None if setup.loading => loading(text),
                    None => explorer_view(session, &self.ids, &numbers, &props.on_action),
                } }
                { setup.source.as_ref().map(|source| source_credit(source, text)) }
            </div>
        }
    }

    /// As effects would: each carried out after the first render, then after
    /// any render that changed it; the accent first.
    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        let session = &ctx.props().session;
        let (accent, focus) = (session.setup().config.accent, session.focus());
        if self.accent != Some(accent) {
            self.accent = Some(accent);
            self.set_accent(accent);
        }
        if self.focus != Some(focus) {
            self.focus = Some(focus);
            self.set_focus(focus);
        }
    }
}

/// The start of every id in one widget (`rx1-search`, `rx2-search`…), so that
/// two widgets in one document never share an id.
fn instance_ids() -> AttrValue {
    static MADE: AtomicU32 = AtomicU32::new(0);
    let n = MADE.fetch_add(1, Ordering::Relaxed) + 1;
    AttrValue::from(format!("rx{n}-"))
}

impl Frame {
    /// Moves focus to the card the session asks for, once the cards are drawn.
    fn set_focus(&self, focus: Option<Focus>) {
        let selector = focus.map(|focus| format!(".rx-card:nth-child({})", focus.card + 1));
        let card = self
            .root
            .cast::<HtmlElement>()
            .zip(selector)
            .and_then(|(root, selector)| root.query_selector(&selector).ok().flatten());
        if let Some(card) = card {
            let _ = card.unchecked_into::<HtmlElement>().focus();
        }
    }

    /// Writes the accent into CSS variables, one pair per theme, each with
    /// enough contrast against that theme's background and a readable text
    /// colour to put on it. Through the CSSOM: a `style` attribute would be
    /// blocked by a host page's strict Content-Security-Policy.
    fn set_accent(&self, accent: Option<Rgb>) {
        let Some(element) = self.root.cast::<HtmlElement>() else {
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
    }
}
