//! Criteria template files (`.eightfold-template.json`) and form files: a template survives
//! export and import exactly, an edited file is marked, a broken or invalid one is refused with
//! its own message, and a form file is the app's HTML with the template embedded so that the
//! boot script is untouched and no template text can break out of its data block.

use chrono::{DateTime, FixedOffset};
use eightfold_core::domain::{eight_types, validate, Template, Text};
use eightfold_core::formats::exchange::template_file::{
    export_template, import_template_file, template_file_name, MAX_TEMPLATE_BYTES, TEMPLATE_FORMAT,
};
use eightfold_core::formats::exchange::{DigestStatus, ImportError};
use eightfold_core::formats::form_file::{
    data_block, form_file_name, make_form_file, FormFileError, EMBEDDED_TEMPLATE_ID,
};
use proptest::prelude::*;

use crate::fuzz::check_import_error;

fn at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T09:30:00+08:00").unwrap_or_else(|e| panic!("{e}"))
}

/// The eight types template as a committee's own version 3, under its own id.
fn committee_template() -> Template {
    let mut template = eight_types();
    template.id = eightfold_core::domain::TemplateId::new("t-county-2026");
    template.version = 3;
    template.title = Text::new("县直机关八型机关考核细则", "County eight types criteria");
    template
}

/// A shell shaped like `dist/eightfold.html`.
const SHELL: &str = "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
<title>Eightfold · 八型机关考评</title><style>p{}</style></head><body>\
<div id=\"boot-status\">正在加载…</div>\n\
<script type=\"application/octet-stream\" id=\"eightfold-wasm\">AAAA</script>\n\
<script type=\"module\">const boot = 1 < 2 && \"</p>\";</script>\n</body></html>";

/// What the browser's `textContent` of the embedded block gives.
fn embedded_text(html: &str) -> Option<&str> {
    let open = format!("<script type=\"application/json\" id=\"{EMBEDDED_TEMPLATE_ID}\">");
    let start = html.find(&open)? + open.len();
    let end = start + html[start..].find("</script>")?;
    Some(&html[start..end])
}

#[test]
fn an_exported_template_imports_back_exactly_and_verified() {
    let template = committee_template();
    let file = export_template(&template, at()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        file.file_name,
        "县直机关八型机关考核细则-v3.eightfold-template.json"
    );
    assert_eq!(file.file_name, template_file_name(&template));
    let json: serde_json::Value =
        serde_json::from_slice(&file.bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["format"], TEMPLATE_FORMAT);
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["digest"]["value"], file.digest.to_hex());

    let imported = import_template_file(&file.bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.template, template);
    assert_eq!(imported.digest_status, DigestStatus::Verified);
    assert_eq!(imported.digest, file.digest);
    assert_eq!(imported.exported_at, at());
}

#[test]
fn an_edited_template_file_is_imported_but_marked() {
    let file = export_template(&committee_template(), at()).unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8(file.bytes).unwrap_or_else(|e| panic!("{e}"));
    let edited = text.replacen("\"max_points\": 25", "\"max_points\": 24", 1);
    // Item 1.1 of the eight types is a quota worth 25: 24 keeps the template valid.
    assert_ne!(edited, text, "the fixture has an item worth 25");
    let imported = import_template_file(edited.as_bytes());
    match imported {
        Ok(imported) => assert!(matches!(
            imported.digest_status,
            DigestStatus::ChangedAfterExport { expected, actual } if expected == file.digest && actual != expected
        )),
        Err(ImportError::InvalidTemplate { issues }) => {
            panic!("the edit made the template invalid: {issues:#?}")
        }
        Err(other) => panic!("{other}"),
    }
}

#[test]
fn broken_and_invalid_template_files_are_refused_with_their_own_message() {
    let too_large = vec![b' '; MAX_TEMPLATE_BYTES + 1];
    assert!(matches!(
        import_template_file(&too_large),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(
        import_template_file(b"{\"format\": \"eightfold-template\""),
        Err(ImportError::NotJson { .. })
    ));
    let assessment = br#"{"format": "eightfold-assessment", "format_version": 2}"#;
    assert!(matches!(
        import_template_file(assessment),
        Err(ImportError::WrongFormat { found: Some(_), .. })
    ));
    let future = br#"{"format": "eightfold-template", "format_version": 9}"#;
    assert_eq!(
        import_template_file(future),
        Err(ImportError::FutureVersion {
            found: 9,
            supported: 1
        })
    );

    // A template whose weights no longer add up is refused, every issue under `template.`.
    let mut broken = committee_template();
    broken.dimensions[0].weight = eightfold_core::domain::Fixed::from_int(5);
    assert!(!validate(&broken).is_empty());
    assert!(
        export_template(&broken, at()).is_err(),
        "export refuses it too"
    );
    let valid = export_template(&committee_template(), at()).unwrap_or_else(|e| panic!("{e}"));
    let mut value: serde_json::Value =
        serde_json::from_slice(&valid.bytes).unwrap_or_else(|e| panic!("{e}"));
    value["template"]["dimensions"][0]["weight"] = serde_json::json!(5);
    let bytes = serde_json::to_vec(&value).unwrap_or_else(|e| panic!("{e}"));
    match import_template_file(&bytes) {
        Err(ImportError::InvalidTemplate { issues }) => {
            assert!(
                issues.iter().any(|i| i.path == "template.dimensions"),
                "{issues:#?}"
            )
        }
        other => panic!("expected an invalid template, got {other:?}"),
    }
    // The assessment import points a template file to the right place.
    let message = ImportError::WrongFormat {
        found: Some(TEMPLATE_FORMAT.to_owned()),
        expected: "eightfold-assessment",
    }
    .message(eightfold_core::domain::Lang::En);
    assert!(message.contains("template file"), "{message}");
}

#[test]
fn a_form_file_embeds_the_template_and_leaves_the_boot_script_alone() {
    let template = committee_template();
    let file = export_template(&template, at()).unwrap_or_else(|e| panic!("{e}"));
    let html = make_form_file(SHELL, &template, &file.bytes).unwrap_or_else(|e| panic!("{e}"));

    // The boot script and the other data blocks are byte for byte where they were.
    let boot = "<script type=\"module\">const boot = 1 < 2 && \"</p>\";</script>";
    assert!(html.contains(boot));
    assert!(html
        .contains("<script type=\"application/octet-stream\" id=\"eightfold-wasm\">AAAA</script>"));
    // The template block comes before the boot script, and reads back as the same file.
    let block = html.find(EMBEDDED_TEMPLATE_ID).unwrap_or(usize::MAX);
    assert!(block < html.find(boot).unwrap_or(0));
    let text = embedded_text(&html).unwrap_or_else(|| panic!("no embedded block in {html}"));
    let imported = import_template_file(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.template, template);
    assert_eq!(imported.digest_status, DigestStatus::Verified);
    // The page title names the template.
    assert!(html.contains("<title>县直机关八型机关考核细则 · Eightfold</title>"));
    assert_eq!(
        form_file_name(&template),
        "县直机关八型机关考核细则-v3.html"
    );
}

#[test]
fn a_form_file_made_from_a_form_file_carries_only_the_new_template() {
    let first = committee_template();
    let mut second = committee_template();
    second.version = 4;
    let file = |t: &Template| {
        export_template(t, at())
            .unwrap_or_else(|e| panic!("{e}"))
            .bytes
    };
    let once = make_form_file(SHELL, &first, &file(&first)).unwrap_or_else(|e| panic!("{e}"));
    let twice = make_form_file(&once, &second, &file(&second)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(twice.matches(EMBEDDED_TEMPLATE_ID).count(), 1);
    let text = embedded_text(&twice).unwrap_or_default();
    let imported = import_template_file(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.template.version, 4);
}

#[test]
fn the_page_must_be_the_app() {
    let template = committee_template();
    let file = export_template(&template, at()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        make_form_file(
            "<html><body>not the app</body></html>",
            &template,
            &file.bytes
        ),
        Err(FormFileError::NotTheApp)
    );
}

proptest! {
    /// Whatever the template says, its text never ends the data block or opens a comment in it,
    /// and it reads back as written.
    #[test]
    fn template_text_cannot_break_out_of_its_block(text in "\\PC{0,40}", tag in prop::sample::select(vec![
        "</script>", "</SCRIPT >", "<!--", "<script>", "]]>", "</scr", "\u{2028}",
    ])) {
        let json = serde_json::to_string(&format!("{text}{tag}{text}")).unwrap_or_default();
        let block = data_block(&json);
        let inner = &block[block.find('>').unwrap_or(0) + 1..block.len() - "</script>".len()];
        prop_assert!(!inner.to_ascii_lowercase().contains("</script"));
        prop_assert!(!inner.contains("<!--"));
        let back: String = serde_json::from_str(inner).unwrap_or_default();
        prop_assert_eq!(back, format!("{text}{tag}{text}"));
    }

    /// Importing a template file never panics, whatever the bytes, and a refusal says what
    /// is wrong in both languages, naming its field.
    #[test]
    fn template_import_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(error) = import_template_file(&bytes) {
            check_import_error(&error)?;
        }
    }
}
