// Start-up, appended after the wasm-bindgen glue inside one inline module script.
// Data blocks are <script type="application/octet-stream" data-encoding="gzip-base64">
// (the font: "lzma-base64"): the browser never runs them, and they are read only when needed.
function eightfoldBlockBytes(id) {
  const block = document.getElementById(id);
  if (!block) throw new Error("missing data block " + id);
  const binary = atob(block.textContent.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
window.eightfoldBlockBytes = eightfoldBlockBytes;

async function eightfoldInflate(id) {
  const bytes = eightfoldBlockBytes(id);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
window.eightfoldInflate = eightfoldInflate;

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
  if (typeof DecompressionStream !== "function") throw new Error("DecompressionStream is not available");
  const wasm = await eightfoldInflate("eightfold-wasm");
  await __wbg_init({ module_or_path: wasm });
  document.getElementById("boot-status")?.remove();
  // Measured by `cargo xtask bench` (open → interactive): ms since navigation start.
  window.eightfoldReadyAt = performance.now();
  document.documentElement.dataset.ready = "true";
} catch (error) {
  eightfoldBootFailed(error);
}
