//! The skill facets as a reader unfolds them: whether they are open, which
//! categories show every chip, the text that narrows chips by name, and,
//! from those, which chips each category shows. However many skills the
//! data has, the facets start small and grow only on demand.

use crate::explorer::{toggle, Action};
use crate::filter::Catalog;
use crate::text::{fold, words};

/// Chips a category shows before its "Show N more": the most shared ones.
pub const SHOWN_AT_FIRST: usize = 6;

/// With more chips than this, the facets get a box that narrows them by name.
pub const NARROW_FROM: usize = 20;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    /// The reader opened the facets (with `filters="compact"`).
    pub open: bool,
    /// Categories (indices into the catalog's groups) showing every chip.
    pub expanded: Vec<usize>,
    /// The text that narrows the chips by name, as typed.
    pub narrow: String,
}

/// What a category's toggle offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupToggle {
    /// "Show N more": this many chips are hidden.
    More(usize),
    Fewer,
}

/// One category as shown: its chips in the catalog's order, and its toggle
/// if some chips are (or were) hidden.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownGroup {
    /// Index into the catalog's groups.
    pub group: usize,
    pub chips: Vec<usize>,
    pub toggle: Option<GroupToggle>,
}

impl Facets {
    /// Takes the actions that unfold the facets ([`Action::unfolds_facets`]);
    /// others are the explorer's.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::ToggleFacets => self.open = !self.open,
            Action::ToggleGroup(group) => toggle(&mut self.expanded, group),
            Action::NarrowChips(text) => self.narrow = text,
            _ => {}
        }
    }

    /// Whether the chips are many enough for the narrowing box.
    pub fn narrows(catalog: &Catalog) -> bool {
        catalog.chips().len() > NARROW_FROM
    }

    /// The categories to show and their chips. A category shows its first
    /// chips (the catalog puts the most shared first) and the chosen ones,
    /// so a chosen chip never hides; the order never changes, so a chip
    /// stays where the reader pressed it. Narrowed, only chips with a word
    /// starting with each word typed count ("dev" finds "Design and
    /// development"), and empty categories are left out.
    pub fn shown(&self, catalog: &Catalog, chosen: &[usize]) -> Vec<ShownGroup> {
        let narrow = if Self::narrows(catalog) {
            fold(&self.narrow)
        } else {
            String::new()
        };
        let chips = catalog.chips();
        let fits = |c: usize| {
            let key = &chips[c].key;
            words(&narrow).all(|typed| words(key).any(|word| word.starts_with(typed)))
        };
        let mut shown = Vec::new();
        for (g, group) in catalog.groups().iter().enumerate() {
            let fitting = group.chips.iter().filter(|&&c| fits(c)).count();
            // "Show 1 more" would take the room of the chip it hides.
            let folds = fitting > SHOWN_AT_FIRST + 1;
            let expanded = folds && self.expanded.contains(&g);
            let mut group_chips = Vec::new();
            for &c in group.chips.iter().filter(|&&c| fits(c)) {
                if !folds || expanded || group_chips.len() < SHOWN_AT_FIRST || chosen.contains(&c) {
                    group_chips.push(c);
                }
            }
            let hidden = fitting - group_chips.len();
            let toggle = match (expanded, hidden) {
                (true, _) => Some(GroupToggle::Fewer),
                (false, 0) => None,
                (false, n) => Some(GroupToggle::More(n)),
            };
            if fitting > 0 {
                shown.push(ShownGroup {
                    group: g,
                    chips: group_chips,
                    toggle,
                });
            }
        }
        shown
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::filter::testing::{chip_names as names, seed};
    use crate::role::{Role, Skill};

    /// `n` roles; role `i` has skills 0 to `i` of one category, so skill 0
    /// is the most shared and comes first.
    fn many(n: usize, category: &str) -> Catalog {
        let roles = (0..n)
            .map(|i| {
                Rc::new(Role {
                    id: format!("r{i}"),
                    title: format!("Role {i}"),
                    skills: (0..=i)
                        .map(|s| Skill {
                            name: format!("Skill {s}"),
                            category: Some(category.into()),
                        })
                        .collect(),
                    ..Role::default()
                })
            })
            .collect();
        Catalog::new(roles)
    }

    #[test]
    fn actions_open_fold_and_narrow() {
        let mut facets = Facets::default();
        for action in [
            Action::ToggleFacets,
            Action::ToggleGroup(2),
            Action::NarrowChips("sq".into()),
            Action::ClearFilters,
        ] {
            facets.apply(action);
        }
        let expected = Facets {
            open: true,
            expanded: vec![2],
            narrow: "sq".into(),
        };
        assert_eq!(facets, expected);
        facets.apply(Action::ToggleGroup(2));
        facets.apply(Action::ToggleFacets);
        assert!(!facets.open && facets.expanded.is_empty());
        assert!(Action::NarrowChips(String::new()).unfolds_facets());
        assert!(!Action::ClearFilters.unfolds_facets());
    }

    #[test]
    fn a_category_shows_its_most_shared_chips_then_offers_the_rest() {
        let catalog = many(10, "Craft");
        let shown = Facets::default().shown(&catalog, &[]);
        assert_eq!(shown.len(), 1);
        assert_eq!(
            names(&catalog, &shown[0].chips),
            ["Skill 0", "Skill 1", "Skill 2", "Skill 3", "Skill 4", "Skill 5"]
        );
        assert_eq!(shown[0].toggle, Some(GroupToggle::More(4)));
    }

    #[test]
    fn show_more_shows_every_chip_and_offers_fewer() {
        let catalog = many(10, "Craft");
        let facets = Facets {
            expanded: vec![0],
            ..Facets::default()
        };
        let shown = facets.shown(&catalog, &[]);
        assert_eq!(shown[0].chips.len(), 10);
        assert_eq!(shown[0].toggle, Some(GroupToggle::Fewer));
    }

    #[test]
    fn one_hidden_chip_is_shown_rather_than_offered() {
        let catalog = many(SHOWN_AT_FIRST + 1, "Craft");
        let shown = Facets::default().shown(&catalog, &[]);
        assert_eq!((shown[0].chips.len(), shown[0].toggle), (7, None));
    }

    #[test]
    fn a_chosen_chip_shows_in_place_even_past_the_first() {
        let catalog = many(10, "Craft");
        let ninth = catalog.chip_index("Skill 8").unwrap();
        let shown = Facets::default().shown(&catalog, &[ninth]);
        assert_eq!(
            names(&catalog, &shown[0].chips[5..]),
            ["Skill 5", "Skill 8"]
        );
        assert_eq!(shown[0].toggle, Some(GroupToggle::More(3)));
    }

    #[test]
    fn narrowing_keeps_chips_with_words_starting_as_typed_ignoring_case_and_accents() {
        let catalog = many(25, "Craft");
        assert!(Facets::narrows(&catalog));
        let facets = Facets {
            narrow: "SKÍLL 2".into(),
            ..Facets::default()
        };
        let shown = facets.shown(&catalog, &[]);
        // "Skill 2" and "Skill 20" to "Skill 24", not "Skill 12".
        assert_eq!(
            names(&catalog, &shown[0].chips),
            ["Skill 2", "Skill 20", "Skill 21", "Skill 22", "Skill 23", "Skill 24"]
        );
        assert_eq!(shown[0].toggle, None);
        let nothing = Facets {
            narrow: "juggling".into(),
            ..Facets::default()
        };
        assert!(nothing.shown(&catalog, &[]).is_empty());
    }

    #[test]
    fn a_few_chips_are_never_narrowed_and_every_category_shows() {
        let catalog = seed();
        let small = many(5, "Craft");
        let facets = Facets {
            narrow: "nothing like it".into(),
            ..Facets::default()
        };
        assert!(!Facets::narrows(&small));
        assert_eq!(facets.shown(&small, &[])[0].chips.len(), 5);
        let groups = Facets::default().shown(&catalog, &[]);
        assert_eq!(groups.len(), catalog.groups().len());
        let shown: usize = groups.iter().map(|g| g.chips.len()).sum();
        let hidden: usize = groups
            .iter()
            .map(|g| match g.toggle {
                Some(GroupToggle::More(n)) => n,
                _ => 0,
            })
            .sum();
        assert_eq!(shown + hidden, catalog.chips().len());
    }
}
