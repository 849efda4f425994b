"""Quotes: the words an article puts in someone's mouth, and who it says spoke them.

A direct quote is text between quotation marks (curly “…” or straight "…") that
reports what someone said or wrote. For each quote the kit finds

- the **speaker** (``Dr. Haneen Al-Maliki``; a later "Dr. Al-Maliki" or "he" is
  resolved to the fullest form of the name used earlier in the article),
- the speaker's **description as written** (``a professor of Middle Eastern studies
  at the University of Isfahan``): this is what a reader would check, and
- the **attribution verb** (``explains``, ``stated``, ``puts it``).

A quote split around its attribution (“…,” said X. “…”) counts once. Quotation marks
around a name or title (the “Bridges of Heritage” program, a conference titled
“Historical and Cultural Ties between Iraq and Palestine”) are not quotes: nobody
is being quoted. Pass ``titles=True`` to see them too, with the reason they were set aside.

>>> q = find_quotes("isfahan")
>>> q.loc[0, ["speaker", "verb", "description"]].tolist()
['Dr. Hamid Rezaei', 'explains', 'a professor of Middle Eastern studies at the University of Isfahan']
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .marks import _CLOSING, _inner, ends_sentence, quote_spans
from ._text import (NAME, WORD_RE, as_article, is_org, memo, sentence_at, surname, typed)
from .names import _NICKNAME_IN_NAME, _capitalised_before, _people_in, names_by_surname, person
from .narrator import narrator
from .speakers import DEMONYM_ROLE, GROUP_SUBJECT, PRONOUNS, appositive, is_role, is_unnamed_person, resolve_name, resolve_pronoun
from .introductions import introduced as _introduced
from .partial_credit import _partial
from .quote_runs import group_goes_on, quote_runs, reported_only, someone_new
from .labels import DASH_BODY, dash_credit, label_after_intro, org_credit, label_goes_on, person_topic_label, topic_label, _CREDITED, _LABEL_TAIL, _UNNAMED_LABEL, _label, _label_text
from .statements import _AFTER_READS, _AFTER_READS_OWNER, _AFTER_STATEMENT_READ, _LETTER_READS, _SAYING, _surname_label, colon_speaker_of, credit_below, glued_label, titled_label, headline_author, doc_read, letter_intro, next_speaker, statement_author
from .issuers import IT_SAYS_DOC, statement_issuer
_resolve = resolve_name  # (the name attribution and older callers import)
from .context import document_owner, previous_speaker, _only_quotes, _same_speaker, first_person_subject, gendered, of_age, pulled, org_antecedent
from .signatures import _signature, signed
from .job_reference import joint_subject, name_beside, role_antecedent, unnamed_antecedent
from .sentence_credit import sentence_source
from .speech import (_NAME_CARD, _ACCORDING, _ACCORDING_ISSUER, _ACCORDING_OWN, _AFTER_ACC, _SPEAKER, _AFTER_HOW, _AFTER_ROLE_SV, _AFTER_ROLE_VS, _AFTER_SV,
                     _AFTER_SV_DESC, _AFTER_VS, _AFTER_CITED_AS, _BEFORE, _CALLED, _COLON_INTRO, _TRAILING_SAID, _ok,
                     _QUOTED_AS, _QUOTES_AS, _STATEMENT_READ, _WHO_SAID, own_statement,
                     _AFTER_ALIAS, _AFTER_JOB_NAME, _AFTER_TWO_JOBS, _CLAIM_OF, _PLEDGE_OF, _IT_READ, _WORDS_OF, _AFTER_JOB_OF, _AFTER_RELATIVE, _UNNAMED_COLON,
                     _subject, _TRAILING, _VERB, _BEFORE_VS, _PERSON_OF, _AFTER_PERSON_OF)
from .speaker_match import (description_after, _ACCORDING_OWNED_DOC, _AFTER_BY, org_label, _BY_AS, _PASSIVE_NAMING, _apposed, _clean_speaker, joint_speaker, _person_of,
                            _relative, speaker_around, turned_round, labelled, _AGAIN, _ADDING, _OTHER_SAYS, own_colon, _AGE_ROLE, _OWN_CREDIT, _STATEMENT_OF, _WITH_SAYING)
from .titles import CLAIMED_THAT, DEFINED_AFTER, ENTITLED, IMAGINED, JUDGED, TERM_BEFORE, TITLE_IN_DESC, is_group_name, is_named_work, is_title
from ..corpus.tables import Article


#: Columns of :func:`find_quotes` (name -> dtype).
COLUMNS = {
    "article_id": "string", "quote_id": "string", "paragraph": "int64", "sentence_id": "string", "start": "int64", "end": "int64",
    "text": "string", "parts": "int64", "speaker": "string", "speaker_as_written": "string",
    "speaker_start": "Int64", "speaker_end": "Int64", "description": "string", "verb": "string",
    "kind": "string", "reason": "string",
}


_OF_BEFORE = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,6}$")
_SPOKEN = re.compile(rf"(?:{_VERB}|called|call|calls|described|denounced|critici[sz]ed|branded|dubbed|termed|label+ed)")
# (a title in marks that is the subject of what follows: "Mantel said “The Mirror and the Light” was her best")
_CLAUSE_GOES_ON = re.compile(r"\s+(?:is|was|are|were|has|had|will|would|remains|became|won|sold|topped)\b")
_ARTICLE_END = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+$")



@memo
def find_quotes(article: "str | Path | Article", *, titles: bool = False) -> pd.DataFrame:
    """Every direct quote in an article, with speaker, description and attribution verb.

    ``article`` is an id (``"mosul"``), an :class:`~medialit.corpus.tables.Article` or a path.
    One row per quote (a quote split around its attribution is one row); columns:

    ``article_id`` (string); ``quote_id`` (string, e.g. ``mosul:q1``); ``paragraph`` (int64); ``sentence_id`` (string, e.g. ``mosul:p4:s2``: where it opens);
    ``start``, ``end`` (int64): offsets into the article text from the first opening mark to the
    last closing mark; ``text`` (string): the quoted words (parts of a split quote joined by a space);
    ``parts`` (int64): 2 when the quote is split around its attribution;
    ``speaker`` (string): the fullest form of the name used in the article; when the article names
    no person, the organisation or role as written ("the airline", "a spokesperson for the ministry",
    "his mother": :func:`~medialit.analysis.attribution.find_attributions` calls these vague or
    institution sources); <NA> when the speaker is unclear or not given (``reason`` says which);
    ``speaker_as_written`` (string): the words at this quote ("Dr. Al-Maliki", "he");
    ``speaker_start``, ``speaker_end`` (Int64): where those words are;
    ``description`` (string): how the article describes the speaker here, as written;
    ``verb`` (string): the attribution verb; ``kind`` (string): ``quote`` (or, with
    ``titles=True``, ``title`` / ``short`` for quotation marks that quote nobody);
    ``reason`` (string): why, in plain words.

    >>> q = find_quotes("basra-forum")
    >>> q[["paragraph", "speaker", "verb"]].values.tolist()
    [[3, 'Dr. Haneen Al-Maliki', 'explains'], [9, 'Dr. Haneen Al-Maliki', 'puts it']]
    >>> q.loc[0, "description"]
    'director of the Basra Peace Forum'
    >>> find_quotes("basra-gaza", titles=True)[["text", "kind"]].values.tolist()
    [['Bridges of Heritage', 'title']]
    """
    art = as_article(article)
    text = art.text
    spans_all = quote_spans(art)
    inner_all = [_inner(text, sp) for sp in spans_all]
    nicknames = {sp for sp in spans_all if _NICKNAME_IN_NAME.match(text, sp[0]) and _capitalised_before(text, sp[0])}
    rows: list[dict] = []
    carried = None  # the speaker of a quote left open at the end of the previous paragraph
    said_before = None  # the one person the previous paragraph quotes
    colon_speaker = None  # "From the council chair, Mira Patel:" at the end of the previous paragraph
    stated = None  # the author of the last statement the article introduced ("a statement from X")
    headed = headline_author(art)  # "Statement from NASA's Janet Petro on ...": the headline says whose
    for para in art.paragraphs:
        if re.fullmatch(r"\s*[“\"]?(?:Dear\s+[^,.;:“”\"]{1,60}|Sincerely|Respectfully|To\s+whom\s+it\s+may\s+concern)[,:]\s*", para.text):
            continue  # (a letter's salutation or closing, in marks: whoever the letter was introduced as goes on past it)
        spans = [sp for sp in spans_all if para.start <= sp[0] < para.end]
        infos = []
        for span in spans:
            s, e = _inner(text, span)
            inner = text[s:e]
            # (a title in marks inside a description after the quote is plain words: "…,” Irene Sun, the author of “The Next …,”)
            after = credit_below(art, para, span[1])  # (never the next quote itself: “Will you step down?” “No,” Gov. Brennick said)
            after = TITLE_IN_DESC.sub(lambda m: "T" * len(m.group()) if after[:m.start()].strip() else m.group(), after)
            sent = sentence_at(art, span[0])
            before_start = max(para.start, sent.start if sent else para.start)
            # the text before the quote within its sentence, but never past an earlier quote's close
            before = text[before_start:span[0]]
            # (a group's name in marks is part of the speaker's words: "Ana Ruiz of “Have no fear”, a charity, told Reuters “…”")
            # (and so is a title or nickname beside the speaker: "Dunn, nicknamed “Bulldozer,” said he would “…”")
            cut = max([min(e, span[0]) for s, e in spans if s < span[0] and e <= span[0] + 1 and not is_group_name(text[s + 1:e - 1], text[max(
                para.start, s - 80):s]) and not is_named_work(text[s + 1:e - 1], text[max(para.start, s - 80):s],
                                                            text[e:e + 40])] + [before_start + label_after_intro(before)]) - before_start
            if cut > 0:
                before_start += cut
                before = before[cut:]
            m_after = _ok(_AFTER_JOB_NAME.match(after)) or _ok(_AFTER_TWO_JOBS.match(after)) or _relative(_AFTER_RELATIVE.match(after)) or _ok(_AFTER_VS.match(after)) or _ok(_AFTER_HOW.match(after)) \
                or _ok(_AFTER_ACC.match(after)) or _ok(_AFTER_READS.match(after)) or _ok(_AFTER_READS_OWNER.match(after)) or _ok(_AFTER_CITED_AS.match(after)) \
                or _ok(_AFTER_STATEMENT_READ.match(after)) or _ok(turned_round(after, _AFTER_VS)) or _ok(dash_credit(after)) or _ok(org_credit(after))
            if m_after is None:
                m_after = _person_of(_AFTER_PERSON_OF.match(after)) or _ok(_AFTER_SV.match(after)) or _ok(_AFTER_SV_DESC.match(after)) \
                    or _ok(_AFTER_ALIAS.match(after)) or _ok(_AFTER_ROLE_VS.match(after)) or _ok(_AFTER_ROLE_SV.match(after)) \
                    or _person_of(_AFTER_JOB_OF.match(after))
                asked = text[span[0]:span[1]].rstrip("”\"’' ").endswith(("?", "!")) and re.match(r"\s*[A-Z]", after)
                if m_after and (ends_sentence(text, span, after) and re.match(r"\s*[\w:,“\"‘']", after[m_after.end():])
                                or asked and re.match(r"\s*[,:]\s*[“\"]", after[m_after.end():])):
                    # “… dignity.” He stated that the burqa …: a new sentence about it; “… today.” He added: “…”: the words introduce the next quote
                    m_after = None
            if m_after is None and _PASSIVE_NAMING.search(before):
                # Amman, who was described as “knife-obsessed” by the police: who said it comes after "by"
                m_after = _ok(_AFTER_BY.match(after))
            if m_after is None and sent is not None and sent.end > span[1]:
                rest = text[span[1]:min(sent.end, para.end)]
                if not re.search(r"[“”\"]", rest):
                    m_after = _ok(_TRAILING.search(rest)) or _ok(_TRAILING_SAID.search(rest))
            m_before = _ok(_WITH_SAYING.search(before)) or _ACCORDING_ISSUER.search(before) or _ok(_ACCORDING_OWN.search(before)) or _ok(_ACCORDING.search(before)) or _ok(_STATEMENT_READ.search(before)) or _ok(own_statement(before)) \
                or _ok(_WHO_SAID.search(before)) or _ok(_WORDS_OF.search(before)) or _ok(_CLAIM_OF.search(before)) or _ok(_PLEDGE_OF.search(before)) \
                or _apposed(_ok(_BEFORE_VS.search(before)), before) or _person_of(_PERSON_OF.search(before)) \
                or _subject(_ok(_BEFORE.search(before))) \
                or _ok(_QUOTED_AS.search(before)) or _ok(_QUOTES_AS.search(before)) or _ok(_BY_AS.search(before)) \
                or _ok(_SAYING.search(before)) or own_colon(_ok(_COLON_INTRO.search(before))) or _ok(_UNNAMED_COLON.match(before) or _UNNAMED_LABEL.match(before)) or _label(before) or labelled(before) \
                or _ok(doc_read(before)) or _ok(_LETTER_READS.search(before)) or _surname_label(art, before) or _ACCORDING_OWNED_DOC.search(before) or (None if topic_label(before) else org_label(before)) \
                or glued_label(before.lstrip() if cut > 0 else before, after) or titled_label(before) or person_topic_label(before)
            if m_before is None and re.match(r"\s*It\s+(?:read|reads|said|says|stated|states|notes|noted)\b", before) and sent \
                    and (k := art.sentences.index(sent)) and art.sentences[k - 1].start >= para.start \
                    and (_IT_READ.search(text, art.sentences[k - 1].start, span[0]) or IT_SAYS_DOC.search(text, art.sentences[k - 1].start, span[0])):
                # "The federation released a statement on the arrest. It read, “…”": the issuer ("According to the CRS report, …. It says": the report)
                before_start, before = art.sentences[k - 1].start, text[art.sentences[k - 1].start:span[0]]
                m_before = _ok(_IT_READ.search(before) or IT_SAYS_DOC.search(before))
            if m_before is None and not is_title(inner, before):
                m_before = _subject(_ok(_CALLED.search(before))) or _subject(_ok(_partial(before)))
            if span in nicknames:
                m_after = m_before = None  # Charles “Chuck” McClain: a nickname inside a name, never a quote
            elif getattr(m_after, "re", None) is _TRAILING_SAID and len(inner.split()) < 2 and not m_before:
                m_after = None  # (a term in marks, "two “hands” to grasp …, according to X": X speaks only for a phrase)
            title = is_title(inner, before) and (not m_after and not m_before or _CLAUSE_GOES_ON.match(text, span[1]))\
                or is_group_name(inner, before) or is_named_work(inner, text[max(para.start, span[0] - 60):span[0]], text[span[1]:para.end]) or bool(IMAGINED.search(before)) \
                or len(inner.split()) <= 3 and bool(DEFINED_AFTER.match(text, span[1])) or bool(ENTITLED.search(before))
            infos.append(dict(span=span, inner=(s, e), m_after=m_after, m_before=m_before, title=title,
                              before_start=before_start, after_start=span[1], before=before,
                              open=span[1] == para.end and text[span[1] - 1] not in _CLOSING))
        # group split quotes: a part with no attribution of its own joins the previous attributed part
        groups: list[list[dict]] = []
        last_real = None
        for info in infos:
            if info["title"]:
                groups.append([info])
                continue
            prev = last_real[-1] if last_real else None
            if (prev is not None and prev["m_after"] and info["m_before"] and not info["m_after"]
                    and info["before_start"] + info["m_before"].start() <= prev["after_start"] + prev["m_after"].end()
                    # (no comma after a fragment in the writer's sentence: "Calling it a “…” the bishop said “…”": two)
                    and not (WORD_RE.search(text[(sentence_at(art, prev["span"][0]) or para).start:prev["span"][0]])
                             and not re.search(r",\W*$", text[prev["span"][1] - 3:prev["span"][1]])
                             and not text[prev["span"][1]:prev["span"][1] + 2].lstrip().startswith(","))):
                # “…,” Daisey said, “so it’s …”: the words between the parts are one attribution, read once as the first part's and once as the second's
                info["m_before"] = None
            if (prev is not None and not info["m_before"] and not info["m_after"]
                    and (prev["m_after"] or last_real[0]["m_before"] or last_real[0].get("own_words"))):
                between = text[prev["span"][1]:info["span"][0]]
                attrib_len = prev["m_after"].end() if prev["m_after"] else 0
                rest = between[attrib_len:]
                for g in groups[groups.index(last_real) + 1:]:  # titles between parts are not "rest"
                    rest = rest.replace(text[g[0]["span"][0]:g[0]["span"][1]], " ")
                # only the attribution (and the speaker's description) lies between the parts
                titled = groups[-1] is not last_real  # a title in between: a new quote, same speaker
                # a whole sentence of the writer's own between the parts ("The council meets on Monday."): two quotes, not one split around its attribution
                gap_s, gap_e = prev["span"][1] + attrib_len, info["span"][0]
                narrated = any(gap_s < x.start and x.end <= gap_e and WORD_RE.search(x.text)
                               for x in art.sentences if x.start < gap_e)
                # a new sentence opens in the gap with the writer's words before the marks ("… said Ana Ruiz, who leads it. Compared to other designs, “we had …”"): a quote of its own
                opened = sentence_at(art, info["span"][0])
                narrated = narrated or bool(opened and gap_s < opened.start < info["span"][0]
                                            and WORD_RE.search(text[opened.start:info["span"][0]]))
                # (after "Mnangagwa's claim that “…”, saying …": the next words are the subject's, not the claimant's)
                narrated = narrated or getattr(last_real[0]["m_before"], "re", None) in (_CLAIM_OF, _PLEDGE_OF) and bool(WORD_RE.search(rest))
                # "warned the plan “lacked teeth” on air quality and called it “a disaster”": a second verb of
                # the same subject: two quotes, one speaker
                again = _AGAIN.search(rest) if not prev["m_after"] else _ADDING.match(rest) if not _OTHER_SAYS.search(rest) else None
                if again and not titled and not narrated and not (prev["m_after"] and re.fullmatch(r"(?:[A-Z][\w’'\-]*\s*){1,4}", text[slice(*info["inner"])])):
                    info["follows"], info["again"] = last_real, again.group("verb")
                    groups.append([info])
                    last_real = groups[-1]
                    continue
                # the writer's own words between two partial quotes ("said the US is committed to a “strong
                # foundation” and accused China of “encouraging dependency”"): two quotes of one speaker, not
                # one quote split around its attribution
                # (or only a comma: a list of short quotes, “thin”, “contradictory” and “frankly absurd”)
                own_words = not prev["m_after"] and (bool(WORD_RE.search(rest)) or "," in rest or ";" in rest)
                if own_words and not titled and not narrated and len(WORD_RE.findall(rest)) <= 25 and "”" not in rest:
                    info["follows"], info["again"], info["own_words"] = last_real, None, True
                    groups.append([info])
                    last_real = groups[-1]
                    continue
                # (never when the part has a credit of its own: "“Go left,” shouted the guide. “Left!” his client, an
                # American banker, shouted back")
                if len(WORD_RE.findall(rest)) <= 25 and "”" not in rest and not titled and not narrated \
                        and not _OWN_CREDIT.match(text, info["span"][1]):
                    last_real.append(info)
                    continue
                if titled and len(WORD_RE.findall(rest)) <= 25:
                    info["follows"] = last_real
            groups.append([info])
            last_real = groups[-1]
        para_open = None
        for group in groups:
            first, last = group[0], group[-1]
            real = [g for g in group if not g["title"]]
            inner_text = " ".join(text[slice(*g["inner"])].strip() for g in group)
            n_words = len(WORD_RE.findall(inner_text))
            attrib = None
            for g in group:
                if g["m_after"]:
                    attrib = (g["m_after"], g["after_start"])
                    break
            if attrib and first["m_before"] and (attrib[0].re is _AFTER_ACC or attrib[0].group("verb") in ("reported", "reports")
                                                 and is_org(attrib[0].group("speaker"))):  # ("…,” the Times reported")
                # Pelosi called it a “breach …,” according to NBC: the outlet reports what the subject said
                attrib = (first["m_before"], first["before_start"])
            if attrib is None and first["m_before"]:
                attrib = (first["m_before"], first["before_start"])
            speaker = written = desc = verb = None
            sp_s = sp_e = None
            subhead = False
            why = None
            starts_para = not text[para.start:first["span"][0]].strip(" \t\n•·▪◦*")  # (a bullet before it: "• “…”")
            if attrib:
                m, base = attrib
                written, sp_s, sp_e = _clean_speaker(m, base)
                statement = _STATEMENT_OF.match(written)
                if statement:  # "according to a statement from Senator Ida Moss": the senator's words
                    sp_s += statement.start("who")
                    written = statement.group("who")
                if (owner := document_owner(art, written, sp_s)):  # "The government statement", "a Pentagon statement"
                    written, sp_e = owner, sp_s + len(written.split()[0]) + 1 + len(written.split()[1])
                # (the person beside a place, an organisation or a title; an organisation's whole name)
                sp_s, sp_e, written = speaker_around(art, sp_s, sp_e, written) if m.re is not DASH_BODY else (sp_s, sp_e, written)
                verb = None if m.re is _LABEL_TAIL else re.sub(r"\s+", " ", m.group("verb"))
                if "desc" in m.groupdict() and m.group("desc"):
                    desc = text[base + m.start("desc"):base + m.end("desc")].strip(" ,")  # (unmasked)
                else:
                    next_open = min([g["span"][0] for g in group if g["span"][0] > sp_e] + [para.end])
                    desc = description_after(art, sp_e, next_open)
                if _AGE_ROLE.fullmatch(written) and (aged := of_age(art, written, sp_s)):
                    # "Omar Haddad, 26, fled …. His sister Rana Haddad, 30, stayed. “…,” the 26-year-old says"
                    speaker, why = aged, "the person the article gave that age"
                elif written == "I":  # "I said to Bob Yang, “…”": the narrator, where the article shows who
                    speaker, why = narrator(art, sp_s)
                elif written.split()[0] in PRONOUNS or written in ("him", "her") or _AGE_ROLE.fullmatch(written) or (
                        DEMONYM_ROLE.fullmatch(written) and not is_org(written) and text.endswith("the ", 0, sp_s)
                        and (written := "the " + written)):  # "“…,” the Spaniard said": the person just named
                    # "he said", and "the 25-year-old told VOA": the person just written about, given by their age
                    speaker, why = resolve_pronoun(art, sp_s, spans_all)
                    speaker, why = (prev, "the speaker of the quote before") if (prev := previous_speaker(art, rows, para, first["span"][0], speaker, written.split()[0])) else (speaker, why)
                    k = next((i for i, x in enumerate(art.sentences) if x.start <= sp_s < x.end), 0)
                    they_group = GROUP_SUBJECT.match(art.sentences[k - 1].text) if k and written in ("they", "They") else None
                    if they_group:  # "The researchers suggested …. They reported, “…”": the group the sentence before names
                        speaker = re.sub(r"^\s*[A-Z]\w*,\s+", "", they_group.group()).strip()  # (not "However,")
                        why = "“They” are the group the sentence before is about"
                    elif written in ("they", "They") and (pair := (g := group_goes_on(art, rows, para, sp_s)) or joint_subject(art, sp_s)):
                        speaker, why = pair, "“They” go on with the words of the group quoted just before" if g else "“They” are the people named together as the subject before"  # ("Senators A and B sent …")
                    elif speaker is not None and written.split()[0] in ("they", "They"):
                        # "Luigi Di Maio joined the talks. They concluded …": "they" are several, never the one person
                        speaker, why = None, f"speaker unclear: “{written}” means several people, and the article names one ({speaker})"
                    if speaker is None and written.split()[0] not in PRONOUNS:
                        speaker, why = written, None
                elif stated and (re.fullmatch(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:statement|letter|message)", written) or " and " in stated[0]  # ("the elected officials said": a joint statement's)
                                 and para.n - stated[1] <= 2 and re.fullmatch(r"[Tt]he\s+(?:[a-z]+\s+)?(?:officials|leaders)", written)):
                    speaker, why = stated[0], f"the statement introduced in paragraph {stated[1]} is theirs"
                elif re.fullmatch(r"(?:[Tt]he|[Tt]his)\s+(?:joint\s+)?(?:statement|readout|release|filing|letter|message|e-?mail)", written) and (issuer := statement_issuer(art, sp_s, _resolve) or joint_subject(art, sp_s, written.split()[-1])):
                    speaker, why = issuer, f"whose {written.split()[-1]} it is, as the sentences before say"  # ("X said in a statement")
                elif re.fullmatch(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:statement|letter|message|post|tweet|note)", written):
                    # "Their statement also read": the paragraph's last speaker
                    speaker = next((r["speaker"] for r in reversed(rows) if r["paragraph"] == para.n and r["speaker"]), None)
                    why = "whose statement: the speaker of the paragraph's quote before"
                elif (written[:1].islower() or re.match(r"(?:The|A|An|One)\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[a-z]", written) or re.match(r"[A-Z][\w\-]+[’']s\s+[a-z]", written) and desc
                      # "The Vice President, Mike Pence, said", "A Republican Assemblywoman, Jill Tolles, …", "Dunn's mother, Charlotte Charles,": a title
                      # after an article is a job, and the name beside it speaks
                      or _ARTICLE_END.search(text, max(0, sp_s - 4), sp_s) and desc and len(desc.split()) >= 2
                      or (is_org(written) or _OF_BEFORE.search(text, max(0, sp_s - 80), sp_s))
                      and desc and len(desc.split()) >= 2) \
                        and (appos := appositive(text, sp_e, desc)):
                    # "the transport minister, Aziz Rahimi, tweeted": the name in apposition speaks, and so it
                    # does after an organisation ("the director of Argentina's Amnesty International, Mariela
                    # Belski, said")
                    written, desc = appos, written
                    sp_s = text.find(written, sp_s)
                    sp_e = sp_s + len(written)
                    speaker = _resolve(art, written, sp_s)
                else:
                    speaker = _resolve(art, written, sp_s)
                    if speaker[:1].isupper() and not is_org(speaker) and (both := joint_speaker(art, sp_s, sp_e, speaker, _resolve)):
                        speaker, sp_s, sp_e = both  # ("President Biden and Prime Minister Kishida announced", "said Senators A and B")
                        written = text[sp_s:sp_e]
                    if (beside := name_beside(art, written, sp_s)):  # "Shawn VanDiver, the president of AfghanEvac, …, told"
                        speaker, why = beside, "the name beside the role"
                    elif (earlier := role_antecedent(art, written, sp_s)):
                        # "Rovers manager Joey Barton …. “…,” the manager said": the person named with that job
                        speaker, why = earlier, "named before with that job"
                    elif (org := org_antecedent(art, written, sp_s)):
                        speaker, why = org, "named in full before"  # "The Department issued a statement"
                    elif (intro := unnamed_antecedent(art, written, sp_s)) is not None:  # "a U.S. official … the official"
                        speaker, why = (intro, "the one introduced before, still unnamed") if intro else \
                            (None, f"speaker unclear: the article introduced more than one unnamed {written.split()[-1]}")
            elif not first["title"] and (rep := sentence_source(art, first["span"][0], last["span"][1], spans_all)) \
                    and (n_words >= 3 or _SPOKEN.fullmatch(rep[4] or "")):  # (a word or two: only when spoken, not "rated")
                # "Erdoğan cited Article 5 and said, “…”": the sentence credits the quote in words no pattern
                # above reads, the way find_attributions reads them (sources.reported_sources)
                speaker, sp_s, sp_e, written, verb = rep
                verb = verb or None
                why = f"the sentence credits them to {written}" + (f" (“{verb}”)" if verb else "")
            elif not first["title"] and n_words >= 3 and (fp := first_person_subject(art, first["span"], inner_text, spans_all)):
                speaker, written, verb = fp, None, None
                why = ("a sentence about them leads up to the quoted words with a colon"
                       if text[:first["span"][0]].rstrip().endswith(":") else
                       "the quoted words speak in the first person (“I”, “me”, “my”) inside a sentence about them")
            elif first.get("follows") and first["follows"][0].get("speaker"):
                speaker, written, verb = first["follows"][0]["speaker"], None, first.get("again")
                why = (f"the same person goes on (“{first['again']}”)" if first.get("again")
                       else "the same speaker's second quote in the sentence, after the writer's own words"
                       if first.get("own_words") else "the quote follows the same speaker's words after a title")
            elif not first["title"] and (sig := _signature(art, para, first["span"], last["span"])):
                sp_s, sp_e, written = sig[0], sig[1], sig[2]
                speaker, why = _resolve(art, written, sp_s), (sig[3] if len(sig) > 3 else "the paragraph ends with who said it")
            elif not first["title"] and starts_para and len(group) == 1 and not text[last["span"][1]:para.end].strip() \
                    and n_words <= 10 and not re.search(r"[.!?…,;:]\W*$", inner_text) and not (carried or colon_speaker):
                why = "a subheading in quotation marks: the article says elsewhere, if at all, whose words they are"
                subhead = True
            elif not first["title"] and said_before and _only_quotes(art, para, spans) and not someone_new(art, para.n, said_before):
                speaker, written, verb = said_before, None, None
                why = "the paragraph is only quoted words, after a paragraph that " + ("quotes only this person" if re.search(r"[“”\"]", art.paragraphs[para.n - 2].text) else "reports only this person speaking")
            elif not first["title"] and (starts_para or (topic := topic_label(text[para.start:first["span"][0]]))) and (carried or colon_speaker or not starts_para and topic and said_before and label_goes_on(art, para)) and not _CREDITED.match(text, last["span"][1]):
                speaker, written, verb = carried or colon_speaker or said_before, None, None
                why = ("the quote goes on from the previous paragraph, which leaves it open" if carried else
                       ("the same speaker goes on, under a new topic label" if para.n > 1 and topic_label(art.paragraphs[para.n - 2].text) else "the previous paragraph introduces the speaker's words") if colon_speaker else "the same speaker goes on, under a new topic or date label")
            elif not first["title"] and starts_para and (headed or (lede := stated if stated and para.n - stated[1] <= 2 and not any(r["kind"] == "quote" and r["paragraph"] > stated[1] for r in rows) else None)) and not text[last["span"][1]:para.end].strip():
                speaker, written, verb = headed or lede[0], None, None  # (or "X issued the following statement after …", then the first quote)
                why = "the headline says the statement is theirs, and this paragraph is one quote" if headed else f"the statement or letter introduced in paragraph {lede[1]} is theirs, and this is the first quote after it"
            elif not first["title"] and (same := _same_speaker(art, groups[:groups.index(group)], first)):
                speaker, written, verb = same, None, None
                why = "the paragraph quotes only this person before, and names nobody else since"
            elif not first["title"] and not first["m_before"] and (intro := _introduced(art, para, first["span"], [sp for sp in spans_all if sp not in nicknames])):
                speaker, why = _resolve(art, intro[0], first["span"][0]), intro[1]  # (the fullest form: "Senator Hawley wrote.")
                written = verb = None
            if first["title"] and len(group) == 1:
                kind, reason = "title", ("every main word is capitalised: a name or title in quotation "
                                         "marks, not someone's words")
            elif n_words <= 5 and (term := TERM_BEFORE.search(first["before"])) and (not first["m_after"] or "so-called" in term.group()) and len(group) == 1:
                # "the phrase ‘war on terror’", "Bush's ‘war on terror’ concept", "so-called “experts”": a
                # phrase being talked about, not words someone is quoted as saying here
                kind, reason = "short", "a phrase the article talks about (“the phrase”, “so-called”), not a quote"
            elif n_words < 3 and not attrib and not speaker and not subhead:
                kind, reason = "short", "fewer than three words and nobody is said to have spoken them"
            elif n_words <= 4 and not attrib and not speaker and inner_text[:1].islower() \
                    and not re.search(r"[.!?]", inner_text.rstrip(".,!?;: ")) and not (JUDGED.search(first["before"]) or CLAIMED_THAT.search(first["before"])) \
                    and not re.match(r"\s*(?:it|they|he|she)\s*$", first["before"][-6:], re.I):
                # “heat microbial reduction”, “boots on the ground”: a term set off in quotation marks
                kind, reason = "short", "a few words in lower case that nobody is said to have spoken: a term, not a quote"
            elif re.fullmatch(r"[A-Z][\w’'\-]*", inner_text.strip()) and not (attrib and attrib[0].re is _CALLED):
                # one capitalised word and no punctuation of a sentence: "Greg" ordered it (a "Go," said X is a quote)
                kind, reason = "short", "one capitalised word: a name or nickname in quotation marks"
            elif n_words < 3 and speaker and is_unnamed_person(speaker) and not is_role(speaker):
                # a word or two in quotation marks is a quote when a person or a role said it ("called
                # the decision “deeply unfair”"), not a term in a sentence about what "researchers said"
                kind, reason = "short", f"fewer than three words, and only a group ({speaker}) is near them"
            else:
                kind = "quote"
                if attrib and speaker and verb is None:
                    reason = f"quoted words after the label “{_label_text(first['before'], written, '')}”, " + ("as in a statement" if re.match(r"\s*\S*\s*State", first["before"]) else "as in a transcript, a round-up of statements or an exchange of e-mails")
                elif attrib and speaker:
                    part = "split around its attribution, " if len(real) > 1 else ""
                    reason = (f"quoted words, {part}attributed with “{verb}” to {written}" if verb.strip() not in (":", "") else f"quoted words after the label"
                              f" “{_label_text(first['before'], text[sp_s:sp_e])}”" if verb.strip() else f"quoted words after the label “{text[sp_s:first['span'][0]].rstrip()}”")
                    if why and speaker != written:
                        reason += f" ({why}: {speaker})"
                elif attrib:
                    reason = f"quoted words attributed with “{verb}” to “{written}”; {why}"
                elif speaker:
                    reason = f"quoted words; {why}: {speaker}"
                else:
                    reason = "quoted words with no speaker named near them"
            first["speaker"] = speaker
            if kind == "quote" and real and real[-1]["open"]:
                para_open = speaker
            if kind != "quote" and not titles:
                continue
            # (the parts of a quote split around its credit, joined by an ellipsis; a comma before the closing mark is the
            # writer's, not the speaker's: "“We see children,” she said. “Where will they go?”" -> "We see children … Where …")
            text_parts = " … ".join(re.sub(r"\s*,$", "", text[slice(*g["inner"])].strip()) for g in real) if kind == "quote" \
                else inner_text
            rows.append(dict(
                article_id=art.id, quote_id="", paragraph=para.n, start=first["span"][0],
                end=last["span"][1], text=text_parts, parts=len(real) or 1,
                speaker=speaker if kind == "quote" else None, speaker_as_written=written,
                speaker_start=sp_s, speaker_end=sp_e, description=desc, verb=verb or None, kind=kind, reason=reason))
        carried = para_open
        said = {r["speaker"] for r in rows if r["paragraph"] == para.n and r["kind"] == "quote"}
        prev_said, said_before = said_before, next(iter(said)) if len(said) == 1 and None not in said else None if spans else reported_only(art, para)
        # ("The following is a statement from X:", "From the council chair, Mira Patel:": whose words come next, past "On the tariffs:")
        colon_speaker, intro = next_speaker(art, para, _resolve, colon_speaker or prev_said) if not spans or para.text.rstrip().endswith(":") and not said - {None} else (None, None)  # (an intro may hold a bill's title in marks)
        if not intro and spans and re.search(r"\bfollowing\s+(?:joint\s+)?statement\b", para.text) and (intro := statement_author(art, para, _resolve)) and said != {intro[0]}:
            said_before = None  # ("X released the following statement after President Y said “…”": the quotes below are X's)
        stated = (intro[0], para.n) if intro else (sender, para.n) if stated is None and (sender := letter_intro(art, para, _resolve)) else stated
    for fix in (signed, pulled, gendered, quote_runs):  # signed pull quotes, pull quotes, a "he" after "she", runs
        fix(art, rows)
    for k, row in enumerate(r for r in rows if r["kind"] == "quote"):
        row["quote_id"] = f"{art.id}:q{k + 1}"
    for row in rows:  # (and the sentence where it opens, as `pick` exercises name it)
        row["quote_id"], row["sentence_id"] = row["quote_id"] or f"{art.id}:x{row['start']}", getattr(sentence_at(art, row["start"]), "id", None)
    return typed(rows, COLUMNS)
