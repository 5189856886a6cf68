//! The footer on every page: generation time and "第 x 页 共 y 页".

use super::super::labels::page_of;
use super::super::layout::{Gray, Item, Measure, Page, Pt2};
use super::super::sheet::FRAME;
use super::labels::summary_labels;
use super::SummaryInput;

const FOOTER_PT: f32 = 7.5;

pub(super) fn add(pages: &mut [Page], input: &SummaryInput<'_>, measure: &dyn Measure) {
    let l = summary_labels(input.lang);
    let colon = crate::i18n::label_separator(input.lang);
    let total = pages.len();
    let rule_y = FRAME.bottom() + 4.0;
    let baseline = rule_y + 4.5;
    let left = FRAME.left;
    for (k, page) in pages.iter_mut().enumerate() {
        let number = page_of(input.lang, k + 1, total);
        let number_w = measure.width_mm(&number, FOOTER_PT);
        page.items.push(Item::Line {
            from: Pt2 { x: left, y: rule_y },
            to: Pt2 {
                x: left + FRAME.width,
                y: rule_y,
            },
            width_pt: 0.4,
            gray: Gray::RULE,
            dashed: false,
        });
        for (x, text) in [
            (
                left,
                format!(
                    "{} · {}{colon}{}",
                    l.title, l.generated_at, input.generated_at
                ),
            ),
            (left + FRAME.width - number_w, number),
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
