//! Reading a Content-Security-Policy: the tidy test reads the one in `index.html`, the
//! browser test the one the page was served with.
//!
//! Include with `#[path = "support/csp.rs"] mod csp;` (`"../support/csp.rs"` from a module
//! under `browser/`).

/// Each directive of `policy` (name in lower case) with its sources, in order.
pub fn directives<T: FromIterator<(String, Vec<String>)>>(policy: &str) -> T {
    policy
        .split(';')
        .filter_map(|directive| {
            let mut words = directive.split_whitespace();
            let name = words.next()?.to_ascii_lowercase();
            Some((name, words.map(str::to_owned).collect()))
        })
        .collect()
}
