//! A small synchronous client for the W3C WebDriver protocol (HTTP + JSON), the one language
//! that chromedriver, geckodriver and WebKitWebDriver all speak.
//!
//! It knows commands and their JSON shapes, nothing about processes, engines or Eightfold.
//! Vendor extensions (chromedriver's `goog/...`, `se/log`) go through [`WebDriver::vendor`] so
//! that engine-specific code stays in the engine's own module.

use std::time::Duration;

use base64::Engine as _;
use serde_json::{json, Value};
use ureq::Agent;

use super::error::{fail, HarnessError, Result};

/// How W3C WebDriver marks an element reference inside JSON.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// Longest answer we accept (screenshots and PDFs come back as base64).
const MAX_BODY: u64 = 512 * 1024 * 1024;
/// Default budget for one command; generous because the machine is shared and slow at times.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(90);
/// How long a page script may run: under [`COMMAND_TIMEOUT`], so the driver answers with a
/// script timeout before the HTTP request itself gives up.
pub const SCRIPT_TIMEOUT: Duration = Duration::from_secs(80);

/// An element reference handed out by the driver for the current page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element(String);

impl Element {
    /// The element as a script argument (`arguments[i]` in the page).
    pub fn to_json(&self) -> Value {
        json!({ ELEMENT_KEY: self.0 })
    }

    /// Reads an element reference out of a script or find-element result.
    pub fn from_json(value: &Value) -> Option<Element> {
        value
            .get(ELEMENT_KEY)
            .and_then(Value::as_str)
            .map(|id| Element(id.to_owned()))
    }
}

#[derive(Clone, Copy)]
enum Method {
    Get,
    Post,
    Delete,
}

impl Method {
    fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// A connection to one WebDriver server, with at most one session.
pub struct WebDriver {
    agent: Agent,
    base: String,
    session: Option<String>,
}

impl WebDriver {
    /// `base` is the server's root URL, e.g. `http://127.0.0.1:9515`.
    pub fn new(base: String) -> WebDriver {
        let config = Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None)
            .timeout_global(Some(COMMAND_TIMEOUT))
            .build();
        WebDriver {
            agent: config.into(),
            base,
            session: None,
        }
    }

    /// `GET /status`: whether the server accepts new sessions.
    pub fn is_ready(&self) -> Result<bool> {
        let status = self.request(Method::Get, "/status", None, Duration::from_secs(2))?;
        Ok(status
            .get("ready")
            .and_then(Value::as_bool)
            .unwrap_or(false))
    }

    /// `POST /session`; returns the capabilities the driver granted.
    pub fn new_session(&mut self, capabilities: Value) -> Result<Value> {
        let body = json!({ "capabilities": { "alwaysMatch": capabilities } });
        let value = self.request(Method::Post, "/session", Some(body), COMMAND_TIMEOUT)?;
        let Some(id) = value.get("sessionId").and_then(Value::as_str) else {
            fail!("new session answer has no sessionId: {value}");
        };
        self.session = Some(id.to_owned());
        Ok(value.get("capabilities").cloned().unwrap_or(Value::Null))
    }

    /// `DELETE /session/{id}`: the driver closes the browser. No-op without a session.
    pub fn delete_session(&mut self, timeout: Duration) -> Result<()> {
        if self.session.is_none() {
            return Ok(());
        }
        let result = self.request(Method::Delete, &self.session_path("")?, None, timeout);
        self.session = None;
        result.map(drop)
    }

    /// `POST /timeouts`: how long `execute` and `execute_async` scripts may run.
    pub fn set_script_timeout(&self, timeout: Duration) -> Result<()> {
        let millis = u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX);
        self.post("/timeouts", json!({ "script": millis }))
            .map(drop)
    }

    pub fn navigate(&self, url: &str) -> Result<()> {
        self.post("/url", json!({ "url": url })).map(drop)
    }

    pub fn current_url(&self) -> Result<String> {
        string(self.get("/url")?, "current URL")
    }

    pub fn refresh(&self) -> Result<()> {
        self.post("/refresh", json!({})).map(drop)
    }

    /// Runs `script` as a function body; `arguments[i]` are `args`; returns what it returns.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
    }

    /// Like [`WebDriver::execute`], but the script finishes by calling its last argument.
    pub fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        self.post("/execute/async", json!({ "script": script, "args": args }))
    }

    pub fn find_css(&self, css: &str) -> Result<Element> {
        let value = self.post("/element", json!({ "using": "css selector", "value": css }))?;
        element(&value)
    }

    pub fn click(&self, el: &Element) -> Result<()> {
        self.post(&format!("/element/{}/click", el.0), json!({}))
            .map(drop)
    }

    /// Types `text` into the element; W3C key codes such as `"\u{E007}"` (Enter) are allowed.
    pub fn send_keys(&self, el: &Element, text: &str) -> Result<()> {
        self.post(&format!("/element/{}/value", el.0), json!({ "text": text }))
            .map(drop)
    }

    pub fn clear(&self, el: &Element) -> Result<()> {
        self.post(&format!("/element/{}/clear", el.0), json!({}))
            .map(drop)
    }

    /// The element's rendered text.
    pub fn text(&self, el: &Element) -> Result<String> {
        string(
            self.get(&format!("/element/{}/text", el.0))?,
            "element text",
        )
    }

    /// A DOM property (`value`, `checked`, ...), `Null` when absent.
    pub fn property(&self, el: &Element, name: &str) -> Result<Value> {
        self.get(&format!("/element/{}/property/{name}", el.0))
    }

    pub fn window_handle(&self) -> Result<String> {
        string(self.get("/window")?, "window handle")
    }

    pub fn window_handles(&self) -> Result<Vec<String>> {
        let value = self.get("/window/handles")?;
        let Some(list) = value.as_array() else {
            fail!("window handles are not a list: {value}");
        };
        Ok(list
            .iter()
            .filter_map(|h| h.as_str().map(str::to_owned))
            .collect())
    }

    /// Opens a new tab and returns its handle (it does not switch to it).
    pub fn new_window(&self) -> Result<String> {
        self.new_window_of_kind("tab")
    }

    /// Opens a new `"tab"` or `"window"` (a hint the driver may ignore) and returns its handle.
    pub fn new_window_of_kind(&self, kind: &str) -> Result<String> {
        let value = self.post("/window/new", json!({ "type": kind }))?;
        match value.get("handle").and_then(Value::as_str) {
            Some(handle) => Ok(handle.to_owned()),
            None => fail!("new window answer has no handle: {value}"),
        }
    }

    pub fn switch_to_window(&self, handle: &str) -> Result<()> {
        self.post("/window", json!({ "handle": handle })).map(drop)
    }

    /// Resizes the current window (its outer size, in CSS pixels).
    pub fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        self.post("/window/rect", json!({ "width": width, "height": height }))
            .map(drop)
    }

    /// PNG bytes of the current viewport.
    pub fn screenshot(&self) -> Result<Vec<u8>> {
        decode_base64(&self.get("/screenshot")?, "screenshot")
    }

    /// W3C `print`: the page as PDF bytes on A4 portrait paper with backgrounds.
    pub fn print_a4(&self) -> Result<Vec<u8>> {
        let params = json!({
            "orientation": "portrait",
            "background": true,
            "page": { "width": 21.0, "height": 29.7 },
        });
        decode_base64(&self.post("/print", params)?, "printed PDF")
    }

    /// A vendor command under the session, e.g. `goog/cdp/execute`, with its own time budget.
    pub fn vendor(&self, suffix: &str, body: Value, timeout: Duration) -> Result<Value> {
        let path = self.session_path(&format!("/{suffix}"))?;
        self.request(Method::Post, &path, Some(body), timeout)
    }

    fn get(&self, suffix: &str) -> Result<Value> {
        self.request(
            Method::Get,
            &self.session_path(suffix)?,
            None,
            COMMAND_TIMEOUT,
        )
    }

    fn post(&self, suffix: &str, body: Value) -> Result<Value> {
        self.request(
            Method::Post,
            &self.session_path(suffix)?,
            Some(body),
            COMMAND_TIMEOUT,
        )
    }

    fn session_path(&self, suffix: &str) -> Result<String> {
        match &self.session {
            Some(id) => Ok(format!("/session/{id}{suffix}")),
            None => fail!("no WebDriver session (it was never created or already deleted)"),
        }
    }

    /// Sends one command and unwraps the W3C `{"value": ...}` envelope.
    fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        timeout: Duration,
    ) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let command = format!("{} {path}", method.name());
        let response = match method {
            Method::Get => self
                .agent
                .get(&url)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .call(),
            Method::Delete => self
                .agent
                .delete(&url)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .call(),
            Method::Post => self
                .agent
                .post(&url)
                .config()
                .timeout_global(Some(timeout))
                .build()
                .send_json(body.unwrap_or_else(|| json!({}))),
        };
        let mut response = response.map_err(|e| HarnessError::from(e).context(&command))?;
        let ok = response.status().is_success();
        let text = response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_string()
            .map_err(|e| HarnessError::from(e).context(&command))?;
        let envelope: Value = serde_json::from_str(&text).map_err(|e| {
            HarnessError::new(format!("{command}: answer is not JSON ({e}): {text}"))
        })?;
        let value = envelope.get("value").cloned().unwrap_or(Value::Null);
        if ok {
            return Ok(value);
        }
        let field = |name: &str| {
            value
                .get(name)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        Err(HarnessError::WebDriver {
            command,
            error: field("error"),
            message: field("message"),
        })
    }
}

fn string(value: Value, what: &str) -> Result<String> {
    match value {
        Value::String(s) => Ok(s),
        other => fail!("{what} is not a string: {other}"),
    }
}

fn element(value: &Value) -> Result<Element> {
    match Element::from_json(value) {
        Some(el) => Ok(el),
        None => fail!("not an element reference: {value}"),
    }
}

fn decode_base64(value: &Value, what: &str) -> Result<Vec<u8>> {
    let Some(data) = value.as_str() else {
        fail!("{what} is not base64 text: {value}");
    };
    base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| HarnessError::new(format!("{what} is not valid base64: {e}")))
}
