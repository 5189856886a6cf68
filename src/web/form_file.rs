//! The page's own HTML, kept as it was before the app changed it, and the template a form file
//! carries.
//!
//! A form file is this app's single HTML file with a template embedded
//! ([`crate::formats::form_file`]). The page cannot read its own source from `file://` (the
//! CSP forbids every fetch), and the live document later holds the mounted app, not the file.
//! So [`capture_pristine`] runs before the app mounts and keeps a deep copy of the parsed page
//! (in the browser's memory, not wasm's); [`pristine_html`] writes that copy out with the
//! HTML serialization rules. Script and style text is written verbatim, so the boot script is
//! byte for byte what the CSP hash was computed over. The boot script is `async`, so the copy
//! may be taken before the parser reached the data blocks after it (the PDF font): those are
//! copied from the live page when the HTML is written, long after parsing ended.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::formats::form_file::EMBEDDED_TEMPLATE_ID;

thread_local! {
    static PRISTINE: RefCell<Option<web_sys::Node>> = const { RefCell::new(None) };
}

/// Elements whose text the HTML parser does not decode, so it is written back as it is
/// (`noscript` too: the page runs with scripting enabled).
const RAW_TEXT: [&str; 8] = [
    "script",
    "style",
    "noscript",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];
/// Elements without an end tag.
const VOID: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Keeps a copy of the page as parsed. Call once, before the app mounts.
pub fn capture_pristine() {
    let copy = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.clone_node_with_deep(true).ok());
    PRISTINE.with(|kept| *kept.borrow_mut() = copy);
}

/// The page's HTML as it was before the app mounted, with its doctype.
pub fn pristine_html() -> Option<String> {
    PRISTINE.with(|kept| {
        let kept = kept.borrow();
        let root = kept.as_ref()?;
        add_late_blocks(root);
        let mut out = String::from("<!doctype html>\n");
        write_node(root, false, &mut out);
        Some(out)
    })
}

/// Data blocks placed after the boot script by `cargo xtask dist`.
const LATE_BLOCKS: [&str; 1] = [super::pdf_font::BLOCK_ID];

/// Adds to the copy `root` the late data blocks it lacks, from the live page, at the end of
/// its body (where `dist` put them).
fn add_late_blocks(root: &web_sys::Node) {
    let Some(root) = root.dyn_ref::<web_sys::Element>() else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(Some(body)) = root.query_selector("body") else {
        return;
    };
    for id in LATE_BLOCKS {
        let present = root
            .query_selector(&format!("[id=\"{id}\"]"))
            .ok()
            .flatten()
            .is_some();
        if present {
            continue;
        }
        if let Some(copy) = document
            .get_element_by_id(id)
            .and_then(|live| live.clone_node_with_deep(true).ok())
        {
            let _ = body.append_child(&copy);
        }
    }
}

/// The text of the embedded template's data block, when this page is a form file.
pub fn embedded_template_text() -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(EMBEDDED_TEMPLATE_ID)?
        .text_content()
}

/// The HTML fragment serialization of `node` (elements, text, comments).
fn write_node(node: &web_sys::Node, in_raw_text: bool, out: &mut String) {
    match node.node_type() {
        web_sys::Node::ELEMENT_NODE => {
            if let Some(element) = node.dyn_ref::<web_sys::Element>() {
                write_element(element, out);
            }
        }
        web_sys::Node::TEXT_NODE => {
            let text = node.node_value().unwrap_or_default();
            if in_raw_text {
                out.push_str(&text);
            } else {
                out.push_str(&escape(&text, false));
            }
        }
        web_sys::Node::COMMENT_NODE => {
            out.push_str("<!--");
            out.push_str(&node.node_value().unwrap_or_default());
            out.push_str("-->");
        }
        _ => {}
    }
}

fn write_element(element: &web_sys::Element, out: &mut String) {
    let name = element.local_name();
    out.push('<');
    out.push_str(&name);
    for attribute in element.get_attribute_names().iter() {
        let Some(attribute) = attribute.as_string() else {
            continue;
        };
        let value = element.get_attribute(&attribute).unwrap_or_default();
        out.push_str(&format!(" {attribute}=\"{}\"", escape(&value, true)));
    }
    out.push('>');
    if VOID.contains(&name.as_str()) {
        return;
    }
    let raw = RAW_TEXT.contains(&name.as_str());
    let mut child = element.first_child();
    while let Some(node) = child {
        write_node(&node, raw, out);
        child = node.next_sibling();
    }
    out.push_str(&format!("</{name}>"));
}

/// Escapes text (`&`, no-break space, `<`, `>`) or an attribute value (`&`, no-break space,
/// `"`) as the HTML serializer does.
fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '"' if attribute => out.push_str("&quot;"),
            '<' if !attribute => out.push_str("&lt;"),
            '>' if !attribute => out.push_str("&gt;"),
            other => out.push(other),
        }
    }
    out
}
