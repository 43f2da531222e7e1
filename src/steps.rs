//! Running a [`LoadJob`] a slice at a time: each slice works for a few
//! milliseconds, then hands the main thread back to the page (through the
//! loader's `later`), so reading thousands of roles never freezes it.

use js_sys::Date;

use super::page::Page;
use role_explorer_core::dataset::{parse_dataset, DataError, Loaded};
use role_explorer_core::filter::Catalog;
use role_explorer_core::load::{LoadJob, Outcome};

/// Text at least this long is read in steps, so that the page never waits
/// on it: about 400 roles.
pub const LARGE: usize = 200_000;

/// How long one slice may work; well under the 50 ms after which the
/// browser counts a task as long.
const SLICE_MS: f64 = 8.0;

/// Reads role data and hands the outcome to `done`: at once when the text
/// is short; in slices when it is [`LARGE`], then in a task of its own,
/// unless `wanted` says, before a slice, that the widget has moved on
/// (`done` checks again: the widget may move on in between). Large data
/// comes with its catalog, built along the way.
pub fn read_roles(
    page: Page,
    text: String,
    wanted: impl Fn() -> bool + 'static,
    done: impl FnOnce(Result<Loaded, DataError>, Option<Catalog>) + 'static,
) {
    if text.len() < LARGE {
        return done(parse_dataset(&text), None);
    }
    let done = move |(result, catalog): Outcome| done(result, catalog);
    slice(page, LoadJob::new(text), Box::new(wanted), Box::new(done));
}

fn slice(
    page: Page,
    mut job: LoadJob,
    wanted: Box<dyn Fn() -> bool>,
    done: Box<dyn FnOnce(Outcome)>,
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
    match job.step(more) {
        // The first render with the new data gets a task of its own.
        Some(outcome) => page.later(move || done(outcome)),
        None => {
            let next = page.clone();
            page.later(move || slice(next, job, wanted, done));
        }
    }
}
