//! Writing an assessment file: envelope, digest, pretty-printed JSON bytes and a file name.
//!
//! The bytes are indented JSON so a clerk can open the file in a text editor; the digest is
//! over the canonical compact form (see [`super::digest`]), so the indentation is not part of
//! what it protects. The clock is a parameter: this module never reads the time itself.

use chrono::{DateTime, FixedOffset};

use super::digest::Digest;
use super::envelope::Envelope;
use super::error::ExportError;
use super::file_name::{assessment_file_name, reviewed_file_name};
use crate::domain::assessment::Assessment;
use crate::domain::{Lang, Template};

/// A file ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedFile {
    /// `<unit>-<year>-<template>.eightfold.json` (a reviewed file: `…-考评.eightfold.json`),
    /// safe on every file system.
    pub file_name: String,
    /// UTF-8 JSON.
    pub bytes: Vec<u8>,
    /// The digest written into the file.
    pub digest: Digest,
}

/// MIME type of an assessment or backup file.
pub const JSON_MIME: &str = "application/json";

/// Exports a unit's assessment.
pub fn export_assessment(
    template: &Template,
    assessment: &Assessment,
    exported_at: DateTime<FixedOffset>,
) -> Result<ExportedFile, ExportError> {
    let file_name = assessment_file_name(template, assessment);
    write(
        Envelope::new(template, assessment, exported_at, None),
        file_name,
    )
}

/// Exports a reviewed assessment: it keeps `original`, the digest of the unit's file it
/// reviews, in `review_of`, and gets a digest of its own. When re-exporting a file that was
/// itself a reviewed file, pass its `review_of` again, so it always names the unit's file.
/// Named `<unit>-<year>-<template>-考评.eightfold.json` (the suffix in `lang`).
pub fn export_reviewed(
    template: &Template,
    assessment: &Assessment,
    original: Digest,
    exported_at: DateTime<FixedOffset>,
    lang: Lang,
) -> Result<ExportedFile, ExportError> {
    let file_name = reviewed_file_name(template, assessment, lang);
    write(
        Envelope::new(template, assessment, exported_at, Some(original)),
        file_name,
    )
}

/// Seals `envelope` with its digest (it must have none yet).
pub(crate) fn seal(mut envelope: Envelope) -> Result<(Envelope, Digest), ExportError> {
    envelope.digest = None;
    let digest = envelope.content_digest()?;
    envelope.digest = Some(digest.entry());
    Ok((envelope, digest))
}

fn write(envelope: Envelope, file_name: String) -> Result<ExportedFile, ExportError> {
    let (envelope, digest) = seal(envelope)?;
    let bytes = serde_json::to_vec_pretty(&envelope)?;
    Ok(ExportedFile {
        file_name,
        bytes,
        digest,
    })
}
