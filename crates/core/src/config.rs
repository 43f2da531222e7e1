//! The blogger's settings: HTML attributes parsed into a typed [`Config`].
//! A wrong value never stops the widget; it falls back to the default and
//! yields a [`ConfigError`] that the widget shows and logs.

use std::fmt;

use super::color::Rgb;
use super::contract::{
    fold_keyword, FILTERS_KEYWORDS, FLAG_OFF, LANG_TAGS, LAYOUT_KEYWORDS, LOADING_KEYWORDS,
    THEME_KEYWORDS, TIMEOUT,
};
use super::i18n::Lang;
use super::text::Listed;

/// How long a role file may take to arrive, in seconds, unless `timeout` says otherwise.
pub use super::contract::DEFAULT_TIMEOUT_SECONDS;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Follows the host page's own dark-mode toggle (a class or `data-theme`
    /// on an ancestor); the loader resolves it to one of the others.
    Host,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    #[default]
    Grid,
    List,
}

/// How much room the skill filters take at first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filters {
    /// A search row; the skill facets open on demand.
    #[default]
    Compact,
    /// The skill facets always shown.
    Open,
    /// Search only.
    None,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Heading {
    /// The data set's own title.
    #[default]
    FromData,
    Text(String),
    /// `heading=""`: no heading at all.
    Hidden,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// Ids of the roles to show, in this order; empty shows every role.
    pub roles: Vec<String>,
    /// Skills chosen when the widget starts.
    pub skills: Vec<String>,
    /// Search text when the widget starts.
    pub query: String,
    pub heading: Heading,
    pub layout: Layout,
    pub filters: Filters,
    /// Address of a role file, relative to the page.
    pub src: Option<String>,
    pub timeout_seconds: u32,
    /// `None` follows the page's language (the closest `lang` attribute).
    pub lang: Option<Lang>,
    /// Keep the reader's filters and open role in the page address's hash.
    pub share: bool,
    /// `loading="lazy"`: the loader starts the widget near the viewport.
    pub lazy: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: Theme::default(),
            accent: None,
            roles: Vec::new(),
            skills: Vec::new(),
            query: String::new(),
            heading: Heading::default(),
            layout: Layout::default(),
            filters: Filters::default(),
            src: None,
            timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
            lang: None,
            share: false,
            lazy: false,
        }
    }
}

/// A setting the widget could not use, in words a blogger understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    NotAChoice {
        attribute: &'static str,
        value: String,
        allowed: &'static [&'static str],
    },
    NotAColor(String),
    /// `timeout` must be a whole number of seconds from 1 to 120.
    NotATimeout(String),
    UnknownRole {
        id: String,
        known: Vec<String>,
    },
    UnknownSkill(String),
    /// A `lang` the widget has no messages for.
    NotALanguage(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NotAChoice {
                attribute,
                value,
                allowed,
            } => write!(
                f,
                "{attribute}=\"{value}\" is not valid: use one of {}; using {} instead",
                Listed(allowed),
                allowed[0]
            ),
            ConfigError::NotAColor(value) => write!(
                f,
                "accent=\"{value}\" is not a CSS colour: use a value such as #0b7285, rgb(11 114 133) or teal; using the default accent"
            ),
            ConfigError::NotATimeout(value) => write!(
                f,
                "timeout=\"{value}\" is not valid: use a whole number of seconds from {} to {}; using {DEFAULT_TIMEOUT_SECONDS}",
                TIMEOUT.0, TIMEOUT.1
            ),
            ConfigError::UnknownRole { id, known } => write!(
                f,
                "roles: no role has the id \"{id}\"; the ids are {}",
                known.join(", ")
            ),
            ConfigError::UnknownSkill(name) => {
                write!(f, "skills: no role shown here has the skill \"{name}\"")
            }
            ConfigError::NotALanguage(value) => {
                let [others @ .., last] = &LANG_TAGS;
                write!(
                    f,
                    "lang=\"{value}\" has no translation: use {} or {last}; using the page's language or English",
                    Listed(others)
                )
            }
        }
    }
}

/// Reads the settings through `attribute`, which returns an attribute's
/// value or `None` when it is absent. The attributes, their keywords and
/// limits are those of [`crate::contract`].
pub fn parse_config(attribute: impl Fn(&str) -> Option<String>) -> (Config, Vec<ConfigError>) {
    let mut errors = Vec::new();
    let mut config = Config::default();
    if let Some(value) = attribute("theme") {
        config.theme = choice(
            "theme",
            &value,
            &THEME_KEYWORDS,
            [Theme::Auto, Theme::Light, Theme::Dark, Theme::Host],
            &mut errors,
        );
    }
    if let Some(value) = attribute("layout") {
        config.layout = choice(
            "layout",
            &value,
            &LAYOUT_KEYWORDS,
            [Layout::Grid, Layout::List],
            &mut errors,
        );
    }
    if let Some(value) = attribute("filters") {
        config.filters = choice(
            "filters",
            &value,
            &FILTERS_KEYWORDS,
            [Filters::Compact, Filters::Open, Filters::None],
            &mut errors,
        );
    }
    // The loader resolved a CSS colour to `#rrggbb` (static/loader/colour.js) and
    // passed on as written what the browser found no colour in.
    if let Some(value) = attribute("accent").filter(|v| !v.trim().is_empty()) {
        config.accent = Rgb::from_hex(&value);
        if config.accent.is_none() {
            errors.push(ConfigError::NotAColor(value));
        }
    }
    config.roles = attribute("roles").map(|v| list(&v)).unwrap_or_default();
    config.skills = attribute("skills").map(|v| list(&v)).unwrap_or_default();
    config.query = attribute("query")
        .map(|v| v.trim().to_owned())
        .unwrap_or_default();
    config.src = attribute("src")
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty());
    if let Some(value) = attribute("timeout") {
        match value.trim().parse::<u32>() {
            Ok(seconds) if (TIMEOUT.0..=TIMEOUT.1).contains(&seconds) => {
                config.timeout_seconds = seconds
            }
            _ => errors.push(ConfigError::NotATimeout(value)),
        }
    }
    if let Some(value) = attribute("lang").filter(|v| !v.trim().is_empty()) {
        config.lang = Lang::from_tag(&value);
        if config.lang.is_none() {
            errors.push(ConfigError::NotALanguage(value));
        }
    }
    // Boolean attributes: present means on, as in HTML, unless set to "false".
    config.share = attribute("share").is_some_and(|v| fold_keyword(&v) != FLAG_OFF);
    if let Some(value) = attribute("loading") {
        config.lazy = choice(
            "loading",
            &value,
            &LOADING_KEYWORDS,
            [false, true],
            &mut errors,
        );
    }
    config.heading = match attribute("heading") {
        None => Heading::FromData,
        Some(text) if text.trim().is_empty() => Heading::Hidden,
        Some(text) => Heading::Text(text.trim().to_owned()),
    };
    (config, errors)
}

/// One of a fixed set of keywords, by the contract's rule (case and white space
/// around ignored); the first is the default.
fn choice<T: Copy, const N: usize>(
    attribute: &'static str,
    value: &str,
    allowed: &'static [&'static str; N],
    values: [T; N],
    errors: &mut Vec<ConfigError>,
) -> T {
    let wanted = fold_keyword(value);
    match allowed.iter().position(|name| *name == wanted) {
        Some(i) => values[i],
        None => {
            errors.push(ConfigError::NotAChoice {
                attribute,
                value: value.to_owned(),
                allowed,
            });
            values[0]
        }
    }
}

/// A comma-separated list, trimmed, without empties or repeats.
fn list(value: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
    {
        if !items.iter().any(|seen| seen == item) {
            items.push(item.to_owned());
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (Config, Vec<ConfigError>) {
        parse_config(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
    }

    #[test]
    fn reads_exactly_the_contracts_attributes() {
        use crate::contract::ATTRIBUTES;
        let asked = std::cell::RefCell::new(Vec::new());
        parse_config(|name| {
            asked.borrow_mut().push(name.to_owned());
            None
        });
        let mut asked = asked.into_inner();
        let mut listed: Vec<&str> = ATTRIBUTES.iter().map(|a| a.name).collect();
        asked.sort_unstable();
        listed.sort_unstable();
        assert_eq!(asked, listed);
    }

    #[test]
    fn every_keyword_of_the_contract_is_accepted_in_any_case() {
        use crate::contract::{Values, ATTRIBUTES};
        for attribute in &ATTRIBUTES {
            let keywords: Vec<&str> = match attribute.values {
                Values::Keywords(keywords) => keywords.iter().map(|k| k.name).collect(),
                Values::Languages(languages) => languages.iter().map(|l| l.tag).collect(),
                _ => continue,
            };
            for keyword in keywords {
                let shouted = format!(" {}\n", keyword.to_ascii_uppercase());
                let (_, errors) = parse(&[(attribute.name, &shouted)]);
                assert_eq!(errors, [], "{}={shouted:?}", attribute.name);
            }
        }
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        assert_eq!(parse(&[]), (Config::default(), vec![]));
    }

    #[test]
    fn reads_every_attribute() {
        let (config, errors) = parse(&[
            ("theme", "Dark"),
            ("accent", "#0b7285"),
            (
                "roles",
                " it-resource-manager, healthcare-systems-analyst ,,it-resource-manager",
            ),
            ("skills", "HIPAA"),
            ("query", "  hospital "),
            ("heading", "Jobs"),
            ("layout", "list"),
            ("filters", " Open"),
            ("src", " data/roles.json "),
            ("timeout", "3"),
            ("lang", "es-MX"),
            ("share", ""),
            ("loading", "LAZY"),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config.theme, Theme::Dark);
        assert_eq!(config.accent.unwrap().hex(), "#0b7285");
        assert_eq!(
            config.roles,
            ["it-resource-manager", "healthcare-systems-analyst"]
        );
        assert_eq!(config.skills, ["HIPAA"]);
        assert_eq!(config.query, "hospital");
        assert_eq!(config.heading, Heading::Text("Jobs".into()));
        assert_eq!(config.layout, Layout::List);
        assert_eq!(config.filters, Filters::Open);
        assert_eq!(config.src.as_deref(), Some("data/roles.json"));
        assert_eq!(config.timeout_seconds, 3);
        assert_eq!(config.lang, Some(Lang::Es));
        assert!(config.share && config.lazy);
    }

    #[test]
    fn share_is_off_unless_present_and_not_false() {
        assert!(!parse(&[]).0.share);
        assert!(!parse(&[("share", "false")]).0.share);
        // Keywords are case-insensitive everywhere, this one too.
        assert!(!parse(&[("share", " FALSE ")]).0.share);
        assert!(parse(&[("share", "share")]).0.share);
    }

    #[test]
    fn an_unknown_language_is_reported_and_left_to_the_page() {
        let (config, errors) = parse(&[("lang", "tlh")]);
        assert_eq!(config.lang, None);
        assert_eq!(
            errors[0].to_string(),
            "lang=\"tlh\" has no translation: use en, es or ar; using the page's language or English"
        );
        assert_eq!(parse(&[("theme", "host")]).0.theme, Theme::Host);
    }

    #[test]
    fn a_timeout_out_of_range_keeps_the_default() {
        for bad in ["0", "121", "2.5", "ten", "-1"] {
            let (config, errors) = parse(&[("timeout", bad)]);
            assert_eq!(config.timeout_seconds, DEFAULT_TIMEOUT_SECONDS);
            assert_eq!(errors, [ConfigError::NotATimeout(bad.into())], "{bad}");
        }
    }

    #[test]
    fn an_empty_heading_hides_it() {
        assert_eq!(parse(&[("heading", " ")]).0.heading, Heading::Hidden);
    }

    #[test]
    fn wrong_values_fall_back_and_say_why() {
        let (config, errors) = parse(&[
            ("theme", "blue"),
            ("layout", "masonry"),
            ("accent", "blurple"),
            ("filters", "hidden"),
        ]);
        assert_eq!(
            (config.theme, config.layout, config.accent, config.filters),
            (Theme::Auto, Layout::Grid, None, Filters::Compact)
        );
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "theme=\"blue\" is not valid: use one of auto, light, dark, host; using auto instead",
                "layout=\"masonry\" is not valid: use one of grid, list; using grid instead",
                "filters=\"hidden\" is not valid: use one of compact, open, none; using compact instead",
                "accent=\"blurple\" is not a CSS colour: use a value such as #0b7285, rgb(11 114 133) or teal; using the default accent",
            ]
        );
    }
}
