//! The order of the roles found: best match first (a counting sort, as
//! scores are small), or by title (a stable merge sort); std's sorts add
//! kilobytes of wasm.

/// Indices of the roles with a score, highest first, data order among
/// equals: a counting sort, since scores are small (std's sorts add
/// kilobytes of wasm).
pub(super) fn best_first(scores: &[Option<u32>]) -> Vec<usize> {
    let top = scores.iter().flatten().copied().max().unwrap_or(0) as usize;
    let mut by_score = vec![Vec::new(); top + 1];
    for (role, score) in scores.iter().enumerate() {
        if let Some(score) = score {
            by_score[*score as usize].push(role);
        }
    }
    highest_first(by_score)
}

/// The buckets of a counting sort, from the last (the highest) to the first:
/// one loop for both counting sorts, where `flatten().collect()` was 0.4 KB
/// gzip of wasm.
pub(super) fn highest_first(buckets: Vec<Vec<usize>>) -> Vec<usize> {
    let mut order = Vec::new();
    for bucket in buckets.iter().rev() {
        order.extend_from_slice(bucket);
    }
    order
}

/// Indices of folded `keys` in order, equal ones in data order: a bottom-up
/// merge sort, stable, in a few lines where std's sort adds 3 KB of wasm.
pub(super) fn title_order(keys: &[&str]) -> Vec<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::testing::{ids, role};
    use crate::filter::{Catalog, Sort};
    use crate::role::Role;
    use std::rc::Rc;

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
}
