//! The attributes a blogger sets: their names, values, defaults and where
//! else they may be written (the script tag's `data-` form, a `<meta>`).

use super::{Keyword, Language};

/// One setting of the widget, as an attribute of `<role-explorer>`.
#[derive(Clone, Copy, Debug)]
pub struct Attribute {
    pub name: &'static str,
    /// What it is called in the snippet builder.
    pub label: &'static str,
    pub values: Values,
    /// The default in words (Markdown), for values that are not keywords or
    /// seconds: those name their own default.
    pub default: &'static str,
    /// What it does, one line of Markdown (the README's table).
    pub description: &'static str,
    /// A sample value the snippet builder shows in an empty field.
    pub example: &'static str,
    /// The loader's script tag takes it as `data-NAME`.
    pub script_tag: bool,
    /// `<meta name="role-explorer:NAME" content="…">` sets a page-wide default.
    pub meta: bool,
}

/// What an attribute accepts.
#[derive(Clone, Copy, Debug)]
pub enum Values {
    /// One of these keywords (see [`super::fold_keyword`]); the first is the default.
    Keywords(&'static [Keyword]),
    /// A language tag whose primary subtag names one of these (`es-MX` is `es`).
    Languages(&'static [Language]),
    /// Present means on, as in HTML, unless its value is the keyword [`FLAG_OFF`].
    Flag,
    /// A whole number of seconds.
    Seconds { min: u32, max: u32, default: u32 },
    /// Text of some kind, described in Markdown for the README.
    Text(TextKind, &'static str),
}

/// What kind of text an attribute takes, which decides the builder's control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A CSS colour, any syntax the browser reads: the loader hands the wasm
    /// `#rrggbb` (`static/loader/colour.js`), or the text as written when the
    /// browser found no colour in it.
    Colour,
    /// Role ids, comma-separated.
    RoleIds,
    /// Items, comma-separated.
    List,
    Plain,
    /// An address, relative to the page.
    Address,
}

/// The value that turns a [`Values::Flag`] attribute off.
pub const FLAG_OFF: &str = "false";

/// The keywords' names, in order: what the parser compares with.
const fn names<const N: usize>(keywords: &[Keyword; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = keywords[i].name;
        i += 1;
    }
    out
}

const THEME: [Keyword; 4] = [
    Keyword::new("auto", "the reader's light or dark"),
    Keyword::new("light", ""),
    Keyword::new("dark", ""),
    Keyword::new("host", "follow my site's toggle"),
];
const LAYOUT: [Keyword; 2] = [
    Keyword::new("grid", "cards side by side"),
    Keyword::new("list", "one card a row"),
];
const FILTERS: [Keyword; 3] = [
    Keyword::new("compact", "a search row; skills open on demand"),
    Keyword::new("open", "every skill category shown"),
    Keyword::new("none", "search only"),
];
const LOADING: [Keyword; 2] = [
    Keyword::new("eager", "at once"),
    Keyword::new("lazy", "when scrolled near"),
];

pub const THEME_KEYWORDS: [&str; 4] = names(&THEME);
pub const LAYOUT_KEYWORDS: [&str; 2] = names(&LAYOUT);
pub const FILTERS_KEYWORDS: [&str; 3] = names(&FILTERS);
pub const LOADING_KEYWORDS: [&str; 2] = names(&LOADING);

/// The languages the widget speaks; [`LANG_TAGS`] is what `lang` is matched with.
pub const LANGUAGES: [Language; 3] = [
    Language::new("en", "English", "ltr"),
    Language::new("es", "Español", "ltr"),
    Language::new("ar", "العربية", "rtl"),
];
pub const LANG_TAGS: [&str; 3] = {
    let mut out = [""; 3];
    let mut i = 0;
    while i < out.len() {
        out[i] = LANGUAGES[i].tag;
        i += 1;
    }
    out
};

/// The range and default of `timeout`.
pub const TIMEOUT: (u32, u32) = (1, 120);
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 10;

const fn attribute(name: &'static str, label: &'static str, values: Values) -> Attribute {
    Attribute {
        name,
        label,
        values,
        default: "",
        description: "",
        example: "",
        script_tag: true,
        meta: true,
    }
}

/// Every attribute, in the order the README and the builder's snippets list them.
pub const ATTRIBUTES: [Attribute; 13] = [
    Attribute {
        description: "`auto` follows the reader's `prefers-color-scheme`, live; `host` follows the host page's own dark-mode toggle (see Theming)",
        ..attribute("theme", "Theme", Values::Keywords(&THEME))
    },
    Attribute {
        default: "teal",
        description: "colour of chosen chips, buttons and focus rings; darkened or lightened per theme just enough to reach 3:1 against the background, and text on it is black or white, whichever contrasts more",
        example: "default teal",
        ..attribute(
            "accent",
            "Accent colour",
            Values::Text(
                TextKind::Colour,
                "any CSS colour the browser knows: `#0b7285`, `rgb(11 114 133)`, `hsl(190 85% 28%)`, `oklch(50% 0.1 215)`, `teal`…",
            ),
        )
    },
    Attribute {
        default: "every role",
        description: "which roles to show, in this order",
        ..attribute(
            "roles",
            "Roles to show, none ticked for all",
            Values::Text(TextKind::RoleIds, "role ids, comma-separated"),
        )
    },
    Attribute {
        default: "none",
        description: "skills chosen when the widget starts",
        example: "HIPAA, Testing",
        ..attribute(
            "skills",
            "Skills chosen at start",
            Values::Text(
                TextKind::List,
                "skill names, comma-separated (case and accents ignored)",
            ),
        )
    },
    Attribute {
        default: "empty",
        description: "search text when the widget starts",
        ..attribute("query", "Search at start", Values::Text(TextKind::Plain, "text"))
    },
    Attribute {
        default: "the data's title",
        description: "the widget's heading",
        example: "the data's title",
        ..attribute(
            "heading",
            "Heading",
            Values::Text(TextKind::Plain, "text; empty to hide"),
        )
    },
    Attribute {
        description: "cards in a responsive grid, or one per row",
        ..attribute("layout", "Layout", Values::Keywords(&LAYOUT))
    },
    Attribute {
        description: "`compact` shows a search row and the chosen skills, with a “Filter by skill” button that opens the skill categories; `open` shows the categories from the start; `none` offers search alone",
        ..attribute("filters", "Skill filters", Values::Keywords(&FILTERS))
    },
    Attribute {
        default: "none",
        description: "a role file to load instead of the built-in roles (see Role data)",
        example: "https://example.com/roles.json",
        ..attribute(
            "src",
            "Role file address",
            Values::Text(TextKind::Address, "a URL, relative to the page"),
        )
    },
    Attribute {
        description: "how long the role file may take to arrive",
        ..attribute(
            "timeout",
            "Timeout in seconds",
            Values::Seconds {
                min: TIMEOUT.0,
                max: TIMEOUT.1,
                default: DEFAULT_TIMEOUT_SECONDS,
            },
        )
    },
    Attribute {
        default: "the closest ancestor's `lang`, else English",
        example: "es-MX",
        description: "the language of the widget's words; Arabic lays out right to left",
        ..attribute("lang", "Language", Values::Languages(&LANGUAGES))
    },
    Attribute {
        default: "off",
        description: "keeps the search, the chosen skills and the open role in the page address (see Sharing)",
        ..attribute(
            "share",
            "Keep the reader's filters in the address",
            Values::Flag,
        )
    },
    Attribute {
        description: "`lazy` fetches the wasm only when the widget comes within a screen of the viewport",
        ..attribute("loading", "Loading", Values::Keywords(&LOADING))
    },
];
