//! Filtering and ranking: which roles fit the search words and the chosen
//! skills, in what order, and how many roles each skill chip would leave.
//!
//! Rules, as the README states them: every search word must occur in a role
//! (ignoring case and accents), or, for words of five letters or more, a
//! word one typo away. A role ranks by where its words occur: the title
//! above a code, a skill, the category, the summary, then a responsibility;
//! an exact occurrence above a typo; equal roles keep the data's order.
//!
//! catalog.rs prepares the roles once per data; search.rs finds the roles
//! that fit a query; ranking.rs orders them; chips.rs counts and groups
//! the skill chips.

mod catalog;
mod chips;
mod ranking;
mod search;

pub use catalog::{Catalog, CatalogBuilder};

use crate::text::terms;

/// The indices in `items` that pass `fits`, in order. One function, not a
/// `filter().collect()` at each place: each of those is its own copy of
/// std's collecting code in the wasm.
pub(crate) fn keep(items: &[usize], fits: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut kept = Vec::new();
    for &item in items {
        if fits(item) {
            kept.push(item);
        }
    }
    kept
}

/// Search words shorter than this are never taken for typos.
pub const TYPO_MIN_CHARS: usize = 5;

/// A skill as a filter chip: the name shown, and the folded key that
/// identifies it (so "HIPAA" and "hipaa" are one chip).
#[derive(Clone, Debug, PartialEq)]
pub struct SkillChip {
    pub name: String,
    pub key: String,
    pub category: Option<String>,
}

/// Chips of one category, for the filter's facets; `name` is `None` for
/// skills without a category.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipGroup {
    pub name: Option<String>,
    pub chips: Vec<usize>,
}

/// Where in a role a search word occurred; earlier kinds rank higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Responsibility,
    Summary,
    Category,
    Skill,
    Code,
    Title,
}

impl Field {
    pub(super) fn weight(self) -> u32 {
        self as u32 + 1
    }
}

/// How the matching roles are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best matches first; the data's order when nothing is searched.
    #[default]
    Relevance,
    Title,
}

/// What the reader asked for: folded search words and chosen chips.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub terms: Vec<String>,
    pub chips: Vec<usize>,
}

impl Query {
    pub fn new(text: &str, chips: impl IntoIterator<Item = usize>) -> Self {
        Query {
            terms: terms(text),
            chips: chips.into_iter().collect(),
        }
    }
}

/// The result of a search.
/// `Eq`, so that comparing two `Rc<Found>` (each render compares the app's
/// last report) checks the pointer before thousands of indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Indices of the matching roles, in the order to show them.
    pub matches: Vec<usize>,
    /// Folded text to mark on the cards: the search words, and the words
    /// that typos were taken for.
    pub marks: Vec<String>,
}

#[cfg(test)]
pub(crate) mod testing {
    use std::rc::Rc;

    use super::{Catalog, Query, Sort};
    use crate::data::testing;
    use crate::role::Role;

    pub fn seed() -> Catalog {
        Catalog::new(testing::seed().dataset.roles)
    }

    /// The names of `chips`, as a reader sees them.
    pub fn chip_names(catalog: &Catalog, chips: &[usize]) -> Vec<String> {
        chips
            .iter()
            .map(|&c| catalog.chips()[c].name.clone())
            .collect()
    }

    pub fn titles(catalog: &Catalog, query: &Query) -> Vec<String> {
        catalog
            .matches(query)
            .into_iter()
            .map(|i| catalog.roles()[i].title.clone())
            .collect()
    }

    pub fn role(id: &str, title: &str, skills: &[&str], duties: &[&str]) -> Rc<Role> {
        Rc::new(Role {
            id: id.into(),
            title: title.into(),
            skills: skills
                .iter()
                .map(|name| crate::role::Skill {
                    name: name.to_string(),
                    category: None,
                })
                .collect(),
            responsibilities: duties.iter().map(|d| d.to_string()).collect(),
            ..Role::default()
        })
    }

    pub fn ids(catalog: &Catalog, query: &str, sort: Sort) -> Vec<String> {
        catalog
            .search(&Query::new(query, []), sort)
            .matches
            .into_iter()
            .map(|i| catalog.roles()[i].id.clone())
            .collect()
    }
}
