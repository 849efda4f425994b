"""The narrator: who “I” is when a passage speaks in the first person.

Interviews printed as questions and answers, profiles that hand over to their subject, and
columns speak as “I”: “I said to Bob Yang one day, “I would love to work for NASA!””. The
words in marks are the narrator's, and “I” is no name a student can look up. The kit names the
narrator only where the article shows who it is:

- a label opens the answer: “Dorcas Kaweesa: When I introduce myself …”;
- the headline says whose statement it is ("Statement from President Joe Biden on …");
- the byline names one person and the article prints no questions: a post or column its writer tells as "I";
- the passage answers a question the article prints (a paragraph that is one question), and the
  paragraphs before the first question are about one person, named in full there: the person
  the interview is with.

Otherwise the speaker stays unclear, with the reason. The method follows how news style books
and interview transcripts mark speakers (the label before an answer, the subject introduced
before the questions); it is not a trained model.
"""
from __future__ import annotations

import re

from ..corpus.tables import Article
from ._text import is_org
from .names import people_in_text, person
from .statements import headline_author

#: a speaker label at the start of an answer: "Dorcas Kaweesa:" (two to four capitalised words)
_LABEL = re.compile(r"\s*(?P<who>[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3})\s*:\s+(?=\S)")
#: a printed question: one sentence ending in "?", with no quotation marks
_QUESTION = re.compile(r"[^“”\"\n]{8,300}\?\s*")


def narrator(article: Article, pos: int) -> tuple[str | None, str]:
    """Who “I” is at offset ``pos`` of ``article``: ``(name, reason)``, or ``(None, reason)``.

    Returns the fullest form of the name the article uses, and a reason a student can check.

    >>> import pathlib, tempfile
    >>> from medialit.corpus.loader import load_article
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "case.txt"
    >>> _ = path.write_text("Ana Ruiz runs the lab. Ruiz joined in 1990.\\n\\nWhy science?\\n\\n"
    ...                     "I said to my mother, “I want to fly.”", encoding="utf-8")
    >>> art = load_article(path)
    >>> narrator(art, art.text.index("I said"))
    ('Ana Ruiz', 'the interview is with Ana Ruiz, introduced before the questions')
    >>> narrator(art, 0)[0] is None
    True
    """
    paras = article.paragraphs
    k = next((i for i, p in enumerate(paras) if p.start <= pos < p.end), None)
    if k is None:
        return None, "speaker unclear: “I” speaks, and the article does not say who"
    label = _LABEL.match(paras[k].text)
    if label and label.end() <= pos - paras[k].start and _person(article, paras[k].start + label.start("who"),
                                                                  label.group("who")):
        name = label.group("who")
        return name, f"the answer opens with the label “{name}:”"
    questions = [i for i, p in enumerate(paras) if _QUESTION.fullmatch(p.text)]
    if questions and questions[0] < k and k not in questions:
        intro_end = paras[questions[0]].start
        intro = article.text[:intro_end]
        full = {person(n) for s, e, n in people_in_text(article.text) if e <= intro_end and len(person(n).split()) >= 2}
        # how often the intro names each: whole name, first name or surname ("Gwendolyn joined …")
        counts = {n: len(re.findall(r"\b(?:%s)\b" % "|".join(map(re.escape, n.split())), intro)) for n in full}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            name = ranked[0][0]
            return name, f"the interview is with {name}, introduced before the questions"
    if (author := headline_author(article)):  # "Statement from President Joe Biden on …": the statement's author speaks
        return author, f"the statement is {author}'s, as its headline says"
    if (writer := _byline_writer(article)) and not questions:
        # a post or column told in the first person by the one person its byline names: "I said, “Oh.”"
        return writer, "the article is told in the first person by the writer its byline names"
    return None, "speaker unclear: “I” speaks, and the article does not say who"


#: a byline that is one person's name: two to four capitalised words ("Katherine Spivey", "R. 'Fitz' Fitzhenry")
_ONE_WRITER = re.compile(r"(?:By\s+)?(?P<who>[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|[‘'“\"][A-Z][\w]*[’'”\"])){1,3})")


def _byline_writer(article: Article) -> str | None:
    """The one person the byline names ("Katherine Spivey"), or None: no byline, "unknown", several writers, a staff,
    an office or an organisation."""
    byline = str(article.meta.get("byline") or "").strip()
    m = _ONE_WRITER.fullmatch(byline)
    if not m or is_org(m.group("who")) or re.search(r"\b(?:Staff|Office|Team|Desk|Service|Press|News|Unknown|Editors?)\b", byline):
        return None
    return m.group("who")


def _person(article: Article, start: int, who: str) -> bool:
    """Whether the label ``who`` at ``start`` is read as a person's name."""
    return any(s <= start < e or s == start for s, e, _ in people_in_text(article.text)) and len(who.split()) >= 2
