//! The bundled font as the page's own last-resort font: on a computer without a Chinese font
//! the UI (even the 中文 button) would show boxes. A second after the app is mounted, so opening
//! is not delayed, the font block is decoded (the same bytes the first PDF then uses) and added
//! to `document.fonts` as [`FAMILY`], the last family before `sans-serif` in `style/main.css`.
//! A font face made from bytes fetches nothing, so the CSP needs no `font-src`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The family name `style/main.css` lists.
pub const FAMILY: &str = "Eightfold CJK";
/// After the first paint and the first interactions of a person opening the app.
const DELAY_MS: i32 = 1000;

/// Registers the font face a second from now; `<html data-page-font>` says how it went.
pub fn register_later() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let later = Closure::once_into_js(|| {
        wasm_bindgen_futures::spawn_local(async {
            let state = match register().await {
                Ok(()) => "loaded",
                Err(_) => "failed",
            };
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("data-page-font", state);
            }
        });
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), DELAY_MS);
}

async fn register() -> Result<(), JsValue> {
    let font = super::pdf_font::cjk_font()
        .await
        .map_err(|e| JsValue::from_str(&e))?;
    let bytes = js_sys::Uint8Array::from(font.as_slice());
    let face = web_sys::FontFace::new_with_array_buffer_view(FAMILY, &bytes)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    document.fonts().add(&face)?;
    JsFuture::from(face.load()?).await?;
    Ok(())
}
