//! One mounted widget: a Yew app inside its host element's shadow root.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::styles;
use crate::components::{App, AppProps};
use crate::core::config::parse_config;
use crate::core::dataset::{parse_dataset, DataError, DataOrigin, Loaded, DEFAULT_ROLES_JSON};
use crate::core::setup::Setup;

type Parsed = Rc<Result<Loaded, DataError>>;

thread_local! {
    /// The built-in roles, parsed once for every widget on the page.
    static BUILT_IN: Parsed = Rc::new(parse_dataset(DEFAULT_ROLES_JSON));
}

/// The role data a widget was given, kept with its text so that an
/// attribute change does not parse it again.
#[derive(Clone)]
struct Data {
    origin: DataOrigin,
    text: Option<String>,
    parsed: Parsed,
}

#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    mount: Element,
    app: Option<AppHandle<App>>,
    data: Data,
    data_generation: u32,
    setup: Rc<Setup>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `host`'s open shadow root, replacing whatever a
    /// previous mount left there.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> Result<Widget, JsValue> {
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
        let data = read_data(&host, None);
        let setup = Rc::new(read_setup(&host, &data));
        report(&host, &setup, data.origin);
        let app = yew::Renderer::<App>::with_root_and_props(
            mount.clone(),
            AppProps {
                setup: setup.clone(),
                data_generation: 0,
            },
        )
        .render();
        Ok(Widget {
            host,
            mount,
            app: Some(app),
            data,
            data_generation: 0,
            setup,
        })
    }

    /// Reads the attributes and the data again after one of them changed.
    pub fn refresh(&mut self) {
        let data = read_data(&self.host, Some(&self.data));
        let new_data = !Rc::ptr_eq(&data.parsed, &self.data.parsed);
        self.data = data;
        let setup = read_setup(&self.host, &self.data);
        if !new_data && setup == *self.setup {
            return;
        }
        if new_data {
            self.data_generation = self.data_generation.wrapping_add(1);
        }
        report(&self.host, &setup, self.data.origin);
        self.setup = Rc::new(setup);
        if let Some(app) = &mut self.app {
            app.update(AppProps {
                setup: self.setup.clone(),
                data_generation: self.data_generation,
            });
        }
    }

    /// Tears the app down and empties the shadow root.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.mount.remove();
    }
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// The element's data, in order of precedence: its `roles` property, a
/// `<script type="application/json">` child, or the built-in roles.
fn read_data(host: &HtmlElement, previous: Option<&Data>) -> Data {
    let (origin, text) = match (property_json(host), inline_json(host)) {
        (Some(json), _) => (DataOrigin::Property, Some(json)),
        (None, Some(json)) => (DataOrigin::Inline, Some(json)),
        (None, None) => (DataOrigin::BuiltIn, None),
    };
    if let Some(previous) = previous.filter(|p| p.origin == origin && p.text == text) {
        return previous.clone();
    }
    let parsed = match &text {
        Some(json) => Rc::new(parse_dataset(json)),
        None => BUILT_IN.with(Rc::clone),
    };
    Data {
        origin,
        text,
        parsed,
    }
}

/// The `roles` property (plain objects from JavaScript) as JSON text, so it
/// goes through the same validation as every other source.
fn property_json(host: &HtmlElement) -> Option<String> {
    let value = js_sys::Reflect::get(host, &"roles".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    // A value JSON cannot express (a cycle, a BigInt) reads as empty, which
    // the parser reports as missing data.
    Some(
        js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default(),
    )
}

fn inline_json(host: &HtmlElement) -> Option<String> {
    host.query_selector(":scope > script[type='application/json']")
        .ok()??
        .text_content()
}

fn read_setup(host: &HtmlElement, data: &Data) -> Setup {
    let (config, errors) = parse_config(|name| host.get_attribute(name));
    Setup::new(config, errors, data.origin, &data.parsed)
}

/// Logs every problem of a new setup once, with the element, so the console
/// points at the right widget.
fn report(host: &HtmlElement, setup: &Setup, origin: DataOrigin) {
    if let Some(fault) = &setup.fault {
        gloo::console::error!(
            format!(
                "role-explorer: {} could not be used: {}",
                fault.origin, fault.error
            ),
            host.clone()
        );
    }
    for warning in &setup.warnings {
        gloo::console::warn!(format!("role-explorer: {origin}: {warning}"), host.clone());
    }
    for error in &setup.errors {
        gloo::console::warn!(format!("role-explorer: {error}"), host.clone());
    }
}
