//! The README's reference tables.

use role_explorer_core::contract::{
    Attribute, FieldType, Values, ATTRIBUTES, EVENTS, FLAG_OFF, PARTS, PROPERTIES,
};

fn code(text: &str) -> String {
    format!("`{text}`")
}

/// `a`, `b` or `c`.
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [others @ .., last] => format!("{} or {last}", others.join(", ")),
    }
}

/// What an attribute accepts, in words.
fn values(attribute: &Attribute) -> String {
    match attribute.values {
        Values::Keywords(keywords) => {
            let names: Vec<String> = keywords.iter().map(|k| code(k.name)).collect();
            names.join(", ")
        }
        Values::Languages(languages) => {
            let tags: Vec<String> = languages.iter().map(|l| code(l.tag)).collect();
            format!(
                "{} (or a longer tag that starts with one: {})",
                tags.join(", "),
                code(attribute.example)
            )
        }
        Values::Flag => format!("present, or {}", code(FLAG_OFF)),
        Values::Seconds { min, max, .. } => format!("whole seconds, {min} to {max}"),
        Values::Text(_, words) => words.into(),
    }
}

/// Its default, in words.
pub fn default(attribute: &Attribute) -> String {
    match attribute.values {
        Values::Keywords(keywords) => code(keywords[0].name),
        Values::Seconds { default, .. } => code(&default.to_string()),
        _ => attribute.default.into(),
    }
}

fn names<'a>(of: impl Iterator<Item = &'a Attribute>) -> Vec<String> {
    of.map(|a| code(a.name)).collect()
}

pub fn attributes() -> String {
    let mut out =
        String::from("| attribute | values | default | what it does |\n|---|---|---|---|\n");
    for attribute in &ATTRIBUTES {
        out += &format!(
            "| {} | {} | {} | {} |\n",
            code(attribute.name),
            values(attribute),
            default(attribute),
            attribute.description
        );
    }
    out += "\nKeywords ignore case and the spaces around them: `theme=\" Dark \"` is `dark`.\n";
    let not_script = names(ATTRIBUTES.iter().filter(|a| !a.script_tag));
    let not_meta = names(ATTRIBUTES.iter().filter(|a| !a.meta));
    out += "On the script tag, write them as `data-theme`, `data-accent`, and so on";
    if !not_script.is_empty() {
        out += &format!(" (all but {})", or_list(&not_script));
    }
    out += ". A page-wide `<meta>` default (below) works for ";
    if not_meta.is_empty() {
        out += "every one of them.\n";
    } else {
        out += &format!("all but {}.\n", or_list(&not_meta));
    }
    out
}

/// A field's type, in words.
fn kind(kind: FieldType) -> String {
    match kind {
        FieldType::Text => "text".into(),
        FieldType::Number => "number".into(),
        FieldType::Boolean => "`true` or `false`".into(),
        FieldType::TextList => "list of text".into(),
        FieldType::OneOf(values) => {
            let values: Vec<String> = values.iter().map(|v| code(&format!("\"{v}\""))).collect();
            or_list(&values)
        }
    }
}

pub fn events() -> String {
    let mut out = String::from("| event | when | `detail` |\n|---|---|---|\n");
    for event in &EVENTS {
        let fields: Vec<&str> = event.detail.iter().map(|f| f.name).collect();
        out += &format!(
            "| `role-explorer:{}` | {} | `{{ {} }}` |\n",
            event.name,
            event.when,
            fields.join(", ")
        );
    }
    out += "\n| event | `detail` field | type | meaning |\n|---|---|---|---|\n";
    for event in &EVENTS {
        for field in event.detail {
            out += &format!(
                "| {} | {} | {} | {} |\n",
                event.name,
                code(field.name),
                kind(field.kind),
                field.meaning
            );
        }
    }
    out
}

pub fn parts() -> String {
    let mut out = String::from("| part | what it is |\n|---|---|\n");
    for part in &PARTS {
        out += &format!("| {} | {} |\n", code(part.name), part.what);
    }
    out
}

pub fn properties() -> String {
    let mut out = String::from(
        "| property | light default | dark default | what it colours |\n|---|---|---|---|\n",
    );
    for property in &PROPERTIES {
        let dark = if property.dark.is_empty() {
            String::new()
        } else {
            code(property.dark)
        };
        out += &format!(
            "| {} | {} | {} | {} |\n",
            code(property.name),
            code(property.light),
            dark,
            property.what
        );
    }
    out
}
