//! The files written from the contract ([`role_explorer_core::contract`]).
//! Whole files are generated where nothing else lives in them (the loader's
//! constants); elsewhere only the text between two markers is, so the rest
//! of the file stays hand-written:
//!
//! ```text
//! <!-- contract:attributes -->   …generated…   <!-- /contract:attributes -->   (Markdown, HTML)
//! // contract:types              …generated…   // /contract:types              (JavaScript, TypeScript)
//! ```

mod builder;
mod loader;
mod markdown;
mod readable;
mod release;
mod types;

use std::fmt;

use role_explorer_core::i18n::Lang;
use std::fs;
use std::path::{Path, PathBuf};

/// The command that rewrites every generated file.
pub const COMMAND: &str = "cargo run -p role-explorer-gen";

/// One file as the contract wants it.
pub struct Artefact {
    /// Relative to the workspace's root.
    pub path: &'static str,
    pub text: String,
}

impl Artefact {
    /// Writes the file unless it already holds this text; true if it wrote.
    pub fn write_if_changed(&self, root: &Path) -> Result<bool, GenError> {
        let path = root.join(self.path);
        if fs::read_to_string(&path).ok().as_deref() == Some(self.text.as_str()) {
            return Ok(false);
        }
        fs::write(&path, &self.text).map_err(|error| GenError::Io(self.path, error.to_string()))?;
        Ok(true)
    }
}

/// Why the generated files could not be made.
#[derive(Debug, PartialEq, Eq)]
pub enum GenError {
    /// A file could not be read or written.
    Io(&'static str, String),
    /// A file lacks the marker a generated part goes after, or the one it ends at.
    MissingMarker { path: &'static str, marker: String },
    /// The builder's layout names an attribute the contract does not have.
    UnknownAttribute(&'static str),
}

impl fmt::Display for GenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GenError::Io(path, error) => write!(f, "{path}: {error}"),
            GenError::MissingMarker { path, marker } => write!(
                f,
                "{path} has no line \"{marker}\": put the start and end markers where the generated part goes"
            ),
            GenError::UnknownAttribute(name) => write!(
                f,
                "the builder's layout (crates/gen/src/builder.rs) names \"{name}\", which the contract does not list"
            ),
        }
    }
}

impl std::error::Error for GenError {}

/// The workspace's root, two folders above this crate.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every generated file, with the text it should have.
pub fn artefacts(root: &Path) -> Result<Vec<Artefact>, GenError> {
    let readme = [
        ("attributes", markdown::attributes()),
        ("events", markdown::events()),
        ("parts", markdown::parts()),
        ("properties", markdown::properties()),
        ("release", release::readme()),
    ];
    let mut artefacts = vec![
        Artefact {
            path: "static/loader/contract.js",
            text: loader::constants(),
        },
        regions(
            root,
            "static/role-explorer.d.ts",
            Comment::Slashes,
            &[("types", types::declarations())],
        )?,
        regions(
            root,
            "static/builder.html",
            Comment::Html,
            &[("controls", builder::controls()?)],
        )?,
        regions(
            root,
            "static/builder.js",
            Comment::Slashes,
            &[
                ("attributes", builder::attribute_list()),
                ("release", release::builder_base()),
            ],
        )?,
        regions(
            root,
            "static/builder-snippets.js",
            Comment::Slashes,
            &[("frame-height", release::frame_height())],
        )?,
        regions(
            root,
            "static/builder-readable.js",
            Comment::Slashes,
            &[("words", readable::words())],
        )?,
        regions(root, "README.md", Comment::Html, &readme)?,
    ];
    // The catalogues the loader fetches (English is built into the wasm).
    for &lang in &Lang::ALL[1..] {
        artefacts.push(Artefact {
            path: CATALOGUES[lang as usize - 1],
            text: lang.catalogue_file() + "\n",
        });
    }
    Ok(artefacts)
}

/// Where each language's catalogue file goes, after English, in the order of
/// `Lang::ALL` (a test checks the names); `index.html` copies them into dist/.
const CATALOGUES: [&str; 2] = [
    "static/role-explorer-es.json",
    "static/role-explorer-ar.json",
];

/// How a file writes a comment line, and so its markers.
#[derive(Clone, Copy)]
enum Comment {
    Html,
    Slashes,
}

impl Comment {
    fn marker(self, name: &str, end: bool) -> String {
        let slash = if end { "/" } else { "" };
        match self {
            Comment::Html => format!("<!-- {slash}contract:{name} -->"),
            Comment::Slashes => format!("// {slash}contract:{name}"),
        }
    }
}

/// `path`'s text with each named part replaced by its new content.
fn regions(
    root: &Path,
    path: &'static str,
    comment: Comment,
    parts: &[(&str, String)],
) -> Result<Artefact, GenError> {
    let mut text = fs::read_to_string(root.join(path))
        .map_err(|error| GenError::Io(path, error.to_string()))?;
    for (name, content) in parts {
        text = replace_region(&text, path, comment, name, content)?;
    }
    Ok(Artefact { path, text })
}

/// Replaces the lines between the start and end markers of `name` (each a
/// line of its own, whatever its indentation) with `content`.
fn replace_region(
    text: &str,
    path: &'static str,
    comment: Comment,
    name: &str,
    content: &str,
) -> Result<String, GenError> {
    let find = |marker: String, from: usize| {
        text[from..]
            .lines()
            .scan(from, |offset, line| {
                let start = *offset;
                *offset += line.len() + 1;
                Some((start, *offset, line))
            })
            .find(|(_, _, line)| line.trim() == marker)
            .map(|(start, end, _)| (start, end.min(text.len())))
            .ok_or(GenError::MissingMarker { path, marker })
    };
    let (_, body_start) = find(comment.marker(name, false), 0)?;
    let (body_end, _) = find(comment.marker(name, true), body_start)?;
    Ok(format!(
        "{}{content}{}",
        &text[..body_start],
        &text[body_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_is_replaced_between_its_markers_only() {
        let text = "a\n  <!-- contract:x -->\nold\nlines\n  <!-- /contract:x -->\nb\n";
        let out = replace_region(text, "f", Comment::Html, "x", "new\n").unwrap();
        assert_eq!(
            out,
            "a\n  <!-- contract:x -->\nnew\n  <!-- /contract:x -->\nb\n"
        );
        // Idempotent.
        assert_eq!(
            replace_region(&out, "f", Comment::Html, "x", "new\n").unwrap(),
            out
        );
    }

    #[test]
    fn each_catalogue_file_is_named_by_its_language() {
        assert_eq!(CATALOGUES.len(), Lang::ALL.len() - 1);
        for (path, lang) in CATALOGUES.iter().zip(&Lang::ALL[1..]) {
            assert_eq!(*path, format!("static/role-explorer-{}.json", lang.tag()));
        }
    }

    #[test]
    fn a_missing_marker_is_named() {
        let error =
            replace_region("// contract:y\n", "f.js", Comment::Slashes, "y", "").unwrap_err();
        assert_eq!(error.to_string(), "f.js has no line \"// /contract:y\": put the start and end markers where the generated part goes");
    }
}
