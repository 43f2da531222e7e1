//! One mounted widget: a Yew app inside its host element's shadow root.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::Function;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use super::data::Data;
use super::fetch::fetch_answer;
use super::styles;
use crate::components::{App, AppProps};
use crate::core::config::{parse_config, Config};
use crate::core::remote::read_answer;
use crate::core::setup::{DataFault, DataState, Setup};

/// What the loader holds for each `<role-explorer>`.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
}

/// Shared with the fetch in flight and the retry button, which outlive a call.
struct Inner {
    host: HtmlElement,
    mount: Element,
    app: Option<AppHandle<App>>,
    /// `None` only before the first refresh.
    data: Option<Data>,
    /// Changes whenever the data does, so that exploring restarts.
    data_generation: u32,
    setup: Rc<Setup>,
    on_retry: Callback<()>,
    /// The loader's `fetchRoles`.
    fetcher: Function,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `host`'s open shadow root, replacing whatever a
    /// previous mount left there. `fetcher` fetches role files (see `fetch.rs`).
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, fetcher: Function) -> Result<Widget, JsValue> {
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

        // Render an empty placeholder first, then read attributes and data
        // exactly as every later refresh does.
        let setup = Rc::new(Setup::new(
            Config::default(),
            Vec::new(),
            DataState::Loading,
        ));
        let inner = Rc::new_cyclic(|me: &Weak<RefCell<Inner>>| {
            let me = me.clone();
            let on_retry = Callback::from(move |()| {
                if let Some(inner) = me.upgrade() {
                    retry(&inner);
                }
            });
            let props = AppProps {
                setup: setup.clone(),
                data_generation: 0,
                on_retry: on_retry.clone(),
            };
            let app = yew::Renderer::<App>::with_root_and_props(mount.clone(), props).render();
            RefCell::new(Inner {
                host,
                mount,
                app: Some(app),
                data: None,
                data_generation: 0,
                setup,
                on_retry,
                fetcher,
            })
        });
        let widget = Widget { inner };
        widget.refresh();
        Ok(widget)
    }

    /// Reads the attributes and the data again after one of them changed.
    pub fn refresh(&self) {
        let data = {
            let inner = self.inner.borrow();
            let (config, _) = parse_config(|name| inner.host.get_attribute(name));
            Data::read(&inner.host, &config, inner.data.as_ref())
        };
        self.inner.borrow_mut().show(data);
        fetch_if_needed(&self.inner);
    }

    /// Tears the app down and empties the shadow root; a fetch still in
    /// flight is then ignored.
    pub fn unmount(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(app) = inner.app.take() {
            app.destroy();
        }
        inner.mount.remove();
    }
}

impl Inner {
    /// Renders `data` with the current attributes, if anything changed.
    fn show(&mut self, data: Data) {
        let new_data = !self.data.as_ref().is_some_and(|old| data.is(old));
        let (config, errors) = parse_config(|name| self.host.get_attribute(name));
        let setup = Setup::new(config, errors, data.state());
        self.data = Some(data);
        if !new_data && setup == *self.setup {
            return;
        }
        if new_data {
            self.data_generation = self.data_generation.wrapping_add(1);
        }
        report(&self.host, &setup);
        self.setup = Rc::new(setup);
        if let Some(app) = &mut self.app {
            app.update(AppProps {
                setup: self.setup.clone(),
                data_generation: self.data_generation,
                on_retry: self.on_retry.clone(),
            });
        }
    }
}

/// Starts fetching the role file if the data is one that has not arrived.
fn fetch_if_needed(inner: &Rc<RefCell<Inner>>) {
    let Some(Data::Remote {
        url,
        timeout_seconds,
        attempt,
        result: None,
    }) = inner.borrow().data.clone()
    else {
        return;
    };
    let fetcher = inner.borrow().fetcher.clone();
    let weak = Rc::downgrade(inner);
    let request = url.clone();
    fetch_answer(&fetcher, &request, timeout_seconds, move |answer| {
        let result = Rc::new(read_answer(&url, answer));
        let Some(inner) = weak.upgrade() else { return };
        let mut inner = inner.borrow_mut();
        // Only the answer to the request still wanted, by a widget still mounted, counts.
        let wanted = matches!(&inner.data, Some(Data::Remote { url: u, attempt: a, result: None, .. }) if *u == url && *a == attempt);
        if wanted && inner.app.is_some() {
            let data = Data::Remote {
                url,
                timeout_seconds,
                attempt,
                result: Some(result),
            };
            inner.show(data);
        }
    });
}

fn retry(inner: &Rc<RefCell<Inner>>) {
    let data = match &inner.borrow().data {
        Some(Data::Remote {
            url,
            timeout_seconds,
            attempt,
            ..
        }) => Data::Remote {
            url: url.clone(),
            timeout_seconds: *timeout_seconds,
            attempt: attempt + 1,
            result: None,
        },
        _ => return,
    };
    inner.borrow_mut().show(data);
    fetch_if_needed(inner);
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
    match &setup.fault {
        Some(DataFault::Refused { origin, error }) => {
            gloo::console::error!(
                format!("role-explorer: {origin} could not be used: {error}"),
                host.clone()
            );
        }
        Some(DataFault::Failed(error)) => {
            gloo::console::error!(format!("role-explorer: {error}"), host.clone());
        }
        None => {}
    }
    for warning in &setup.warnings {
        gloo::console::warn!(format!("role-explorer: {warning}"), host.clone());
    }
    for error in &setup.errors {
        gloo::console::warn!(format!("role-explorer: {error}"), host.clone());
    }
}
