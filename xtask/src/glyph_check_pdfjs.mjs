// pdf.js's part of `cargo xtask glyphs` (xtask/src/glyph_check.py runs it):
//   node glyph_check_pdfjs.mjs NODE_MODULES_DIR IN.pdf OUT_PREFIX DPI
// Renders every page of IN.pdf with pdfjs-dist's legacy build on @napi-rs/canvas, writing
// OUT_PREFIX-N.png (N from 1), and prints {"version", "pages", "text": [one string a page]}.
// In Node pdf.js draws glyphs from the outlines it parsed itself (no FontFace), with the same
// font parsing and FontMatrix handling as in Firefox.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [given, input, prefix, dpiText] = process.argv.slice(2);
const modules = resolve(given);
const require = createRequire(join(modules, "node_modules", "x.js"));
const pdfjs = await import(pathToFileURL(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")));
const { createCanvas } = require("@napi-rs/canvas");
const root = join(modules, "node_modules", "pdfjs-dist");

const doc = await pdfjs.getDocument({
  data: new Uint8Array(readFileSync(input)),
  cMapUrl: join(root, "cmaps") + "/",
  cMapPacked: true,
  standardFontDataUrl: join(root, "standard_fonts") + "/",
  verbosity: 0,
}).promise;
const scale = Number(dpiText) / 72;
const text = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, canvas, viewport }).promise;
  writeFileSync(`${prefix}-${n}.png`, canvas.toBuffer("image/png"));
  const content = await page.getTextContent();
  text.push(content.items.map((item) => item.str ?? "").join(""));
  page.cleanup();
}
console.log(JSON.stringify({ version: pdfjs.version, pages: doc.numPages, text }));
