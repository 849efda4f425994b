"""Bring your own article (issue 14): how long `add` takes per file, and what the new libraries add to the venv.

Usage (from the kit's folder):

    .venv/bin/python bench/import_speed.py            # 3 repeats, median wall-clock per file

Files: the saved page in tests/data/import (5 paragraphs, 2.5 kB), the same page grown to 200
paragraphs (~70 kB, a long feature), a Word file of 200 paragraphs built with python-docx, and a
Windows-1252 text file of 200 paragraphs. Each is extracted with medialit.corpus.importer.extract,
which is what `add` and loading a dropped .html/.docx file do. One process, no parallel workers.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from importlib.metadata import distribution
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(KIT))

from medialit.corpus.importer import extract  # noqa: E402

PARA = ("The harbour ferry between Marlow Falls and Gull Island returned to service on Monday after six weeks "
        "of repairs to its hull, the port authority said in a statement on its website. ")


def files(folder: Path) -> dict[str, Path]:
    import docx

    page = (KIT / "tests" / "data" / "import" / "harbour-ferry.html").read_text(encoding="utf-8")
    long_page = page.replace("<p>The next safety", "".join(f"<p>{PARA}{i}.</p>" for i in range(195))
                             + "<p>The next safety")
    (folder / "long.html").write_text(long_page, encoding="utf-8")
    document = docx.Document()
    for i in range(200):
        document.add_paragraph(f"{PARA}{i}.")
    document.save(folder / "long.docx")
    (folder / "long.txt").write_bytes("\n".join(f"“{PARA}{i}.”" for i in range(200)).encode("cp1252"))
    return {"saved page, 5 paragraphs": KIT / "tests" / "data" / "import" / "harbour-ferry.html",
            "saved page, 200 paragraphs": folder / "long.html",
            "Word file, 200 paragraphs": folder / "long.docx",
            "Windows-1252 text, 200 paragraphs": folder / "long.txt"}


def installed_mib(name: str) -> float:
    dist = distribution(name)
    total = 0
    for f in dist.files or []:
        path = Path(dist.locate_file(f))
        if path.is_file():
            total += path.stat().st_size
    return total / 2**20


def main(repeats: int = 3) -> None:
    extract(KIT / "tests" / "data" / "import" / "harbour-ferry.html")  # imports and warm-up
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in files(Path(tmp)).items():
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                ex, problems = extract(path)
                times.append(time.perf_counter() - start)
            assert ex is not None and not problems, problems
            print(f"{label:<36} {path.stat().st_size / 1024:7.1f} kB  {statistics.median(times) * 1000:7.1f} ms  "
                  f"{len(ex.paragraphs)} paragraphs")
    for name in ("trafilatura", "htmldate", "lxml", "lxml_html_clean", "python-docx", "charset-normalizer",
                 "justext", "courlan", "dateparser"):
        try:
            print(f"{name:<20} {installed_mib(name):6.1f} MiB")
        except Exception as exc:  # a distribution not installed
            print(f"{name:<20} not installed ({exc})")


if __name__ == "__main__":
    main()
