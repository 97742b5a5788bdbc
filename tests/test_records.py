"""Win-loss records (factcheck/extract/records.py, frames' owner of a record, judge): real sentence shapes of sports
copy, read only where a word makes a pair of numbers a record standing now; scores, runs, heights and codes are no
records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcheck
from factcheck.align import align
from factcheck.documents import Document
from factcheck.extract import extract_facts
from factcheck.facts import frame_facts
from factcheck.frames import one_team
from factcheck.lexicon import default_lexicon

DAY = dt.date(2024, 3, 21)


def records(text: str) -> list[tuple[str, str | None, str | None]]:
    """The records of a sentence: (value, thing, owner)."""
    facts = extract_facts([Document("d", "d.md", text, 0, None, None, DAY, None)])  # type: ignore[arg-type]
    aligned = align(facts, (), {"d": DAY}, default_lexicon())
    return [(f.value, f.thing, f.owner) for f in aligned if f.kind == "record"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Colts (10-5) clinched a playoff berth.", [("10-5", "record", "colts")]),
    ("Klitschko (52-3, 46 KOs) retained his title.", [("52-3", "record", "klitschko")]),
    ("Syracuse (15-1, 3-0 Big East) won its fifth straight game.", [("15-1", "record", "syracuse")]),
    ("Riddick Bowe, 43-1, 33 KO's, returned to the ring with a decision over Gene Pukall (14-13-2).",
     [("43-1", "record", "riddick bowe"), ("14-13-2", "record", "gene pukall")]),
    ("Creighton improved to 25-7 on the season.", [("25-7", "record", "creighton")]),
    ("The 36-year-old champion Klitschko improved his record to 58-3 (51 KO).", [("58-3", "record", "klitschko")]),
    ("By beating the Chiefs, Indianapolis' record rose to 9-5.", [("9-5", "record", "indianapolis")]),
    # the verb moves a record a possessive names, or the team it names as its object
    ("The victory took Klitschko's record to 52-3 with 46 wins by knockout.", [("52-3", "record", "klitschko")]),
    ("The win lifted the Saints to 11-5 and clinched the division.", [("11-5", "record", "saints")]),
    ("The loss dropped Indiana to 9-5 on the season.", [("9-5", "record", "indiana")]),
    ("The technical knockout improved the Ukrainian-born fighter to 52-3 with 46 KOs.", [("52-3", "record", None)]),
    # a score the verb moves is no record
    ("A late goal moved the score to 2-1 in the second half of the game.", []),
    # the name before a preposition, or one that owns something else, owns no record
    ("Thompson, the mandatory challenger nominated by the IBF, fell to 36-3.", [("36-3", "record", "thompson")]),
    ("Rahman struggled to get inside the taller Klitschko's reach, and dropped to 45-7-2.",
     [("45-7-2", "record", "rahman")]),
    # the subject of the verb that moves it (a reviewer's cases)
    ("Harlan beat Denton 24-17 on Saturday and improved to 10-5.", [("10-5", "record", "harlan")]),
    ("The Hawks, who beat the Lions on Sunday, improved to 10-5.", [("10-5", "record", "hawks")]),
    ("The Millbrook Hawks won 5-2 on Tuesday behind Luis Ramirez, who improved to 12-4.",
     [("12-4", "record", "luis ramirez")]),
    ("Ward threw three touchdown passes against Denton, and the team improved to 10-5.", [("10-5", "record", None)]),
    ("The Hawks improved to 10-5 in a 24-17 win over the Lions.", [("10-5", "record", "hawks")]),
    # a record before a game told ahead, a part of the season's: not the record after the game
    ("The Hawks (10-5) host the Lions on Sunday night in a playoff game.", [("10-5", "record before", "hawks")]),
    ("Denton improved to 8-2 in the Big Sky with the win.", [("8-2", "partial record", "denton")]),
    ("Lovedale pulled down seven boards for the Wildcats (10-3), whose three losses came on the road.",
     [("10-3", "record", "wildcats")]),
    # a part of the season's record is no whole record
    ("Duke won its fifth straight game and moved to 9-0 at home.", [("9-0", "partial record", "duke")]),
])
def test_a_record_standing_now(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert records(text) == expected


@pytest.mark.parametrize("text", [
    "The Bluejays defeated Drake 65-53 on Friday.",  # a score
    "Five of his points came in a 7-0 run in the first half.",  # a run
    "Bell (5-11, 220) played at Wayne State.",  # a height and a weight
    "Microsoft dubbed the update MS08-078.",  # a code
    "The Jays shot 46.8 percent for the game (22-47).",  # shots made of shots taken, after no name
    "It cost him his job despite a 43-39 record and a return to the playoffs.",  # a season's, or a career's?
    "He finished with a 162-139 mark in Portland.",
    "The Colts overcame a 14-0 deficit in the second quarter.",
    # a reviewer's cases: ranges, heights, ages, scores and courts in brackets
    "Ticket prices rose to 40-50 dollars after the team's playoff run.",
    "Unemployment in Harlan fell to 4-5 percent, the lowest since the title season.",
    "Classes for Kids (12-15) and Teens (16-18) start on Monday.",
    "Guard Tom Bell (6-2) scored 14 points in the win.",
    "Millbrook beat Harbor City (2-1) on Sunday to win the title.",
    "The Supreme Court (5-4) ruled on Monday.",
])
def test_no_record(text: str) -> None:
    assert records(text) == []


def test_one_team_is_a_name_that_ends_the_other() -> None:
    assert one_team("colts", "indianapolis colts") and one_team("klitschko", "wladimir klitschko")
    assert not one_team("north carolina", "north carolina central") and not one_team(None, "colts")
    assert not one_team("carolina", "north carolina") and not one_team("marlow", "west marlow")
    assert one_team("hawks", "millbrook hawks") and not one_team("northern", "southern")


def _check(tmp_path: Path, *stories: tuple[str | None, str]) -> list[tuple[str, list[str]]]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for number, (published, text) in enumerate(stories, 1):
        front = f"---\npublished: {published}\n---\n" if published else ""
        (tmp_path / f"s{number}.md").write_text(front + text + "\n", encoding="utf-8")
    result = factcheck.check([tmp_path])
    surfaces = {f.id: f.surface for f in frame_facts(result.facts)}
    return [(f.severity, sorted(surfaces[i] for i in f.facts)) for f in result.findings]


def test_a_record_told_wrong_in_one_story_of_the_day(tmp_path: Path) -> None:
    """Two stories of Sunday's game give the Hawks 10-5, one 9-5: a warning; the Lions' 3-12, the same in two
    stories, and another team's record, are no finding."""
    assert _check(tmp_path,
                  ("2024-03-18", "The Hallerby Hawks (10-5) beat the Corran Lions (3-12) 24-17 on Sunday."),
                  ("2024-03-18", "Hallerby beat Corran 24-17 on Sunday. The Hawks improved to 9-5, while the "
                                 "Lions fell to 3-12."),
                  ("2024-03-18", "The Hawks (10-5) won 24-17 at home on Sunday. The Vessby Bears (7-8) lost.")) == [
        ("warning", ["10-5", "10-5", "9-5"])]


def test_records_of_two_teams_or_of_two_weeks_are_no_disagreement(tmp_path: Path) -> None:
    """North Carolina (10-0) is not North Carolina Central (0-13); a story four days later may give more games."""
    assert _check(tmp_path / "teams",
                  ("2024-03-18", "Ellington scored 20 points to help North Carolina (10-0) beat Evansville."),
                  ("2024-03-18", "Freeman had 12 points for North Carolina Central (0-13) in a loss to Duke.")) == []
    assert _check(tmp_path / "days",
                  ("2024-03-18", "The Hallerby Hawks (10-5) clinched a playoff berth on Sunday."),
                  ("2024-03-22", "The Hawks fell to 10-6 with a loss at Vessby on Thursday.")) == []


def _draft_statuses(tmp_path: Path, draft_text: str, *sources: str) -> dict[str, str]:
    """Check a draft of 2024-03-18 against sources of that day: each draft figure's surface -> its status."""
    from factcheck.pipeline import check_draft
    (tmp_path / "sources").mkdir()
    for number, text in enumerate(sources, 1):
        (tmp_path / "sources" / f"s{number}.md").write_text(f"---\npublished: 2024-03-18\n---\n{text}\n",
                                                             encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\npublished: 2024-03-18\n---\n{draft_text}\n", encoding="utf-8")
    result = check_draft([draft], [tmp_path / "sources"])
    surfaces = {f.id: f.surface for f in frame_facts(result.facts)}
    return {surfaces[s.fact]: s.status for s in result.review.figures}


def test_a_draft_s_record_against_its_sources(tmp_path: Path) -> None:
    """A draft that gives the Hawks 9-5 where two sources of the same day give 10-5 is contradicted; its Lions' 3-12,
    as a source gives it, is backed."""
    statuses = _draft_statuses(tmp_path, "Hallerby beat Corran 24-17 on Sunday. The Hawks improved to 9-5, while the "
                                         "Lions fell to 3-12.",
                               "The Hallerby Hawks (10-5) won 24-17 on Sunday. The Corran Lions (3-12) lost again.",
                               "The Hawks (10-5) won 24-17 at home on Sunday.")
    assert (statuses["9-5"], statuses["3-12"]) == ("contradicted", "backed")


def test_a_preview_s_record_and_another_team_s_are_no_disagreement(tmp_path: Path) -> None:
    """A reviewer's cases: the record a preview gives before the game is not the recap's after it; a part of the
    season's is not compared with another part."""
    assert _check(tmp_path / "preview",
                  ("2024-03-17", "The Hawks (10-5) host the Lions (3-12) on Sunday night in a playoff game."),
                  ("2024-03-17", "The Hawks improved to 11-5 with a 24-17 win over the Lions on Sunday.")) == []
    assert _check(tmp_path / "parts",
                  ("2024-03-17", "Denton improved to 8-2 in the Big Sky with the win."),
                  ("2024-03-17", "Denton moved to 5-0 at home with the win.")) == []


def test_a_draft_s_record_is_not_backed_by_another_team_s(tmp_path: Path) -> None:
    statuses = _draft_statuses(tmp_path, "The Rams (10-5) lost to the Bears on Sunday.",
                               "The Colts improved to 10-5 with the win on Sunday.")
    assert statuses["10-5"] == "unsupported"


def test_a_year_told_after_a_record_does_not_date_it(tmp_path: Path) -> None:
    """A real recap's "Indianapolis' record rose to 9-5 and they locked up a playoff spot just one season after
    posting the worst record in the NFL in 2011": the 9-5 is today's, against another recap's 10-5 of the same day."""
    assert _check(tmp_path,
                  ("2024-03-18", "By beating the Lions, Hallerby's record rose to 9-5 and they locked up a playoff "
                                 "spot just one season after posting the worst record in the league in 2023."),
                  ("2024-03-18", "Hallerby improved to 10-5 with the win over the Lions on Sunday.")) == [
        ("warning", ["10-5", "9-5"])]
    assert records("In 2023, the Hawks fell to 2-14 in a dismal season.") == [("2-14", "record", "hawks")]
