//! Filtering and ranking: which roles fit the search words and the chosen
//! skills, in what order, and how many roles each skill chip would leave.
//!
//! Rules, as the README states them: every search word must occur in a role
//! (ignoring case and accents), or, for words of five letters or more, a
//! word one typo away. A role ranks by where its words occur: the title
//! above a code, a skill, the category, the summary, then a responsibility;
//! an exact occurrence above a typo; equal roles keep the data's order.

use std::rc::Rc;

use super::fast_hash::FastMap;
use super::role::Role;
use super::text::{fold, fold_into, one_typo_from, terms, words};

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
    fn weight(self) -> u32 {
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

/// Roles prepared for searching. Built once per data set so that a keystroke
/// only scans text that is already folded and split.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    roles: Vec<Rc<Role>>,
    /// Each role's folded fields, joined by a separator no search word
    /// contains, so words never match across fields.
    haystacks: Vec<String>,
    /// Where each field of a haystack ends, and what it is.
    fields: Vec<Vec<(usize, Field)>>,
    /// Every distinct word of every role, as characters, for typo matching.
    vocabulary: Vec<Box<[char]>>,
    /// Each role's words (indices into `vocabulary`), with the best field
    /// each occurs in.
    role_words: Vec<Vec<(u32, Field)>>,
    /// Indices into `chips` of each role's skills.
    role_chips: Vec<Vec<usize>>,
    chips: Vec<SkillChip>,
    groups: Vec<ChipGroup>,
    /// Role indices in title order.
    by_title: Vec<usize>,
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

/// What one search word matches in the vocabulary, worked out once per
/// search so that each role only looks its own words up.
struct TermWords {
    /// The vocabulary words that contain the search word; `None` when it has
    /// a character that splits words ("e-mail", "c++"), so that it may span
    /// words: it is then looked for in the role's text. Any other search
    /// word can only occur inside a word, so both ways find the same.
    exact: Option<Vec<bool>>,
    /// The vocabulary words it is one typo away from (none for short words).
    typo: Vec<bool>,
}

/// How well one role fits `query`: `None` if it lacks a chosen skill or a
/// search word, else its relevance. Each word scores by the best field it
/// occurs in, exact occurrences twice as much as typos.
fn fits(catalog: &Catalog, role: usize, query: &Query, terms: &[TermWords]) -> Option<u32> {
    let chips = &catalog.role_chips[role];
    if !query.chips.iter().all(|chip| chips.contains(chip)) {
        return None;
    }
    // The best field among this role's words that `wanted` marks.
    let best_in = |wanted: &[bool]| {
        catalog.role_words[role]
            .iter()
            .filter(|(word, _)| wanted.get(*word as usize) == Some(&true))
            .map(|&(_, field)| field)
            .max()
    };
    let mut score = 0;
    for (term, words) in query.terms.iter().zip(terms) {
        let exact = match &words.exact {
            Some(in_words) => best_in(in_words),
            None => catalog.haystacks[role]
                .match_indices(term.as_str())
                .filter_map(|(at, _)| catalog.field_at(role, at))
                .max(),
        };
        score += match exact {
            Some(field) => field.weight() * 2,
            None => best_in(&words.typo)?.weight() * 2 - 1,
        };
    }
    Some(score)
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

    /// Indices of the roles that fit `query`, best first.
    pub fn matches(&self, query: &Query) -> Vec<usize> {
        self.search(query, Sort::Relevance).matches
    }

    /// The roles that fit `query`, in `sort` order, and what to mark.
    pub fn search(&self, query: &Query, sort: Sort) -> Found {
        let terms = self.term_words(query);
        let mut marks = query.terms.clone();
        for words in &terms {
            for (word, _) in words.typo.iter().enumerate().filter(|(_, on)| **on) {
                marks.push(self.vocabulary[word].iter().collect());
            }
        }
        let scores: Vec<Option<u32>> = (0..self.roles.len())
            .map(|role| fits(self, role, query, &terms))
            .collect();
        let matches = match sort {
            Sort::Title => self
                .by_title
                .iter()
                .copied()
                .filter(|&role| scores[role].is_some())
                .collect(),
            Sort::Relevance => best_first(&scores),
        };
        Found { matches, marks }
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

    /// The field that the haystack byte `at` of `role` belongs to.
    fn field_at(&self, role: usize, at: usize) -> Option<Field> {
        self.fields[role]
            .iter()
            .find(|(end, _)| at < *end)
            .map(|&(_, field)| field)
    }

    /// Which vocabulary words each search word is in, and could be a typo
    /// of. Done once per search, over the distinct words, not once per role.
    fn term_words(&self, query: &Query) -> Vec<TermWords> {
        query
            .terms
            .iter()
            .map(|term| {
                let typed: Vec<char> = term.chars().collect();
                let one_word = words(term).eq([term.as_str()]);
                TermWords {
                    exact: one_word.then(|| {
                        self.vocabulary
                            .iter()
                            .map(|word| word.windows(typed.len()).any(|part| part == typed))
                            .collect()
                    }),
                    typo: if typed.len() < TYPO_MIN_CHARS {
                        Vec::new()
                    } else {
                        self.vocabulary
                            .iter()
                            .map(|word| one_typo_from(&typed, word))
                            .collect()
                    },
                }
            })
            .collect()
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

/// The text a role is searched in, with the field each piece is.
fn searchable(role: &Role) -> impl Iterator<Item = (&str, Field)> {
    std::iter::once((role.title.as_str(), Field::Title))
        .chain(role.codes.iter().map(|c| (c.value.as_str(), Field::Code)))
        .chain(role.skills.iter().map(|s| (s.name.as_str(), Field::Skill)))
        .chain(role.category.as_deref().map(|c| (c, Field::Category)))
        .chain(std::iter::once((role.summary.as_str(), Field::Summary)))
        .chain(
            role.responsibilities
                .iter()
                .map(|r| (r.as_str(), Field::Responsibility)),
        )
}

/// Indices of the roles with a score, highest first, data order among
/// equals: a counting sort, since scores are small (std's sorts add
/// kilobytes of wasm).
fn best_first(scores: &[Option<u32>]) -> Vec<usize> {
    let top = scores.iter().flatten().copied().max().unwrap_or(0) as usize;
    let mut by_score = vec![Vec::new(); top + 1];
    for (role, score) in scores.iter().enumerate() {
        if let Some(score) = score {
            by_score[*score as usize].push(role);
        }
    }
    by_score.into_iter().rev().flatten().collect()
}

/// Indices of folded `keys` in order, equal ones in data order: a bottom-up
/// merge sort, stable, in a few lines where std's sort adds 3 KB of wasm.
fn title_order(keys: &[&str]) -> Vec<usize> {
    let n = keys.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                let take_left =
                    right >= end || (left < mid && keys[order[left]] <= keys[order[right]]);
                let from = if take_left { &mut left } else { &mut right };
                *slot = order[*from];
                *from += 1;
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Chips by category, in the order each category first appears among the
/// chips (which come shared-first); skills without one come last.
fn group_by_category(chips: &[SkillChip]) -> Vec<ChipGroup> {
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
fn shared_first(
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
    let order: Vec<usize> = by_count.into_iter().rev().flatten().collect();
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
    use super::*;
    use crate::data::testing;

    fn seed() -> Catalog {
        Catalog::new(testing::seed().dataset.roles)
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

    fn role(id: &str, title: &str, skills: &[&str], duties: &[&str]) -> Rc<Role> {
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

    fn ids(catalog: &Catalog, query: &str, sort: Sort) -> Vec<String> {
        catalog
            .search(&Query::new(query, []), sort)
            .matches
            .into_iter()
            .map(|i| catalog.roles()[i].id.clone())
            .collect()
    }

    #[test]
    fn a_title_match_ranks_above_a_skill_above_a_responsibility() {
        let catalog = Catalog::new(vec![
            role("duty", "Clerk", &[], &["Audit the books"]),
            role("skill", "Accountant", &["Audit"], &[]),
            role("title", "Audit Lead", &[], &[]),
            role("none", "Nurse", &[], &[]),
        ]);
        assert_eq!(
            ids(&catalog, "audit", Sort::Relevance),
            ["title", "skill", "duty"]
        );
        // Title order is alphabetical, whatever the relevance.
        assert_eq!(
            ids(&catalog, "audit", Sort::Title),
            ["skill", "title", "duty"]
        );
        // Nothing searched: data order, or titles A to Z.
        assert_eq!(
            ids(&catalog, "", Sort::Relevance),
            ["duty", "skill", "title", "none"]
        );
        assert_eq!(
            ids(&catalog, "", Sort::Title),
            ["skill", "title", "duty", "none"]
        );
    }

    #[test]
    fn one_typo_is_forgiven_in_words_of_five_letters_or_more() {
        let catalog = seed();
        assert_eq!(
            titles(&catalog, &Query::new("managment", [])),
            titles(&catalog, &Query::new("management", []))
        );
        assert_eq!(
            titles(&catalog, &Query::new("HIPPA", [])),
            ["Healthcare Project Manager"]
        );
        assert!(
            titles(&catalog, &Query::new("tset", [])).is_empty(),
            "four letters: no typo allowed"
        );
        assert_eq!(
            titles(&catalog, &Query::new("hospitl", [])),
            titles(&catalog, &Query::new("hospital", []))
        );
        // The word a typo was taken for is marked, beside the typed word.
        let found = catalog.search(&Query::new("schedul3", []), Sort::Relevance);
        assert_eq!(found.marks, ["schedul3", "scheduling", "schedule"]);
        assert_eq!(
            titles(&catalog, &Query::new("schedul3", [])),
            ["IT Resource Manager"]
        );
    }

    #[test]
    fn an_exact_match_ranks_above_a_typo_in_the_same_field() {
        let catalog = Catalog::new(vec![
            role("typo", "Nurses aide", &[], &[]),
            role("exact", "Nurse", &[], &[]),
        ]);
        // "nursr" is a typo of both; no exact match: data order.
        assert_eq!(ids(&catalog, "nursr", Sort::Relevance), ["typo", "exact"]);
        let catalog = Catalog::new(vec![
            role("typo", "Theraphist", &[], &[]),
            role("exact", "Therapist", &[], &[]),
        ]);
        assert_eq!(
            ids(&catalog, "therapist", Sort::Relevance),
            ["exact", "typo"]
        );
    }

    #[test]
    fn several_words_keep_roles_that_match_all_of_them() {
        let catalog = seed();
        assert_eq!(
            titles(&catalog, &Query::new("resources shortages", [])),
            ["IT Resource Manager"]
        );
        assert!(titles(&catalog, &Query::new("resources hipaa", [])).is_empty());
    }

    #[test]
    fn title_order_is_alphabetical_and_stable() {
        let titles = [
            "delta", "Alpha", "charlie", "alpha", "Bravo", "écho", "Charlie",
        ];
        let roles: Vec<Rc<Role>> = titles
            .iter()
            .enumerate()
            .map(|(i, t)| role(&i.to_string(), t, &[], &[]))
            .collect();
        let catalog = Catalog::new(roles);
        let sorted: Vec<&str> = catalog.by_title.iter().map(|&i| titles[i]).collect();
        assert_eq!(
            sorted,
            ["Alpha", "alpha", "Bravo", "charlie", "Charlie", "delta", "écho"]
        );
        assert!(title_order(&[]).is_empty());
        assert_eq!(title_order(&["b", "a", "b", "a"]), [1, 3, 0, 2]);
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

    #[test]
    fn looking_words_up_in_the_vocabulary_finds_what_the_text_finds() {
        let mut roles = testing::seed().dataset.roles;
        roles.push(role(
            "mixed",
            "E-mail & C++ dev, SQL/ETL (Ελληνικά) – naïve",
            &["Data-base design", "Ölçme"],
            &["Writes e-mail; reviews C++."],
        ));
        let catalog = Catalog::new(roles);
        // Every piece of one to four characters of every word, and words
        // with punctuation that spans words.
        let mut queries: Vec<String> =
            ["e-mail", "c++", "sql/etl", "dev,", "(ελληνικα)", "-", "e-m"]
                .map(String::from)
                .to_vec();
        for word in &catalog.vocabulary {
            for len in 1..=4.min(word.len()) {
                for part in word.windows(len) {
                    queries.push(part.iter().collect());
                }
            }
        }
        queries.push(format!("{} {}", queries[0], queries[9]));
        for text in &queries {
            let query = Query::new(text, []);
            let looked_up = catalog.term_words(&query);
            let in_text: Vec<TermWords> = catalog
                .term_words(&query)
                .into_iter()
                .map(|words| TermWords {
                    exact: None,
                    ..words
                })
                .collect();
            for role in 0..catalog.roles().len() {
                assert_eq!(
                    fits(&catalog, role, &query, &looked_up),
                    fits(&catalog, role, &query, &in_text),
                    "{text:?} in role {role}"
                );
            }
        }
        assert!(queries.len() > 500, "{}", queries.len());
    }
}
