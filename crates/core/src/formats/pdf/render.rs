//! Turns laid-out pages into PDF bytes with printpdf.
//!
//! The only module that speaks printpdf's language: it flips the y axis (layout measures from
//! the top, PDF from the bottom), converts millimetres to points and batches text into as few
//! text objects as it can. It makes no layout decisions. A line of text is cut into runs: what
//! the embedded subset draws goes through printpdf, what it lacks is shown in the reader's
//! font ([`super::fallback`]) with raw `Tf`/`Tj` operators, placed where layout measured it.
//! The fallback font's objects and the document info are added to printpdf's object model
//! before it is written.

use std::collections::BTreeSet;

use lopdf::{Object, ObjectId};
use printpdf::{
    Color, DictItem, FontId, Greyscale, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode,
    ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon,
    PolygonRing, Pt, Rect, TextItem, TextMatrix, TextRenderingMode, WindingOrder,
};

use super::fallback;
use super::font::FontFace;
use super::info::{self, DocumentInfo};
use super::layout::{Frame, Gray, Item, Measure, Page, Pt2};

/// Resource name of the one embedded font (fixed, so equal inputs give equal files).
const FONT_RESOURCE: &str = "F1";
/// Outline added to glyphs drawn "bold" (the bundled font has a single weight).
const BOLD_STROKE_PT: f32 = 0.28;

/// Which font a run of text is set in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Font {
    Embedded,
    Fallback,
}

/// Writes `pages` with `font` (the subset of `face`) and, for the characters `face` lacks, the
/// reader's font; `info` goes into the document information dictionary.
pub fn render(
    pages: &[Page],
    frame: Frame,
    font: ParsedFont,
    face: &FontFace<'_>,
    info: &DocumentInfo,
) -> Vec<u8> {
    let mut doc = PdfDocument::new(&info.title);
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
                page_ops(page, frame.page_height, &font_id, face),
            )
        })
        .collect();
    // `secure: false` lets printpdf write our `Op::Unknown`s: the fallback font's Tf and Tj,
    // the only ones this module makes.
    let options = PdfSaveOptions {
        secure: false,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    let mut lo = doc
        .with_pages(pdf_pages)
        .to_lopdf_document(&options, &mut warnings);
    let fallback_chars: BTreeSet<char> = pages
        .iter()
        .flat_map(Page::texts)
        .flat_map(str::chars)
        .filter(|c| face.needs_fallback(*c))
        .collect();
    if !fallback_chars.is_empty() {
        let font = fallback::add_to(&mut lo, &fallback_chars);
        add_font_resource(&mut lo, fallback::RESOURCE, font);
    }
    info::write(&mut lo, info);
    if options.optimize {
        lo.compress();
    }
    let mut bytes = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = lo.save_to(&mut bytes);
    bytes
}

/// Names `font` as `name` in the font resources of every page.
fn add_font_resource(doc: &mut lopdf::Document, name: &str, font: ObjectId) {
    let font_dicts: BTreeSet<ObjectId> = doc
        .get_pages()
        .values()
        .filter_map(|&page| {
            let resources = match doc.get_dictionary(page).ok()?.get(b"Resources").ok()? {
                Object::Reference(id) => doc.get_dictionary(*id).ok()?,
                Object::Dictionary(dict) => dict,
                _ => return None,
            };
            resources.get(b"Font").ok()?.as_reference().ok()
        })
        .collect();
    for id in font_dicts {
        if let Ok(dict) = doc.get_dictionary_mut(id) {
            dict.set(name, Object::Reference(font));
        }
    }
}

/// `text` cut into runs of one font each, in order.
fn runs<'t>(text: &'t str, face: &FontFace<'_>) -> Vec<(Font, &'t str)> {
    let mut runs: Vec<(Font, &'t str)> = Vec::new();
    let mut start = 0;
    let mut current = None;
    for (at, c) in text.char_indices() {
        let font = if face.needs_fallback(c) {
            Font::Fallback
        } else {
            Font::Embedded
        };
        match current {
            Some(f) if f == font => {}
            Some(f) => {
                runs.push((f, &text[start..at]));
                start = at;
                current = Some(font);
            }
            None => current = Some(font),
        }
    }
    if let Some(f) = current {
        runs.push((f, &text[start..]));
    }
    runs
}

fn gray(g: Gray) -> Color {
    Color::Greyscale(Greyscale::new(g.0.clamp(0.0, 1.0), None))
}

fn point(p: Pt2, page_height: f32) -> Point {
    Point::new(Mm(p.x), Mm(page_height - p.y))
}

fn page_ops(page: &Page, page_height: f32, font: &FontId, face: &FontFace<'_>) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut in_text = false;
    // Font and size, and bold, currently set inside the open text object.
    let mut font_state: Option<(Font, f32)> = None;
    let mut bold_state: Option<bool> = None;
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
                    font_state = None;
                    bold_state = None;
                }
                if bold_state != Some(*bold) {
                    let mode = if *bold {
                        TextRenderingMode::FillStroke
                    } else {
                        TextRenderingMode::Fill
                    };
                    ops.push(Op::SetTextRenderingMode { mode });
                    bold_state = Some(*bold);
                }
                let mut pen_x = *x;
                for (run_font, run) in runs(text, face) {
                    let same = font_state.is_some_and(|(f, size)| {
                        f == run_font && (size - size_pt).abs() <= f32::EPSILON
                    });
                    if !same {
                        ops.push(set_font(run_font, *size_pt, font));
                        font_state = Some((run_font, *size_pt));
                    }
                    let at = point(
                        Pt2 {
                            x: pen_x,
                            y: *baseline,
                        },
                        page_height,
                    );
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(at.x, at.y),
                    });
                    ops.push(match run_font {
                        Font::Embedded => Op::ShowText {
                            items: vec![TextItem::Text(run.to_owned())],
                        },
                        Font::Fallback => Op::Unknown {
                            key: "Tj".to_owned(),
                            value: vec![DictItem::String {
                                data: fallback::encode(run),
                                literal: false,
                            }],
                        },
                    });
                    pen_x += face.width_mm(run, *size_pt);
                }
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

/// The operator that selects `which` font at `size_pt`.
fn set_font(which: Font, size_pt: f32, embedded: &FontId) -> Op {
    match which {
        Font::Embedded => Op::SetFont {
            font: PdfFontHandle::External(embedded.clone()),
            size: Pt(size_pt),
        },
        Font::Fallback => Op::Unknown {
            key: "Tf".to_owned(),
            value: vec![
                DictItem::Name(fallback::RESOURCE.as_bytes().to_vec()),
                DictItem::Real(size_pt),
            ],
        },
    }
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
