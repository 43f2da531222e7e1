//! Fetching a role file through the loader's `fetchRoles(url, seconds)`: the
//! network part is a few lines of JavaScript, far smaller than the same in
//! wasm. What the answer means is decided by the pure `core::remote`.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::page::{utf8, Page};
use role_explorer_core::remote::Answer;

/// Fetches `url` and hands the answer to `done`.
pub fn fetch_answer(page: &Page, url: &str, seconds: u32, done: impl FnOnce(Answer) + 'static) {
    let Some(promise) = page.fetch_roles(url, seconds) else {
        return done(Answer::Unreachable);
    };
    let on_answer = Closure::once(move |value: JsValue| done(read(&value, seconds)));
    let _ = promise.then(&on_answer);
    // The promise owns the callback from here on.
    on_answer.forget();
}

/// The loader's answer object, as a [`Answer`].
pub fn read(value: &JsValue, seconds: u32) -> Answer {
    let field = |name: &str| Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if field("timedOut").is_truthy() {
        return Answer::TimedOut { seconds };
    }
    let body = field("body").dyn_into::<Uint8Array>().ok().map(utf8);
    match (field("status").as_f64(), body) {
        (Some(status), Some(body)) => Answer::Response {
            status: status as u16,
            content_type: field("contentType").as_string().unwrap_or_default(),
            body,
        },
        _ => Answer::Unreachable,
    }
}
