//! Seeing network requests in engines whose driver does not report them (geckodriver,
//! WebKitWebDriver): the browser is told to send every request through a proxy on loopback,
//! and this proxy writes down what was asked for and answers "502 Bad Gateway". Nothing leaves
//! the machine, and a request the page makes cannot go unseen.
//!
//! It observes the whole browser, not one page, so a browser's own background traffic would
//! show up too; each engine module switches that traffic off.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::error::Result;
use super::wait::POLL_INTERVAL;

/// How long one proxied connection may take to send its request line.
const READ_TIMEOUT: Duration = Duration::from_secs(2);
const REFUSAL: &[u8] =
    b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

/// A recording proxy listening on `127.0.0.1`; stops when dropped.
pub struct RequestTrap {
    address: String,
    seen: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    worker: Option<JoinHandle<()>>,
}

impl RequestTrap {
    pub fn start() -> Result<RequestTrap> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?.to_string();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let worker = {
            let (seen, stop) = (Arc::clone(&seen), Arc::clone(&stop));
            std::thread::spawn(move || serve(&listener, &seen, &stop))
        };
        Ok(RequestTrap {
            address,
            seen,
            stop,
            worker: Some(worker),
        })
    }

    /// `host:port` for a browser's proxy settings.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Every URL asked for so far (`https://host:port` for a tunnel).
    pub fn requests(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Drop for RequestTrap {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

fn serve(listener: &TcpListener, seen: &Mutex<Vec<String>>, stop: &AtomicBool) {
    while !stop.load(Ordering::Relaxed) {
        match listener.accept() {
            Ok((stream, _)) => answer(&stream, seen),
            Err(_) => std::thread::sleep(POLL_INTERVAL),
        }
    }
}

/// Writes down the URL of the request line, then refuses the request.
fn answer(stream: &TcpStream, seen: &Mutex<Vec<String>>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    let mut line = String::new();
    if BufReader::new(stream).read_line(&mut line).is_err() {
        return;
    }
    if let Some(url) = requested_url(&line) {
        seen.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(url);
    }
    let _ = (&*stream).write_all(REFUSAL);
}

/// The URL of a proxy request line: `GET http://host/path HTTP/1.1` gives the absolute URL,
/// `CONNECT host:443 HTTP/1.1` (a TLS or WebSocket tunnel) gives `https://host:443`.
pub fn requested_url(line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    let method = words.next()?;
    let target = words.next()?;
    if method.eq_ignore_ascii_case("CONNECT") {
        Some(format!("https://{target}"))
    } else {
        Some(target.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines_give_the_url_asked_for() {
        assert_eq!(
            requested_url("GET http://example.invalid/probe?x=1 HTTP/1.1\r\n").as_deref(),
            Some("http://example.invalid/probe?x=1")
        );
        assert_eq!(
            requested_url("CONNECT example.org:443 HTTP/1.1\r\n").as_deref(),
            Some("https://example.org:443")
        );
        assert_eq!(requested_url("\r\n"), None);
    }

    #[test]
    fn a_request_through_the_trap_is_written_down_and_refused() -> Result<()> {
        let trap = RequestTrap::start()?;
        let mut client = TcpStream::connect(trap.address())?;
        client.write_all(b"GET http://example.invalid/trap-test HTTP/1.1\r\nHost: x\r\n\r\n")?;
        let mut reply = String::new();
        BufReader::new(&client).read_line(&mut reply)?;
        assert!(reply.starts_with("HTTP/1.1 502"), "{reply:?}");
        assert_eq!(trap.requests(), ["http://example.invalid/trap-test"]);
        Ok(())
    }
}
