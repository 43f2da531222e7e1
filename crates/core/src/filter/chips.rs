//! The skill chips: how many roles each would leave, shared skills first,
//! grouped by category for the filter's facets.

use super::ranking::highest_first;
use super::{Catalog, ChipGroup, SkillChip};

impl Catalog {
    /// For each chip, how many of `matches` have that skill: the number of
    /// roles left if the reader also chose it.
    pub fn chip_counts(&self, matches: &[usize]) -> Vec<usize> {
        let mut counts = vec![0; self.chips.len()];
        for &role in matches {
            for &chip in &self.role_chips[role] {
                counts[chip] += 1;
            }
        }
        counts
    }
}

/// Chips by category, in the order each category first appears among the
/// chips (which come shared-first); skills without one come last.
pub(super) fn group_by_category(chips: &[SkillChip]) -> Vec<ChipGroup> {
    let mut groups: Vec<ChipGroup> = Vec::new();
    for (i, chip) in chips.iter().enumerate() {
        match groups.iter_mut().find(|g| g.name == chip.category) {
            Some(group) => group.chips.push(i),
            None => groups.push(ChipGroup {
                name: chip.category.clone(),
                chips: vec![i],
            }),
        }
    }
    if let Some(at) = groups.iter().position(|g| g.name.is_none()) {
        let other = groups.remove(at);
        groups.push(other);
    }
    groups
}

/// Orders chips by how many roles have them, most first, keeping data order
/// among equals: shared skills are the ones that narrow the list usefully.
pub(super) fn shared_first(
    chips: Vec<SkillChip>,
    role_chips: Vec<Vec<usize>>,
) -> (Vec<SkillChip>, Vec<Vec<usize>>) {
    let mut roles_with = vec![0usize; chips.len()];
    for &chip in role_chips.iter().flatten() {
        roles_with[chip] += 1;
    }
    // A counting sort, stable and linear.
    let most = roles_with.iter().copied().max().unwrap_or(0);
    let mut by_count = vec![Vec::new(); most + 1];
    for (chip, &count) in roles_with.iter().enumerate() {
        by_count[count].push(chip);
    }
    let order = highest_first(by_count);
    let mut new_index = vec![0; chips.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<SkillChip>> = chips.into_iter().map(Some).collect();
    let chips = order
        .iter()
        .map(|&old| slots[old].take().expect("each chip moves once"))
        .collect();
    let role_chips = role_chips
        .into_iter()
        .map(|mine| mine.into_iter().map(|old| new_index[old]).collect())
        .collect();
    (chips, role_chips)
}

#[cfg(test)]
mod tests {
    use crate::filter::testing::{role, seed, titles};
    use crate::filter::{Catalog, Query};

    #[test]
    fn several_chips_keep_roles_that_have_all_of_them() {
        let catalog = seed();
        let design = catalog.chip_index("design and development").unwrap();
        let people = catalog.chip_index("Working with people").unwrap();
        assert_eq!(catalog.matches(&Query::new("", [design])).len(), 2);
        assert_eq!(catalog.matches(&Query::new("", [people])).len(), 2);
        assert_eq!(
            titles(&catalog, &Query::new("", [design, people])),
            ["Healthcare Project Manager"]
        );
    }

    #[test]
    fn chip_counts_follow_the_current_matches() {
        let catalog = seed();
        let design = catalog.chip_index("Design and development").unwrap();
        let hipaa = catalog.chip_index("HIPAA").unwrap();
        let all = catalog.matches(&Query::default());
        assert_eq!(catalog.chip_counts(&all)[design], 2);
        let analysts = catalog.matches(&Query::new("analyst", []));
        let counts = catalog.chip_counts(&analysts);
        assert_eq!((counts[design], counts[hipaa]), (1, 0));
    }

    #[test]
    fn shared_skills_come_first_then_data_order() {
        let catalog = seed();
        let names: Vec<&str> = catalog
            .chips()
            .iter()
            .map(|chip| chip.name.as_str())
            .collect();
        assert_eq!(
            &names[..3],
            [
                "Working with people",
                "Design and development",
                "Operating systems"
            ]
        );
        // Chips still belong to the right roles after reordering.
        let hipaa = catalog.chip_index("HIPAA").unwrap();
        assert_eq!(catalog.matches(&Query::new("", [hipaa])), [1]);
    }

    #[test]
    fn chips_are_grouped_by_category_in_order_of_appearance() {
        let groups: Vec<Option<String>> = seed().groups().iter().map(|g| g.name.clone()).collect();
        assert_eq!(
            groups,
            [
                Some("Management".to_string()),
                Some("Technical skills".to_string()),
                Some("Domain knowledge".to_string())
            ]
        );
        let catalog = Catalog::new(vec![role("a", "A", &["Plain"], &[])]);
        assert_eq!(catalog.groups()[0].name, None);
        let every: usize = seed().groups().iter().map(|g| g.chips.len()).sum();
        assert_eq!(every, seed().chips().len());
    }
}
