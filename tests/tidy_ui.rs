//! Tidy checks for the code that meets untrusted text and the person using the app.
//!
//! Text from imported files (unit names, notes) reaches the DOM through `src/ui` and `src/web`:
//! there it must only ever be text, so no HTML-parsing sink (`inner_html` and friends) may
//! appear there at all. The import and storage paths (`crates/core/src/formats`, `crates/core/src/drafts`) read bytes
//! anyone can hand us, so they never `unwrap`/`expect`/`panic!` outside tests. Every UI string
//! exists in both languages, and no Chinese literal hides in `src/ui` outside `i18n.rs` (that
//! is how untranslated UI text shows up), nor full-width punctuation (`；`, `：`, `（）`: it
//! would show on English pages too). The shell's Content-Security-Policy forbids every
//! network request and every remote source. Only `src/web` calls the browser crates
//! (`web-sys`, `js-sys`, `wasm-bindgen`, `gloo`): the rest of the app goes through it.
//!
//! Sources are read with a small lexer that knows comments, strings, raw strings and char
//! literals, so a word in a comment never counts and a brace in a string never confuses
//! the skipping of `#[cfg(test)]` items.

#[path = "support/csp.rs"]
mod csp;

use std::fs;
use std::path::{Path, PathBuf};

use eightfold::ui::i18n;

/// Calls that parse a string as HTML: with user data in it, that string could run code.
const HTML_SINKS: [&str; 5] = [
    "innerhtml",
    "outerhtml",
    "insertadjacenthtml",
    "createcontextualfragment",
    "documentwrite",
];
/// The browser's own dialogs (`confirm`, `alert`, `prompt`), as [`sink_words`] sees them: the
/// app asks in the page instead (`src/ui/question.rs`), with buttons that say what they do.
const BROWSER_DIALOGS: [&str; 9] = [
    "confirmwithmessage",
    "alertwithmessage",
    "promptwithmessage",
    "windowconfirm",
    "windowalert",
    "windowprompt",
    "alert()",
    "confirm()",
    "prompt()",
];
/// What must not run on untrusted input outside tests.
const PANICKY: [&str; 6] = [
    ".unwrap()",
    ".expect(",
    "panic!(",
    "unreachable!(",
    "todo!(",
    "unimplemented!(",
];
/// What only `eightfold_core::actions` may do: lay out a document, fill its input, write a
/// file's bytes or name a file. `src/ui` calls an action and hands its `Document` to
/// `crate::web::files::download`.
const DOCUMENT_ASSEMBLY: [&str; 18] = [
    "formats::pdf",
    "SheetInput",
    "SummaryInput",
    "file_name::",
    "_file_name(",
    "_file_stem(",
    "_csv_name(",
    "_pdf_name(",
    "export_assessment(",
    "export_reviewed(",
    "export_template(",
    "write_backup",
    "assessment_csv(",
    "consolidated_csv(",
    "csv_bytes(",
    "evaluation_sheet(",
    "make_form_file(",
    "missing_glyphs(",
];
/// Extensions of the files the app saves: a literal ending in one is a file name made in place.
const SAVED_EXTENSIONS: [&str; 5] = [".pdf", ".csv", ".json", ".txt", ".html"];

/// Chinese literals in `src/ui` that are not UI text to translate: (file, literal, why).
const CHINESE_ALLOWED: [(&str, &str, &str); 1] = [(
    "language_switch.rs",
    "中文",
    "a language's own name is the same in every UI language",
)];

/// English literals in `src/ui` that are not UI text to translate: (file, literal, why).
/// Empty: a language's own name ("English") is one word, not a sentence.
const ENGLISH_ALLOWED: [(&str, &str, &str); 0] = [];

/// Full-width punctuation in `src/ui` literals that never reaches an English page:
/// (file, literal, why). Empty: `i18n::list_separator` and its siblings choose by language.
const FULL_WIDTH_ALLOWED: [(&str, &str, &str); 0] = [];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// A string or char literal: where it starts (line, and byte offset in [`Lexed::code`]) and
/// its text (escapes left as written).
#[derive(Debug, PartialEq)]
struct Literal {
    line: usize,
    offset: usize,
    text: String,
}

/// A Rust source split into code and literals: `code` is the source with every comment and
/// the inside of every literal replaced by spaces (newlines kept, so lines still count).
struct Lexed {
    code: String,
    literals: Vec<Literal>,
}

fn lex(source: &str) -> Lexed {
    let chars: Vec<char> = source.chars().collect();
    let mut code = String::with_capacity(source.len());
    let mut literals = Vec::new();
    let mut line = 1;
    let mut i = 0;
    // Blanks `chars[from..to]` into `code`, keeping newlines; returns the text.
    let blank = |from: usize, to: usize, code: &mut String, line: &mut usize| {
        let mut text = String::new();
        for &c in &chars[from..to.min(chars.len())] {
            text.push(c);
            if c == '\n' {
                *line += 1;
                code.push('\n');
            } else {
                code.push(' ');
            }
        }
        text
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let after_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if c == '/' && next == Some('/') {
            let end = chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |n| i + n);
            blank(i, end, &mut code, &mut line);
            i = end;
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            let mut j = i;
            while j < chars.len() {
                if chars[j] == '/' && chars.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if chars[j] == '*' && chars.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(i, j, &mut code, &mut line);
            i = j;
        } else if let Some((open, hashes)) = raw_string_start(&chars, i, after_ident) {
            let body = i + open;
            let closing: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let end = (body..chars.len())
                .find(|&j| chars[j..].starts_with(&closing))
                .unwrap_or(chars.len());
            code.extend(chars[i..body].iter());
            let (start_line, offset) = (line, code.len());
            let text = blank(body, end, &mut code, &mut line);
            literals.push(Literal {
                line: start_line,
                offset,
                text,
            });
            code.extend(chars[end.min(chars.len())..(end + closing.len()).min(chars.len())].iter());
            i = end + closing.len();
        } else if c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            code.push('"');
            let (start_line, offset) = (line, code.len());
            let text = blank(i + 1, j, &mut code, &mut line);
            literals.push(Literal {
                line: start_line,
                offset,
                text,
            });
            if j < chars.len() {
                code.push('"');
            }
            i = j + 1;
        } else if c == '\'' && !after_ident {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a): only the first closes.
            let end = if next == Some('\\') {
                (i + 2..chars.len()).find(|&j| chars[j] == '\'')
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    code.push('\'');
                    let (start_line, offset) = (line, code.len());
                    let text = blank(i + 1, end, &mut code, &mut line);
                    literals.push(Literal {
                        line: start_line,
                        offset,
                        text,
                    });
                    code.push('\'');
                    i = end + 1;
                }
                None => {
                    code.push(c);
                    i += 1;
                }
            }
        } else {
            if c == '\n' {
                line += 1;
            }
            code.push(c);
            i += 1;
        }
    }
    Lexed { code, literals }
}

/// At `i`, the start of a raw string (`r"`, `r#"`, `br"`, `cr#"`...): the length of its opening
/// and its number of `#`.
fn raw_string_start(chars: &[char], i: usize, after_ident: bool) -> Option<(usize, usize)> {
    if after_ident {
        return None;
    }
    let mut j = i;
    if matches!(chars.get(j), Some('b' | 'c')) {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    j += hashes;
    (chars.get(j) == Some(&'"')).then_some((j + 1 - i, hashes))
}

/// Byte ranges of `code` (comments and literals already blanked) taken by items marked
/// `#[cfg(test)]`: from the attribute to the end of the item's body, or its `;`.
fn test_item_spans(code: &str) -> Vec<(usize, usize)> {
    const MARK: &str = "#[cfg(test)]";
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(found) = code[from..].find(MARK) {
        let start = from + found;
        let mut depth = 0_usize;
        let mut end = code.len();
        for (at, c) in code[start..].char_indices().skip(MARK.len()) {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = start + at + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = start + at + 1;
                    break;
                }
                _ => {}
            }
        }
        spans.push((start, end));
        from = end;
    }
    spans
}

/// `code` with every `#[cfg(test)]` item blanked out, newlines kept.
fn without_test_items(code: &str) -> String {
    let spans = test_item_spans(code);
    code.char_indices()
        .map(|(at, c)| {
            let in_test = spans.iter().any(|&(start, end)| (start..end).contains(&at));
            if in_test && c != '\n' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Each line of `text` (1-based) that contains one of `words`, as `file:line: word`.
fn lines_with(
    text: &str,
    words: &[&str],
    file: &str,
    normalize: fn(&str) -> String,
) -> Vec<String> {
    text.lines()
        .enumerate()
        .flat_map(|(n, line)| {
            let seen = normalize(line);
            words
                .iter()
                .filter(move |word| seen.contains(*word))
                .map(move |word| format!("{file}:{}: `{word}`", n + 1))
        })
        .collect()
}

/// Lower case without `_`, `.` and blanks: `inner_html`, `innerHTML` and `document.write` all
/// become the words of [`HTML_SINKS`].
fn sink_words(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '_' | '.' | ' ' | '\t'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// `words` in a Rust file, in code and in string literals (a sink can be named through
/// `Reflect::set(.., "innerHTML", ..)`, a dialog in script handed to the browser), never in
/// comments.
fn words_in_rust(source: &str, file: &str, words: &[&str]) -> Vec<String> {
    let lexed = lex(source);
    let mut found = lines_with(&lexed.code, words, file, sink_words);
    for literal in &lexed.literals {
        let seen = sink_words(&literal.text);
        for word in words.iter().filter(|w| seen.contains(*w)) {
            found.push(format!("{file}:{}: `{word}` in a string", literal.line));
        }
    }
    found
}

/// HTML sinks in a Rust file.
fn html_sinks_in_rust(source: &str, file: &str) -> Vec<String> {
    words_in_rust(source, file, &HTML_SINKS)
}

/// Browser dialogs in a Rust file.
fn dialogs_in_rust(source: &str, file: &str) -> Vec<String> {
    words_in_rust(source, file, &BROWSER_DIALOGS)
}

fn panicky_in(source: &str, file: &str) -> Vec<String> {
    let code = without_test_items(&lex(source).code);
    lines_with(&code, &PANICKY, file, |line| line.replace(' ', ""))
}

/// Document assembly in a UI file: the calls of [`DOCUMENT_ASSEMBLY`] in code (not comments),
/// and string literals that end in a saved file's extension.
fn document_assembly_in(source: &str, file: &str) -> Vec<String> {
    let lexed = lex(source);
    let code = without_test_items(&lexed.code);
    let mut found = lines_with(&code, &DOCUMENT_ASSEMBLY, file, |line| {
        line.replace(' ', "")
    });
    for literal in &lexed.literals {
        if SAVED_EXTENSIONS
            .iter()
            .any(|ext| literal.text.ends_with(ext))
        {
            found.push(format!(
                "{file}:{}: file name {:?}",
                literal.line, literal.text
            ));
        }
    }
    found
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// Full-width punctuation (the CJK symbols and punctuation block, full-width forms):
/// right in Chinese text, out of place on an English page.
fn is_full_width_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF65}')
}

/// Literals with a character that `is_wanted` outside `#[cfg(test)]` items, unless `allowed`
/// (file, literal, why).
fn literals_in(
    source: &str,
    file_name: &str,
    is_wanted: fn(char) -> bool,
    allowed: &[(&str, &str, &str)],
) -> Vec<String> {
    let lexed = lex(source);
    let tests = test_item_spans(&lexed.code);
    lexed
        .literals
        .iter()
        .filter(|literal| literal.text.chars().any(is_wanted))
        .filter(|literal| {
            !tests
                .iter()
                .any(|&(start, end)| (start..end).contains(&literal.offset))
        })
        .filter(|literal| {
            !allowed
                .iter()
                .any(|(file, text, _)| *file == file_name && *text == literal.text)
        })
        .map(|literal| format!("{file_name}:{}: {:?}", literal.line, literal.text))
        .collect()
}

/// The literals in `src/ui` that `literals_in` finds (the text table is the core's `i18n.rs`).
fn ui_literals(is_wanted: fn(char) -> bool, allowed: &[(&str, &str, &str)]) -> Vec<String> {
    let files = rust_files(&root().join("src/ui"));
    assert!(files.len() > 20, "expected the UI sources: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        found.extend(
            literals_in(&read(file), name, is_wanted, allowed)
                .into_iter()
                .map(|v| format!("{}: {v}", relative(file))),
        );
    }
    found
}

/// The crates that reach the browser; `gloo` stands for all of its crates (`gloo_file`, ...).
const BROWSER_CRATES: [&str; 4] = ["web_sys", "js_sys", "wasm_bindgen", "gloo"];

/// Paths into a browser crate in a Rust file's code (not its comments or strings), as
/// `file:line: crate`.
fn browser_calls_in(source: &str, file: &str) -> Vec<String> {
    let code = lex(source).code;
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let words = line.split(|c: char| !(c.is_alphanumeric() || c == '_'));
        for word in words {
            let named = BROWSER_CRATES
                .iter()
                .find(|&&krate| word == krate || (krate == "gloo" && word.starts_with("gloo_")));
            if let Some(krate) = named {
                found.push(format!("{file}:{}: `{krate}`", n + 1));
            }
        }
    }
    found
}

/// Files of `crates/core/src` and `src` that still write Chinese or full-width text outside
/// the text table (`crates/core/src/i18n.rs`), each with why. The list only shrinks: a file
/// not on it fails, and so does a file on it that no longer needs to be.
const TEXT_NOT_IN_THE_TABLE: [(&str, &str); 1] = [(
    "crates/core/src/formats/pdf/layout/wrap.rs",
    "line-breaking rules: punctuation as characters to break at, not text",
)];

/// Whether a literal reads as an English sentence or label a person would see: two or more
/// words of letters (a class list or an id has hyphens, a format string braces) that start
/// with a capital or end like a sentence.
fn is_english_sentence(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .map(|word| word.trim_end_matches(['.', ',', ':', ';', '?', '!']))
        .filter(|word| {
            word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
        })
        .count();
    let capital = text
        .trim_start()
        .starts_with(|c: char| c.is_ascii_uppercase());
    let ended = text.trim_end().ends_with(['.', '?', '!']);
    words >= 2 && (capital || ended)
}

/// English sentences in a UI file's string literals outside tests, unless `allowed`
/// (file, literal, why): UI text belongs in the table, where it has its Chinese.
fn english_in(source: &str, file_name: &str, allowed: &[(&str, &str, &str)]) -> Vec<String> {
    let lexed = lex(source);
    let tests = test_item_spans(&lexed.code);
    lexed
        .literals
        .iter()
        .filter(|literal| is_english_sentence(&literal.text))
        .filter(|literal| {
            !tests
                .iter()
                .any(|&(start, end)| (start..end).contains(&literal.offset))
        })
        .filter(|literal| {
            !allowed
                .iter()
                .any(|(file, text, _)| *file == file_name && *text == literal.text)
        })
        .map(|literal| format!("{file_name}:{}: {:?}", literal.line, literal.text))
        .collect()
}

/// Chinese or full-width text outside the text table: each file of `sources` (path, text)
/// with such a literal outside tests (the literal allow-lists of `src/ui` applied) that is
/// not in `not_moved`, and each entry of `not_moved` that has none any more.
fn text_outside_the_table(sources: &[(String, String)], not_moved: &[(&str, &str)]) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = Vec::new();
    for (path, source) in sources {
        if path.ends_with("/i18n.rs") || path.contains("/i18n/") {
            continue;
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        let mut literals = literals_in(source, name, is_han, &CHINESE_ALLOWED);
        literals.extend(literals_in(
            source,
            name,
            is_full_width_punctuation,
            &FULL_WIDTH_ALLOWED,
        ));
        if literals.is_empty() {
            continue;
        }
        seen.push(path.as_str());
        if !not_moved.iter().any(|(file, _)| file == path) {
            found.extend(literals.into_iter().map(|l| format!("{path}: {l}")));
        }
    }
    for (file, _) in not_moved {
        if !seen.contains(file) {
            found.push(format!("{file}: has no text left, take it off the list"));
        }
    }
    found
}

fn report(found: &[String], what: &str) {
    assert!(found.is_empty(), "{what}:\n{}", found.join("\n"));
}

#[test]
fn no_html_sink_in_the_code_that_touches_the_dom() {
    let mut files = rust_files(&root().join("src/ui"));
    files.extend(rust_files(&root().join("src/web")));
    assert!(
        files.len() >= 10,
        "expected the ui and web sources: {files:?}"
    );
    let mut found = Vec::new();
    for file in &files {
        found.extend(html_sinks_in_rust(&read(file), &relative(file)));
    }
    // The boot script writes the start-up status and errors into the page.
    let boot = root().join("xtask/src/boot/start.js");
    let boot_code: String = read(&boot)
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    found.extend(lines_with(
        &boot_code,
        &HTML_SINKS,
        &relative(&boot),
        sink_words,
    ));
    report(
        &found,
        "text must reach the page as text (Leptos text nodes, textContent), never as HTML",
    );
}

#[test]
fn only_src_web_touches_the_browser() {
    let web = root().join("src/web");
    let files: Vec<PathBuf> = rust_files(&root().join("src"))
        .into_iter()
        .filter(|file| !file.starts_with(&web))
        .collect();
    assert!(files.len() > 40, "expected the app's sources: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        found.extend(browser_calls_in(&read(file), &relative(file)));
    }
    report(
        &found,
        "browser calls belong in src/web (one function there per need, engine differences named)",
    );
}

#[test]
fn the_browser_check_sees_a_path_into_a_browser_crate_and_skips_comments_and_strings() {
    let planted = r#"
//! Talks about web_sys and gloo_file in a doc comment: fine.
use wasm_bindgen::JsCast;
fn f(ev: &leptos::ev::Event) { let _: web_sys::HtmlInputElement = event_target(ev); }
fn g() { let _ = js_sys::Date::now(); say("web_sys in a string"); }
fn h() { gloo_timers::callback::Timeout::new(0, || ()).forget(); }
fn not_one() { let web_system = 1; let my_js_sys_count = 2; }
"#;
    assert_eq!(
        browser_calls_in(planted, "a.rs"),
        [
            "a.rs:3: `wasm_bindgen`",
            "a.rs:4: `web_sys`",
            "a.rs:5: `js_sys`",
            "a.rs:6: `gloo`"
        ]
    );
}

#[test]
fn the_import_and_storage_paths_never_unwrap_outside_tests() {
    let mut files = rust_files(&root().join("crates/core/src/formats"));
    files.extend(rust_files(&root().join("crates/core/src/drafts")));
    assert!(
        files.len() >= 20,
        "expected the formats and drafts sources: {files:?}"
    );
    let mut found = Vec::new();
    for file in &files {
        found.extend(panicky_in(&read(file), &relative(file)));
    }
    report(
        &found,
        "formats/ and drafts/ read untrusted bytes: return an error instead of panicking",
    );
}

#[test]
fn every_ui_string_has_both_languages_and_the_same_placeholders() {
    let texts: Vec<i18n::UiText> = i18n::every_text().collect();
    assert!(
        texts.len() >= 450,
        "the table looks truncated: {}",
        texts.len()
    );
    let mut found = Vec::new();
    for text in texts {
        if text.zh.trim().is_empty() || text.en.trim().is_empty() {
            found.push(format!("{text:?}: a language is empty"));
        }
        if text.zh.matches("{}").count() != text.en.matches("{}").count() {
            found.push(format!(
                "{text:?}: the languages have different `{{}}` counts"
            ));
        }
        if text.en.chars().any(is_han) {
            found.push(format!("{text:?}: Chinese in the English text"));
        }
        if text.en.chars().any(is_full_width_punctuation) {
            found.push(format!(
                "{text:?}: full-width punctuation in the English text"
            ));
        }
    }
    report(&found, "UI strings");
}

#[test]
fn no_chinese_text_in_the_ui_outside_the_string_table() {
    report(
        &ui_literals(is_han, &CHINESE_ALLOWED),
        "Chinese text in src/ui belongs in i18n.rs with its English (a `ui_strings!` entry)",
    );
}

#[test]
fn no_chinese_or_full_width_text_outside_the_text_table() {
    let mut files = rust_files(&root().join("crates/core/src"));
    files.extend(rust_files(&root().join("src")));
    assert!(
        files.len() > 150,
        "expected the core's and the app's sources: {files:?}"
    );
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|file| (relative(file), read(file)))
        .collect();
    report(
        &text_outside_the_table(&sources, &TEXT_NOT_IN_THE_TABLE),
        "user-facing text belongs in crates/core/src/i18n.rs, in both languages",
    );
}

#[test]
fn the_text_check_sees_a_planted_sentence_and_a_stale_entry() {
    let sources = [
        (
            "src/ui/a.rs".to_owned(),
            "fn f() -> &'static str { \"请先保存\" }\n".to_owned(),
        ),
        (
            "src/ui/b.rs".to_owned(),
            "fn f() -> &'static str { \"a：b\" }\n".to_owned(),
        ),
        (
            "crates/core/src/i18n.rs".to_owned(),
            "const A: &str = \"总分\";\n".to_owned(),
        ),
        (
            "src/ui/c.rs".to_owned(),
            "// 注释\nfn f() -> &'static str { \"plain\" }\n".to_owned(),
        ),
        (
            "src/ui/d.rs".to_owned(),
            "fn f() -> &'static str { \"旧\" }\n".to_owned(),
        ),
    ];
    assert_eq!(
        text_outside_the_table(
            &sources,
            &[("src/ui/d.rs", "planted"), ("src/ui/c.rs", "planted")]
        ),
        [
            "src/ui/a.rs: a.rs:1: \"请先保存\"",
            "src/ui/b.rs: b.rs:1: \"a：b\"",
            "src/ui/c.rs: has no text left, take it off the list",
        ]
    );
}

#[test]
fn no_full_width_punctuation_in_the_ui_outside_the_string_table() {
    report(
        &ui_literals(is_full_width_punctuation, &FULL_WIDTH_ALLOWED),
        "full-width punctuation in src/ui shows on English pages too: use i18n.rs \
         (`list_separator`, `label_separator`, `field_gap`, `in_brackets`, or a `ui_strings!` entry)",
    );
}

/// The Content-Security-Policy of `index.html`, as (directive, sources).
fn csp_directives(html: &str) -> Vec<(String, Vec<String>)> {
    let lower = html.to_ascii_lowercase();
    let metas: Vec<&str> = lower
        .match_indices("<meta")
        .map(|(at, _)| &html[at..at + lower[at..].find('>').unwrap_or(lower.len() - at)])
        .filter(|tag| tag.to_ascii_lowercase().contains("content-security-policy"))
        .collect();
    assert_eq!(
        metas.len(),
        1,
        "index.html needs exactly one CSP meta tag: {metas:?}"
    );
    let content = metas[0]
        .split_once("content=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(content, _)| content)
        .unwrap_or_else(|| panic!("the CSP meta tag has no content: {}", metas[0]));
    csp::directives(content)
}

/// Sources that name nothing on the network: keywords, hashes, and local schemes.
fn is_local_source(source: &str) -> bool {
    matches!(
        source,
        "'none'" | "'unsafe-inline'" | "'wasm-unsafe-eval'" | "data:" | "blob:"
    ) || source.starts_with("'sha256-")
        || source == "{{eightfold:script-hashes}}"
}

#[test]
fn the_csp_forbids_the_network_and_remote_code() {
    let directives = csp_directives(&read(&root().join("index.html")));
    let get = |name: &str| {
        directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, sources)| sources.clone())
            .unwrap_or_else(|| panic!("the CSP has no {name}: {directives:?}"))
    };
    assert_eq!(get("default-src"), ["'none'"]);
    assert_eq!(get("connect-src"), ["'none'"]);
    assert_eq!(get("form-action"), ["'none'"]);
    assert_eq!(get("base-uri"), ["'none'"]);
    let script = get("script-src");
    assert!(
        !script
            .iter()
            .any(|s| s == "'unsafe-inline'" || s == "'unsafe-eval'"),
        "scripts run only by hash: {script:?}"
    );
    let remote: Vec<String> = directives
        .iter()
        .flat_map(|(name, sources)| {
            sources
                .iter()
                .filter(|s| !is_local_source(s))
                .map(move |s| format!("{name} {s}"))
        })
        .collect();
    report(&remote, "the CSP allows a source that is not local");
}

#[test]
fn the_ui_calls_actions_and_never_assembles_documents() {
    let files = rust_files(&root().join("src/ui"));
    assert!(files.len() >= 20, "expected the ui sources: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        found.extend(document_assembly_in(&read(file), &relative(file)));
    }
    report(
        &found,
        "src/ui makes documents only through eightfold_core::actions (one function per user \
         action returns bytes, file name and media type); add or extend an action instead",
    );
}

#[test]
fn no_browser_dialog_anywhere_in_the_app() {
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("crates/core/src")));
    assert!(files.len() >= 20, "expected the app's sources: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        found.extend(dialogs_in_rust(&read(file), &relative(file)));
    }
    for script in ["xtask/src/boot/start.js", "index.html"] {
        let path = root().join(script);
        found.extend(lines_with(
            &read(&path),
            &BROWSER_DIALOGS,
            &relative(&path),
            sink_words,
        ));
    }
    report(
        &found,
        "ask in the page (ui/question.rs), never with the browser's confirm/alert/prompt",
    );
}

#[test]
fn the_document_check_sees_assembly_and_file_names_but_not_comments() {
    let planted = r#"
//! Lays out nothing: calls `evaluation_sheet(` only in this comment, with SheetInput.
use crate::formats::pdf::{evaluation_sheet, SheetInput};
fn save(t: &Template, a: &Assessment) {
    let name = format!("{}.pdf", crate::formats::exchange::file_name::assessment_file_stem(t, a));
    let bytes = evaluation_sheet(&input, font);
    let csv = consolidated_csv(c, 0, t, lang);
}
fn fine(document: &Document) { download(&document.file_name, document.media_type, &document.bytes) }
fn accepts() -> &'static str { ".json,application/json" }
"#;
    assert_eq!(
        document_assembly_in(planted, "a.rs"),
        [
            "a.rs:3: `formats::pdf`",
            "a.rs:3: `SheetInput`",
            "a.rs:5: `file_name::`",
            "a.rs:5: `_file_stem(`",
            "a.rs:6: `evaluation_sheet(`",
            "a.rs:7: `consolidated_csv(`",
            "a.rs:5: file name \"{}.pdf\"",
        ]
    );
}

#[test]
fn the_dialog_check_sees_confirm_alert_and_prompt_in_code_and_strings() {
    let planted = r####"
//! window.confirm in a doc comment: fine.
fn ask(w: &Window) -> bool { w.confirm_with_message("Sure?").unwrap_or(false) }
fn name(w: &Window) { let _ = w.prompt_with_message_and_default("Name", ""); }
fn shout(w: &Window) { let _ = w.alert(); }
fn js() { let _ = js_sys::eval("window.alert('x')"); }
fn fine() { questions.ask_before(text, DISCARD, run); let alerted = 1; }
"####;
    assert_eq!(
        dialogs_in_rust(planted, "a.rs"),
        [
            "a.rs:3: `confirmwithmessage`",
            "a.rs:4: `promptwithmessage`",
            "a.rs:5: `alert()`",
            "a.rs:6: `windowalert` in a string",
        ]
    );
    assert_eq!(
        lines_with(
            "if (window.confirm(q)) go();",
            &BROWSER_DIALOGS,
            "start.js",
            sink_words
        ),
        ["start.js:1: `windowconfirm`"]
    );
}

#[test]
fn the_checks_see_what_they_should_and_skip_comments_and_tests() {
    let source = r####"
//! Mentions inner_html and .unwrap() in a doc comment: fine.
/* a block comment with "中文" and set_inner_html /* nested */ still comment */
fn view() { let _ = view! { <div inner_html=text /> }; }
fn js() { Reflect::set(&el, &"innerHTML".into(), &v); }
fn f(x: Option<u8>) -> u8 { x.unwrap() }
fn g(x: Option<u8>) -> u8 { x.unwrap_or(0) }
fn label() -> &'static str { "单位" }
fn raw() -> &'static str { r#"He said "}" 总分"# }
fn ch() -> char { '总' }
fn life<'a>(x: &'a str) -> &'a str { x }
fn brace() -> char { '{' }

#[cfg(test)]
mod tests {
    fn t() { let _ = Some("测试").unwrap(); }
}

#[cfg(test)]
use something::only_for_tests;

fn after(x: Result<u8, ()>) -> u8 { x.expect("boom") }
"####;
    assert_eq!(
        html_sinks_in_rust(source, "a.rs"),
        ["a.rs:4: `innerhtml`", "a.rs:5: `innerhtml` in a string"]
    );
    assert_eq!(
        panicky_in(source, "a.rs"),
        ["a.rs:6: `.unwrap()`", "a.rs:22: `.expect(`"]
    );
    assert_eq!(
        literals_in(source, "a.rs", is_han, &CHINESE_ALLOWED),
        [
            "a.rs:8: \"单位\"",
            "a.rs:9: \"He said \\\"}\\\" 总分\"",
            "a.rs:10: \"总\""
        ]
    );
    assert!(
        literals_in(
            "fn f() { button(\"中文\") }",
            "language_switch.rs",
            is_han,
            &CHINESE_ALLOWED
        )
        .is_empty(),
        "the allowed endonym"
    );
    let punctuation =
        "fn f() {\n    join(\"；\"); say(\"a: b, (c)\"); say(\"总分：\")\n}\n// 注：\n";
    assert_eq!(
        literals_in(punctuation, "a.rs", is_full_width_punctuation, &[]),
        ["a.rs:2: \"；\"", "a.rs:2: \"总分：\""]
    );
    let allowed = [("b.rs", "；", "chosen only for Chinese")];
    assert!(
        literals_in(punctuation, "b.rs", is_full_width_punctuation, &allowed)
            == ["b.rs:2: \"总分：\""],
        "an allowed separator"
    );
    assert!(is_local_source("'sha256-abc='") && !is_local_source("https://cdn.example"));
    assert!(!is_local_source("*") && !is_local_source("'self'"));
}

/// Leaked or unowned event glue: a closure handed to the browser for good, or a listener added
/// anywhere but `src/web/listen.rs` (whose `Listener` removes it when its owner goes).
const LEAKED_GLUE: [&str; 3] = [".forget()", "mem::forget(", "add_event_listener"];

/// The browser engines whose differences are handled in `src/web`, each named there.
const ENGINES: [&str; 6] = ["chromium", "firefox", "webkit", "safari", "gecko", "blink"];

/// Listener glue that is not owned (in code, not comments or strings) and, outside `src/web`,
/// any engine named, even in a comment: a workaround for one engine belongs in `src/web`.
fn unowned_glue_and_engines_in(source: &str, file: &str) -> Vec<String> {
    let code = without_test_items(&lex(source).code);
    let mut found: Vec<String> =
        lines_with(&code, &LEAKED_GLUE, file, |line| line.replace(' ', ""))
            .into_iter()
            .filter(|hit| {
                !(file.ends_with("src/web/listen.rs") && hit.ends_with("`add_event_listener`"))
            })
            .collect();
    if !file.contains("src/web/") {
        found.extend(lines_with(source, &ENGINES, file, |line| {
            line.to_lowercase()
        }));
    }
    found
}

#[test]
fn listeners_are_owned_and_engine_differences_live_in_src_web() {
    let files = rust_files(&root().join("src"));
    assert!(files.len() > 40, "expected the app's sources: {files:?}");
    assert!(
        read(&root().join("src/web/listen.rs")).contains("impl Drop for Listener"),
        "the owned listener removes itself when dropped"
    );
    let mut found = Vec::new();
    for file in &files {
        found.extend(unowned_glue_and_engines_in(&read(file), &relative(file)));
    }
    report(
        &found,
        "listeners belong to an owner (web::listen::Listener), and each engine difference is \
         handled in src/web with the engine named",
    );
}

#[test]
fn the_glue_check_sees_leaked_closures_stray_listeners_and_engines_outside_src_web() {
    let planted = r#"
//! Nothing leaks here with .forget() — a doc comment is fine.
fn a(c: Closure<dyn Fn()>) { w.add_event_listener_with_callback("x", c.as_ref().unchecked_ref()); c.forget(); }
fn b(s: Subscription) { std::mem::forget(s); }
// Firefox drops the drag image otherwise.
fn c() { say("WebKit in a string"); }
"#;
    assert_eq!(
        unowned_glue_and_engines_in(planted, "src/ui/a.rs"),
        [
            "src/ui/a.rs:3: `.forget()`",
            "src/ui/a.rs:3: `add_event_listener`",
            "src/ui/a.rs:4: `mem::forget(`",
            "src/ui/a.rs:5: `firefox`",
            "src/ui/a.rs:6: `webkit`",
        ]
    );
    // In src/web the engine is named where its difference is handled; listen.rs adds listeners.
    assert_eq!(
        unowned_glue_and_engines_in(planted, "src/web/a.rs"),
        [
            "src/web/a.rs:3: `.forget()`",
            "src/web/a.rs:3: `add_event_listener`",
            "src/web/a.rs:4: `mem::forget(`",
        ]
    );
    assert_eq!(
        unowned_glue_and_engines_in(planted, "src/web/listen.rs"),
        [
            "src/web/listen.rs:3: `.forget()`",
            "src/web/listen.rs:4: `mem::forget(`",
        ]
    );
}

#[test]
fn no_english_sentence_in_the_ui_outside_the_text_table() {
    let files = rust_files(&root().join("src/ui"));
    assert!(files.len() > 20, "expected the UI sources: {files:?}");
    let mut found = Vec::new();
    for file in &files {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        found.extend(
            english_in(&read(file), name, &ENGLISH_ALLOWED)
                .into_iter()
                .map(|v| format!("{}: {v}", relative(file))),
        );
    }
    report(
        &found,
        "English text in src/ui belongs in the core's i18n table with its Chinese",
    );
}

#[test]
fn the_english_check_sees_a_planted_sentence_and_skips_names_comments_and_tests() {
    let planted = r#"
//! Says "Save your work first." in a doc comment: fine.
fn label() -> &'static str { "Save your work first" }
fn ended() -> &'static str { "nothing was saved." }
fn cells() -> &'static str { "Not answered" }
fn classes() -> &'static str { "field-error must-pass" }
fn format() -> String { format!("{} · {}", a, b) }
fn id() -> &'static str { "review-totals" }
fn accept() -> &'static str { ".json,application/json" }
fn one() -> &'static str { "Total" }
#[cfg(test)]
mod tests { fn t() { assert_eq!(x, "Discard the draft?"); } }
"#;
    assert_eq!(
        english_in(planted, "a.rs", &[]),
        [
            "a.rs:3: \"Save your work first\"",
            "a.rs:4: \"nothing was saved.\"",
            "a.rs:5: \"Not answered\"",
        ]
    );
    let allowed = [("a.rs", "Not answered", "planted")];
    assert_eq!(english_in(planted, "a.rs", &allowed).len(), 2);
}
