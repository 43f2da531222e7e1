//! What a widget's data is now, and what is under way: the element's data
//! (see `data.rs`), then a role file fetched or a large text read in slices,
//! each at most once. The widget asks for data only through [`Loader`].

use super::data::Data;
use super::page::Page;
use role_explorer_core::config::Config;
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
        self.data.as_ref()?.retry()
    }

    /// Nothing in flight is wanted any more.
    pub fn stop(&mut self) {
        self.data = None;
    }
}
