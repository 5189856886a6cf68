//! Dragging a part of the template to move it (the criteria editor's ⠿ handles): what a drag
//! must carry for every engine to start it.

/// Marks the drag that `event` starts as a move.
pub fn start_move(event: &web_sys::DragEvent) {
    if let Some(transfer) = event.data_transfer() {
        // Firefox starts a drag only when it carries data; Chromium and WebKit need none.
        let _ = transfer.set_data("text/plain", "eightfold");
        transfer.set_effect_allowed("move");
    }
}
