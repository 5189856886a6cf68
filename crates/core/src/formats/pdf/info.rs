//! The document information dictionary (`pdfinfo`): title, subject, author, producer and the
//! time the PDF was made.
//!
//! The core has no clock, so the caller passes the time. printpdf writes 1970-01-01 in wasm
//! and no producer, so [`fn@write`] replaces its dictionary with ours.

use chrono::{DateTime, FixedOffset};
use lopdf::{Dictionary, Object, StringFormat};

/// `Producer` of every PDF Eightfold makes.
pub const PRODUCER: &str = concat!("Eightfold ", env!("CARGO_PKG_VERSION"));

/// What `pdfinfo` shows about a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentInfo {
    pub title: String,
    pub subject: String,
    /// The assessor (evaluation sheet) or the reviewer (summary).
    pub author: String,
    /// When the PDF was made: `CreationDate` and `ModDate`.
    pub created: DateTime<FixedOffset>,
}

/// Sets `doc`'s `/Info` to `info` (a new object when printpdf wrote none).
pub fn write(doc: &mut lopdf::Document, info: &DocumentInfo) {
    let date = Object::String(pdf_date(&info.created).into_bytes(), StringFormat::Literal);
    let dict = Dictionary::from_iter(vec![
        ("Title", text_string(&info.title)),
        ("Subject", text_string(&info.subject)),
        ("Author", text_string(&info.author)),
        ("Creator", text_string(PRODUCER)),
        ("Producer", text_string(PRODUCER)),
        ("CreationDate", date.clone()),
        ("ModDate", date),
    ]);
    match doc.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            doc.objects.insert(id, Object::Dictionary(dict));
        }
        Err(_) => {
            let id = doc.add_object(dict);
            doc.trailer.set("Info", Object::Reference(id));
        }
    }
}

/// A PDF date (ISO 32000-1, 7.9.4): `D:YYYYMMDDHHmmSS+HH'mm'`.
pub fn pdf_date(time: &DateTime<FixedOffset>) -> String {
    let offset = time.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let minutes = offset.unsigned_abs() / 60;
    format!(
        "D:{}{sign}{:02}'{:02}'",
        crate::domain::date_layout::compact(time),
        minutes / 60,
        minutes % 60
    )
}

/// A text string: ASCII as it is, anything else as UTF-16BE with a byte-order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_carry_the_callers_offset() {
        let east = DateTime::parse_from_rfc3339("2026-12-21T09:30:05+08:00").expect("time");
        assert_eq!(pdf_date(&east), "D:20261221093005+08'00'");
        let west = DateTime::parse_from_rfc3339("2026-01-02T03:04:05-03:30").expect("time");
        assert_eq!(pdf_date(&west), "D:20260102030405-03'30'");
    }

    #[test]
    fn non_ascii_text_is_utf16_with_a_byte_order_mark() {
        assert_eq!(
            text_string("王"),
            Object::String(vec![0xFE, 0xFF, 0x73, 0x8B], StringFormat::Hexadecimal)
        );
        assert_eq!(
            text_string("Eightfold"),
            Object::String(b"Eightfold".to_vec(), StringFormat::Literal)
        );
    }
}
