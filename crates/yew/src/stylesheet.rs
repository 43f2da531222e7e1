//! The components' stylesheet, and how a document or a shadow root gets it.

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Node};

/// The stylesheet of [`crate::RoleExplorer`] and `<role-explorer>`
/// (`static/role-explorer.css`, compacted by build.rs). Its rules are all
/// under `.rx-mount` and `.rx`, so they style nothing else on a page.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/role-explorer.css"));

thread_local! {
    /// One constructed sheet serves every widget of the page.
    static SHEET: Result<CssStyleSheet, JsValue> = CssStyleSheet::new().and_then(|sheet| {
        sheet.replace_sync(STYLESHEET)?;
        Ok(sheet)
    });
}

/// Adds [`STYLESHEET`] to the adopted style sheets of `root`, a `Document`
/// or a `ShadowRoot`, unless it has it already; the sheets it has keep
/// their place. A constructed sheet works under a strict `style-src`
/// Content-Security-Policy, where a `<style>` element would be blocked.
/// [`crate::RoleExplorer`] calls it for the root it is drawn in.
///
/// ```no_run
/// let document = web_sys::window().unwrap().document().unwrap();
/// role_explorer_yew::adopt_stylesheet(&document).expect("a browser with constructed stylesheets");
/// ```
pub fn adopt_stylesheet(root: &Node) -> Result<(), JsValue> {
    SHEET.with(|sheet| {
        let sheet = sheet.as_ref().map_err(Clone::clone)?;
        let key = JsValue::from_str("adoptedStyleSheets");
        let adopted = Array::from(&Reflect::get(root, &key)?);
        if !adopted.includes(sheet, 0) {
            adopted.push(sheet);
            Reflect::set(root, &key, &adopted)?;
        }
        Ok(())
    })
}
