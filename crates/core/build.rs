//! Compacts the built-in role data that the wasm embeds: layout whitespace
//! is bytes every reader would download. static/roles.json stays readable.

use std::{env, fs, path::Path};

const SOURCE: &str = "../../static/roles.json";

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    let json = fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("roles.json"), compact_json(&json))
        .expect("OUT_DIR is writable");
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
