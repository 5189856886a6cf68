//! The reader's own Chinese font, for characters the embedded font lacks.
//!
//! A unit or a person is never asked to change a name so that a PDF can be made: whatever the
//! embedded subset cannot draw is set in `STSong-Light`, one of the standard Adobe-GB1 fonts
//! that PDF readers supply themselves (Acrobat's Asian font pack, WPS, Foxit, pdf.js, PDFium,
//! poppler with poppler-data). It is a Type0 font over a non-embedded `CIDFontType0`, with the
//! `UniGB-UTF16-H` CMap (so the text is written as UTF-16BE, supplementary characters too),
//! `/DW 1000` (every glyph one em wide, as layout measures it: [`ADVANCE_EM`]) and a
//! `/ToUnicode` CMap for copying and searching. Adobe-GB1 holds every GB18030 hanzi of the
//! BMP (CJK Unified Ideographs and Extension A); a character beyond it (Extension B and later,
//! emoji) has no glyph there either and shows as the reader's blank. poppler loads such a
//! font only with poppler-data's CMaps installed; Acrobat, pdf.js and PDFium carry them.

use std::collections::BTreeSet;

use lopdf::{Dictionary, Object, Stream, StringFormat};

/// Resource name of the fallback font on every page (the embedded font is `F1`).
pub const RESOURCE: &str = "F2";
/// The standard font's PostScript name.
pub const BASE_FONT: &str = "STSong-Light";
/// The CMap from UTF-16BE codes to Adobe-GB1 CIDs.
pub const ENCODING: &str = "UniGB-UTF16-H";
/// Advance of every fallback glyph in ems: the font's `/DW 1000` (ideographs are square).
pub const ADVANCE_EM: f32 = 1.0;

/// `text` as the bytes a `Tj` shows with this font: UTF-16BE.
pub fn encode(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

/// Adds the font's objects to `doc` and returns the font dictionary's object id;
/// `chars` are the characters set in it (for its `/ToUnicode` map).
pub fn add_to(doc: &mut lopdf::Document, chars: &BTreeSet<char>) -> lopdf::ObjectId {
    let name = |s: &str| Object::Name(s.as_bytes().to_vec());
    let descriptor = doc.add_object(Dictionary::from_iter(vec![
        ("Type", name("FontDescriptor")),
        ("FontName", name(BASE_FONT)),
        // Symbolic (4) and serif (2), as the standard CJK fonts are described.
        ("Flags", Object::Integer(6)),
        (
            "FontBBox",
            Object::Array(vec![
                Object::Integer(-25),
                Object::Integer(-254),
                Object::Integer(1000),
                Object::Integer(880),
            ]),
        ),
        ("ItalicAngle", Object::Integer(0)),
        ("Ascent", Object::Integer(880)),
        ("Descent", Object::Integer(-120)),
        ("CapHeight", Object::Integer(880)),
        ("StemV", Object::Integer(93)),
    ]));
    let system_info = Dictionary::from_iter(vec![
        (
            "Registry",
            Object::String(b"Adobe".to_vec(), StringFormat::Literal),
        ),
        (
            "Ordering",
            Object::String(b"GB1".to_vec(), StringFormat::Literal),
        ),
        ("Supplement", Object::Integer(4)),
    ]);
    let descendant = Dictionary::from_iter(vec![
        ("Type", name("Font")),
        ("Subtype", name("CIDFontType0")),
        ("BaseFont", name(BASE_FONT)),
        ("CIDSystemInfo", Object::Dictionary(system_info)),
        ("FontDescriptor", Object::Reference(descriptor)),
        ("DW", Object::Integer(1000)),
    ]);
    let to_unicode = doc.add_object(Stream::new(
        Dictionary::new(),
        to_unicode_cmap(chars).into_bytes(),
    ));
    doc.add_object(Dictionary::from_iter(vec![
        ("Type", name("Font")),
        ("Subtype", name("Type0")),
        ("BaseFont", name(BASE_FONT)),
        ("Encoding", name(ENCODING)),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Dictionary(descendant)]),
        ),
        ("ToUnicode", Object::Reference(to_unicode)),
    ]))
}

/// A ToUnicode CMap mapping each character's UTF-16BE code to itself.
fn to_unicode_cmap(chars: &BTreeSet<char>) -> String {
    let hex = |c: char| -> String {
        encode(c.encode_utf8(&mut [0; 4]))
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect()
    };
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Eightfold-UTF16-UCS def\n/CMapType 2 def\n\
         3 begincodespacerange\n<0000> <D7FF>\n<D800DC00> <DBFFDFFF>\n<E000> <FFFF>\n\
         endcodespacerange\n",
    );
    let chars: Vec<char> = chars.iter().copied().collect();
    // At most 100 entries per block (PDF Reference, 5.9.2).
    for block in chars.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", block.len()));
        for &c in block {
            let code = hex(c);
            cmap.push_str(&format!("<{code}> <{code}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_written_as_utf16_big_endian_with_surrogate_pairs() {
        // Escapes, not the characters: `cargo xtask font` adds every character of src/ to the
        // bundled font, and these must stay outside it.
        assert_eq!(encode("\u{95F5}"), [0x95, 0xF5]);
        assert_eq!(encode("\u{2A6A5}"), [0xD8, 0x69, 0xDE, 0xA5]);
    }

    #[test]
    fn the_to_unicode_map_names_each_character_once() {
        let chars: BTreeSet<char> = "\u{5586}\u{5803}\u{2A6A5}".chars().collect();
        let cmap = to_unicode_cmap(&chars);
        assert!(cmap.contains("3 beginbfchar"), "{cmap}");
        assert!(cmap.contains("<5586> <5586>"), "{cmap}");
        assert!(cmap.contains("<5803> <5803>"), "{cmap}");
        assert!(cmap.contains("<D869DEA5> <D869DEA5>"), "{cmap}");
    }
}
