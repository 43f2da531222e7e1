//! Property tests of the parsers that take outside input: thousands of
//! generated inputs, no panic, every error names its place, and a file read
//! in steps (as large files are) reads exactly as a whole reading does.
#![cfg(not(target_arch = "wasm32"))]

use role_explorer_core::color::Rgb;
use role_explorer_core::config::parse_config;
use role_explorer_core::contract::ATTRIBUTES;
use role_explorer_core::data::{read, Fault, FaultKind, Origin, Prepared, Reader};

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "",
    " ",
    ",",
    "dark",
    "LIGHT",
    "auto",
    "grid",
    "list",
    "#0b7285",
    "#fff",
    "#12",
    "rgb(1,2,3)",
    "rgb(1 2",
    "hsl(120 50% 50% / .5)",
    "teal",
    "blurple",
    "10",
    "0",
    "999",
    "-1",
    "1e3",
    "é",
    "🙂",
    "<script>",
    "\"",
    "\\",
    "health-integration-engineer",
    "HIPAA",
    "\u{0}",
    "\n",
    "rgba(",
    ")",
    "%",
];

fn random_text(rng: &mut Rng) -> String {
    (0..rng.below(5)).map(|_| rng.pick(PIECES)).collect()
}

#[test]
fn attribute_parsing_never_panics_and_names_the_attribute_of_every_error() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut errors_seen = 0;
    for _ in 0..5000 {
        let values: Vec<Option<String>> = ATTRIBUTES
            .iter()
            .map(|_| (rng.below(3) > 0).then(|| random_text(&mut rng)))
            .collect();
        let (config, errors) = parse_config(|name| {
            let i = ATTRIBUTES.iter().position(|a| a.name == name)?;
            values[i].clone()
        });
        assert!((1..=120).contains(&config.timeout_seconds));
        for error in errors {
            errors_seen += 1;
            let message = error.to_string();
            assert!(
                ATTRIBUTES
                    .iter()
                    .any(|a| message.starts_with(&format!("{}=", a.name))
                        || message.starts_with(&format!("{}:", a.name))),
                "no attribute named in {message:?}"
            );
        }
    }
    assert!(
        errors_seen > 1000,
        "the generator should produce many errors, got {errors_seen}"
    );
}

#[test]
fn colour_reading_never_panics() {
    let mut rng = Rng(42);
    for _ in 0..20_000 {
        let text = random_text(&mut rng);
        if let Some(colour) = Rgb::from_hex(&text) {
            assert_eq!(Rgb::from_hex(&colour.hex()), Some(colour));
        }
    }
}

/// A role-like JSON value with random types in random places.
fn random_json(rng: &mut Rng, depth: u32) -> String {
    let leaf = |rng: &mut Rng| {
        rng.pick(&[
            "42", "-1.5", "true", "null", "\"\"", "\"x\"", "\"  \"", "\"<b>\"", "[]", "{}",
        ])
        .to_owned()
    };
    if depth > 3 {
        return leaf(rng);
    }
    match rng.below(6) {
        0 | 1 => {
            let keys = [
                "id",
                "title",
                "summary",
                "responsibilities",
                "skills",
                "name",
                "category",
                "roles",
                "source",
                "url",
                "extra",
            ];
            let fields: Vec<String> = (0..rng.below(6))
                .map(|_| format!("\"{}\": {}", rng.pick(&keys), random_json(rng, depth + 1)))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        2 | 3 => {
            let items: Vec<String> = (0..rng.below(5))
                .map(|_| random_json(rng, depth + 1))
                .collect();
            format!("[{}]", items.join(","))
        }
        _ => leaf(rng),
    }
}

/// A mostly valid role list: required fields right, optional ones random.
fn plausible_roles(rng: &mut Rng) -> String {
    let roles: Vec<String> = (0..1 + rng.below(4))
        .map(|i| {
            let mut fields = vec![
                format!("\"id\": \"r{i}\""),
                "\"title\": \"Role\"".to_owned(),
            ];
            for key in ["summary", "responsibilities", "skills", "salary"] {
                if rng.below(3) == 0 {
                    let value = match (key, rng.below(2)) {
                        ("summary", 0) => "\"Does things\"".to_owned(),
                        ("responsibilities" | "skills", 0) => "[\"A\", \"B\"]".to_owned(),
                        ("skills", _) => "[{\"name\": \"SQL\", \"category\": \"Data\"}]".to_owned(),
                        _ => random_json(rng, 2),
                    };
                    fields.push(format!("\"{key}\": {value}"));
                }
            }
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    format!("[{}]", roles.join(","))
}

#[test]
fn data_parsing_never_panics_and_every_problem_has_a_path() {
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..5000 {
        let json = if round % 2 == 0 {
            plausible_roles(&mut rng)
        } else {
            random_json(&mut rng, 0)
        };
        match read(Origin::Inline, json.clone().into_bytes()) {
            Ok(loaded) => {
                accepted += 1;
                assert!(!loaded.dataset.roles.is_empty());
                for warning in loaded.warnings {
                    assert!(!warning.path.is_empty(), "{json}");
                }
            }
            Err(Fault {
                kind: FaultKind::Invalid(problems),
                ..
            }) => {
                refused += 1;
                assert!(!problems.is_empty(), "{json}");
                for problem in problems {
                    let path = &problem.path;
                    let known_root = ["roles", "title", "source", "version", "(top level)"]
                        .iter()
                        .any(|root| path.starts_with(root));
                    assert!(known_root, "path {path:?} for {json}");
                }
            }
            Err(fault) => panic!("the generator writes valid JSON, yet {fault} in {json}"),
        }
    }
    assert!(
        accepted > 500 && refused > 2000,
        "{accepted} accepted, {refused} refused"
    );
}

/// Reads `json` as the widget reads a large file: in slices of a few
/// pieces of work each.
fn read_in_slices(json: &str, rng: &mut Rng) -> Result<Prepared, Fault> {
    let mut reader = Reader::new(Origin::Inline, json.as_bytes().to_vec());
    loop {
        let mut left = 1 + rng.below(4);
        let more = || {
            left -= 1;
            left > 0
        };
        if let Some(result) = reader.step(more) {
            return result;
        }
    }
}

/// What the widget shows of a reading: the data and its warnings, the ids
/// and chips of its catalog, or the fault.
fn shown(result: Result<Prepared, Fault>) -> Result<(String, Vec<String>, Vec<String>), Fault> {
    result.map(|prepared| {
        let ids = prepared.catalog.roles().iter().map(|r| r.id.clone());
        let chips = prepared.catalog.chips().iter().map(|c| c.name.clone());
        (
            format!("{:?} {:?}", prepared.dataset, prepared.warnings),
            ids.collect(),
            chips.collect(),
        )
    })
}

#[test]
fn a_file_read_at_once_in_slices_or_as_one_value_reads_alike() {
    let mut rng = Rng(0x5eed_0f57_e9e9);
    let (mut read_ok, mut refused) = (0, 0);
    for round in 0..5000 {
        let mut json = match round % 3 {
            0 => plausible_roles(&mut rng),
            1 => format!(
                r#"{{"title": "T", "roles": {}, "x": 1}}"#,
                plausible_roles(&mut rng)
            ),
            _ => random_json(&mut rng, 0),
        };
        // Damage some: cut the text, or drop or double a byte.
        if round % 4 == 3 && !json.is_empty() {
            let at = rng.below(json.len());
            if json.is_char_boundary(at) {
                match rng.below(3) {
                    0 => json.truncate(at),
                    1 => drop(json.remove(at)),
                    _ => {
                        let c = json[at..].chars().next().unwrap();
                        json.insert(at, c);
                    }
                }
            }
        }
        let at_once = shown(read(Origin::Inline, json.clone().into_bytes()));
        let in_slices = shown(read_in_slices(&json, &mut rng));
        let whole = shown(Reader::whole(Origin::Inline, json.clone().into_bytes()).finish());
        assert_eq!(in_slices, at_once, "{json}");
        assert_eq!(whole, at_once, "{json}");
        if at_once.is_ok() {
            read_ok += 1;
        } else {
            refused += 1;
        }
    }
    assert!(
        read_ok > 500 && refused > 2000,
        "{read_ok} read, {refused} refused"
    );
}
