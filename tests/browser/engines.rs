//! Issue 12's storage rule, in whichever engine this run drives: where the drafts of a local
//! file live, what a copy of the file in another folder sees, what the app tells the user, and
//! how the drafts reach another browser or computer (the backup, one click away).
//!
//! Measured here, and written once in [`storage_rule`]: Chromium 156, WebKitGTK 2.50 and —
//! against the expectation — Firefox ESR 153 all keep the localStorage of every
//! `file://` page in one place (Firefox reports the origin `"null"` but stores all local files
//! under `UNIVERSAL_FILE_URI_ORIGIN`). So a copy of the file in another folder sees the same
//! drafts on every engine, while another profile (another browser, another computer) starts
//! empty and gets them back from “备份全部（草稿、模板和考评批次）” + “导入文件”.
//!
//! The notice's text comes from the app's own `StorageScope::message`.

use eightfold::domain::Lang;
use eightfold::drafts::{StorageScope, TemplateRecord};
use eightfold::formats::exchange::file_name::BACKUP_EXTENSION;
use eightfold::ui::i18n::{self, fill};
use serde_json::json;

use crate::harness::fixture::file_url;
use crate::harness::{
    wait_for_download, Browser, Engine, HarnessError, Result, Scratch, UI_CHANGE,
};
use crate::support_app::{
    back_to_start, draft_names, draft_row, load_app, open_draft, type_note, wait_saved_note,
};
use crate::support_editor::{
    leave_editor, set_field, stored_templates, template_row, wait_editor, wait_text_at,
};
use crate::support_form::{indicator_card, open_app, start_assessment};

const UNIT: &str = "县机关事务管理局";
const NOTED: &str = "1.1";
const NOTE: &str = "草稿随文件位置而定吗";
/// The committee's own template, published, then edited further without publishing.
const TEMPLATE_TITLE: &str = "本县机关考核细则";
const UNPUBLISHED_EDIT: &str = "修订中，尚未发布";

/// Where each engine keeps the localStorage of a local file (measured; see the README).
fn storage_rule(engine: Engine) -> StorageScope {
    match engine {
        Engine::Chromium | Engine::Firefox | Engine::WebKit => StorageScope::SharedByLocalFiles,
    }
}

/// The text of the storage notice beside the drafts list.
fn shown_scope(b: &Browser) -> Result<String> {
    let text = b.execute(
        "const p = document.querySelector('.storage-scope');
         return p ? p.innerText.trim() : null;",
        vec![],
    )?;
    text.as_str().map(str::to_owned).ok_or_else(|| {
        HarnessError::new("no storage notice (.storage-scope) beside the drafts list")
    })
}

#[test]
fn a_copy_of_the_file_in_another_folder_follows_the_engines_storage_rule() -> Result<()> {
    let scratch = Scratch::new()?;
    let b = open_app(&scratch)?;
    let rule = storage_rule(b.engine());
    start_assessment(&b, UNIT)?;
    type_note(&b, NOTED, NOTE)?;
    wait_saved_note(&b, NOTED, NOTE)?;
    back_to_start(&b)?;
    assert_eq!(
        shown_scope(&b)?,
        rule.message(Lang::Zh),
        "{} shows the wrong storage notice",
        b.engine()
    );
    b.find_button(i18n::BACKUP_ALL.zh)?;

    let elsewhere = scratch.path().join("另一个文件夹");
    std::fs::create_dir_all(&elsewhere)?;
    let copy = elsewhere.join("eightfold.html");
    std::fs::copy(scratch.site().join("eightfold.html"), &copy)?;
    load_app(&b, &file_url(&copy)?)?;
    b.wait_for_text(i18n::DRAFTS.zh, UI_CHANGE)?;
    assert_eq!(shown_scope(&b)?, rule.message(Lang::Zh));

    match rule {
        StorageScope::SharedByLocalFiles => {
            draft_row(&b, UNIT)?;
        }
        StorageScope::PerFilePath => assert_eq!(
            draft_names(&b)?,
            Vec::<String>::new(),
            "the copy in another folder sees the drafts of the first file"
        ),
        other => panic!("a local file should never have the storage scope {other:?}"),
    }
    Ok(())
}

/// What a template record holds apart from this browser's save bookkeeping.
fn library(records: Vec<TemplateRecord>) -> Vec<(String, String, Option<String>)> {
    let mut held: Vec<_> = records
        .into_iter()
        .map(|r| {
            (
                serde_json::to_string(&r.working).unwrap_or_default(),
                r.working.id.to_string(),
                r.published
                    .map(|p| serde_json::to_string(&p).unwrap_or_default()),
            )
        })
        .collect();
    held.sort();
    held
}

/// A copy of the built-in criteria, retitled and published as version 1, then edited again
/// without publishing: the editor's working copy differs from the published version.
fn publish_own_template(b: &Browser) -> Result<()> {
    b.click(&b.find_button(i18n::COPY_TEMPLATE.zh)?)?;
    wait_editor(b)?;
    set_field(b, ".edit-meta", i18n::TEMPLATE_TITLE_ZH.zh, TEMPLATE_TITLE)?;
    wait_text_at(b, "#editor-readiness", i18n::READY_TO_PUBLISH.zh)?;
    b.click(&b.find_button(i18n::PUBLISH.zh)?)?;
    wait_text_at(
        b,
        ".template-state",
        &fill(i18n::PUBLISHED_VERSION, Lang::Zh, 1),
    )?;
    set_field(b, ".edit-meta", i18n::DESCRIPTION_ZH.zh, UNPUBLISHED_EDIT)?;
    b.wait_until("the unpublished edit to be saved", UI_CHANGE, |b| {
        Ok(stored_templates(b)?
            .iter()
            .any(|r| r.working.description.zh == UNPUBLISHED_EDIT && r.published.is_some()))
    })?;
    leave_editor(b)
}

#[test]
fn another_profile_starts_empty_and_a_backup_brings_the_drafts_and_templates_over() -> Result<()> {
    let first = Scratch::new()?;
    let b = open_app(&first)?;
    start_assessment(&b, UNIT)?;
    type_note(&b, NOTED, NOTE)?;
    wait_saved_note(&b, NOTED, NOTE)?;
    back_to_start(&b)?;
    publish_own_template(&b)?;
    let templates_here = stored_templates(&b)?;
    let published = templates_here
        .iter()
        .find_map(|r| r.published.clone())
        .ok_or_else(|| HarnessError::new("the template was not published"))?;
    assert_eq!(published.title.zh, TEMPLATE_TITLE);
    b.click(&b.find_button(i18n::BACKUP_ALL.zh)?)?;
    let backup = wait_for_download(&first.downloads(), BACKUP_EXTENSION, UI_CHANGE)?;

    // Another browser profile: what another computer or browser would be.
    let second = Scratch::new()?;
    let other = open_app(&second)?;
    assert_eq!(
        draft_names(&other)?,
        Vec::<String>::new(),
        "a fresh profile has drafts"
    );
    let picker = other.find_css("#import-files")?;
    let Some(path) = backup.to_str() else {
        return Err(HarnessError::new(format!(
            "not UTF-8: {}",
            backup.display()
        )));
    };
    other.type_into(&picker, path)?;
    other.wait_until(
        "the import report to say the backup was restored",
        UI_CHANGE,
        |b| {
            let ok = b.execute(
                "const lines = Array.from(document.querySelectorAll('.import-report li'));
                 return lines.length > 0 && lines.every((li) => li.classList.contains('import-ok'));",
                vec![],
            )?;
            Ok(ok == json!(true))
        },
    )?;
    // The template library came over: published version and unpublished working copy.
    let report = other.execute(
        "return Array.from(document.querySelectorAll('.import-report li'), (li) => li.innerText).join('\\n');",
        vec![],
    )?;
    let report = report.as_str().unwrap_or_default().to_owned();
    let name = format!(
        "{} ({})",
        TEMPLATE_TITLE,
        fill(i18n::VERSION_N, Lang::Zh, published.version)
    );
    for expected in [
        fill(i18n::TEMPLATE_RESTORED, Lang::Zh, &name),
        fill(i18n::BACKUP_DRAFTS_RESTORED, Lang::Zh, 1),
        fill(i18n::BACKUP_TEMPLATES_RESTORED, Lang::Zh, 1),
    ] {
        assert!(
            report.contains(&expected),
            "{expected:?} not in the report:\n{report}"
        );
    }
    assert_eq!(
        library(stored_templates(&other)?),
        library(templates_here),
        "the restored template library differs"
    );
    template_row(&other, TEMPLATE_TITLE)?;
    other.find_by_label(TEMPLATE_TITLE)?;

    open_draft(&other, UNIT)?;
    let note = other.find_by_label_in(&indicator_card(&other, NOTED)?, i18n::EVIDENCE.zh)?;
    assert_eq!(
        other.value_of(&note)?,
        NOTE,
        "the restored draft lost its note"
    );
    Ok(())
}
