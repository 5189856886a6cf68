"""The checking half of `cargo xtask glyphs` (xtask/src/glyphs.rs makes the fonts and PDFs).

  python glyph_check.py charset FONT.otf OUT.txt
      every character of FONT's cmap, to cut the same subset at 1000 units per em
  python glyph_check.py same-subset FONT-1000.otf FONT-200.otf font_scale.py
      font_scale.py turns the 1000-upem cut into the committed 200-upem font, table for table
  python glyph_check.py compare PDF_DIR FONT-200.otf PDFJS_SCRIPT NODE_DIR
      PDF_DIR/1000/*.pdf and PDF_DIR/200/*.pdf (same documents, one font each) rendered at 600 dpi
      by poppler (pdftoppm), PDFium (pypdfium2) and pdf.js (Node): pixels that differ, each text
      line's ink box and ink centroid (lines from poppler's -bbox-layout of the 1000-upem PDF),
      the names each reader extracts, and the embedded CFF's FontMatrix against /W. Prints
      Markdown tables; exits 1 if a check fails.
"""

import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

DPI = 600
READERS = ("poppler", "PDFium", "pdf.js", "pdf.js in Firefox")
INK = 128  # a pixel darker than this is ink
MARGIN = 6  # pixels left and right of poppler's line box, for ink that overhangs it


def charset(font_path, out_path):
    from fontTools.ttLib import TTFont

    cmap = TTFont(font_path).getBestCmap()
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("".join(chr(c) for c in sorted(cmap)))
    print(f"{len(cmap)} characters in {font_path}")


def same_subset(font_1000, font_200, font_scale):
    """Rescales the 1000-upem cut with font_scale.py and compares it with the committed font."""
    import importlib.util
    import lzma

    from fontTools.ttLib import TTFont

    spec = importlib.util.spec_from_file_location("font_scale", font_scale)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as tmp:
        block = os.path.join(tmp, "rescaled.lzma")
        module.main(font_1000, 200, block)
        with open(block, "rb") as f:
            rescaled = TTFont(io.BytesIO(lzma.decompress(f.read(), format=lzma.FORMAT_ALONE)))
    committed = TTFont(font_200)
    ours = TTFont(font_1000)
    different = []
    for tag in sorted(set(committed.keys()) | set(rescaled.keys())):
        if tag == "GlyphOrder":
            continue
        if tag == "head":
            a, b = committed["head"], rescaled["head"]
            a.modified = b.modified = 0
            a.checkSumAdjustment = b.checkSumAdjustment = 0
            if a.compile(committed) != b.compile(rescaled):
                different.append(tag)
        elif tag not in committed or tag not in rescaled or (
            committed.getTableData(tag) != rescaled.getTableData(tag)
        ):
            different.append(tag)
    if different or ours.getGlyphOrder() != committed.getGlyphOrder():
        sys.exit(f"the 1000-upem cut does not rescale to the committed font: {different}")
    print(f"1000-upem cut: {len(ours.getGlyphOrder())} glyphs, {ours['head'].unitsPerEm} units"
          " per em; font_scale.py makes it into the committed font, table for table")


# ---------------------------------------------------------------- rendering


def render_poppler(pdf, tmp):
    prefix = os.path.join(tmp, "p")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", pdf, prefix], check=True)
    files = sorted(f for f in os.listdir(tmp) if f.startswith("p-") and f.endswith(".pgm"))
    return [load_gray(os.path.join(tmp, f)) for f in files]


def render_pdfium(pdf):
    import numpy
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    pages = []
    for page in document:
        bitmap = page.render(scale=DPI / 72, grayscale=True)
        pages.append(numpy.array(bitmap.to_pil().convert("L")))
    return pages


def render_pdfjs(pdf, tmp, script, node_dir):
    prefix = os.path.join(tmp, "j")
    done = subprocess.run(["node", script, node_dir, pdf, prefix, str(DPI)], check=True,
                          capture_output=True, text=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    pages = [load_gray(f"{prefix}-{n}.png") for n in range(1, report["pages"] + 1)]
    return pages, report


class Firefox:
    """pdf.js in headless Firefox, driven through geckodriver; pages served on 127.0.0.1."""

    def __init__(self, pdf_dir, node_dir):
        import functools
        import http.server
        import threading
        import urllib.request

        self.urllib = urllib.request
        self.root = tempfile.mkdtemp(prefix="glyph-firefox-")
        here = os.path.dirname(os.path.abspath(__file__))
        shutil.copy(os.path.join(here, "glyph_check_firefox.html"),
                    os.path.join(self.root, "index.html"))
        os.symlink(os.path.join(os.path.abspath(node_dir), "node_modules"),
                   os.path.join(self.root, "node_modules"))
        os.symlink(os.path.abspath(pdf_dir), os.path.join(self.root, "pdf"))
        handler = functools.partial(QuietHandler, directory=self.root)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        driver = os.environ.get("GECKODRIVER") or shutil.which("geckodriver") or \
            "/root/.cache/eightfold/tools/bin/geckodriver"
        port = free_port()
        self.driver = subprocess.Popen([driver, "--port", str(port)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.webdriver = f"http://127.0.0.1:{port}"
        options = {"args": ["-headless"]}
        for name in ("firefox-esr", "firefox"):
            if shutil.which(name):
                options["binary"] = shutil.which(name)
                break
        session = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "moz:firefoxOptions": options}}}, wait=30)
        self.session = f"/session/{session['sessionId']}"
        self.version = f"Firefox {session['capabilities']['browserVersion']}"
        self.call("POST", self.session + "/timeouts", {"script": 600000})
        self.call("POST", self.session + "/url", {"url": self.base + "/index.html"})
        for _ in range(100):
            if self.call("POST", self.session + "/execute/sync",
                         {"script": "return window.ready === true", "args": []}):
                break
            import time
            time.sleep(0.1)

    def call(self, method, path, body=None, wait=0):
        import time

        data = json.dumps(body).encode() if body is not None else None
        for attempt in range(max(wait * 10, 1)):
            try:
                request = self.urllib.Request(self.webdriver + path, data=data, method=method,
                                              headers={"Content-Type": "application/json"})
                with self.urllib.urlopen(request, timeout=900) as response:
                    return json.loads(response.read())["value"]
            except OSError:
                if attempt + 1 >= max(wait * 10, 1):
                    raise
                time.sleep(0.1)

    def render(self, pdf_path, pdf_dir):
        import base64

        relative = os.path.relpath(os.path.abspath(pdf_path), os.path.abspath(pdf_dir))
        result = self.call("POST", self.session + "/execute/async", {
            "script": "const [url, dpi, done] = arguments;"
                      "renderPdf(url, dpi).then(done, (e) => done({error: String(e)}));",
            "args": [f"{self.base}/pdf/{relative}", DPI]})
        if "error" in result:
            raise SystemExit(f"Firefox: {result['error']}")
        pages = []
        for url in result["pages"]:
            import numpy
            from PIL import Image

            png = base64.b64decode(url.split(",", 1)[1])
            with Image.open(io.BytesIO(png)) as image:
                pages.append(numpy.array(image.convert("L")))
        return pages, result

    def close(self):
        try:
            self.call("DELETE", self.session)
        finally:
            self.driver.terminate()
            self.driver.wait()
            self.server.shutdown()
            shutil.rmtree(self.root, ignore_errors=True)


def free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def quiet_handler_base():
    import http.server

    return http.server.SimpleHTTPRequestHandler


class QuietHandler(quiet_handler_base()):
    extensions_map = {**quiet_handler_base().extensions_map, ".mjs": "text/javascript",
                      ".bcmap": "application/octet-stream"}

    def log_message(self, *args):
        pass


def load_gray(path):
    import numpy
    from PIL import Image

    with Image.open(path) as image:
        array = numpy.array(image.convert("L"))
    os.remove(path)
    return array


# ---------------------------------------------------------------- text


def squash(text):
    return re.sub(r"\s+", "", text)


def text_poppler(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    return squash(out)


def text_pdfium(pdf):
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    return squash("".join(page.get_textpage().get_text_range() for page in document))


def line_boxes(pdf):
    """Per page, poppler's text lines as pixel boxes (x0, y0, x1, y1) and their words."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        boxes = []
        for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(.*?)</line>', page, re.S):
            words = " ".join(re.findall(r">([^<]*)</word>", m.group(5)))
            boxes.append((tuple(float(v) * DPI / 72 for v in m.groups()[:4]), words))
        pages.append(boxes)
    return pages


# ---------------------------------------------------------------- comparing


def compare_page(a, b, boxes):
    """Differing pixels, ink pixels, and the worst line's edge and centroid displacement."""
    import numpy

    if a.shape != b.shape:
        raise SystemExit(f"page sizes differ: {a.shape} vs {b.shape}")
    diff = numpy.abs(a.astype(numpy.int16) - b.astype(numpy.int16))
    ink = numpy.count_nonzero((a < INK) | (b < INK))
    changed = int(numpy.count_nonzero(diff))
    strong = int(numpy.count_nonzero(diff >= INK))
    worst_edge = 0
    worst_line = ""
    worst_centroid = 0.0
    lines = 0
    height, width = a.shape
    for (x0, y0, x1, y1), words in boxes:
        # Rows: the line box only (its ascent and descent hold the glyphs, and a margin would
        # take in the faint edge of the next line's ink).
        r0, r1 = max(int(y0), 0), min(int(y1) + 1, height)
        c0, c1 = max(int(x0) - MARGIN, 0), min(int(x1) + 1 + MARGIN, width)
        ra, rb = a[r0:r1, c0:c1], b[r0:r1, c0:c1]
        box_a, box_b = ink_box(ra < INK), ink_box(rb < INK)
        if box_a is None or box_b is None:
            continue
        lines += 1
        edge = max(abs(p - q) for p, q in zip(box_a, box_b))
        if edge > worst_edge:
            worst_edge, worst_line = edge, words
        ca, cb = centroid(255 - ra.astype(numpy.float64)), centroid(255 - rb.astype(numpy.float64))
        worst_centroid = max(worst_centroid, abs(ca[0] - cb[0]), abs(ca[1] - cb[1]))
    return changed, strong, ink, lines, (worst_edge, worst_line), worst_centroid


def ink_box(mask):
    import numpy

    rows = numpy.flatnonzero(mask.any(axis=1))
    cols = numpy.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        return None
    return (int(cols[0]), int(rows[0]), int(cols[-1]), int(rows[-1]))


def centroid(weight):
    import numpy

    total = weight.sum()
    ys, xs = numpy.indices(weight.shape)
    return ((xs * weight).sum() / total, (ys * weight).sum() / total)


# ---------------------------------------------------------------- the PDF's font


def font_checks(pdf_path):
    """For each embedded CFF: its effective FontMatrix scale and the worst /W mismatch."""
    from fontTools.cffLib import CFFFontSet
    from pypdf import PdfReader

    reader = PdfReader(pdf_path)
    results = []
    seen = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") != "/Type0" or id(font) in seen:
                continue
            seen.add(id(font))
            cid_font = font["/DescendantFonts"][0].get_object()
            descriptor = cid_font["/FontDescriptor"].get_object()
            if "/FontFile3" not in descriptor:
                continue
            data = descriptor["/FontFile3"].get_object().get_data()
            cff = CFFFontSet()
            cff.decompile(io.BytesIO(data), None)
            top = cff[cff.fontNames[0]]
            top_matrix = list(top.rawDict.get("FontMatrix", [0.001, 0, 0, 0.001, 0, 0]))
            fd_matrices = [list(fd.rawDict["FontMatrix"]) if "FontMatrix" in fd.rawDict
                           else [1, 0, 0, 1, 0, 0] for fd in getattr(top, "FDArray", [])]
            matrices = [concat(m, top_matrix) for m in fd_matrices] or [top_matrix]
            widths = pdf_widths(cid_font)
            default = float(cid_font.get("/DW", 1000))
            worst = 0.0
            checked = 0
            charstrings = top.CharStrings
            fd_select = getattr(top, "FDSelect", None)
            for gid, name in enumerate(top.charset):
                cid = int(name[3:]) if name.startswith("cid") else gid
                charstring = charstrings[name]
                charstring.draw(NullPen())
                fd = fd_select[gid] if fd_select is not None else 0
                scale = matrices[fd if fd < len(matrices) else 0][0]
                expected = charstring.width * scale * 1000
                worst = max(worst, abs(widths.get(cid, default) - expected))
                checked += 1
            results.append({
                "name": str(font["/BaseFont"]),
                "top": top_matrix,
                "fds": fd_matrices,
                "scales": sorted({m[0] for m in matrices}),
                "glyphs": checked,
                "worst_w": worst,
                "widths": widths,
            })
    return results


class NullPen:
    def moveTo(self, pt):
        pass

    def lineTo(self, pt):
        pass

    def curveTo(self, *pts):
        pass

    def qCurveTo(self, *pts):
        pass

    def closePath(self):
        pass

    def endPath(self):
        pass


def concat(m, n):
    """The matrix m followed by n (PostScript order), as 6 numbers."""
    a, b, c, d, e, f = m
    g, h, i, j, k, l = n
    return [a * g + b * i, a * h + b * j, c * g + d * i, c * h + d * j,
            e * g + f * i + k, e * h + f * j + l]


def pdf_widths(cid_font):
    widths = {}
    array = [x.get_object() if hasattr(x, "get_object") else x for x in cid_font.get("/W", [])]
    k = 0
    while k < len(array):
        first = int(array[k])
        if isinstance(array[k + 1], list):
            for n, w in enumerate(array[k + 1]):
                widths[first + n] = float(w)
            k += 2
        else:
            last, w = int(array[k + 1]), float(array[k + 2])
            for cid in range(first, last + 1):
                widths[cid] = w
            k += 3
    return widths


# ---------------------------------------------------------------- the run


def versions(pdfjs_version, firefox_version):
    import pypdfium2

    poppler = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True).stderr
    poppler = re.search(r"version ([\d.]+)", poppler).group(1)
    pdfium = pypdfium2.version.PDFIUM_INFO
    return {"poppler": f"poppler {poppler} (pdftoppm, pdftotext)",
            "PDFium": f"PDFium {pdfium.build} (pypdfium2 {pypdfium2.version.PYPDFIUM_INFO})",
            "pdf.js": f"pdf.js {pdfjs_version} (pdfjs-dist legacy build, Node "
                      f"{subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()}"
                      ", @napi-rs/canvas)",
            "pdf.js in Firefox": f"pdf.js {pdfjs_version} (pdfjs-dist build) in {firefox_version}"
                                 " headless, geckodriver"}


def compare(pdf_dir, font_200, script, node_dir):
    from fontTools.ttLib import TTFont

    upem = TTFont(font_200)["head"].unitsPerEm
    documents = sorted(f[:-4] for f in os.listdir(os.path.join(pdf_dir, "1000"))
                       if f.endswith(".pdf"))
    rows = []
    text_rows = []
    failures = []
    pdfjs_version = "?"
    firefox = None
    for doc in documents:
        pdf = {u: os.path.join(pdf_dir, u, doc + ".pdf") for u in ("1000", "200")}
        with open(os.path.join(pdf_dir, "200", doc + ".names.txt"), encoding="utf-8") as f:
            names = [n for n in f.read().splitlines() if n]
        boxes = line_boxes(pdf["1000"])
        for reader in READERS:
            pages = {}
            texts = {}
            for u in ("1000", "200"):
                with tempfile.TemporaryDirectory() as tmp:
                    if reader == "poppler":
                        pages[u] = render_poppler(pdf[u], tmp)
                        texts[u] = text_poppler(pdf[u])
                    elif reader == "PDFium":
                        pages[u] = render_pdfium(pdf[u])
                        texts[u] = text_pdfium(pdf[u])
                    elif reader == "pdf.js in Firefox":
                        if firefox is None:
                            firefox = Firefox(pdf_dir, node_dir)
                        pages[u], report = firefox.render(pdf[u], pdf_dir)
                        texts[u] = squash("".join(report["text"]))
                    else:
                        pages[u], report = render_pdfjs(pdf[u], tmp, script, node_dir)
                        texts[u] = squash("".join(report["text"]))
                        pdfjs_version = report["version"]
            if len(pages["1000"]) != len(pages["200"]):
                failures.append(f"{doc} {reader}: page counts differ")
                continue
            total = [0, 0, 0, 0, (0, ""), 0.0]
            for n, (a, b, page_boxes) in enumerate(zip(pages["1000"], pages["200"], boxes), 1):
                changed, strong, ink, lines, edge, cen = compare_page(a, b, page_boxes)
                total[0] += changed
                total[1] += strong
                total[2] += ink
                total[3] += lines
                if edge[0] > total[4][0]:
                    total[4] = (edge[0], f"p. {n}, {edge[1][:16]}")
                total[5] = max(total[5], cen)
            rows.append((doc, reader, len(pages["1000"]), *total))
            found = {u: sum(1 for n in names if n in texts[u]) for u in texts}
            text_rows.append((doc, reader, len(names), found["1000"], found["200"]))
            for u, k in found.items():
                if k != len(names):
                    missing = [n for n in names if n not in texts[u]]
                    failures.append(f"{doc} {reader} ({u} upem): not extracted {missing}")
            del pages
            print(f"  {doc} {reader}: done", file=sys.stderr, flush=True)

    firefox_version = firefox.version if firefox else "not run"
    if firefox:
        firefox.close()
    print("\n| document | reader | pages | pixels that differ (of ink) | of them by ≥ half "
          "| text lines | worst ink-box edge shift (line) | worst ink-centroid shift |")
    print("|---|---|---:|---:|---:|---:|---|---:|")
    for doc, reader, n, changed, strong, ink, lines, (edge, where), cen in rows:
        print(f"| {doc} | {reader} | {n} | {changed:,} ({100 * changed / max(ink, 1):.2f} %) "
              f"| {strong:,} ({100 * strong / max(ink, 1):.3f} %) | {lines} | {edge} px = "
              f"{edge * 25.4 / DPI:.3f} mm ({where}) | {cen:.2f} px |")
    print("\n| document | reader | names | found, 1000 upem | found, 200 upem |")
    print("|---|---|---:|---:|---:|")
    for doc, reader, n, a, b in text_rows:
        print(f"| {doc} | {reader} | {n} | {a} | {b} |")

    print("\n| document | font | embedded CFF FontMatrix (top; FDArray) | scale | glyphs "
          "| worst /W − width×scale×1000 |")
    print("|---|---|---|---|---:|---:|")
    for doc in documents:
        per_font = {}
        for u in ("1000", "200"):
            for font in font_checks(os.path.join(pdf_dir, u, doc + ".pdf")):
                per_font[u] = font
                fds = "; ".join(fmt_matrix(m) for m in font["fds"]) or "none"
                print(f"| {doc} | {u} upem | {fmt_matrix(font['top'])}; {fds} "
                      f"| {', '.join(f'{s:g}' for s in font['scales'])} | {font['glyphs']} "
                      f"| {font['worst_w']:.3f} |")
                wanted = 1 / (1000 if u == "1000" else upem)
                if any(abs(s - wanted) > 1e-9 for s in font["scales"]):
                    failures.append(f"{doc} {u}: FontMatrix scale {font['scales']}, not {wanted}")
                if font["worst_w"] > 0.5:
                    failures.append(f"{doc} {u}: /W off the glyph widths by {font['worst_w']}")
        if len(per_font) == 2:
            a, b = per_font["1000"]["widths"], per_font["200"]["widths"]
            shared = set(a) & set(b)
            worst = max((abs(a[c] - b[c]) for c in shared), default=0)
            print(f"| {doc} | /W, 200 vs 1000 upem | {len(shared)} CIDs in both | | "
                  f"| {worst:g} (of 1000 per em) |")

    print()
    for reader, version in versions(pdfjs_version, firefox_version).items():
        print(f"- {reader}: {version}")
    if failures:
        print("\nFAILED:\n" + "\n".join(failures))
        sys.exit(1)


def fmt_matrix(m):
    return "[" + " ".join(f"{v:g}" for v in m) + "]"


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"charset": charset, "same-subset": same_subset, "compare": compare}[command](*args)
