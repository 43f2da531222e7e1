//! The events a widget sends the host page, each a `role-explorer:NAME`
//! CustomEvent that bubbles and is composed, with a JSON `detail`.

use super::attributes::LANG_TAGS;

/// One event the widget sends.
#[derive(Clone, Copy, Debug)]
pub struct Event {
    /// The name after `role-explorer:`.
    pub name: &'static str,
    /// When it is sent, in Markdown.
    pub when: &'static str,
    /// The TypeScript name of its detail's interface.
    pub type_name: &'static str,
    /// The detail's fields, in the order the widget writes them.
    pub detail: &'static [Field],
}

/// One field of an event's `detail`.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldType,
    pub meaning: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Number,
    Boolean,
    TextList,
    /// One of these strings.
    OneOf(&'static [&'static str]),
}

/// Where a widget's roles came from, as `ready` names it.
pub const SOURCES: [&str; 4] = ["built-in", "inline", "property", "src"];

const fn field(name: &'static str, kind: FieldType, meaning: &'static str) -> Field {
    Field {
        name,
        kind,
        meaning,
    }
}

pub const READY: Event = Event {
    name: "ready",
    when: "the widget shows its roles (at start, and after new data)",
    type_name: "ReadyDetail",
    detail: &[
        field(
            "source",
            FieldType::OneOf(&SOURCES),
            "where the roles came from",
        ),
        field("total", FieldType::Number, "roles the widget holds"),
        field(
            "shown",
            FieldType::Number,
            "roles that fit the starting filters",
        ),
        field(
            "lang",
            FieldType::OneOf(&LANG_TAGS),
            "the language it speaks",
        ),
    ],
};

pub const FILTER_CHANGE: Event = Event {
    name: "filter-change",
    when: "the reader changed the search or the chips",
    type_name: "FilterChangeDetail",
    detail: &[
        field("query", FieldType::Text, "the search text"),
        field(
            "skills",
            FieldType::TextList,
            "names of the chosen skills, in the order chosen",
        ),
        field("shown", FieldType::Number, "roles that match"),
        field("total", FieldType::Number, "roles the widget holds"),
        field(
            "ids",
            FieldType::TextList,
            "ids of the matching roles, in the order shown",
        ),
    ],
};

pub const SELECT: Event = Event {
    name: "select",
    when: "the reader opened or closed a role",
    type_name: "SelectDetail",
    detail: &[
        field("id", FieldType::Text, "the role's id"),
        field("title", FieldType::Text, "the role's title"),
        field("open", FieldType::Boolean, "whether it is open now"),
    ],
};

/// Every event, in the order the README lists them.
pub const EVENTS: [Event; 3] = [READY, FILTER_CHANGE, SELECT];
