//! Shareable state: the reader's search, chosen skills and open role, kept in
//! the page address's hash (with the `share` attribute) so a link restores them.
//!
//! The hash is a list of `&`-separated parts. The widget owns only the parts
//! named with its prefix (`rx.q=…`, or `rx-jobs.q=…` for `id="jobs"`) and
//! keeps every other part, such as the host's own `#section-2` anchor, in place.

/// What a shared link holds for one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    pub query: String,
    /// Skill names, as shown on the chips.
    pub skills: Vec<String>,
    /// The id of the role whose details are open.
    pub open: Option<String>,
}

/// The prefix of a widget's parts: `rx.` or, for an element with an id,
/// `rx-<id>.`, so several widgets share one address.
pub fn prefix(element_id: &str) -> String {
    if element_id.is_empty() {
        "rx.".to_owned()
    } else {
        format!("rx-{}.", encode(element_id))
    }
}

/// The widget's state in `hash` (with or without its `#`), if it has any.
pub fn read(hash: &str, prefix: &str) -> Option<Shared> {
    let mut shared = Shared::default();
    let mut found = false;
    for part in parts(hash) {
        let Some((name, value)) = part
            .strip_prefix(prefix)
            .and_then(|rest| rest.split_once('='))
        else {
            continue;
        };
        found = true;
        match name {
            "q" => shared.query = decode(value),
            "s" => {
                shared.skills = value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(decode)
                    .collect()
            }
            "open" => shared.open = Some(decode(value)).filter(|id| !id.is_empty()),
            _ => {}
        }
    }
    found.then_some(shared)
}

/// `hash` with the widget's parts replaced by `shared`; other parts keep their
/// place. Returns the hash without its `#`; empty when nothing is left.
pub fn write(hash: &str, prefix: &str, shared: &Shared) -> String {
    let mut kept: Vec<String> = parts(hash)
        .filter(|part| !part.starts_with(prefix))
        .map(str::to_owned)
        .collect();
    if !shared.query.is_empty() {
        kept.push(format!("{prefix}q={}", encode(&shared.query)));
    }
    if !shared.skills.is_empty() {
        let skills: Vec<String> = shared.skills.iter().map(|s| encode(s)).collect();
        kept.push(format!("{prefix}s={}", skills.join(",")));
    }
    if let Some(id) = &shared.open {
        kept.push(format!("{prefix}open={}", encode(id)));
    }
    kept.join("&")
}

fn parts(hash: &str) -> impl Iterator<Item = &str> {
    hash.strip_prefix('#')
        .unwrap_or(hash)
        .split('&')
        .filter(|part| !part.is_empty())
}

/// Percent-encodes everything but unreserved characters, so that `&`, `,`,
/// `=` and `#` in a search or a skill name cannot break the hash apart.
fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[(byte >> 4) as usize] as char);
            out.push(HEX[(byte & 15) as usize] as char);
        }
    }
    out
}

/// Undoes [`encode`] (and a `+` typed for a space); a malformed escape is
/// kept as it is, and invalid UTF-8 becomes U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b'+', ..) => {
                out.push(b' ');
                i += 1;
            }
            (byte, ..) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(query: &str, skills: &[&str], open: Option<&str>) -> Shared {
        Shared {
            query: query.into(),
            skills: skills.iter().map(|s| s.to_string()).collect(),
            open: open.map(Into::into),
        }
    }

    #[test]
    fn round_trips_awkward_text() {
        let state = shared("nurse & 50% #1 = café", &["C, C++", "Santé"], Some("a b"));
        let hash = write("", "rx.", &state);
        assert_eq!(
            hash,
            "rx.q=nurse%20%26%2050%25%20%231%20%3D%20caf%C3%A9&rx.s=C%2C%20C%2B%2B,Sant%C3%A9&rx.open=a%20b"
        );
        assert_eq!(read(&format!("#{hash}"), "rx."), Some(state));
    }

    #[test]
    fn keeps_the_hosts_anchor_and_other_widgets_parts() {
        let hash = "#section-2&rx-b.q=x";
        let written = write(hash, "rx.", &shared("nurse", &[], None));
        assert_eq!(written, "section-2&rx-b.q=x&rx.q=nurse");
        assert_eq!(read(&written, "rx-b.").unwrap().query, "x");
        // Clearing the filters removes only this widget's parts.
        assert_eq!(
            write(&written, "rx.", &Shared::default()),
            "section-2&rx-b.q=x"
        );
        assert_eq!(write("#rx.q=a", "rx.", &Shared::default()), "");
    }

    #[test]
    fn a_hash_without_the_widgets_parts_reads_as_none() {
        assert_eq!(read("#section-2", "rx."), None);
        assert_eq!(read("", "rx."), None);
        assert_eq!(read("#rx.q=", "rx."), Some(Shared::default()));
    }

    #[test]
    fn prefixes_name_the_element() {
        assert_eq!(prefix(""), "rx.");
        assert_eq!(prefix("jobs 2"), "rx-jobs%202.");
    }

    #[test]
    fn malformed_escapes_and_plus_signs_decode_gently() {
        assert_eq!(decode("100%+sure%2"), "100% sure%2");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }
}
