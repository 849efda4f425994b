"""Problems: what was wrong with an input file, where, and how to fix it.

Every loader in the kit (articles, exercises, keys, submissions) reports bad input
as a :class:`Problem` instead of raising, so one bad file never stops the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file.

    ``source`` is the path as the user gave it (or as the kit found it), ``line``
    is 1-based (1 when the problem concerns the whole file), ``message`` says what
    is wrong and how to fix it.

    >>> p = Problem("articles/x.txt", 3, "text is not UTF-8; save the file as UTF-8")
    >>> str(p)
    'articles/x.txt:3: text is not UTF-8; save the file as UTF-8'
    """

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"

    def as_dict(self) -> dict:
        """The problem as plain data (for JSON output)."""
        return {"source": self.source, "line": self.line, "message": self.message}


class KitError(Exception):
    """Base class of every error the kit raises on purpose.

    >>> from medialit import load_corpus
    >>> try:
    ...     load_corpus()["mosull"]
    ... except KitError as exc:
    ...     print(str(exc)[:45])
    There is no article 'mosull'. Did you mean 'm
    """


class CorpusError(KitError, ValueError):
    """No article at all could be loaded.

    Raised by :func:`medialit.load_corpus` only when every file failed; the
    ``problems`` attribute lists what was wrong with each one.

    >>> import tempfile, pathlib
    >>> from medialit import load_corpus
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "empty.txt").write_text("")
    >>> try:
    ...     load_corpus(folder)
    ... except CorpusError as exc:
    ...     print(exc.problems[0].message)
    file is empty; paste the article text into it, or delete the file
    """

    def __init__(self, message: str, problems: list[Problem] | tuple = ()):
        self.problems = list(problems)
        details = "".join(f"\n  {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        if more > 0:
            details += f"\n  ... and {more} more"
        super().__init__(message + details)


def display_path(path: Path | str) -> str:
    """A path as a person would type it: relative to the working directory if it is inside it.

    >>> display_path("articles/mosul.txt")
    'articles/mosul.txt'
    """
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)
