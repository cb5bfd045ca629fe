"""Prepares exhibit pictures: EXIF rotation, downscaling to print resolution, re-encoding."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from casekeeper.export.styles import FRAME_HEIGHT, FRAME_WIDTH

DPI = 170
JPEG_QUALITY = 85
CAPTION_ALLOWANCE = 70.0


def max_pixels() -> tuple[int, int]:
    """The largest picture worth keeping for the page area at :data:`DPI`."""
    return int(FRAME_WIDTH / 72 * DPI), int((FRAME_HEIGHT - CAPTION_ALLOWANCE) / 72 * DPI)


def prepare_image(source: Path, folder: Path, stem: str) -> tuple[Path, int, int] | None:
    """Write a rotated, downscaled copy (JPEG, or PNG for few-colour pictures) without metadata.

    Returns the path and pixel size, or None when Pillow cannot read the file.
    """
    try:
        with Image.open(source) as opened:
            if opened.format == "JPEG":  # let libjpeg decode at a reduced scale: much faster
                side = max(max_pixels())
                opened.draft("RGB", (side, side))
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    image = _flatten(image)
    image.thumbnail(max_pixels(), Image.Resampling.LANCZOS)
    few_colours = image.getcolors(maxcolors=256) is not None
    if few_colours:
        target = folder / f"{stem}.png"
        image.save(target, format="PNG", optimize=True)
    else:
        target = folder / f"{stem}.jpg"
        image.save(target, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return target, image.width, image.height


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
