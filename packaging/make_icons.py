"""Draw resources/icons/liblitz-<size>.png, liblitz.ico and liblitz.icns from liblitz.svg.

    .venv/bin/python packaging/make_icons.py

The PNGs serve the window (liblitz_app/ui/app.py) and the Linux desktop file; the .ico (Windows) and
the .icns (macOS) are the frozen executable's icon (build.spec). Both formats accept PNG entries, so
no image library beyond Qt's SVG renderer is needed. Run it again after changing the SVG.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can say
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(svg: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    svg.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG files themselves."""
    offset = 6 + 16 * len(pngs)
    header, body = struct.pack("<HHH", 0, 1, len(pngs)), b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size
        header += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(body))
        body += png
    return header + body


def icns(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                      for size, kind in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    svg = QSvgRenderer(str(ICONS / "liblitz.svg"))
    if not svg.isValid():
        print("liblitz.svg ne se lit pas.", file=sys.stderr)
        return 1
    pngs = {size: render(svg, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"liblitz-{size}.png").write_bytes(png)
    (ICONS / "liblitz.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "liblitz.icns").write_bytes(icns(pngs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
