//! The front end's files, inside the binary: plain HTML, CSS and JavaScript modules, no build step.

/// The page.
pub const INDEX_HTML: &str = include_str!("assets/index.html");
/// The application (routing, the runs, comparison and episode pages).
pub const APP_JS: &str = include_str!("assets/app.js");
/// Drawing helpers: plots, pictures, safe text.
pub const DRAW_JS: &str = include_str!("assets/draw.js");
/// The styles.
pub const STYLE_CSS: &str = include_str!("assets/style.css");
