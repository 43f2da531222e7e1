//! English: the default, and the language of the messages for bloggers.

use super::{two_forms, Messages};

pub const RIGHT_TO_LEFT: bool = false;

pub static MESSAGES: Messages = Messages {
    search_label: "Search roles",
    search_placeholder: "Title, skill or task",
    skills_legend: "Skills and knowledge",
    clear_filters: "Clear all filters",
    count: two_forms("{shown} of {total} role", "{shown} of {total} roles"),
    chip_roles: two_forms(" role", " roles"),
    details: "Details",
    responsibilities: "Responsibilities",
    links: "Links",
    show_more: "Show {page} more ({hidden} not shown yet)",
    empty_title: "No role matches {asked}.",
    empty_query: "“{query}”",
    empty_skills: "the skills {skills}",
    empty_with: " with ",
    empty_hint: "Try fewer or shorter words, check the spelling, or unchoose a skill.",
    notices_label: "Settings problems",
    notices_title: "Some settings or data of this widget could not be used:",
    fault_title: "The roles could not be shown: {reason}.",
    fault_more: "…and {more} more (the browser console lists them all).",
    try_again: "Try again",
    loading: "Loading roles…",
    source: "Source: ",
    source_by: ", by {author}",
    sort_label: "Sort by",
    sort_relevance: "Best match",
    sort_title: "Title (A–Z)",
    other_skills: "Other skills",
    compare: "Compare",
    comparing: two_forms("Comparing {count} role", "Comparing {count} roles"),
    compare_hint: "Choose one to three more roles to compare them side by side.",
    stop_comparing: "Stop comparing",
    shared_by_all: "Skills they all need",
    none_shared: "No skill is common to all of them.",
    only_this_role: "Only this role",
    shared_with_shown: "Skills shared with other roles shown",
};
