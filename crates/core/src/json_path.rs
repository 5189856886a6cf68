//! Typed values read from JSON text, and on failure the path of the field that did not read.
//!
//! Every type is read by one deserializer, `serde_json::from_str`, so each `Deserialize` impl
//! is compiled once. The path is looked for only when reading fails, by one piece of code for
//! every type: [`locate`] walks the text up to the position serde_json reports and names the
//! member or element there. (A tracking deserializer such as serde_path_to_error compiles
//! every `Deserialize` impl a second time: ≈ 35 KB gzip of the wasm.)
//!
//! Where serde_json puts a data error, and what is named there:
//! - just after a key (`unknown field`, a map key that does not read): that key's member; a
//!   `duplicate field`, the object;
//! - just after a scalar (a wrong type or value, a custom error such as
//!   [`Fixed`](crate::domain::fixed::Fixed) rejecting `"89.951"`): that member or element;
//! - after `:`, `[` or `,`, before an object or array where something else was expected: the
//!   member or element it starts;
//! - just after a closing `}` or `]` (`missing field`, `invalid length`, an error inside a
//!   tagged enum's content, which serde reads after the object): that object or array.
//!
//! The last rule names the enclosing object for an error inside an internally tagged enum
//! (`kind`, `source`, `digest_status`) that is the *last* member of its object: serde_json
//! reports such an error after the enclosing object's `}`. Files read through a
//! `serde_json::Value` are written back with their keys sorted, and none of those members
//! sorts last.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// One step of a path: an object's member or an array's element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// A value that did not read: where, and serde_json's error.
#[derive(Debug)]
pub(crate) struct Failure {
    /// Empty at the top level.
    pub path: Vec<Step>,
    pub error: serde_json::Error,
}

impl Failure {
    fn at(text: &str, error: serde_json::Error) -> Failure {
        Failure {
            path: locate(text, &error),
            error,
        }
    }

    /// serde_json's message without its trailing " at line L column C" (the position is in
    /// text the person may never have seen; the path says where).
    pub fn message(&self) -> String {
        let text = self.error.to_string();
        let suffix = format!(
            " at line {} column {}",
            self.error.line(),
            self.error.column()
        );
        match text.strip_suffix(&suffix) {
            Some(stripped) => stripped.to_owned(),
            None => text,
        }
    }

    /// The path as dots and brackets, `dimensions[2].indicators[0].max_points`; `.` at the top.
    pub fn dotted(&self) -> String {
        if self.path.is_empty() {
            return ".".to_owned();
        }
        let mut out = String::new();
        for (n, step) in self.path.iter().enumerate() {
            match step {
                Step::Index(index) => out.push_str(&format!("[{index}]")),
                Step::Key(key) => {
                    if n > 0 {
                        out.push('.');
                    }
                    out.push_str(key);
                }
            }
        }
        out
    }
}

/// Why text did not read as a `T`.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// Not JSON at all (serde_json's message says where).
    NotJson(serde_json::Error),
    /// JSON, with a field that does not read as `T` wants it.
    Field(Failure),
}

/// `text` read as a `T`: the same as reading it into a [`Value`] and then [`from_value`], so
/// a syntax error is told apart from a field that does not read, and a key repeated in an
/// object counts once, its last time. Reads the text directly when it can.
pub(crate) fn read<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let value: Value = serde_json::from_str(text).map_err(ReadError::NotJson)?;
    from_value(&value).map_err(ReadError::Field)
}

/// A [`Value`] read as a `T`, through its text: `T` is then read by the same deserializer
/// everywhere (one copy of its code), and a failure is located in that text.
pub(crate) fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, Failure> {
    match serde_json::to_string(value) {
        Ok(text) => from_text(&text),
        Err(error) => Err(Failure {
            path: Vec::new(),
            error,
        }),
    }
}

/// JSON text read as a `T`, with the path of the first field that does not read.
pub(crate) fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, Failure> {
    serde_json::from_str(text).map_err(|error| Failure::at(text, error))
}

/// The path of the member or element that serde_json's `error` in reading `text` is about
/// (see the module documentation); empty for an error without a position.
pub(crate) fn locate(text: &str, error: &serde_json::Error) -> Vec<Step> {
    if error.line() == 0 {
        return Vec::new();
    }
    let at = offset(text, error.line(), error.column());
    let walk = Walk::to(text, at);
    let next = text.as_bytes()[at..]
        .iter()
        .copied()
        .find(|b| !b.is_ascii_whitespace());
    walk.path(&error.to_string(), next)
}

/// The byte offset of serde_json's line (from 1) and column (bytes into the line, from 0).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = match line {
        0 | 1 => 0,
        _ => text
            .match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    let at = (start + column).min(text.len());
    // Never inside a character (serde_json's positions are at token boundaries anyway).
    (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Just after `{` or `[`.
    Open,
    /// After a key, before its `:`.
    Key,
    /// After `:`.
    Colon,
    /// After a member's or element's value.
    Value,
    /// After `,`.
    Comma,
}

/// An object or array the walk is inside.
struct Frame {
    /// Its own step in its parent; `None` at the top.
    step: Option<Step>,
    array: bool,
    /// The member or element last begun.
    member: Option<Step>,
    phase: Phase,
    /// Elements begun (arrays).
    count: usize,
}

/// Where a walk of the text up to a position stands.
struct Walk {
    stack: Vec<Frame>,
    /// The path of the object or array closed by the last token, if it was `}` or `]`.
    closed: Option<Vec<Step>>,
}

impl Walk {
    fn to(text: &str, at: usize) -> Walk {
        let bytes = text.as_bytes();
        let mut walk = Walk {
            stack: Vec::new(),
            closed: None,
        };
        let mut i = 0;
        while i < at {
            let byte = bytes[i];
            if byte.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            walk.closed = None;
            match byte {
                b'{' | b'[' => {
                    let step = walk.begin_value();
                    walk.stack.push(Frame {
                        step,
                        array: byte == b'[',
                        member: None,
                        phase: Phase::Open,
                        count: 0,
                    });
                    i += 1;
                }
                b'}' | b']' => {
                    walk.closed = Some(walk.path_here());
                    walk.stack.pop();
                    walk.set_phase(Phase::Value);
                    i += 1;
                }
                b':' => {
                    walk.set_phase(Phase::Colon);
                    i += 1;
                }
                b',' => {
                    walk.set_phase(Phase::Comma);
                    i += 1;
                }
                b'"' => {
                    let end = string_end(bytes, i);
                    match walk.stack.last_mut() {
                        Some(top)
                            if !top.array && matches!(top.phase, Phase::Open | Phase::Comma) =>
                        {
                            let key = serde_json::from_str::<String>(&text[i..end])
                                .unwrap_or_else(|_| text[i..end].trim_matches('"').to_owned());
                            top.member = Some(Step::Key(key));
                            top.phase = Phase::Key;
                        }
                        _ => {
                            walk.begin_value();
                            walk.set_phase(Phase::Value);
                        }
                    }
                    i = end;
                }
                _ => {
                    while i < bytes.len() && !is_delimiter(bytes[i]) {
                        i += 1;
                    }
                    walk.begin_value();
                    walk.set_phase(Phase::Value);
                }
            }
        }
        walk
    }

    /// Begins a value in the innermost object or array; its step there.
    fn begin_value(&mut self) -> Option<Step> {
        let top = self.stack.last_mut()?;
        if top.array {
            top.member = Some(Step::Index(top.count));
            top.count += 1;
        }
        top.member.clone()
    }

    fn set_phase(&mut self, phase: Phase) {
        if let Some(top) = self.stack.last_mut() {
            top.phase = phase;
        }
    }

    /// The path of the innermost object or array.
    fn path_here(&self) -> Vec<Step> {
        self.stack
            .iter()
            .filter_map(|frame| frame.step.clone())
            .collect()
    }

    /// The path an error with `message` names here; `next` is the first byte after the
    /// position that is not white space.
    fn path(&self, message: &str, next: Option<u8>) -> Vec<Step> {
        if let Some(closed) = &self.closed {
            return closed.clone();
        }
        let Some(top) = self.stack.last() else {
            return Vec::new();
        };
        let mut path = self.path_here();
        // An object or array found where something else was expected is reported before it.
        let wrong_container = matches!(next, Some(b'{' | b'['))
            && (message.starts_with("invalid type: map")
                || message.starts_with("invalid type: sequence"));
        let step = match top.phase {
            Phase::Key if message.starts_with("duplicate field") => None,
            Phase::Key | Phase::Colon | Phase::Value => top.member.clone(),
            Phase::Open | Phase::Comma if top.array && wrong_container => {
                Some(Step::Index(top.count))
            }
            Phase::Comma => top.member.clone(),
            Phase::Open => None,
        };
        path.extend(step);
        path
    }
}

/// The end (one past the closing quote) of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn is_delimiter(byte: u8) -> bool {
    byte.is_ascii_whitespace() || matches!(byte, b',' | b':' | b'{' | b'}' | b'[' | b']' | b'"')
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    use super::*;
    use crate::domain::fixed::Fixed;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        #[serde(default)]
        answers: BTreeMap<String, Answer>,
        #[serde(default)]
        rows: Vec<Vec<u32>>,
        #[serde(default)]
        kind: Option<Kind>,
        #[serde(default)]
        inner: Option<Inner>,
        #[serde(default)]
        pair: Option<(u32, u32)>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        points: Fixed,
        #[serde(default)]
        list: Vec<Inner>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Answer {
        value: Value2,
        #[serde(default)]
        note: String,
    }

    #[derive(Deserialize, Debug)]
    #[serde(tag = "kind", content = "value", rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Value2 {
        Count(u32),
        Level(String),
    }

    #[derive(Deserialize, Debug)]
    #[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
    #[allow(dead_code)]
    enum Kind {
        Quota { target: Fixed },
        Veto,
    }

    /// The path found here, dotted.
    fn dotted(text: &str) -> String {
        let value: Value = serde_json::from_str(text).expect("test texts are JSON");
        from_value::<Outer>(&value)
            .map(|_| panic!("{text} reads"))
            .unwrap_err()
            .dotted()
    }

    /// The same text, located in the text itself (not written back through a `Value`).
    fn dotted_as_written(text: &str) -> String {
        from_text::<Outer>(text)
            .expect_err("test texts do not read")
            .dotted()
    }

    /// What serde_path_to_error names, reading through a `Value` as Eightfold did before.
    fn tracked(text: &str) -> String {
        let value: Value = serde_json::from_str(text).expect("test texts are JSON");
        match serde_path_to_error::deserialize::<_, Outer>(value) {
            Ok(_) => panic!("{text} reads"),
            Err(error) => error.path().to_string(),
        }
    }

    const CASES: &[(&str, &str)] = &[
        // A wrong scalar, at the top and nested.
        (r#"{"name": 5}"#, "name"),
        (
            r#"{"name": "a", "inner": {"points": true}}"#,
            "inner.points",
        ),
        // A custom error (Fixed: at most two decimals), given as a number and as text.
        (
            r#"{"name": "a", "inner": {"points": 89.951}}"#,
            "inner.points",
        ),
        (
            r#"{"name": "a", "inner": {"points": "89.951"}}"#,
            "inner.points",
        ),
        // An unknown field, at the top and nested; keys needing quotes and CJK keys.
        (r#"{"name": "a", "totalx": 1}"#, "totalx"),
        (
            r#"{"name": "a", "inner": {"points": 1, "评分": 2}}"#,
            "inner.评分",
        ),
        (
            r#"{"name": "a", "inner": {"points": 1, "a b\"}{": 2}}"#,
            "inner.a b\"}{",
        ),
        // A missing field names the object.
        (r#"{"answers": {}}"#, "."),
        (r#"{"name": "a", "inner": {}}"#, "inner"),
        (
            r#"{"name": "a", "inner": {"points": 1, "list": [{"points": 2}, {}]}}"#,
            "inner.list[1]",
        ),
        // An object or array where a scalar belongs.
        (r#"{"name": {"a": 1}}"#, "name"),
        (r#"{"name": [1]}"#, "name"),
        (r#"{"name": "a", "rows": [[1], {"x": 1}]}"#, "rows[1]"),
        (r#"{"name": "a", "rows": [{"x": 1}]}"#, "rows[0]"),
        (r#"{"name": "a", "rows": [[1, 2], [3, [4]]]}"#, "rows[1][1]"),
        // Nested arrays, and strings holding brackets, braces and quotes before the error.
        (
            r#"{"name": "a]}\"{[", "rows": [[1, 2], [3, "x"]]}"#,
            "rows[1][1]",
        ),
        (
            r#"{"name": "a", "rows": [[1, 2], [3, 4], [-1]]}"#,
            "rows[2][0]",
        ),
        // Map keys, quoted or not, and an adjacently tagged value.
        (
            r#"{"name": "a", "answers": {"3.1": {"value": {"kind": "count", "value": "x"}}}}"#,
            "answers.3.1.value.value",
        ),
        (
            r#"{"name": "a", "answers": {"县": {"value": {"kind": "count", "value": -1}}}}"#,
            "answers.县.value.value",
        ),
        (
            r#"{"name": "a", "answers": {"x": {"value": {"kind": "nope", "value": 1}}}}"#,
            "answers.x.value.kind",
        ),
        (
            r#"{"name": "a", "answers": {"y": {"value": {"kind": "count", "value": 1}, "zz": 1}}}"#,
            "answers.y.zz",
        ),
        (
            r#"{"name": "a", "answers": {"x": {"note": "}", "value": {"kind": "count"}}}}"#,
            "answers.x.value",
        ),
        // An internally tagged enum: its tag, and an error in its content (read after it).
        (r#"{"name": "a", "kind": {"type": "nope"}}"#, "kind.type"),
        (r#"{"kind": {"type": "quota"}, "name": "a"}"#, "kind"),
        (
            r#"{"kind": {"type": "quota", "target": "1.234"}, "name": "a"}"#,
            "kind",
        ),
        (
            r#"{"kind": {"type": "quota", "target": 1, "x": 1}, "name": "a"}"#,
            "kind",
        ),
        // A tuple too short names it.
        (r#"{"name": "a", "pair": [1]}"#, "pair"),
        (r#"{"name": "a", "pair": [1, "2"]}"#, "pair[1]"),
        // Escaped keys.
        (
            r#"{"name": "a", "answers": {"q\"uote\\": {"value": {"kind": "count", "value": null}}}}"#,
            "answers.q\"uote\\.value.value",
        ),
    ];

    #[test]
    fn paths_are_those_serde_path_to_error_named() {
        for (text, expected) in CASES {
            assert_eq!(dotted(text), *expected, "{text}");
            assert_eq!(tracked(text), *expected, "serde_path_to_error on {text}");
        }
    }

    #[test]
    fn paths_are_found_in_text_as_written_too() {
        for (text, expected) in CASES {
            assert_eq!(dotted_as_written(text), *expected, "{text}");
        }
        // Pretty-printed, with line breaks: positions count lines.
        for (text, expected) in CASES {
            let value: Value = serde_json::from_str(text).expect("JSON");
            let pretty = serde_json::to_string_pretty(&value).expect("writes");
            assert_eq!(dotted_as_written(&pretty), *expected, "{pretty}");
        }
    }

    #[test]
    fn a_tagged_enum_read_last_is_named_by_its_object_in_text_as_written() {
        // serde reads a tagged enum's content after its object, and serde_json reports an
        // error there after the enclosing object's `}`: the one case named differently from
        // serde_path_to_error ("kind"), and only in text not written back through a `Value`.
        let text = r#"{"name": "a", "kind": {"type": "quota"}}"#;
        assert_eq!(dotted_as_written(text), ".");
        assert_eq!(dotted(text), "kind");
    }

    #[test]
    fn a_repeated_field_names_its_object() {
        let text = r#"{"name": "a", "inner": {"points": 1, "points": 2}}"#;
        assert_eq!(dotted_as_written(text), "inner");
        // Through a `Value` the last one counts, as before.
        assert!(read::<Outer>(text).is_ok());
    }

    #[test]
    fn messages_lose_their_position() {
        let failure = from_text::<Outer>("{\n  \"name\": 5\n}").unwrap_err();
        assert_eq!(
            failure.message(),
            "invalid type: integer `5`, expected a string"
        );
        assert_eq!(failure.path, vec![Step::Key("name".into())]);
    }

    #[test]
    fn text_that_is_not_json_is_told_apart() {
        assert!(matches!(
            read::<Outer>("{\"name\": "),
            Err(ReadError::NotJson(_))
        ));
        assert!(matches!(
            read::<Outer>("{\"name\": 1}"),
            Err(ReadError::Field(_))
        ));
    }

    #[test]
    fn the_top_level_is_a_dot() {
        let failure = from_text::<Outer>("[]").unwrap_err();
        assert_eq!(failure.dotted(), ".");
        let failure = from_text::<Outer>("3").unwrap_err();
        assert_eq!(failure.path, Vec::new());
    }
}
