//! The wasm entry point: mount the app, nothing else.

fn main() {
    eightfold::web::start();
}
