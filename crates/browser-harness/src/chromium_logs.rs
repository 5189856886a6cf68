//! Console errors and network requests as Chromium reports them through chromedriver's
//! logs: the `browser` log (console and page errors) and the `performance` log (DevTools
//! `Network.*` events). What the page did is observed here, not assumed.
//!
//! chromedriver hands each log entry out once, so the caller keeps what was drained.

use serde_json::{json, Value};

use super::error::{fail, Result};
use super::webdriver::{WebDriver, COMMAND_TIMEOUT};

/// Upper bound on reads per drain; chromedriver returns a log in batches.
const MAX_BATCHES: usize = 1000;

/// Schemes that never leave the machine; anything else (http, https, ws, ftp...) is network.
const LOCAL_SCHEMES: [&str; 8] = [
    "file",
    "data",
    "blob",
    "about",
    "chrome",
    "chrome-untrusted",
    "chrome-extension",
    "devtools",
];

/// Everything new in chromedriver's log `log_type` (`browser` or `performance`).
pub fn drain(webdriver: &WebDriver, log_type: &str) -> Result<Vec<Value>> {
    let mut all = Vec::new();
    for _ in 0..MAX_BATCHES {
        let batch = webdriver.vendor("se/log", json!({ "type": log_type }), COMMAND_TIMEOUT)?;
        let Some(entries) = batch.as_array() else {
            fail!("chromedriver's {log_type} log is not a list: {batch}");
        };
        if entries.is_empty() {
            return Ok(all);
        }
        all.extend(entries.iter().cloned());
    }
    Ok(all)
}

/// Messages of `browser` log entries at level SEVERE (console.error, uncaught errors,
/// failed loads, CSP violations).
pub fn console_errors(entries: &[Value]) -> Vec<String> {
    entries
        .iter()
        .filter(|e| e.get("level").and_then(Value::as_str) == Some("SEVERE"))
        .map(|e| {
            e.get("message")
                .and_then(Value::as_str)
                .map_or_else(|| e.to_string(), str::to_owned)
        })
        .collect()
}

/// URLs of `Network.requestWillBeSent` events in `performance` log entries that go to the
/// network (see [`is_network_url`]).
pub fn network_requests(entries: &[Value]) -> Vec<String> {
    entries
        .iter()
        .filter_map(|e| e.get("message").and_then(Value::as_str))
        .filter_map(|text| serde_json::from_str::<Value>(text).ok())
        .filter_map(|event| {
            let message = event.get("message")?;
            if message.get("method")?.as_str()? != "Network.requestWillBeSent" {
                return None;
            }
            let url = message.pointer("/params/request/url")?.as_str()?;
            is_network_url(url).then(|| url.to_owned())
        })
        .collect()
}

/// Whether loading `url` would use the network (its scheme is not a local one).
pub fn is_network_url(url: &str) -> bool {
    let scheme = url
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    !LOCAL_SCHEMES.contains(&scheme.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perf(method: &str, url: &str) -> Value {
        let inner =
            json!({ "message": { "method": method, "params": { "request": { "url": url } } } });
        json!({ "level": "INFO", "message": inner.to_string() })
    }

    #[test]
    fn only_remote_requests_count_as_network() {
        let entries = vec![
            perf(
                "Network.requestWillBeSent",
                "file:///tmp/site/eightfold.html",
            ),
            perf("Network.requestWillBeSent", "chrome://resources/js/util.js"),
            perf("Network.requestWillBeSent", "data:image/gif;base64,R0lG"),
            perf("Network.requestWillBeSent", "http://example.invalid/"),
            perf("Network.responseReceived", "https://example.org/"),
            perf("Network.requestWillBeSent", "WSS://example.org/socket"),
        ];
        assert_eq!(
            network_requests(&entries),
            vec!["http://example.invalid/", "WSS://example.org/socket"]
        );
    }

    #[test]
    fn console_errors_are_the_severe_entries() {
        let entries = vec![
            json!({ "level": "INFO", "message": "hello" }),
            json!({ "level": "SEVERE", "message": "file:///x.html 1:16 \"boom\"" }),
            json!({ "level": "WARNING", "message": "careful" }),
        ];
        assert_eq!(
            console_errors(&entries),
            vec!["file:///x.html 1:16 \"boom\""]
        );
    }
}
