//! Where a widget's roles come from, read off its element, and how they are
//! brought in: the bytes of the source (fetched through the loader for
//! `src`) go to the core's one [`Reader`], which this file runs in slices
//! of a few milliseconds, giving the page the main thread between them.

use std::rc::Rc;

use js_sys::{Date, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::page::Page;
use role_explorer_core::config::Config;
use role_explorer_core::data::{built_in, read, Answer, Fault, Origin, Prepared, Reader};

type Read = Rc<Result<Prepared, Fault>>;

thread_local! {
    /// The built-in roles, read once for every widget on the page.
    static BUILT_IN: Read = Rc::new(built_in());
}

/// Inline or property data at least this long is read in slices, so that
/// the page never waits on it: about 400 roles. Shorter data is read at
/// once, so that the widget's first render has it.
const LARGE: usize = 200_000;

/// How long one slice may work; well under the 50 ms after which the
/// browser counts a task as long.
const SLICE_MS: f64 = 8.0;

#[derive(Clone)]
pub struct Data {
    source: Source,
    /// `None` while the data is fetched or read.
    result: Option<Read>,
}

#[derive(Clone, PartialEq)]
enum Source {
    BuiltIn,
    /// Inline JSON or the `roles` property, with its bytes as read, so that
    /// an attribute change does not read it again.
    Local(Origin, Rc<[u8]>),
    /// A role file from `src`; `attempt` counts retries.
    File {
        url: String,
        timeout_seconds: u32,
        attempt: u32,
    },
}

impl Data {
    /// The data, in order of precedence: the element's `roles` property, its
    /// `src` file, a `<script type="application/json">` child, the built-in
    /// roles. What has not changed since `previous` is kept as it was read.
    pub fn read(host: &HtmlElement, page: &Page, config: &Config, previous: Option<&Data>) -> Data {
        let source = if let Some(bytes) = page.roles_bytes() {
            Source::Local(Origin::Property, bytes.into())
        } else if let Some(url) = &config.src {
            let attempt = match previous {
                Some(Data {
                    source:
                        Source::File {
                            url: u,
                            timeout_seconds: t,
                            attempt,
                        },
                    ..
                }) if u == url && *t == config.timeout_seconds => *attempt,
                _ => 0,
            };
            Source::File {
                url: url.clone(),
                timeout_seconds: config.timeout_seconds,
                attempt,
            }
        } else if let Some(json) = inline_json(host) {
            Source::Local(Origin::Inline, json.into_bytes().into())
        } else {
            Source::BuiltIn
        };
        if let Some(same) = previous.filter(|previous| previous.source == source) {
            return same.clone();
        }
        let result = match &source {
            Source::BuiltIn => Some(BUILT_IN.with(Rc::clone)),
            Source::Local(origin, bytes) if bytes.len() < LARGE => {
                Some(Rc::new(read(origin.clone(), bytes.to_vec())))
            }
            _ => None,
        };
        Data { source, result }
    }

    /// The data as read, or `None` while it is fetched or read.
    pub fn state(&self) -> Option<&Result<Prepared, Fault>> {
        self.result.as_deref()
    }

    /// Still to be fetched, or a large text still to be read.
    pub fn is_pending(&self) -> bool {
        self.result.is_none()
    }

    /// Where the data came from, as the `ready` event names it.
    pub fn source(&self) -> &'static str {
        self.origin().key()
    }

    fn origin(&self) -> Origin {
        match &self.source {
            Source::BuiltIn => Origin::BuiltIn,
            Source::Local(origin, _) => origin.clone(),
            Source::File { url, .. } => Origin::Src(url.clone()),
        }
    }

    /// Whether `other` holds the same data, loaded the same way.
    pub fn is(&self, other: &Data) -> bool {
        self.source == other.source
            && match (&self.result, &other.result) {
                (None, None) => true,
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                _ => false,
            }
    }

    /// The same file fetched afresh; `None` for data that is not a file.
    pub fn retry(&self) -> Option<Data> {
        match &self.source {
            Source::File {
                url,
                timeout_seconds,
                attempt,
            } => Some(Data {
                source: Source::File {
                    url: url.clone(),
                    timeout_seconds: *timeout_seconds,
                    attempt: attempt + 1,
                },
                result: None,
            }),
            _ => None,
        }
    }

    /// Fetches and reads pending data, then hands it, read, to `done`;
    /// stops before any slice after which `wanted` says the widget has moved
    /// on (`done` checks again: the widget may move on in between).
    pub fn load(
        &self,
        page: &Page,
        wanted: impl Fn() -> bool + 'static,
        done: impl FnOnce(Data) + 'static,
    ) {
        let source = self.source.clone();
        let done = {
            let source = source.clone();
            move |result: Result<Prepared, Fault>| {
                done(Data {
                    source,
                    result: Some(Rc::new(result)),
                })
            }
        };
        let wanted: Box<dyn Fn() -> bool> = Box::new(wanted);
        let done: Box<dyn FnOnce(Result<Prepared, Fault>)> = Box::new(done);
        match source {
            Source::File {
                url,
                timeout_seconds,
                ..
            } => {
                let later = page.clone();
                fetch(
                    page,
                    &url.clone(),
                    timeout_seconds,
                    move |answer| match answer.reader(&url) {
                        Ok(reader) => slice(later, reader, wanted, done, true),
                        Err(fault) => done(Err(fault)),
                    },
                );
            }
            Source::Local(origin, bytes) => {
                let reader = Reader::new(origin, bytes.to_vec());
                slice(page.clone(), reader, wanted, done, true);
            }
            Source::BuiltIn => {}
        }
    }
}

fn inline_json(host: &HtmlElement) -> Option<String> {
    host.query_selector(":scope > script[type='application/json']")
        .ok()??
        .text_content()
}

/// Reads for [`SLICE_MS`], then again in a task of its own, until done.
fn slice(
    page: Page,
    mut reader: Reader,
    wanted: Box<dyn Fn() -> bool>,
    done: Box<dyn FnOnce(Result<Prepared, Fault>)>,
    first: bool,
) {
    if !wanted() {
        return;
    }
    let until = Date::now() + SLICE_MS;
    // The clock is read every few pieces of work: reading it costs too.
    let mut pieces = 0u32;
    let more = || {
        pieces += 1;
        !pieces.is_multiple_of(8) || Date::now() < until
    };
    match reader.step(more) {
        // Data read in one slice is shown at once; after several, the first
        // render with it gets a task of its own.
        Some(result) if first => done(result),
        Some(result) => page.later(Box::new(move || done(result))),
        None => {
            let next = page.clone();
            page.later(Box::new(move || slice(next, reader, wanted, done, false)));
        }
    }
}

/// Fetches `url` through the loader's `fetchRoles(url, seconds)` (the
/// network part is a few lines of JavaScript, far smaller than the same in
/// wasm) and hands the answer to `done`.
fn fetch(page: &Page, url: &str, seconds: u32, done: impl FnOnce(Answer) + 'static) {
    let Some(promise) = page.fetch_roles(url, seconds) else {
        return done(Answer::Unreachable);
    };
    let on_answer = Closure::once(move |value: JsValue| done(answer(&value, seconds)));
    let _ = promise.then(&on_answer);
    // The promise owns the callback from here on.
    on_answer.forget();
}

/// The loader's answer object, `{status, contentType, body}` (the body as
/// bytes, which cross into the wasm in one copy), `{timedOut: true}` or
/// `{unreachable: true}`.
pub fn answer(value: &JsValue, seconds: u32) -> Answer {
    let field = |name: &str| Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if field("timedOut").is_truthy() {
        return Answer::TimedOut { seconds };
    }
    let body = field("body").dyn_into::<Uint8Array>().ok();
    match (field("status").as_f64(), body) {
        (Some(status), Some(body)) => Answer::Response {
            status: status as u16,
            content_type: field("contentType").as_string().unwrap_or_default(),
            body: body.to_vec(),
        },
        _ => Answer::Unreachable,
    }
}
