"""Running a rule pack's own test cases (`factcheck rules test DIR`): every YAML file in DIR/tests holds

    cases:
      - name: a later, smaller toll is a conflict
        rule: killed                     # the id of a rule of the pack
        documents:
          - {published: 2025-04-15, text: "Seven people were killed in the flood."}
          - {published: 2025-04-16, text: "Five people were killed in the flood."}
        findings: 1                      # how many findings of that rule the documents must raise
        severity: error                  # optional: the severity they must have

Each case's documents are made in memory and checked with the whole pack through the pipeline every check takes
(``check_documents``), so a rule is tested exactly as it runs. Malformed case files stop with a RuleError naming
the file and the case. This module sits above the pipeline, beside the command line: the rules package itself
never runs a check."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.documents import Document, document_from_record
from factcheck.errors import InputError, RuleError
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.rules.loader import load_rules
from factcheck.rules.model import Rule
from factcheck.yamltext import YamlError, load_yaml

_CASE_KEYS = {"name", "rule", "documents", "findings", "severity"}


@dataclass(frozen=True, slots=True)
class CaseResult:
    file: str
    name: str
    rule: str
    passed: bool
    detail: str


def run_pack_cases(pack: str | Path) -> list[CaseResult]:
    """Every case of every DIR/tests/*.yaml file, in file order, checked with the pack in DIR."""
    folder = Path(pack)
    files = sorted((folder / "tests").glob("*.yaml")) if (folder / "tests").is_dir() else []
    if not files:
        raise RuleError(folder, "has no tests/*.yaml case files to run")
    rules, lexicon = load_rules([folder]), load_lexicon([folder])
    return [run_case(path, case, rules, lexicon) for path in files for case in case_file(path)]


def run_case(path: Path, case: Mapping, rules: Sequence[Rule], lexicon: Lexicon) -> CaseResult:
    """One case (as ``case_file`` gives it) of the case file at ``path``: its documents checked with ``rules``."""
    from factcheck.pipeline import check_documents  # here: the pipeline needs pandas, listing rules does not

    result = check_documents(_documents(path, case), rules, (), lexicon)
    raised = [f for f in result.findings if f.rule == case["rule"]]
    severities = {f.severity for f in raised}
    passed = len(raised) == case["findings"] and (
        "severity" not in case or not raised or severities == {case["severity"]})
    detail = f"{len(raised)} finding(s)" + (f" at {', '.join(sorted(severities))}" if raised else "")
    return CaseResult(str(path), case["name"], case["rule"], passed, detail)


def _documents(path: Path, case: Mapping) -> list[Document]:
    """The case's documents, as if each were a file ``docN.md`` with its date in the front matter."""
    documents = []
    for number, document in enumerate(case["documents"]):
        try:
            documents.append(document_from_record(f"doc{number}", f"doc{number}.md", document["text"],
                                                  {"published": document.get("published")}))
        except InputError as error:
            raise RuleError(path, f"{case['name']}: document {number + 1}: {error.problem}",
                            key="documents") from None
    return documents


def case_file(path: Path) -> list[dict]:
    """The cases of one case file, validated: a RuleError names the file, the case and the key at fault."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as error:
        raise RuleError(path, str(error)) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RuleError(path, f"cannot be read as YAML ({type(error).__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise RuleError(path, "a case file is a mapping with a 'cases' list")
    for number, case in enumerate(data["cases"], start=1):
        name = case.get("name", f"case {number}") if isinstance(case, dict) else f"case {number}"
        if not isinstance(case, dict):
            raise RuleError(path, f"{name}: each case is a mapping")
        unknown = sorted(set(case) - _CASE_KEYS)
        if unknown:
            raise RuleError(path, f"{name}: unknown key", key=unknown[0])
        documents = case.get("documents")
        if not isinstance(case.get("rule"), str) or not isinstance(case.get("findings"), int):
            raise RuleError(path, f"{name}: needs 'rule' (a rule id) and 'findings' (a whole number)")
        if not isinstance(documents, list) or not all(isinstance(d, dict) and isinstance(d.get("text"), str)
                                                      for d in documents):
            raise RuleError(path, f"{name}: 'documents' must be a list of {{published, text}}", key="documents")
        case.setdefault("name", name)
    return data["cases"]
