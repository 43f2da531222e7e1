//! The contract's part of `static/role-explorer.d.ts`: the attributes, the
//! events' details, the parts and the custom properties, as TypeScript.

use role_explorer_core::contract::{
    FieldType, Values, ATTRIBUTES, EVENTS, PARTS, PROPERTIES, RESIZE_MESSAGE,
};

use crate::markdown;

/// `"a" | "b"`.
fn union<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items
        .into_iter()
        .map(|item| format!("\"{item}\""))
        .collect();
    items.join(" | ")
}

fn field_type(kind: FieldType) -> String {
    match kind {
        FieldType::Text => "string".into(),
        FieldType::Number => "number".into(),
        FieldType::Boolean => "boolean".into(),
        FieldType::TextList => "string[]".into(),
        FieldType::OneOf(values) => union(values.iter().copied()),
    }
}

/// Markdown of the README, as a doc comment's text (no `*/` can occur).
fn doc(text: &str) -> String {
    text.replace("*/", "*\\/")
}

pub fn declarations() -> String {
    let mut out = String::from(
        "/** The attributes of `<role-explorer>` (on the loader's script tag: `data-NAME`). Keywords ignore case. */\n\
         export interface RoleExplorerAttributes {\n",
    );
    for attribute in &ATTRIBUTES {
        let kind = match attribute.values {
            Values::Keywords(keywords) => union(keywords.iter().map(|k| k.name)),
            _ => "string".into(),
        };
        out += &format!(
            "  /** {}. Default: {}. */\n  {}?: {kind};\n",
            doc(attribute.description),
            doc(&markdown::default(attribute)),
            attribute.name
        );
    }
    out += "}\n\nexport type RoleExplorerAttribute = keyof RoleExplorerAttributes;\n";
    for event in &EVENTS {
        out += &format!(
            "\n/** `role-explorer:{}`: {}. */\nexport interface {} {{\n",
            event.name,
            doc(event.when),
            event.type_name
        );
        for field in event.detail {
            out += &format!(
                "  /** {}. */\n  {}: {};\n",
                doc(field.meaning),
                field.name,
                field_type(field.kind)
            );
        }
        out += "}\n";
    }
    out += "\n/** Every event a widget sends; each bubbles and is composed (it crosses shadow roots). */\n\
            export interface RoleExplorerEventMap {\n";
    for event in &EVENTS {
        out += &format!(
            "  \"role-explorer:{}\": CustomEvent<{}>;\n",
            event.name, event.type_name
        );
    }
    out += "}\n\n/** The pieces `role-explorer::part(NAME)` reaches. */\nexport type RoleExplorerPart =\n";
    for part in &PARTS {
        out += &format!("  | \"{}\" // {}\n", part.name, part.what);
    }
    out.pop();
    out += ";\n\n/** The custom properties a host page may set on `role-explorer` or an ancestor. */\n\
            export type RoleExplorerProperty =\n";
    for property in &PROPERTIES {
        out += &format!("  | \"{}\" // {}\n", property.name, property.what);
    }
    out.pop();
    out += ";\n";
    out += &format!(
        "\n/** What `embed.html` (the iframe form) posts to the page that frames it when its height changes. */\n\
         export interface ResizeMessage {{\n  type: \"{RESIZE_MESSAGE}\";\n  /** the frame's content height, in CSS pixels. */\n  height: number;\n}}\n"
    );
    out
}
