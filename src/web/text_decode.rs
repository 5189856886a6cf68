//! Text files in the encodings Chinese spreadsheets save: UTF-8 decoded here, GB18030 by the
//! browser's `TextDecoder`, so the app ships no conversion table.
//!
//! Which encoding a file is in is decided by [`crate::formats::criteria_csv::detect_encoding`]
//! (pure, tested natively); this module only runs the decoder the browser provides.

use crate::formats::criteria_csv::{detect_encoding, TextEncoding};

/// Decodes `bytes` as UTF-8 (byte-order mark dropped) or GB18030; the error is the encoding
/// this browser cannot decode.
pub fn decode_text(bytes: &[u8]) -> Result<String, TextEncoding> {
    match detect_encoding(bytes) {
        TextEncoding::Utf8 => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            // Lossy only after a byte-order mark on text that is not UTF-8 after all; the
            // replacement characters then show the person where the file is damaged.
            Ok(String::from_utf8_lossy(body).into_owned())
        }
        encoding => web_sys::TextDecoder::new_with_label(encoding.label())
            .and_then(|decoder| decoder.decode_with_u8_array(bytes))
            .map_err(|_| encoding),
    }
}
