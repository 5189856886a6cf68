//! Files in and out of the browser: download bytes under a name, read picked or dropped files.
//!
//! The app is one HTML file opened from `file://` with no network, so a download is a `Blob`
//! behind an object URL clicked through an `<a download>` (which keeps a Chinese file name
//! intact), and an upload is the `File` objects of an `<input type=file>` or of a drop. The
//! size of each file is checked *before* it is read, so a mistaken 2 GB video never reaches
//! memory. What the bytes mean is `crate::formats`' business, not this module's.

use gloo_file::futures::read_as_bytes;
use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long a download's object URL lives before it is revoked. The download has started long
/// before; revoking at once can cancel it in some browsers (FileSaver.js waits 40 s too).
const REVOKE_AFTER_MS: i32 = 40_000;

/// Why a file could not be saved or read (worded for people by the UI, `FileError::message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// No `window` or `document` (not running in a page).
    NoBrowser,
    /// Larger than the limit; not read.
    TooLarge { size: u64, limit: usize },
    /// The browser refused (file moved, permission, ...).
    Browser { detail: String },
}

/// One picked or dropped file: its name and its bytes, or why they were not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickedFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, FileError>,
}

/// Saves `bytes` as a download named `file_name`.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), FileError> {
    let window = web_sys::window().ok_or(FileError::NoBrowser)?;
    let document = window.document().ok_or(FileError::NoBrowser)?;
    let url = ObjectUrl::from(Blob::new_with_options(bytes, Some(mime)));
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(browser_error)?
        .dyn_into()
        .map_err(|_| FileError::Browser {
            detail: "<a> is not an anchor element".to_owned(),
        })?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Attached while clicked: older Firefox ignores clicks on detached anchors.
    let body = document.body().ok_or(FileError::NoBrowser)?;
    body.append_child(&anchor).map_err(browser_error)?;
    anchor.click();
    anchor.remove();
    let revoke = Closure::once_into_js(move || drop(url));
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            REVOKE_AFTER_MS,
        )
        .map_err(browser_error)?;
    Ok(())
}

/// A picked or dropped file, not read yet.
pub use web_sys::File;

/// The files chosen in the `<input type=file>` whose `change` is `event` (empty when none);
/// the input is emptied, so that choosing the same file again is a change again.
pub fn take_picked_files(event: &web_sys::Event) -> Vec<File> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map(list_files).unwrap_or_default();
    input.set_value("");
    files
}

/// The files of a drop event (empty when it carries none, e.g. dragged text).
pub fn files_from_drop(event: &web_sys::DragEvent) -> Vec<web_sys::File> {
    event
        .data_transfer()
        .and_then(|transfer| transfer.files())
        .map(list_files)
        .unwrap_or_default()
}

fn list_files(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads one file, refusing it unread when it is larger than `limit` bytes.
pub async fn read_file(file: web_sys::File, limit: usize) -> PickedFile {
    let file = gloo_file::File::from(file);
    let name = file.name();
    let size = file.size();
    if usize::try_from(size).map_or(true, |size| size > limit) {
        return PickedFile {
            name,
            bytes: Err(FileError::TooLarge { size, limit }),
        };
    }
    let bytes = read_as_bytes(&file)
        .await
        .map_err(|error| FileError::Browser {
            detail: error.to_string(),
        });
    PickedFile { name, bytes }
}

/// Reads several files one after another (in the order given), each checked against `limit`.
pub async fn read_files(files: Vec<web_sys::File>, limit: usize) -> Vec<PickedFile> {
    let mut picked = Vec::with_capacity(files.len());
    for file in files {
        picked.push(read_file(file, limit).await);
    }
    picked
}

fn browser_error(error: wasm_bindgen::JsValue) -> FileError {
    FileError::Browser {
        detail: error
            .as_string()
            .or_else(|| {
                error
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| format!("{error:?}")),
    }
}
