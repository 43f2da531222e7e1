//! The widget's stylesheet, adopted by every shadow root. A constructed
//! sheet works under a host page's strict `style-src` policy, where a
//! `<style>` element would be blocked, and one sheet serves every widget.

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

use role_explorer_yew::STYLESHEET as CSS;

thread_local! {
    static SHEET: Result<CssStyleSheet, JsValue> = CssStyleSheet::new().and_then(|sheet| {
        sheet.replace_sync(CSS)?;
        Ok(sheet)
    });
}

/// Gives `shadow` the widget's stylesheet.
pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    SHEET.with(|sheet| {
        let sheet = sheet.as_ref().map_err(Clone::clone)?;
        js_sys::Reflect::set(
            shadow,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(sheet),
        )?;
        Ok(())
    })
}
