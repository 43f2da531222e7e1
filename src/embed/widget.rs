//! One mounted widget: a Yew app inside its host element's shadow root.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::styles;
use crate::components::{App, AppProps};
use crate::core::config::parse_config;
use crate::core::dataset::{parse_dataset, DEFAULT_ROLES_JSON};
use crate::core::role::Dataset;
use crate::core::setup::Setup;

thread_local! {
    /// The built-in roles, parsed once for every widget on the page. The
    /// native tests prove the embedded JSON valid, so the fallback is unreachable.
    static DEFAULT_DATA: Rc<Dataset> = Rc::new(
        parse_dataset(DEFAULT_ROLES_JSON).map(|loaded| loaded.dataset).unwrap_or_default(),
    );
}

#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    mount: Element,
    app: Option<AppHandle<App>>,
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
        let setup = Rc::new(read_setup(&host));
        let app = yew::Renderer::<App>::with_root_and_props(
            mount.clone(),
            AppProps {
                setup: setup.clone(),
            },
        )
        .render();
        Ok(Widget {
            host,
            mount,
            app: Some(app),
            setup,
        })
    }

    /// Reads the attributes again after one of them changed.
    pub fn refresh(&mut self) {
        let setup = read_setup(&self.host);
        if setup == *self.setup {
            return;
        }
        self.setup = Rc::new(setup);
        if let Some(app) = &mut self.app {
            app.update(AppProps {
                setup: self.setup.clone(),
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

/// Parses the host's attributes against the built-in data and logs every
/// problem once, with the element, so the console points at the right widget.
fn read_setup(host: &HtmlElement) -> Setup {
    let (config, errors) = parse_config(|name| host.get_attribute(name));
    let setup = DEFAULT_DATA.with(|data| Setup::new(config, errors, data));
    for error in &setup.errors {
        gloo::console::warn!(format!("role-explorer: {error}"), host.clone());
    }
    setup
}
