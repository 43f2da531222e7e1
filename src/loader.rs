//! How a widget's roles arrive: the element's data (see `data.rs`), then a
//! role file fetched or a large text read in slices, each at most once.
//! The widget asks for data only through [`Loader`] and [`load`].

use super::data::Data;
use super::fetch::fetch_answer;
use super::page::Page;
use super::steps::read_roles;
use role_explorer_core::config::Config;
use role_explorer_core::filter::Catalog;
use role_explorer_core::remote::{body_of, LoadError};
use web_sys::HtmlElement;

#[derive(Default)]
pub struct Loader {
    /// `None` before the first read, and once the widget is unmounted.
    data: Option<Data>,
    /// The data whose fetch or reading was started last.
    started: Option<Data>,
}

impl Loader {
    /// The data the element holds now, as `config` names it.
    pub fn read(&self, host: &HtmlElement, page: &Page, config: &Config) -> Data {
        Data::read(host, page, config, self.data.as_ref())
    }

    /// Makes `data` the widget's; whether it is other data than before.
    pub fn take(&mut self, data: Data) -> bool {
        let new = !self.data.as_ref().is_some_and(|old| data.is(old));
        self.data = Some(data);
        new
    }

    pub fn data(&self) -> Option<&Data> {
        self.data.as_ref()
    }

    /// Whether `data` is still the widget's: what arrives for data it has
    /// moved on from (a new `src`, a retry, unmounting) is dropped.
    pub fn wants(&self, data: &Data) -> bool {
        self.data.as_ref().is_some_and(|d| d.is(data))
    }

    /// The data, if it still has to be fetched or read and that has not
    /// started yet: a refresh meanwhile (an attribute changed) starts
    /// nothing twice.
    pub fn claim_pending(&mut self) -> Option<Data> {
        let data = self.data.clone().filter(Data::is_pending)?;
        if self.started.as_ref().is_some_and(|s| s.is(&data)) {
            return None;
        }
        self.started = Some(data.clone());
        Some(data)
    }

    /// The role file fetched anew, after a fault.
    pub fn retried(&self) -> Option<Data> {
        match &self.data {
            Some(Data::Remote {
                url,
                timeout_seconds,
                attempt,
                ..
            }) => Some(Data::Remote {
                url: url.clone(),
                timeout_seconds: *timeout_seconds,
                attempt: attempt + 1,
                result: None,
            }),
            _ => None,
        }
    }

    /// Nothing in flight is wanted any more.
    pub fn stop(&mut self) {
        self.data = None;
    }
}

/// Fetches a role file, or reads a large text in slices, and hands the
/// result to `arrived`, with the catalog when reading built it, unless
/// `wanted` says (before each slice, and at the end) that the widget has
/// moved on.
pub fn load(
    page: Page,
    pending: Data,
    wanted: impl Fn() -> bool + Clone + 'static,
    arrived: impl FnOnce(Data, Option<Catalog>) + 'static,
) {
    let arrived = {
        let wanted = wanted.clone();
        move |data, catalog| {
            if wanted() {
                arrived(data, catalog);
            }
        }
    };
    match pending {
        Data::Remote {
            url,
            timeout_seconds,
            attempt,
            ..
        } => {
            // A clone, so that an answer given at once finds the page free.
            let fetcher = page.clone();
            fetch_answer(&fetcher, &url.clone(), timeout_seconds, move |answer| {
                let request = url.clone();
                let remote = move |result| Data::Remote {
                    url,
                    timeout_seconds,
                    attempt,
                    result: Some(std::rc::Rc::new(result)),
                };
                match body_of(&request, answer) {
                    Ok(body) => read_roles(page, body, wanted, move |result, catalog| {
                        let result = result.map_err(|error| LoadError::Data {
                            url: request,
                            error,
                        });
                        arrived(remote(result), catalog)
                    }),
                    Err(error) => arrived(remote(Err(error)), None),
                }
            });
        }
        Data::Local {
            origin,
            text: Some(text),
            ..
        } => read_roles(page, text.to_string(), wanted, move |result, catalog| {
            let data = Data::Local {
                origin,
                text: Some(text),
                parsed: Some(std::rc::Rc::new(result)),
            };
            arrived(data, catalog)
        }),
        Data::Local { text: None, .. } => {}
    }
}
