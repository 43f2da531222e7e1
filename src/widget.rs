//! One mounted widget: a Yew app inside its host element's shadow root.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use super::data::Data;
use super::page::Page;
use super::styles;
use role_explorer_core::config::{parse_config, Config, ConfigError, Theme};
use role_explorer_core::events::{changes, WidgetEvent};
use role_explorer_core::explorer::Explorer;
use role_explorer_core::i18n::Lang;
use role_explorer_core::setup::Setup;
use role_explorer_core::share;
use role_explorer_yew::{App, AppProps, Change, Restore};

/// What the loader holds for each `<role-explorer>`.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
}

/// Shared with the fetch in flight, the retry button and the app's change
/// reports, which outlive a call.
struct Inner {
    host: HtmlElement,
    mount: Element,
    app: Option<AppHandle<App>>,
    /// The loader's side of this widget.
    page: Page,
    /// `None` only before the first refresh.
    data: Option<Data>,
    /// Changes whenever the data does, so that exploring restarts.
    data_generation: u32,
    setup: Rc<Setup>,
    restore: Restore,
    printing: bool,
    /// The last state the app reported, to tell what changed.
    reported: Option<Change>,
    /// The data whose fetch or reading was started last.
    started: Option<Data>,
    on_retry: Callback<()>,
    on_change: Callback<Change>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `host`'s open shadow root, replacing whatever a
    /// previous mount left there. `page` is the loader's object for it (see
    /// `page.rs`).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, page: JsValue) -> Result<Widget, JsValue> {
        let shadow = shadow_root(&host)?;
        styles::adopt(&shadow)?;
        while let Some(child) = shadow.first_child() {
            shadow.remove_child(&child)?;
        }
        let document = host
            .owner_document()
            .ok_or("role-explorer: the element has no document")?;
        let mount = document.create_element("div")?;
        mount.set_class_name("rx-mount");
        shadow.append_child(&mount)?;

        // Read the settings and the data exactly as every later refresh
        // does, then render once, with them.
        let setup = Rc::new(Setup::new(Config::default(), Vec::new(), None));
        let inner = Rc::new_cyclic(|me: &Weak<RefCell<Inner>>| {
            let weak = me.clone();
            let on_retry = Callback::from(move |()| {
                if let Some(inner) = weak.upgrade() {
                    retry(&inner);
                }
            });
            let weak = me.clone();
            let on_change = Callback::from(move |change: Change| {
                if let Some(inner) = weak.upgrade() {
                    // Yew reports from its scheduler, a microtask after the
                    // widget's own calls, so `inner` is free; were it not,
                    // the report is dropped rather than panicking.
                    if let Ok(mut inner) = inner.try_borrow_mut() {
                        inner.changed(change);
                    }
                }
            });
            RefCell::new(Inner {
                host,
                mount,
                app: None,
                page: Page::new(page),
                data: None,
                data_generation: 0,
                setup,
                restore: Restore::default(),
                printing: false,
                reported: None,
                started: None,
                on_retry,
                on_change,
            })
        });
        let widget = Widget { inner };
        widget.refresh();
        let mut inner = widget.inner.borrow_mut();
        let root = inner.mount.clone();
        inner.app = Some(yew::Renderer::<App>::with_root_and_props(root, inner.props()).render());
        drop(inner);
        Ok(widget)
    }

    /// Reads the settings and the data again after one of them changed (an
    /// attribute, the `roles` property, the host's theme or language).
    pub fn refresh(&self) {
        let mut inner = self.inner.borrow_mut();
        let settings = inner.config();
        let data = Data::read(&inner.host, &inner.page, &settings.0, inner.data.as_ref());
        inner.show(data, settings);
        drop(inner);
        start_if_needed(&self.inner);
    }

    /// The page address's hash changed (a shared link, the back button):
    /// with `share`, the widget takes the state it holds.
    #[wasm_bindgen(js_name = hashChanged)]
    pub fn hash_changed(&self) {
        let mut inner = self.inner.borrow_mut();
        if !inner.setup.config.share {
            return;
        }
        let setup = inner.setup.clone();
        let state = inner
            .shared_state(&setup)
            .unwrap_or_else(|| Explorer::start(&setup.config, &setup.catalog).0);
        inner.restore = Restore {
            generation: inner.restore.generation.wrapping_add(1),
            state: Some(Rc::new(state)),
        };
        inner.render();
    }

    /// While the page prints, every matching role is shown with its details.
    #[wasm_bindgen(js_name = setPrinting)]
    pub fn set_printing(&self, printing: bool) {
        let mut inner = self.inner.borrow_mut();
        if inner.printing != printing {
            inner.printing = printing;
            inner.render();
        }
    }

    /// Tears the app down and empties the shadow root; a fetch still in
    /// flight is then ignored.
    pub fn unmount(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(app) = inner.app.take() {
            app.destroy();
        }
        inner.mount.remove();
        // Nothing in flight is wanted any more.
        inner.data = None;
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
        if config.theme == Theme::Host {
            config.theme = self.page.host_theme();
        }
        (config, errors)
    }

    /// Renders `data` with the current settings, if anything changed.
    /// `settings` are what [`Self::config`] read.
    fn show(&mut self, data: Data, (config, errors): (Config, Vec<ConfigError>)) {
        let new_data = !self.data.as_ref().is_some_and(|old| data.is(old));
        let generation = self.data_generation.wrapping_add(u32::from(new_data));
        let mut setup = Setup::new(config, errors, data.state());
        if setup.config.share {
            // A shared link wins over the `query` and `skills` attributes.
            if let Some(state) = self.shared_state(&setup) {
                setup.start = state;
            }
        }
        self.data = Some(data);
        if !new_data && setup.same_settings(&self.setup) {
            return;
        }
        self.data_generation = generation;
        report(&self.host, &setup);
        self.setup = Rc::new(setup);
        self.render();
    }

    fn render(&mut self) {
        let props = self.props();
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }

    fn props(&self) -> AppProps {
        AppProps {
            setup: self.setup.clone(),
            data_generation: self.data_generation,
            restore: self.restore.clone(),
            printing: self.printing,
            on_retry: self.on_retry.clone(),
            on_change: self.on_change.clone(),
        }
    }

    /// The data, if it still has to be fetched or read and that has not
    /// started yet: a refresh meanwhile (an attribute changed) starts
    /// nothing twice.
    fn claim_pending(&mut self) -> Option<Data> {
        let data = self.data.clone().filter(Data::is_pending)?;
        if self
            .started
            .as_ref()
            .is_some_and(|started| started.is(&data))
        {
            return None;
        }
        self.started = Some(data.clone());
        Some(data)
    }

    fn shared_state(&self, setup: &Setup) -> Option<Explorer> {
        let prefix = share::prefix(&self.page.element_id());
        let shared = share::read(&self.page.hash(), &prefix)?;
        Some(Explorer::from_shared(&shared, &setup.catalog))
    }

    /// The app rendered a new state: tell the host page, and keep the
    /// address in step when the widget shares its state.
    fn changed(&mut self, change: Change) {
        let setup = self.setup.clone();
        let new_data = self
            .reported
            .as_ref()
            .is_none_or(|p| p.data_generation != change.data_generation);
        // Reports from renders before the app took up the current data and
        // its start state: older props, or the old state not yet restarted.
        if change.data_generation != self.data_generation
            || (new_data && *change.state != setup.start)
        {
            return;
        }
        let previous = self.reported.replace(change.clone());
        if setup.fault.is_some() || setup.loading {
            return;
        }
        // The host page hears of it in a task of its own, once the browser
        // could show the change: with thousands of matches, the details of
        // a `filter-change` take about a millisecond to write.
        let ready = new_data.then(|| WidgetEvent::Ready {
            source: self.data.as_ref().map_or("built-in", Data::source),
            total: setup.catalog.roles().len(),
            shown: change.found.matches.len(),
            lang: setup.lang().tag(),
        });
        // The state a widget starts in is already the hash's (or the
        // blogger's attributes, which stay out of the address).
        if setup.config.share && !new_data {
            self.write_hash(&change.state, previous.as_ref().map(|p| &*p.state));
        }
        let before = previous.map(|p| p.state);
        let page = self.page.clone();
        self.page.later(move || {
            let events = match (ready, before) {
                (Some(ready), _) => vec![ready],
                (None, Some(before)) => changes(
                    &before,
                    &change.state,
                    &setup.catalog,
                    &change.found.matches,
                ),
                (None, None) => Vec::new(),
            };
            for event in &events {
                page.emit(event);
            }
        });
    }

    /// Writes the state into the hash: typing replaces the current history
    /// entry, while a chip or an opened role adds one, so that the back
    /// button steps back through them.
    fn write_hash(&self, state: &Explorer, previous: Option<&Explorer>) {
        let hash = self.page.hash();
        let prefix = share::prefix(&self.page.element_id());
        let written = share::write(&hash, &prefix, &state.to_shared(&self.setup.catalog));
        if written == hash.strip_prefix('#').unwrap_or(&hash) {
            return;
        }
        let push = previous.is_some_and(|p| p.chips != state.chips || p.open != state.open);
        self.page.set_hash(&written, push);
    }
}

/// Starts fetching a role file that has not arrived, or reading a large
/// text that has not been read, unless that is under way already. What
/// arrives is shown only if the widget still wants it: not after it moved
/// on to other data (a new `src`, a retry) or was unmounted.
fn start_if_needed(inner: &Rc<RefCell<Inner>>) {
    let Some(pending) = inner.borrow_mut().claim_pending() else {
        return;
    };
    let page = inner.borrow().page.clone();
    let weak = Rc::downgrade(inner);
    let wanted = {
        let (weak, pending) = (weak.clone(), pending.clone());
        move || {
            weak.upgrade()
                .is_some_and(|inner| inner.borrow().data.as_ref().is_some_and(|d| d.is(&pending)))
        }
    };
    let arrived = {
        let wanted = wanted.clone();
        move |data: Data| {
            if let Some(inner) = weak.upgrade().filter(|_| wanted()) {
                let mut inner = inner.borrow_mut();
                let settings = inner.config();
                inner.show(data, settings);
            }
        }
    };
    pending.load(&page, wanted, arrived);
}

fn retry(inner: &Rc<RefCell<Inner>>) {
    let Some(data) = inner.borrow().data.as_ref().and_then(Data::retry) else {
        return;
    };
    let mut widget = inner.borrow_mut();
    let settings = widget.config();
    widget.show(data, settings);
    drop(widget);
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
fn report(host: &HtmlElement, setup: &Setup) {
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
