"""Render the app icon (PNG sizes, .ico, .icns) and an optional contact sheet of all icons.

Needs `rsvg-convert` (Debian: librsvg2-bin) on PATH and Pillow (a project dependency).
Run from the repository root with the project venv:

    .venv/bin/python packaging/icons/render_icons.py            # regenerate the app icon files
    .venv/bin/python packaging/icons/render_icons.py --sheet /tmp/icons.png   # also a review sheet
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
APP = ICONS / "app"
MASTER = APP / "casekeeper.svg"
SMALL = APP / "casekeeper-small.svg"  # hand-tuned drawing for 16 and 24 px
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: bytes | Path, size: int) -> Image.Image:
    """Rasterise an SVG (path or bytes) to a square RGBA image with rsvg-convert."""
    data = svg.read_bytes() if isinstance(svg, Path) else svg
    out = subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), "-f", "png"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(out)).convert("RGBA")


def app_image(size: int) -> Image.Image:
    return render(SMALL if size <= 24 else MASTER, size)


def write_app_icons() -> None:
    images = {size: app_image(size) for size in sorted(set(PNG_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        images[size].save(APP / f"casekeeper-{size}.png", optimize=True)
    ico_frames = [images[s] for s in ICO_SIZES]
    ico_frames[-1].save(
        APP / "casekeeper.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_frames[:-1],
    )
    icns_frames = [images[s] for s in ICNS_SIZES]
    icns_frames[-1].save(APP / "casekeeper.icns", format="ICNS", append_images=icns_frames[:-1])
    print(f"wrote {len(PNG_SIZES)} PNGs, casekeeper.ico and casekeeper.icns in {APP}")


def tinted(svg: Path, colour: str) -> bytes:
    return svg.read_bytes().replace(b"currentColor", colour.encode())


def contact_sheet(target: Path) -> None:
    """All line icons at 16, 24 and 48 px on light and dark backgrounds, plus the app icon."""
    svgs = sorted(ICONS.glob("channels/*.svg")) + sorted(ICONS.glob("actions/*.svg"))
    cell_w, cell_h, cols = 250, 64, 4
    rows = (len(svgs) + cols - 1) // cols
    sheet = Image.new("RGB", (cols * cell_w, rows * cell_h + 140), "white")
    draw = ImageDraw.Draw(sheet)
    for i, svg in enumerate(svgs):
        x, y = (i % cols) * cell_w, (i // cols) * cell_h
        dark_x = x + 140
        draw.rectangle((dark_x - 4, y, x + cell_w - 6, y + cell_h - 4), fill="#2b2b2b")
        for size, dx in ((16, 4), (24, 26), (48, 56)):
            im = render(tinted(svg, "#202124"), size)
            sheet.paste(im, (x + dx, y + 8), im)
        im = render(tinted(svg, "#e8eaed"), 24)
        sheet.paste(im, (dark_x + 4, y + 8), im)
        im = render(tinted(svg, "#e8eaed"), 48)
        sheet.paste(im, (dark_x + 40, y + 8), im)
        draw.text((x + 4, y + cell_h - 14), f"{svg.parent.name}/{svg.stem}", fill="#555")
    x = 8
    for size in PNG_SIZES[:-1]:
        im = app_image(size)
        sheet.paste(im, (x, rows * cell_h + 8), im)
        x += size + 10
    sheet.save(target)
    print(f"contact sheet: {target} ({len(svgs)} line icons)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet PNG here")
    parser.add_argument("--no-app", action="store_true", help="do not rewrite the app icon files")
    args = parser.parse_args()
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert not found: apt-get install librsvg2-bin (or brew install librsvg)")
        return 2
    if not args.no_app:
        write_app_icons()
    if args.sheet:
        contact_sheet(args.sheet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
