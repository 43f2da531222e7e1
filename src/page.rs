//! What only the host page knows, asked through the object the loader
//! (`role-explorer.js`) hands each widget: settings with their page-wide
//! defaults, the page's language and theme, events, the address's hash and
//! the network. The DOM-watching behind them is a few lines of JavaScript,
//! far smaller than the same in wasm.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use role_explorer_core::config::Theme;
use role_explorer_core::events::WidgetEvent;
use role_explorer_core::share::Shared;

#[derive(Clone)]
pub struct Page(JsValue);

impl Page {
    pub fn new(object: JsValue) -> Self {
        Page(object)
    }

    /// Calls the loader's method `name`; a missing method or one that throws
    /// gives `undefined`, so the host page can never break the widget here.
    fn call(&self, name: &str, args: &[JsValue]) -> JsValue {
        Reflect::get(&self.0, &name.into())
            .ok()
            .and_then(|method| method.dyn_into::<Function>().ok())
            .and_then(|method| method.apply(&self.0, &args.iter().collect::<Array>()).ok())
            .unwrap_or(JsValue::UNDEFINED)
    }

    /// A setting: the element's attribute, else the page's
    /// `<meta name="role-explorer:NAME">` default; a colour setting as the
    /// browser resolved it (`#rrggbb`), or as written when it is no colour.
    pub fn setting(&self, name: &str) -> Option<String> {
        self.call("setting", &[name.into()]).as_string()
    }

    /// The catalogue file of the language `tag` names, if the loader has it
    /// (it fetches one before the widget first speaks that language).
    pub fn catalogue(&self, tag: &str) -> Option<String> {
        self.call("catalogue", &[tag.into()]).as_string()
    }

    /// The `lang` of the element's closest ancestor that has one.
    pub fn page_lang(&self) -> String {
        self.call("pageLang", &[]).as_string().unwrap_or_default()
    }

    /// The host page's own light or dark mode, for `theme="host"`.
    pub fn host_theme(&self) -> Theme {
        match self.call("hostTheme", &[]).as_string().as_deref() {
            Some("dark") => Theme::Dark,
            Some("light") => Theme::Light,
            _ => Theme::Auto,
        }
    }

    /// Dispatches `role-explorer:<name>` on the element.
    pub fn emit(&self, event: &WidgetEvent) {
        self.call("emit", &[event.name().into(), event.detail().into()]);
    }

    /// The widget's state in the address's hash, which the loader reads
    /// (`static/loader/share.js`): `[query, open, ...skills]`, or `None`
    /// when the hash holds none of the widget's parts.
    pub fn shared(&self) -> Option<Shared> {
        let texts = self.call("shared", &[]).dyn_into::<Array>().ok()?;
        let mut texts = texts.iter().filter_map(|text| text.as_string());
        Some(Shared {
            query: texts.next().unwrap_or_default(),
            open: texts.next().filter(|open| !open.is_empty()),
            skills: texts.collect(),
        })
    }

    /// Puts the widget's state in the address, beside the hash's other
    /// parts, unless it is there already: a new history entry when `push`,
    /// so the back button undoes it.
    pub fn share(&self, shared: &Shared, push: bool) {
        let skills: Array = shared
            .skills
            .iter()
            .map(|s| JsValue::from(s.as_str()))
            .collect();
        let open = shared.open.as_deref().unwrap_or_default();
        self.call(
            "share",
            &[
                shared.query.as_str().into(),
                open.into(),
                skills.into(),
                push.into(),
            ],
        );
    }

    /// The element's `roles` property (plain objects from JavaScript) as
    /// the UTF-8 bytes of its JSON, to go through the same reading as every
    /// other source; `None` when it is not set. Bytes, because the wasm
    /// copies them in one go, where a string of megabytes is copied into it
    /// character by character. A value JSON cannot express (a cycle, a
    /// BigInt) reads as empty, which the reader reports as missing data.
    pub fn roles_bytes(&self) -> Option<Vec<u8>> {
        let bytes = self.call("rolesJson", &[]).dyn_into::<Uint8Array>().ok()?;
        Some(bytes.to_vec())
    }

    /// Runs `task` once the browser has had the main thread (a new task).
    /// Boxed: wasm-bindgen's code for a closure is copied for each type.
    pub fn later(&self, task: Box<dyn FnOnce()>) {
        self.call("later", &[Closure::once_into_js(task)]);
    }

    /// Fetches a role file; the promise resolves to `{status, contentType,
    /// body}`, `{timedOut: true}` or `{unreachable: true}`, never rejects.
    pub fn fetch_roles(&self, url: &str, seconds: u32) -> Option<Promise> {
        self.call("fetchRoles", &[url.into(), seconds.into()])
            .dyn_into()
            .ok()
    }
}
