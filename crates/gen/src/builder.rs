//! The snippet builder's controls (static/builder.html) and its list of
//! attributes (static/builder.js): every attribute is a control named after
//! it, and every keyword an option.

use role_explorer_core::contract::{
    attribute, Attribute, TextKind, Values, ATTRIBUTES, PROPERTIES,
};

use crate::GenError;

/// The builder's fieldsets. An attribute left out of them still gets a
/// control, in a last fieldset of its own.
const GROUPS: [(&str, &[&str]); 4] = [
    ("Look", &["theme", "accent", "layout", "heading", "lang"]),
    (
        "Roles and filters",
        &["roles", "skills", "query", "filters"],
    ),
    ("Your own data", &["src", "timeout"]),
    ("Behaviour", &["share", "loading"]),
];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a control is called: its label, then the attribute's name.
fn caption(attribute: &Attribute) -> String {
    format!(
        "{} (<code>{}</code>)",
        escape(attribute.label),
        attribute.name
    )
}

fn placeholder(attribute: &Attribute) -> String {
    if attribute.example.is_empty() {
        String::new()
    } else {
        format!(" placeholder=\"{}\"", escape(attribute.example))
    }
}

/// `<option>`s: the default first, as an empty value (the attribute left out).
fn options(choices: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (value, label)) in choices.iter().enumerate() {
        let value = if i == 0 { "" } else { value };
        out += &format!(
            "              <option value=\"{}\">{}</option>\n",
            escape(value),
            escape(label)
        );
    }
    out
}

fn select(attribute: &Attribute, choices: &[(String, String)]) -> String {
    format!(
        "          <label><span>{}</span>\n            <select name=\"{}\">\n{}            </select>\n          </label>\n",
        caption(attribute),
        attribute.name,
        options(choices)
    )
}

fn control(attribute: &Attribute) -> String {
    let name = attribute.name;
    let input = |extra: &str| {
        format!(
            "          <label><span>{}</span>\n            <input name=\"{name}\"{extra}{}>\n          </label>\n",
            caption(attribute),
            placeholder(attribute)
        )
    };
    match attribute.values {
        Values::Keywords(keywords) => {
            let choices: Vec<(String, String)> = keywords
                .iter()
                .map(|k| {
                    let label = if k.note.is_empty() {
                        k.name.to_owned()
                    } else {
                        format!("{} ({})", k.name, k.note)
                    };
                    (k.name.to_owned(), label)
                })
                .collect();
            select(attribute, &choices)
        }
        Values::Languages(languages) => {
            let mut choices = vec![(String::new(), "the page's own".to_owned())];
            choices.extend(languages.iter().map(|l| (l.tag.to_owned(), l.name.to_owned())));
            select(attribute, &choices)
        }
        Values::Flag => format!(
            "          <label class=\"inline\"><input type=\"checkbox\" name=\"{name}\" value=\"\"> <span>{}</span></label>\n",
            caption(attribute)
        ),
        Values::Seconds { min, max, default } => {
            input(&format!(" type=\"number\" min=\"{min}\" max=\"{max}\" placeholder=\"{default}\""))
        }
        Values::Text(TextKind::Colour, _) => {
            let accent = PROPERTIES
                .iter()
                .find(|p| p.name == "--rx-accent")
                .map_or("#000000", |p| p.light);
            format!(
                "          <label><span>{}</span>\n            <span class=\"pair\"><input type=\"color\" name=\"{name}-picker\" value=\"{accent}\" aria-label=\"Pick a colour\">\n            <input name=\"{name}\"{} spellcheck=\"false\"></span>\n          </label>\n",
                caption(attribute),
                placeholder(attribute)
            )
        }
        Values::Text(TextKind::RoleIds, _) => format!(
            "          <div class=\"roles-choice\" role=\"group\" aria-labelledby=\"{name}-label\">\n            <span id=\"{name}-label\">{}</span>\n            <div id=\"role-boxes\" data-name=\"{name}\"></div>\n          </div>\n",
            caption(attribute)
        ),
        Values::Text(TextKind::Address, _) => format!(
            "{}          <button type=\"button\" id=\"check\">Check this file</button>\n          <div id=\"check-result\" class=\"check-result\" role=\"status\" aria-live=\"polite\"></div>\n",
            input(" type=\"url\" spellcheck=\"false\"")
        ),
        Values::Text(TextKind::List | TextKind::Plain, _) => input(""),
    }
}

fn fieldset(legend: &str, attributes: &[&Attribute]) -> String {
    let mut out = format!(
        "        <fieldset>\n          <legend>{}</legend>\n",
        escape(legend)
    );
    for attribute in attributes {
        out += &control(attribute);
    }
    out + "        </fieldset>\n"
}

pub fn controls() -> Result<String, GenError> {
    let mut out = String::new();
    for (legend, names) in GROUPS {
        let attributes = names
            .iter()
            .map(|name| attribute(name).ok_or(GenError::UnknownAttribute(name)))
            .collect::<Result<Vec<_>, _>>()?;
        out += &fieldset(legend, &attributes);
    }
    let rest: Vec<&Attribute> = ATTRIBUTES
        .iter()
        .filter(|a| !GROUPS.iter().any(|(_, names)| names.contains(&a.name)))
        .collect();
    if !rest.is_empty() {
        out += &fieldset("More", &rest);
    }
    Ok(out)
}

/// builder.js's list: the snippet's attributes, in the contract's order.
pub fn attribute_list() -> String {
    let names: Vec<String> = ATTRIBUTES
        .iter()
        .map(|a| format!("\"{}\"", a.name))
        .collect();
    format!("const ATTRIBUTES = [{}];\n", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attribute_gets_one_control_named_after_it() {
        let html = controls().unwrap();
        for attribute in &ATTRIBUTES {
            // `name="roles"` is also the end of the role boxes' `data-name="roles"`.
            let named = html
                .matches(&format!("name=\"{}\"", attribute.name))
                .count();
            assert_eq!(named, 1, "{}", attribute.name);
        }
    }

    #[test]
    fn keywords_are_options_with_the_default_as_no_value() {
        let html = controls().unwrap();
        assert!(html.contains("<option value=\"\">auto (the reader's light or dark)</option>"));
        assert!(html.contains("<option value=\"lazy\">lazy (when scrolled near)</option>"));
        assert!(html.contains("<option value=\"ar\">العربية</option>"));
    }
}
