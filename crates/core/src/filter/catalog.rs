//! The roles prepared for searching, built once per data set so that a
//! keystroke only looks at text that is already folded and split, and
//! built role by role, so that a large file is prepared in slices.

use std::rc::Rc;

use super::chips::{group_by_category, shared_first};
use super::ranking::title_order;
use super::{ChipGroup, Field, SkillChip};
use crate::fast_hash::FastMap;
use crate::role::Role;
use crate::text::{fold, fold_into, words};

/// Roles prepared for searching. Built once per data set so that a keystroke
/// only scans text that is already folded and split.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub(super) roles: Vec<Rc<Role>>,
    /// Each role's folded fields, joined by a separator no search word
    /// contains, so words never match across fields.
    pub(super) haystacks: Vec<String>,
    /// Where each field of a haystack ends, and what it is.
    pub(super) fields: Vec<Vec<(usize, Field)>>,
    /// Every distinct word of every role, as characters, for typo matching.
    pub(super) vocabulary: Vec<Box<[char]>>,
    /// Each role's words (indices into `vocabulary`), with the best field
    /// each occurs in.
    pub(super) role_words: Vec<Vec<(u32, Field)>>,
    /// Indices into `chips` of each role's skills.
    pub(super) role_chips: Vec<Vec<usize>>,
    pub(super) chips: Vec<SkillChip>,
    pub(super) groups: Vec<ChipGroup>,
    /// Role indices in title order.
    pub(super) by_title: Vec<usize>,
}

impl Catalog {
    pub fn new(roles: Vec<Rc<Role>>) -> Self {
        let mut builder = CatalogBuilder::default();
        for role in roles {
            builder.add(role);
        }
        builder.finish()
    }

    pub fn roles(&self) -> &[Rc<Role>] {
        &self.roles
    }

    pub fn chips(&self) -> &[SkillChip] {
        &self.chips
    }

    /// The chips by category, in the order categories first appear.
    pub fn groups(&self) -> &[ChipGroup] {
        &self.groups
    }

    /// Indices of a role's chips.
    pub fn role_chips(&self, role: usize) -> &[usize] {
        &self.role_chips[role]
    }

    /// The chip for a skill name, ignoring case and accents.
    pub fn chip_index(&self, name: &str) -> Option<usize> {
        let key = fold(name.trim());
        self.chips.iter().position(|chip| chip.key == key)
    }

    /// The index of the role with `id`.
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|role| role.id == id)
    }

    /// The field that the haystack byte `at` of `role` belongs to.
    pub(super) fn field_at(&self, role: usize, at: usize) -> Option<Field> {
        self.fields[role]
            .iter()
            .find(|(end, _)| at < *end)
            .map(|&(_, field)| field)
    }
}

/// Builds a [`Catalog`] role by role, so that the data reader can prepare
/// thousands of roles between which the page gets to run.
#[derive(Default)]
pub struct CatalogBuilder {
    /// The catalog so far; chips are put in order, and titles sorted, at the end.
    parts: Catalog,
    /// Folded name -> chip: thousands of distinct skills stay one lookup each.
    chip_of: FastMap<String, usize>,
    word_of: FastMap<String, u32>,
    /// For each word, the last role that had it and where in that role's
    /// list: a role's words are gathered without searching the list.
    last_seen: Vec<(usize, usize)>,
}

impl CatalogBuilder {
    pub fn add(&mut self, role: Rc<Role>) {
        let parts = &mut self.parts;
        let index = parts.roles.len();
        let mut mine = Vec::with_capacity(role.skills.len());
        for skill in &role.skills {
            let key = fold(&skill.name);
            let chips = &mut parts.chips;
            let chip = *self.chip_of.entry(key).or_insert_with_key(|key| {
                chips.push(SkillChip {
                    name: skill.name.clone(),
                    key: key.clone(),
                    category: skill.category.clone(),
                });
                chips.len() - 1
            });
            if !mine.contains(&chip) {
                mine.push(chip);
            }
        }
        parts.role_chips.push(mine);

        let mut haystack = String::new();
        let mut ends = Vec::new();
        let mut seen: Vec<(u32, Field)> = Vec::new();
        for (text, field) in searchable(&role) {
            let start = haystack.len();
            fold_into(text, &mut haystack);
            for word in words(&haystack[start..]) {
                let id = match self.word_of.get(word) {
                    Some(&id) => id,
                    None => {
                        parts.vocabulary.push(word.chars().collect());
                        self.last_seen.push((usize::MAX, 0));
                        let id = parts.vocabulary.len() as u32 - 1;
                        self.word_of.insert(word.to_owned(), id);
                        id
                    }
                };
                let (last_role, at) = &mut self.last_seen[id as usize];
                if *last_role == index {
                    seen[*at].1 = seen[*at].1.max(field);
                } else {
                    (*last_role, *at) = (index, seen.len());
                    seen.push((id, field));
                }
            }
            ends.push((haystack.len(), field));
            haystack.push('\u{1f}');
        }
        parts.haystacks.push(haystack);
        parts.fields.push(ends);
        parts.role_words.push(seen);
        parts.roles.push(role);
    }

    pub fn finish(self) -> Catalog {
        let mut catalog = self.parts;
        let (chips, role_chips) = shared_first(
            std::mem::take(&mut catalog.chips),
            std::mem::take(&mut catalog.role_chips),
        );
        catalog.groups = group_by_category(&chips);
        (catalog.chips, catalog.role_chips) = (chips, role_chips);
        // The title is each haystack's first field, already folded.
        let titles: Vec<&str> = (catalog.haystacks.iter().zip(&catalog.fields))
            .map(|(haystack, fields)| &haystack[..fields[0].0])
            .collect();
        catalog.by_title = title_order(&titles);
        catalog
    }
}

/// The text a role is searched in, with the field each piece is. A list, not
/// a chain of six iterators, whose stepping was larger code.
fn searchable(role: &Role) -> Vec<(&str, Field)> {
    let mut pieces = vec![(role.title.as_str(), Field::Title)];
    for code in &role.codes {
        pieces.push((&code.value, Field::Code));
    }
    for skill in &role.skills {
        pieces.push((&skill.name, Field::Skill));
    }
    if let Some(category) = &role.category {
        pieces.push((category, Field::Category));
    }
    pieces.push((&role.summary, Field::Summary));
    for responsibility in &role.responsibilities {
        pieces.push((responsibility, Field::Responsibility));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Query;

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
            codes: vec![crate::role::Code {
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
    fn the_same_skill_in_other_case_is_one_chip() {
        let skill = |name: &str| crate::role::Skill {
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
