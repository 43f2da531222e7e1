//! The release's addresses, from its version ([`VERSION`], Cargo.toml's):
//! the README's embed snippet and the snippet builder's default base URL.

use role_explorer_core::contract::{FRAME_HEIGHT, VERSION};

/// Where an npm-backed CDN serves the package's `dist/` folder.
pub fn base_url() -> String {
    format!("https://cdn.jsdelivr.net/npm/role-explorer@{VERSION}/dist/")
}

/// The README's versioned embed snippet and where its integrity value is.
pub fn readme() -> String {
    let base = base_url();
    format!(
        "```html\n\
         <script type=\"module\" src=\"{base}role-explorer.js\"\n  \
         integrity=\"sha384-…\" crossorigin=\"anonymous\" data-theme=\"auto\"></script>\n\
         ```\n\n\
         Replace `sha384-…` with the value for `role-explorer.js` in that release's\n\
         [`integrity.json`]({base}integrity.json), or copy the\n\
         whole tag from the snippet builder, which fills it in. The same files are at\n\
         `https://unpkg.com/role-explorer@{VERSION}/dist/role-explorer.js`.\n"
    )
}

/// The builder's default base URL, as a line of JavaScript.
pub fn builder_base() -> String {
    format!("const RELEASE_BASE = \"{}\";\n", base_url())
}

/// The iframe form's default height, as a line of JavaScript.
pub fn frame_height() -> String {
    format!("export const FRAME_HEIGHT = {FRAME_HEIGHT};\n")
}
