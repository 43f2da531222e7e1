//! Which roles fit a query: every search word in the role (or, from five
//! letters, a word one typo away), and every chosen chip; and how well.

use super::ranking::best_first;
use super::{keep, Catalog, Found, Query, Sort, TYPO_MIN_CHARS};
use crate::text::{one_typo_from, words};

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
            Sort::Title => keep(&self.by_title, &|role| scores[role].is_some()),
            Sort::Relevance => best_first(&scores),
        };
        Found { matches, marks }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing;
    use crate::filter::testing::{role, seed, titles};

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
    fn several_words_keep_roles_that_match_all_of_them() {
        let catalog = seed();
        assert_eq!(
            titles(&catalog, &Query::new("resources shortages", [])),
            ["IT Resource Manager"]
        );
        assert!(titles(&catalog, &Query::new("resources hipaa", [])).is_empty());
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
