//! The CJK font for PDFs: shipped inside the HTML as base64 of its LZMA block (see
//! `xtask/src/dist.rs`) and decoded in the wasm (`formats::pdf::font_block::decode`) only when
//! a PDF is first made, so opening the app does not pay for it. Kept for the rest of the
//! page's life once decoded.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::formats::pdf::font_block;

/// The font's data block (placed after the boot script, see `web::form_file`).
pub(crate) const BLOCK_ID: &str = "eightfold-font-cjk";

thread_local! {
    static FONT: RefCell<Option<Rc<Vec<u8>>>> = const { RefCell::new(None) };
}

/// The bundled font's bytes, or why they are not available (an error for the user).
pub async fn cjk_font() -> Result<Rc<Vec<u8>>, String> {
    if let Some(font) = FONT.with(|cell| cell.borrow().clone()) {
        return Ok(font);
    }
    let window = web_sys::window().ok_or("no window")?;
    let block_bytes = js_sys::Reflect::get(&window, &JsValue::from_str("eightfoldBlockBytes"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("the page has no font loader (was it built with `cargo xtask dist`?)")?;
    // A promise: the block sits after the boot script and may not be parsed yet.
    let promise = block_bytes
        .call1(&window, &JsValue::from_str(BLOCK_ID))
        .map_err(describe)?
        .dyn_into::<js_sys::Promise>()
        .map_err(describe)?;
    let block = JsFuture::from(promise).await.map_err(describe)?;
    let block = js_sys::Uint8Array::new(&block).to_vec();
    let measure = super::clock::Measure::start("eightfold-font-decode");
    let font = font_block::decode(&block).map_err(|e| e.to_string());
    measure.end();
    let font = Rc::new(font?);
    FONT.with(|cell| *cell.borrow_mut() = Some(font.clone()));
    Ok(font)
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
