//! What a host page may style: the `::part()` names and the `--rx-*` custom
//! properties, and where the widget reads the host's own light or dark mode.

/// A piece of the widget that `role-explorer::part(NAME)` reaches.
#[derive(Clone, Copy, Debug)]
pub struct Part {
    pub name: &'static str,
    pub what: &'static str,
}

const fn part(name: &'static str, what: &'static str) -> Part {
    Part { name, what }
}

/// Every part, in reading order.
pub const PARTS: [Part; 26] = [
    part("root", "the widget's box"),
    part("heading", "the heading"),
    part("notice", "the notes about wrong settings"),
    part("filters", "the search, sort and chips together"),
    part("search", "the search field"),
    part("sort", "the sort menu"),
    part(
        "skills-toggle",
        "“Filter by skill”, which opens the skill chips",
    ),
    part("chips", "the skill chips, grouped"),
    part("chip", "one skill chip"),
    part("chosen", "a chosen skill, which a press unchooses"),
    part("clear", "“Clear all filters”"),
    part("count", "the result count"),
    part("comparison", "the comparison and its bar"),
    part("cards", "the list of cards"),
    part("card", "one role's card"),
    part("card-title", "a card's title"),
    part("tag", "a skill tag on a card"),
    part("mark", "a marked search word"),
    part("disclosure", "a card's “Details” button"),
    part("compare", "a card's “Compare” button"),
    part("details", "a card's opened details"),
    part("more", "“Show 12 more”"),
    part("empty", "the message when nothing matches"),
    part(
        "fault",
        "a fault in the data or an internal error, in place of the cards",
    ),
    part("retry", "“Try again” or “Restart” in a fault"),
    part("credit", "the data's source, under the cards"),
];

/// A custom property the host page may set on `role-explorer` or an ancestor.
#[derive(Clone, Copy, Debug)]
pub struct CustomProperty {
    pub name: &'static str,
    pub light: &'static str,
    /// Empty when the dark theme uses the light default too.
    pub dark: &'static str,
    pub what: &'static str,
}

const fn property(
    name: &'static str,
    light: &'static str,
    dark: &'static str,
    what: &'static str,
) -> CustomProperty {
    CustomProperty {
        name,
        light,
        dark,
        what,
    }
}

/// The widget's font family unless `--rx-font` says otherwise.
pub const FONT: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

pub const PROPERTIES: [CustomProperty; 13] = [
    property("--rx-bg", "#ffffff", "#14181c", "the widget's background"),
    property(
        "--rx-surface",
        "#f6f8fa",
        "#1f262d",
        "cards, notices, chip backgrounds",
    ),
    property("--rx-text", "#1d232a", "#e8ecef", "text"),
    property(
        "--rx-muted",
        "#4f5b66",
        "#aab4be",
        "summaries, counts, the credit",
    ),
    property("--rx-border", "#c9d1d9", "#3d4852", "borders"),
    property(
        "--rx-accent",
        "#0b7285",
        "#66d9e8",
        "chosen chips, buttons, focus rings (the `accent` attribute wins)",
    ),
    property("--rx-on-accent", "#ffffff", "#000000", "text on the accent"),
    property("--rx-radius", "0.6em", "", "corner radius"),
    property("--rx-gap", "1em", "", "padding and the space between cards"),
    property("--rx-font", FONT, "", "font family"),
    property(
        "--rx-font-size",
        "16px",
        "",
        "base font size (the widget does not inherit the page's)",
    ),
    property(
        "--rx-mark",
        "#fff3a3",
        "#5c4b00",
        "background of marked search words",
    ),
    property(
        "--rx-reserve",
        "36rem",
        "",
        "height reserved before the widget starts (see Loading)",
    ),
];

/// Attributes in which a host page states its own mode (`theme="host"`):
/// the closest ancestor whose value contains `dark` or `light` decides.
pub const HOST_THEME_ATTRIBUTES: [&str; 4] = [
    "data-theme",
    "data-bs-theme",
    "data-color-scheme",
    "data-mode",
];
