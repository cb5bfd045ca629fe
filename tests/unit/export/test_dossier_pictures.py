"""Exhibit pictures: turned upright after downscaling, one PDF object per original, workers that
end at once on cancel, the same copies with and without workers, and reportlab without its C
accelerator giving the same dossier."""

from __future__ import annotations

import dataclasses
import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from casekeeper.export import ExportCancelledError, render_dossier
from casekeeper.export.images import max_pixels
from casekeeper.export.picture_pool import PicturePool
from casekeeper.export.picture_prep import planned_size, prepare_picture
from conftest import make_request

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _halves(path: Path, size: tuple[int, int], orientation: int) -> None:
    """Left half red, right half blue, stored sideways with an EXIF orientation."""
    image = Image.new("RGB", size, (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, format="JPEG", quality=90, exif=exif.tobytes())


def _colour(image: Image.Image, x: float, y: float) -> tuple[int, ...]:
    pixel = image.getpixel((int(image.width * x), int(image.height * y)))
    assert isinstance(pixel, tuple)
    return pixel


def test_a_sideways_photo_is_turned_upright_after_downscaling(tmp_path: Path) -> None:
    source = tmp_path / "sideways.jpg"
    _halves(source, (4000, 3000), orientation=6)  # shown turned a quarter clockwise
    made = prepare_picture(str(source), str(tmp_path / "copy"), max_pixels())
    assert made is not None
    with Image.open(made[0]) as copy:
        assert copy.width < copy.height  # upright: portrait
        assert (copy.width, copy.height) == planned_size(source, max_pixels()) == made[1:]
        assert max(copy.size) <= max(max_pixels())
        top, bottom = _colour(copy, 0.5, 0.1), _colour(copy, 0.5, 0.9)
        assert top[0] > 200 and top[2] < 60  # the left (red) half is now on top
        assert bottom[2] > 200 and bottom[0] < 60
        assert not copy.getexif() and "exif" not in copy.info


def test_a_picture_shown_twice_is_one_object_in_the_pdf(store: Path, tmp_path: Path) -> None:
    request = make_request(store)
    carton = next(e for e in request.case.evidence if e.original_name == "carton-12mp.jpg")
    again = dataclasses.replace(carton, id=999, exhibit_no=len(request.case.evidence) + 1,
                                title="Le même carton")
    case = dataclasses.replace(request.case, evidence=(*request.case.evidence, again))
    result = render_dossier(dataclasses.replace(request, case=case), tmp_path / "twice.pdf")
    objects, pages = set(), 0
    for page in PdfReader(result.path).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        shown = [ref.idnum for ref in xobjects.values()
                 if ref.get_object().get("/Subtype") == "/Image"]
        pages += bool(shown)
        objects.update(shown)
    assert pages == 3  # the crushed parcel, the carton, the carton again
    assert len(objects) == 2


def test_cancel_ends_the_picture_workers_at_once(tmp_path: Path) -> None:
    sources = []
    for n in range(4):
        sources.append(tmp_path / f"p{n}.jpg")
        _halves(sources[-1], (3000, 2000), orientation=1)

    def cancelled() -> None:
        raise ExportCancelledError()

    with pytest.raises(ExportCancelledError), \
            PicturePool(tmp_path, max_pixels(), cancelled, workers=2) as pool:
        keys = [pool.add(source) for source in sources]
        pool.start()
        assert multiprocessing.active_children()  # the workers are running
        pool.result(keys[-1])
    assert multiprocessing.active_children() == []


def test_workers_and_this_process_make_the_same_copies(tmp_path: Path) -> None:
    sources = [tmp_path / "a.jpg", tmp_path / "b.jpg"]
    _halves(sources[0], (3000, 2000), orientation=8)
    _halves(sources[1], (1200, 900), orientation=1)
    copies = {}
    for workers in (1, 2):
        folder = tmp_path / f"w{workers}"
        folder.mkdir()
        with PicturePool(folder, max_pixels(), lambda: None, workers=workers) as pool:
            keys = [pool.add(source) for source in sources]
            assert pool.add(sources[0]) == keys[0]  # asked for twice, prepared once
            pool.start()
            made = [pool.result(key) for key in keys]
        copies[workers] = [m[0].read_bytes() for m in made if m is not None]
    assert len(copies[1]) == 2 and copies[1] == copies[2]


_WITHOUT_ACCELERATOR = """
import sys
sys.modules["_rl_accel"] = None  # reportlab falls back to its pure-Python code
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from casekeeper.export import render_dossier
from conftest import make_request
import reportlab.lib.rl_accel as accel
assert accel.asciiBase85Encode.__module__ == "reportlab.lib.rl_accel"
if __name__ == "__main__":
    render_dossier(make_request(Path(sys.argv[2])), Path(sys.argv[3]))
"""


def test_reportlab_without_its_accelerator_makes_the_same_dossier(
        store: Path, tmp_path: Path) -> None:
    accelerated = render_dossier(make_request(store), tmp_path / "fast.pdf")
    script = tmp_path / "plain.py"
    script.write_text(_WITHOUT_ACCELERATOR, encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(HERE), str(store),
                    str(tmp_path / "plain.pdf")], check=True, timeout=300,
                   env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"})
    assert (tmp_path / "plain.pdf").read_bytes() == accelerated.path.read_bytes()


_UNGUARDED = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from casekeeper.export import render_dossier
from conftest import make_request
render_dossier(make_request(Path(sys.argv[2])), Path(sys.argv[3]))  # no __main__ guard
"""


def test_a_script_without_the_main_guard_still_exports(store: Path, tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(_UNGUARDED, encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(HERE), str(store), str(tmp_path / "u.pdf")],
                   check=True, timeout=300, capture_output=True,
                   env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": "/usr/bin:/bin"})
    assert PdfReader(tmp_path / "u.pdf").pages
