"""Speakers (issue 12): names without job titles, roles as speakers, pronouns that never guess."""

from __future__ import annotations

import pytest

from medialit.analysis.marks import quote_spans
from medialit.analysis.speakers import UNCLEAR, is_role, is_unnamed_person, resolve_pronoun
from medialit.corpus.loader import load_article


def test_roles_and_unnamed_people():
    assert is_role("the airline") and not is_unnamed_person("the airline")
    assert is_unnamed_person("a spokesperson for the ministry")
    assert not is_role("Lina Voss")


def _pronoun(tmp_path, text):
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    art = load_article(path)
    at = art.text.rindex(" he said") + 1 if " he said" in art.text else art.text.rindex(" she said") + 1
    return resolve_pronoun(art, at, quote_spans(art))


def test_pronoun_skips_names_inside_quotes(tmp_path):
    name, _ = _pronoun(tmp_path, 'Paul Brand spoke on Sunday. "Mira Olsen gave orders," he said.')
    assert name == "Paul Brand"


def test_two_people_joined_by_and_stay_unclear(tmp_path):
    # (first names shared across cultures: nothing rules either out)
    name, why = _pronoun(tmp_path, 'Kim Ortiz and Jean Berg met on Monday. "We agreed," she said.')
    assert name is None and why == UNCLEAR
    # (a first name that says the other pronoun rules one out)
    name, why = _pronoun(tmp_path, 'Lena Ortiz and Tom Berg met on Monday. "We agreed," she said.')
    assert name == "Lena Ortiz"


def test_plain_subject_is_preferred(tmp_path):
    name, why = _pronoun(tmp_path, 'In March, Administrator James Webb wrote a memo to Director Hiden Cox. '
                                   '"We should act," he said.')
    assert name == "James Webb" and "subject" in why


def test_a_named_thing_after_the_is_not_a_person(tmp_path):
    name, _ = _pronoun(tmp_path, 'Kim Sato ran a stall at the Harvest Festival in Lyon. "It went well," she said.')
    assert name == "Kim Sato"
    name, _ = _pronoun(tmp_path, 'The Rev. Tom Hale spoke. "We pray," he said.')
    assert name == "Rev. Tom Hale"


def _speakers(tmp_path, text):
    from medialit import find_quotes
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    q = find_quotes(load_article(path))
    return [None if isinstance(s, type(None)) or str(s) == "<NA>" else s for s in q.speaker.tolist()]


@pytest.mark.parametrize("text, speaker", [
    # a possessive is never the speaker: the person named after the role is
    ('"We will be back," said the museum\'s head curator, Ana Ruiz of Madrid.', "Ana Ruiz"),
    # quote first, "is how" + name + verb
    ('"A quiet revolution," is how Chief Engineer Omar Said described the new pumps.', "Omar Said"),
    # "according to" after the quote, an organisation known by its initials
    ('The ward, "open to every family in need," according to the WHO report, opened in May.', "the WHO report"),
    # "according to X," inside the sentence before the quote
    ('The award, according to the RSPB, honours "a lifetime of careful work on birds."', "the RSPB"),
    # subject, speech verb, then a colon before the quote
    ('Nora Quist spoke at noon. She also noted a change in the town: "People stay longer now."', "Nora Quist"),
    # "was quoted by ... as saying"
    ('Fire crews came, and deputy chief Ben Lowe was quoted by the local radio as saying: "The roof is gone."',
     "Ben Lowe"),
    # a participle "saying" belongs to the subject of the sentence
    ('The head of the village school, who saw the flood, spoke to reporters, saying "The water rose fast."',
     "The head of the village school"),
    # (newcomer adv74) an age written before the name is no part of it, and the pronoun after is hers
    ("Tom Becker opened the garden. Twelve-year-old Lucia Ferrante, one of the pupils who started it, said she wanted "
     "to grow pumpkins. “Big ones, really big,” she said.", "Lucia Ferrante"),
    # a long job before "Dr." (sixty-fourth batch, newcomer adv74): the titled name after it speaks, not a part of the job
    ("“This is a great day for research,” said Vice President for Research and Innovation at Lakeview University Dr. "
     "Kevin Gardner.", "Dr. Kevin Gardner"),
    ("“The blooms follow warm weeks,” said Associate Professor of Chemistry and project lead Dr. Samuel Osei.",
     "Dr. Samuel Osei"),
    # "as X describes it," before the quote, its mark glued to the comma (sixty-fourth batch)
    ("Ana Ruiz spoke on Monday. Specifically, as Ruiz describes it,“We will build the bridge by May.”", "Ana Ruiz"),
    # (sixty-fifth batch) a job after an acronym, with no name: the role as written, never its last word
    ("As one ZORB Program Manager says, “If it’s not bold, change it.”", "one ZORB Program Manager"),
    # ... but a surname that is also a title is the person's ("City Council Chair King")
    ("City Council Chair Ada King opened the hall.\n\n“It is finally ours,” said City Council Chair King.", "Ada King"),
    # a long description (over 120 characters) between the name and "said that … “…”"
    ("At the summit, Dana Weller, a technical writer and editor with the Northern Institute of Corrections of the "
     "Department of Justice’s Federal Bureau of Prisons, said that plain words are “not opposing concepts, but a union.”",
     "Dana Weller"),
    # "remembers" is a verb of speech; a job and a place after "According to X," then a semicolon
    ("“It was hard,” says Tova Lindqvist, product manager at the agency.\n\n“One thing we heard,” Tova remembers, "
     "“is that users needed help.”", "Tova Lindqvist"),
    ("According to Dr. Hana Brell, Applied Biomedical Engineer, Harlow Institute; “We are teaching more students.”",
     "Dr. Hana Brell"),
    # (newcomer adv75) a "who" clause, then what the body it names is, set off by commas: the person speaks
    ("Oswin Pellegrue-Natt, who ran the engineering department of the Fenwick River Exchange, the body that shares out "
     "the water, said: “We cannot ask families to queue again.”", "Oswin Pellegrue-Natt"),
    # (newcomer adv75) Vietnamese letters (Latin Extended Additional) are part of a name, and its last word is hers
    ("“The dam holds,” said Lê Minh Đức.", "Lê Minh Đức"),
])
def test_speaker_rules(tmp_path, text, speaker):
    assert _speakers(tmp_path, text)[0] == speaker


def test_a_vietnamese_given_name_is_the_full_name_given_before(tmp_path):
    # (newcomer adv75) "Lan said" after "Nguyễn Thị Lan": the fullest form, as for names in Latin-1 letters
    text = "“We tried the salt-tolerant rice,” said Nguyễn Thị Lan.\n\n“It failed twice,” Lan said."
    assert _speakers(tmp_path, text) == ["Nguyễn Thị Lan", "Nguyễn Thị Lan"]


@pytest.mark.parametrize("text, speaker", [
    # job words and a hyphenated rank between the quote and the name
    ('"We are still searching," U.S. army spokesman Lieutenant-Colonel Ray O\'Dell said.', "Ray O'Dell"),
    # a partial quote inside reported speech belongs to the person who says it
    ('After the vote, Ana Ruiz said that the new timetable was "far too slow for the town."', "Ana Ruiz"),
    # ... and to the nearest speaker when two are named
    ('Ana Ruiz said that Ben Cole told her the plan was "too slow to matter."', "Ben Cole"),
    # "he" after a paragraph whose subject is the one person named: a party word opening the article is no name, a
    # think tank no person (seventeenth held-out batch, VOA)
    ("Top Republican members of the House say talks have begun.\n\nRepublican Representative Mike Rowe, who chairs the "
     "committee, was bullish about Trump’s chances.\n\n“I expect a deal,” he told VOA.", "Mike Rowe"),
])
def test_more_speaker_rules(tmp_path, text, speaker):
    assert _speakers(tmp_path, text)[0] == speaker


def test_he_after_a_quote_whose_speaker_works_at_a_think_tank(tmp_path):
    text = ("The visit is “a legacy of Biden's term,” said Adam Novak, editor of Warsaw-based think tank Baltic Insight.\n\n"
            "“Slovenia is a stakeholder,” he told VOA via email.")
    assert _speakers(tmp_path, text) == ["Adam Novak", "Adam Novak"]


def test_places_and_long_capitalised_names_are_not_people(tmp_path):
    name, _ = _pronoun(tmp_path, 'John Hale visited Fort Carson on Monday. "The base is ready," he said.')
    assert name == "John Hale"
    name, _ = _pronoun(tmp_path, 'Ada Pike tests Lunar Relay Beacon Systems. "They work," she said.')
    assert name == "Ada Pike"


def test_a_statement_introduced_by_a_paragraph_credits_the_quotes_after_it(tmp_path):
    text = ("The following is a statement from Mayor Lena Ortiz on the flood.\n\n"
            "\u201cThe water came fast. We were ready.\n\n"
            "\u201cWe will rebuild every home.\u201d\n\nThe council meets on Friday.")
    assert _speakers(tmp_path, text) == ["Lena Ortiz", "Lena Ortiz"]
    text = ("Ana Ruiz, head of the clinic, released the following statement after the vote.\n\n"
            "\u201cThis is a good day for every family in the valley.\u201d")
    assert _speakers(tmp_path, text) == ["Ana Ruiz"]


def test_the_statement_continued_is_its_author(tmp_path):
    text = ("General Tarek al-Nouri stayed at home. An aide read a statement from al-Nouri:\n\n"
            '"We will rebuild the bridges before winter,"\n\n'
            'The statement continued, "Every family will have a roof by March."')
    got = _speakers(tmp_path, text)
    assert got == ["Tarek al-Nouri", "Tarek al-Nouri"]


def test_a_headline_naming_a_statement_credits_quote_paragraphs(tmp_path):
    text = ('---\nheadline: "Statement from ACME\u2019s Lina Voss on Jobs"\n---\n'
            "\u201cThe plant will stay open. Every job is safe.\u201d\n\n"
            "\u201cWe thank the workers for their patience.\u201d")
    assert _speakers(tmp_path, text) == ["Lina Voss", "Lina Voss"]
    # without such a headline nobody is guessed
    assert _speakers(tmp_path, text.split("---\n", 2)[2]) == [None, None]


def test_a_day_is_never_the_speaker(tmp_path):
    text = 'A report in the town paper on Tuesday said that the river is "rising with alarming speed."'
    assert _speakers(tmp_path, text) == ["the town paper"]  # the paper spoke on Tuesday, not Tuesday


@pytest.mark.parametrize("text, speakers", [
    # a person who gave only a first name is who "he" means afterwards
    ('“I will not vote,” says Heng, who did not give his real name.\n“There is no party I can vote for,” he said.',
     ["Heng", "Heng"]),
    ("Friends arrive at the cafe. Chet, who decided to vote, was wary of speaking.\n"
     "“Honestly, I did not tick anything,” he said.", ["Chet"]),
    # someone's wife speaks, not the someone
    ("Lee Moss’s wife, Lam Chantha, said her husband stopped working.\n“I think he told the truth,” she said.",
     ["Lam Chantha"]),
    # who is spoken to is not "he"
    ("Mayor Tom Reyes accepted the blame.  Speaking to Lena Park of City Radio, he said, “It happened on my watch.”",
     ["Tom Reyes"]),
    # the person in apposition after an organisation speaks
    ("Later, the director of the Riverside Rights League, Mariela Belski, said the mayor had \"heard the "
     "demands of families\".", ["Mariela Belski"]),
    # the job, where, then the name: "the president" later is that person
    ('On Sunday, President of Ruritania Alberto Fernández announced a bill.  The president had called it "a '
     'matter of public health".', ["Alberto Fernández"]),
    ('First Minister of Scotland Nicola Sturgeon said via Twitter, "Today is of huge significance."',
     ["Nicola Sturgeon"]),
    # a name read with its possessive is still that person ("Honcharuk's offer", then "Honcharuk filed")
    ("President Ivan Petrenko declined Prime Minister Oleksiy Honcharuk's offer to resign.\n"
     'Honcharuk filed his resignation on Monday. He said Petrenko is "a model of honesty for me".',
     ["Oleksiy Honcharuk"]),
    # "she" is never a person the article has called "he" (pronouns.pronoun_for): unknown, not a wrong name
    ("Michael Makuei paid tribute to Luk. He said “It is a great loss.”\n\nA vice president also commented on the "
     "death. She said “He was honest.”", ["Michael Makuei", None]),
    # a name with capitalised particles ("De Mabior") is a person, whom "she" then means
    ("Michael Makuei paid tribute to Luk. He said “It is a great loss.”\n\nOne of the vice presidents, Rebecca "
     "Nyandeng De Mabior, also commented. She said “He was honest.”", ["Michael Makuei", "Rebecca Nyandeng De Mabior"]),
    # whom the speaker told is not "he" in the next paragraph
    ("Prime Minister Hun Sen spoke in New York. “My regret is the lateness of reform,” he told Robert Lieberman, who "
     "made the film.\n\n“We spent many years in discussion,” he said in the interview.", ["Hun Sen", "Hun Sen"]),
])
def test_speakers_named_once_then_by_pronoun_or_job(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an unnamed speaker after the quote is that speaker, never the person the sentence before is about
    ("Governor Paul Abara toured the market on Friday. “Prices have doubled,” one trader said.", ["one trader"]),
    ("Governor Paul Abara toured the market. “Prices have doubled,” said one of the farmers.", ["one of the farmers"]),
    ("The court sentenced Ivo Petrov to ten years. “Justice has been done,” said relatives of the victims.",
     ["relatives of the victims"]),
    ("Jake Moss, 19, died in the crash. “My son deserved better,” Moss’s mother said.", ["Moss’s mother"]),
    # someone's relative or job after the verb: the name beside it speaks, else the relative; never the person
    # whose relative they are
    ("“She can win gold,” said Carla Gomez’s coach, Ivan Petrov.", ["Ivan Petrov"]),
    ("“He was my whole world,” said Dean Price’s widow, Joan.", ["Joan"]),
    ("“My son deserved better,” said the father of victim Jake Moss.", ["the father of victim Jake Moss"]),
    ("“We will appeal,” said Rafael Gomez’s lawyer.", ["Rafael Gomez’s lawyer"]),
    # a quote paragraph about the person just named ("She was …") is someone else's words
    ("Marta Kos, 40, was found dead in her flat on Sunday.\n\n“She was a kind neighbour who always said hello.”", [None]),
])
def test_unnamed_speakers_and_relatives_are_not_the_person_before(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # whom someone told is not who speaks: the one who told
    ("Farmer Bruno Keller said the inspector had told him: “Your cows must be destroyed.”", ["the inspector"]),
    # a title before the name
    ("“We forgive him,” said the Rev. Samuel Adebayo, the church’s pastor.", ["Rev. Samuel Adebayo"]),
    # a surname that is also a place word, after a title, is a person whom "he" then means
    ("Senator Tom Hill was charged on Monday. Speaking outside court, he said: “I am innocent.”", ["Tom Hill"]),
    # words that say which pronoun the article uses (Sister, Actress) and first names rule the other pronoun's
    # person out: the one person left speaks
    ("Sister Mary Adeyemi was thanked by Bishop John Okoro for her service. “She is a saint,” he said.", ["John Okoro"]),
    ("Actress Ana Ruiz met Tom Berg. “It was fun,” he said.", ["Tom Berg"]),
    # (one ruled out, the other unmarked as a person: unclear, never a guess)
    ("Actress Kim Ruiz met Jean Berg. “It was fun,” he said.", [None]),
])
def test_who_told_titles_and_pronouns(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an editor's full stop in brackets ends the quote's sentence: "He went on to say" is a new sentence
    ("Professor Jean-Jacques Muyembe, who led the trial, said, “From now on, Ebola is curable[.]” He went on to say "
     "thousands of deaths could be prevented.", ["Jean-Jacques Muyembe"]),
    # capitalised common nouns in a programme's name are no person ("Support Participation Opportunities")
    ("Tjitske Starkenburg leads it.\n\nStarkenburg will help a project selected by the Roman Research and Support "
     "Participation Opportunities program. “This team plans to model clusters,” she explained.", ["Tjitske Starkenburg"]),
])
def test_sentence_ends_and_programme_names(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # someone named only by what they are, then a colon: a short quote is still a quote, and theirs
    ("Another fan said: “We’re gutted.”", ["Another fan"]),
    ("Fans cheered. One woman shouted: “Go home!”", ["One woman"]),
])
def test_unnamed_speaker_before_a_colon(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # letters after a name (QC, KC, MP, PhD, Jr.) are not the speaker; the name before them is
    ('Judge Ruth Bell QC said they had shown "no respect for decent behaviour."', ["Ruth Bell"]),
    ("Defence barrister Omar Adeyemi KC told the court: “My client is innocent.”", ["Omar Adeyemi"]),
    ("Tom Hale, MP, said: “The vote was rigged.”", ["Tom Hale"]),
    ("Ellen Park Jr. said, “We will rebuild.”", ["Ellen Park"]),
    # someone from a group, unnamed ("One of the victims"), speaks, and is whom the next "she" means
    ("Pavel Novak was jailed on Friday. One of the survivors said the men treated them as “nothing at all”.",
     ["One of the survivors"]),
    ("Prosecutor Nina Berg spoke first. One of the victims asked that her name be printed. She said she did it so "
     "others know “there is no shame in it”.", ["One of the victims"]),
    # a title after an article, then the name set off by commas: the name speaks, not the title
    ("The Vice President, Dana Ruiz, said on Friday the city is “in the midst of a crisis.”", ["Dana Ruiz"]),
    ("A Republican Assemblywoman, Joan Tiller, also commented: “We need more women in office.”", ["Joan Tiller"]),
    # a job held "to" an organisation, then the name: the person speaks, not the organisation
    ("Former Ambassador to the United Nations Carla Munro wrote, “Leaving them is a mistake.”", ["Carla Munro"]),
    # where they spoke, then a comma and the quote
    ("Senator Mark Ellis spoke on Channel Nine, “This will lead to war.”", ["Mark Ellis"]),
    # a person of an organisation described in lower case ("of the tribal historic preservation office")
    ("“This will heal us,” Rosa Whitehorse of the Crow Creek tribal historic preservation office told the crowd.",
     ["Rosa Whitehorse"]),
    # "with X calling …": X is who calls it so, also after where X is from; a hyphenated adjective is no title
    ("Critics attacked the bill, with Dana Ortiz calling it “unworkable” and Paul Reed of Ohio calling the process "
     "“a blatant power grab”.", ["Dana Ortiz", "Paul Reed"]),
    ("Mayor Anne Cole called the plan “Soviet-style”.", ["Anne Cole"]),
    # a pull quote signed with a name and a job, no dash, no verb
    ("The grant helped the team.\n\n“It focused our team on tangible goals.” Dr. Ravi Menon Professor at Lakeview "
     "University", ["Dr. Ravi Menon"]),
    # a second name inside the first person's "who" clause is not the subject whom "he" means
    ("Omar Nadir and Luis Ortega test radios.\n\nOrtega, who works with Nadir, agrees. He pointed out that "
     "“if we ignore them, we waste money.”", ["Luis Ortega"]),
    # a word of sequence between the pronoun and the verb ("She further stated")
    ("Premier Joan Tiller spoke on Monday. She further stated, “We must stop attacking each other.”", ["Joan Tiller"]),
])
def test_letters_after_names_groups_titles_and_where_they_spoke(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # reported speech inside reported speech: the one who told speaks the quote, never the one reporting it
    ("Prosecutor Ann Lowe said Karl Holt told a friend: “I have done something terrible.”", ["Karl Holt"]),
    ("Reed said McCarthy had promised her: “You will get your vote.”", ["McCarthy"]),
    ("Jones said his manager told him: “You are fired.”", [None]),
    # a relative of someone speaks, not the person they are related to (the relative, unnamed, as written)
    ("“We want answers,” said the father of Amira Hassan, the 19-year-old student killed in the crash.",
     ["the father of Amira Hassan"]),
    # a long job, listing places or ending in an initial, then the name: the person speaks
    ("“It is over,” said Deputy Assistant Secretary of Defense for Russia, Ukraine, and Eurasia Laura Cooper.",
     ["Laura Cooper"]),
    ("“It is over,” said U.S. Secretary of Energy Jennifer M. Granholm.", ["Jennifer M. Granholm"]),
    ("“It is over,” said Minister for Trade, Industry and Enterprise Simon Harris.", ["Simon Harris"]),
    # "according to a statement released by X": X speaks, not "a statement"
    ("According to a statement released by Ankara's office, “the threat must end” soon.", ["Ankara's office"]),
    # a role never starts inside a word: "spokesm-an for the parish council" is no speaker "an for the …"
    ("A spokesman for the parish council said it was “relieved the case is over” and happy.", [None]),
    # a title in marks that is the subject of what follows is a title, not the words of who "said"
    ("Author Nell Carter said “The Mirror and the Light” was her best book.", []),
    # British single marks: a quote over two paragraphs, and one holding a nested double-marked quote
    ("Bishop Sarah Mull told the congregation:\n\n‘We gather in grief.\n\n‘We also gather in hope.’",
     ["Sarah Mull", "Sarah Mull"]),
    ("‘One pupil told me, “I feel safer now,” and we acted,’ said Mrs Janet Hale.", ["Mrs Janet Hale"]),
    # a surname alone after a British title, or set off with a job ("Sumption, a former justice,"): whom "he" means
    # (a surname ending like a common noun, "-tion", is still a name after a title)
    ("Lord Sumption said the law was unclear. “It is a mess,” he said.", ["Lord Sumption"]),
    ("The ruling was criticised. Sumption, a former Supreme Court justice, said the law was unclear. “It is a mess,” "
     "he said.", ["Sumption"]),
])
def test_reported_speech_relatives_and_long_jobs(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_place_or_a_company_is_never_who_he_is(tmp_path):
    # the article calls "Prek Chrey" a commune once: it is a place wherever else it stands
    text = ("Voters in Prek Chrey commune were split.\n"
            "Say Lork, an official in Prek Chrey until May, insisted there was a problem in Prek Chrey.\n"
            "“Less than 30 percent are locals,” he said.")
    assert _speakers(tmp_path, text) == ["Say Lork"]
    # "K-Cement" is no mention of someone whose last word is "Cement"
    text = ("Kampot Cement Factory opened in 2008.\n"
            "Neout Sokim, 30, said he may become a full-time driver for K-Cement.\n"
            "“I would make a bit more money being a farmer,” he said.")
    assert _speakers(tmp_path, text) == ["Neout Sokim"]


@pytest.mark.parametrize("text, speakers", [
    # "the 26-year-old says of his phone": the person just written about, by their age
    ("Each morning, logistics specialist Yahya Omar reaches for his phone. “It just updates me,” the "
     "26-year-old says of his phone.", ["Yahya Omar"]),
    # the quote runs on into the sentence, then "says Omar, who …": a surname given in full before
    ("Logistics specialist Yahya Omar reaches for his phone.\n“Without the internet, I would have had to go "
     "back” to Minnesota, says Omar, who came back in 2013.", ["Yahya Omar"]),
    # a sentence about one person leads up to the quote with a colon
    ("Logistics specialist Yahya Omar came back in 2013.\nOmar imagines the city restored: “If this place was "
     "stable, it would easily be a tourist attraction.”", ["Yahya Omar"]),
])
def test_speakers_by_age_surname_or_colon(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a relative the article does not name is who "she" means, not the person they are related to
    ("Lee Moss’s wife said her husband was on the boat. “He called me at eight,” she said.", [None]),
    ("The mother of Sok Dara, 23, waited at the pier. “I still hope,” she said.", [None]),
    ("Tom Reyes runs the hardware store. “It is bad,” says his wife.", ["his wife"]),
    # ... and when the relative is named, the relative speaks
    ("Lee Moss's daughter Anna, 19, said her father was on the boat. “He called me at eight,” she said.", ["Anna"]),
    ("Lam Chantha’s husband, Lee Moss, waited at the pier.\n“I called her at eight,” he said.", ["Lee Moss"]),
    ("Tom Reyes, 40, runs the store. His wife, Carla, 38, said sales were down. \"It is bad,\" she said.", ["Carla"]),
    # someone's thing is no relative: the owner is still who "he" means
    ("Lee Moss’s car broke down. “I was late,” he said.", ["Lee Moss"]),
    # a first name only, after the full name was given (or a new person with a job)
    ("Markus Kessler wants to sell. His brother, Stefan Kessler, wants to keep it. Markus said the vineyard had lost "
     "money. “Love does not pay the bank,” he said.", ["Markus Kessler"]),
    ("Store manager Carla Vance said shelves were empty.\nMaria, a nurse, said her patients were worried. “People are "
     "scared,” she said.", ["Maria"]),
    ("Officials said the road was shut. Witnesses said it was bad. “It was loud,” he said.", [None]),
    # the age the article gave one person
    ("Omar Haddad, 26, fled Aleppo in 2012. His sister Rana Haddad, 30, stayed. “This is the only map I trust,” the "
     "26-year-old says of his phone.", ["Omar Haddad"]),
    # a hyphened first name is one name
    ("Mary-Kate Olsen, a nurse, treated the injured. “It was chaos,” Olsen said.", ["Mary-Kate Olsen"]),
    # the job, a comma, the name: "the president" later is that person
    ("Ruritania’s president, Alberto Fernández, arrived on Monday. The president called the deal “a slow death.”",
     ["Alberto Fernández"]),
])
def test_relatives_first_names_ages_and_jobs(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an organisation keeps its whole name; a signature line's full stop is no part of the name
    ("“It is fast” PC Magazine", ["PC Magazine"]),
    ("“We will fight” — Mayor Linda Torres.", ["Linda Torres"]),
    # two people share the surname: the bare surname, or Mr./Ms. with it, stays as written
    ("Stefan Kessler wants to keep the vineyard. His brother Markus Kessler wants to sell. “The offer is fair,” "
     "Kessler said.", ["Kessler"]),
    # "the wife of Lee Moss": Lam Chantha is the wife, and speaks
    ("Lam Chantha, the wife of Lee Moss, said he was gone.\n“He called me at eight,” she said.", ["Lam Chantha"]),
])
def test_organisations_signatures_and_shared_surnames(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_the_subject_set_off_by_a_description_before_said(tmp_path):
    # the people named inside what was said are not the sentence's subject
    text = ("Pov Meta, of Voice of Democracy, said the fear of going to jail like Yeang Sothearin and Uon Chhin was "
            "affecting his team.\n“Journalists are scared,” he said.")
    assert _speakers(tmp_path, text) == ["Pov Meta"]
    # two people who share the subject stay unclear
    assert _speakers(tmp_path, 'Kim Ruiz and Jean Berg arrived. "I see it every day," she said.') == [None]


@pytest.mark.parametrize("text, speakers", [
    # a job after a possessive or an "of" phrase, then the name set off by a comma: the name speaks
    ("“We won the cup this year,” said the company's chief negotiator, David Park.", ["David Park"]),
    ("“We won the cup this year,” said the chancellor of the University, Ann Lee.", ["Ann Lee"]),
    ('"Walter was the most brilliant scientist I have known," said University of California, San Diego\'s '
     'chancellor, Pradeep Khosla.', ["Pradeep Khosla"]),
    # a job holding an organisation word ("Project") that ends in a person: the person, not a place after them
    ("“LRO data helps,” said LRO Deputy Project Scientist Maria Banks of NASA’s Goddard Space Flight Center in "
     "Greenbelt, Maryland, a co-author of the paper.", ["Maria Banks"]),
    # an acronym in brackets inside the job
    ("“Congratulations to the graduates,” said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja.",
     ["Kiran Ahuja"]),
    # the person of an organisation after a place's possessive
    ("Lead author Sally Wasef of Australia's Griffith University explained to the press, “The ibis was a god.”",
     ["Sally Wasef"]),
    # the verb first at the start of a sentence
    ("The count rose. Remarked Center for Biological Diversity scientist Tierra Curry, “This is a reprieve.”",
     ["Tierra Curry"]),
    # a "who said" clause after what the person is
    ("The research was led by Mark Hay, a marine ecologist at GT, who said “There is a lot of argument now”.",
     ["Mark Hay"]),
    # "they" after a sentence about an unnamed group: the group
    ("The research was led by Mark Hay. The researchers suggested algae weaken corals. They reported, “Macroalgae "
     "disrupt coral microbiomes”.", ["The researchers"]),
    # two people who speak together: both; never a place or an organisation before "and"
    ("Today, President Biden and Prime Minister Kishida also announced, “a shared goal for a Japanese astronaut.”",
     ["Biden and Kishida"]),
    ("The bill passed the Senate and Jones said, “We are glad to work on this now.”", ["Jones"]),
    # a closing mark forgotten before the attribution
    ('"It is truly impressive, said Brig. Gen. Dan Hughes, director. "Vehicles are being configured now."',
     ["Dan Hughes"]),
])
def test_jobs_before_names_joint_speakers_and_groups(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # one of a group of children, relatives or players speaks
    ("The Turpins were sentenced.\n\nOne of the children said, “Sometimes I still have nightmares of this.”",
     ["One of the children"]),
    # "telling X:" after what the subject did: the subject speaks
    ("Since then, Mark Amodei has publicly voiced support, telling reporters: “I am a big fan of oversight.”",
     ["Mark Amodei"]),
    # a job with an abbreviation ("The U.S. lawmaker"), resolved to the person named before with that job
    ("U.S. lawmaker Chris Smith spoke. The U.S. lawmaker added China “is building military ports”.", ["Chris Smith"]),
    # a three-word name set off by commas after a job, and an outlet that reports what they said
    ("According to ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face “murder and "
     "terrorism charges”, adding more.", ["Ali Alghasi Mehr"]),
])
def test_groups_participles_abbreviated_jobs_and_outlets(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the police, unnamed, speak
    ('"He resisted arrest," police said.', ["police"]),
    # "said X of Y", "said X to Y": X speaks (found by a newcomer's 532 constructed passages)
    ('"She changed everything," said Billie Jean King of Serena Williams.', ["Billie Jean King"]),
    ('"I admire him," said Zelensky to Macron.', ["Zelensky"]),
    ('"Shameful," said Sanders of Congress.', ["Sanders"]),
    ('Current Prime Minister of India Narendra Modi wrote, "India grieves today for him."', ["Narendra Modi"]),
    # an age and a home town set off by commas are the speaker's description, never the speaker
    ('Maria Santos, 38, of Miami, said: "We evacuated the house."', ["Maria Santos"]),
    ('Karen Mills, of Dover, Del., said the storm "ripped the roof right off."', ["Karen Mills"]),
    # after the subject's apposition, the name after "said" is what the subject speaks about
    ('Shawn Fain, the UAW president, said Ford "can afford it."', ["Shawn Fain"]),
    ("The mayor's spokeswoman, Ana Ruiz, said the city \"has no plans to close the shelter.\"", ["Ana Ruiz"]),
    ('Were it not for the early grants, said Vanderlei Martins, "we would have closed."', ["Vanderlei Martins"]),
    # a capitalised job after "The", then the name set off by commas: the name speaks
    ('The Arsenal manager, Mikel Arteta, said: "We were brilliant."', ["Mikel Arteta"]),
    ("The Kremlin's spokesman, Dmitry Peskov, said: \"No comment on that.\"", ["Dmitry Peskov"]),
])
def test_police_prepositions_home_towns_and_appositions(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # more ways the newcomer's passages name a speaker
    ('"We trust the process," said the Chelsea owner, Todd Boehly.', ["Todd Boehly"]),
    ('"These are dark days," King Charles III said.', ["Charles"]),  # a regnal number is no name
    ('"That is baseball," shrugged Dodgers manager Dave Roberts.', ["Dave Roberts"]),
    ('In the words of Martin Luther King Jr., "The arc of the moral universe is long."', ["Martin Luther King"]),
    ("\"My brother was killed for nothing,\" said the victim's sister, who did not want her name used.",
     ["the victim's sister"]),
    ("\"It is a good start,\" said Soto's longtime rival.", ["Soto's longtime rival"]),
    ('"We are watching closely," a senior U.S. official said on condition of anonymity.', ["a senior U.S. official"]),
    # a statement "read in full:" then its paragraphs
    ('The statement from the Smith family read in full:\n\n"We are devastated by the loss of our son.\n\n'
     '"He was a kind man."', ["the Smith family", "the Smith family"]),
])
def test_more_ways_to_name_a_speaker(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "It read," after an organisation released a statement: the organisation
    ('The Georgian Tennis Federation (GFT) released a statement addressing the arrest. It read, "First of all, we '
     'condemn it."', ["Georgian Tennis Federation"]),
    # the sentence before ends "according to X": X speaks next, and is whom "he" means
    ('Jarrod Kidston coached the side. Fitness was a big factor in that according to Kidston. "We have been working '
     'hard on our fitness."', ["Jarrod Kidston"]),
    ('Jarrod Kidston coached the side. Fitness was a big factor in that according to Kidston. "We have been working '
     'hard on our fitness," he said.', ["Jarrod Kidston"]),
])
def test_statements_read_by_it_and_according_to_before(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a one- or two-word quote the sentence credits to a named source is a quote, and theirs
    ("Kyriakos Mitsotakis, speaking to the Atlantic Council, called the border agreement “null and void” on Tuesday.",
     ["Kyriakos Mitsotakis"]),
    ("The German government announced the tests found Novichok, and said there was “unequivocal” proof.",
     ["The German government"]),
    # "Citing “…”,": the subject of the clause cites, not the outlet that reports it (so no quote of anyone named)
    ("Citing “criminal acts,” federal authorities shuttered 30 websites, the Mogadishu-based Suna Times reported.",
     []),
])
def test_short_quotes_a_sentence_credits(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_possessive_noun_is_no_verb_of_speech(tmp_path):
    # "Trump's claims were": "claims" is a noun there; the judge speaks
    assert _speakers(tmp_path, "U.S. District Judge Tanya Chutkan said Trump's claims were “baseless.”") == [
        "Tanya Chutkan"]


@pytest.mark.parametrize("text, speakers", [
    # from a newcomer teacher's trial of `inspect` (four articles of their own)
    ('"Reefs can recover," the study\'s authors wrote.', ["the study's authors"]),
    ("The study's lead author, doctoral candidate Maninder Thind, said: “Cuts in emissions save lives.”",
     ["Maninder Thind"]),
    # a relative clause between commas is no job before a name
    ("The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force, declared that he was “martyred”.",
     ["Iranian Revolutionary Guard Corps"]),
])
def test_authors_and_jobs_before_names_in_appositions(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # kinds from the tenth held-out batch, tuned on once it moved to dev
    # a sentence that opens with a date and a place: "In" and "On" are never names
    ('In March, at the final debate, Biden announced his plan, saying "I commit that I will pick a woman."', ["Biden"]),
    ('On Tuesday, at a rally in Ohio, Biden announced his plan, saying "We will win."', ["Biden"]),
    # the name beside "One activist" speaks
    ('One activist, Nur Khan Liton, on Sunday told Agence France-Presse arson is used "as a weapon to evict the poor".',
     ["Nur Khan Liton"]),
    ('One witness, who asked not to be named, told reporters: "It was chaos."', ["One witness"]),
    # a passive with the agent before "as"
    ('Gutierrez was described by the CBCP as "a strong advocate for the environment in his province."', ["the CBCP"]),
    ('The bill was described by Mayor Tom Reyes as "long overdue and badly needed."', ["Tom Reyes"]),
    # a body known by whose it is
    ("Doris Day died. Day's animal foundation said she had been in \"excellent physical health for her age\".",
     ["Day's animal foundation"]),
    # someone's relative or aide, unnamed, speaks as written (the gold's rule; before the sixty-ninth batch, None)
    ("Trump's lawyer said: \"We will appeal.\"", ["Trump's lawyer"]),
    # a statement's author before "statement on …"; "the family" has no job to look back for
    ('Imus died after being hospitalized since Christmas Eve, his family reported. The family\'s statement on the death '
     'read: "Don loved and adored Deirdre."', ["The family"]),
    # "According to its press release, the NBA was": the subject whose release it is
    ('According to its press release, the NBA was "suspending game play until further notice."', ["the NBA"]),
    # two jobs joined by "and" before the name
    ('"Stripes may dazzle flies," said study co-author and Royal Society University Research Fellow Martin How.',
     ["Martin How"]),
    ('"We will win," said the party leader and former minister Ana Ruiz.', ["Ana Ruiz"]),
    # a surname that is also a word of bodies ("Day", "Power") is a person's after the full name
    ('US singer Doris Day died on Monday. "I have the unfortunate reputation," Day said in her 1976 autobiography.',
     ["Doris Day"]),
    # "Virginia Beach" is a place, not a second person before "he"
    ("Nyland Clay, a student at Landstown High School in Virginia Beach, explained the problem.\n\n"
     "“We used different flavors,” he said.", ["Nyland Clay"]),
])
def test_tenth_batch_kinds(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_pronoun_before_a_colon_is_the_person_just_named(tmp_path):
    # "In his message, he appreciated …: “…”": whom "he" means speaks, as after "he said"
    text = ("Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of mourning. In his message, "
            "he appreciated Soleimani's lifepath: \"He was a stellar example of those educated in Islam.\"")
    assert _speakers(tmp_path, text) == ["Sayyid Ali Hosseini Khamenei"]


@pytest.mark.parametrize("text, speakers", [
    # words quoted inside someone's claim are theirs, not the subject's who mocks or rejects it
    ("Nelson Chamisa spoke. Chamisa has mocked Mnangagwa’s claim that Zimbabwe is “open for business,” saying the "
     "nation must choose.", ["Mnangagwa"]),
    ('Biden rejected Trump\'s claim that the vote was "rigged and stolen."', ["Trump"]),
    # (never the one who mocks it: this case once asked for no speaker at all; the gold of a real article,
    # voa-zimbabwe-election-china-question p9, credits such words to the claim's owner)
    ('Tom Berg has mocked Ana Ruiz’s claim that the city is "open for business and thriving," saying the city needs '
     'better deals.', ["Ana Ruiz"]),
])
def test_words_inside_someones_claim_are_theirs(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a surname before an aside leads a sentence whose quote says "I"
    ('Donald Trump spoke. Trump, also on Twitter, defended his decision, "As I have stated before, I will act."',
     ["Donald Trump"]),
    # "The president did not concede …, and vowed to keep fighting “…”": the subject of both verbs, named before with that job
    ('President Donald Trump lost.\n\nThe president did not concede defeat in his statement, however, and vowed to keep '
     'fighting "the good fight" in court.', ["Donald Trump"]),
    ('In a video message, Warren commended Biden for his empathy and said she was "proud to endorse Joe Biden."',
     ["Warren"]),
    # "he" after an opening phrase, in the quote's own paragraph
    ('Les Johnson leads it.\n\nIt is a green propulsion system, Johnson said. Where the sunlight is less, he envisions a '
     'future with lasers. “In the future, we might place big lasers in space.”', ["Les Johnson"]),
    # (not a paragraph of its own after one about someone else: the analyst quoted may be named only later)
    ('Hun Sen’s message to voters is that the CPP brings peace. Without the CPP, he says, Cambodia could face horrors.\n\n'
     '“They still do a big campaign because the idea is to appear to earn their victory.”', [None]),
])
def test_subjects_before_asides_and_pronouns_after_opening_phrases(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a capitalised title after "the" is the person named with it before, else the role; never its last word
    ('Prime Minister Igor Matovic won. "We are sorry," the Prime Minister said.', ["Igor Matovic"]),
    ('Prime Minister Igor Matovic won. Later the Prime Minister apologised for "having an idiot as economy minister."',
     ["Igor Matovic"]),
    ('"We are sorry," the Prime Minister said.', ["the Prime Minister"]),
    ('President Joe Biden won. "We are sorry," the President said.', ["Joe Biden"]),
    ('Joe Biden and French President Emmanuel Macron met in Paris. "France is America\'s oldest friend," the French '
     'President said.', ["Emmanuel Macron"]),
    ('Former Prime Minister Tony Blair criticised Prime Minister Keir Starmer. "He is wrong," the Prime Minister said.',
     ["Keir Starmer"]),
    # (a surname that is also a job word stays the person's)
    ('William E. King IV leads the unit. "We train hard," said King.', ["William E. King"]),
])
def test_titles_after_the(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a body's statement, release or website, with a day or an acronym
    ("Kimura was signed for Stardom. Stardom's official statement yesterday read \"We are very sorry to report it.\"",
     ["Stardom"]),
    ('"Huber was exceptionally respected and loved in every way", reads an AEW press release, "a fierce and captivating '
     'talent."', ["AEW"]),
    ("The WHO's website said: \"There is no evidence that current medicine can prevent the disease.\"", ["WHO"]),
    # an opening phrase before the subject that leads up to a quote with a colon
    ("Yem Ravy drives a tuk-tuk. Asked how he might vote in July, Yem Ravy declined to say, instead offering a popular "
     "aphorism: “One rotten fish spoils all in the basket.”", ["Yem Ravy"]),
])
def test_releases_websites_and_opening_phrases(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a sentence that cites one person, then leads up to a quote with a colon
    ('U.S. Attorney John Bash spoke. According to U.S. Attorney Bash, the evidence could strengthen the case: "The key '
     'factor here is that it appears to be an intent to coerce."', ["John Bash"]),
    # (not when a text or someone else speaks after it: the manifesto's, the diary's, the suspect's words)
    ('According to U.S. Attorney Bash, the manifesto laid out the plan in detail: "We will strike when they least expect '
     'it."', [None]),
    ('According to prosecutor Ana Costa, the diary contained a chilling line: "They will all pay."', [None]),
    ('According to Detective Sergeant Omar Farouk, the suspect told officers: "I did it for money."', [None]),
    # a body as the subject of a sentence that leads up to a quote with a colon, before any person it names
    ('In a statement released after the attack, the United States Department of Defense justified the strike, which was '
     'approved by President Donald Trump, as "defensive" in nature: "At the direction of the President, the military '
     'has taken decisive defensive action."', ["United States Department of Defense"]),
])
def test_colon_quotes_after_a_cited_person_or_a_body(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # from a newcomer's 244 adversarial passages: the one acted on never speaks the words said about them
    ('Former teammates spoke highly of Kobe Bryant, describing him as "relentless."', []),
    ('Colleagues paid tribute to Shinzo Abe, describing him as "a statesman of rare vision."', ["Colleagues"]),
    ('Reporters described Mahathir Mohamad as "visibly tired" after the meeting.', ["Reporters"]),
    ('Supporters hailed Imran Khan as "the saviour of Pakistan" at the rally.', ["Supporters"]),
    ('"We won," said retired general Ana Ruiz.', ["Ana Ruiz"]),
    # words inside someone's pledge, offer or description are theirs, not the critic's
    ('Labour leader Keir Starmer criticised Sunak’s pledge to “stop the boats” as unworkable.', ["Sunak"]),
    ('Zelenskyy dismissed Putin\'s offer of a "Christmas truce" as a trick.', ["Putin"]),
    # remembered by her sister: the sister speaks, not the victim beside "One victim"
    ('One victim, Lucía Fernández, was remembered by her sister as "the funniest person I knew."', ["her sister"]),
    # two people share the surname: "Power joked" stays as written, never one of them chosen
    ('Samantha Power met Desmond Power in Dublin. "It was a family reunion of sorts," Power joked.', ["Power"]),
    # a campaign's name in quotation marks is no quote
    ('In 2020, the mayor of Milan, Giuseppe Sala, admitted he had been wrong to back the "Milan doesn\'t stop" '
     'campaign.', []),
])
def test_adversarial_look_alikes(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an organisation's name with a colon and a possessive between the person and "said"
    ('Co-lead author Sam Wilson of UH Mānoa\'s Center for Microbial Oceanography: Research and Education (C-MORE) said, '
     '"The expedition provided a unique opportunity."', ["Sam Wilson"]),
    # "The government statement … announced": the body, not its statement
    ('The government statement, which was posted on Twitter, announced the death "with great sorrow to all Burundians."',
     ["The government"]),
    # a known surname opening the sentence before an aside is its subject, not the person it paraphrased
    ('Doug Hurley flew.\n\nHurley, for his part, paraphrased the first U.S. citizen in space, Alan Shepard, commenting '
     'before launch: "SpaceX we are go for launch. Let us light this candle."', ["Doug Hurley"]),
    # after opening phrases, the name before its verb is whom "he" means; "According to her," too
    ('Michael Bloomberg ran.\n\nWednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe '
     'Biden.  "Three months ago," he said, "I entered the race."', ["Michael Bloomberg"]),
    ('Ana Ruiz spoke. According to her, "the plan failed badly."', ["Ana Ruiz"]),
    ('On Monday, Ana Ruiz and Tom Berg met. "We agreed," he said.', ["Tom Berg"]),  # (Ana: a woman's first name)
    ('On Monday, Kim Ruiz and Jean Berg met. "We agreed," he said.', [None]),  # (names shared across cultures)
])
def test_wire_kinds_of_the_twelfth_pass(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # from a newcomer's 156 wire-style passages (16 wrong names): a relative's statement is the relatives', never
    # the dead person's, nor "Her"
    ('The novelist Toni Morrison died on Monday. Her family said in a statement: "Although she was our adored mother, '
     'she was also a remarkable writer."', ["Her family"]),
    ('Footballer Diogo Jota was killed in a crash. His family said in a statement: "We ask for privacy at this time."',
     ["His family"]),
    ('The family of Amadou Diallo released a statement on Friday. It read: "Our son was a kind and gentle man."',
     ["The family of Amadou Diallo"]),
    # "the Spaniard", "the German": the person just named, as "he" would be; never a name of their own
    ('Arsenal manager Mikel Arteta refused to blame the referee. "We had enough chances to win the game," the Spaniard '
     'said.', ["Mikel Arteta"]),
    ('Jürgen Klopp said Liverpool were "not good enough" against City. "Pep\'s team deserved it," the German added.',
     ["Jürgen Klopp", "Jürgen Klopp"]),
    ('"We had enough chances to win the game," the Spaniard said.', [None]),  # (nobody named: unknown)
    # a verb that opens the sentence is no first name
    ('Sentencing Daniel Morgan to 12 years, Judge Rebecca Lloyd told him: "You showed no remorse whatsoever." Morgan, '
     'who had pleaded guilty, shouted "This is a joke" as he was led from the dock.', ["Rebecca Lloyd", "Daniel Morgan"]),
    # "he" or "she" never means a person the article calls by the other pronoun (the person's own "she", "his wife")
    ('Ahmed Al-Sayed and his wife, Fatima Hassan, fled their home in October. "We took nothing but the children," she '
     'said.', ["Fatima Hassan"]),
    ('Virginia Giuffre said she had been trafficked to Prince Andrew by Jeffrey Epstein. He has always denied the '
     'claims. "I never met her," he told the BBC in 2019.', [None]),
    ('Jacinda Ardern announced her resignation in Napier. Her deputy, Grant Robertson, said he would not stand. "I simply '
     'do not have enough left in the tank," she said.', ["Jacinda Ardern"]),
])
def test_wire_look_alikes(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # kinds from the eleventh held-out batch's misses (scored once, then moved to dev)
    # a title with "of" in it ends at the name: "Chief of Staff", not a person called "White House Chief"
    ('“She has played a huge role,” said White House Chief of Staff Ron Klain.', ["Ron Klain"]),
    ('“We are ready,” said Deputy Director of Operations Ana Ruiz.', ["Ana Ruiz"]),
    # the owner's title before the job: "the President’s National Climate Adviser Ali Zaidi"
    ('“This is the climate strategy on wheels,” said the President’s National Climate Adviser Ali Zaidi.', ["Ali Zaidi"]),
    ('“We are ready,” said the company’s chief executive.', ["the company’s chief executive"]),
    # what the speaker was doing, between name and verb, with no commas
    ('Assembly president Richard Ferrand in relaying the news to parliament said, "Jacques Chirac is part of the '
     'history of France".', ["Richard Ferrand"]),
    # a relative clause that names who used the words
    ("The spokeswoman criticized the House's decision, which Ross has referred to as \"gamesmanship\" and a \"stunt\".",
     ["Ross", "Ross"]),
    ('The bill would send fugitives to a legal system which the BBC describes as "marred by allegations of torture."',
     ["the BBC"]),
    # how long after, before the subject: "A month later, during the debate, X defended …, saying"
    ("A month later, during the third primary debate, O'Rourke defended his proposal of a mandatory buyback program, "
     "saying that \"Hell yes, we’re going to take your AR-15.\"", ["O'Rourke"]),
    # a job ending a run of capitals is no second person ("the Republican Senate Majority Leader"): "he" is clear
    ('Mitch McConnell, the Republican Senate Majority Leader, reportedly committed to a trial in January. He publicly '
     'stated the trial would not be impartial, saying he anticipated having "a largely partisan outcome" in the Senate.',
     ["Mitch McConnell"]),
])
def test_kinds_of_the_eleventh_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a subheading in quotation marks: a few words that a quote further down its section holds (VOA features)
    ("Analysts expect the talks to be hard.\n\n‘Punching bag’\n\nYun Sun, a China expert, spoke on Monday. “I think "
     "China will be used as a punching bag,” Sun said.", ["Yun Sun", "Yun Sun"]),
    ("‘We are well-situated’\n\nThe minister was calm. “We are well-situated for trade,” said Abdoulkader Kamil "
     "Mohamed.", ["Abdoulkader Kamil Mohamed", "Abdoulkader Kamil Mohamed"]),
    # precision: two people hold the words below, or nobody does: no speaker
    ("‘Power play’\n\n“It is a power play,” said Ana Ruiz. “A power play indeed,” said Tom Berg.", [None, "Ana Ruiz", "Tom Berg"]),
    ("‘Net positive’\n\n“The loans help,” said Ana Ruiz.", [None, "Ana Ruiz"]),
])
def test_quoted_subheadings(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a newcomer's 240 passages in wire and press-release style (12 wrong names, each kind now a test)
    # a release's quote card: the person, the job, the employer
    ('Jane Smith, CEO, Acme Solar:\n\n"We are proud to partner with the Administration to bring 2,000 jobs to Ohio."',
     ["Jane Smith"]),
    # where a person works, after "for the": the person speaks, not the district
    ('U.S. Attorney Damian Williams for the Southern District of New York said: "Today\'s guilty plea holds the '
     'defendant accountable."', ["Damian Williams"]),
    # an owner's job, then the name beside it
    ('The President\'s Chief of Staff, Jeff Zients, said: "We are working around the clock."', ["Jeff Zients"]),
    # only a person has an age: a club beside a player given a job is no "26-year-old"
    ('Tottenham Hotspur confirmed the signing of midfielder James Maddison from Leicester City. "Spurs is a massive '
     'club," the 26-year-old said.', ["the 26-year-old"]),
    # "Secretary Vilsack" is a person (a title and a surname), the subject of the sentence, not its object
    ('Secretary Vilsack met Governor Tim Walz in St. Paul on Monday. "Minnesota leads the nation," he said.',
     ["Vilsack"]),
    # a person the article's quotes call "she" is not whom a later "he" means
    ('Sen. Elizabeth Warren questioned Fed Chair Jerome Powell on Tuesday. "You have failed," she said. "I disagree," '
     'he replied.', ["Elizabeth Warren", "Jerome Powell"]),
    ('Representative Jim Jordan questioned Attorney General Pam Bondi. "Will you release the files?" he asked. "We are '
     'reviewing them," she answered.', ["Jim Jordan", "Pam Bondi"]),
    # an organisation before a job and a name is no person: "she" is the president, not the Red Cross
    ('Red Cross president Gail McGovern described the scene in Lahaina.\n\n"Families have lost everything.\n\n'
     '"We need volunteers now," she said.', ["Gail McGovern", "Gail McGovern"]),
    # an organisation named once in full, then by its head noun in lower case
    ('The Kennedy Center announced its honorees on Wednesday. "This class reflects American genius," the center said.',
     ["Kennedy Center"]),
    # what the organisation opening the sentence before is ("the agency", "the bank")
    ('NASA confirmed the launch had been scrubbed. "The crew is safe," the agency said.', ["NASA"]),
    ('The World Bank approved the loan. "It will help," the bank said.', ["World Bank"]),
    ('Tom Berg confirmed the deal. "It is done," the company said.', ["the company"]),  # (a person is no company)
    # "City Hall" is a place (not a third person); a first name with a capital inside ("RowVaughn") is a name
    ("Breonna Taylor's mother, Tamika Palmer, spoke outside City Hall. \"I want justice for my baby,\" she said.",
     ["Tamika Palmer"]),
    ("Tyre Nichols' mother, RowVaughn Wells, spoke at the funeral in Memphis. \"My son was a good boy,\" she said.",
     ["RowVaughn Wells"]),
    ('Tom Hall chairs the board. "We are ready," Hall said.', ["Tom Hall"]),
    # an organisation after "the" and what it is, after a quote: its own attribution, not part of the quote before
    ('Greenpeace described the decision as "a betrayal". "We have followed every rule," the mining company Rio Tinto '
     'said in a statement.', ["Greenpeace", "Rio Tinto"]),
    # an age with no person marked as one before it: unclear, never the club
    ('Real Madrid completed the signing of Kylian Mbappé from Paris Saint-Germain. "It\'s a dream," the 25-year-old said.',
     ["the 25-year-old"]),
])
def test_newcomer_press_release_kinds(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # kinds from the twelfth held-out batch's misses (scored once, then moved to dev), written afresh
    # a quote card with two jobs before the employer: the person, never the employer
    ("Michael Dolan, Senior Director, Head of Privacy, Best Buy:\n\n“We see great potential in the program.”",
     ["Michael Dolan"]),
    # a partial quote after "made clear"
    ("Treasury Secretary Janet Yellen spoke on Monday. She made clear that the agency had taken a “large pair of "
     "scissors to any red tape,” as she put it.", ["Janet Yellen"]),
    # a part someone plays never speaks: "the character of Anya Jenkins"
    ("Emma Caufield talked of being cast in a pilot. Faced with losing the character of Anya Jenkins, the producers "
     "made her a regular. “It was a good day,” she recalls.", ["Emma Caufield"]),
    # the subject given by the job named with the person before ("Actress Denise Crosby … The actress recalled")
    ("Actress Denise Crosby is set to appear in Suits. The actress recalled her season with Star Trek.\n\n"
     "Underwhelmed with her role, she left the series. “This is not what I wanted to become an actor for.”",
     ["Denise Crosby"]),
    # works in brackets beside a name are no second person
    ("Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to re-evaluate her life. "
     "“In my first stint, I did not get any work.”", ["Jenn St-Onge"]),
    # partial quotes in the first person inside sentences about one person, after a one-word term in marks
    ("Lisa Mancini has been cosplaying for two years, her “passion” for the hobby “stemmed through my love for "
     "Halloween.” She typically chooses “to portray characters from childhood. I also enjoy a good cosplay!”",
     ["Lisa Mancini", "Lisa Mancini"]),
    # "called" with a long object before the quoted word, another person's name in it
    ("Labour MP Tom Watson spoke. Tom Watson called Prime Minister Theresa May's proposed Brexit deal “lousy” and "
     "said he would vote against it.", ["Tom Watson"]),
    # a document put out by a person: its words are theirs
    ("According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its hearing because the "
     "governor did “not recognize the authority of the Senate.”", ["Juan Dalmau"]),
])
def test_kinds_of_the_twelfth_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # kinds from two newcomers' 324 constructed passages (local news and courts; interviews and features)
    # "the statement said" after "X said in a statement": X's words
    ("The St. Agnes Medical Center said in a statement that it was treating six patients. “Our teams are working "
     "around the clock,” the statement said.", ["St. Agnes Medical Center"]),
    ("In a statement, Mayor Lena Ortiz said the bridge would reopen. “We are grateful,” the statement said.",
     ["Lena Ortiz"]),
    # someone else speaks between the cue and the quote: never the one who reports it
    ("Officer Paul Grady testified that the suspect yelled “I will kill you all” before firing.", [None]),
    ("Paramedic Joy Amankwah said the scene was chaotic. She said one man kept shouting, “Where is my son?”", [None]),
    # a name before a job is what the job belongs to, not the person "he" means
    ("A former White House steward, who did not want his name used, remembered the meals. “He hated the fish,” he said.",
     [None]),
    ("The Rev. Tom Hale spoke. “We pray,” he said.", ["Rev. Tom Hale"]),
    # a line from a book that someone keeps is the book's, not theirs
    ("Librarian Gwen Mathers keeps a line from “Charlotte's Web” taped above her desk: “Trust me, Wilbur, people are "
     "very gullible.”", [None]),
    # a job given with what it is of, then the name beside it; never across "and" to another person's job
    ("The commander of the next crew, Col. Ayesha Brandt, has trained for years.\n\n“We trained for two years,” the "
     "commander said.", ["Ayesha Brandt"]),
    ("The ship's captain, Erik Solberg, and its chief scientist, Dr. Naledi Khumalo, rarely agree.\n\n“I want the "
     "storm,” the scientist said.", ["Dr. Naledi Khumalo"]),
    # "a statement from the museum said": the museum's words
    ("“The museum remains committed to returning the objects,” a statement from the British Ethnographic Museum said.",
     ["British Ethnographic Museum"]),
    # a second quote with a credit of its own that the kit cannot read is never the first speaker's
    ("“Go left,” shouted the guide, Pasang Sherpa. “Stop here now!” his client, an American banker, shouted back.",
     ["Pasang Sherpa", None]),
    # an unnamed person who "came" is who "he" means: unclear, not the interviewee named before
    ("VOA: What happened when the water came?\n\nAbena Mensah: We carried the children to the school. A soldier came "
     "with a boat. He said, “Help is coming.”", [None]),
    # the label of an answer is who says "I", never the "he" of the answer
    ("VOA: Did anyone come?\n\nMensah: A soldier came on the third day. He said, “Help is coming.”", [None]),
    # opening phrases, then job words, then the name; a present-tense manner verb; a part an actor plays
    ("Asked what she misses most about Earth, astronaut Tamsin Achebe does not hesitate. “Rain. The smell of it.”",
     ["Tamsin Achebe"]),
    ("“I am the only one here who remembers floppy disks,” laughs Gloria Mbatha, the station's technician.",
     ["Gloria Mbatha"]),
    ("Veteran actor Bernard Oyelowo, who played the villain Count Draxis in “Shadow Crown,” said he is still "
     "recognized. “Children hide behind their mothers,” he said.", ["Bernard Oyelowo"]),
    ("Actor Daniel Osei learned to box for his role as Jimmy Cole. “Jimmy is everything I am afraid of,” he said.",
     ["Daniel Osei"]),
    # a long object before "as" and a partial quote
    ("Wei Zhang describes his job at the Deep Space Network station in Canberra as “part plumber, part astronomer.”",
     ["Wei Zhang"]),
])
def test_newcomer_kinds_of_the_fourteenth_session(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers



@pytest.mark.parametrize("text, speakers", [
    # kinds from two newcomers' 280 constructed passages (sports and culture; business, markets and science)
    # a team or a place, then a job, then the person
    ("Kelby Tigers came from 14 points down to win.\n\n“I told them to enjoy it,” said Tigers coach Shane McAvoy.",
     ["Shane McAvoy"]),
    ("“It hurts, but we will learn from it,” said England captain Harry Lane after the defeat in Rome.", ["Harry Lane"]),
    ("Real Cantera midfielder Iker Solano insisted the race is open.\n\n“We still believe,” the Spaniard said.",
     ["Iker Solano"]),
    # a form of address after a comma is part of the name, never the name
    ("“Cases are rising,” the county's health director, Dr. Olufemi Adeyemi, said.", ["Dr. Olufemi Adeyemi"]),
    ("“Cases are rising,” said the minister, Mr. John Roe.", ["Mr. John Roe"]),
    # a job, then the name, then where they work, all beside the role
    ("“Ice is melting,” the lead author, glaciologist Martine Dufresne of the Grenoble Alpine Institute, said.",
     ["Martine Dufresne"]),
    # the credit of the first quote between two quotes of one speaker
    ("“It surprised us,” co-author Hana Ishikawa of Kyoto Northern University said. “We expected the opposite.”",
     ["Hana Ishikawa", "Hana Ishikawa"]),
    # a surname-only subject and an object given by job: never the object
    ("Ferri was asked about Kelby boss Henrik Dahl. “Henrik is a clever coach,” he said.", [None]),
    ("Kelby Town manager Gareth Mwangi spoke.\n\nOn the future of striker Luca Pace, he added: “Luca stays.”",
     ["Gareth Mwangi"]),
    ("Kofi Asante scored twice. Asante said talks were for his agent, Moses Tetteh.\n\n“Moses handles all that. I just "
     "play,” he said.", ["Kofi Asante"]),
    # a message from someone that read; a quote with a credit of its own before someone else's
    ("Tasha Vane shared a screenshot of a message from Keira Lowe that read: “You will never make it without me.”",
     ["Keira Lowe"]),
    ("Fans shared clips. “Mind the gap, love! RIP Terry,” one wrote on X. Fellow comedian Jimmy Nolan posted: “The "
     "funniest man I ever shared a stage with.”", [None, "Jimmy Nolan"]),
    # "the statement read" after "his family said in a statement": the family's, never the person they mourn
    ("British actor Sir Michael Gambon has died aged 82, his family said in a statement on Thursday. “We are devastated "
     "to announce the loss of Sir Michael,” the statement read.", ["his family"]),
    # a quote told to someone else, unnamed, after a named person's partial quote: not the named person's
    ("Police Chief Maria Lopez said the suspect was “armed and dangerous”. “Stay indoors,” residents were told in an "
     "emergency alert.", ["Maria Lopez"]),
    # the object of "thanked" before ", saying": never the one who says it ("say" is no verb inside "saying")
    ("Director Christopher Nolan thanked his wife and producer, Emma Thomas, saying she had “produced every one of my "
     "films”.", [None]),
    # a vox pop who gives only a first name: the name the article gives
    ("“Prices are up,” said Wanjiru Kamau, a vendor. “Stock means nothing,” said another trader, who gave only his first "
     "name, Otieno.", ["Wanjiru Kamau", "Otieno"]),  # (two words told to residents: set aside as nobody's quote)
])
def test_newcomer_sports_and_business_kinds(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers



@pytest.mark.parametrize("text, speakers", [
    # kinds from the thirteenth held-out batch's misses, written afresh: what the speaker did first, then "and said"
    ("Tom Berg spoke. He then approached a director and said, “Make a horror movie.”", ["Tom Berg"]),
    ("Mayor Ana Ruiz stood up and told the crowd: “We won.”", ["Ana Ruiz"]),
    # "too" between the subject and the verb
    ("Doug Miller spoke on Monday. He too suggested a scenario in which “the equipment has been turned off.”",
     ["Doug Miller"]),
    # a document whose owner is named speaks as written; one whose owner is not named stays without a speaker
    ("The decree signed by the Pope read “The crimes of abuse offend Our Lord.”", ["The decree signed by the Pope"]),
    ("The summary of the decision read in part: “This Court has already concluded that the advice was unlawful.”",
     [None]),
    # a transcript's label that is a surname given in full before; "added to" is no second verb of saying
    ("Wikinews spoke with fisherman Sione Taufa.\n\n((WN)) How many boats returned?\n\nTaufa: “Almost none of the boats "
     "came back.”", ["Sione Taufa"]),
    ("Dr. Lina Haddad led the study. She said the findings added to “a growing body of evidence” that sleep matters.",
     ["Dr. Lina Haddad"]),
    # what the subject did first, then "and said" and a partial quote; never an object before "for … and said"
    ("One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said it was given “assurances "
     "from the US” that it would be safe.", ["Syrian Democratic Forces"]),
    ("Elizabeth Warren spoke. Warren commended Joe Biden for his empathy and said she was “proud to endorse Joe Biden.”",
     ["Elizabeth Warren"]),
])
def test_kinds_of_the_thirteenth_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers



@pytest.mark.parametrize("text, speakers", [
    # a newcomer teacher's own articles: abbreviated police ranks; a place after a verb of going; a union by initials
    ("“This was quick,” said Det. Sgt. Laila Okafor.", ["Laila Okafor"]),
    ("“We are close,” Ch. Supt. Ana Ruiz said.", ["Ana Ruiz"]),
    ("Tom Birch has run the ferry for 31 years. The boat leaves from Glen Orrin every morning. “It is cold and it is "
     "wet,” he says.", ["Tom Birch"]),
    ("The GMB union said it was “shocked and angry”.", ["the GMB union"]),
])
def test_newcomer_teacher_kinds(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a capitalised title after "The" is the one person named with it before ("First Lady Melania Trump … The First
    # Lady stated"); two holders, or none named, leave the title as written
    ("First Lady Jill Biden visited the school on Monday. The First Lady said, “The students were wonderful.”",
     ["Jill Biden"]),
    ("President Joe Biden visited the plant. The President said, “This is a good day for workers.”", ["Joe Biden"]),
    ("The Prime Minister, Rishi Sunak, arrived in Kyiv. The Prime Minister said, “We stand with Ukraine.”",
     ["Rishi Sunak"]),
    ("President Joe Biden met President Emmanuel Macron. The President said, “We agree.”", ["the President"]),
    ("The First Lady stated, “The students enjoyed it.”", ["the First Lady"]),
    ("“The students were wonderful,” said First Lady Jill Biden.", ["Jill Biden"]),
    # a first-person quote after a sentence that ends on the one person it is about
    ("NASA engineer Ana Ruiz leads the team at the lab in Ohio. The mission holds a special place for Ruiz. “I grew up "
     "watching launches.”", ["Ana Ruiz"]),
    ("NASA engineer Ana Ruiz leads the team at the lab in Ohio. The mission holds a special place for Ruiz. “It was "
     "her dream,” said her colleague Tom Lee.", ["Tom Lee"]),
])
def test_kinds_of_the_fourteenth_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the same person goes on after "But he added that …" (a pronoun, nobody else named)
    ("“Any time you have officials on the board, you have issues,” Peter Little, an anthropologist, told VOA. But he "
     "added that he hopes it will succeed. “I would give them the benefit of a doubt.”", ["Peter Little", "Peter Little"]),
    ("“We won,” said Ana Ruiz, the captain. The crowd said nothing. “It was hard.”", ["Ana Ruiz", None]),
    # the subject holds a view of others the sentence names; the quote paragraph after it is theirs
    ("Another expert, Ana Ruiz of the Asan Institute, doubts the promise made by Kim Jong-Un.\n\n“I think it is a "
     "bluff.”", ["Ana Ruiz"]),
    ("Ana Ruiz met Kim Jong-Un on Monday.\n\n“I think it is a bluff.”", [None]),
])
def test_kinds_of_voa_reporting(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "According to him," before a partial quote: the person "him" means, when the pronoun fits
    ("Houthi military spokesperson Yahya Sarea said it had carried out the attack. According to him, it was "
     "accomplished with the help of “honourable people inside the kingdom”.", ["Yahya Sarea"]),
    # a split quote credited to a named person's statement
    ("U.S. District Judge Gray Miller ruled the draft unlawful.\n\n“While restrictions may have justified past "
     "discrimination,” reads Judge Miller's statement, “men and women are now similarly situated.”", ["Gray Miller"]),
])
def test_kinds_of_wikinews_reports(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_caption_that_opens_a_profile_by_surname(tmp_path):
    # the surname is given in full only later: a photo caption at the top of a profile
    text = ("Fisher stands in front of the adapter. Fisher works with many teams and believes her background in music "
            "has been an asset: “Teaching skills help you look at things differently when I’m working with teams.”\n\n"
            "Not many music majors get to build a Moon rocket, but Lauren Fisher has always enjoyed the unusual.")
    assert _speakers(tmp_path, text) == ["Lauren Fisher"]


@pytest.mark.parametrize("text, speakers", [
    # a newcomer's congressional releases and wire copy: joint statements, a statement announced at a paragraph's end
    ("WASHINGTON – Representatives Nora Lindqvist (MN-03), Curtis Bell (AL-05) and Omar Haddad (MI-11) issued the "
     "following joint statement after the vote:\n\n“Independent pharmacies are the backbone of health care.”",
     ["Nora Lindqvist, Curtis Bell and Omar Haddad"]),
    ("WASHINGTON – U.S. Senator Douglas Whitaker (R-Miss.) today released a statement on the Pentagon's decision to "
     "move the squadron.\n\n“This decision makes no sense. I will use every tool available to reverse it.”",
     ["Douglas Whitaker"]),
    # a quote signed with a dash, a name, a job and where they work
    ("Statements of support:\n\n“Heat is the leading weather-related killer of farmworkers.” – Teresa Molina, Executive "
     "Director, Central Valley Workers Alliance", ["Teresa Molina"]),
    # a party and state in brackets between the name and the verb
    ("The bill's sponsor, Senator Ruth Ingram (D-N.M.), called the objection “deeply disappointing.”", ["Ruth Ingram"]),
    # quotes set one after another, the last one credited
    ("“We are not afraid.” “They can block our roads.” “We will be on the ballot in August,” Samuel Oduya said.",
     ["Samuel Oduya", "Samuel Oduya", "Samuel Oduya"]),
    # "the First Lady" after the quote; the title's last word is no name
    ("First Lady Diane Whitcomb visited Ohio, accompanied by Health Secretary Gerald Pike.\n\n“Every child here is "
     "fighting,” the First Lady said.", ["Diane Whitcomb"]),
])
def test_kinds_of_congressional_releases_and_wire_copy(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the fifteenth batch's wrong names (now dev), each a kind: a name inside the pronoun's own quote is nobody
    # ("the Taiwan Relations Act" read as a person "Relations Act")
    ("“It was because of Congress,” Chen Fang-yu, a political scientist in Taiwan, told VOA by phone.\n\n“The Taiwan "
     "Relations Act was not directly related to Carter,” he added.", ["Chen Fang-yu", "Chen Fang-yu"]),
    # a title with "-elect" before the name: the person is named, and "he" can mean him
    ("Russia is watching, following U.S. President-elect Donald Trump's refusal to rule it out. Kremlin spokesman "
     "Dmitry Peskov spoke on Monday.\n\n“We need it,” Trump said.\n\n“We're not letting that happen,” he added.",
     ["Donald Trump", "Donald Trump"]),
    # a surname, then where they work: the person, not the organisation
    ("Scott Jones is a fellow. Jones of the Stimson Center argued that the policy is a “symbolic gesture” overall.",
     ["Scott Jones"]),
    # a country after "in" before "told" does not speak; a state after a town is where the speaker is from
    ("Ana Sultani and other refugees who have waited for resettlement in the U.S. told VOA that staying would be "
     "“very difficult for all of us.”", [None]),
    ("One Vermonter expressed concerns. Paul from Johnson, VT said, “I am committed to my kids.”", ["Paul"]),
    # "the official" after one unnamed official was introduced: that one, still unnamed
    ("The assessment found no foreign role, a U.S. intelligence official said on Monday.\n\n“We looked at every "
     "case,” the official said.", ["a U.S. intelligence official"]),
])
def test_kinds_of_the_fifteenth_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the outlet reports, the one it cites speaks; "told a Washington audience" after a description with no comma
    ("Xi Jinping sent a message.\n\nCarter “made important contributions,” China’s state-run broadcaster CCTV cited "
     "Xi as saying.", ["Xi Jinping"]),
    ("“It is less important,” Brett Holmgren, the acting director of the U.S. National Counterterrorism Center told a "
     "Washington audience in November.", ["Brett Holmgren"]),
])
def test_kinds_of_the_fifteenth_batch_unknowns(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a newcomer's traps (adv21): a question, then its answer, are two people's words
    ("“Will you step down?” “No,” Gov. Tom Brennick said. “I have work to do.”", [None, "Tom Brennick"]),
    ("In an interview, the reporter asked Ruth Aldane about the merger. “Was it a mistake?” “In hindsight, yes,” "
     "Aldane said.", [None, "Ruth Aldane"]),
    # a second speaker who "shot back" is no part of the first one's quote
    ("The candidates clashed. “He has never built a home,” Okonkwo said. “She has never balanced a budget,” Fairley "
     "shot back.", ["Okonkwo", "Fairley"]),
    # a quote-only paragraph after a paragraph that brings in someone new after its quote: unclear, not the one before
    ("Dr. Fatima Noor has treated patients since March. “The numbers are going down,” she said. The camp's manager, "
     "Idris Bako, is less optimistic.\n\n“We have no chlorine left.”", ["Dr. Fatima Noor", None]),
    # the end of an organisation's name is nobody
    ("Hollis of the Center for Rural Health argued that closing the clinic “would leave 40,000 people without a "
     "doctor.”", ["Hollis of the Center for Rural Health"]),
])
def test_newcomer_traps(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # the sixteenth batch: "he" is a word, never the end of "the"
    ("Senator Ann Ray wrote to the agency. The report lists the estimated number of people who “remained in the "
     "country.”", [None]),
    # the participle's subject is the main clause's, not the last name before it
    ("President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, accusing her of "
     "“not doing her job”.", ["Trump"]),
    # plural titles: capitalised as releases write them, or with where they wrote
    ("U.S. Senators Josh Hawley (R-Mo.) and James Lankford (R-Okla.) sent a letter.\n\nThe Senators wrote in their "
     "letter, “These reports hold vital information for our oversight work.”", ["Josh Hawley and James Lankford"]),
    ("Senators Josh Hawley, Richard Blumenthal, and Edward J. Markey wrote to Facebook.\n\n“We write concerned about "
     "the data of teenagers,” wrote the senators in their letter to Facebook.", ["Josh Hawley, Richard Blumenthal and Edward J. Markey"]),
    # two descriptions, or a long "who" clause, between the name and the verb
    ("Davis Florick, the Pentagon's acting principal director for Eurasia, also attending the reception, thanked "
     "Tashkent for “storing” U.S. aircraft.", ["Davis Florick"]),
    ("Homeland Security Secretary Kristi Noem spoke.\n\nNoem, who visited the prison facility last Friday and oversaw "
     "the transfer of a third flight of detainees to the detention center, has repeatedly described the men as "
     "“murderers and vicious gang members.”", ["Kristi Noem"]),
    # the issuer of a statement, an organisation's whole name, a person "in" a place, never a day
    ("Uzbek officials stayed quiet. The Taliban's Defense Ministry issued a statement denouncing the transfer as "
     "“unacceptable” and demanding the return of the aircraft.", ["Taliban's Defense Ministry"]),
    ("South Africa’s Department of International Relations and Cooperation responded to Rubio in a statement saying: "
     "“Our G20 Presidency is not confined to just climate change.”", ["Department of International Relations and Cooperation"]),
    ("Shen Dingli, a scholar, spoke first.\n\nDespite the lack of clarity, Shen in Shanghai said official comments "
     "suggest the exchanges have been “quite positive.”", ["Shen Dingli"]),
    ("Last Thursday, U.S. District Judge John C. Coughenour of Seattle temporarily blocked it, describing it as "
     "“blatantly unconstitutional.”", ["John C. Coughenour"]),
    # "continues to face" reports no speech; "Kim" is the family name of "Kim Jong Un", not of "Kim Jong"
    ("North Korean leader Kim Jong Un spoke. The agency reported that Kim said it was “indispensable” to bolster nuclear "
     "forces, as North Korea continues to face “confrontations with the most vicious, hostile countries.”",
     ["Kim Jong Un", "Kim Jong Un"]),
])
def test_kinds_of_the_sixteenth_batch(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a member's title as their own releases write it
    ("Representative Marjorie Taylor Greene wrote a letter.\n\nCongresswoman Greene issued the following statement:"
     "\n\n“The corrupt officials at the FBI must be held accountable to American taxpayers.”", ["Marjorie Taylor Greene"]),
    # the subject after an opening phrase and a title, with a "who" clause naming someone else, then "He said"
    ("On Sunday, China’s Vice President Han Zheng, who was in Washington to attend Trump’s inauguration, met with "
     "a group of business leaders, including Tesla founder Elon Musk.\n\nHe said the two countries could “make "
     "important contributions to world peace.”", ["Han Zheng"]),
])
def test_kinds_of_the_sixteenth_batch_titles_and_subjects(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a newcomer's traps (adv22): "said that <clause>, accusing": the one who said it, never a word of the clause
    ("TOKYO — Japan's Defense Minister Hiroshi Tanabe said Friday that a Chinese aircraft carrier had been spotted near "
     "the southern island of Miyako, accusing Beijing of \"escalating military pressure.\"", ["Hiroshi Tanabe"]),
    # "the lawmakers" and "the members" after representatives named together
    ("Representatives Kyle Brandt (R-Wis.) and Samira Haddad (D-Minn.) sent a letter on Tuesday.\n\n\"The Great Lakes "
     "hold 21 percent of the world's surface fresh water,\" the lawmakers wrote.", ["Kyle Brandt and Samira Haddad"]),
    ("The letter was led by Representatives Yolanda Pierce (D-Ill.) and Martin Osgood (D-Ore.).\n\n\"The decision to "
     "pause these grants will harm the very communities Congress intended to help,\" the members wrote.",
     ["Yolanda Pierce and Martin Osgood"]),
    # "with X telling … that": X speaks, not the sentence's subject
    ("China's Foreign Ministry on Friday urged Washington to stop arms sales to Taiwan, with spokesman Wang Jun telling "
     "a regular briefing that the sale \"seriously violates\" the one-China principle.", ["Wang Jun"]),
])
def test_newcomer_traps_of_the_seventeenth_round(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # whose document speaks: the owner the words name, initials spelled out where the article gave the full name
    ("Hegseth, according to a Pentagon statement, “will receive briefings on all mission operations at the base.”",
     ["the Pentagon"]),
    ("“We will review the case,” a NASA statement said.", ["NASA"]),
    ("The National Association of Secretaries of State sent a letter to Congress.\n\nThe NASS letter says elections "
     "“firmly remain a state and local responsibility.”", ["National Association of Secretaries of State"]),
    ("“Roads will reopen on Monday,” the government statement announced.", ["the government"]),
])
def test_whose_document_speaks(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a newcomer's traps (adv23): a relative of someone named speaks, never the one named
    ("In a statement read outside court, the family of Leon Abbott said:\n\n\"Leon was a gentle man who loved his "
     "garden.\"", [None]),
    ("A statement from the family of Gregory Lamb, who died in the collapse, read: \"Greg was the kindest man we "
     "knew.\"", [None]),
    ("The widow of fisherman Tom Ellis told the inquest: \"He had checked the lifejackets that morning.\"", [None]),
    # two people share the subject ("X and her colleague, Y"); after "X asked Y", the answer is not surely X's
    ("Detective Sergeant Lisa Grant and her colleague, Detective Constable Emma Shah, interviewed the suspect for six "
     "hours. \"He never once looked up,\" she said.", [None]),
    ("Interviewer Priya Natarajan asked the minister, Colin Drummond, whether he would resign.\n\n\"Absolutely "
     "not,\" he replied.", [None]),
])
def test_newcomer_traps_relatives_and_shared_subjects(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # clergy are named by their job too; a fragment in the writer's sentence, no comma, then the attribution and a
    # quote: two quotes of one speaker, not one split around its attribution
    ("Archbishop Jorge Scheinig spoke. Calling it a \"culture of death\" the archbishop said \"We need to pray so that "
     "the yes to life is stronger.\"", ["Jorge Scheinig", "Jorge Scheinig"]),
    # (a split quote with its commas stays one)
    ("Senator Chris Murphy spoke.\n\nBy pardoning the rioters, “Trump has transformed American democracy,” Murphy "
     "said in a post on X. “Political violence is now mainstream.”", ["Chris Murphy"]),
])
def test_fragments_and_split_quotes(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a newcomer's traps (adv24): "she" goes on from the quote before in the paragraph, whose speaker the article
    # named by surname only, never to a name inside the quote
    ("Kessler's opponent in the primary, state Sen. Marie Duval, endorsed her on Tuesday night. \"Laura will fight for "
     "this district,\" Duval said.\n\nKessler called the endorsement \"a big deal.\" \"Marie and I disagree on "
     "plenty,\" she said.", ["Marie Duval", "Kessler", "Kessler"]),
    # (not the narrator's: "I said, “…” and he responded")
    ("Roger Crouch and I drove to Tulsa. I said, “Wait a minute!” and he responded, “Yeah, but I didn’t worry!”",
     [None, "Roger Crouch"]),  # (the narrator is nobody the article names)
    # a body that judges in between: the quote after it is not surely the earlier speaker's
    ("The paper has been criticized. The Tory Shadow Health Secretary has criticized its \"new nanny state approach\". "
     "It has also been criticized by the British Medical Association as being implemented too slowly, saying \"When "
     "lives need saving, doctors act immediately\".", ["Tory Shadow Health Secretary", None]),
])
def test_newcomer_traps_previous_speaker(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a person whose surname is a place word, then where they work; a title cut short before a job and a name
    ("\"It's a good quarter, not a great one,\" said Ellen Park of Marlow Advisors.", ["Ellen Park"]),
    ("Her running mate was less restrained. \"Something's not right in Marion County,\" said Lt. Gov. candidate Ron "
     "Beale.", ["Ron Beale"]),
    # (a surname at the end of its sentence, and a job that runs into a name, stay as they were)
    ("\"We are treating it as terrorism,\" said Bash. Charges of terrorism carry a death penalty.", ["Bash"]),
    ("\"Today’s assessment shifts,\" said National Security Council spokesperson Sean Savett.", ["Sean Savett"]),
])
def test_newcomer_traps_titles_and_place_surnames(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a letter's signers listed by surname ("Sanders, Leahy, and Welch wrote"), and "the delegation" they make up
    ("Senators Bernie Sanders, Patrick Leahy, and Representative Peter Welch wrote to the company.\n\nSanders, Leahy, "
     "and Welch wrote, “After speaking with your workers, we have heard troubling reports.”",
     ["Bernie Sanders, Patrick Leahy and Peter Welch"]),
    ("Senators Bernie Sanders and Patrick Leahy and Representative Peter Welch wrote to the company.\n\n“We urge you "
     "to bargain in good faith,” wrote the delegation.", ["Bernie Sanders, Patrick Leahy and Peter Welch"]),
    # (a body and a person are no list: "the Senate and Jones said")
    ("The bill passed the Senate and Jones said, “We are glad to work on this now.”", ["Jones"]),
])
def test_a_letters_signers(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the statement said", paragraphs after the statement was introduced (seventeenth held-out batch, VOA)
    ("In a statement sent to VOA, the Ruritanian Embassy in Ottawa condemned the tariffs.\n\n"
     "“We oppose the measures,” the embassy said.\n\nThe embassy accused Canada of “bullying.”\n\n"
     "“Trade is global,” the statement said.\n\n“We will respond,” the statement concluded.",
     ["Ruritanian Embassy", "Ruritanian Embassy", "Ruritanian Embassy in Ottawa", "Ruritanian Embassy in Ottawa"]),
    ("The ministry did not respond to questions and referred reporters to a Monday press release.\n\n"
     "“No program is above scrutiny,” the statement said.", ["ministry"]),
    # only the statement mentioned last: never an earlier speaker's when a newer one nobody owns came after
    ("Ana Ruiz said in a statement that the cuts hurt.\n\nThe office published a report on Monday.\n\n"
     "A newsletter arrived later, with a letter inside.\n\n“No program is above scrutiny,” the statement said.", ["statement"]),
])
def test_the_statement_said_is_the_last_statement_s_author(tmp_path, text, speakers):
    got = _speakers(tmp_path, text)
    assert [s if s is None else s.removeprefix("the ") for s in got] == speakers


def test_an_attribution_turned_round_names_who_said_it(tmp_path):
    # ", said Monten." after a clause that names someone else: Monten said it, and the "he" after is Monten
    text = ("Jonathan Monten, an analyst at a London university, spoke to VOA.\n\n"
            "Trump's unpredictability means there is little Europe’s leaders can do, said Monten.\n\n"
            "“They can try flattery,” he said.")
    assert _speakers(tmp_path, text) == ["Jonathan Monten"]


@pytest.mark.parametrize("text, speakers", [
    # newcomers' VOA-style passages (adv27): the subject after an opening clause and an apposition speaks, not the
    # place after "said"; "he" after "Monten disagreed" is Monten; two women sharing a subject leave "she" unclear;
    # two people joined before the verb after the quote both speak
    ("Asked about the talks, Reyes, a former ambassador to Russia, said Moscow \"has no interest in a deal.\"", ["Reyes"]),
    ("Arnold said the alliance had \"no appetite\" for it. Monten disagreed.\n\n"
     "\"If the flank is left thin, someone will test it,\" he said.", ["Arnold", "Monten"]),
    ("Foreign Minister Anna Lindqvist and her Finnish counterpart Maria Koskinen toured the border. "
     "\"This is where Europe begins,\" she said.", [None]),
    ("Rep. Gloria Espinal and Sen. Mark Tiernan sent a letter.\n\n"
     "\"Solitary confinement should be rare,\" Espinal and Tiernan wrote.", ["Gloria Espinal and Mark Tiernan"]),
    # a release's mixed marks, closed by a straight mark before a capitalised verb
    ("“The report is disturbing. They deserve better.\"Stated Congressman Mark Alford (MO-04).\"We will act.”",
     ["Mark Alford"]),
])
def test_newcomer_traps_of_the_adv27_round(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speaker", [
    # an unnamed speaker after the quote, with where they are or post (adv27): the role as written, never the place
    ('"So the economy is fine," one Weibo user wrote.', "one Weibo user"),
    ('"Nobody has paid us for months," a nurse at the central hospital told VOA.', "a nurse at the central hospital"),
    ('"We are your neighbors," a protester in Tbilsara told VOA.', "a protester in Tbilsara"),
    ('"It will pass," a Chinese netizen in the capital, Beijing, wrote.', "a Chinese netizen in the capital, Beijing"),
])
def test_an_unnamed_speaker_is_given_as_written(tmp_path, text, speaker):
    assert _speakers(tmp_path, text) == [speaker]


def test_a_response_from_someone_was_swift(tmp_path):
    # "The response from X was swift: “…”": X's words (adv27)
    text = 'The response from Foreign Minister Rashad Aliyev was swift: "We reject this interference."'
    assert _speakers(tmp_path, text) == ["Rashad Aliyev"]


@pytest.mark.parametrize("text, speaker", [
    # a person, their job and organisation between commas, then "said": never the organisation's last word (adv28)
    ("Cheryl Banerjee, President and CEO, Greater Tulsa Chamber of Commerce, said: “Small businesses win.”", "Cheryl Banerjee"),
    ("Cheryl Banerjee, president of the Greater Tulsa Chamber of Commerce, said: “Small businesses win.”", "Cheryl Banerjee"),
    ("Mark Lutz, Director, Ohio Department of Agriculture, said, “Farmers win.”", "Mark Lutz"),
    # a job of several words, then ranks or "Dr.", then the name: never the rank (adv29)
    ('"Now is the time," said NOAA Administrator Dr. Reuben Castell.', "Dr. Reuben Castell"),
    ('"We train hard," said Army Lt. Gen. Mark Rios.', "Mark Rios"),
    ('"We train hard," said Chief of Naval Operations Adm. Lisa Franchetti.', "Lisa Franchetti"),
])
def test_jobs_organisations_and_ranks_around_a_name(tmp_path, text, speaker):
    assert _speakers(tmp_path, text) == [speaker]


def test_a_statement_from_the_king_named_before(tmp_path):
    from quote_cases import attribution_rows
    text = ("The candidacy was blocked after King Maha Vajiralongkorn objected.\n\n"
            'The palace issued the following statement from the king: "Involvement in politics is inappropriate."')
    assert ("named", "Maha Vajiralongkorn") in attribution_rows(tmp_path, text)


@pytest.mark.parametrize("text, speaker", [
    # a short quote inside a sentence whose named subject likens, compares or accuses (seventeenth batch and dev)
    ('Zambian President Edgar Lungu likened the lenders to “cockroaches” in remarks.', "Edgar Lungu"),
    ('Ana Ruiz compared the cuts to "a slow poison."', "Ana Ruiz"),
    ('Rex Tillerson on Tuesday went as far as to accuse China of "encouraging dependency" in Africa.', "Rex Tillerson"),
])
def test_short_quotes_of_a_named_subject(tmp_path, text, speaker):
    assert _speakers(tmp_path, text) == [speaker]


@pytest.mark.parametrize("text, speakers", [
    # newcomers' wire-style passages (adv30): a pronoun after a person and a relative or colleague named with them
    # stays unclear; the subject who acts on someone is "he"; a place after "in" never speaks
    ('Marco Bellini and his brother Luca ran the firm for years. When it was sold, he said it was "the end of an era."',
     [None]),
    ('Judge Martin Olley and prosecutor Neil Hart had worked together for years. He said the verdict was "the right one."',
     [None]),
    ('Coach Ian Mercer substituted striker Leo Banks after an hour. He said it had been "a tactical decision, nothing more."',
     ["Ian Mercer"]),
    ('The complaint, filed in federal court in Denver, states that the defendants "knowingly misled investors."', [None]),
])
def test_newcomer_traps_of_the_adv30_round(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # features (adv31): a relative named beside the person leaves a pronoun of their gender unclear, not of the other;
    # an organisation's name keeps its possessive; a work's title after "wrote" or "closed with" is no quote
    ('Nadia Hussain and her mother, Farida, run the stall.\n\n"She works harder than me," she said.', [None]),
    ('Reshma Khan and her husband, Arif, moved to Teaneck.\n\n"I had become an icon," she said.', ["Reshma Khan"]),
    ('"We are reviewing the matter," the Marlow County Sheriff\'s Office said.', ["the Marlow County Sheriff's Office"]),
    ('Marisa Delgado wrote "Paper Boats" in a motel room.', []),
    ('The band closed with "Harbor Lights," the song Dmitri Vance wrote for his mother.', []),
])
def test_newcomer_traps_of_the_adv31_round(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_a_statement_label_line_credits_the_quotes_after_it(tmp_path):
    # the White House's label line, with no colon (adv29)
    text = ("Statement from Secretary of Labor Dana Kessler on the May Jobs Report\n\n"
            "“Today’s report shows strength.”\n\n“We will keep going.”")
    assert _speakers(tmp_path, text) == ["Dana Kessler", "Dana Kessler"]
    # a sentence that ends with a full stop is no label
    assert _speakers(tmp_path, "Statement from Ana Ruiz came late.\n\n“We will keep going.”") == [None]


@pytest.mark.parametrize("text, speakers", [
    # newcomers' wrong-name traps (adv32, adv33; after the eighteenth batch's held-out run): a body's place after
    # "in" never speaks; a letter or petition is no job a signer holds; a label's words are no person
    ('Observers from the Organization for Security and Co-operation in Europe said the vote was "well administered."', []),
    ('A spokesman for the European Commission in Brussels said it was "deeply concerned."', []),
    ('Shen Dingli is a scholar. Shen in Shanghai said the mood was "quite positive."', ["Shen Dingli"]),
    ("More than 40 former diplomats, led by the retired ambassador Ruth Okafor, signed a letter.\n\n"
     "“The department has lost its way,” the letter says.", ["the letter"]),
    ("Joint Statement, Harbor Alliance: “We welcome the ruling.”", [None]),
])
def test_newcomer_traps_of_the_adv32_round(tmp_path, text, speakers):
    assert _speakers(tmp_path, text) == speakers


def test_said_then_the_subject_of_what_was_said(tmp_path):
    # "The Sheriff's Office said Sheriff Tom Grady would review": the office speaks, Grady is spoken of
    from quote_cases import attribution_rows
    rows = attribution_rows(tmp_path, "The Sheriff's Office said Sheriff Tom Grady would personally review the case.")
    assert ("named", "Tom Grady") not in rows


def test_a_family_name_given_first_and_then_used_alone(tmp_path):
    # "Shen Dingli … Despite the lack of clarity, Shen in Shanghai said …. “…,” he told VOA" (Chinese name order;
    # eighteenth batch): the pronoun means Shen Dingli, not the person named before him
    from quote_cases import speakers
    text = ("Shen Dingli, a scholar in Shanghai, spoke. Dexter Roberts, a fellow, said the talks were hard.\n\n"
            "Despite the lack of clarity, Shen in Shanghai said official comments suggest their exchanges have been "
            "“quite positive.”\n\n“This might mean there would be less misunderstandings,” he told VOA.")
    assert speakers(tmp_path, text) == ["Shen Dingli", "Shen Dingli"]


def test_he_told_voa_means_the_one_interviewed(tmp_path):
    # "… said Aaron David Miller, a fellow. During his first term, Trump terminated …" / "“…,” he told VOA"
    from quote_cases import speakers
    text = ("Donald Trump won. The first administration saw that \"alliances are more a burden than a reality,” said "
            "Aaron David Miller, a senior fellow. During his first term, Trump terminated U.S. membership in groups."
            "\n\n\"If you do form alliances, they're going to have to be transactions,\" he told VOA.")
    assert speakers(tmp_path, text) == ["Aaron David Miller", "Aaron David Miller"]


def test_an_unnamed_person_introduced_with_a_relative_clause_is_not_the_last_name(tmp_path):
    # newcomer adv37: "A farmer in the village, who asked not to be named, said …. “…,” he said" is the farmer, never the
    # person named before; "The young woman, who …, remains …" (the one named before) still is
    from quote_cases import speakers
    assert speakers(tmp_path, "Musa Kamara runs the cooperative.\n\nA farmer in the village, who asked not to be named, "
                              "said the prices had collapsed. “We cannot eat promises,” he said.") == [None]
    assert speakers(tmp_path, "Kofi Asante owns the mine.\n\nA young miner standing nearby laughed. “Nobody pays us on "
                              "time,” he said.") == [None]
    assert speakers(tmp_path, "Zahra Qorane takes photographs.\n\nThe young woman, who checks alerts before leaving home, "
                              "remains determined.\n\n“All they see is the problems,” she says.") == ["Zahra Qorane"]


def test_members_with_party_tags_speak_together(tmp_path):
    # newcomer adv38: "Senators Laura Kemp (D-Minn.) and Victor Osei (R-Iowa) said in a joint statement: “…”"
    from quote_cases import speakers
    assert speakers(tmp_path, "Senators Laura Kemp (D-Minn.) and Victor Osei (R-Iowa) said in a joint statement: "
                              "“Farmers cannot plan without it.”") == ["Laura Kemp and Victor Osei"]


def test_a_surname_that_is_also_a_title(tmp_path):
    # twenty-fourth held-out batch, once dev: "Rep. Bishop" was read as a title pair ("the Rep. Bishop"), not Rob Bishop;
    # "The Bishop" after "Bishop Tom Reed" stays the title's holder
    from quote_cases import attribution_rows
    text = ("Senator Mike Lee and Rep. Rob Bishop released a letter.\n\nIn March, Rep. Bishop wrote to the agency that the "
            "closure would hurt safety.\n\nBishop Tom Reed led the mass. The Bishop said the church would reopen.")
    assert attribution_rows(tmp_path, text) == [("named", "Rob Bishop"), ("named", "Tom Reed")]


@pytest.mark.parametrize("text, expected", [
    # sixty-sixth held-out batch, once dev: a profile's present tense after a quote ("shares"), and a paragraph that is
    # one quote after a quote credited to a writer "editor of" a publication (the publication names nobody new)
    ("“Visuals come first,” Tomas Rello, the agency’s social media lead, shares.", ["Tomas Rello"]),
    ("“We were ready,” Rello shares. “They could have asked anyone.”", ["Rello"]),  # (one quote split around its credit)
    ("“These sites are the best,” writes Nadia Quell, editor of CivicWeb Weekly.\n\n“One rule stands above the rest.”",
     ["Nadia Quell", "Nadia Quell"]),
    # the possessive before a colon: whose advice, takeaway or verdict the quote is
    ("Ravi Teller leads the office.\n\nTeller’s short and central takeaway: “Ask what your team lacks.”",
     ["Ravi Teller"]),
    # ("“…”, encouraged K-12 students": a title in marks, no speaker after an inverted "encouraged")
    ("This year’s theme, “Joining the Lines”, encouraged K-12 students to explore art.", []),
])
def test_shares_possessive_colons_and_publications(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # sixty-seventh held-out batch, once dev: a body that "defines" something as the quoted words; a paragraph that is one
    # quote after a paragraph reporting one person speaking; a field after "Professor of" is no name (unknown, not wrong)
    ("The Office of Staff Policy defines mentoring as “a process that focuses on guidance.”", ["Office of Staff Policy"]),
    ("Business futurist and author, Cecily Varn, describes the role of leadership.\n\n“The function of leadership is "
     "to inspire people.”", ["Cecily Varn"]),
    ("As expert Tom Keel noted in a blog, prizes work. The Weatherhead Professor of Public Management at Harbor "
     "University wrote that the site “might be the most important innovation in recent memory.”", [None]),
])
def test_definitions_reported_leads_and_fields(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # sixty-eighth held-out batch, once dev: a surname glued to the next word by a scrape ("Ocasio-Cortezin a statement");
    # the letter two senders announced, quoted in the next quote-only paragraph; "Idea Lab" is a place of work, not a
    # second person beside "he"; a plural possessive before a document is whose letter, never a speaker's name
    ("Representatives Alma Ruiz-Tovar and Rasha Tlib led it.\n\n\"We have contributed to this,\"said Rep. Ruiz-Tovarin "
     "a statement. \"It's that simple,\"saidRep. Tlibin a statement.", ["Alma Ruiz-Tovar", "Rasha Tlib"]),
    ("WASHINGTON – Chairman Carl Grady (R-IA) and Sen. Mia Lund (R-UT) sent a letter to the Deputy Attorney General "
     "Thursday, asking for an update.\n\nIn February 2016, the firm was acquitted.\n\n“Taken together, these reports "
     "suggest a pattern of retribution.”", ["Carl Grady and Mia Lund"]),
    ("Sandeep Pavel runs Idea Lab.\n\nPavel, whose program at Idea Lab has met with success, highlighted the judges. "
     "“Remember to thank your judges,” he said.", ["Sandeep Pavel"]),
    ("Senator Ada Quill sent a letter with her colleagues.\n\nThe Senators’ letter today states “China’s actions are "
     "consistent with its actions.”", [None]),
])
def test_glued_surnames_letters_labs_and_plural_possessives(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


def test_newcomer76_inverted_shares_and_a_letter_sent_on_a_day(tmp_path):
    # newcomer adv76: "“…,” shares Ruth Abernathy, who …" had no speaker; "Senators A and B on Monday sent a letter"
    # did not credit the quote-only paragraph after it; the possessive label is shown as written
    from quote_cases import speakers
    assert speakers(tmp_path, "Rhea Ambrose works at the plant.\n\n“I found out on my phone,” shares Rhea Ambrose, who has "
                              "worked there for years. “Nobody said a word to us.”") == ["Rhea Ambrose"]
    assert speakers(tmp_path, "Senators Mara Quell and Tobin Arne on Monday sent a letter to the agency.\n\n"
                              "“The agency must act before summer.”") == ["Mara Quell and Tobin Arne"]
    path = tmp_path / "label.txt"
    path.write_text("Lionel Fairweather is a doctor.\n\nDr. Fairweather's advice: “Drink water and rest.”", encoding="utf-8")
    from medialit import find_quotes
    from medialit.corpus.loader import load_article
    assert find_quotes(load_article(path)).reason.tolist() == ["quoted words after the label “Dr. Fairweather's advice:”"]


def test_documents_nobody_named_speak_as_written(tmp_path):
    # sixty-eighth held-out batch, once dev: "One review of … showed “…”": the document as written is the speaker, and its
    # credit a vague source; never "A study by Dr. X found", whose author speaks
    from quote_cases import speakers
    text = ("One review of published trials showed “lower risk for children.” Another review that focused on school "
            "studies found “no rise in cases.” A different analysis of 32 studies indicated that “children had lower odds.”")
    assert speakers(tmp_path, text) == ["One review of published trials", "Another review that focused on school studies",
                                        "A different analysis of 32 studies"]
    assert speakers(tmp_path, "A study by Dr. Ana Ruiz found “strong evidence that masks help.”") == ["Dr. Ana Ruiz"]
    from quote_cases import attribution_rows
    assert [k for k, _ in attribution_rows(tmp_path, text)] == ["vague", "vague", "vague"]


@pytest.mark.parametrize("text, expected", [
    # the sixty-ninth held-out batch, once dev: people named by what they tried or used, someone's relative before a
    # quote, a relative named beside, and a user's handle in marks
    ("Many agency APIs still return XML. As one evaluator said, “If I’m not getting JSON, I’m turned off.”", ["one evaluator"]),
    ("Posting your docs on GitHub, according to one tester, “gives me confidence in the team.”", ["one tester"]),
    ("Agents arrested Tam Ellery at dawn. As Ellery’s wife said, when they saw the agents, “the kids were all just screaming.”",
     ["Ellery’s wife"]),
    ("Rowan Pike died in the crash. Pike's mother, Delphine Okafor, said on TV, “She did not stop.”", ["Delphine Okafor"]),
    ("“Gold before the new year is up to you!” comments one user ‘Quiet Lantern’ under a rally video.", ["Quiet Lantern"]),
])
def test_testers_relatives_and_handles(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the sixty-ninth held-out batch, once dev: a joint statement printed in the lede's paragraph by a scrape that ran the
    # release together; a generation between the signers' names
    ("Today, Representatives Mara Quell, Tobin Arne, and Lise Dorr released a statement urging leaders to cut the budget. "
     "This call follows a recentreportfrom the Government Accountability Office (GAO).\"As we continue, it is important.\"",
     ["Mara Quell, Tobin Arne and Lise Dorr"]),
    ("WASHINGTON—Today, Reps. Mara Quell (D-WI), Orrin Vale, Jr, (D-NJ), and Lise Dorr (D-MA), released the following "
     "statement in response to recent reports.\"We stand with the workers.\"", ["Mara Quell, Orrin Vale and Lise Dorr"]),
    # (never when someone is named after the statement's sentence, nor a quote that speaks as "I")
    ("Today, Representatives Mara Quell and Tobin Arne released a statement urging leaders to act. Secretary Ivo Brand "
     "disagreed. \"The budget is fine.\"", ["Ivo Brand"]),
    ("Today, Representatives Mara Quell and Tobin Arne released a statement urging leaders to act. \"I am proud of it.\"", [None]),
])
def test_joint_statements_in_the_ledes_paragraph(tmp_path, text, expected):
    from quote_cases import speakers
    assert speakers(tmp_path, text) == expected


def test_a_paragraph_break_right_after_the_opening_mark(tmp_path):
    # the seventieth held-out batch, once dev: 'Of the bill, Senate leads A, B, and C said, “' ends its paragraph, the words
    # open the next: a quote of theirs (joined speakers go on into a quote-only paragraph as one person does)
    from quote_cases import speakers
    text = ("Of the bill, Senate leads Mara Quell, Tobin Arne, and Lise Dorr said, “\n\n"
            "We have made progress on the shortage, but there is still work to do. This bill will help.")
    assert speakers(tmp_path, text) == ["Mara Quell, Tobin Arne and Lise Dorr", "Mara Quell, Tobin Arne and Lise Dorr"]
    # (a closing straight mark after a space ends the paragraph before: nothing opens)
    text = "He recalled the meeting: 'Let us talk tomorrow.' \"\n\nReportedly, the two have been at odds for months."
    from medialit import find_quotes
    from medialit.corpus.loader import load_article
    path = tmp_path / "closed.txt"
    path.write_text(text, encoding="utf-8")
    assert 2 not in find_quotes(load_article(path)).paragraph.tolist()


def test_newcomer77_a_relative_clause_and_a_handle(tmp_path):
    # newcomer adv77: 'A witness who asked not to be named said the squall came "out of nowhere."' had no speaker; nor
    # '"…," wrote @riverrat_88 on the forum'
    from quote_cases import speakers
    assert speakers(tmp_path, 'A witness who asked not to be named said the squall came "out of nowhere."') == ["A witness"]
    assert speakers(tmp_path, 'One resident who lives nearby said, "The squall hit us hard."') == ["One resident"]
    assert speakers(tmp_path, '"This is the third outage this month," wrote @quietpike_07 on the Dunmore Community Forum.') \
        == ["@quietpike_07"]


def test_a_mark_that_closes_one_quote_and_opens_the_next(tmp_path):
    # the seventy-first held-out batch, once dev: '… as 30 former officials have publicly urged."We encourage …"': the
    # officials are inside the first quote, never the second's speaker; "issued the below statement" introduces it
    from quote_cases import speakers
    text = ('WASHINGTON – Today, Representatives Mara Quell (WI-02), Tobin Arne (CA-17), and Lise Dorr (MA-02) issued the below '
            'statement on the vote:"The stakes have never been higher, as 30 former officials have publicly urged."We encourage '
            'our colleagues to unite around this measure."')
    assert "officials" not in [s for s in speakers(tmp_path, text) if s]
    assert speakers(tmp_path, text)[0] == "Mara Quell, Tobin Arne and Lise Dorr"
