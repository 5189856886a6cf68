// Start-up, appended after the wasm-bindgen glue inside one inline module script (`async`:
// it runs as soon as it is parsed, while the parser goes on through the blocks after it).
// Data blocks are <script type="application/octet-stream" data-encoding="gzip-base64">
// (the font: "lzma-base64"): the browser never runs them, and they are read only when needed.

// A data block, once the parser has reached it (blocks after this script may not be parsed yet).
function eightfoldBlock(id) {
  const now = document.getElementById(id);
  if (now || document.readyState !== "loading") {
    return now ? Promise.resolve(now) : Promise.reject(new Error("missing data block " + id));
  }
  return new Promise((resolve, reject) => {
    document.addEventListener("DOMContentLoaded", () => {
      const block = document.getElementById(id);
      if (block) resolve(block);
      else reject(new Error("missing data block " + id));
    }, { once: true });
  });
}

// Base64 text to bytes: the engine's own decoder where it has one, else atob.
function eightfoldBase64(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text.trim());
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function eightfoldGunzip(bytes) {
  return new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
}

// The font block's bytes as they are (LZMA, decoded in the wasm on the first PDF), once parsed.
async function eightfoldBlockBytes(id) {
  const block = await eightfoldBlock(id);
  return eightfoldBase64(block.textContent);
}
window.eightfoldBlockBytes = eightfoldBlockBytes;

// The app's wasm, compiled while it is inflated (streaming), else compiled once inflated.
async function eightfoldWasmModule() {
  const block = document.getElementById("eightfold-wasm");
  if (!block) throw new Error("missing data block eightfold-wasm");
  const gzip = eightfoldBase64(block.textContent);
  performance.mark("eightfold-wasm-decoded");
  if (typeof WebAssembly.compileStreaming === "function") {
    try {
      const response = new Response(eightfoldGunzip(gzip), { headers: { "Content-Type": "application/wasm" } });
      return await WebAssembly.compileStreaming(response);
    } catch (streamingRefused) {
      // An engine that refuses a constructed response compiles from the bytes below.
    }
  }
  const wasm = await new Response(eightfoldGunzip(gzip)).arrayBuffer();
  return await WebAssembly.compile(wasm);
}

function eightfoldBootFailed(error) {
  const status = document.getElementById("boot-status");
  if (status) {
    status.className = "boot-error";
    status.setAttribute("role", "alert");
    status.textContent =
      "无法启动：此浏览器版本过旧或不受支持。Eightfold could not start: this browser is too old or unsupported. (" +
      String(error && error.message ? error.message : error) + ")";
  }
  console.error("eightfold boot failed", error);
}

try {
  // User Timing marks of start-up, read by `cargo xtask bench` (ms since navigation start).
  performance.mark("eightfold-boot-start");
  if (typeof DecompressionStream !== "function") throw new Error("DecompressionStream is not available");
  await __wbg_init({ module_or_path: await eightfoldWasmModule() });
  document.getElementById("boot-status")?.remove();
  // Measured by `cargo xtask bench` (open → interactive): ms since navigation start.
  window.eightfoldReadyAt = performance.now();
  performance.mark("eightfold-ready");
  document.documentElement.dataset.ready = "true";
  // The first frame drawn with the app in it: after the next animation frame, a task.
  requestAnimationFrame(() => setTimeout(() => performance.mark("eightfold-painted"), 0));
} catch (error) {
  eightfoldBootFailed(error);
}
