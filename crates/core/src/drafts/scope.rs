//! Where the browser keeps the drafts, which decides what moving the file or clearing the
//! browser does to them.
//!
//! Detecting it needs the page's address and is done in `crate::web::storage`; the kinds and
//! what to tell the user about each are plain data here, so they are testable and translated
//! in one place ([`crate::drafts::messages`]).

/// Where drafts live, as far as the user is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageScope {
    /// One storage for every local file (Chromium-based browsers and Safari/WebKit on
    /// `file://`): copies of the file anywhere on this computer see the same drafts.
    SharedByLocalFiles,
    /// One storage per file path (Firefox on `file://`): moving or renaming the file, or
    /// opening a copy elsewhere, starts with no drafts.
    PerFilePath,
    /// Served from a web address: the drafts belong to that site in this browser.
    PerSite,
    /// No storage at all: drafts live only in this page until it is closed.
    MemoryOnly,
}
