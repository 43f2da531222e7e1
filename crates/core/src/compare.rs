//! Roles side by side: the skills they all share and the skills only one of
//! them has; and, for one open role, which of its skills the other roles in
//! view share.

use super::filter::{keep, Catalog};

/// At most this many roles are compared: four columns still fit a laptop.
pub const MAX_COMPARED: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Catalog indices of the compared roles, in the order chosen.
    pub roles: Vec<usize>,
    /// Chips every compared role has.
    pub shared: Vec<usize>,
    /// For each role, the chips no other compared role has.
    pub unique: Vec<Vec<usize>>,
}

/// Compares the roles with these ids; unknown ids are left out.
pub fn compare(catalog: &Catalog, ids: &[String]) -> Comparison {
    let mut roles = Vec::new();
    for id in ids {
        roles.extend(catalog.role_index(id));
    }
    let has = |role: usize, chip: usize| catalog.role_chips(role).contains(&chip);
    let shared = match roles.first() {
        Some(&first) => keep(catalog.role_chips(first), &|chip| {
            roles.iter().all(|&role| has(role, chip))
        }),
        None => Vec::new(),
    };
    let unique = roles
        .iter()
        .map(|&role| {
            keep(catalog.role_chips(role), &|chip| {
                roles
                    .iter()
                    .all(|&other| other == role || !has(other, chip))
            })
        })
        .collect();
    Comparison {
        roles,
        shared,
        unique,
    }
}

/// The skills of `role` that other roles in `visible` have too, each with
/// those roles, in the role's own skill order.
pub fn shared_with(catalog: &Catalog, role: usize, visible: &[usize]) -> Vec<(usize, Vec<usize>)> {
    // A loop, not `filter_map().collect()`: std's collecting code is
    // written again in the wasm for each iterator.
    let mut shared = Vec::new();
    for &chip in catalog.role_chips(role) {
        let others = keep(visible, &|other| {
            other != role && catalog.role_chips(other).contains(&chip)
        });
        if !others.is_empty() {
            shared.push((chip, others));
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::testing::{chip_names as names, seed};

    #[test]
    fn two_roles_share_some_skills_and_keep_others_to_themselves() {
        let catalog = seed();
        let ids = ["healthcare-project-manager", "healthcare-systems-analyst"].map(String::from);
        let comparison = compare(&catalog, &ids);
        assert_eq!(comparison.roles, [1, 3]);
        assert_eq!(
            names(&catalog, &comparison.shared),
            ["Design and development"]
        );
        assert!(names(&catalog, &comparison.unique[0]).contains(&"HIPAA".to_string()));
        assert!(names(&catalog, &comparison.unique[1]).contains(&"Testing".to_string()));
        assert!(
            !names(&catalog, &comparison.unique[1]).contains(&"Design and development".to_string())
        );
    }

    #[test]
    fn a_skill_shared_by_some_but_not_all_is_neither_shared_nor_unique() {
        let catalog = seed();
        let ids = [
            "health-integration-engineer",
            "healthcare-project-manager",
            "it-resource-manager",
        ]
        .map(String::from);
        let comparison = compare(&catalog, &ids);
        assert!(comparison.shared.is_empty());
        let working = catalog.chip_index("Working with people").unwrap();
        assert!(comparison
            .unique
            .iter()
            .all(|chips| !chips.contains(&working)));
        // Unknown ids are left out.
        assert_eq!(
            compare(&catalog, &["nobody".into()]).roles,
            Vec::<usize>::new()
        );
    }

    #[test]
    fn an_open_role_names_the_visible_roles_that_share_its_skills() {
        let catalog = seed();
        let shared = shared_with(&catalog, 1, &[0, 1, 2, 3]);
        let named: Vec<(String, Vec<usize>)> = shared
            .iter()
            .map(|(chip, roles)| (catalog.chips()[*chip].name.clone(), roles.clone()))
            .collect();
        assert_eq!(
            named,
            [
                ("Design and development".to_string(), vec![3]),
                ("Working with people".to_string(), vec![0]),
            ]
        );
        // Only roles in view count.
        assert_eq!(shared_with(&catalog, 1, &[1, 3]).len(), 1);
    }
}
