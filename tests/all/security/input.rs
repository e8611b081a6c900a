//! Security tests: see the module above.
