//! docs/architecture.md's tree matches the disk: every path it names exists,
//! and every file of a folder it lists is named there, so a newcomer's map
//! stays true. And no source file grows much past 300 lines without saying
//! at its top why it is long.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use role_explorer_gen::workspace_root;

/// Build outputs and installed packages (as .gitignore has them): not the project's files.
const NOT_KEPT: &[&str] = &[
    ".git",
    "target",
    "dist",
    "dist-small",
    "node_modules",
    "out",
];

/// Where a file is long enough to owe its reader a reason.
const LONG: usize = 350;

/// One item of the tree: the paths it names (relative to the root; folders
/// end with `/`), and the folder it sits in.
struct Item {
    paths: Vec<String>,
    parent: String,
}

/// The items of the tree section: lines `- `name`, `name` text`, nested by two spaces.
fn tree() -> Vec<Item> {
    let doc = fs::read_to_string(workspace_root().join("docs/architecture.md")).unwrap();
    let section = doc
        .split("\n## ")
        .find(|s| s.starts_with("The tree"))
        .expect("docs/architecture.md has a section \"## The tree\"");
    // Each item's line with its continued lines (deeper, without "- "), which may go on naming.
    let mut lines: Vec<(usize, String)> = Vec::new();
    for line in section.lines() {
        let rest = line.trim_start_matches(' ');
        match (rest.strip_prefix("- "), lines.last_mut()) {
            (Some(item), _) => lines.push((line.len() - rest.len(), item.to_string())),
            (None, Some((_, item))) if line.starts_with("  ") => {
                item.push(' ');
                item.push_str(rest);
            }
            _ => {}
        }
    }
    let mut folders: Vec<(usize, String)> = Vec::new(); // (indent, path) of the open folders
    let mut items = Vec::new();
    for (indent, line) in lines {
        while folders.last().is_some_and(|(i, _)| *i >= indent) {
            folders.pop();
        }
        let parent = folders.last().map_or(String::new(), |(_, p)| p.clone());
        let mut names = Vec::new();
        let mut rest = line
            .strip_prefix('`')
            .expect("an item starts with a `name`");
        loop {
            let (name, after) = rest.split_once('`').expect("a name closes with `");
            names.push(format!("{parent}{name}"));
            match after.strip_prefix(", `") {
                Some(next) => rest = next,
                None => break,
            }
        }
        if let [folder] = names.as_slice() {
            if folder.ends_with('/') {
                folders.push((indent, folder.clone()));
            }
        }
        items.push(Item {
            paths: names,
            parent,
        });
    }
    assert!(
        items.len() > 50,
        "the tree names only {} paths",
        items.len()
    );
    items
}

/// The entries of a folder, as the tree writes them (folders with a final `/`).
fn entries(folder: &str) -> BTreeSet<String> {
    let dir = workspace_root().join(folder);
    fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap())
        .filter(|e| !NOT_KEPT.contains(&e.file_name().to_str().unwrap()))
        .map(|e| {
            let name = e.file_name().into_string().unwrap();
            let slash = if e.path().is_dir() { "/" } else { "" };
            format!("{folder}{name}{slash}")
        })
        .collect()
}

#[test]
fn every_path_the_tree_names_exists() {
    let root = workspace_root();
    let missing: Vec<String> = tree()
        .iter()
        .flat_map(|item| &item.paths)
        .filter(|p| {
            let path = root.join(p);
            if p.ends_with('/') {
                !path.is_dir()
            } else {
                !path.is_file()
            }
        })
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "docs/architecture.md names what is not there: {missing:?}"
    );
}

#[test]
fn every_file_of_a_listed_folder_is_named() {
    let items = tree();
    let named: BTreeSet<&str> = items
        .iter()
        .flat_map(|i| &i.paths)
        .map(String::as_str)
        .collect();
    // The root and every folder with items of its own list all their entries.
    let listed: BTreeSet<&str> = items.iter().map(|i| i.parent.as_str()).collect();
    let unnamed: Vec<String> = listed
        .iter()
        .flat_map(|folder| entries(folder))
        .filter(|entry| !named.contains(entry.as_str()))
        .collect();
    assert!(
        unnamed.is_empty(),
        "add these to docs/architecture.md's tree: {unnamed:?}"
    );
}

/// Every source file under `folder`, skipping what is not kept.
fn sources(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(folder).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if NOT_KEPT.contains(&entry.file_name().to_str().unwrap()) {
            continue;
        }
        if path.is_dir() {
            sources(&path, found);
        } else if ["rs", "js", "mjs", "sh", "py", "css"]
            .iter()
            .any(|ext| path.extension().is_some_and(|e| e == *ext))
        {
            found.push(path);
        }
    }
}

#[test]
fn long_files_say_why_at_their_top() {
    let root = workspace_root();
    let mut files = Vec::new();
    sources(&root, &mut files);
    let unexplained: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let text = fs::read_to_string(path).ok()?;
            // A Rust file's own test module reads apart from its code: only the code counts.
            let code = text.split("\n#[cfg(test)]\nmod tests").next().unwrap();
            let lines = code.lines().count();
            let top: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
            (lines > LONG && !top.to_lowercase().contains("long")).then(|| {
                let name = path.strip_prefix(&root).unwrap().display();
                format!("{name} ({lines} lines)")
            })
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "split these, or say at their top why they are long: {unexplained:?}"
    );
}
