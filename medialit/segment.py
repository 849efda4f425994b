"""Sentence segmentation, with character offsets.

The kit uses `syntok <https://github.com/fnl/syntok>`_, a rule-based segmenter
for English. It was measured against pysbd, blingfire and sentencex on the five
seed articles and on a table of hard cases (``bench/segmenters.py``, results in
BENCHMARKS.md): it is the only one that got every case right ("Dr.", "Ms. Lee",
"St. Louis", "U.S.", quotes that close with ”, em-dashes, ellipses, and a quote
that holds two sentences).
"""

from __future__ import annotations

import syntok.segmenter as _syntok


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` (one paragraph) into sentences; return ``(start, end)`` offsets.

    ``text[start:end]`` is each sentence exactly as written, closing quotes included.

    >>> t = "Dr. Rezaei spoke. “We tried. It worked,” he said."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Dr. Rezaei spoke.', '“We tried.', 'It worked,” he said.']
    """
    spans: list[tuple[int, int]] = []
    for paragraph in _syntok.analyze(text):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            if spans and start < spans[-1][1]:  # never overlap the previous sentence
                start = spans[-1][1]
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
    if not spans and text.strip():
        stripped = text.strip()
        start = text.index(stripped)
        spans.append((start, start + len(stripped)))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into a list of sentences.

    >>> split_sentences("In the city of Qom, a story unfolds. It is not over.")
    ['In the city of Qom, a story unfolds.', 'It is not over.']
    """
    return [text[s:e] for s, e in sentence_spans(text)]
