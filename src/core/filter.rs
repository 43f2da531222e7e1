//! Filtering: which roles fit the search words and the chosen skills, and how
//! many roles each skill chip would leave.

use std::collections::HashMap;
use std::rc::Rc;

use super::role::Role;
use super::text::{fold, terms};

/// A skill as a filter chip: the name shown, and the folded key that
/// identifies it (so "HIPAA" and "hipaa" are one chip).
#[derive(Clone, Debug, PartialEq)]
pub struct SkillChip {
    pub name: String,
    pub key: String,
    pub category: Option<String>,
}

/// Roles prepared for filtering. Built once per data set so that a keystroke
/// only scans text that is already folded.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalog {
    roles: Vec<Rc<Role>>,
    /// Folded title, summary, responsibilities, skills, category and codes
    /// of each role.
    haystacks: Vec<String>,
    /// Indices into `chips` of each role's skills.
    role_chips: Vec<Vec<usize>>,
    chips: Vec<SkillChip>,
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

/// A role fits when every search word occurs in its text and it has every
/// chosen skill.
pub fn fits(haystack: &str, role_chips: &[usize], query: &Query) -> bool {
    query
        .terms
        .iter()
        .all(|term| haystack.contains(term.as_str()))
        && query.chips.iter().all(|chip| role_chips.contains(chip))
}

impl Catalog {
    pub fn new(roles: Vec<Rc<Role>>) -> Self {
        let mut chips: Vec<SkillChip> = Vec::new();
        // Folded name -> chip: thousands of distinct skills stay one lookup each.
        let mut chip_of: HashMap<String, usize> = HashMap::new();
        let mut role_chips = Vec::with_capacity(roles.len());
        let mut haystacks = Vec::with_capacity(roles.len());
        for role in &roles {
            let mut mine = Vec::with_capacity(role.skills.len());
            for skill in &role.skills {
                let key = fold(&skill.name);
                let index = *chip_of.entry(key).or_insert_with_key(|key| {
                    chips.push(SkillChip {
                        name: skill.name.clone(),
                        key: key.clone(),
                        category: skill.category.clone(),
                    });
                    chips.len() - 1
                });
                if !mine.contains(&index) {
                    mine.push(index);
                }
            }
            role_chips.push(mine);
            haystacks.push(haystack(role));
        }
        let (chips, role_chips) = shared_first(chips, role_chips);
        Catalog {
            roles,
            haystacks,
            role_chips,
            chips,
        }
    }

    pub fn roles(&self) -> &[Rc<Role>] {
        &self.roles
    }

    pub fn chips(&self) -> &[SkillChip] {
        &self.chips
    }

    /// The chip for a skill name, ignoring case and accents.
    pub fn chip_index(&self, name: &str) -> Option<usize> {
        let key = fold(name.trim());
        self.chips.iter().position(|chip| chip.key == key)
    }

    /// Indices of the roles that fit `query`, in data order.
    pub fn matches(&self, query: &Query) -> Vec<usize> {
        (0..self.roles.len())
            .filter(|&i| fits(&self.haystacks[i], &self.role_chips[i], query))
            .collect()
    }

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

/// Orders chips by how many roles have them, most first, keeping data order
/// among equals: shared skills are the ones that narrow the list usefully.
fn shared_first(
    chips: Vec<SkillChip>,
    role_chips: Vec<Vec<usize>>,
) -> (Vec<SkillChip>, Vec<Vec<usize>>) {
    let mut roles_with = vec![0usize; chips.len()];
    for &chip in role_chips.iter().flatten() {
        roles_with[chip] += 1;
    }
    // A counting sort, stable and linear: std's sorts add kilobytes of wasm.
    let most = roles_with.iter().copied().max().unwrap_or(0);
    let mut by_count = vec![Vec::new(); most + 1];
    for (chip, &count) in roles_with.iter().enumerate() {
        by_count[count].push(chip);
    }
    let order: Vec<usize> = by_count.into_iter().rev().flatten().collect();
    let mut new_index = vec![0; chips.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let chips = order.iter().map(|&old| chips[old].clone()).collect();
    let role_chips = role_chips
        .into_iter()
        .map(|mine| mine.into_iter().map(|old| new_index[old]).collect())
        .collect();
    (chips, role_chips)
}

fn haystack(role: &Role) -> String {
    let mut text = String::new();
    let fields = [role.title.as_str(), role.summary.as_str()]
        .into_iter()
        .chain(role.responsibilities.iter().map(String::as_str))
        .chain(role.skills.iter().map(|skill| skill.name.as_str()))
        .chain(role.category.as_deref())
        .chain(role.codes.iter().map(|code| code.value.as_str()));
    for field in fields {
        text.push_str(&fold(field));
        // A separator no search word contains, so words never match across fields.
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::{parse_dataset, DEFAULT_ROLES_JSON};

    fn seed() -> Catalog {
        Catalog::new(parse_dataset(DEFAULT_ROLES_JSON).unwrap().dataset.roles)
    }

    fn titles(catalog: &Catalog, query: &Query) -> Vec<String> {
        catalog
            .matches(query)
            .into_iter()
            .map(|i| catalog.roles()[i].title.clone())
            .collect()
    }

    #[test]
    fn hipaa_leaves_only_the_project_manager() {
        let catalog = seed();
        assert_eq!(
            titles(&catalog, &Query::new("HIPAA", [])),
            ["Healthcare Project Manager"]
        );
        assert_eq!(
            titles(&catalog, &Query::new("hipaa", [])),
            ["Healthcare Project Manager"]
        );
    }

    #[test]
    fn an_empty_query_keeps_every_role() {
        assert_eq!(seed().matches(&Query::default()), [0, 1, 2, 3]);
    }

    #[test]
    fn search_covers_summary_responsibilities_and_skills() {
        let catalog = seed();
        // Only in the Resource Manager's responsibilities.
        assert_eq!(
            titles(&catalog, &Query::new("shortages", [])),
            ["IT Resource Manager"]
        );
        // Only in the Integration Engineer's skills.
        assert_eq!(
            titles(&catalog, &Query::new("bug tracking", [])),
            ["Health Integration Engineer"]
        );
        // In a summary.
        assert_eq!(
            titles(&catalog, &Query::new("decision making", [])),
            ["Healthcare Systems Analyst"]
        );
    }

    #[test]
    fn every_word_of_the_query_must_match() {
        let catalog = seed();
        assert_eq!(
            titles(&catalog, &Query::new("hospital schedule", [])),
            Vec::<String>::new()
        );
        assert_eq!(
            titles(&catalog, &Query::new("projects schedule", [])),
            ["IT Resource Manager"]
        );
    }

    #[test]
    fn search_ignores_accents_in_the_query() {
        assert_eq!(
            titles(&seed(), &Query::new("HÍPÄÄ", [])),
            ["Healthcare Project Manager"]
        );
    }

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
    fn words_do_not_match_across_fields() {
        let role = |title: &str, summary: &str| Role {
            id: title.into(),
            title: title.into(),
            summary: summary.into(),
            responsibilities: vec![],
            skills: vec![],
            ..Role::default()
        };
        let catalog = Catalog::new(vec![role("Data", "base camp").into()]);
        assert!(catalog.matches(&Query::new("database", [])).is_empty());
        assert!(catalog.matches(&Query::new("a b", [])).len() == 1);
    }

    #[test]
    fn search_finds_a_role_by_its_category_or_code() {
        let role = Role {
            id: "a".into(),
            title: "Software Developers".into(),
            category: Some("Computer and Mathematical".into()),
            codes: vec![crate::core::role::Code {
                scheme: "O*NET-SOC".into(),
                value: "15-1252.00".into(),
            }],
            ..Role::default()
        };
        let catalog = Catalog::new(vec![role.into()]);
        assert_eq!(catalog.matches(&Query::new("mathematical", [])), [0]);
        assert_eq!(catalog.matches(&Query::new("15-1252", [])), [0]);
        assert!(catalog.matches(&Query::new("O*NET", [])).is_empty());
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
    fn the_same_skill_in_other_case_is_one_chip() {
        let skill = |name: &str| crate::core::role::Skill {
            name: name.into(),
            category: None,
        };
        let role = |id: &str, skill_name: &str| Role {
            id: id.into(),
            title: id.into(),
            summary: String::new(),
            responsibilities: vec![],
            skills: vec![skill(skill_name)],
            ..Role::default()
        };
        let catalog = Catalog::new(vec![role("a", "SQL").into(), role("b", "sql").into()]);
        assert_eq!(catalog.chips().len(), 1);
        assert_eq!(catalog.chip_counts(&[0, 1]), [2]);
    }
}
