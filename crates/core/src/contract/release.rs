//! What the page sees of a release: its version, and the message the iframe
//! form (`embed.html`) sends the page that frames it.

/// The widget's version: the workspace's `Cargo.toml` is its one source. The
/// loader answers it as `RoleExplorer.version`; `make release` names the npm
/// package after it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The `type` of the message `embed.html` posts to its parent whenever its
/// height changes: `{ type: RESIZE_MESSAGE, height }`, `height` in CSS pixels.
pub const RESIZE_MESSAGE: &str = "role-explorer:resize";

/// The height, in CSS pixels, the builder's iframe snippet gives the frame:
/// without the resizer script, the widget scrolls inside a frame this tall.
pub const FRAME_HEIGHT: u32 = 640;
