//! Where a widget's roles come from, read off its element.

use std::rc::Rc;

use web_sys::HtmlElement;

use super::page::Page;
use super::steps::LARGE;
use role_explorer_core::config::Config;
use role_explorer_core::dataset::{
    parse_dataset, DataError, DataOrigin, Loaded, DEFAULT_ROLES_JSON,
};
use role_explorer_core::remote::LoadError;
use role_explorer_core::setup::DataState;

type Parsed = Rc<Result<Loaded, DataError>>;

thread_local! {
    /// The built-in roles, parsed once for every widget on the page.
    static BUILT_IN: Parsed = Rc::new(parse_dataset(DEFAULT_ROLES_JSON));
}

#[derive(Clone)]
pub enum Data {
    /// Built-in, inline or property data, kept with its text so that an
    /// attribute change does not parse it again. `parsed` is `None` while a
    /// large text is read in steps.
    Local {
        origin: DataOrigin,
        text: Option<Rc<str>>,
        parsed: Option<Parsed>,
    },
    /// A role file from `src`; `result` is `None` while it loads, and
    /// `attempt` counts retries.
    Remote {
        url: String,
        timeout_seconds: u32,
        attempt: u32,
        result: Option<Rc<Result<Loaded, LoadError>>>,
    },
}

impl Data {
    /// The data, in order of precedence: the element's `roles` property, its
    /// `src` file, a `<script type="application/json">` child, the built-in roles.
    pub fn read(host: &HtmlElement, page: &Page, config: &Config, previous: Option<&Data>) -> Data {
        if let Some(json) = page.roles_json() {
            return local(DataOrigin::Property, Some(json), previous);
        }
        if let Some(url) = &config.src {
            return match previous {
                Some(
                    same @ Data::Remote {
                        url: u,
                        timeout_seconds: t,
                        ..
                    },
                ) if u == url && *t == config.timeout_seconds => same.clone(),
                _ => Data::Remote {
                    url: url.clone(),
                    timeout_seconds: config.timeout_seconds,
                    attempt: 0,
                    result: None,
                },
            };
        }
        match inline_json(host) {
            Some(json) => local(DataOrigin::Inline, Some(json), previous),
            None => local(DataOrigin::BuiltIn, None, previous),
        }
    }

    pub fn state(&self) -> DataState<'_> {
        match self {
            Data::Local { parsed: None, .. } => DataState::Loading,
            Data::Local {
                origin,
                parsed: Some(parsed),
                ..
            } => match parsed.as_ref() {
                Ok(loaded) => DataState::Ready(loaded),
                Err(error) => DataState::Refused(*origin, error),
            },
            Data::Remote { result: None, .. } => DataState::Loading,
            Data::Remote {
                result: Some(result),
                ..
            } => match result.as_ref() {
                Ok(loaded) => DataState::Ready(loaded),
                Err(error) => DataState::Failed(error),
            },
        }
    }

    /// Still to be fetched, or a large text still to be read.
    pub fn is_pending(&self) -> bool {
        matches!(
            self,
            Data::Remote { result: None, .. } | Data::Local { parsed: None, .. }
        )
    }

    /// Where the data came from, as the `ready` event names it.
    pub fn source(&self) -> &'static str {
        match self {
            Data::Local { origin, .. } => origin.key(),
            Data::Remote { .. } => "src",
        }
    }

    /// Whether `other` holds the same data, loaded the same way.
    pub fn is(&self, other: &Data) -> bool {
        match (self, other) {
            (
                Data::Local {
                    origin: o,
                    text: t,
                    parsed: a,
                },
                Data::Local {
                    origin: p,
                    text: u,
                    parsed: b,
                },
            ) => match (a, b) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => o == p && t == u,
                _ => false,
            },
            (
                Data::Remote {
                    url: a,
                    attempt: m,
                    result: r,
                    ..
                },
                Data::Remote {
                    url: b,
                    attempt: n,
                    result: s,
                    ..
                },
            ) => {
                a == b
                    && m == n
                    && match (r, s) {
                        (None, None) => true,
                        (Some(r), Some(s)) => Rc::ptr_eq(r, s),
                        _ => false,
                    }
            }
            _ => false,
        }
    }
}

fn local(origin: DataOrigin, text: Option<String>, previous: Option<&Data>) -> Data {
    let text: Option<Rc<str>> = text.map(Rc::from);
    if let Some(
        same @ Data::Local {
            origin: o, text: t, ..
        },
    ) = previous
    {
        if *o == origin && *t == text {
            return same.clone();
        }
    }
    let parsed = match &text {
        Some(json) if json.len() >= LARGE => None,
        Some(json) => Some(Rc::new(parse_dataset(json))),
        None => Some(BUILT_IN.with(Rc::clone)),
    };
    Data::Local {
        origin,
        text,
        parsed,
    }
}

fn inline_json(host: &HtmlElement) -> Option<String> {
    host.query_selector(":scope > script[type='application/json']")
        .ok()??
        .text_content()
}
