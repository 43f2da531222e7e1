//! Compacts the stylesheet that the component embeds: comments and layout
//! whitespace are bytes every reader would download.
//! static/role-explorer.css stays readable.

use std::{env, fs, path::Path};

const SOURCE: &str = "../../static/role-explorer.css";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let css = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("role-explorer.css"), compact_css(&css))
        .expect("OUT_DIR is writable");
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
