"""The output formats of check and extract, on the fictional demo."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT, run_cli

EXAMPLES = str(ROOT / "examples")


def test_html_report_is_self_contained_and_escaped(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "hostile.md"
    doc.write_text(
        "---\npublished: 2025-04-15\n---\n<script>alert(1)</script> About 2,000 residents were evacuated.\n",
        encoding="utf-8",
    )
    target = tmp_path / "out" / "report.html"
    code, _, err = run_cli(capsys, "check", EXAMPLES, str(doc), "--format", "html", "--output", str(target))
    assert code == 1 and f"wrote {target}" in err
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 1 and "alert(1)</script>" not in page  # the one script is the report's own
    assert "http://" not in page and "https://" not in page and " src=" not in page  # no external assets
    assert "<mark>$12 million</mark>" in page and "The Valley Courier" in page


def test_html_policy_allows_exactly_the_inline_style_and_script() -> None:
    import base64
    import hashlib
    import re

    import factcheck
    from factcheck.report.html import render

    page = render(factcheck.check([EXAMPLES]))
    policy = re.search(r"http-equiv='Content-Security-Policy' content=\"([^\"]+)\"", page).group(1)
    assert policy.startswith("default-src 'none';")
    for tag, directive in (("style", "style-src"), ("script", "script-src")):
        block = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(block.encode("utf-8")).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_html_key_statuses_and_accepted_light(tmp_path: Path, capsys) -> None:
    import factcheck
    from factcheck.report.summary import key_statuses

    accepted = tmp_path / "accepted.yaml"
    accepted.write_text('accepted:\n  - key: damage\n    note: "Checked <with> the council."\n', encoding="utf-8")
    plain = key_statuses(factcheck.check([EXAMPLES]))
    assert list(plain)[:4] == ["damage", "evacuated", "event-date:give-way", "occurrences"]  # worst first
    assert plain["damage"] == "error" and plain["evacuated"] == "warning" and plain["killed"] == "agree"
    assert key_statuses(factcheck.check([EXAMPLES], accepted=accepted))["damage"] == "accepted"
    target = tmp_path / "report.html"
    run_cli(capsys, "check", EXAMPLES, "--accepted", str(accepted), "--format", "html", "--output", str(target))
    page = target.read_text(encoding="utf-8")
    assert "data-light='accepted'><i class='lamp' aria-hidden='true'></i><div><b>1</b>" in page
    assert "<section class='key' id='key-damage' data-status='accepted'>" in page
    assert "Accepted: Checked &lt;with&gt; the council." in page


def test_html_goes_to_reports_by_default(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _err = run_cli(capsys, "check", EXAMPLES, "--format", "html")
    assert code == 1
    assert (tmp_path / "reports" / "examples.html").is_file()  # named after what was checked


def test_markdown_report(capsys) -> None:
    code, out, _ = run_cli(capsys, "check", EXAMPLES, "--format", "markdown")
    assert code == 1
    assert out.startswith("# factcheck report")
    assert "| 🔴 error | damage |" in out


def test_csv_findings_neutralise_formulas(tmp_path: Path, capsys) -> None:
    for name, text in (
        ("a", "=HYPERLINK() About 2,000 residents were evacuated."),
        ("b", "=HYPERLINK() More than 3,500 residents were evacuated."),
    ):
        (tmp_path / f"{name}.md").write_text(
            f"---\nsource: '=cmd'\npublished: 2025-04-15\n---\n{text}\n", encoding="utf-8"
        )
    code, out, _ = run_cli(capsys, "check", str(tmp_path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1  # a warning: exit 0 with --fail-on error
    assert not any(value.startswith("=") for row in rows for value in row.values())


def test_fail_on_warning(tmp_path: Path, capsys) -> None:
    code, _, _ = run_cli(capsys, "check", EXAMPLES, "--fail-on", "never")
    assert code == 0
    code, _, _ = run_cli(
        capsys,
        "check",
        str(ROOT / "examples" / "01_valley-courier.md"),
        str(ROOT / "examples" / "02_northern-wire.md"),
        "--fail-on",
        "warning",
    )
    assert code == 1


def test_terminal_table(capsys) -> None:
    code, out, _ = run_cli(capsys, "check", EXAMPLES)
    assert code == 1
    assert "Disagreements between sources" in out and "$12 million" in out and "1 error" in out


def test_extract_formats_share_one_table(tmp_path: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "extract", EXAMPLES, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["schema"] == "factcheck/2" and "findings" not in data
    code, out, _ = run_cli(capsys, "extract", EXAMPLES, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(data["facts"]) and rows[0]["id"] == data["facts"][0]["id"]
    target = tmp_path / "facts.parquet"
    code, _, _ = run_cli(capsys, "extract", EXAMPLES, "--format", "parquet", "--output", str(target))
    frame = pd.read_parquet(target)
    assert code == 0 and len(frame) == len(data["facts"])
    assert list(frame.columns) == list(data["facts"][0])


def test_facts_dataframe_from_python() -> None:
    import factcheck

    result = factcheck.check([EXAMPLES])
    assert list(result.facts.columns) == list(factcheck.COLUMNS)
    damage = result.facts[result.facts["key"] == "damage"]
    assert sorted(damage["value"]) == [1_200_000, 12_000_000, 12_000_000, 12_000_000]


def test_written_reports_are_ordinary_files(tmp_path: Path, capsys) -> None:
    import os
    import stat

    target = tmp_path / "report.md"
    run_cli(capsys, "check", EXAMPLES, "--format", "markdown", "--output", str(target))
    expected = 0o666 & ~_current_umask()
    assert stat.S_IMODE(os.stat(target).st_mode) == expected
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("command", "fmt", "name"),
    [("check", "json", "report.json"), ("check", "html", "report.html"), ("check", "markdown", "report.md"),
     ("check", "sarif", "report.sarif"), ("check", "csv", "findings.csv"), ("extract", "parquet", "facts.parquet"),
     ("extract", "csv", "facts.csv")],
)
@pytest.mark.parametrize("fault", [KeyboardInterrupt, lambda: OSError(28, "No space left on device")])
def test_an_interrupted_run_leaves_the_previous_report_whole(tmp_path: Path, capsys, monkeypatch, command: str,
                                                             fmt: str, name: str, fault) -> None:
    import os

    target = tmp_path / name
    target.write_bytes(b"the previous report")

    def interrupted(descriptor: int) -> None:  # after the report was written out, before the rename
        raise fault()

    monkeypatch.setattr(os, "fsync", interrupted)
    code, out, err = run_cli(capsys, command, EXAMPLES, "--format", fmt, "--output", str(target))
    if fault is KeyboardInterrupt:
        assert code == 130 and err.splitlines() == ["factcheck: interrupted"]
    else:
        assert code == 2 and err.splitlines() == [f"factcheck: error: {target}: cannot be written (No space left on "
                                                  "device)"]
    assert out == "" and target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # the temporary file is gone too
    monkeypatch.undo()
    code, _, _ = run_cli(capsys, command, EXAMPLES, "--format", fmt, "--output", str(target))
    assert code in (0, 1) and target.read_bytes() != b"the previous report"


def _current_umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_the_headline_counts_in_the_singular_and_the_plural() -> None:
    from factcheck.report.summary import Summary, headline

    one = Summary(documents=2, facts=4, keys=1, compared_keys=1, disagreeing_keys=1, errors=1, warnings=0, infos=1)
    assert headline(one) == ("2 documents, 4 facts, 1 figure reported by more than one source: 1 error, 0 warnings, "
                             "1 note")
    many = Summary(documents=982, facts=13767, keys=9, compared_keys=3, disagreeing_keys=2, errors=2, warnings=5,
                   infos=0)
    assert headline(many, lambda t: f"**{t}**") == (
        "982 documents, 13,767 facts, 3 figures reported by more than one source: **2 errors**, 5 warnings, 0 notes")


# Hostile article text in every format: markup, event handlers, "</style>", comments, Markdown, spreadsheet
# formulas, control characters and forged workflow commands, in front matter, file names and sentences.

HOSTILE_A = """---
title: "<!-- c --></title><script>alert(5)</script>"
source: "=cmd|' /C calc'!A0 [bold red]x[/] \\e[2J"
published: 2025-04-15
---
<script>alert(1)</script> About 2,000 residents were evacuated <img src=x onerror="alert(2)"> from the valley | `rm` \
[link](javascript:alert(3)) </style> **bold** ![i](http://x/y.png).
"""
HOSTILE_B = """---
source: "Wire | [x](javascript:alert(6)) `code` <b>\\r\\n::error title=x::forged %0A"
published: 2025-04-15
---
=HYPERLINK("http://evil","x") More than 3,500 residents were evacuated from the valley, [click](javascript:alert(4)) \
said.
"""
HOSTILE_DRAFT = """---
published: 2025-04-16
---
+SUM(1) About 2,000 residents were evacuated <svg onload=alert(7)> from the valley on Monday.
"""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "@b.md").write_text(HOSTILE_B, encoding="utf-8")
    (tmp_path / "=draft.md").write_text(HOSTILE_DRAFT, encoding="utf-8")
    return tmp_path


def _report(capsys, *args: str) -> str:
    code, out, err = run_cli(capsys, "check", *args, "--fail-on", "never")
    assert code == 0 and "Traceback" not in err, err
    return out


def _no_control_characters(text: str) -> None:
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), repr(text)


def test_hostile_text_in_html(hostile: Path, capsys) -> None:
    for args in ((str(hostile / "articles"),), (str(hostile / "=draft.md"), "--against", str(hostile / "articles"))):
        target = hostile / "report.html"
        _report(capsys, *args, "--format", "html", "--output", str(target))
        page = target.read_text(encoding="utf-8")
        assert page.count("<script") == 1 and page.count("</style>") == 1  # the report's own
        assert "<img" not in page and "<svg" not in page and "<!-- c" not in page and "<b>\r" not in page
        assert not re.search(r"<[^>]*\son\w+\s*=", page)  # no element carries an event handler
        assert not re.search(r"(?:href|src)\s*=\s*['\"]?\s*javascript:", page, re.IGNORECASE)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;/style&gt;" in page
        assert "&lt;!-- c --&gt;&lt;/title&gt;" in page


def test_hostile_text_in_markdown(hostile: Path, capsys) -> None:
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": True}).enable("table")
    for args in ((str(hostile / "articles"),), (str(hostile / "=draft.md"), "--against", str(hostile / "articles"))):
        text = _report(capsys, *args, "--format", "markdown")
        _no_control_characters(text)
        html = renderer.render(text)
        # Rendered as GitHub would (raw HTML allowed): no tag, link, image or code span comes from an article.
        assert not re.search(r"<(?:script|img|svg|b|a|code|strong|style|h\d)\b", html.split("<h1>", 1)[1]
                             .replace("<h2>", "").replace("</h2>", "").replace("<strong>", "").replace(
                                 "</strong>", "")), html
        assert "<table>" in html
        for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
            assert len(re.findall(r"<t[dh]\b", row)) == 5, row  # "|" in a quote adds no cell
        assert "[x](javascript:alert(6)) `code` &lt;b&gt;" in html  # shown as text


def test_hostile_text_in_sarif(hostile: Path, capsys) -> None:
    from tests.test_sarif import validate

    log = json.loads(_report(capsys, str(hostile / "articles"), "--format", "sarif"))
    validate(log)
    [result] = log["runs"][0]["results"]
    message = result["message"]["text"]
    assert not re.search(r"(?<!\\)[\[\]]", message.replace("\\\\", "")), message  # no embedded link can form
    assert "\\[x\\](javascript:alert(6))" in message
    assert "<b>\r\n::error title=x::forged %0A" in message  # JSON carries it as data, exactly


def test_hostile_text_in_github_annotations(hostile: Path, capsys) -> None:
    text = _report(capsys, str(hostile / "articles"), "--format", "github")
    lines = text.splitlines()
    assert len(lines) == 1 and lines[0].startswith("::warning file=")  # the newline forged no command
    assert "%0D%0A::error title=x::forged %250A" in lines[0]
    _no_control_characters(text)


def test_hostile_text_in_every_csv(hostile: Path, capsys) -> None:
    outputs = {
        "findings": _report(capsys, str(hostile / "articles"), "--format", "csv"),
        "draft figures": _report(capsys, str(hostile / "=draft.md"), "--against", str(hostile / "articles"),
                                 "--format", "csv"),
    }
    code, outputs["facts"], _ = run_cli(capsys, "extract", str(hostile / "articles"), str(hostile / "=draft.md"),
                                        "--format", "csv")
    assert code == 0
    for name, text in outputs.items():
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) > 1, name
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c.startswith(FORMULA_START)], name
    facts = list(csv.DictReader(io.StringIO(outputs["facts"])))
    assert {"'@b", "'=draft"} <= {row["doc"] for row in facts}
    assert any(row["sentence"].startswith("'=HYPERLINK(") for row in facts)
    assert any(row["sentence"].startswith("'+SUM(1)") for row in facts)
    [figure] = [row for row in csv.DictReader(io.StringIO(outputs["draft figures"])) if row["key"] == "evacuated"]
    assert figure["draft"] == "'=draft"


def test_hostile_text_in_the_terminal(hostile: Path, capsys) -> None:
    for args in ((str(hostile / "articles"),), (str(hostile / "=draft.md"), "--against", str(hostile / "articles"))):
        text = _report(capsys, *args, "--show-info")
        _no_control_characters(text)
        assert "\x1b" not in text
    text = _report(capsys, str(hostile / "articles"), str(hostile / "=draft.md"))
    assert "[bold red]x[/]" in text  # rich markup in a source's name shows as it is written


def test_hostile_text_in_json_is_data(hostile: Path, capsys) -> None:
    report = json.loads(_report(capsys, str(hostile / "articles"), "--format", "json"))
    sources = {d["id"]: d["source"] for d in report["documents"]}
    assert sources["@b"] == "Wire | [x](javascript:alert(6)) `code` <b>\r\n::error title=x::forged %0A"
    assert sources["a"] == "=cmd|' /C calc'!A0 [bold red]x[/] \x1b[2J"


def test_the_python_api_extract_works_after_check() -> None:
    """`factcheck.extract(documents)` after `factcheck.check(...)`: importing the extract package must not leave
    a module where the function was (it raised "TypeError: 'module' object is not callable")."""
    import factcheck

    factcheck.check([EXAMPLES])
    documents = factcheck.read_documents([EXAMPLES]).documents
    facts = factcheck.extract(documents)
    assert len(facts) == len(factcheck.check([EXAMPLES]).facts) == 79
