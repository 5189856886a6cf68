//! Steps the form journeys share: open the built app, start an assessment, answer an
//! indicator the way a person would (by the labels on its card), and check that the total
//! and grade on the page are what `domain::score` computes for the same answers.
//!
//! Expected numbers always come from the scoring core, never from literals in a test.
//! This module drives the Chinese UI (the harness's default language); it holds no
//! assertions of its own beyond "the page shows what the core computes".

use std::cell::RefCell;

use eightfold::domain::template_edit::full_marks;
use eightfold::domain::{
    score, AnswerValue, Answers, Indicator, IndicatorId, IndicatorKind, Lang, ScoreSheet, Template,
};
use eightfold::ui::i18n;
use serde_json::json;

use crate::harness::{self, Browser, Element, HarnessError, Result, Scratch, APP_START, UI_CHANGE};

/// What the result panel shows: the total and the grade label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub total: String,
    pub grade: String,
}

/// Opens a lone copy of `dist/eightfold.html` in a fresh browser and waits until the app
/// has started.
pub fn open_app(scratch: &Scratch) -> Result<Browser> {
    let file = scratch.copy_dist()?;
    let browser = harness::launch(scratch)?;
    browser.open_file(&file)?;
    wait_ready(&browser)?;
    Ok(browser)
}

/// Waits until the boot script marks the app as started (`<html data-ready="true">`), then
/// until the page has settled its bundled font (`<html data-page-font>`, a second or so
/// later). The test machines have no Chinese font: until that face is registered, Chinese
/// text has no glyphs, so a page printed then lacks characters, and when it arrives every
/// line is laid out again, which moves what a click was aimed at.
pub fn wait_ready(browser: &Browser) -> Result<()> {
    browser.wait_until("the app to start", APP_START, |b| {
        let ready = b.execute(
            "return document.documentElement.dataset.ready === 'true';",
            vec![],
        )?;
        Ok(ready == json!(true))
    })?;
    browser.wait_until("the bundled font to be settled", APP_START, |b| {
        let state = b.execute(
            "return document.documentElement.dataset.pageFont || '';",
            vec![],
        )?;
        Ok(state != json!(""))
    })
}

/// On the start screen: types the unit name into the "new assessment" form (the first
/// template, eight types, is preselected), presses 开始填报 and waits for the form.
pub fn start_assessment(browser: &Browser, unit: &str) -> Result<()> {
    let field = browser.find_by_label(i18n::UNIT_NAME.zh)?;
    browser.type_into(&field, unit)?;
    browser.click(&browser.find_button(i18n::START.zh)?)?;
    browser.wait_until("the form and its result panel", APP_START, |b| {
        let shown = b.execute(
            "const total = document.querySelector('output[data-testid=total]');
             return !!total && total.checkVisibility() && total.textContent !== '';",
            vec![],
        )?;
        Ok(shown == json!(true))
    })
}

/// The card of one indicator (`<fieldset id="ind-1.2">`).
pub fn indicator_card(browser: &Browser, id: &str) -> Result<Element> {
    browser
        .find_css(&format!("fieldset[id=\"ind-{id}\"]"))
        .map_err(|e| e.context(format_args!("finding the card of indicator {id}")))
}

/// The label of the control a person uses to give `value` to `indicator`, as the card shows
/// it in Chinese.
pub fn control_label(indicator: &Indicator, value: &AnswerValue) -> Result<String> {
    let id = &indicator.id;
    let label = match (&indicator.kind, value) {
        (_, AnswerValue::NotApplicable) if indicator.na_allowed => {
            i18n::NOT_APPLICABLE.zh.to_owned()
        }
        (IndicatorKind::Scale { .. }, AnswerValue::Level(level_id)) => {
            let Some(level) = indicator.level(level_id) else {
                return Err(HarnessError::new(format!(
                    "indicator {id} has no level {level_id}"
                )));
            };
            format!(
                "{} ({} {})",
                level.label.get(Lang::Zh),
                level.points,
                i18n::POINTS_UNIT.zh
            )
        }
        (IndicatorKind::YesNo, AnswerValue::YesNo(met)) => {
            if *met { i18n::YES.zh } else { i18n::NO.zh }.to_owned()
        }
        (IndicatorKind::Veto, AnswerValue::Veto(triggered)) => if *triggered {
            i18n::VETO_TRIGGERED.zh
        } else {
            i18n::VETO_NOT_TRIGGERED.zh
        }
        .to_owned(),
        (IndicatorKind::Quota { target, unit, .. }, AnswerValue::Quantity(_)) => i18n::fill(
            i18n::ACHIEVED_AGAINST_TARGET,
            Lang::Zh,
            format!("{target} {}", unit.get(Lang::Zh)),
        ),
        (IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. }, AnswerValue::Count(_)) => {
            i18n::OCCURRENCES.zh.to_owned()
        }
        (kind, value) => {
            return Err(HarnessError::new(format!(
                "no control on indicator {id} ({kind:?}) gives the answer {value:?}"
            )))
        }
    };
    Ok(label)
}

/// Answers one indicator through its card: clicks the radio or check box, or replaces the
/// text of the number field.
pub fn answer(browser: &Browser, template: &Template, id: &str, value: &AnswerValue) -> Result<()> {
    let Some((_, indicator)) = template.indicator(&IndicatorId::new(id)) else {
        return Err(HarnessError::new(format!(
            "the template has no indicator {id}"
        )));
    };
    let label = control_label(indicator, value)?;
    let card = indicator_card(browser, id)?;
    let control = browser.find_by_label_in(&card, &label)?;
    match value {
        AnswerValue::Quantity(number) => type_number(browser, &control, &number.to_string()),
        AnswerValue::Count(count) => type_number(browser, &control, &count.to_string()),
        _ => browser.click(&control),
    }
}

/// Replaces what a number field holds with `text`.
pub fn type_number(browser: &Browser, field: &Element, text: &str) -> Result<()> {
    browser.clear(field)?;
    browser.type_into(field, text)
}

/// Answers every indicator except those in `skip` with full marks, through the UI, and
/// returns the same answers as data.
pub fn fill_full_marks(browser: &Browser, template: &Template, skip: &[&str]) -> Result<Answers> {
    let mut answers = Answers::new();
    for (_, indicator) in template.indicators() {
        if skip.contains(&indicator.id.as_str()) {
            continue;
        }
        let value = full_marks(indicator).unwrap_or(AnswerValue::Unanswered);
        answer(browser, template, indicator.id.as_str(), &value)?;
        answers.set_value(indicator.id.clone(), value);
    }
    Ok(answers)
}

/// The total and grade the result panel shows right now.
pub fn shown_result(browser: &Browser) -> Result<Shown> {
    let read = |testid: &str| -> Result<String> {
        let output = browser.find_css(&format!("output[data-testid=\"{testid}\"]"))?;
        Ok(browser.text_of(&output)?.trim().to_owned())
    };
    Ok(Shown {
        total: read("total")?,
        grade: read("grade")?,
    })
}

/// What the result panel should show for `sheet`.
pub fn expected_result(template: &Template, sheet: &ScoreSheet) -> Shown {
    Shown {
        total: sheet.total.to_string(),
        grade: i18n::grade_text(template, sheet, Lang::Zh),
    }
}

/// Scores `answers` with the core and waits until the page shows the same total and grade;
/// `step` names what was just done, for the failure message. Returns the core's sheet.
pub fn expect_scored(
    browser: &Browser,
    template: &Template,
    answers: &Answers,
    step: &str,
) -> Result<ScoreSheet> {
    let sheet = score(template, answers);
    let expected = expected_result(template, &sheet);
    let last = RefCell::new(None::<Shown>);
    let waited = browser.wait_until(
        &format!("the result after {step} to be {expected:?}"),
        UI_CHANGE,
        |b| {
            let shown = shown_result(b)?;
            let matches = shown == expected;
            last.replace(Some(shown));
            Ok(matches)
        },
    );
    match waited {
        Ok(()) => Ok(sheet),
        Err(e) => Err(e.context(format_args!(
            "after {step}: the scoring core says {expected:?}, the page shows {:?}",
            last.into_inner()
        ))),
    }
}

/// The sentences listed under 影响等次的规则 (the rules that changed the grade); none when the
/// heading is not shown, as when no rule applies.
pub fn shown_grade_rules(browser: &Browser) -> Result<Vec<String>> {
    let rules = browser.execute(
        "const section = document.querySelector('.result-panel .grade-rules');
         if (!section) { return null; }
         const heading = Array.from(section.querySelectorAll('h3'))
           .find((h) => h.textContent.trim() === arguments[0]);
         if (!heading) { return []; }
         return Array.from(section.querySelectorAll('li'), (li) => li.innerText.trim());",
        vec![json!(i18n::RULES_APPLIED.zh)],
    )?;
    let Some(items) = rules.as_array() else {
        return Err(HarnessError::new(
            "no section of grade rules in the result panel",
        ));
    };
    Ok(items
        .iter()
        .filter_map(|item| item.as_str().map(str::to_owned))
        .collect())
}

/// The texts of the links listed in the result panel's To do under `heading`; none when that
/// group is not shown.
pub fn shown_todo(browser: &Browser, heading: &str) -> Result<Vec<String>> {
    let items = browser.execute(
        "const heading = Array.from(document.querySelectorAll('.todo-summary h4'))
           .find((h) => h.textContent.trim() === arguments[0]);
         if (!heading) { return []; }
         const list = heading.nextElementSibling;
         return list ? Array.from(list.querySelectorAll('a'),
           (a) => ({ text: a.innerText.trim(), href: a.getAttribute('href') })) : [];",
        vec![json!(heading)],
    )?;
    Ok(items
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|item| {
                    let text = item["text"].as_str()?;
                    let href = item["href"].as_str()?;
                    Some(format!("{href} {text}"))
                })
                .collect()
        })
        .unwrap_or_default())
}

/// Opens the form screen's 单位信息 (unit details) block, if it is closed.
pub fn open_unit_details(browser: &Browser) -> Result<Element> {
    let details = browser.find_css("details.unit-details")?;
    let open = browser.execute("return arguments[0].open;", vec![details.to_json()])?;
    if open != json!(true) {
        browser.click(&browser.find_css("details.unit-details > summary")?)?;
    }
    Ok(details)
}
