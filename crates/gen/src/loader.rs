//! `static/loader/contract.js`: what the loader needs of the contract.

use role_explorer_core::contract::{
    TextKind, Values, ATTRIBUTES, DEFAULT_TIMEOUT_SECONDS, HOST_THEME_ATTRIBUTES, LANGUAGES,
    LANG_TAGS, RESIZE_MESSAGE, VERSION,
};

/// A JavaScript array literal of strings (none needs escaping: a test checks).
fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items
        .into_iter()
        .map(|item| format!("\"{item}\""))
        .collect();
    format!("[{}]", items.join(", "))
}

/// The names of the attributes for which `keep` holds; the whole list is
/// written as `ATTRIBUTES` again, so no bytes repeat in the loader.
fn subset(keep: impl Fn(&role_explorer_core::contract::Attribute) -> bool) -> String {
    if ATTRIBUTES.iter().all(&keep) {
        "ATTRIBUTES".into()
    } else {
        array(ATTRIBUTES.iter().filter(|a| keep(a)).map(|a| a.name))
    }
}

/// A character of a regular expression's class.
fn class_char(c: char) -> String {
    match c {
        ' ' => " ".into(),
        c if (c as u32) < 0x100 => format!("\\x{:02x}", c as u32),
        c => format!("\\u{:04x}", c as u32),
    }
}

/// The white space Rust's `str::trim` removes (`char::is_whitespace`), as a
/// class of ranges, so the loader trims exactly as the settings parser does.
pub fn white_space_class() -> String {
    let spaces: Vec<char> = (0..=char::MAX as u32)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace())
        .collect();
    let mut class = String::new();
    let mut i = 0;
    while i < spaces.len() {
        let mut j = i;
        while j + 1 < spaces.len() && spaces[j + 1] as u32 == spaces[j] as u32 + 1 {
            j += 1;
        }
        class += &class_char(spaces[i]);
        if j > i + 1 {
            class += "-";
        }
        if j > i {
            class += &class_char(spaces[j]);
        }
        i = j + 1;
    }
    class
}

pub fn constants() -> String {
    let keywords: Vec<String> = ATTRIBUTES
        .iter()
        .filter_map(|attribute| match attribute.values {
            Values::Keywords(keywords) => Some(format!(
                "  {}: {},",
                attribute.name,
                array(keywords.iter().map(|k| k.name))
            )),
            _ => None,
        })
        .collect();
    let space = white_space_class();
    format!(
        "\
// Generated from crates/core/src/contract by `{command}`: edit the contract, not this file.
// What the widget promises the page, as the loader needs it.

// Every attribute; <role-explorer> observes them all.
export const ATTRIBUTES = {attributes};
// Those the loader's script tag takes as data-NAME.
export const SCRIPT_ATTRIBUTES = {script};
// Those a <meta name=\"role-explorer:NAME\"> gives a page-wide default.
export const META_ATTRIBUTES = {meta};
// Those that take a CSS colour, which the loader resolves to #rrggbb for the wasm.
export const COLOUR_ATTRIBUTES = {colour};
// Each keyword attribute's keywords; the first is the default.
export const KEYWORDS = {{
{keywords}
}};
// The languages the widget speaks, and those written right to left.
export const LANGS = {langs};
export const RTL = {rtl};
export const DEFAULT_TIMEOUT = {timeout};
// Where a host page states its own light or dark mode (theme=\"host\").
export const HOST_THEME_ATTRIBUTES = {host};
// White space around a keyword, as Rust's str::trim sees it (char::is_whitespace).
export const SPACE = /^[{space}]+|[{space}]+$/g;
// The release (Cargo.toml's version), as `RoleExplorer.version`.
export const VERSION = \"{version}\";
// The message embed.html posts to its parent when its height changes: {{ type, height }}.
export const RESIZE_MESSAGE = \"{resize}\";
",
        command = crate::COMMAND,
        attributes = array(ATTRIBUTES.iter().map(|a| a.name)),
        script = subset(|a| a.script_tag),
        meta = subset(|a| a.meta),
        colour = subset(|a| matches!(a.values, Values::Text(TextKind::Colour, _))),
        keywords = keywords.join("\n"),
        langs = array(LANG_TAGS),
        rtl = array(LANGUAGES.iter().filter(|l| l.dir == "rtl").map(|l| l.tag)),
        timeout = DEFAULT_TIMEOUT_SECONDS,
        host = array(HOST_THEME_ATTRIBUTES),
        version = VERSION,
        resize = RESIZE_MESSAGE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_white_space_class_is_rusts() {
        assert_eq!(
            white_space_class(),
            "\\x09-\\x0d \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
        );
    }

    #[test]
    fn no_name_needs_escaping_in_a_string_literal() {
        let names = ATTRIBUTES
            .iter()
            .map(|a| a.name)
            .chain(LANG_TAGS)
            .chain(HOST_THEME_ATTRIBUTES)
            .chain([RESIZE_MESSAGE, VERSION]);
        for name in names {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-:.".contains(c)),
                "{name}"
            );
        }
    }
}
