//! Attacks on every boundary (issue 13): a hostile refine reviewer and its build, hostile HTTP
//! clients of `automem serve`, hostile plugins and models against the episode engine, and hostile
//! files and names. Each test here failed before its fix.
mod engine;
mod input;
mod refine;
mod serve;
