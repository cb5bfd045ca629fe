"""Exhibit pictures on the page: their print size, and the flowable that draws a prepared copy.

The copies are made by :mod:`casekeeper.export.picture_prep` (decoded at the least scale,
downscaled, then turned by EXIF, without metadata), in parallel by
:mod:`casekeeper.export.picture_pool`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from casekeeper.export.picture_pool import PicturePool
from casekeeper.export.picture_prep import JPEG_QUALITY, prepare_picture
from casekeeper.export.styles import FRAME_HEIGHT, FRAME_WIDTH

DPI = 170
CAPTION_ALLOWANCE = 70.0
__all__ = ["CAPTION_ALLOWANCE", "DPI", "JPEG_QUALITY", "PictureFlowable", "max_pixels",
           "prepare_image"]


def max_pixels() -> tuple[int, int]:
    """The largest picture worth keeping for the page area at :data:`DPI`."""
    return int(FRAME_WIDTH / 72 * DPI), int((FRAME_HEIGHT - CAPTION_ALLOWANCE) / 72 * DPI)


def prepare_image(source: Path, folder: Path, stem: str) -> tuple[Path, int, int] | None:
    """Write a rotated, downscaled copy (JPEG, or PNG for few-colour pictures) without metadata.

    Returns the path and pixel size, or None when Pillow cannot read the file.
    """
    made = prepare_picture(str(source), str(folder / stem), max_pixels())
    return None if made is None else (Path(made[0]), made[1], made[2])


class PictureFlowable(Flowable):  # type: ignore[misc]
    """A picture whose copy is being prepared: laid out at once, drawn when the copy is ready.

    Every page that shows the same original draws the same file, which reportlab writes once.
    When the copy cannot be made after all, ``fallback`` (a short note) is drawn instead.
    """

    def __init__(self, pool: PicturePool, key: str, width: float, height: float,
                 fallback: Sequence[Flowable], drawn: Callable[[], None]) -> None:
        super().__init__()
        self.pool = pool
        self.key = key
        self.width = width
        self.height = height
        self.fallback = list(fallback)
        self.drawn = drawn
        self.hAlign = "CENTER"  # as reportlab's Image flowable placed it

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        ready = self.pool.result(self.key)
        self.drawn()
        if ready is not None:
            self.canv.drawImage(str(ready[0]), 0, 0, self.width, self.height)
            return
        top = self.height
        for note in self.fallback:
            _, used = note.wrap(self.width, top)
            top -= used
            note.drawOn(self.canv, 0, top)
