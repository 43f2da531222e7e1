//! Shareable state: the reader's search, chosen skills and open role, kept in
//! the page address's hash (with the `share` attribute) so a link restores them.
//! The loader reads and writes the hash's text (`static/loader/share.js`,
//! tested in `tests/loader/share.test.mjs`); the session decides what to
//! share and when.

/// What a shared link holds for one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    pub query: String,
    /// Skill names, as shown on the chips.
    pub skills: Vec<String>,
    /// The id of the role whose details are open.
    pub open: Option<String>,
}
