"""`factcheck rules test DIR` runs a pack's own cases; `factcheck check --accepted FILE` reports known
disagreements as accepted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import ROOT, run_cli


def _pack(tmp_path: Path, cases: str) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "rules", pack, ignore=shutil.ignore_patterns("tests", "*.md"))
    (pack / "tests").mkdir()
    (pack / "tests" / "cases.yaml").write_text(cases, encoding="utf-8")
    return pack


def test_rules_test_passes_and_fails(tmp_path: Path, capsys) -> None:
    pack = _pack(tmp_path, """cases:
  - name: shrinking toll
    rule: killed
    documents:
      - {published: 2025-04-15, text: "Seven people were killed in the flood."}
      - {published: 2025-04-16, text: "Five people were killed in the flood."}
    findings: 1
    severity: error
  - name: wrongly expects a finding
    rule: killed
    documents:
      - {published: 2025-04-15, text: "Seven people were killed in the flood."}
      - {published: 2025-04-16, text: "Nine people were killed in the flood."}
    findings: 1
""")
    code, out, _ = run_cli(capsys, "rules", "test", str(pack))
    assert code == 1
    assert "pass  killed" in out and "FAIL  killed" in out and "1 passed, 1 failed" in out


def test_rules_test_rejects_a_malformed_case_file(tmp_path: Path, capsys) -> None:
    pack = _pack(tmp_path, "cases:\n  - name: no rule\n    documents: []\n    findings: 0\n    colour: red\n")
    code, _, err = run_cli(capsys, "rules", "test", str(pack))
    assert code == 3 and "cases.yaml" in err and "colour" in err
    assert len(err.strip().splitlines()) == 1


def test_accepted_disagreement(tmp_path: Path, capsys) -> None:
    accepted = tmp_path / "accepted.yaml"
    accepted.write_text('accepted:\n  - key: damage\n    surface: "estimated $1.2 million"\n'
                        '    note: "The draft\'s figure is being checked with the council."\n', encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(ROOT / "examples"), "--accepted", str(accepted), "--format", "json")
    report = json.loads(out)
    damage = [f for f in report["findings"] if f["key"] == "damage"]
    assert damage and all(f["accepted"] == "The draft's figure is being checked with the council." for f in damage)
    assert code == 0  # the only error-level findings are accepted


def test_accepted_file_errors(tmp_path: Path, capsys) -> None:
    accepted = tmp_path / "accepted.yaml"
    accepted.write_text("accepted:\n  - key: damage\n    reason: no note\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(ROOT / "examples"), "--accepted", str(accepted))
    assert code == 3 and "accepted.yaml" in err and "reason" in err


def test_the_default_pack_passes_its_own_cases() -> None:
    from factcheck.rule_cases import run_pack_cases

    results = run_pack_cases(ROOT / "rules")
    assert results and [r for r in results if not r.passed] == []
