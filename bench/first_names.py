"""Build medialit/analysis/first_names.tsv: first names that clearly say "he" or "she".

Source: the name data of ``nomquamgender`` 0.1.4 (MIT licence; Ian Van Buskirk, Aaron Clauset and Daniel
B. Larremore, "An Open-Source Cultural Consensus Approach to Name-Based Gender Classification", ICWSM 2023),
which pools 36 name-gender sources from many countries and gives each name the share of its bearers recorded
as women, p(gf). Kept: names with letters only, from at least 10 sources and 1,000 bearers, whose p(gf) is at
most 0.05 ("he") or at least 0.95 ("she"); a name shared across cultures ("Jean", "Kim", "Ayan", "Alaa")
falls between and is left out. Only :func:`medialit.analysis.pronouns.first_name_pronoun` reads the table,
to rule a pronoun's reading out, never to name anyone.

The package itself is not a dependency of the kit (it needs ``unidecode``, GPL-licensed, and loads 22 MB);
install it only to rebuild the table::

    .venv/bin/pip install --no-deps nomquamgender==0.1.4
    PYTHONPATH=$PWD .venv/bin/python bench/first_names.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

LICENCE = """Copyright (c) 2022 Ian Van Buskirk

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""

OUT = Path(__file__).resolve().parents[1] / "medialit" / "analysis" / "first_names.tsv"


def main() -> int:
    # (the data file only: importing the package would need unidecode)
    folder = Path(importlib.util.find_spec("nomquamgender").submodule_search_locations[0])
    data = json.loads((folder / "name_data.json").read_text(encoding="utf-8"))
    rows = sorted((name, "he" if v[2] <= 0.05 else "she") for name, v in data.items()
                  if name.isalpha() and v[0] >= 10 and v[1] >= 1000 and (v[2] <= 0.05 or v[2] >= 0.95))
    header = ("# First names that clearly say \"he\" or \"she\": built by bench/first_names.py from the name data of\n"
              "# nomquamgender 0.1.4 (MIT licence, (c) 2022 Ian Van Buskirk; Van Buskirk, Clauset and Larremore, ICWSM\n"
              "# 2023): names from >= 10 sources and >= 1,000 bearers with p(woman) <= 0.05 or >= 0.95. Used only to\n"
              "# rule a pronoun's reading out (medialit/analysis/pronouns.py), never to name anyone.\n"
              "# The licence of the data it is drawn from:\n"
              + "".join(f"#   {line}\n".rstrip() + "\n" for line in LICENCE.strip().split("\n")))
    OUT.write_text(header + "".join(f"{n}\t{p}\n" for n, p in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
