//! Compacts the stylesheet and the default data that the wasm embeds:
//! comments and layout whitespace are bytes every reader would download.
//! The files in static/ stay readable.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, compact) in [
        (
            "static/role-explorer.css",
            compact_css as fn(&str) -> String,
        ),
        ("static/roles.json", compact_json),
    ] {
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let name = Path::new(source).file_name().expect("a file name");
        fs::write(Path::new(&out).join(name), compact(&text)).expect("OUT_DIR is writable");
    }
}

/// Drops comments and the whitespace around `{ } ; , :` and at line ends.
/// A space before `:` is kept: in a selector (`.rx :focus-visible`) it matters.
fn compact_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::with_capacity(text.len());
    for word in words {
        let glue =
            out.ends_with(['{', '}', ';', ',', ':']) || word.starts_with(['{', '}', ';', ',']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Drops whitespace outside strings.
fn compact_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c.is_whitespace() {
            continue;
        } else {
            in_string = c == '"';
        }
        out.push(c);
    }
    out
}
