"""Scales a CID-keyed CFF OpenType font to a smaller em and stores it LZMA-compressed.

Used by `cargo xtask font` (xtask/src/font.rs): python3 font_scale.py IN.otf UPEM OUT.lzma
Each glyph is drawn through a pen that scales and rounds ABSOLUTE coordinates into a fresh
Type 2 charstring, so no rounding error accumulates along a contour (fontTools' scaleUpem
rounds relative coordinates and drifts). Widths and the vertical metrics of head, hhea, OS/2
and post are scaled the same way. The new FontMatrix goes into the top DICT; the FDArray font
dicts keep none, which means identity under the CFF rule that an FD matrix is concatenated
with the top one (subsetter writes that identity explicitly into each PDF's font).
The result is written with LZMA's "alone" format, preset 9 extreme (= xz --format=lzma -9e).
"""

import io
import lzma
import sys

from fontTools.misc.roundTools import otRound
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.ttLib import TTFont


class ScalePen:
    """Forwards a glyph's outline with every point scaled and rounded absolutely."""

    def __init__(self, out, scale):
        self.out = out
        self.scale = scale

    def _p(self, pt):
        return (otRound(pt[0] * self.scale), otRound(pt[1] * self.scale))

    def moveTo(self, pt):
        self.out.moveTo(self._p(pt))

    def lineTo(self, pt):
        self.out.lineTo(self._p(pt))

    def curveTo(self, *pts):
        self.out.curveTo(*[self._p(p) for p in pts])

    def qCurveTo(self, *pts):
        raise ValueError("quadratic curves in a CFF font")

    def closePath(self):
        self.out.closePath()

    def endPath(self):
        self.out.endPath()

    def addComponent(self, name, transform):
        raise ValueError("components in a CFF font")


def scaled(value, scale):
    return otRound(value * scale)


def main(source, upem, output):
    font = TTFont(source)
    old = font["head"].unitsPerEm
    scale = upem / old
    cff = font["CFF "].cff
    top = cff.topDictIndex[0]
    charstrings = top.CharStrings
    hmtx = font["hmtx"].metrics
    glyph_set = font.getGlyphSet()
    fd_select = getattr(top, "FDSelect", None)
    fd_array = getattr(top, "FDArray", None)
    privates = [fd.Private for fd in fd_array] if fd_array is not None else [top.Private]
    for private in privates:
        # Widths are written in full below: nominal 0, default 0.
        private.nominalWidthX = 0
        private.defaultWidthX = 0
        for key in ("BlueValues", "OtherBlues", "FamilyBlues", "FamilyOtherBlues",
                    "StemSnapH", "StemSnapV"):
            if hasattr(private, key) and getattr(private, key) is not None:
                setattr(private, key, [scaled(v, scale) for v in getattr(private, key)])
        for key in ("StdHW", "StdVW", "BlueShift"):
            if hasattr(private, key) and getattr(private, key) is not None:
                setattr(private, key, scaled(getattr(private, key), scale))
    new_charstrings = {}
    for index, name in enumerate(font.getGlyphOrder()):
        width, lsb = hmtx[name]
        new_width = scaled(width, scale)
        pen = T2CharStringPen(new_width, glyph_set)
        glyph_set[name].draw(ScalePen(pen, scale))
        fd = fd_select[index] if fd_select is not None else 0
        private = privates[fd] if fd_array is not None else top.Private
        new_charstrings[name] = pen.getCharString(private=private, globalSubrs=cff.GlobalSubrs)
        hmtx[name] = (new_width, scaled(lsb, scale))
    for name, charstring in new_charstrings.items():
        charstrings[name] = charstring
    top.FontMatrix = [1.0 / upem, 0, 0, 1.0 / upem, 0, 0]
    for fd in fd_array or []:
        if hasattr(fd, "FontMatrix"):
            del fd.rawDict["FontMatrix"]
            delattr(fd, "FontMatrix")

    head = font["head"]
    head.unitsPerEm = upem
    hhea = font["hhea"]
    for key in ("ascent", "descent", "lineGap", "advanceWidthMax", "minLeftSideBearing",
                "minRightSideBearing", "xMaxExtent", "caretOffset"):
        setattr(hhea, key, scaled(getattr(hhea, key), scale))
    os2 = font["OS/2"]
    for key in ("xAvgCharWidth", "ySubscriptXSize", "ySubscriptYSize", "ySubscriptXOffset",
                "ySubscriptYOffset", "ySuperscriptXSize", "ySuperscriptYSize",
                "ySuperscriptXOffset", "ySuperscriptYOffset", "yStrikeoutSize",
                "yStrikeoutPosition", "sTypoAscender", "sTypoDescender", "sTypoLineGap",
                "usWinAscent", "usWinDescent", "sxHeight", "sCapHeight"):
        if hasattr(os2, key):
            setattr(os2, key, scaled(getattr(os2, key), scale))
    post = font["post"]
    post.underlinePosition = scaled(post.underlinePosition, scale)
    post.underlineThickness = scaled(post.underlineThickness, scale)

    buffer = io.BytesIO()
    font.save(buffer)  # recalculates head's and the CFF's bounding boxes
    raw = buffer.getvalue()
    packed = lzma.compress(raw, format=lzma.FORMAT_ALONE, preset=9 | lzma.PRESET_EXTREME)
    with open(output, "wb") as out:
        out.write(packed)
    print(f"{len(font.getGlyphOrder())} glyphs, {old} -> {upem} units per em, "
          f"{len(raw)} bytes, {len(packed)} bytes LZMA")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
