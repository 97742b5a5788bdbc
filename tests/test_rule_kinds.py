"""Every rule kind, tested as data: tests/rule_cases/*.yaml hold a rule and cases of documents that must or
must not produce a finding (in the spirit of sqlfluff's YAML rule tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.pipeline import check
from factcheck.rules.kinds import KINDS

CASES = Path(__file__).parent / "rule_cases"


def _cases() -> list[tuple[str, dict, dict]]:
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            found.append(pytest.param(data["rule"], case, id=f"{path.stem}: {case['name']}"))
    return found


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(rule: dict, case: dict, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "rule.yaml").write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for number, document in enumerate(case["documents"]):
        front = f"---\npublished: {document['published']}\n---\n" if "published" in document else ""
        (docs / f"doc{number}.md").write_text(front + document["text"] + "\n", encoding="utf-8")
    result = check([docs], [rules])
    findings = [f for f in result.findings if f.rule == rule["id"]]
    assert len(findings) == case["findings"], [f.message for f in result.findings]
    if "severity" in case:
        assert {f.severity for f in findings} == {case["severity"]}


def test_every_rule_kind_has_passing_and_failing_cases() -> None:
    covered: dict[str, set[bool]] = {}
    for path in CASES.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            covered.setdefault(data["rule"]["kind"], set()).add(case["findings"] > 0)
    assert {kind: {True, False} for kind in KINDS} == covered


def test_every_kind_that_judges_pairs_says_when_a_pair_agrees() -> None:
    """A draft's figure is backed by a source only when the kind says the two agree (see factcheck.draft)."""
    assert [name for name, kind in KINDS.items() if hasattr(kind, "judge") != hasattr(kind, "agrees")] == []
