"""Frames: what a figure is about (thing, predicate, owner, time), read from sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcheck
from factcheck.align import align
from factcheck.documents import Document
from factcheck.errors import RuleError
from factcheck.extract import extract, extract_facts
from factcheck.facts import frame_facts
from factcheck.frames import EVENT, OTHER, RAW, Frame, frame_of, owners_match
from factcheck.lexicon import _merge, _read, default_lexicon
from factcheck.rules.loader import load_rules

LEXICON = default_lexicon()


def frame(kind: str, sentence: str, surface: str, subject: str | None = None, unit: str | None = None,
          time: str = EVENT) -> Frame:
    start = sentence.index(surface)
    return frame_of(kind, unit, subject, sentence, start, start + len(surface), LEXICON, time)


@pytest.mark.parametrize(
    ("kind", "sentence", "surface", "subject", "unit", "time", "expected"),
    [
        ("count", "Officials said 212 people were killed when the dam gave way.", "212", "people", None, EVENT,
         Frame("people", "kill", None, EVENT)),
        # "the death toll ... rose to 212": a change verb moves the toll, which counts the dead
        ("count", "The death toll rose to 212 on Friday.", "212", None, None, EVENT,
         Frame("people", "kill", None, EVENT)),
        ("count", "Kobe Bryant scored 14 points in the win over Denver.", "14", "point", None, EVENT,
         Frame("points", "score", "kobe bryant", EVENT)),
        ("count", "Gasol's 12 points led the Lakers.", "12", "point", None, EVENT,
         Frame("points", "~lead", "gasol", EVENT)),
        # a trigger word near an unrelated figure: the counts are of murder and of kidnapping, not hostages
        ("count", "He was charged with two counts of murder and one count of kidnapping.", "two", "count", None,
         EVENT, Frame("count of murder", "arrest", None, EVENT)),
        # "two murder charges" are counts of murder, as "two counts of murder" are; "one kidnapping charge" counts
        # kidnapping; a charge of no offence named is a charge
        ("count", "He was arraigned on two murder charges and one kidnapping charge.", "two", "charge", None, EVENT,
         Frame("murder", "arrest", None, EVENT)),
        ("count", "He was arraigned on two murder charges and one kidnapping charge.", "one", "charge", None, EVENT,
         Frame("kidnapping", "arrest", None, EVENT)),
        ("count", "She faces three felony charges in the case.", "three", "charge", None, EVENT,
         Frame("charge", "arrest", None, EVENT)),
        # the offence a count is of is what it counts, not its event: the verb before it is ("found guilty of",
        # "pleaded not guilty to"), not the offence's ("murder": kill) nor another count's
        ("count", "A jury found him guilty of two counts of murder and one count of kidnapping.", "two counts",
         "murder", None, EVENT, Frame("murder", "convict", None, EVENT)),
        ("count", "Verle pleaded not guilty to two counts of murder on Monday.", "two counts", "murder", None, EVENT,
         Frame("murder", "plead", None, EVENT)),
        # a charge brought with a verb the lexicon knows as no event: charged; one of another stage keeps its own
        ("count", "Fenn faces four counts of attempted murder.", "four counts", "murder", None, EVENT,
         Frame("attempted murder", "arrest", "fenn", EVENT)),
        ("count", "Prosecutors dropped two counts of murder on Friday.", "two counts", "murder", None, EVENT,
         Frame("murder", "fall", None, EVENT)),
        ("count", "He has two prior convictions for burglary.", "two", "conviction", None, EVENT,  # "prior": no offence
         Frame("conviction", "convict", None, EVENT)),
        # a figure in brackets belongs to the clause the brackets stand in
        ("measure", "The quake struck at a depth of 10 kilometres (6.2 miles), the USGS said.", "6.2 miles", None,
         "m", EVENT, Frame("depth", "strike", None, EVENT)),
        ("measure", "In 2004, a magnitude 9.1 quake struck off Sumatra.", "9.1", None, "magnitude", "2004",
         Frame("magnitude", "strike", None, "2004")),
        ("count", "The plant will cut 300 jobs next year.", "300", "job", None, EVENT,
         Frame("jobs", "cut", None, OTHER)),
        ("count", "The plant cut 300 positions.", "300", "position", None, EVENT,
         Frame("jobs", "cut", None, EVENT)),
        # the "would" of reported speech tells the plan announced; a modal of what may be does not
        ("count", "The automaker said it would cut 2,000 jobs at its Ohio plants.", "2,000", "job", None, EVENT,
         Frame("jobs", "cut", None, EVENT)),
        ("count", "The automaker could cut 2,000 jobs at its Ohio plants.", "2,000", "job", None, EVENT,
         Frame("jobs", "cut", None, OTHER)),
        # what lasted: the clause's thing, and its predicate
        ("duration", "The meeting between the two leaders in Geneva lasted 90 minutes.", "90 minutes", None, "s",
         EVENT, Frame("meeting", "meet", None, EVENT)),
        # "former" before a person tells who someone was, not another time; before a thing it does (the sentence is
        # the person's, the verb's object)
        ("duration", "A judge sentenced former mayor Tom Berrick to 12 years in prison.", "12 years", None, "s",
         EVENT, Frame(None, "sentence", "tom berrick", EVENT)),
        ("count", "The former record of 12 goals stood for years.", "12", "goal", None, EVENT,
         Frame("former goals", "score", None, OTHER)),
        # "former" before the figure's own noun, with only "was" between: another time's (the code review's misfire)
        ("count", "Its former workforce there was 3,000 workers.", "3,000", "worker", None, EVENT,
         Frame("workers", None, None, OTHER)),
        # a possessive after the name after "from": the name owns the record, not the points
        ("count", "He had 12 points from Ada Finn's record.", "12", "point", None, EVENT,
         Frame("points", "score", None, EVENT)),
        # a span in prison after a verb of jailing or spending is a prison term, not an arrest or an outlay
        ("duration", "Dell was jailed for 21 years on Thursday.", "21 years", None, "s", EVENT,
         Frame(None, "sentence", None, EVENT)),
        ("duration", "Dell will spend 21 years behind bars, a judge ruled.", "21 years", None, "s", EVENT,
         Frame(None, "sentence", None, EVENT)),
        # the name set off right before an age owns it, not a possessive before that (test_pairs3 T26)
        ("measure", "Lidia Marren's son, Pavel, 67, said his mother had died at home on Tuesday.", "67", None, "year",
         EVENT, Frame("age", "kill", "pavel", EVENT)),
        # a weekday after the name is no part of it (AP style: "from Dario Quell Wednesday night")
        ("count", "The Jays beat the Owls behind 28 points from Dario Quell Wednesday night.", "28", "point", None,
         EVENT, Frame("points", "win", "dario quell", EVENT)),
        # the background time stands between the figure and a day: the day is of the nights, the figure last season's
        ("count", "The drama averaged 3.4 million viewers last season on Sunday nights.", "3.4 million", "viewer",
         None, EVENT, Frame("average viewer", "~average", None, OTHER)),
        # a figure told with its own day keeps it, whatever other time a later clause tells
        ("money", "A judge set bail at $250,000 on Thursday for a woman accused of killing a cyclist last month.",
         "$250,000", None, "USD", EVENT, Frame("bail", "kill", None, EVENT)),
        ("money", "Sales rose to $5 billion, up from $4 billion last year.", "$4 billion", None, "USD", EVENT,
         Frame(None, None, None, OTHER)),
        # nor before someone the clause's verb tells of, whatever the noun ("bookkeeper" is in no list of people)
        ("duration", "A former bookkeeper was sentenced on Thursday to 12 years in prison.", "12 years", None, "s",
         EVENT, Frame(None, "sentence", None, EVENT)),
        ("count", "If sales slow, the automaker would cut 2,000 jobs.", "2,000", "job", None, EVENT,
         Frame("jobs", "cut", None, OTHER)),
        ("ordinal", "Blinken, on his sixth trip to the region since the war began, met Netanyahu.", "sixth", "trip",
         None, EVENT, Frame("since trip", "meet", "blinken", EVENT)),
        ("count", "More than a million Palestinians are sheltering in Rafah.", "More than a million", "palestinian",
         None, EVENT, Frame("people", "displace", None, EVENT)),
        ("count", "Last year the flood destroyed 40 homes in the valley.", "40", "home", None, EVENT,
         Frame("homes", "destroy", None, OTHER)),
        # a place that does nothing to the figure owns none of it
        ("count", "The southern Gaza city where over one million people are sheltering.", "over one million",
         "people", None, EVENT, Frame("people", "displace", None, EVENT)),
        ("money", "The MacBook Air costs $999 in the United States.", "$999", None, "USD", EVENT,
         Frame("price", "price", "macbook air", EVENT)),
        ("measure", "Police said the 61-year-old Eric Kirk opened fire.", "61-year-old", None, "year", EVENT,
         Frame("age", "shoot", "eric kirk", EVENT)),
        # an age before a noun belongs to that noun: a person the sentence does not name owns no comparable age
        ("measure", "Orozco was charged with murdering the 35-year-old deputy on June 24.", "35-year-old", None,
         "year", EVENT, Frame("age", "kill", None, EVENT)),
        ("measure", "Warren Jeffs's 16-year-old daughter testified.", "16-year-old", None, "year", EVENT,
         Frame("age", "~testify", None, EVENT)),
        ("measure", "The shooting claimed the life of 34-year old Zurana Horton, police said.", "34-year old", None,
         "year", EVENT, Frame("age", "shoot", "zurana horton", EVENT)),
        ("measure", "Jeffs was convicted of assaulting two girls, aged 15 and 12.", "15", None, "year", EVENT,
         Frame("age", "~age", None, EVENT)),
        # an age at another time than the story's
        ("measure", "Teixeira, who turns 29 on April 11, hit 33 home runs.", "29", None, "year", EVENT,
         Frame("age", "~turn", "teixeira", OTHER)),
        ("measure", "Lopez, who was 18 at the time of the shooting, confessed.", "18", None, "year", EVENT,
         Frame("age", "shoot", "lopez", OTHER)),
        # a figure joined to its noun describes the noun after it: a streak three games long, not three games
        ("count", "The Sixers had a three-game losing streak going into Saturday.", "three-game", "game", None,
         EVENT, Frame("round streak", "lose", "sixers", EVENT)),
        # an ordinal over a span ("in a decade") is a count of that span, compared only with such
        ("ordinal", "The mayor called it the third major flood in a decade.", "third", "flood", None, EVENT,
         Frame("since flood", "damage", None, EVENT)),
        # "a mother of 12": her children, a count she is known by, not of what befell her; bound to being their
        # mother, however spelt
        ("count", "A stray bullet killed a mother of 12 outside the school.", "12", None, None, EVENT,
         Frame("children", "mother", None, EVENT)),
        ("count", "Gang member guilty in slay of Brooklyn mom of 12", "12", None, None, EVENT,
         Frame("children", "mother", None, EVENT)),
        ("count", "The newlywed and father to two boys died almost immediately.", "two", None, None, EVENT,
         Frame("children", "father", None, EVENT)),
        # a phrase with its object inside it ("found him guilty"); a noun of an idiom takes none ("leave office")
        ("date", "In September 2007 a Utah jury found him guilty of rape.", "September 2007", None, None, EVENT,
         Frame("offence rape", "convict", None, EVENT)),
        ("date", "Twelve other people managed to leave the office on Monday.", "Monday", None, None, EVENT,
         Frame(None, "~manage", None, EVENT)),
        # a fire or a war that breaks out begins; a dam that breaks gives way
        ("time", "Residents were evacuated after the blaze broke out about 8.40pm.", "8.40pm", None, None, EVENT,
         Frame(None, "begin", None, EVENT)),
        # a fronted adverbial tells the time of the clause after its comma
        ("date", "In August, the Utah Supreme Court tossed out the conviction.", "August", None, None, EVENT,
         Frame(None, "overturn", None, EVENT)),
        ("date", "On Sunday night, police arrested two men in Bountiful.", "Sunday night", None, None, EVENT,
         Frame(None, "arrest", None, EVENT)),
        ("date", "The quake struck on Sunday, killing two.", "Sunday", None, None, EVENT,
         Frame(None, "strike", None, EVENT)),
        ("time", "On Thursday, November 10th at approximately 3:00 pm, the Yida Refugee Camp in South Sudan was "
                 "bombed.", "3:00 pm", None, None, EVENT, Frame(None, "attack", None, EVENT)),
        ("date", "Next week, the same jury will begin hearing evidence in the penalty phase.", "Next week", None, None,
         EVENT, Frame(None, "begin", None, EVENT)),
        # a place before the time may be another event's: no fronted time
        ("date", "In Atlanta's CNN Center on Tuesday, police say a man shot his girlfriend.", "Tuesday", None, None,
         EVENT, Frame(None, None, "atlanta", EVENT)),
        # the day of a charge is the day of one offence's
        ("date", "In 2004, Gomes was charged with stealing a $500 guitar from his sister.", "2004", None, None,
         EVENT, Frame("offence steal", "arrest", None, EVENT)),
        ("date", "He was charged in 1999 with three counts of first-degree murder.", "1999", None, None, EVENT,
         Frame("offence kill", "arrest", None, EVENT)),
        ("date", "Gigante was acquitted in 1958 on charges of attempted murder.", "1958", None, None, EVENT,
         Frame("offence kill", "acquit", "gigante", EVENT)),
        # a year before a work and its title: the title's release
        ("date", "Page inspired the 2005 film The Notorious Bettie Page.", "2005", None, None, EVENT,
         Frame(None, "announce", "notorious bettie page", EVENT)),
        ("date", "Page was celebrated in the 2006 HBO movie, The Notorious Bettie Page, starring Gretchen Mol.", "2006",
         None, None, EVENT, Frame(None, "announce", "notorious bettie page", EVENT)),
        # how many times: of the verb right before; a year past a semicolon is another part's
        ("count", "Page married twice; the first marriage lasted from 1943 to 1947.", "twice", "time", None, "1943",
         Frame("time", "marry", None, EVENT)),
        ("count", "Page was married three times and divorced twice.", "twice", "time", None, EVENT,
         Frame("time", "~divorce", None, EVENT)),
        ("count", "She married two more times yet both unions failed.", "two", "time", None, EVENT,
         Frame("additional time", "marry", None, EVENT)),
        # a sentence may open with a surname alone: one no English table knows, doing the verb after it
        ("count", "Hansbrough finished with 20 points and now has 2,302 for his career.", "20", "point", None, EVENT,
         Frame("points", "score", "hansbrough", EVENT)),
        ("count", "Survivors said 20 people died in the fire.", "20", "people", None, EVENT,
         Frame("people", "kill", None, EVENT)),
        # a count over the first or last stretch of its event is a part of the event's
        ("count", "McDermott had 10 points in the first 7 ½ minutes, then broke the record.", "10", "point", None,
         EVENT, Frame("partial points", None, "mcdermott", EVENT)),  # "7 ½ minutes" is no verb "minute"
        # a count at the half is the first half's (ECB+ t31_ecbplus), and a player's when it comes "from" him
        ("count", "The Jays led 33-26 at the half, paced by 13 points from McDermott.", "13", "point", None, EVENT,
         Frame("halftime points", "~pace", "mcdermott", EVENT)),
        # a career high is the game's figure, the best of the career; a career total is not
        ("count", "Dario Quell scored a career-high 37 points on Wednesday.", "37", "point", None, EVENT,
         Frame("points", "score", "dario quell", EVENT)),
        ("count", "Dario Quell now has 2,029 career points.", "2,029", "point", None, EVENT,
         Frame("career points", None, "dario quell", EVENT)),
        # no word of what a count counts is its verb: not "assault" (attack), not "rifles" read as a verb
        ("count", "Nine assault rifles, a grenade launcher and a GPS receiver were seized, the Navy said.", "Nine",
         "rifle", None, EVENT, Frame("rifle", None, None, EVENT)),
        # "now has" a player's points: his running total, with his name before the "now" (ECB+ t31_ecb, t31_ecbplus)
        ("count", "Hansbrough now has 2,301 career points as a Tar Heel.", "2,301", "point", None, EVENT,
         Frame("career points", None, "hansbrough", EVENT)),
        ("count", "McDermott now has 2,029 points in 106 games as a Bluejay.", "2,029", "point", None, EVENT,
         Frame("career points", None, "mcdermott", EVENT)),  # "106 games" is no verb "game"
        # a count of a model is of that model, whatever its noun: "six AK-47 rifles", "12 AK 47 guns", "seven AK-47s"
        ("count", "They had six AK-47 rifles, 12 magazines and about 300 rounds.", "six", "rifle", None, EVENT,
         Frame("ak47", None, None, EVENT)),
        ("count", "Police recovered 12 AK 47 guns from the boat.", "12", "gun", None, EVENT,
         Frame("ak47", "~recover", None, EVENT)),
        ("count", "The commandos seized seven AK-47s and two other rifles.", "seven", "ak-47s", None, EVENT,
         Frame("ak47", "seize", None, EVENT)),
        ("count", "Two F-16 jets were scrambled.", "Two", "jet", None, EVENT, Frame("f16", "~scramble", None, EVENT)),
        # a running total over several events is no one event's count (ECB+ t12_ecbplus): "so far", "thus far", "to
        # date", or a count of the events it is totalled over
        ("count", "In their five operations so far, the crew has confiscated 14 AK-47 rifles and 31 magazines.", "14",
         "rifle", None, EVENT, Frame("running ak47", "seize", None, EVENT)),
        ("count", "The ship has, thus far, confiscated a total of 14 AK 47 Rifles and 31 Magazines.", "31", "magazine",
         None, EVENT, Frame("running magazine", None, None, EVENT)),
        ("count", "So far, 40 people have died in the floods.", "40", "people", None, EVENT,
         Frame("people", "kill", None, EVENT)),
        ("count", "The maker has so far declined to comment, but it sold 30 consoles in May.", "30", "console", None,
         EVENT, Frame("console", "price", None, EVENT)),
        ("count", "The ship seized 31 magazines during the five operations it carried out.", "31",
         "magazine", None, EVENT, Frame("running magazine", "seize", None, EVENT)),
        # "suspicions of" names no offence: what follows does ("arrested on suspicion of drunk driving")
        ("date", "Chargers defensive tackle Jamal Williams was arrested early Monday for suspicions of driving under "
                 "the influence.", "early Monday", None, None, EVENT, Frame("offence drive", "arrest", "jamal williams",
                                                                          EVENT)),
        # the span a figure totals may be said after it: "for his career" makes career points
        ("count", "Hansbrough finished with 20 points and now has 2,302 for his career.", "2,302", "point", None,
         EVENT, Frame("career points", "score", None, EVENT)),
        # "found" is "find" (police found the bodies), not "found" a company ("founded in 1931")
        ("date", "Police found the bodies of two women on Tuesday.", "Tuesday", None, None, EVENT,
         Frame(None, "~find", None, EVENT)),
        ("date", "He drifted into the crime family founded in 1931 by Charles Luciano.", "1931", None, None, EVENT,
         Frame(None, "found", None, EVENT)),
        # a date tells when its clause's verb happened, however many words of place stand between ("hit" is its own
        # past form); a noun with a determiner or a possessive before it tells no event of the clause
        ("date", "A magnitude 8.7 earthquake also hit off the coast of Sumatra island in the Indian Ocean in May 2012.",
         "May 2012", None, None, EVENT, Frame(None, "strike", None, EVENT)),
        ("date", "It came as a reply to the rival's purchase of the networking business of a chip maker in January.",
         "January", None, None, EVENT, Frame(None, None, None, EVENT)),
    ],
)
def test_frames_of_real_sentences(kind: str, sentence: str, surface: str, subject: str | None, unit: str | None,
                                  time: str, expected: Frame) -> None:
    assert frame(kind, sentence, surface, subject, unit, time) == expected


def test_owners_match_by_name_inside_a_name() -> None:
    assert owners_match("bryant", "kobe bryant")
    assert not owners_match("gasol", "bryant")
    assert owners_match(None, None)
    assert not owners_match(None, "gasol")


def test_homes_lie_within_structures_and_jobs_are_positions() -> None:
    assert LEXICON.thing("position") == LEXICON.thing("job") == "jobs"
    assert LEXICON.related("homes", "structures")
    assert not LEXICON.related("homes", "people")


def test_a_lexicon_class_within_an_unknown_class_is_an_error() -> None:
    nouns = _read("things.yaml", "classes:\n  homes: {members: [home], within: buildings}\n")
    with pytest.raises(RuleError, match="lies within 'buildings', which no class names"):
        _merge([("things.yaml", {}, nouns, {})])


def test_a_lexicon_with_unknown_keys_or_bad_members_is_an_error() -> None:
    with pytest.raises(RuleError, match="unknown key 'verbs'"):
        _merge([("predicates.yaml", {"verbs": []}, {}, {})])
    with pytest.raises(RuleError, match="must be a list of words"):
        _merge([("things.yaml", {}, {"classes": {"homes": {"members": "home"}}}, {})])
    with pytest.raises(RuleError, match="not valid YAML"):
        _read("things.yaml", "classes: [")


def test_frames_are_columns_of_the_facts_table(tmp_path: Path) -> None:
    import factcheck

    story = tmp_path / "story.md"
    story.write_text("---\npublished: 2026-03-02\n---\nKobe Bryant scored 14 points on Sunday.\n", encoding="utf-8")
    facts = factcheck.check([story]).facts
    row = facts[facts["surface"] == "14"].iloc[0]
    assert (row["thing"], row["predicate"], row["owner"], row["time"]) == ("points", "score", "kobe bryant", EVENT)


def test_the_lexicon_is_part_of_the_batch_fingerprint() -> None:
    from factcheck.fingerprint import source_files

    names = {path.name for path in source_files("factcheck.batch.worker")}
    assert {"predicates.yaml", "things.yaml", "when.py", "owners.py"} <= names  # the frames package's modules


# A rule pack's own word lists: lexicon.yaml beside its rule files.

PACK_LEXICON = """\
things:
  classes:
    homes: {members: [bungalow, chalet], within: structures}
predicates:
  classes:
    poach: [poach, lure away]
"""


def _story(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md").write_text(f"---\npublished: 2025-04-15\n---\n{text}\n", encoding="utf-8")


def test_a_pack_s_word_lists_extend_the_shipped_ones(tmp_path: Path) -> None:
    from factcheck.lexicon import load_lexicon
    from factcheck.rules.loader import default_rules_dir

    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "lexicon.yaml").write_text(PACK_LEXICON, encoding="utf-8")
    lexicon = load_lexicon([default_rules_dir(), pack])
    assert lexicon.thing("bungalow") == "homes" and lexicon.thing("home") == "homes"
    assert lexicon.predicates[("lure", "away")] == "poach" and lexicon.predicates[("kill",)] == "kill"
    assert load_lexicon([default_rules_dir()]) is default_lexicon()
    sentence = "Madrid poached 3 players from the club."
    start = sentence.index("3")
    assert frame_of("count", None, "player", sentence, start, start + 1, lexicon).predicate == "poach"
    assert frame_of("count", None, "player", sentence, start, start + 1, LEXICON).predicate == "~poach"


def test_a_pack_s_things_make_two_figures_one(tmp_path: Path) -> None:
    import factcheck
    from factcheck.rules.loader import default_rules_dir

    _story(tmp_path / "docs", "a", "The flood destroyed 40 bungalows in the valley, officials said.")
    _story(tmp_path / "docs", "b", "The flood destroyed 70 homes in the valley, officials said.")
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "lexicon.yaml").write_text(PACK_LEXICON, encoding="utf-8")
    assert factcheck.check([tmp_path / "docs"]).findings == ()
    [finding] = factcheck.check([tmp_path / "docs"], rules=[default_rules_dir(), pack]).findings
    assert finding.rule == "buildings-destroyed"


@pytest.mark.parametrize(("text", "problem"), [
    ("things: [a, b]\n", "key 'things': must be a mapping"),
    ("verbs: {}\n", "unknown key 'verbs'"),
    ("things:\n  classes:\n    homes: {members: home}\n", "must be a list of words"),
    ("predicates: {classes: {x: [y]}\n", "not valid YAML"),
])
def test_a_pack_s_bad_word_list_names_its_file(tmp_path: Path, text: str, problem: str) -> None:
    from factcheck.lexicon import load_lexicon

    (tmp_path / "lexicon.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_lexicon([tmp_path])
    assert str(raised.value).startswith(str(tmp_path / "lexicon.yaml")) and problem in str(raised.value)


def test_a_source_has_one_name_whatever_its_spelling() -> None:
    assert LEXICON.source("the UN.") == LEXICON.source("U.N.") == LEXICON.source("United Nations") == "united nations"
    assert LEXICON.source("The Associated Press") == LEXICON.source("AP") == "associated press"
    assert LEXICON.source("Kenya Red Cross") == "kenya red cross"  # a name the table does not list is itself


def test_a_pack_adds_source_aliases_and_one_spelling_under_two_names_is_an_error(tmp_path: Path) -> None:
    from factcheck.lexicon import load_lexicon

    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "lexicon.yaml").write_text("sources:\n  aliases:\n    civil defence: [civil defense, rescuers]\n",
                                       encoding="utf-8")
    assert load_lexicon([pack]).source("Civil Defense") == "civil defence"
    (pack / "lexicon.yaml").write_text("sources:\n  aliases:\n    civil defence: [cd]\n    coast guard: [CD]\n",
                                       encoding="utf-8")
    with pytest.raises(RuleError, match="'cd' is listed under both 'civil defence' and 'coast guard'"):
        load_lexicon([pack])
    (pack / "lexicon.yaml").write_text("sources:\n  names: {}\n", encoding="utf-8")
    with pytest.raises(RuleError, match="unknown key 'names'"):
        load_lexicon([pack])


def test_a_mother_of_12_carries_no_key_of_the_killed(tmp_path: Path) -> None:
    from factcheck import check

    (tmp_path / "a.md").write_text("---\npublished: 2011-10-25\n---\nA stray bullet killed a mother of 12 outside "
                                   "the school.\n", encoding="utf-8")
    facts = check([tmp_path]).facts
    [twelve] = facts[facts["surface"] == "12"].itertuples()
    assert (twelve.key, twelve.thing) == (None, "children")


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    # the price of a deal belongs to what it buys, whoever the buyer
    ("Orion has recovered from the $19 billion purchase of Halden Computer, completed in 2002.", "$19 billion",
     "halden computer"),
    ("Earlier this month Orion unveiled a bid of nearly $14 billion to purchase Vantex.", "nearly $14 billion",
     "vantex"),
    ("Orion agreed to buy Halden Systems Inc. for $5.4 billion.", "$5.4 billion", "halden systems inc"),
    ("Orion's $5.4 billion deal for Halden was announced on Monday.", "$5.4 billion", "halden"),
    ("Orion's $334 million deal with Halden is a strong move into servers.", "$334 million", "halden"),
    # a description is no name
    ("Orion said it would buy the Canadian chip-maker for $5.4 billion.", "$5.4 billion", None),
    # a poll's figures belong to whoever ran or published it
    ("A poll for the respected Daily Ledger found that 68 per cent of voters distrust the cabinet.", "68 per cent",
     "daily ledger"),
    ("An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent were unhappy.", "83.3 percent",
     "ethnos"),
    ("A Gallup poll found 41 percent of voters approve.", "41 percent", "gallup"),
    ("An opinion poll found 41 percent of voters approve.", "41 percent", None),
    # an adverb opening the sentence owns nothing
    ("Now, officials said the camp holds more than a million people.", "more than a million", None),
    # a product's price is its name's, not its maker's; a day owns nothing
    ("Fenwick's new Pulse X phone is priced at $999.", "$999", "pulse x"),
    ("Norvale Corp stock ended Thursday's session at $47.80.", "$47.80", None),
    # a day's possessive leaves the name that does the verb
    ("In Thursday's game Smith scored 30 points.", "30", "smith"),
    # a possessed noun phrase whose figure follows "of", however many words it has; not across a verb
    ("Dale broke Rod Burford's school scoring record of 2,116 points.", "2,116", "rod burford"),
    ("He needed 11 points to break Rod Burford's scoring record of 2,106.", "2,106", "rod burford"),
    ("Burford's team said it had lost of late 14 games.", "14", None),
    # "added" with the figure as its object is the owner's verb, not a remark (ECB+ t31: "Richard Carter added 12")
    ("Seth Vane led Drake with 13 points, while Richard Carter added 12 for the Bulldogs.", "12", "richard carter"),
    ("'We were tired,' Carter added, 12 hours later.", "12", None),
    # a span of play the verb takes before "with" sets nothing apart
    ("Hansbrough finished the game with 20 points and nine rebounds.", "20", "hansbrough"),
    ("McDermott ended the night with 2,129 points.", "2,129", "mcdermott"),
    ("McDermott ended the famine with 29 points.", "29", None),
])
def test_owners_of_real_sentences(sentence: str, surface: str, owner: str | None) -> None:
    kind = "money" if "$" in surface else "percent" if "per" in surface else "count"
    assert frame(kind, sentence, surface, "people" if kind == "count" else None).owner == owner


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    # the object of the verb owns what it is sentenced to or suspended for, as its subject does in the passive
    ("A federal judge on Thursday sentenced former mayor Tom Berrick to 12 years in prison.", "12 years",
     "tom berrick"),
    ("Former mayor Tom Berrick was sentenced to eight years in prison on Thursday.", "eight years", "tom berrick"),
    ("The league suspended Dale Ortman for 10 games.", "10 games", "dale ortman"),
    # a name told to nobody's figure: "told Reuters 40 people died" gives Reuters nothing
    ("A spokesman told Reuters 40 people had died.", "40", None),
])
def test_the_object_of_a_verb_owns_its_span(sentence: str, surface: str, owner: str | None) -> None:
    kind = "count" if surface == "40" else "duration"
    assert frame(kind, sentence, surface, "people" if kind == "count" else None).owner == owner


@pytest.mark.parametrize(("sentence", "owner"), [
    # a place a clause is set off from owns nothing: the climber fell, not the country
    ("A second climber, living in Dunmore, New Caledonia, slipped on ice and fell 700 meters to his death.", None),
    ("The guide, who lived in New Caledonia, slipped on ice and fell 700 meters.", None),
    # the name a clause is set off from does
    ("Mark Ellory, a guide from Dunmore, slipped on ice and fell 700 meters.", None),
    # a name set off as another name of a part of the subject ("..., or SPLA-N,") owns nothing
    ("A fight between the army and the Northern Front, or NF, left 700 meters of road in ruins.", None),
    ("The guide Mark Ellory, who fell 700 meters, was found on Sunday.", "mark ellory"),
])
def test_a_place_set_off_by_commas_owns_nothing(sentence: str, owner: str | None) -> None:
    assert frame("measure", sentence, "700 meters", unit="m").owner == owner


def test_owners_match_whatever_their_spaces_and_hyphens() -> None:
    assert owners_match("sea micro", "seamicro") and owners_match("hewlett packard", "hewlett-packard")
    assert not owners_match("sea micro", "seamount")


@pytest.mark.parametrize(("kind", "sentence", "surface", "predicate"), [
    # "free" as an adjective frees no one
    ("money", "Halden will top the $161 million that fellow free agent Tom Reyes received.", "$161 million",
     "~receive"),
    ("count", "Rescuers freed 12 miners from the collapsed shaft on Monday.", "12", "rescue"),
    # independence is declared, whatever verb gains it, and a peace deal is signed, not bought
    ("date", "Norland gained independence in July under a peace deal that ended the war.", "July", "declare"),
    ("date", "The two sides signed a peace deal in March, ending the war.", "March", "sign"),
    ("date", "Voters backed secession in a referendum in January.", "January", "vote"),
    # a verb after "doesn't" or "didn't" did not happen: the clinic arrests nobody
    ("date", "The clinic has been a staple of the town since 1987 and often doesn't charge patients who can't pay.",
     "1987", "begin"),
    # a state "since" a date began then, whatever its verb
    ("date", "Rebels have been fighting the Norland army since June in the hills.", "June", "begin"),
    # unless the lexicon names what holds since then
    ("date", "He has been in custody since March.", "March", "arrest"),
    ("duration", "The studio didn't kick off negotiations with the actor until about three weeks before the film's "
     "opening.", "about three weeks", None),
    # a ship that sank and one that capsized: one event's day, whatever the verb
    ("date", "The passenger ferry sank on Lake Varnholm on Thursday evening after striking rocks.", "Thursday evening",
     "sink"),
    ("date", "The overloaded boat capsized off the coast on Sunday.", "Sunday", "sink"),
    # a noun "names" names nobody (ECB+ t16: "whose names remain unreleased" was announced); the verb does
    ("count", "Two gang members whose names remain unreleased were held.", "Two", f"{RAW}hold"),
    ("date", "Vell was named coach on Friday.", "Friday", "announce"),
    ("date", "He testified Tuesday that he came forward to clear his name.", "Tuesday", f"{RAW}testify"),
    # a reviewer's: the verb "name" is still announce; "This" before a verb is its subject, no determiner
    ("date", "The board will name a new chief executive on March 15.", "March 15", "announce"),
    ("date", "Officials said the names of the dead were released on Friday.", "Friday", "announce"),
    ("count", "This forced 300 residents from their homes.", "300", f"{RAW}force"),
    # the part of a period a time is told by is no event (MEANTIME: "reduce that number to 3,605 by the end of 2010")
    ("date", "Ford plans to hire 300 workers by the end of 2010.", "2010", "hire"),
    ("date", "Pirates have carried out 100 attacks since the start of this year.", "this year", "attack"),
    ("date", "The war came to an end in 1945.", "1945", "end"),
    ("date", "By the end of 2010, the company had cut 3,000 jobs.", "2010", None),
    # a reviewer's: "name" as a verb after a lower-case subject or an adverb; a noun after a qualifier
    ("count", "The Dallas school board names 3 finalists for superintendent.", "3", "announce"),
    ("count", "The White House will formally name 5 new ambassadors on Tuesday.", "5", "announce"),
    ("date", "She signs with her first name only on Friday.", "Friday", "sign"),
    # a span of an action told as a noun after it is the length of that action, as its verb tells it ("the panel
    # deliberated for 40 hours"), whatever verb the clause has (ECB+ t03: "after 30 hours of deliberation")
    ("duration", "The jury was unable to come to a decision after 30 hours of deliberation.", "30 hours",
     f"{RAW}deliberate"),
    ("duration", "The panel deliberated Nichols's fate for 40 hours over four days.", "40 hours", f"{RAW}deliberate"),
    ("duration", "Negotiators reached a deal after 12 hours of tense negotiations.", "12 hours", f"{RAW}negotiate"),
    ("duration", "The town was retaken after three days of heavy fighting.", "three days", f"{RAW}fight"),
    ("duration", "Riots broke out after five days of rioting killed two people.", "five days", f"{RAW}riot"),
    # the predicate the clause names where the noun is its own ("five years of imprisonment" is a sentence), never
    # another class a noun's verb is in ("treat" is in injure's: "90 days of treatment" is no injury)
    ("duration", "He was sentenced to five years of imprisonment.", "five years", "sentence"),
    ("duration", "The court ordered her to serve 90 days of treatment.", "90 days", f"{RAW}treat"),
    # not a time after something ("within hours of"), nor a light verb, nor a noun that is no action
    ("duration", "He hanged himself in his cell within hours of being detained.", "hours", "arrest"),
    ("duration", "The two countries made peace after two years of war.", "two years", None),
    ("duration", "He played only the last 10 minutes of the game.", "10 minutes", f"{RAW}play"),
    # a reviewer's: a span a lasting predicate governs keeps it ("probation" is no "probate"); a part of the action
    # or more of it is not its length
    ("duration", "Judge Orlov sentenced Pim Havard to five years of probation.", "five years", "sentence"),
    ("duration", "The jury returned its verdict after another five hours of deliberation.", "five hours", None),
    ("duration", "The jury reached its verdict in the first two hours of deliberation.", "two hours", f"{RAW}reach"),
])
def test_predicates_of_real_sentences(kind: str, sentence: str, surface: str, predicate: str | None) -> None:
    subject = "miners" if kind == "count" else None
    assert frame(kind, sentence, surface, subject).predicate == predicate


def test_a_month_or_a_day_is_no_place() -> None:
    from factcheck.rules.things import places
    assert places("Norland gained independence in July, and fighting broke out in Kordofan on Sunday.") == {
        "Kordofan"}


@pytest.mark.parametrize(("sentence", "surface"), [
    # a threshold the law sets, not what happened
    ("Under the new law, elections can only be declared valid with a turnout of more than 50 percent.",
     "more than 50 percent"),
    ("A candidate must win at least 40 percent of the vote to avoid a runoff.", "at least 40 percent"),
    # a figure that is the subject of a modal verb: what can happen, not what did
    ("A quake of 6 percent more energy can cause severe damage.", "6 percent"),
])
def test_a_condition_is_not_the_event(sentence: str, surface: str) -> None:
    assert frame("percent", sentence, surface).time == OTHER


@pytest.mark.parametrize(("sentence", "surface", "kind", "time"), [
    # a sentence that opens with another moment, set off by its comma
    ("Earlier this morning, an earthquake with a preliminary magnitude of 2.0 struck near the Geysers.", "2.0",
     "measure", OTHER),
    ("Last season, the Owls lost in the first round to Ridgeway.", "first", "ordinal", OTHER),
    # "former" names what someone was, not when the sentence happens
    ("Former boxing champion, Ray Bowe, 43-1, returned to the ring with an eight round decision win.", "eight",
     "count", EVENT),
    # a modal verb in another verb phrase of the sentence leaves the figure what happened
    ("Police said the gunman targeted two managers and also may have intended to shoot a third.", "two", "count",
     EVENT),
    # another time in another coordinated clause ("and has") is not the figure's
    ("Orion's chief was upbeat at the analyst day earlier this month and has wasted no time, buying Halden for "
     "$334m.", "$334m", "money", EVENT),
    ("Orion bought Halden for $334m earlier this month and has since cut 200 jobs.", "$334m", "money", OTHER),
])
def test_the_time_a_sentence_opens_with(sentence: str, surface: str, kind: str, time: str) -> None:
    assert frame(kind, sentence, surface).time == time


@pytest.mark.parametrize(("sentence", "surface"), [
    ("He is survived by his wife and two sons, ages 16 and 6, Sheriff Waldie said.", "6"),
    ("He fired while two of the woman's children, girls age 6 and 8, looked on.", "8"),
    ("Gary Gomes, 35, faces charges after police found two women -- 68 and 48-years-old -- in his flat.", "68"),
])
def test_ages_of_a_list_of_people_not_named_have_no_owner(sentence: str, surface: str) -> None:
    """The ages of people the story does not name: no owner, whatever name follows ("Sheriff Waldie said")."""
    start = sentence.index(f" {surface}") + 1
    found = frame_of("measure", "year", None, sentence, start, start + len(surface), LEXICON)
    assert (found.thing, found.owner) == ("age", None)


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    ("W. Mark Felt, who leaked secrets to reporters, died Thursday at the age of 95, sources said.", "95",
     "w mark felt"),
    ("Fred LaRue, Watergate Figure, Dies at 75", "75", "fred larue"),
    ("Bettie Page died of pneumonia at the age of 85 in a Los Angeles hospital Thursday.", "85", "bettie page"),
    # "at age" and "aged" after the verb too, however long the description between the name and the verb
    ("Mara Vell, the actress who starred in three war films that broke box-office records, has died at age 95.",
     "95", "mara vell"),
    ("Mara Vell, the best-known actress of her generation, died yesterday aged 95.", "95", "mara vell"),
])
def test_an_age_at_death_is_of_the_name_the_sentence_opens_with(sentence: str, surface: str, owner: str) -> None:
    start = sentence.index(surface)
    found = frame_of("measure", "year", None, sentence, start, start + len(surface), LEXICON)
    assert (found.thing, found.owner) == ("age", owner)


def test_a_verb_names_no_thing() -> None:
    """"will pay $3.1 billion": the verb, not someone's pay (a player's contract); paid for a company, a deal's."""
    sentence = "Orion will pay $3.1 billion in cash for Corvin Labs."
    assert frame("money", sentence, "$3.1 billion", unit="USD").thing == "deal"


@pytest.mark.parametrize(("sentence", "surface", "predicate"), [
    # a progressive verb is a verb ("was carrying"); a word a number counts is none ("six crew" crowed nothing)
    ("The Airbus was carrying 180 passengers and six crew when it skidded.", "180", "carry"),
    ("The Airbus left with 180 passengers and six crew.", "180", None),
    ("The plane had 210 passengers on board.", "210", "carry"),
    ("The rookie had 269 yards on 83 carries.", "269", None),
])
def test_what_carried_a_count(sentence: str, surface: str, predicate: str | None) -> None:
    assert frame("count", sentence, surface, "people").predicate == predicate


def test_a_verb_names_no_set_and_a_speech_is_no_birth() -> None:
    """"A judge set bail at $250,000": bail, not a tennis set; "delivered a 40-minute speech" gave birth to nothing."""
    assert frame("money", "A judge set bail at $250,000 on Thursday.", "$250,000").thing == "bail"
    assert frame("duration", "The premier delivered a 40-minute speech on Thursday.", "40-minute",
                 unit="s").predicate != "birth"


def test_a_number_in_words_is_no_compound_and_a_quarter_is_no_round() -> None:
    """"Thirty-two people" count people (not "people people", as "a three-game streak" is a streak); "taken into
    custody" is an arrest; "$810 million in the fourth quarter" is no round of play."""
    assert frame("count", "Thirty-two people were taken into custody after the brawl.", "Thirty-two",
                 "people") == Frame("people", "arrest", None, EVENT)
    assert frame("money", "The firm earned $810 million in the fourth quarter.", "$810 million").thing != "round"


def test_a_loan_is_a_thing_of_its_own() -> None:
    """"a $2.5 billion term loan": a loan (a term of office or of play, before; a sum takes no sequence's thing)."""
    assert frame("money", "The chipmaker took a $2.5 billion term loan to pay for the acquisition.",
                 "$2.5 billion").thing == "loan"


@pytest.mark.parametrize(("sentence", "surface", "subject", "expected"), [
    # "a total of" may sum over days or places ("A total of 14 soldiers have been killed this month"): a total still
    ("A total of 241 people were killed in the floods.", "241", "people", Frame("total people", "kill", None, EVENT)),
    ("He scored a career total of 2,129 points.", "2,129", "point", Frame("career points", "score", None, EVENT)),
    # members of a voting body counted under a vote are its votes
    ("A total of 241 lawmakers backed the pension overhaul in Thursday's vote.", "241", "lawmaker",
     Frame("votes", "vote", None, EVENT)),
    ("The pension overhaul won the backing of 241 deputies in Thursday's vote.", "241", "deputy",
     Frame("votes", "vote", None, EVENT)),
    ("Some 300 lawmakers attended the opening session.", "300", "lawmaker", Frame("people", "attend", None, EVENT)),
])
def test_a_total_and_the_votes_of_lawmakers(sentence: str, surface: str, subject: str, expected: Frame) -> None:
    assert frame("count", sentence, surface, subject) == expected


@pytest.mark.parametrize(("sentence", "surface", "expected"), [
    # a sum paid for a named company is its price
    ("Helix Pharma will pay $4.2 billion in cash for Corvin Labs, the companies said.", "$4.2 billion",
     Frame("deal", "buy", "corvin labs", EVENT)),
    ("The insurer agreed to pay $5 million for Smith's legal fees.", "$5 million", Frame("price", "pay", None, EVENT)),
    # a sum paid to buy is the deal's (the perturbation benchmark's AMD case read it as a contract's pay)
    ("Halvern Chips is paying about $5.4 billion to acquire graphics chip maker Tessit.", "about $5.4 billion",
     Frame("deal", "buy", None, EVENT)),
    ("Corvant will pay $4.2 billion in cash to buy Lumeo.", "$4.2 billion", Frame(None, "pay", None, EVENT)),
    ("The club will pay $5 million to settle the lawsuit.", "$5 million", Frame(None, "pay", None, EVENT)),
    # not a buyback, a buyout of a contract, nor things bought (the second code review)
    ("The club paid $30 million to buy out coach Smith's contract.", "$30 million",
     Frame("contract", "pay", None, EVENT)),
    ("The Pentagon will pay $2 billion to buy 40 fighter jets.", "$2 billion", Frame(None, "pay", None, EVENT)),
    # a stake, rights, land or a building bought is no company's deal (the third code review)
    ("Harlan paid $2 billion to acquire a stake in Boreal.", "$2 billion", Frame("contract", "pay", "harlan", EVENT)),
    ("Harlan paid $20 million to acquire the old Sears building.", "$20 million",
     Frame("contract", "pay", "harlan", EVENT)),
    ("Harlan paid $2 billion to acquire Boreal Energy.", "$2 billion", Frame("deal", "buy", "boreal energy", EVENT)),
    # what is bought, after words that describe it; or named by a passive
    ("Palisade Networks agreed to buy cybersecurity firm Quellin for $3.1 billion in cash.", "$3.1 billion",
     Frame("deal", "buy", "quellin", EVENT)),
    ("Quellin will be acquired by Palisade Networks in an all-cash deal valued at $1.3 billion.", "$1.3 billion",
     Frame("deal", "buy", "quellin", EVENT)),
    # a market value is no deal's
    ("Quellin's market value is $900 million.", "$900 million", Frame("value", "value", "quellin", EVENT)),
])
def test_the_price_of_a_purchase(sentence: str, surface: str, expected: Frame) -> None:
    assert frame("money", sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    ("Leon Marsh, the former Halstead treasurer convicted of looting pension funds, received a 25-year prison term.",
     "25-year", "leon marsh"),
    # a place set off by commas is nobody
    ("In Halstead, the county seat, a court handed down a 25-year prison term.", "25-year", None),
])
def test_a_name_described_before_its_clause_owns_the_clause_s_figure(sentence: str, surface: str,
                                                                      owner: str | None) -> None:
    assert frame("duration", sentence, surface, "term").owner == owner


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    ("Mr. Gigante, who listed his profession as the superintendent of a tenement on Bleecker Street, was sentenced "
     "to seven years in prison.", "seven years", "mr. gigante"),
    ("Tom Berrick, who served as mayor of Halstead for six years, was sentenced to 12 years in prison.", "12 years",
     "tom berrick"),
    # a speaker set off with a relative clause owns nothing of what he tells
    ("Captain Manrosan, who goes with a single name like many Indonesians, told Xinhua that 261 others were hurt.",
     "261", None),
])
def test_the_name_a_relative_clause_tells_of_owns_the_main_clause_s_figure(sentence: str, surface: str,
                                                                           owner: str | None) -> None:
    """Not the last name inside the relative clause ("Bleecker Street")."""
    kind = "count" if surface.isdigit() else "duration"
    assert frame(kind, sentence, surface, None if kind == "duration" else "others").owner == owner


@pytest.mark.parametrize(("sentence", "surface", "thing"), [
    ("Only 54% of eligible voters cast ballots in Sunday's regional election.", "54%", "turnout"),
    ("About 61% of registered voters turned out on Sunday.", "61%", "turnout"),
    # a share of the vote is no turnout
    ("About 54% of voters backed the Green Alliance on Sunday.", "54%", "people"),
])
def test_a_share_of_voters_who_voted_is_the_turnout(sentence: str, surface: str, thing: str) -> None:
    assert frame("percent", sentence, surface, "voter").thing == thing


@pytest.mark.parametrize(("sentence", "surface", "expected"), [
    # "by" after a change is how much, no agent
    ("Commuter rail fares will rise by 8% from April 1.", "8%", Frame("price", "rise", None, EVENT)),
    # a noun before an auxiliary is no verb ("fares would": no verb "fare"); "said ... would" is reported speech
    ("The authority said Harbour region train fares would go up 12 percent on April 1.", "12 percent",
     Frame("price", "rise", None, EVENT)),
])
def test_a_change_and_its_amount(sentence: str, surface: str, expected: Frame) -> None:
    assert frame("percent", sentence, surface) == expected


@pytest.mark.parametrize(("sentence", "surface", "predicate"), [
    ("Shares in Brannock Mining fell 18% on Wednesday to close at 412 pence.", "18%", "fall"),
    ("Brannock Mining stock slid 8 per cent to 412 pence on Wednesday.", "8 per cent", "fall"),
    # a change named after the share yields as before: the close's
    ("Bank stocks led the Meridian 40 to a 3.2 percent drop at Thursday's close.", "3.2 percent", "end"),
])
def test_a_share_s_change_told_before_it(sentence: str, surface: str, predicate: str) -> None:
    assert frame("percent", sentence, surface).predicate == predicate


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    # the poll of the figure's own clause, not the first of its sentence
    ("An Orbis poll published on Wednesday put support at 46%, while a Canning survey released the same day had it "
     "at 44%.", "44%", "canning"),
    ("An Orbis poll published on Wednesday put support at 46%, while a Canning survey released the same day had it "
     "at 44%.", "46%", "orbis"),
    # a poll named as its maker's
    ("Support stands at 44 per cent, according to Canning Research's latest survey.", "44 per cent",
     "canning research"),
])
def test_whose_poll(sentence: str, surface: str, owner: str) -> None:
    assert frame("percent", sentence, surface).owner == owner


@pytest.mark.parametrize(("kind", "sentence", "surface", "subject", "expected"), [
    # the speaker of an apposition owns nothing
    ("count", "Eddie Howe, the Newcastle manager, said 11 players were unavailable.", "11", "player",
     Frame("people", None, None, EVENT)),
    # a party's poll rating is no poll of the party's
    ("percent", "Reform UK's poll rating rose to 29%, a YouGov survey published on Monday showed.", "29%", None,
     Frame(None, "rise", "yougov", EVENT)),
    # a park's playground is no company bought
    ("money", "The city will pay $2 million for Pearson Park's new playground.", "$2 million", None,
     Frame(None, "pay", None, EVENT)),
    # standing in front of an embassy is no attendance
    ("count", "The two victims were standing in front of the embassy when the bomb exploded.", "two", "victim",
     Frame("people", None, None, EVENT)),
])
def test_a_reviewer_s_sentences_keep_their_frames(kind: str, sentence: str, surface: str, subject: str | None,
                                                   expected: Frame) -> None:
    assert frame(kind, sentence, surface, subject) == expected


@pytest.mark.parametrize(("sentence", "surface", "time"), [
    # words set off by commas after the name a sentence opens with tell who that is now, not what the other year saw
    ('Brannock, alleged to have 19 wives, is charged with polygamy between May 1, 2005, and Dec. 8, 2006.', "19",
     EVENT),
    ("Halvorsen, who has had 26 wives, was first charged in 1990.", "26", EVENT),
    # the year stands inside those words, or nothing is set off after a name: the other year's figure
    ("Halvorsen, who had 12 wives in 1990, was charged again.", "12", "1990"),
    # words of a past, not of now (a reviewer's cases)
    ("Calloway Mills, which had 12 wives, closed in 1990.", "12", "1990"),
    ("Halvorsen, who then has 12 wives, was charged in 1990.", "12", "1990"),
    ("In February, a quake measuring 6.4 struck Zarand, killing 612 people.", "612", "1990"),
    ("In 1990, Halvorsen had 12 wives, prosecutors said.", "12", "1990"),
])
def test_words_set_off_after_a_name_are_of_the_story_s_time(sentence: str, surface: str, time: str) -> None:
    assert frame("count", sentence, surface, "wives", time="1990").time == time


@pytest.mark.parametrize(("sentence", "surface", "time"), [
    # a present joined by "and" after the clause that writes the other year tells what holds now
    ("Corvane was founded in 1990 and has $60 million in the bank.", "$60 million", EVENT),
    ("The hall dates to 1990 and has been on the endangered list for several years.", "several years", EVENT),
    # a past joined so, or the year in the figure's own clause: that year's
    ("Corvane was founded in 1990 and raised $60 million.", "$60 million", "1990"),
    ("Corvane was founded in 1990 and has $60 million raised in 1990.", "$60 million", "1990"),
    # a passive tells as often of the past event (a reviewer's case)
    ("The levee failed in 1990 and is blamed for $60 million of damage.", "$60 million", "1990"),
    # a present of any verb, after "now" or not; not a plural noun before its verb
    ("Corvane was founded in 1990 and now has $60 million in the bank.", "$60 million", EVENT),
    ("Corvane was founded in 1990 and now manages $60 million.", "$60 million", EVENT),
    ("Corvane was founded in 1990 and manages $60 million.", "$60 million", EVENT),
    ("Corvane was founded in 1990 and managed $60 million.", "$60 million", "1990"),
    # a word that may be a plural noun opens a clause of its own (a reviewer's): "and estimates put the toll at"
    ("The dam collapsed in 1990 and estimates put the damage at $60 million.", "$60 million", "1990"),
    ("Corvane went public in 1990 and shares rose to $60 million.", "$60 million", "1990"),
    # a year written in the clause of a present state dates it: the count may be of that year's case (a reviewer's:
    # "Two men are in custody for the murder of another clerk at the same store in 2019")
    ("Two men are in custody for the murder of another clerk in 1990.", "Two", "1990"),
    ("Three people are charged in the 1990 killing.", "Three", "1990"),
    ("The dam failed in 1990 and claims were settled at $60 million.", "$60 million", "1990"),
])
def test_a_present_joined_after_another_year_is_of_the_story_s_time(sentence: str, surface: str, time: str) -> None:
    kind = "duration" if surface == "several years" else "money" if "$" in surface else "count"
    assert frame(kind, sentence, surface, "people" if kind == "count" else None, time="1990").time == time


@pytest.mark.parametrize(("sentence", "surface", "time"), [
    # a count still under way: partial, not the final result (an elections reviewer's story sets)
    ("With 60% of ballots counted late on Sunday, Tomas Brenner led with 49.1% of the vote.", "49.1%",
     "partial count"),
    ("With 60% of ballots counted late on Sunday, Tomas Brenner led with 49.1% of the vote.", "60%", "partial count"),
    ("Early returns on Sunday night showed Brenner with 49.1% of the vote.", "49.1%", "partial count"),
    ("With all votes counted, the Green Alliance secured 78 of parliament's 300 seats.", "78", EVENT),
    # a running figure at an hour, told before its clause
    ("By 3 p.m. on Sunday, turnout stood at 41.2%, the election commission said.", "41.2%", "as of 3pm"),
    ("A total of 31 fire engines arrived, and the fire was out by 6:40 a.m.", "31", EVENT),
    # each round of a vote is its own
    ("Brenner, who took 38.2% in the first round, won Sunday's runoff with 54.6%.", "38.2%", "vote first round"),
    ("Brenner, who took 38.2% in the first round, won Sunday's runoff with 54.6%.", "54.6%", "vote runoff"),
    # a sentence that opens with another time, set off by its comma
    ("In the last election in 2021, the Social Democrats won 33.1% and were pushed into opposition.", "33.1%",
     OTHER),
    ("In an earlier airstrike, three cousins sheltering in a school were killed.", "three", OTHER),
])
def test_the_stage_of_a_count_and_another_time(sentence: str, surface: str, time: str) -> None:
    kind = "percent" if "%" in surface else "count"
    assert frame(kind, sentence, surface).time == time


@pytest.mark.parametrize(("sentence", "surface", "time"), [
    # an age is its owner's now, whatever time the words after it tell (an elections reviewer's story sets)
    ("The 46-year-old Velic will be sworn in next month.", "46-year-old", EVENT),
    ("A 61-year-old man was charged yesterday with the shooting of his former boss.", "61-year-old", EVENT),
    # a time before it still dates it
    ("Last year, the 45-year-old Velic lost the election.", "45-year-old", OTHER),
])
def test_an_age_is_its_owner_s_now(sentence: str, surface: str, time: str) -> None:
    assert frame("measure", sentence, surface, unit="year").time == time


@pytest.mark.parametrize(("kind", "sentence", "surface", "subject", "unit", "time"), [
    ("measure", "The quake was initially measured at magnitude 6.1 before the service revised it up to 6.4.", "6.1",
     None, None, "first reading"),
    ("count", "Fifteen people were initially reported missing after the floods; eight remain unaccounted for.",
     "Fifteen", "people", None, "first reading"),
    ("count", "Brightwell announced new job cuts on Wednesday, two years after it eliminated 500 positions.", "500",
     "position", None, OTHER),
    # the figure before the span is the story's own
    ("count", "Brightwell will cut 1,100 jobs, two years after it eliminated 500 positions.", "1,100", "job", None,
     EVENT),
])
def test_the_time_of_a_first_reading_and_of_a_figure_years_before(kind: str, sentence: str, surface: str,
                                                                  subject: str | None, unit: str | None,
                                                                  time: str) -> None:
    assert frame(kind, sentence, surface, subject, unit).time == time


@pytest.mark.parametrize(("sentence", "surface", "subject", "owner"), [
    # a count listed right after another is that one's owner's (a sports reviewer's G26)
    ("Kofi Obi had 24 points and 11 rebounds as the Lincoln Lancers beat the Toledo Barons.", "11", "rebound",
     "kofi obi"),
    ("Kofi Obi had 24 points, 11 rebounds and six assists.", "six", "assist", "kofi obi"),
    # a range is no list
    ("Obi scores between 10 and 12 points a game.", "12", "point", None),
    # the same owner's verb again, or "with" after the first count (ECB+ basketball recaps)
    ("Vell Okafor scored 23 points and grabbed 7 rebounds in 35 minutes.", "7", "rebound", "vell okafor"),
    ("Dario Quell added 15 points with six assists.", "six", "assist", "dario quell"),
    # "with" after a year or a date lists nothing: "indicted in 1990 with 14 others", "in 2008 with 59 catches"
    ("Mr. Varga was indicted in 1990 with 14 others on federal charges.", "14", "people", None),
    ("Jackson enjoyed the best of his four NFL seasons in 2008 with 59 catches.", "59", "catch", None),
])
def test_a_count_listed_after_another_is_its_owner_s(sentence: str, surface: str, subject: str,
                                                     owner: str | None) -> None:
    assert frame("count", sentence, surface, subject).owner == owner


def test_assists_are_counted_not_done() -> None:
    # lemminflect knows "assists" only as a verb: "12 points and four assists" counted four points (t31_ecbplus)
    [_, four] = [f for f in frame_facts(extract([Document("d", "d.md", "Richard Carter had 12 points and four "
                                                          "assists.", 0, None, None, None, None)]))]
    assert (four.surface, four.subject) == ("four", "assist")
    found = frame("count", "Richard Carter had 12 points and four assists.", "four", four.subject)
    assert (found.thing, found.owner) == ("assists", "richard carter")


def test_two_names_joined_by_and_own_a_figure_together() -> None:
    # "Anselm and Lisk spoke for 45 minutes": the call is not Lisk's alone, so it may be the call a story gives as
    # "Anselm held a 45-minute call" (a draft reviewer's D05); "Obi and Carter had 41 points between them" are not
    # Carter's points (the session's code review)
    assert frame("duration", "Anselm and Lisk spoke for 45 minutes by video link on Wednesday.", "45 minutes").owner \
        is None
    assert frame("count", "Obi and Carter had 41 points between them as the Hawks won.", "41", "point").owner is None


@pytest.mark.parametrize(("sentence", "surface", "time"), [
    # a "since" names an earlier event, whose figure is told in a clause of its own (a draft reviewer's D01)
    ("The river crested at 6.8 meters on Wednesday, the highest level since a 2011 flood that killed 31 people.", "31",
     OTHER),
    ("The quake was the deadliest since the 1998 tremor, which killed about 2,300 people.", "about 2,300", OTHER),
    ("The quake killed 31 people, the most since 2011.", "31", EVENT),
])
def test_the_figure_of_an_event_a_since_names_is_of_its_time(sentence: str, surface: str, time: str) -> None:
    assert frame("count", sentence, surface, "people").time == time


def test_a_year_told_only_in_a_since_clause_after_the_figure_is_not_its_time() -> None:
    # "for $1.2 billion in cash, its largest acquisition since it bought Grenn Dairy for $400 million in 2019": the
    # $1.2 billion is the story's deal (a draft reviewer's D10); the $400 million is 2019's
    sentence = ("Norvale Foods agreed on Wednesday to buy rival snack maker Pellin for $1.2 billion in cash, its "
                "largest acquisition since it bought Grenn Dairy for $400 million in 2019.")
    assert frame("money", sentence, "$1.2 billion", unit="USD", time="2019").time == EVENT
    assert frame("money", sentence, "$400 million", unit="USD", time="2019").time == "2019"


@pytest.mark.parametrize(("kind", "sentence", "surface", "subject", "time"), [
    # "initially" with no verb of a reading after it makes no first reading (the session's code review)
    ("measure", "Many residents initially mistook the magnitude 6.4 quake for a passing truck.", "6.4", None, EVENT),
    ("count", "Officials initially said the blaze killed 12 people.", "12", "people", "first reading"),
    # a figure after "A year after the quake," is of now
    ("count", "A year after the quake, 3,000 people still live in tents in Kessa.", "3,000", "people", EVENT),
])
def test_first_readings_and_spans_after_need_their_words(kind: str, sentence: str, surface: str,
                                                          subject: str | None, time: str) -> None:
    assert frame(kind, sentence, surface, subject).time == time


@pytest.mark.parametrize(("sentence", "surface", "time", "expected"), [
    # the other time written after a baseline the figure is set against is the baseline's (a reviewer's G02)
    ("Final figures released Thursday by the provincial electoral commission put turnout at 67.1%, against 55.2% "
     "four years ago.", "67.1%", "2022", EVENT),
    ("Revenue rose to $3.2 billion, up from $1.9 billion in 2019.", "$3.2 billion", "2019", EVENT),
    ("Turnout was 67.1% compared with 55.2% in 2021.", "67.1%", "2021", EVENT),
    # a rival's tally set off by commas, the year after it: that election's, the figure's too (the third code review)
    ("Labour won 35 seats, against 61 for the Conservatives, in 2021.", "35", "2021", "2021"),
    # not a time written before the baseline: the figure's own
    ("The company earned $5 million in 2024, up from $3 million.", "$5 million", "2024", "2024"),
    ("Inflation was 3.4% last year, compared with 2.1% two years earlier, the bureau said.", "3.4%", "2025", "2025"),
    # nor a quarter's figure, a rival's tally (no comma), a "from" that names where people come from (the session's
    # code review)
    ("The company said net profit for the fourth quarter rose to $420 million, up from $380 million a year earlier.",
     "$420 million", "2025-Q4", "2025-Q4"),
    ("The Green Alliance won 48 seats against 61 for the conservatives in 2021.", "48", "2021", "2021"),
    ("Some 1,200 athletes from 45 countries competed at the previous edition in 2022.", "Some 1,200", "2022", "2022"),
])
def test_a_time_after_a_baseline_is_the_baseline_s(sentence: str, surface: str, time: str, expected: str) -> None:
    kind = "percent" if surface.endswith("%") else "money" if "$" in surface else "count"
    unit = {"money": "USD", "percent": "%"}.get(kind)
    subject = {"count": "seat" if "seats" in sentence else "athlete"}.get(kind)
    assert frame(kind, sentence, surface, subject, unit, time).time == expected


@pytest.mark.parametrize(("kind", "sentence", "surface", "predicate"), [
    # a launch told two ways (a reviewer's G14): "lifted off", "blasted off" (not an explosion)
    ("time", "An Aster-3 rocket lifted off from the Korsa Spaceport at 6:42 a.m. local time on Thursday.",
     "6:42 a.m.", "lift off"),
    ("time", "The National Space Agency's Aster-3 rocket blasted off from Korsa at 6:24 a.m. local time Thursday.",
     "6:24 a.m.", "lift off"),
    ("time", "A blast ripped through the plant at 6 a.m.", "6 a.m.", "erupt"),
    # flights cancelled, told two ways
    ("count", "Morrow International Airport cancelled 320 flights on Wednesday.", "320", "cancel"),
    ("count", "About 230 flights were scrapped at Morrow International on Wednesday.", "About 230", "cancel"),
])
def test_launches_and_cancellations(kind: str, sentence: str, surface: str, predicate: str) -> None:
    assert frame(kind, sentence, surface, "flight" if kind == "count" else None).predicate == predicate


@pytest.mark.parametrize(("sentence", "surface", "owner"), [
    # a name set off before "the N-year-old ..." is whose age it is, as before "a N-year-old ..." (a reviewer's G01)
    ("Greyling House announced on Thursday the death of Oriana Fessel, the 87-year-old novelist behind the "
     "bestselling \"Salt Harbour\".", "87-year-old", "oriana fessel"),
    ("Marek Dolan, the 47-year-old leader of the Federation of Public Employees, was re-elected on Tuesday.",
     "47-year-old", "marek dolan"),
    ("In Chicago, the 45-year-old man was shot.", "45-year-old", None),  # a place is nobody
    # the age of whom the name is kin to (the session's code review)
    ("Police also questioned Omar Fell, the 23-year-old's older brother.", "23-year-old", None),
    ("Omar Fell, the 23-year-old victim's cousin, said he saw nothing.", "23-year-old", None),
    ("Omar Fell, the 23-year-old murder victim's older brother, spoke.", "23-year-old", None),
    # a name ending a fronted phrase, "the N-year-old" the subject of a verb of its own (the third code review)
    ("Accused of murdering Sarah Lee, the 34-year-old denied the charge.", "34-year-old", None),
    ("Speaking to Sky Sports, the 45-year-old manager said the club would appeal.", "45-year-old", None),
])
def test_a_name_set_off_before_the_age_of_a_description(sentence: str, surface: str, owner: str | None) -> None:
    assert frame("measure", sentence, surface, unit="year").owner == owner


def test_an_age_is_now_whatever_modal_follows_its_noun() -> None:
    # "the 58-year-old driver would be questioned": the driver's age now, not a figure of what may be
    sentence = "Police said the 58-year-old driver would be questioned once he had recovered."
    assert frame("measure", sentence, "58-year-old", unit="year").time == EVENT


@pytest.mark.parametrize(("kind", "sentence", "surface", "subject", "expected"), [
    # "will go at Lindqvist's factories" is no speed: only a measure travels at a speed
    ("count", "Some 1,500 positions will go at Lindqvist Appliances' Norrvik factories over the coming year and a "
     "half, the white-goods maker announced on Tuesday.", "Some 1,500", "position", Frame("jobs", None, None, EVENT)),
    ("measure", "The train was going at about 70 miles per hour.", "about 70 miles per hour", None,
     Frame(None, "speed", None, EVENT)),
    # a sum with no counted noun is never of a post: "posted" is a verb
    ("money", "Sardavia posted a trade surplus of 4.6 billion lira in February.", "4.6 billion lira", None,
     Frame(None, "score", None, EVENT)),
    # "moved out" tells no evacuation ("Troops moved out of Vell": the session's second code review)
    ("date", "Troops moved out of Vell on Tuesday.", "Tuesday", None, Frame(None, "move", None, EVENT)),
])
def test_a_reviewer_s_frames_of_the_twenty_third_session(kind: str, sentence: str, surface: str,
                                                          subject: str | None, expected: Frame) -> None:
    unit = {"measure": "m/s", "money": "TRY"}.get(kind)
    assert frame(kind, sentence, surface, subject, unit) == expected


def _aligned(text: str) -> list:
    """The facts of one story of 2026-03-12, aligned (keys and frames, sentence times)."""
    published = dt.date(2026, 3, 12)
    return align(extract_facts([Document("d", "d.md", text, 0, None, None, published, None)]), load_rules(None),
                 {"d": published}, LEXICON)


def test_a_year_a_span_over_the_coming_months_reaches_is_no_time_of_the_figure() -> None:
    # "1,500 positions will go ... over the coming year and a half": a span from now, not the year 2027
    text = ("Some 1,500 positions will go at Lindqvist Appliances' Norrvik factories over the coming year and a half, "
            "the white-goods maker announced on Tuesday.")
    facts = _aligned(text)
    [count] = [f for f in facts if f.kind == "count"]
    assert (count.surface, count.time) == ("Some 1,500", EVENT)


def test_a_count_of_novels_is_no_toll() -> None:
    # a people reviewer's G03: "the author of 32 novels ... died" is no count of the dead
    text = ("Henrik Dalborg, the author of 32 novels about Inspector Maalen, died in a Sorvik hospital on Monday at "
            "the age of 79.")
    facts = _aligned(text)
    [novels] = [f for f in facts if f.surface == "32"]
    assert (novels.key, novels.thing, novels.owner) == ("auto:count:-:novel", "novel", "henrik dalborg")


def test_over_the_makes_a_span_only_right_before_its_date() -> None:
    # "over the coming year" is a span from now; "swept over the Vell coast in 2019" keeps its year (the session's
    # second code review)
    text = "Storms that swept over the Vell coast in 2019 killed nine people."
    facts = _aligned(text)
    [nine] = [f for f in facts if f.surface == "nine"]
    assert nine.time == "2019"


def test_a_century_written_as_an_adjective_is_no_time_of_the_sentence() -> None:
    # "The 18th-century church was destroyed by the fire, which killed 3 people": what the church is, not when the
    # fire killed (a people reviewer's G04: "the 19th-century painter Ansel Vribeck sold for 4.2 million euros")
    [three] = [f for f in _aligned("The 18th-century church was destroyed by the fire, which killed 3 people.")
               if f.surface == "3"]
    assert (three.time, three.key) == (EVENT, "killed")
    [people] = [f for f in _aligned("In the 19th century, 300 people lived there.") if f.surface == "300"]
    assert people.time == "18"  # "in the 19th century" is that century's time


def test_a_relative_clause_after_an_appositive_age_is_the_description_s() -> None:
    # "Oriana Fessel, the 87-year-old novelist who wrote Salt Harbour": "wrote" is the relative clause's verb, not one
    # of the age's own; the name still owns the age (the session's reread)
    sentence = "The publisher announced the death of Oriana Fessel, the 87-year-old novelist who wrote Salt Harbour."
    assert frame("measure", sentence, "87-year-old", unit="year").owner == "oriana fessel"


@pytest.mark.parametrize(("sentence", "time"), [
    # a count that is the subject of a present state is held now, whenever the event it is held for (ECB+ t16_ecb)
    ("Two possible gang members are under arrest for the murder of a deputy outside his house last summer.", EVENT),
    ("Police said two men remain in custody for the killing last week.", EVENT),
    # not when the state is the outcome of that other time, nor a count the verb's subject is not
    ("Three people remain missing since the storm last week.", OTHER),
    ("The man accused of shooting his three former co-workers last year is Anthony Lacal.", OTHER),
    # a reviewer's: another time in the count's own phrase, or before it
    ("Three men arrested in 2019 are still in custody.", "2019"),
    ("Of the 230,000 killed in the 2004 tsunami, 40,000 are still missing.", "2004"),
])
def test_a_state_held_now_is_of_the_story_s_time(sentence: str, time: str) -> None:
    surface = next(w for w in ("Two", "two", "Three", "three", "40,000") if w in sentence.split())
    year = next((w for w in sentence.split() if w.isdigit() and len(w) == 4), EVENT)
    assert frame("count", sentence, surface, "people", time=year).time == time


@pytest.mark.parametrize(("sentence", "surface", "kind", "time"), [
    # a year written after the figure, in words that tell of a later noun: that noun's past, not the figure's
    ("A strong quake flattened homes in Kessa province on Tuesday, killing at least five people in a region "
     "devastated by the floods of 2004.", "at least five", "count", EVENT),
    ("6.1-magnitude quake strikes Kessa province in region hit by 2004 tsunami", "6.1", "measure", EVENT),
    ("The 6.1-magnitude quake injured dozens as it rocked a region that was devastated by the tsunami of 2004.",
     "dozens", "count", EVENT),
    ("Police arrested three men on Friday in Port Tarn, a town destroyed by the 2011 floods.", "three", "count", EVENT),
    # the figure's own year, or one no event names in a sentence with no day of now: that year's figure
    ("The floods killed 12 people in 2011.", "12", "count", "2011"),
    ("The tsunami killed 170,000 people in Kessa, a province devastated in 2004.", "170,000", "count", "2004"),
    ("A 9.1 quake struck off Kessa, triggering a tsunami that killed 230,000 people in 2004.", "230,000", "count",
     "2004"),
    ("In 2004 the tsunami killed 170,000 people in a region that was hit again by the 2011 floods.", "170,000",
     "count", "2004"),
    # a blind reviewer's: the later noun's event is the figure's own, or the day of now a telling's
    ("More than 230,000 people died in the region hit by the 2004 tsunami.", "230,000", "count", "2004"),
    ("The giant wave killed 170,000 people in Kessa, the province hardest hit by the 2004 tsunami.", "170,000",
     "count", "2004"),
    ("About 8,000 people were killed in the floods in Bellmont, a city swamped by the floods of 2011.", "8,000",
     "count", "2011"),
    ("On Tuesday, officials recalled that 4,000 people died in Orvan, a town destroyed in the 1998 earthquake.",
     "4,000", "count", "1998"),
    # an age told after the opening name is now's, whatever year the sentence names after it
    ("Jonas Prell, 44, was sentenced Tuesday to 25 years for the 2005 murder of a shopkeeper.", "44", "measure",
     EVENT),
])
def test_a_year_of_a_later_noun_is_not_the_figure_s(sentence: str, surface: str, kind: str, time: str) -> None:
    other = next(word.strip(".") for word in sentence.split() if word.strip(".").isdigit() and len(word.strip(".")) == 4
                 and word.startswith(("19", "20")))
    unit = ("year" if surface.isdigit() else "magnitude") if kind == "measure" else None  # an age, or a magnitude
    assert frame(kind, sentence, surface, unit=unit, time=other).time == time


@pytest.mark.parametrize(("sentence", "surface", "thing"), [
    ("Two aftershocks of more than 5.0 magnitude followed late on Tuesday.", "5.0", "aftershock"),
    ("A 5.2-magnitude aftershock hit the area on Wednesday.", "5.2", "aftershock"),
    ("An aftershock measuring 5.5 rattled the city.", "5.5", "aftershock"),
    ("Several strong aftershocks, the largest of magnitude 5.9, followed.", "5.9", "aftershock"),
    ("Two aftershocks, magnitude 2.9 and 2.2, occurred immediately following.", "2.9", "aftershock"),
    # the quake's own magnitude, an aftershock told beside it
    ("The 6.1-magnitude quake struck on Tuesday, followed by several aftershocks.", "6.1", "magnitude"),
    ("An aftershock was felt after the 6.1-magnitude quake.", "6.1", "magnitude"),
    # a blind reviewer's: the aftershocks the quake set off, or a quake's magnitude after "aftershocks of"
    ("Aftershocks of magnitude 7.0 quake rattle island", "7.0", "magnitude"),
    ("Quake of 6.6 magnitude triggers aftershocks across region", "6.6", "magnitude"),
    ("The quake of 6.6 magnitude triggered aftershocks across the region.", "6.6", "magnitude"),
])
def test_an_aftershock_s_magnitude_is_not_the_quake_s(sentence: str, surface: str, thing: str) -> None:
    assert frame("measure", sentence, surface, unit="magnitude").thing == thing


def _times(text: str, day: dt.date = dt.date(2012, 6, 14)) -> dict[str, str | None]:
    """The time of each figure of a one-sentence story published on ``day`` (as alignment reads the sentence)."""
    facts = extract_facts([Document("d", "d.md", text, 0, None, None, day, None)])  # type: ignore[arg-type]
    return {f.surface: f.time for f in align(facts, (), {"d": day}, LEXICON) if f.kind not in ("date", "time")}


@pytest.mark.parametrize(("text", "surface", "time"), [
    # a span of years that ended before the story: its figures are of that span, not of now
    ("The north battled two civil wars, and some 2 million died in the latest war, from 1983 to 2005.",
     "some 2 million", "1983"),
    ("He averaged 22 points with the Boston Celtics from 2000-04.", "22", "2000"),
    ("From 1969 to 1995, he had been confined 28 times in hospitals.", "28 times", "1969"),
    # a span up to now, or one a later noun's: the figure is the story's
    ("The company has cut 4,000 jobs from 2005 to 2012.", "4,000", EVENT),
    ("Bell, a junior, now has 2,129 points, 13 more than Ray Dunn, who played for the Jays from 1995-99.",
     "2,129", EVENT),
    # the figure's own day of now told before the other year: Tuesday's figure
    ("Rostell Pharma was hit with an €80m penalty by the watchdog on Tuesday over a scheme from 2009 to 2011.", "€80m",
     EVENT),
    ("A Spiro man was found guilty of two counts of first-degree murder Thursday evening in the 2009 shooting death "
     "of a Fort Smith woman.", "two counts", EVENT),
    # not the weekday of the date itself
    ("He shot Flynn twice in the head on Easter Sunday, April 8, 2010, killing her.", "twice", "2010-04"),
    # a blind reviewer's: the span dates its own clause, or one before the figure's told in the past
    ("Dale Dorsey, who played 212 games for the Mariners from 1994 through 1999, died Monday at 71.", "212", "1994"),
    ("Dale Dorsey, who played 212 games for the Mariners from 1994 through 1999, died Monday at 71.", "71", EVENT),
    ("Rodell served 3 terms as governor from 1979 to 1991.", "3", "1979"),
    ("The war in Kordovia, from 1991 through 1995, displaced 800,000 people.", "800,000", "1991"),
    ("The Orla dam, built from 1956 to 1962, holds 3 billion cubic meters of water.", "3 billion cubic meters",
     EVENT),
    ("Shares of Omnivale, which traded from 2001 to 2009 on the Tarn exchange, rose 4 percent.", "4 percent", EVENT),
    ("The regulator hit Omnivale with a $30 million penalty over sales practices from 2008 to 2011, officials said "
     "on Wednesday.", "$30 million", EVENT),
    ("Mayor Ellen Cho on Monday announced 300 new police hires, reversing cuts made from 2008 to 2010.", "300", EVENT),
    ("From 1969 to 1995, Osric Pell was jailed 28 times, and today he faces 3 new charges.", "3", EVENT),
    # a blind labeller's: a year written otherwise dates the sentence; a span in the figure's own clause, the figure
    ("Hale married twice; the first marriage to Navy man Ray Neal lasted from 1943 to 1947, and her second to Ed "
     "Walt in 1958 to 1963.", "second", "1958"),
    ("Hale married twice; the first marriage to Navy man Ray Neal lasted from 1943 to 1947, and her second to Ed "
     "Walt in 1958 to 1963.", "first", "1943"),
])
def test_a_span_of_past_years_and_a_day_of_now(text: str, surface: str, time: str) -> None:
    assert _times(text)[surface] == time


@pytest.mark.parametrize(("text", "day", "surface", "time"), [
    # a perfect since the other time, joined after it, runs to now
    ("The department proposed the rules in May and since has received nearly 300,000 comments.", None,
     "nearly 300,000", EVENT),
    ("Kestrel was founded in 2009 and has since grown to 650 employees.", dt.date(2012, 6, 14), "650", EVENT),
    ("The agency issued the rules in May 2011 and has since received 4,000 complaints.", dt.date(2012, 6, 14), "4,000",
     EVENT),
    # the year's own event's toll, and a passive of it; a blind reviewer's toll "since" a month
    ("The quake struck in 1998 and has killed 2,300 people since.", dt.date(2012, 6, 14), "2,300", "1998"),
    ("The quake struck in March 2011 and has since killed 2,300 people.", dt.date(2012, 6, 14), "2,300", "2011-03"),
    ("The rebels seized Kessa in March 2011 and have since killed 40 civilians.", dt.date(2012, 6, 14), "40",
     "2011-03"),
    ("The quake struck in 1998 and is blamed for 2,300 deaths.", dt.date(2012, 6, 14), "2,300", "1998"),
])
def test_a_perfect_since_then_is_now(text: str, day: dt.date | None, surface: str, time: str) -> None:
    assert _times(text, day)[surface] == time  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "surface", "predicate", "owner"), [
    # the people living in a place: no toll of the event, the place's where it is named
    ("Tremors keep shaking Papua, particularly Manokwari city which is home to over 170,000 people.", "170,000",
     "live", "manokwari"),
    ("The quake struck near Kessa, a city of 170,000 people.", "170,000", "live", "kessa"),
    ("Kessa, a town with a population of 15,000, was badly hit.", "15,000", "live", "kessa"),
    # the displaced living there are the displaced (the seeds' "home to nearly 1.4 million displaced Palestinians")
    ("The offensive in Rafah, which is home to nearly 1.4 million displaced Palestinians, was put off.", "1.4 million",
     "displace", None),
    # a toll beside it keeps its own
    ("The quake killed five people in Kessa, home to some 40,000 residents.", "five", "kill", None),
    # a blind reviewer's: the displaced and a share of the victims are no residents
    ("The province is home to 1.4 million displaced people living in camps.", "1.4 million", "displace", None),
    ("Tessara, home to 12 of the 40 victims, mourned on Friday.", "12", None, "tessara"),
])
def test_the_people_living_in_a_place(sentence: str, surface: str, predicate: str, owner: str | None) -> None:
    found = frame("count", sentence, surface, subject="people")
    assert (found.predicate, found.owner) == (predicate, owner)


def test_a_city_s_population_is_no_death_toll(tmp_path: Path) -> None:
    """"a city of 170,000 people" is no figure of the dead: it stands in no finding with a toll of five (it stood in
    a note of the killed, "two sources say 'At least five' or '170,000'")."""
    _story(tmp_path, "a", "The quake struck near Manokwari, a city of 170,000 people.")
    _story(tmp_path, "b", "The quake killed five people in Manokwari.")
    _story(tmp_path, "c", "At least five people were killed in the quake.")
    result = factcheck.check([tmp_path])
    by_id = {f.id: f for f in frame_facts(result.facts)}
    assert not [f for f in result.findings if {by_id[i].surface for i in f.facts} & {"170,000"}]


@pytest.mark.parametrize(("first", "second", "flagged"), [
    # one town's population told two ways: a disagreement, whatever words count it
    ("The earthquake hit Kessa, a city of 170,000, on Tuesday.",
     "The earthquake hit Kessa, home to some 40,000 residents, on Tuesday.", True),
    # the displaced living in a province and its residents: two counts
    ("Rhenna province, which is home to 1.4 million displaced people, was flooded on Monday.",
     "Rhenna province, home to 6 million people, was flooded on Monday.", False),
    # two places' populations
    ("The storm struck Arlo, a town of 3,000, on Monday.", "The storm struck Benning, a town of 5,000, on Monday.",
     False),
])
def test_populations_told_two_ways(tmp_path: Path, first: str, second: str, flagged: bool) -> None:
    """A blind reviewer's pairs: a population is compared with the same place's, never with the displaced there."""
    _story(tmp_path, "a", first)
    _story(tmp_path, "b", second)
    findings = [f for f in factcheck.check([tmp_path]).findings if f.severity != "info"]
    assert bool(findings) == flagged


def test_a_population_finding_names_the_people_living_there(tmp_path: Path) -> None:
    """An editor reads "People living in Kessa", not "Kessa's people" (no rule claims "a city of" N people)."""
    _story(tmp_path, "a", "The earthquake hit Kessa, a city of 160,000 people, on Tuesday.")
    _story(tmp_path, "b", "The earthquake hit Kessa, a city of 40,000 people, on Tuesday.")
    [finding] = [f for f in factcheck.check([tmp_path]).findings if f.severity != "info"]
    assert finding.message.startswith("People living in Kessa: ")
