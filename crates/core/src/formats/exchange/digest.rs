//! SHA-256 digests of exchange files: the value type, its hex form, and what exactly is hashed.
//!
//! A digest lets the working committee see that a unit's file was edited after it left the
//! app. It is not a signature — anyone can recompute it — so it detects edits, not forgery.
//!
//! **The canonical content** of a file is the compact `serde_json` serialization of its
//! envelope struct with the `digest` field absent: keys in struct declaration order, no
//! whitespace, non-ASCII text as raw UTF-8, numbers in serde_json's shortest form. Every map in
//! the content is a `BTreeMap` (answers are keyed by indicator id), so the order of entries is
//! the sorted key order. Because the content is re-serialized from the parsed struct, whitespace
//! or key order in the file does not change the digest; any change of a value does.
//! `tests/exchange.rs` pins the digest of a fixture so an accidental change of this form fails.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest as _, Sha256};

/// A SHA-256 value. Its text form is 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Digest([u8; 32]);

/// The only algorithm, named in the file so a later version can add another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DigestAlgorithm {
    Sha256,
}

/// A digest as written in a file: `{"algorithm": "sha256", "value": "<hex>"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestEntry {
    pub algorithm: DigestAlgorithm,
    pub value: Digest,
}

impl Digest {
    /// The SHA-256 of `bytes`.
    pub fn of_bytes(bytes: &[u8]) -> Digest {
        Digest(Sha256::digest(bytes).into())
    }

    /// The SHA-256 of the canonical serialization of `content` (see the module docs).
    pub fn of_content<T: Serialize>(content: &T) -> Result<Digest, serde_json::Error> {
        serde_json::to_vec(content).map(|bytes| Digest::of_bytes(&bytes))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// 64 lowercase hex digits.
    pub fn to_hex(&self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = String::with_capacity(64);
        for byte in self.0 {
            hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
            hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
        }
        hex
    }

    /// Reads 64 hex digits (either case); anything else is `None`.
    pub fn from_hex(text: &str) -> Option<Digest> {
        let bytes = text.as_bytes();
        if bytes.len() != 64 {
            return None;
        }
        let mut out = [0_u8; 32];
        for (slot, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
            *slot = (hex_value(pair[0])? << 4) | hex_value(pair[1])?;
        }
        Some(Digest(out))
    }

    /// The first 12 hex digits, enough for a person to compare two files at a glance.
    pub fn short(&self) -> String {
        self.to_hex().chars().take(12).collect()
    }

    /// As written in a file.
    pub fn entry(self) -> DigestEntry {
        DigestEntry {
            algorithm: DigestAlgorithm::Sha256,
            value: self,
        }
    }
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({})", self.to_hex())
    }
}

impl Serialize for Digest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Digest, D::Error> {
        deserializer.deserialize_str(HexVisitor)
    }
}

struct HexVisitor;

impl Visitor<'_> for HexVisitor {
    type Value = Digest;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a SHA-256 digest of 64 hex digits")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Digest, E> {
        Digest::from_hex(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_a_known_text() {
        // FIPS 180-2, example "abc".
        assert_eq!(
            Digest::of_bytes(b"abc").to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn hex_round_trips_and_rejects_junk() {
        let digest = Digest::of_bytes("八型机关".as_bytes());
        assert_eq!(Digest::from_hex(&digest.to_hex()), Some(digest));
        assert_eq!(
            Digest::from_hex(&digest.to_hex().to_uppercase()),
            Some(digest)
        );
        assert_eq!(Digest::from_hex("abc"), None);
        assert_eq!(Digest::from_hex(&"g".repeat(64)), None);
        assert_eq!(Digest::from_hex(&"é".repeat(32)), None);
        assert_eq!(digest.short().len(), 12);
    }

    #[test]
    fn entry_has_a_readable_json_form() {
        let entry = Digest::of_bytes(b"abc").entry();
        let json = serde_json::to_value(entry).unwrap();
        assert_eq!(json["algorithm"], "sha256");
        assert_eq!(json["value"].as_str().map(str::len), Some(64));
        let bad = serde_json::json!({"algorithm": "md5", "value": json["value"]});
        assert!(serde_json::from_value::<DigestEntry>(bad).is_err());
    }
}
