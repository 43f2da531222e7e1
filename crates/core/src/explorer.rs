//! The reader's exploring state: every change a reader makes is an [`Action`].
//! [`crate::session::Session`] owns it, with what the state's changes cause.

use std::rc::Rc;

use super::compare::MAX_COMPARED;
use super::config::{Config, ConfigError};
use super::filter::{Catalog, Query, Sort};
use super::role::{Dataset, Role};
use super::share::Shared;

/// Cards rendered at first, and added by each "Show more": a long list is
/// rendered in pages, so that a keystroke never re-renders thousands of cards.
pub const PAGE: usize = 12;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explorer {
    /// The search box's text, as typed.
    pub query: String,
    /// Chosen skill chips (indices into the catalog's chips), in the order chosen.
    pub chips: Vec<usize>,
    /// Ids of the roles whose responsibilities are open.
    pub open: Vec<String>,
    /// How many times "Show more" was pressed since the filters last changed.
    pub more: usize,
    pub sort: Sort,
    /// Ids of the roles chosen for comparison, in the order chosen.
    pub compare: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Search(String),
    ToggleChip(usize),
    ToggleRole(String),
    /// Shows the next page of cards.
    ShowMore,
    Sort(Sort),
    /// Adds a role to the comparison, or takes it out; past the fourth,
    /// nothing is added.
    ToggleCompare(String),
    ClearCompare,
    /// Empties the search and unchooses every chip.
    ClearFilters,
    /// Opens the skill facets, or closes them.
    ToggleFacets,
    /// "Show N more" or "Show fewer" in a category (an index into the
    /// catalog's groups).
    ToggleGroup(usize),
    /// Narrows the chips by name.
    NarrowChips(String),
}

impl Action {
    /// The action only unfolds the facets ([`crate::facets::Facets`] takes
    /// it): the roles shown stay the same.
    pub fn unfolds_facets(&self) -> bool {
        matches!(
            self,
            Action::ToggleFacets | Action::ToggleGroup(_) | Action::NarrowChips(_)
        )
    }
}

impl Explorer {
    /// The state the blogger's `query` and `skills` attributes ask for.
    pub fn start(config: &Config, catalog: &Catalog) -> (Self, Vec<ConfigError>) {
        let mut errors = Vec::new();
        let mut chips = Vec::new();
        for name in &config.skills {
            match catalog.chip_index(name) {
                Some(chip) if !chips.contains(&chip) => chips.push(chip),
                Some(_) => {}
                None => errors.push(ConfigError::UnknownSkill(name.clone())),
            }
        }
        let explorer = Explorer {
            query: config.query.clone(),
            chips,
            ..Explorer::default()
        };
        (explorer, errors)
    }

    pub fn apply(&mut self, action: Action) {
        // New filters show a new list, from its first page.
        let filters_changed = matches!(
            action,
            Action::Search(_) | Action::ToggleChip(_) | Action::ClearFilters | Action::Sort(_)
        );
        match action {
            Action::Search(text) => self.query = text,
            Action::ToggleChip(chip) => toggle(&mut self.chips, chip),
            Action::ToggleRole(id) => toggle(&mut self.open, id),
            Action::ShowMore => self.more += 1,
            Action::Sort(sort) => self.sort = sort,
            Action::ToggleCompare(id) => {
                if self.compare.contains(&id) || self.compare.len() < MAX_COMPARED {
                    toggle(&mut self.compare, id);
                }
            }
            Action::ClearCompare => self.compare.clear(),
            Action::ClearFilters => {
                self.query.clear();
                self.chips.clear();
            }
            Action::ToggleFacets | Action::ToggleGroup(_) | Action::NarrowChips(_) => {}
        }
        if filters_changed {
            self.more = 0;
        }
    }

    /// What a shared link keeps: the search, the chosen skills by name and
    /// the role opened last.
    pub fn to_shared(&self, catalog: &Catalog) -> Shared {
        Shared {
            query: self.query.clone(),
            skills: self
                .chips
                .iter()
                .map(|&chip| catalog.chips()[chip].name.clone())
                .collect(),
            open: self.open.last().cloned(),
        }
    }

    /// The state a shared link asks for; skills and roles this widget does
    /// not have are left out.
    pub fn from_shared(shared: &Shared, catalog: &Catalog) -> Self {
        let mut chips = Vec::new();
        for chip in shared
            .skills
            .iter()
            .filter_map(|name| catalog.chip_index(name))
        {
            if !chips.contains(&chip) {
                chips.push(chip);
            }
        }
        let mut open = Vec::new();
        if let Some(id) = shared.open.as_ref() {
            if catalog.role_index(id).is_some() {
                open.push(id.clone());
            }
        }
        Explorer {
            query: shared.query.clone(),
            chips,
            open,
            ..Explorer::default()
        }
    }

    /// How many of the matching roles get a card.
    pub fn limit(&self) -> usize {
        PAGE * (self.more + 1)
    }

    pub fn to_query(&self) -> Query {
        Query::new(&self.query, self.chips.iter().copied())
    }

    pub fn is_filtered(&self) -> bool {
        !self.query.trim().is_empty() || !self.chips.is_empty()
    }
}

pub(crate) fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T) {
    match items.iter().position(|x| *x == item) {
        Some(i) => {
            items.remove(i);
        }
        None => items.push(item),
    }
}

/// The roles the `roles` attribute asks for, in its order. Unknown ids are
/// reported; when none is known, every role is shown rather than none.
pub fn select_roles(dataset: &Dataset, ids: &[String]) -> (Vec<Rc<Role>>, Vec<ConfigError>) {
    let mut errors = Vec::new();
    let mut roles = Vec::new();
    for id in ids {
        match dataset.role(id) {
            Some(role) => roles.push(role.clone()),
            None => errors.push(ConfigError::UnknownRole {
                id: id.clone(),
                known: dataset.roles.iter().map(|role| role.id.clone()).collect(),
            }),
        }
    }
    if roles.is_empty() {
        roles = dataset.roles.clone();
    }
    (roles, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_config;
    use crate::data::testing;

    fn seed() -> Dataset {
        testing::seed().dataset
    }

    fn config(pairs: &[(&str, &str)]) -> Config {
        parse_config(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
        .0
    }

    #[test]
    fn starts_from_the_query_and_skills_attributes() {
        let catalog = Catalog::new(seed().roles);
        let (explorer, errors) = Explorer::start(
            &config(&[("query", "hospital"), ("skills", "hipaa, Cobol")]),
            &catalog,
        );
        assert_eq!(explorer.query, "hospital");
        assert_eq!(explorer.chips, [catalog.chip_index("HIPAA").unwrap()]);
        assert_eq!(errors, [ConfigError::UnknownSkill("Cobol".into())]);
        assert_eq!(catalog.matches(&explorer.to_query()).len(), 1);
    }

    #[test]
    fn actions_toggle_and_clear() {
        let mut explorer = Explorer::default();
        explorer.apply(Action::Search("x".into()));
        explorer.apply(Action::ToggleChip(2));
        explorer.apply(Action::ToggleChip(5));
        explorer.apply(Action::ToggleChip(2));
        explorer.apply(Action::ToggleRole("a".into()));
        assert_eq!(
            (explorer.chips.as_slice(), explorer.is_filtered()),
            (&[5][..], true)
        );
        explorer.apply(Action::ClearFilters);
        assert!(!explorer.is_filtered());
        // Clearing filters leaves open cards open.
        assert_eq!(explorer.open, ["a"]);
        explorer.apply(Action::ToggleRole("a".into()));
        assert!(explorer.open.is_empty());
    }

    #[test]
    fn cards_come_in_pages_and_new_filters_start_from_the_first() {
        let mut explorer = Explorer::default();
        assert_eq!(explorer.limit(), PAGE);
        explorer.apply(Action::ShowMore);
        explorer.apply(Action::ShowMore);
        assert_eq!(explorer.limit(), 3 * PAGE);
        explorer.apply(Action::ToggleRole("a".into()));
        assert_eq!(explorer.limit(), 3 * PAGE);
        explorer.apply(Action::Search("nurse".into()));
        assert_eq!(explorer.limit(), PAGE);
        explorer.apply(Action::ShowMore);
        explorer.apply(Action::ToggleChip(0));
        assert_eq!(explorer.limit(), PAGE);
        explorer.apply(Action::ShowMore);
        explorer.apply(Action::ClearFilters);
        assert_eq!(explorer.limit(), PAGE);
    }

    #[test]
    fn at_most_four_roles_are_compared() {
        let mut explorer = Explorer::default();
        for id in ["a", "b", "c", "d", "e"] {
            explorer.apply(Action::ToggleCompare(id.into()));
        }
        assert_eq!(explorer.compare, ["a", "b", "c", "d"]);
        explorer.apply(Action::ToggleCompare("b".into()));
        explorer.apply(Action::ToggleCompare("e".into()));
        assert_eq!(explorer.compare, ["a", "c", "d", "e"]);
        // Filters leave the comparison alone.
        explorer.apply(Action::ClearFilters);
        assert_eq!(explorer.compare.len(), 4);
        explorer.apply(Action::ClearCompare);
        assert!(explorer.compare.is_empty());
    }

    #[test]
    fn sorting_starts_the_list_from_its_first_page() {
        let mut explorer = Explorer::default();
        explorer.apply(Action::ShowMore);
        explorer.apply(Action::Sort(Sort::Title));
        assert_eq!((explorer.sort, explorer.more), (Sort::Title, 0));
    }

    #[test]
    fn shared_state_round_trips_and_drops_what_the_widget_lacks() {
        let catalog = Catalog::new(seed().roles);
        let mut explorer = Explorer::default();
        explorer.apply(Action::Search("hospital".into()));
        explorer.apply(Action::ToggleChip(catalog.chip_index("HIPAA").unwrap()));
        explorer.apply(Action::ToggleRole("it-resource-manager".into()));
        explorer.apply(Action::ToggleRole("healthcare-project-manager".into()));
        let shared = explorer.to_shared(&catalog);
        assert_eq!(shared.skills, ["HIPAA"]);
        assert_eq!(shared.open.as_deref(), Some("healthcare-project-manager"));
        let restored = Explorer::from_shared(&shared, &catalog);
        assert_eq!(restored.query, "hospital");
        assert_eq!(restored.chips, explorer.chips);
        assert_eq!(restored.open, ["healthcare-project-manager"]);

        let foreign = Shared {
            query: String::new(),
            skills: vec!["Juggling".into(), "hipaa".into()],
            open: Some("astronaut".into()),
        };
        let restored = Explorer::from_shared(&foreign, &catalog);
        assert_eq!(restored.chips, [catalog.chip_index("HIPAA").unwrap()]);
        assert!(restored.open.is_empty());
    }

    #[test]
    fn selects_roles_in_the_order_asked() {
        let ids = [
            "healthcare-systems-analyst".to_string(),
            "health-integration-engineer".to_string(),
        ];
        let (roles, errors) = select_roles(&seed(), &ids);
        assert!(errors.is_empty());
        assert_eq!(roles[0].title, "Healthcare Systems Analyst");
        assert_eq!(roles.len(), 2);
    }

    #[test]
    fn unknown_role_ids_are_reported_and_never_empty_the_widget() {
        let (roles, errors) = select_roles(&seed(), &["nurse".to_string()]);
        assert_eq!(roles.len(), 4);
        assert!(errors[0].to_string().starts_with(
            "roles: no role has the id \"nurse\"; the ids are health-integration-engineer,"
        ));
    }
}
