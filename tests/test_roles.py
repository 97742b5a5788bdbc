"""Whose age "the 34-year-old actress" is: the one person the story names with that role."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.facts import frame_facts
from factcheck.roles import named_with_role, role_of_age


@pytest.mark.parametrize(("sentence", "surface", "role"), [
    ("The 34-year-old actress was fined 2,500 pounds.", "34-year-old", "actress"),
    ("Police said the 58-year-old driver would be questioned.", "58-year-old", "driver"),
    ("A 62-year-old climber was rescued.", "62-year-old", None),  # no definite article: someone new
    # words that tell which one is meant may mean another (the session's code review)
    ("The 58-year-old driver of the lorry was arrested.", "58-year-old", None),
    ("The 19-year-old student who died was named on Friday.", "19-year-old", None),
    ("Police questioned the 23-year-old's brother.", "23-year-old", None),
    ("The 19-year-old driver, a student from Kell, was arrested.", "19-year-old", None),
])
def test_the_role_of_a_definite_age(sentence: str, surface: str, role: str | None) -> None:
    assert role_of_age(sentence, sentence.index(surface)) == role


@pytest.mark.parametrize(("text", "role", "name"), [
    ("Actress Mila Darren pleaded guilty on Monday to drink-driving.", "actress", "mila darren"),
    ("A coach overturned near Veldt. The driver, Halvard Crane, was among those taken to hospital.", "driver",
     "halvard crane"),
    ("Coach driver Halvard Crane was hurt.", "driver", "halvard crane"),
    # two people of one role: whose age is a guess
    ("Student Ana Lind and student Tomas Berg were hurt.", "student", None),
    ("Nobody is named here.", "actress", None),
    ("Co-pilot Ana Ruiz survived the crash.", "pilot", None),  # a co-pilot is no pilot
])
def test_the_name_a_story_gives_a_role(text: str, role: str, name: str | None) -> None:
    assert named_with_role(text, role) == name


def test_a_definite_age_of_a_role_is_the_named_person_s(tmp_path: Path) -> None:
    # a people reviewer's G22: "The 34-year-old actress" two sentences after "Actress Mila Darren"
    (tmp_path / "story1.md").write_text(
        "---\npublished: 2026-03-12\n---\nActress Mila Darren pleaded guilty on Monday to drink-driving after her car "
        "struck a parked van in Westhaven in February. The 34-year-old actress was fined 2,500 pounds and banned from "
        "driving for 18 months by magistrates.\n", encoding="utf-8")
    (tmp_path / "story2.md").write_text(
        "---\npublished: 2026-03-12\n---\nMila Darren, 43, star of the television series \"Harbour Lights\", was "
        "banned from driving for 18 months and fined £2,500 at Westhaven Magistrates' Court on Monday after admitting "
        "drink-driving.\n", encoding="utf-8")
    result = factcheck.check([tmp_path])
    facts = {f.id: f for f in frame_facts(result.facts)}
    [found] = [f for f in result.findings if f.severity in ("warning", "error")]
    assert sorted(facts[i].surface for side in found.sides for i in side) == ["34-year-old", "43"]
    assert {facts[i].owner for side in found.sides for i in side} == {"mila darren"}


def test_a_word_after_the_age_that_is_no_noun_is_no_role() -> None:
    # t25_ecb: "said the 29-year-old on the eve of the South African Open" ("on" named "Oct." the owner)
    sentence = "\"I actually have goosebumps,\" said the 29-year-old on the eve of the South African Open."
    assert role_of_age(sentence, sentence.index("29-year-old")) is None
