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

    /// The element's `id`, which names its parts of a shared address.
    pub fn element_id(&self) -> String {
        self.call("elementId", &[]).as_string().unwrap_or_default()
    }

    /// Dispatches `role-explorer:<name>` on the element.
    pub fn emit(&self, event: &WidgetEvent) {
        self.call("emit", &[event.name().into(), event.detail().into()]);
    }

    /// The page address's hash, `#` included.
    pub fn hash(&self) -> String {
        self.call("hash", &[]).as_string().unwrap_or_default()
    }

    /// Puts `hash` (without `#`) in the address: a new history entry when
    /// `push`, so the back button undoes it.
    pub fn set_hash(&self, hash: &str, push: bool) {
        self.call("setHash", &[hash.into(), push.into()]);
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
    pub fn later(&self, task: impl FnOnce() + 'static) {
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
