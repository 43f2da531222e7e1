//! The files around the contract agree with it: the generated ones are up
//! to date, and the hand-written stylesheet, components and loader use
//! exactly the parts, custom properties and keywords it lists.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use role_explorer_core::contract::{Values, ATTRIBUTES, LANG_TAGS, PARTS, PROPERTIES};
use role_explorer_gen::{artefacts, workspace_root, COMMAND};

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The files under `folder` (relative to the root) whose name ends with `extension`.
fn files(folder: &str, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![workspace_root().join(folder)];
    while let Some(dir) = folders.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.to_string_lossy().ends_with(extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn loader() -> Vec<(PathBuf, String)> {
    files("static/loader", ".js")
        .into_iter()
        .map(|p| (p.clone(), read(&p)))
        .collect()
}

/// Each capture of the text between `before` and the next `after`.
fn between<'a>(text: &'a str, before: &str, after: char) -> Vec<&'a str> {
    text.match_indices(before)
        .filter_map(|(i, _)| {
            let rest = &text[i + before.len()..];
            rest.find(after).map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn the_generated_files_match_the_contract() {
    let root = workspace_root();
    let stale: Vec<&str> = artefacts(&root)
        .expect("the generator runs")
        .iter()
        .filter(|artefact| {
            fs::read_to_string(root.join(artefact.path)).ok().as_deref() != Some(&artefact.text)
        })
        .map(|artefact| artefact.path)
        .collect();
    assert!(
        stale.is_empty(),
        "{} differ from the contract (crates/core/src/contract): run `{COMMAND}`",
        stale.join(", ")
    );
}

/// `var(--rx-NAME, FALLBACK)`: every custom property the text reads, with its fallback.
fn custom_properties(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (i, _) in text.match_indices("var(--rx-") {
        let rest = &text[i + 4..];
        let name_end = rest.find([',', ')']).expect("a var() ends");
        let (name, mut depth, mut fallback) = (&rest[..name_end], 0, String::new());
        if rest[name_end..].starts_with(',') {
            for c in rest[name_end + 1..].chars() {
                match c {
                    '(' => depth += 1,
                    ')' if depth == 0 => break,
                    ')' => depth -= 1,
                    _ => {}
                }
                fallback.push(c);
            }
        }
        found.push((name.trim().to_owned(), fallback));
    }
    found
}

/// CSS values compared without the spaces after commas that minified CSS drops.
fn compact(value: &str) -> String {
    value.trim().replace(", ", ",")
}

#[test]
fn the_stylesheet_and_the_loader_use_every_custom_property_with_its_defaults() {
    let mut texts = vec![(
        workspace_root().join("static/role-explorer.css"),
        String::new(),
    )];
    texts[0].1 = read(&texts[0].0);
    texts.extend(loader());
    let mut used = BTreeSet::new();
    for (path, text) in &texts {
        for (name, fallback) in custom_properties(text) {
            let listed = PROPERTIES
                .iter()
                .find(|p| p.name == name)
                .unwrap_or_else(|| panic!("{}: {name} is not in the contract", path.display()));
            let defaults = [listed.light, listed.dark].map(compact);
            assert!(
                defaults.contains(&compact(&fallback)),
                "{}: var({name}, {fallback}) is not the contract's default ({})",
                path.display(),
                listed.light
            );
            used.insert(name);
        }
    }
    let listed: BTreeSet<String> = PROPERTIES.iter().map(|p| p.name.to_owned()).collect();
    assert_eq!(used, listed, "listed custom properties nothing reads");
}

#[test]
fn every_part_is_listed_and_every_listed_part_is_there() {
    let mut used = BTreeSet::new();
    for path in files("crates/yew/src", ".rs") {
        let text = read(&path);
        assert_eq!(
            text.matches("part=").count(),
            text.matches("part=\"").count(),
            "{}: a part written as an expression, which this test cannot read",
            path.display()
        );
        // In `html!`, and on the elements the cards make by hand (`dom::element`).
        for start in ["part=\"", "(\"part\", \""] {
            used.extend(between(&text, start, '"').into_iter().map(str::to_owned));
        }
    }
    for (_, text) in loader() {
        used.extend(
            between(&text, "part: \"", '"')
                .into_iter()
                .map(str::to_owned),
        );
    }
    let listed: BTreeSet<String> = PARTS.iter().map(|p| p.name.to_owned()).collect();
    assert_eq!(used, listed);
}

#[test]
fn the_loader_compares_keywords_only_through_its_helpers() {
    for (path, text) in loader() {
        // A raw setting compared with a string is how `loading="LAZY"` once loaded at once.
        for comparison in ["setting(", "getAttribute("] {
            for (i, _) in text.match_indices(comparison) {
                let call_end = text[i..].find(')').map_or(text.len(), |end| i + end + 1);
                let after = text[call_end..].trim_start();
                assert!(
                    !after.starts_with("===") && !after.starts_with("!=="),
                    "{}: a {comparison}…) compared as it is; use keyword(), choice() or language()",
                    path.display()
                );
            }
        }
        // choice(element, "NAME") === "KEYWORD": the keyword must be one of NAME's.
        for call in between(&text, "choice(", ')') {
            let Some(name) = between(call, "\"", '"').first().copied() else {
                continue;
            };
            let attribute = ATTRIBUTES
                .iter()
                .find(|a| a.name == name)
                .expect("a listed attribute");
            let Values::Keywords(keywords) = attribute.values else {
                panic!("{}: {name} takes no keywords", path.display())
            };
            let rest = &text[text.find(&format!("choice({call})")).unwrap()..];
            let line = rest.lines().next().unwrap();
            for compared in [between(line, "=== \"", '"'), between(line, "!== \"", '"')].concat() {
                assert!(
                    keywords.iter().any(|k| k.name == compared),
                    "{}: {name} has no keyword \"{compared}\"",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_stop_screen_speaks_every_language_of_the_contract() {
    let text = read(&workspace_root().join("static/loader/stop.js"));
    let table = &text[text.find("const STOPPED = {").expect("the STOPPED table")..];
    let table = &table[..table.find("};").unwrap()];
    let langs: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|line| line.trim().split_once(": [").map(|(lang, _)| lang))
        .collect();
    assert_eq!(langs, LANG_TAGS);
}

#[test]
fn every_release_address_in_the_readme_names_this_version() {
    use role_explorer_core::contract::VERSION;
    let readme = read(&workspace_root().join("README.md"));
    let stale: Vec<&str> = readme
        .split("role-explorer@")
        .skip(1)
        .map(|rest| rest.split(['/', '`', ' ', ',']).next().unwrap())
        // The version, or its range of patch releases (`0.2`).
        .filter(|version| *version != VERSION && !VERSION.starts_with(&format!("{version}.")))
        .collect();
    assert!(
        stale.is_empty(),
        "README.md names other releases than {VERSION}: {stale:?}"
    );
}
