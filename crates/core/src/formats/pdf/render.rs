//! Turns laid-out pages into PDF bytes with printpdf.
//!
//! The only module that speaks printpdf's language: it flips the y axis (layout measures from
//! the top, PDF from the bottom), converts millimetres to points and batches text into as few
//! text objects as it can. It makes no layout decisions.

use printpdf::{
    Color, FontId, Greyscale, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt,
    Rect, TextItem, TextMatrix, TextRenderingMode, WindingOrder,
};

use super::layout::{Frame, Gray, Item, Page, Pt2};

/// Resource name of the one embedded font (fixed, so equal inputs give equal files).
const FONT_RESOURCE: &str = "F1";
/// Outline added to glyphs drawn "bold" (the bundled font has a single weight).
const BOLD_STROKE_PT: f32 = 0.28;

/// Writes `pages` with `font` as the only font; `title` goes into the document info.
pub fn render(pages: &[Page], frame: Frame, font: ParsedFont, title: &str) -> Vec<u8> {
    let mut doc = PdfDocument::new(title);
    let font_id = FontId(FONT_RESOURCE.to_owned());
    doc.resources
        .fonts
        .map
        .insert(font_id.clone(), PdfFont::new(font));
    let pdf_pages = pages
        .iter()
        .map(|page| {
            PdfPage::new(
                Mm(frame.page_width),
                Mm(frame.page_height),
                page_ops(page, frame.page_height, &font_id),
            )
        })
        .collect();
    let mut warnings = Vec::new();
    doc.with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut warnings)
}

fn gray(g: Gray) -> Color {
    Color::Greyscale(Greyscale::new(g.0.clamp(0.0, 1.0), None))
}

fn point(p: Pt2, page_height: f32) -> Point {
    Point::new(Mm(p.x), Mm(page_height - p.y))
}

fn page_ops(page: &Page, page_height: f32, font: &FontId) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut in_text = false;
    // (size, bold) currently set inside the open text object.
    let mut text_state: Option<(f32, bool)> = None;
    for item in &page.items {
        let is_text = matches!(item, Item::Text { .. });
        if in_text && !is_text {
            ops.push(Op::EndTextSection);
            in_text = false;
        }
        match item {
            Item::Text {
                x,
                baseline,
                size_pt,
                bold,
                text,
            } => {
                if !in_text {
                    ops.push(Op::SetFillColor {
                        col: gray(Gray::BLACK),
                    });
                    ops.push(Op::SetOutlineColor {
                        col: gray(Gray::BLACK),
                    });
                    ops.push(Op::SetOutlineThickness {
                        pt: Pt(BOLD_STROKE_PT),
                    });
                    ops.push(Op::StartTextSection);
                    in_text = true;
                    text_state = None;
                }
                let (old_size, old_bold) = text_state.unwrap_or((-1.0, !bold));
                if (old_size - size_pt).abs() > f32::EPSILON {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font.clone()),
                        size: Pt(*size_pt),
                    });
                }
                if old_bold != *bold {
                    let mode = if *bold {
                        TextRenderingMode::FillStroke
                    } else {
                        TextRenderingMode::Fill
                    };
                    ops.push(Op::SetTextRenderingMode { mode });
                }
                text_state = Some((*size_pt, *bold));
                let at = point(
                    Pt2 {
                        x: *x,
                        y: *baseline,
                    },
                    page_height,
                );
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(at.x, at.y),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
            Item::Line {
                from,
                to,
                width_pt,
                gray: g,
                dashed,
            } => {
                stroke_style(&mut ops, *g, *width_pt, *dashed);
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(*from, page_height),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(*to, page_height),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let Some(mode) = paint_mode(&mut ops, *fill, *stroke, 0.5, false) else {
                    continue;
                };
                let lower_left = point(Pt2 { x: *x, y: y + h }, page_height);
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: lower_left.x,
                        y: lower_left.y,
                        width: Mm(*w).into_pt(),
                        height: Mm(*h).into_pt(),
                        mode: Some(mode),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                });
            }
            Item::Polygon {
                points,
                fill,
                stroke,
                width_pt,
                dashed,
            } => {
                let Some(mode) = paint_mode(&mut ops, *fill, *stroke, *width_pt, *dashed) else {
                    continue;
                };
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing {
                            points: points
                                .iter()
                                .map(|p| LinePoint {
                                    p: point(*p, page_height),
                                    bezier: false,
                                })
                                .collect(),
                        }],
                        mode,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

fn stroke_style(ops: &mut Vec<Op>, g: Gray, width_pt: f32, dashed: bool) {
    ops.push(Op::SetOutlineColor { col: gray(g) });
    ops.push(Op::SetOutlineThickness { pt: Pt(width_pt) });
    let dash = if dashed {
        LineDashPattern::new(0.0, &[2.5, 1.5])
    } else {
        LineDashPattern::solid()
    };
    ops.push(Op::SetLineDashPattern { dash });
}

/// Sets fill and stroke colours; `None` when there is nothing to paint.
fn paint_mode(
    ops: &mut Vec<Op>,
    fill: Option<Gray>,
    stroke: Option<Gray>,
    width_pt: f32,
    dashed: bool,
) -> Option<PaintMode> {
    if let Some(f) = fill {
        ops.push(Op::SetFillColor { col: gray(f) });
    }
    if let Some(s) = stroke {
        stroke_style(ops, s, width_pt, dashed);
    }
    match (fill, stroke) {
        (Some(_), Some(_)) => Some(PaintMode::FillStroke),
        (Some(_), None) => Some(PaintMode::Fill),
        (None, Some(_)) => Some(PaintMode::Stroke),
        (None, None) => None,
    }
}
