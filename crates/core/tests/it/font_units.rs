//! The embedded font, the PDF's widths and the layout all count in the font's own units per em
//! (200 for the bundled block, not PostScript's usual 1000). A reader scales each glyph's
//! outline by the embedded CFF's FontMatrix and advances the pen by `/W`; the layout placed the
//! text with `FontFace::advance_em`. If any of the three assumed 1000 units per em, the glyphs
//! would be drawn five times too large or too small, or overlap, in every reader
//! (`cargo xtask glyphs` renders the sheets in poppler, PDFium and pdf.js to check placement).

use std::collections::BTreeMap;

use eightfold_core::domain::Lang;
use eightfold_core::formats::pdf::layout::Measure;
use eightfold_core::formats::pdf::{evaluation_sheet, FontFace};
use lopdf::{Dictionary, Document, Object};

use crate::sheets;

/// The embedded Type 0 font: its CID font's `/W`, its `/ToUnicode` (CID → character) and its
/// font program (a bare CFF).
struct Embedded {
    widths: BTreeMap<u32, f32>,
    default_width: f32,
    to_unicode: BTreeMap<u32, char>,
    program: Vec<u8>,
}

fn number(object: &Object) -> f32 {
    match object {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        other => panic!("a number in /W, not {other:?}"),
    }
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).expect("a referenced object"),
        other => other,
    }
}

fn stream_bytes(doc: &Document, object: &Object) -> Vec<u8> {
    let stream = resolve(doc, object).as_stream().expect("a stream");
    stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone())
}

/// `/W`'s two forms: `c [w1 w2 …]` and `c_first c_last w`.
fn widths(doc: &Document, array: &[Object]) -> BTreeMap<u32, f32> {
    let mut widths = BTreeMap::new();
    let mut k = 0;
    while k < array.len() {
        let first = resolve(doc, &array[k]).as_i64().expect("a CID") as u32;
        match resolve(doc, &array[k + 1]) {
            Object::Array(list) => {
                for (n, w) in list.iter().enumerate() {
                    widths.insert(first + n as u32, number(resolve(doc, w)));
                }
                k += 2;
            }
            last => {
                let last = last.as_i64().expect("a CID") as u32;
                let w = number(resolve(doc, &array[k + 2]));
                widths.extend((first..=last).map(|cid| (cid, w)));
                k += 3;
            }
        }
    }
    widths
}

/// The `bfchar` pairs of a ToUnicode CMap (`<CID> <UTF-16BE>`), single characters only.
fn to_unicode(cmap: &str) -> BTreeMap<u32, char> {
    let units = |hex: &str| -> Option<Vec<u16>> {
        (hex.len() % 4 == 0)
            .then(|| {
                (0..hex.len())
                    .step_by(4)
                    .map(|i| u16::from_str_radix(&hex[i..i + 4], 16).ok())
                    .collect()
            })
            .flatten()
    };
    let mut map = BTreeMap::new();
    for line in cmap.lines() {
        let parts: Vec<&str> = line
            .split(['<', '>', ' '])
            .filter(|p| !p.is_empty())
            .collect();
        let [cid, text] = parts[..] else {
            continue;
        };
        let (Ok(cid), Some(text)) = (u32::from_str_radix(cid, 16), units(text)) else {
            continue;
        };
        let chars: Vec<char> = char::decode_utf16(text).filter_map(Result::ok).collect();
        if let [c] = chars[..] {
            map.insert(cid, c);
        }
    }
    map
}

fn embedded(pdf: &[u8]) -> Embedded {
    let doc = Document::load_mem(pdf).expect("lopdf reads the PDF");
    let type0: Vec<&Dictionary> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0"))
        .filter(|d| {
            let descendant = d.get(b"DescendantFonts").expect("descendants");
            let array = resolve(&doc, descendant).as_array().expect("an array");
            let cid_font = resolve(&doc, &array[0]).as_dict().expect("a CID font");
            let descriptor = resolve(&doc, cid_font.get(b"FontDescriptor").expect("descriptor"));
            descriptor
                .as_dict()
                .expect("a descriptor")
                .has(b"FontFile3")
        })
        .collect();
    assert_eq!(type0.len(), 1, "one embedded font");
    let font = type0[0];
    let descendant = resolve(&doc, font.get(b"DescendantFonts").expect("descendants"));
    let cid_font = resolve(&doc, &descendant.as_array().expect("an array")[0])
        .as_dict()
        .expect("a CID font");
    let descriptor = resolve(&doc, cid_font.get(b"FontDescriptor").expect("descriptor"))
        .as_dict()
        .expect("a descriptor");
    let w = resolve(&doc, cid_font.get(b"W").expect("/W"))
        .as_array()
        .expect("/W is an array");
    let default_width = cid_font
        .get(b"DW")
        .map(|dw| number(resolve(&doc, dw)))
        .unwrap_or(1000.0);
    let cmap = stream_bytes(&doc, font.get(b"ToUnicode").expect("/ToUnicode"));
    Embedded {
        widths: widths(&doc, w),
        default_width,
        to_unicode: to_unicode(&String::from_utf8_lossy(&cmap)),
        program: stream_bytes(&doc, descriptor.get(b"FontFile3").expect("/FontFile3")),
    }
}

#[test]
fn the_embedded_fonts_matrix_the_pdfs_widths_and_the_layout_share_the_fonts_units_per_em() {
    let font = sheets::font();
    let face = FontFace::parse(&font).expect("the bundled font");
    // Latin, digits and punctuation have widths that 1000 → 200 units rounded; hanzi are 1 em.
    let mut fixture = sheets::full_marks();
    fixture.unit.unit_name = "上海市闵行区发展和改革委员会 (Minhang) No. 12-345/67".to_owned();
    let made = evaluation_sheet(&fixture.input(Lang::Zh), &font).expect("a sheet");
    let embedded = embedded(&made.bytes);

    let cff = ttf_parser::cff::Table::parse(&embedded.program).expect("a CFF font program");
    let matrix = cff.matrix();
    let per_unit = 1.0 / face.units_per_em();
    assert!(
        (matrix.sx - per_unit).abs() < 1e-7 && (matrix.sy - per_unit).abs() < 1e-7,
        "FontMatrix {} {} for a font of {} units per em",
        matrix.sx,
        matrix.sy,
        face.units_per_em()
    );
    assert_eq!(
        (matrix.kx, matrix.ky, matrix.tx, matrix.ty),
        (0.0, 0.0, 0.0, 0.0)
    );

    let mut checked = 0;
    let mut not_one_em = 0;
    for (cid, c) in &embedded.to_unicode {
        let Some(glyph) = face.glyph(*c) else {
            continue;
        };
        let in_pdf = embedded
            .widths
            .get(cid)
            .copied()
            .unwrap_or(embedded.default_width);
        let in_layout = face.advance_em(*c) * 1000.0;
        let in_font = f32::from(face.advance_units(glyph)) * matrix.sx * 1000.0;
        assert!(
            (in_pdf - in_layout).abs() < 0.01 && (in_pdf - in_font).abs() < 0.01,
            "{c:?} (CID {cid}): /W {in_pdf}, layout {in_layout}, font {in_font}"
        );
        checked += 1;
        not_one_em += usize::from((in_pdf - 1000.0).abs() > 0.01);
    }
    assert!(checked > 300, "only {checked} characters mapped");
    assert!(
        not_one_em > 20,
        "only {not_one_em} proportional glyphs checked"
    );
}
