"""Draft exercises for a new article: the course's standard questions, for the teacher to review.

``python -m medialit draft ARTICLE_ID`` (or :func:`draft_exercises`) writes, into
``drafts/ARTICLE_ID/exercises/`` and ``drafts/ARTICLE_ID/solutions/``, an exercise
and its key for each standard question the analysis helpers can answer:

1. **who is quoted**: a ``pick`` of the sentences holding quoted words
   (:func:`~medialit.analysis.quotes.find_quotes`);
2. **how many named voices**: a ``number`` (distinct named speakers of those quotes);
3. **which phrases are vague sources**: a ``multi_choice`` mixing the article's vague
   attribution cues with distractors from the article itself (named or institutional
   attributions, else plain sentence openings)
   (:func:`~medialit.analysis.attribution.find_attributions`);
4. **the parts of the article**: a ``label`` of each paragraph (opening, source
   speaks, background, turn, ending), a first guess from position, quotes and seams
   (:func:`~medialit.analysis.seams.find_seams`);
5. **what is missing**: a ``short_text`` with a rubric, from the metadata the article
   lacks (byline, date, publisher, headline) and its vague sources.

Every key quotes the article verbatim in ``why`` and says in ``notes`` what the
teacher must check by hand. Every draft is validated after writing. A draft goes
live only when the teacher moves both files into ``exercises/`` and ``solutions/``
(and, if wanted, renames them to a lesson's number).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus.tables import UNKNOWN, Article
from ..course import course_root
from ..problems import KitError

#: The lesson number draft exercise ids start with (no lesson uses it, so drafts never clash).
DRAFT_LESSON = "99"
#: Longest ``label`` exercise drafted: later paragraphs are left out (and the note says so).
MAX_LABEL_PARAGRAPHS = 12

PART_LABELS = {
    "opening": "opens the article: what happened, where, who (the lede)",
    "source": "a source speaks: someone is quoted",
    "background": "gives background, detail or context",
    "turn": "turns to a subject the rest of the article is not about",
    "ending": "closes the article: sums up, or says what happens next",
}


@dataclass
class Drafts:
    """What :func:`draft_exercises` wrote: the files, what it skipped and why, and the validation result."""

    article_id: str
    folder: Path
    files: list = field(default_factory=list)      # (exercise path, key path)
    skipped: list = field(default_factory=list)    # sentences: a question not drafted, and why
    problems: list = field(default_factory=list)   # what validate says about the drafts ([] when clean)

    def report(self) -> str:
        """What was written, each exercise with its key, as paths from the current folder (or whole) so that a
        teacher can open them as printed: ``drafts/mosul/exercises/99-1-….yaml  (key: drafts/mosul/solutions/…)``."""
        lines = [f"Drafts for {self.article_id} in {_shown(self.folder)}:"]
        lines += [f"  {_shown(e)}  (key: {_shown(k)})" for e, k in self.files]
        lines += [f"  not drafted: {s}" for s in self.skipped]
        if self.problems:
            lines.append("  validate found problems in the drafts:")
            lines += [f"    {p}" for p in self.problems]
        else:
            lines.append("  validate: every draft passes.")
        lines.append("Review each file (the key's notes say what to check), then move the exercise into the kit's "
                     "exercises/ and its key into solutions/ to make it live.")
        return "\n".join(lines)


def _shown(path: Path) -> str:
    """``path`` from the current folder when it is inside it, else whole."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _clip(text: str, words: int = 12) -> str:
    """The first ``words`` words of ``text``, exactly as written (so it stays a verbatim quote)."""
    match = re.match(r"\s*(?:\S+\s+){0,%d}\S+" % (words - 1), text)
    return (match.group() if match else text).strip()


_FUNCTION_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "its",
                   "their", "this", "that", "as", "is", "are", "was", "were"}


def _opening(text: str, least: int = 4, most: int = 12) -> str:
    """A sentence's opening phrase, up to a clause boundary (``,`` ``;`` ``:`` or a dash), never cut mid-phrase.

    Verbatim (a prefix of the sentence) when the first clause has at most ``most`` words;
    otherwise cut after a content word and marked with "…".

    >>> _opening("In the heart of Iraq, the ancient city of Mosul is known.")
    'In the heart of Iraq'
    >>> _opening("ISFAHAN, Iran – In the ancient city of Isfahan, a new chapter is being written.")
    'ISFAHAN, Iran – In the ancient city of Isfahan'
    """
    text = " ".join(text.split())
    for m in re.finditer(r"[,;:](?=\s)|\s[–—-]\s|[.!?]$", text):
        head = text[:m.start()].strip()
        if len(head.split()) >= least:
            break
    else:
        head = text
    words = head.split()
    if len(words) <= most:
        return head
    words = words[:most]
    while len(words) > least and words[-1].lower().strip(",;:") in _FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;:") + " …"


def _dump(data: dict, header: str) -> str:
    import yaml

    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _who_is_quoted(article: Article, quotes):
    sentences = []
    for q in quotes.itertuples():
        for s in article.sentences:
            if s.start < q.end and q.start < s.end and s.id not in sentences:
                sentences.append(s.id)
    if not sentences:
        return None, "who is quoted (pick): the quote finder found no quoted words in the article"
    by_id = {s.id: s for s in article.sentences}
    exercise = {
        "type": "pick", "title": "Who speaks in this article?",
        "prompt": f"Pick **every sentence** of *{article.label}* that quotes someone's words "
                  "(words in quotation marks that someone said or wrote).",
        "article": article.id, "pick": "sentences", "points": 2,
        "hints": ["Look for quotation marks, then check that they hold someone's words, not a name or a title."],
    }
    key = {"answer": sentences, "why": {sid: _clip(by_id[sid].text) for sid in sentences},
           "notes": "Drafted from find_quotes. Check by hand: that each picked sentence really quotes a person "
                    "(not a program name or a slogan in quotation marks), and that no quote was missed "
                    "(quotes without quotation marks are not found)."}
    return (exercise, key), None


def _joined_people(speaker: str) -> list[str]:
    """The people a credit names, one by one: "Ana Ruiz, Tom Lee and Mia Berg" -> three names; a part that names nobody
    ("31 of his colleagues") is left out, since the article gives no name to count.

    >>> _joined_people("Ana Ruiz, Tom Lee and Mia Berg"), _joined_people("Ana Ruiz and 31 of her colleagues")
    (['Ana Ruiz', 'Tom Lee', 'Mia Berg'], ['Ana Ruiz'])
    """
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", speaker)]
    return [p for p in parts if re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*", p)] or [speaker]


def _named_voices(article: Article, quotes, attributions):
    import pandas as pd

    from ..analysis._text import is_org
    from ..analysis.speakers import is_role, is_unnamed_person

    named = quotes[quotes.speaker.notna()] if len(quotes) else quotes
    # (a person the attribution finder names, or a speaker the quote finder carried over from an earlier paragraph
    # that introduced them, "Secretary Kollberg appeared on …" then excerpts: never "the official" or "a town
    # official", nor an organisation)
    people = {a.source for a in attributions.itertuples() if a.kind == "named"}
    speakers: dict[str, str] = {}
    for q in named.itertuples():
        carried = pd.isna(q.speaker_start)
        if q.speaker not in people and not (carried and q.speaker[:1].isupper() and not is_org(q.speaker)
                                            and not is_role(q.speaker) and not is_unnamed_person(q.speaker)):
            continue
        at = q.start if carried else q.speaker_start  # (carried over: the quote's own sentence)
        sentence = next((s for s in article.sentences if s.start <= at < s.end), None)
        # (a joint credit is each of its people: "Senators Alan Brooks and Priya Natarajan wrote" is two voices)
        for person in _joined_people(q.speaker):
            speakers.setdefault(person, _clip(sentence.text, 20) if sentence else str(q.speaker_as_written))
    exercise = {
        "type": "number", "title": "How many named voices?",
        "prompt": f"How many **different named people** are quoted in *{article.label}* "
                  "(in quotation marks, with their name)? Count each person once.",
        "article": article.id, "unit": "people", "points": 1,
        "hints": ["Find each quotation mark, then ask: whose words are these, and does the article name them?"],
    }
    key = {"answer": len(speakers), "tolerance": 0,
           "notes": ("Drafted from find_quotes: " + (", ".join(speakers) if speakers else "no named speaker")
                     + ". Check by hand: that each is a person (not an organisation), that one person named "
                       "two ways is counted once, that each person of a joint credit (“A and B wrote”) is counted, and that no "
                       "quote without a name was counted.")}
    if speakers:
        key["why"] = list(speakers.values())
    else:  # nobody named speaks: quote where the claims come from instead
        cues = list(dict.fromkeys(a.cue for a in attributions.itertuples()))[:2]
        key["why"] = cues or [_clip(article.paragraphs[0].text, 10)]
        key["notes"] += (" The why quotes show where the article's claims come from instead"
                         + (" (its attributions)." if cues else " (its opening; it attributes nothing)."))
    return (exercise, key), None


def _vague_sources(article: Article, attributions):
    vague = [a for a in attributions.itertuples() if a.kind == "vague"]
    if not vague:
        return None, "vague sources (multi_choice): the attribution finder found no vague attribution"
    real = list(dict.fromkeys(a.cue for a in vague))[:4]
    distractors = list(dict.fromkeys(a.cue for a in attributions.itertuples()
                                     if a.kind in ("named", "institution") and a.cue not in real))[:2]
    openings = {}  # opening phrase -> where its sentence starts
    if len(distractors) < 2:  # plain sentence openings from sentences that attribute nothing
        used = set(attributions.sentence_id)
        for s in article.sentences:
            opening = _opening(s.text)
            if s.id not in used and len(opening.split()) >= 4 and opening not in real + distractors:
                distractors.append(opening)
                openings[opening] = s.start
            if len(distractors) >= 2:
                break
    positions = {cue: article.text.find(cue) for cue in real + distractors}
    positions.update(openings)
    ordered = sorted(real + distractors, key=lambda c: positions[c])
    letters = "abcdefghij"
    choices = {letters[i]: cue for i, cue in enumerate(ordered)}
    answer = [k for k, v in choices.items() if v in real]
    exercise = {
        "type": "multi_choice", "title": "Who says so?",
        "prompt": f"In *{article.label}*, tick **every** phrase that attributes a claim to an unnamed or vague "
                  "source: someone you could not write to or look up.",
        "article": article.id, "choices": choices, "points": 2,
        "hints": ["For each phrase ask: who, exactly? Could you find them and ask them?"],
    }
    key = {"answer": answer, "why": {k: choices[k] for k in answer},
           "notes": "Drafted from find_attributions (vague cues) with distractors taken from the same article. "
                    "Check by hand: that each ticked phrase really hides its source in context, and that no "
                    "distractor is itself vague; reword the choices if a phrase reads oddly out of context."}
    return (exercise, key), None


def _parts(article: Article, quotes, seams):
    paragraphs = article.paragraphs[:MAX_LABEL_PARAGRAPHS]
    if len(paragraphs) < 3:
        return None, "parts of the article (label): the article has fewer than three paragraphs"
    quoted = {int(q.paragraph) for q in quotes.itertuples()}
    turned = {int(d.paragraph) for d in seams.itertuples() if bool(d.flagged)}
    answer, why = {}, {}
    for p in paragraphs:
        if p.n == 1:
            label = "opening"
        elif p.n in turned:
            label = "turn"
        elif p.n in quoted:
            label = "source"
        elif p.n == len(article.paragraphs):
            label = "ending"
        else:
            label = "background"
        answer[p.id] = label
        why[p.id] = _clip(p.text, 8)
    labels = {k: v for k, v in PART_LABELS.items() if k in set(answer.values()) or k in ("opening", "background")}
    exercise = {
        "type": "label", "title": "The parts of the article",
        "prompt": f"Label each paragraph of *{article.label}* with the part it plays in the article.",
        "article": article.id, "labels": labels, "points": 2,
        "hints": ["Find the opening and the ending first; then look for where someone speaks."],
    }
    if len(article.paragraphs) > MAX_LABEL_PARAGRAPHS:
        exercise["paragraphs"] = [p.id for p in paragraphs]
    note = ("Drafted as a first guess: paragraph 1 is the opening, paragraphs the seam score flags are a turn, "
            "paragraphs with quotes are a source speaking, the last one is the ending, the rest background. "
            "Check every label by reading the paragraph; where two labels are fair, give both as a list.")
    if len(article.paragraphs) > MAX_LABEL_PARAGRAPHS:
        note += f" Only the first {MAX_LABEL_PARAGRAPHS} of {len(article.paragraphs)} paragraphs are included."
    return (exercise, {"answer": answer, "why": why, "notes": note}), None


def _missing(article: Article, attributions):
    meta = article.meta
    gaps = [f for f in ("byline", "date", "publisher", "headline")
            if str(meta.get(f, UNKNOWN)).lower().startswith(UNKNOWN)]
    vague = [a.cue for a in attributions.itertuples() if a.kind == "vague"][:2]
    words = {"byline": ["author", "byline", "wrote", "writer", "journalist", "reporter"],
             "date": ["date", "when", "published", "year", "day"],
             "publisher": ["publisher", "site", "newspaper", "outlet", "published by"],
             "headline": ["headline", "title"]}
    keywords = [{"words": words[g], "hint": f"Does the article give its {g}?"} for g in gaps[:2]]
    keywords.append({"words": ["search", "look up", "outside", "other source", "lateral", "check"],
                     "hint": "How would you check a claim outside the article (lateral reading)?"})
    said = (f"The article does not give its {', '.join(gaps)}. " if gaps
            else "The article gives its byline, date, publisher and headline. ")
    said += ("Several claims rest on vague sources (" + "; ".join(f"“{v}”" for v in vague) + "). " if vague else "")
    said += ("To check a claim I would read laterally: search for the people, organisations or events it names "
             "in other sources, and say \"no independent trace found\" if I find none, rather than calling it fake.")
    exercise = {
        "type": "short_text", "title": "What would you need to know?",
        "prompt": f"Read *{article.label}*. In two or three sentences: name what a reader would need to judge "
                  "this article that it does not give, and say how you could check one claim outside the article.",
        "article": article.id, "min_words": 25, "points": 2,
        "hints": ["Look at the top and bottom of the article: who wrote it, when, where was it published?"],
        "keywords": keywords,
    }
    rubric = ["Names what the article does not give (" + (", ".join(gaps) if gaps else
                                                          "e.g. documents, named sources, links") + ").",
              "Proposes a concrete check outside the article (lateral reading).",
              "Uses calibrated wording (\"no independent trace found\", \"cannot be verified\"), not \"fake\"."]
    key = {"answer": said, "rubric": rubric,
           "notes": "Drafted from the article's metadata (fields recorded as unknown) and its vague attributions. "
                    "Check by hand: that each 'missing' field is really absent from the page the article came "
                    "from (not only from the kit's copy), and add the checks that suit this article."}
    why = vague or [_clip(article.paragraphs[0].text, 10)]
    key["why"] = why
    return (exercise, key), None


def draft_exercises(article_id: str, root: str | Path | None = None, out: str | Path | None = None, *,
                    force: bool = False) -> Drafts:
    """Write draft exercises and keys for one article; return what was written and the validation result.

    ``root`` is the kit folder (default: this kit); ``out`` the drafts folder
    (default ``ROOT/drafts/ARTICLE_ID``). Raises :class:`~medialit.problems.KitError`
    for an unknown id (with "did you mean") or when drafts exist already and
    ``force`` is not given (a teacher's edits are never overwritten).

    >>> import tempfile
    >>> d = draft_exercises("basra-forum", out=tempfile.mkdtemp() + "/d")
    >>> [e.name for e, k in d.files][:2], d.problems
    (['99-1-basra-forum-who-is-quoted.yaml', '99-2-basra-forum-named-voices.yaml'], [])
    """
    from ..analysis.attribution import find_attributions
    from ..analysis.quotes import find_quotes
    from ..analysis.seams import find_seams
    from ..corpus.loader import load_corpus
    from ..exercises.workbook import Workbook

    root = Path(root) if root is not None else course_root()
    corpus = load_corpus(root / "articles", warn=False)
    article = corpus.article(article_id)  # unknown ids: KeyError_ with "Did you mean"
    folder = Path(out) if out is not None else root / "drafts" / article.id
    if folder.exists() and any(folder.rglob("*.yaml")) and not force:
        raise KitError(f"{folder} already holds drafts (perhaps edited); move or delete them first, or pass "
                       "--force to write over them")
    quotes = find_quotes(article)
    attributions = find_attributions(article)
    seams = find_seams(article)
    made = [("who-is-quoted", _who_is_quoted(article, quotes)), ("named-voices", _named_voices(article, quotes, attributions)),
            ("vague-sources", _vague_sources(article, attributions)), ("parts", _parts(article, quotes, seams)),
            ("what-is-missing", _missing(article, attributions))]
    drafts = Drafts(article.id, folder)
    today = _dt.datetime.now(_dt.timezone.utc).date().isoformat()
    for old in [*folder.glob("exercises/*.yaml"), *folder.glob("solutions/*.yaml")]:  # only with force
        old.unlink()
    (folder / "exercises").mkdir(parents=True, exist_ok=True)
    (folder / "solutions").mkdir(parents=True, exist_ok=True)
    for n, (name, (pair, skipped)) in enumerate(made, start=1):  # fixed numbers: 99-2 is always the count
        if pair is None:
            drafts.skipped.append(skipped)
            continue
        eid = f"{DRAFT_LESSON}-{n}-{article.id}-{name}"
        header = (f"# DRAFT written by 'python -m medialit draft {article.id}' on {today}: review it, then move it "
                  "into exercises/ (and its key into solutions/) to make it live.\n")
        ex_path, key_path = folder / "exercises" / f"{eid}.yaml", folder / "solutions" / f"{eid}.yaml"
        ex_path.write_text(_dump(pair[0], header), encoding="utf-8")
        key_path.write_text(_dump(pair[1], header.replace("# DRAFT", "# DRAFT KEY")), encoding="utf-8")
        drafts.files.append((ex_path, key_path))
    drafts.problems = Workbook(folder, articles=root / "articles").problems()
    return drafts
