"""One exhibit picture made ready for print: the least decoding, then downscaled, then turned.

Only Pillow is imported here: this module runs in the worker processes of
:mod:`casekeeper.export.picture_pool`, which start fresh and should start fast.

The order is the point. A JPEG is decoded by libjpeg at the smallest of its 1/2, 1/4 and 1/8
scales that is still at least the printed size (``Image.draft``); the picture is downscaled to
the printed size; only then is it turned upright by its EXIF orientation, on the small copy. The
copy is written without any metadata (no EXIF, no GPS position, no XMP, no ICC profile).
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, UnidentifiedImageError

JPEG_QUALITY = 85
ORIENTATION_TAG = 0x0112
_SIDEWAYS = frozenset({5, 6, 7, 8})
_TURN = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_FAILURES = (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError)


def planned_size(source: Path, box: tuple[int, int]) -> tuple[int, int] | None:
    """The upright pixel size the prepared copy will have, read from the header only.

    None when Pillow cannot read the header (the exhibit is then shown as a file, not a picture).
    """
    try:
        with Image.open(source) as opened:
            width, height = opened.size
            if _orientation(opened) in _SIDEWAYS:
                width, height = height, width
    except _FAILURES:
        return None
    return _fitted((width, height), box)


def prepare_picture(source: str, stem: str, box: tuple[int, int]) -> tuple[str, int, int] | None:
    """Write the print copy of ``source`` as ``stem.jpg`` (or ``stem.png`` for few colours).

    ``box`` is the largest upright size worth keeping. Returns the written path and its pixel
    size, or None when Pillow cannot read the file.
    """
    try:
        with Image.open(source) as opened:
            orientation = _orientation(opened)
            sideways = orientation in _SIDEWAYS
            wanted = _fitted(opened.size, (box[1], box[0]) if sideways else box)
            if opened.format == "JPEG":  # libjpeg decodes at 1/2, 1/4 or 1/8 scale for nothing
                opened.draft("RGB", wanted)
            opened.load()
            image = _flatten(opened)
            if image.size != wanted:
                image = image.resize(wanted, Image.Resampling.BICUBIC)
            turn = _TURN.get(orientation)
            if turn is not None:
                image = image.transpose(turn)
            if image is opened:  # already small and upright: keep it past closing the file
                image = image.copy()
    except _FAILURES:
        return None
    return _save(image, stem)


def _save(image: Image.Image, stem: str) -> tuple[str, int, int]:
    if image.getcolors(maxcolors=256) is not None:
        target = f"{stem}.png"
        image.save(target, format="PNG", optimize=True)
    else:
        target = f"{stem}.jpg"
        image.save(target, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return target, image.width, image.height


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(ORIENTATION_TAG, 1)
    except _FAILURES:
        return 1
    return value if isinstance(value, int) else 1


def _fitted(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """``size`` shrunk (never enlarged) to fit ``box``, keeping its proportions."""
    width, height = size
    scale = min(box[0] / width, box[1] / height, 1.0)
    if scale >= 1.0:
        return width, height
    return max(1, math.floor(width * scale + 0.5)), max(1, math.floor(height * scale + 0.5))


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white (transparency composited), or greyscale kept as it is."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("L", "RGB"):
        return image
    return image.convert("RGB")

