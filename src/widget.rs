//! One mounted widget: its [`Session`], drawn by a Yew app inside its host
//! element's shadow root. Every input (settings, data, the reader, the
//! address, printing) goes through the session; the widget carries out the
//! effects through the page.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use super::data::Data;
use super::loader::Loader;
use super::page::Page;
use role_explorer_core::config::{parse_config, Config, ConfigError, Theme};
use role_explorer_core::explorer::Action;
use role_explorer_core::i18n::Lang;
use role_explorer_core::session::{Effects, Input, Session, Settings};
use role_explorer_core::setup::Setup;
use role_explorer_yew::{adopt_stylesheet, Frame, FrameProps};

/// What the loader holds for each `<role-explorer>`.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
}

/// Shared with the fetch in flight and the view's callbacks, which outlive
/// a call.
struct Inner {
    host: HtmlElement,
    mount: Element,
    app: Option<AppHandle<Frame>>,
    /// The loader's side of this widget.
    page: Page,
    loader: Loader,
    session: Rc<Session>,
    on_action: Callback<Action>,
    on_retry: Callback<()>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `host`'s open shadow root, replacing whatever a
    /// previous mount left there. `page` is the loader's object for it (see
    /// `page.rs`).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, page: JsValue) -> Result<Widget, JsValue> {
        let shadow = shadow_root(&host)?;
        adopt_stylesheet(&shadow)?;
        let document = host
            .owner_document()
            .ok_or("role-explorer: the element has no document")?;
        let mount = document.create_element("div")?;
        mount.set_class_name("rx-mount");
        shadow.replace_children_with_node_1(&mount);

        let inner = Rc::new_cyclic(|me: &Weak<RefCell<Inner>>| {
            let weak = me.clone();
            let on_action = Callback::from(move |action| {
                if let Some(inner) = weak.upgrade() {
                    step(&inner, Input::Action(action));
                }
            });
            let weak = me.clone();
            let on_retry = Callback::from(move |()| {
                if let Some(inner) = weak.upgrade() {
                    retry(&inner);
                }
            });
            RefCell::new(Inner {
                host,
                mount,
                app: None,
                page: Page::new(page),
                loader: Loader::default(),
                session: Rc::default(),
                on_action,
                on_retry,
            })
        });
        // Read the settings and the data exactly as every later refresh
        // does, then render once, with them.
        let effects = inner.borrow_mut().settle(None);
        perform(&inner, effects);
        let mut widget = inner.borrow_mut();
        let (root, props) = (widget.mount.clone(), widget.props());
        widget.app = Some(yew::Renderer::<Frame>::with_root_and_props(root, props).render());
        drop(widget);
        start_if_needed(&inner);
        Ok(Widget { inner })
    }

    /// Reads the settings and the data again after one of them changed (an
    /// attribute, the `roles` property, the host's theme or language).
    pub fn refresh(&self) {
        let effects = self.inner.borrow_mut().settle(None);
        perform(&self.inner, effects);
        start_if_needed(&self.inner);
    }

    /// The page address's hash changed (a shared link, the back button).
    #[wasm_bindgen(js_name = hashChanged)]
    pub fn hash_changed(&self) {
        let shared = self.inner.borrow().page.shared();
        step(&self.inner, Input::HashChanged(shared));
    }

    /// While the page prints, every matching role is shown with its details.
    #[wasm_bindgen(js_name = setPrinting)]
    pub fn set_printing(&self, printing: bool) {
        step(&self.inner, Input::Printing(printing));
    }

    /// Tears the app down and empties the shadow root; a fetch still in
    /// flight is then ignored.
    pub fn unmount(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(app) = inner.app.take() {
            app.destroy();
        }
        inner.mount.remove();
        inner.loader.stop();
    }
}

impl Inner {
    /// The settings, with what the page decides filled in: the language
    /// when `lang` is not set, and the host's mode for `theme="host"`.
    fn config(&self) -> (Config, Vec<ConfigError>) {
        let (mut config, errors) = parse_config(|name| self.page.setting(name));
        if config.lang.is_none() {
            config.lang = Some(Lang::from_tag(&self.page.page_lang()).unwrap_or_default());
        }
        // English is built in; another language's messages come from the file
        // the loader fetched, else the widget speaks English (the loader said why).
        if let Some(lang) = config.lang.filter(|lang| !lang.ready()) {
            let json = self.page.catalogue(lang.tag());
            if !json.as_deref().is_some_and(|json| lang.load(json)) {
                if json.is_some() {
                    gloo::console::warn!(
                        "role-explorer: this catalogue file is not one of messages, so English is used:",
                        lang.tag()
                    );
                }
                config.lang = Some(Lang::En);
            }
        }
        if config.theme == Theme::Host {
            config.theme = self.page.host_theme();
        }
        (config, errors)
    }

    /// Gives the session the settings and the data as they are now, or the
    /// data that `arrived`.
    fn settle(&mut self, arrived: Option<Data>) -> Effects {
        let (config, errors) = self.config();
        let data = arrived.unwrap_or_else(|| self.loader.read(&self.host, &self.page, &config));
        let new_data = self.loader.take(data);
        // Only a sharing widget reads the address.
        let shared = config.share.then(|| self.page.shared()).flatten();
        let data = self.loader.data().expect("the data was just taken");
        Rc::make_mut(&mut self.session).step(Input::Settings(Settings {
            config,
            errors,
            data: data.state().map(Result::as_ref),
            new_data,
            source: data.source(),
            shared,
        }))
    }

    fn props(&self) -> FrameProps {
        FrameProps {
            session: self.session.clone(),
            on_action: self.on_action.clone(),
            on_retry: self.on_retry.clone(),
        }
    }
}

/// Steps the session with an input that needs nothing from the loader.
fn step(inner: &Rc<RefCell<Inner>>, input: Input) {
    let effects = Rc::make_mut(&mut inner.borrow_mut().session).step(input);
    perform(inner, effects);
}

/// Carries out what a step of the session asks: problems logged, the
/// address written, the view drawn again, and the events sent in a task of
/// their own, once the browser could show the change (with thousands of
/// matches, a `filter-change`'s details take about a millisecond to write).
/// Focus moves in the view, after it is drawn.
fn perform(inner: &Rc<RefCell<Inner>>, effects: Effects) {
    let mut widget = inner.borrow_mut();
    if effects.new_setup {
        log_problems(&widget.host, widget.session.setup());
    }
    if let Some(write) = effects.hash {
        widget.page.share(&write.shared, write.push);
    }
    if let Some(report) = effects.report {
        let page = widget.page.clone();
        widget.page.later(Box::new(move || {
            for event in report.events() {
                page.emit(&event);
            }
        }));
    }
    if effects.redraw {
        let props = widget.props();
        if let Some(app) = &mut widget.app {
            app.update(props);
        }
    }
}

/// Starts fetching a role file that has not arrived, or reading a large
/// text that has not been read, unless that is under way already.
fn start_if_needed(inner: &Rc<RefCell<Inner>>) {
    let Some(pending) = inner.borrow_mut().loader.claim_pending() else {
        return;
    };
    let page = inner.borrow().page.clone();
    let weak = Rc::downgrade(inner);
    let wanted = {
        let (weak, pending) = (weak.clone(), pending.clone());
        move || {
            weak.upgrade()
                .is_some_and(|inner| inner.borrow().loader.wants(&pending))
        }
    };
    pending.load(&page, wanted.clone(), move |data| {
        // The widget may have moved on while the last slice was read.
        if let Some(inner) = weak.upgrade().filter(|_| wanted()) {
            let effects = inner.borrow_mut().settle(Some(data));
            perform(&inner, effects);
        }
    });
}

fn retry(inner: &Rc<RefCell<Inner>>) {
    let Some(data) = inner.borrow().loader.retried() else {
        return;
    };
    let effects = inner.borrow_mut().settle(Some(data));
    perform(inner, effects);
    start_if_needed(inner);
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Logs every problem of a new setup once, with the element, so the console
/// points at the right widget.
fn log_problems(host: &HtmlElement, setup: &Setup) {
    if let Some(fault) = &setup.fault {
        gloo::console::error!(format!("role-explorer: {fault}"), host.clone());
    }
    for warning in &setup.warnings {
        gloo::console::warn!(format!("role-explorer: {warning}"), host.clone());
    }
    for error in &setup.errors {
        gloo::console::warn!(format!("role-explorer: {error}"), host.clone());
    }
}
