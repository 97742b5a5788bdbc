"""HTML comments: never read as copy, and the ``factcheck: accept`` instructions a draft carries in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.comments import Suppression, blank_comments, suppressions
from factcheck.documents import read_documents
from factcheck.errors import InputError
from factcheck.extract import extract_facts


def test_blanking_keeps_offsets_and_line_breaks() -> None:
    text = "Seven died.<!-- 12\nothers -->Two were hurt."
    blank = blank_comments(text)
    assert len(blank) == len(text) and blank.count("\n") == 1
    assert "12" not in blank and blank.endswith("Two were hurt.")


def test_an_unclosed_comment_runs_to_the_end() -> None:
    assert blank_comments("Seven died. <!-- and 12 more").rstrip() == "Seven died."


def test_figures_inside_comments_are_not_extracted(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "---\npublished: 2024-03-22\n---\nAt least seven people were killed in the flood.\n\n"
        '<!-- factcheck: accept killed "The 2 wires said 5 killed on March 21, 2024; 7 is the county\'s count." -->\n\n'
        "Crews rescued 40 people <!-- 400? --> overnight.\n",
        encoding="utf-8",
    )
    [document] = read_documents([story]).documents
    facts = extract_facts([document])
    assert [f.surface for f in facts] == ["At least seven", "40"]
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.surface
        assert "400" not in fact.sentence
    assert document.published_from == "front matter"


def test_a_date_inside_a_comment_is_no_dateline(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("<!-- filed March 21, 2024 -->\nSeven people were killed.\n", encoding="utf-8")
    [document] = read_documents([story]).documents
    assert document.published is None


def test_one_instruction() -> None:
    text = 'Seven died.\n<!-- factcheck: accept killed "The county\'s count." -->\n'
    assert suppressions(text, "d.md") == (Suppression("killed", "The county's count.", "d.md", 2),)


def test_several_instructions_and_ordinary_comments() -> None:
    text = (
        "---\ntitle: x\n---\n<!-- TK: call the coroner -->\n"
        '<!-- factcheck: accept killed "first" -->\n'
        "Text.\n<!--\n  factcheck:   ACCEPT   event-date:give-way\n  “the breach was late on Sunday”\n-->\n"
    )
    found = suppressions(text, "d.md", start=text.index("<!-- TK"))
    assert [(s.key, s.note, s.line) for s in found] == [
        ("killed", "first", 5),
        ("event-date:give-way", "the breach was late on Sunday", 7),
    ]


def test_a_reason_with_quotes_and_numbers() -> None:
    text = r'<!-- factcheck: accept trips "AP says \"sixth\"; we count 7 trips, as \\State does" -->'
    [found] = suppressions(text, "d.md")
    assert found.note == 'AP says "sixth"; we count 7 trips, as \\State does'


def test_comments_in_front_matter_are_not_read() -> None:
    text = '---\ntitle: "<!-- factcheck: nonsense -->"\n---\nBody.\n'
    assert suppressions(text, "d.md", start=text.index("Body")) == ()


@pytest.mark.parametrize(
    ("comment", "problem"),
    [
        ('<!-- factcheck: ignore killed "x" -->', "unknown instruction 'ignore'"),
        ("<!-- factcheck: -->", "no instruction"),
        ('<!-- factcheck: accept "x" -->', "no key after 'accept'"),
        ("<!-- factcheck: accept killed -->", "the reason must follow the key in double quotes"),
        ("<!-- factcheck: accept killed because -->", "the reason must follow the key in double quotes"),
        ('<!-- factcheck: accept killed "x" and more -->', "unexpected text after the reason: 'and more'"),
        ('<!-- factcheck: accept killed "  " -->', "the reason is empty"),
        ('<!-- factcheck: accept killed "unterminated -->', "the reason must follow the key in double quotes"),
        ('<!-- factcheck: accept killed "x"', "never closed"),
    ],
)
def test_malformed_instructions_name_the_file_and_line(comment: str, problem: str) -> None:
    with pytest.raises(InputError) as raised:
        suppressions(f"Seven died.\n\n{comment}\n", "drafts/d.md")
    message = str(raised.value)
    assert message.startswith("drafts/d.md: line 3: ") and problem in message and "\n" not in message
