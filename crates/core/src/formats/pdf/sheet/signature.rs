//! The signature and seal block (负责人签字 / 单位盖章 / 日期) at the end of the sheet:
//! three boxes with room to sign and stamp by hand, never alone on the last page.

use super::super::labels::labels;
use super::super::layout::{Block, Flow, Gray, Item, Mark, MM_PER_PT};
use super::SheetInput;

const LABEL_PT: f32 = 9.5;
const BOX_HEIGHT: f32 = 34.0;

pub(super) fn add(flow: &mut Flow<'_>, input: &SheetInput<'_>, last_section: Mark) {
    let l = labels(input.lang);
    let width = flow.frame().width;
    let box_w = width / 3.0;
    let size_mm = LABEL_PT * MM_PER_PT;
    let mut items = Vec::new();
    for (k, label) in [l.signature, l.seal, l.sign_date].into_iter().enumerate() {
        let x = k as f32 * box_w;
        items.push(Item::Rect {
            x,
            y: 0.0,
            w: box_w,
            h: BOX_HEIGHT,
            fill: None,
            stroke: Some(Gray::BLACK),
        });
        let colon = crate::i18n::label_separator(input.lang).trim_end();
        items.push(Item::Text {
            x: x + 2.5,
            baseline: 2.5 + size_mm,
            size_pt: LABEL_PT,
            bold: true,
            text: format!("{label}{colon}"),
        });
    }
    flow.block_kept_with(
        last_section,
        Block {
            height: BOX_HEIGHT,
            items,
        },
    );
}
