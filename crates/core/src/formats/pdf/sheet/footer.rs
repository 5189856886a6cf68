//! The footer on every page: generation time, "第 x 页 共 y 页", and the sheet code (表单码,
//! a fingerprint of the content that every export of it shares), so a printed page can be
//! matched to its file and its place in the set.

use super::super::labels::{labels, page_of};
use super::super::layout::{Gray, Item, Measure, Page, Pt2};
use super::{SheetInput, FRAME};

const FOOTER_PT: f32 = 7.5;

pub(super) fn add(pages: &mut [Page], input: &SheetInput<'_>, measure: &dyn Measure) {
    let l = labels(input.lang);
    let colon = crate::i18n::label_separator(input.lang);
    let total = pages.len();
    let rule_y = FRAME.bottom() + 4.0;
    let baseline = rule_y + 4.5;
    let left = FRAME.left;
    let right = FRAME.left + FRAME.width;
    for (k, page) in pages.iter_mut().enumerate() {
        let generated = format!("{}{colon}{}", l.generated_at, input.generated_at);
        let number = page_of(input.lang, k + 1, total);
        let code = format!("{}{colon}{}", l.sheet_code, input.sheet_code);
        page.items.push(Item::Line {
            from: Pt2 { x: left, y: rule_y },
            to: Pt2 {
                x: right,
                y: rule_y,
            },
            width_pt: 0.4,
            gray: Gray::RULE,
            dashed: false,
        });
        let number_w = measure.width_mm(&number, FOOTER_PT);
        let code_w = measure.width_mm(&code, FOOTER_PT);
        for (x, text) in [
            (left, generated),
            (left + (FRAME.width - number_w) / 2.0, number),
            (right - code_w, code),
        ] {
            page.items.push(Item::Text {
                x,
                baseline,
                size_pt: FOOTER_PT,
                bold: false,
                text,
            });
        }
    }
}
