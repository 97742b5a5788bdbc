"""The readers of a figure's words (factcheck/extract/tokens.py, lemmas.py, noun_phrase.py, tense.py, cues.py) and
the word lists they and the rules read (factcheck/lexicon/people.yaml, places.yaml, clauses.yaml, frames.yaml), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from factcheck.extract.cues import AGE_BEFORE, dates_an_event
from factcheck.extract.lemmas import (
    comparative,
    lemmas,
    noun_lemma,
    part_of_speech,
    singular_noun,
    unmarked_plural,
    verb_form,
    verb_of_noun,
)
from factcheck.extract.noun_phrase import counted_phrase, subject_after
from factcheck.extract.numbers import scan
from factcheck.extract.tense import tense_near
from factcheck.extract.tokens import Token, tokens
from factcheck.lexicon.words import words
from factcheck.rules.model import attributions
from factcheck.rules.part_of_total import _total_after
from factcheck.rules.things import comparable_things, is_part, is_people, not_the_count, places


def after(sentence: str, figure: str) -> tuple[str, str, int] | None:
    return counted_phrase(sentence, sentence.index(figure) + len(figure))


def test_tokens_keep_their_offsets_and_drop_a_closing_full_stop() -> None:
    assert tokens("Gaza's 2.3 million U.S. aid.") == [
        Token("Gaza's", 0, 6), Token("2.3", 7, 10), Token("million", 11, 18), Token("U.S", 19, 22),
        Token("aid", 24, 27)]
    assert tokens("14 AK-47s and F-16 jets") == [
        Token("14", 0, 2), Token("AK-47s", 3, 9), Token("and", 10, 13), Token("F-16", 14, 18), Token("jets", 19, 23)]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Hyundai recalled 460 Kia and Hyundai vehicles on Monday.", "460", ("kia and hyundai vehicle", "vehicle", 45)),
        # two adjectives before a plural head: the payments are counted, not "equal" (nor "one day earlier rains")
        ("Pay $99 down with 24 equal monthly payments of $20.", "24", ("equal monthly payment", "payment", 43)),
        ("It came one day earlier rains fell.", "one", ("day", "day", 15)),
        ("Officials counted 120 cases of cholera in the camp.", "120", ("case of cholera", "case", 27)),
        ("Coaches watched 65 snaps of man coverage.", "65", ("snap of man coverage", "snap", 24)),
        ("He lifted 10 sets of weigh.", "10", ("set", "set", 17)),  # "weigh" is a verb: no noun the sets are of
        ("Sheriff Johnson said eight more deputies were sent.", "eight", ("deputy", "deputy", 40)),
        ("The firm employs 14 Johnson's deputies.", "14", ("johnson deputy", "deputy", 38)),
        ("Boeing ordered two new 737 Max jets.", "two", ("new 737 max jet", "jet", 35)),
        # an adjective alone is no head; adjectives joined by "and" share the noun after them
        ("The team won four consecutive games.", "four", ("game", "game", 35)),  # a run's adjective: no name
        # an adjective for people is what is counted (the third code review)
        ("Spain had 2.8 million unemployed in February.", "2.8 million", ("unemployed", "unemployed", 32)),
        ("The album sold 2.1 million digital and physical copies.", "2.1 million",
         ("digital and physical copy", "copy", 54)),
        ("Tesla delivered 63,150 Model 3s in the quarter.", "63,150", ("model 3s", "3s", 31)),
        # a day after the head tells when, it names nothing counted (a sports reviewer's G05; "20 points Monday night")
        ("Kallio turned aside 33 shots Wednesday as the Ironjacks won.", "33", ("shot", "shot", 28)),
        ("Tyler Hansbrough scored 20 points Monday night.", "20", ("point", "point", 33)),
        ("Quenby posted its third consecutive quarterly loss.", "third", ("quarterly loss", "loss", 50)),
        ("Lakeshore won its third straight game.", "third", ("game", "game", 37)),
        # a run with no noun after it is told by its adjective, as before (no noun of the sentence borrowed)
        ("Charleston has lost two straight after a win streak.", "two", ("straight", "straight", 32)),
        ("Microsoft patches bugs on the second Tuesday of each month.", "second", ("tuesday", "tuesday", 44)),
        ("He bought three Sunday newspapers.", "three", ("sunday newspaper", "newspaper", 33)),
        # a day after a people's plural name tells when ("Palestinians Sunday" was read as a model's name, and the
        # figure dropped)
        ("Israeli strikes killed 12 Palestinians Sunday, medics said.", "12", ("palestinian", "palestinian", 38)),
        # the second code review: a day's name and its part of the day before a noun, participles that describe
        ("Steve Martin has hosted 15 Saturday Night Live episodes.", "15",
         ("saturday night live episode", "episode", 55)),
        ("St Mary's church holds two Sunday morning services.", "two", ("sunday morning service", "service", 50)),
        ("A group of 12 armed Taliban attacked the police post.", "12", ("taliban", "taliban", 27)),
        ("A contingent of 400 trained Kenyan police arrived in Haiti.", "400",
         ("kenyan police", "police", 41)),
        # a past form before a single name is the figure's verb, not a participle of its noun
        ("Soldiers found 12 injured Gaza residents.", "12", ("gaza resident", "resident", 40)),
        ("The navy arrested 23 armed Somalian and Yemeni pirates.", "23",
         ("somalian and yemeni pirate", "pirate", 54)),
        # the first code review's pairs: a day inside a name, a participle before a people's name, a figure of no
        # noun phrase before a past form
        ("Biden won 10 Super Tuesday states on Tuesday.", "10", ("super tuesday state", "state", 33)),
        ("Retailers counted 5 million Black Friday shoppers.", "5 million",
         ("black friday shopper", "shopper", 49)),
        ("Five armed Taliban attacked a checkpoint.", "Five", ("taliban", "taliban", 18)),
        ("Coast guards recovered 27 drowned Eritrean off Sfax.", "27", ("eritrean", "eritrean", 42)),
        ("Nearly 300 stranded Irish were flown home.", "Nearly 300", ("irish", "irish", 25)),
        ("Officials said 50 infected Marriott staff were quarantined.", "50", ("marriott staff", "staff", 41)),
        ("His day ended with 3 abducted Italian aid workers freed.", "3", ("italian aid worker", "worker", 49)),
        # a model's designation is one word: the rifles are counted, not "AK"
        ("The Navy confiscated 14 AK-47 rifles from the boat.", "14", ("ak-47 rifle", "rifle", 36)),
        ("The army sent 20 T-72 tanks to the border.", "20", ("t-72 tank", "tank", 27)),
        ("The company will build 20 decently sized coal-fired power plants.", "20",
         ("coal-fired power plant", "plant", 64)),
        ("The club signed 15 student council members.", "15", ("student council member", "member", 42)),
        ("About 32,000 displaced Palestinians have returned.", "32,000", ("palestinian", "palestinian", 35)),
        ("About 85% of Gazans have fled their homes.", "85%", ("gazan", "gazan", 19)),
        # "staff" and "police" are plural as written (people.yaml): no head shared with the nouns after "and"
        ("The agency laid off 300 staff and contract workers.", "300", ("staff", "staff", 29)),
        ("The agency laid off 300 office and contract workers.", "300", ("office and contract worker", "worker", 51)),
        ("Some 412 police and army officers were deployed.", "412", ("police", "police", 15)),
        # a noun in -s that is no plural ("measles", "series") before the head: "cases" is a noun, not its verb
        ("Harlan County has confirmed 320 measles cases so far.", "320", ("measles case", "case", 45)),
        ("The studio released 12 series titles.", "12", ("series title", "title", 36)),
        ("Crews found 3 savings accounts.", "3", ("savings account", "account", 30)),
    ],
)
def test_the_phrase_a_figure_counts(sentence: str, figure: str, expected: tuple[str, str, int]) -> None:
    assert after(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The phone is 25k cheaper than its rivals.", "25k"),  # a comparative counts nothing
        ("The attack killed 70, Iranian officials said.", "70"),  # the comma ends the figure's phrase
        # an adverb the word tables also read as an adjective, and a time after the figure, count nothing
        ("A new survey puts the Democratic Forum in front with 34% ahead of next month's election.", "34%"),
        ("Estmark's jobless rate climbed to 7.2% last month, the highest in three years.", "7.2%"),
        ("Frostvik recorded a low of minus 31C early on Wednesday.", "31C"),  # an environment reviewer's G24
        ("The two candidates finished 212 votes apart.", "212 votes"),
        ("Arjun Malvade's 124 anchored Eastport to 331-7 at stumps.", "124"),  # a sports reviewer's G11
        ("A crowd of 61,000 cheered Messi at the stadium.", "61,000"),  # the crowd, the phrase before it names
        ("Shares of Quell fell 7% today after the report.", "7%"),  # a day right after the figure tells when
        ("The central bank cut rates by 25 basis points Wednesday.", "25 basis points"),
    ],
)
def test_a_figure_that_counts_nothing(sentence: str, figure: str) -> None:
    assert after(sentence, figure) is None
    assert subject_after(sentence, sentence.index(figure) + len(figure)) is None


@pytest.mark.parametrize(("noun", "verb"), [
    ("deliberation", "deliberate"), ("negotiations", "negotiate"), ("consultation", "consult"),
    ("examination", "examine"), ("discussion", "discuss"), ("treatment", "treat"), ("closure", "close"),
    ("arrival", "arrive"), ("resistance", "resist"), ("fighting", "fight"), ("questioning", "question"),
    ("execution", "execute"), ("competition", "compete"),
    # no verb's noun, or the verb itself
    ("surgery", None), ("war", None), ("rain", None), ("marriage", None), ("morning", None), ("trial", None),
])
def test_the_verb_a_noun_of_an_action_is_made_from(noun: str, verb: str | None) -> None:
    assert verb_of_noun(noun) == verb


def test_word_classes() -> None:
    assert part_of_speech("coal-fired") == {"ADJ", "NOUN"}  # a compound outside lemminflect's tables
    assert part_of_speech("reinsurers") == {"NOUN"}
    assert (verb_form("vetoed"), verb_form("heads"), verb_form("meeting")) == ("past", "present", None)
    assert (noun_lemma("Americans", proper=True), noun_lemma("Hamas", proper=True)) == ("american", "hamas")
    assert [unmarked_plural(w) for w in ("people", "police", "personnel", "staff", "cattle", "page")] == [
        True, True, True, True, True, False]
    assert (singular_noun("page"), singular_noun("police"), singular_noun("cattle")) == (True, False, False)


def test_lemmas_as_lemminflect_gives_them() -> None:
    """factcheck reads lemminflect's published table itself (faster than the package's reader); the answers are
    the package's own: every part of speech, its overrides, lower case, and its model's guess outside the table."""
    assert lemmas("okay") == {"okay", "ok"}  # the table's "OK", in lower case
    assert part_of_speech("'d") == {"AUX", "VERB"}
    assert part_of_speech("everyone") == {"NOUN"}  # from the overrides
    assert noun_lemma("mortgages") == "mortgage"
    assert noun_lemma("reinsurers") == "reinsurer"  # outside the table: the model's guess
    assert (comparative("cheaper"), comparative("paper")) == (True, False)


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The talks will begin on April 7, the FAA said.", "April 7", "future"),
        ("He was arrested on Friday in Lyon.", "Friday", "past"),
        ("Blinken heads to Israel on Friday.", "Friday", "future"),
        # "and" before a verb opens a clause of its own (clauses.yaml, clause_verbs)
        ("The union rejected the offer on Monday and will vote again.", "Monday", "past"),
        ("The strike entered its second day on Tuesday with no talks scheduled, the union said.", "Tuesday", "past"),
        # a plain form a verb of seeing governs tells no schedule (clauses.yaml bare_infinitive_after)
        ("More than 40,000 spectators saw the Hawks win 27-18 at Keel Park on Tuesday.", "Tuesday", "past"),
        ("They meet again on Wednesday.", "Wednesday", "future"),
    ],
)
def test_tense(sentence: str, expression: str, tense: str) -> None:
    start = sentence.index(expression)
    assert tense_near(sentence, start, start + len(expression)) == tense


@pytest.mark.parametrize(
    ("sentence", "year", "dated"),
    [
        ("Manson ordered the 1967 slayings of seven people.", "1967", True),
        ("Iran's 2009 vote was disputed.", "2009", True),
        ("France won the 1998 World Cup final.", "1998", True),
        ("Police counted 1,967 slayings.", "1,967", False),
        ("Police said 1998 people attended.", "1998", False),
    ],
)
def test_a_year_that_dates_an_event(sentence: str, year: str, dated: bool) -> None:
    start = sentence.index(year)
    assert dates_an_event(sentence, start, start + len(year)) is dated


def test_words_before_an_age() -> None:
    assert [bool(AGE_BEFORE.search(t)) for t in ("a man aged ", "at age ", "under the age of ", "a page ")] == [
        True, True, True, False]


def test_people_nouns_are_one_list() -> None:
    assert [is_people(w) for w in ("people", "personnel", "gunmen", "palestinians", "gazans", "villages")] == [
        True, True, True, True, True, False]
    listed = [w for name in ("whole", "groups", "collective") for w in words("people", name)]
    assert all(is_people(w) for w in listed)
    assert comparable_things("children", "people") and not comparable_things("people", "village")
    assert not comparable_things("men", "climbers")  # two groups: neither is known to hold the other


def test_parts_places_and_kin() -> None:
    assert is_part("Two women and a man were killed.", 0, 3, "count")
    assert not is_part("24 people dead and 249 injured.", 0, 2, "count")  # two predicates, not a list of parts
    assert is_part("The blast left 30 people seriously injured.", 15, 17, "count")  # the worst hurt of the injured
    # a second verb after "and" is no subset: "two peacekeepers" killed are no part of "Three" killed (a world-news
    # reviewer's G22)
    assert not is_part("A mine killed two peacekeepers and seriously wounded another.", 14, 17, "count")
    assert is_part("$281 million of the purchase price will be in cash.", 0, 12, "money")
    assert not_the_count("A mother of 12 was killed.", 12)
    assert places("The quake struck off north-west Sumatra, not in Southern Iran or at France's border.") == {
        "Sumatra", "Iran"}
    # a kind of place before "of" and its name: the name is the place
    assert places("A quake also hit off the city of Banda Aceh in Sumatra Island in May 2012.") == {
        "Banda Aceh", "Sumatra Island"}
    assert places("Houses in the village of Gavarzin have been destroyed.") == {"Gavarzin"}


def test_whom_a_sentence_credits() -> None:
    assert attributions("The Health Ministry estimated 212 dead, according to the UN.") == {"health ministry", "un"}


def test_a_total_after_of() -> None:
    sentence = "They won 18 of those 15 seats."
    assert _total_after(sentence, sentence.index("18") + 2, scan(sentence)).value == 15
