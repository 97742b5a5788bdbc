"""Malformed rule files: exit code 3 and one line on standard error naming the file, the rule and the key;
and a valid user rule folder used with ``--rules``."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import RuleError
from factcheck.rules.loader import load_rule_file
from tests.conftest import run_cli

RULE: dict = {
    "id": "user-arrests",
    "kind": "cumulative",
    "description": "People arrested (user rule)",
    "match": {"kinds": ["count"], "words": ["arrest", "detain"]},
    "severity": "warning",
}


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "story.txt"
    path.parent.mkdir()
    path.write_text("Police said 12 people were arrested after the protest.\n", encoding="utf-8")
    return path


def write_rules(folder: Path, name: str, content: str | list[dict]) -> Path:
    """A rule file ``folder/name``: raw YAML text, or a list of rules dumped as YAML."""
    folder.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else yaml.safe_dump({"rules": content}, sort_keys=False)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def rule(**changes: object) -> dict:
    """The valid user rule with ``changes`` applied (``match`` and ``params`` are merged)."""
    result = copy.deepcopy(RULE)
    for key, value in changes.items():
        if key in ("match", "params") and isinstance(value, dict):
            result[key] = {**result.get(key, {}), **value}
        else:
            result[key] = value
    return result


def rule_error(capsys: pytest.CaptureFixture[str], doc: Path, *rules: Path) -> str:
    """Run ``check DOC --rules ...``; assert exit code 3 and a single error line, and return it."""
    args = ["check", str(doc)]
    for path in rules:
        args += ["--rules", str(path)]
    code, _, err = run_cli(capsys, *args)
    assert code == 3, (code, err)
    assert "Traceback" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected exactly one line on stderr, got {len(lines)}:\n{err}"
    assert lines[0].startswith("factcheck: error: "), lines[0]
    return lines[0]


def assert_names(line: str, path: Path, rule_id: str, key: str) -> None:
    assert str(path) in line, line
    assert f"rule '{rule_id}'" in line, line
    assert f"key '{key}'" in line, line


def test_yaml_syntax_error(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(
        tmp_path / "rules",
        "broken.yaml",
        "rules:\n  - id: broken\n    kind: agree\n    match: {words: [arrest]\n    severity: error\n",
    )
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert str(path) in line
    assert re.search(r"\bline \d+", line), line


def test_unknown_rule_kind(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(kind="roughly")])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, path, "user-arrests", "kind")
    assert "roughly" in line


def test_unknown_key_in_a_rule(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(colour="red")])
    assert_names(rule_error(capsys, doc, tmp_path / "rules"), path, "user-arrests", "colour")


def test_unknown_key_in_match(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(match={"colour": "red"})])
    assert_names(rule_error(capsys, doc, tmp_path / "rules"), path, "user-arrests", "match.colour")


def test_unknown_class_of_counted_thing(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(match={"words": ["arrest"], "counts": "crowds"})])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, path, "user-arrests", "match.counts")
    assert "people" in line


def test_unknown_parameter(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(params={"speed": 3})])
    assert_names(rule_error(capsys, doc, tmp_path / "rules"), path, "user-arrests", "params.speed")


def test_wrong_parameter_type(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(params={"tolerance": "lots"})])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, path, "user-arrests", "params.tolerance")
    assert "lots" in line


def test_bad_regular_expression(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(match={"pattern": "(unclosed"})])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, path, "user-arrests", "match.pattern")
    assert "regular expression" in line


def test_bad_severity(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(severity="catastrophic")])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, path, "user-arrests", "severity")
    assert "catastrophic" in line


def test_duplicate_rule_id_across_files(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    first = write_rules(tmp_path / "rules", "a.yaml", [rule()])
    second = write_rules(tmp_path / "rules", "b.yaml", [rule(kind="agree")])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, second, "user-arrests", "id")
    assert str(first) in line


def test_unknown_placeholder_in_message(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(message="{a} against {b}: {nope}")])
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert_names(line, path, "user-arrests", "message")
    assert "{nope}" in line


def test_rules_folder_without_yaml(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "README.txt").write_text("rules go here\n", encoding="utf-8")
    line = rule_error(capsys, doc, folder)
    assert str(folder) in line
    assert ".yaml" in line


def test_missing_rules_path(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-rules-here"
    line = rule_error(capsys, doc, missing)
    assert str(missing) in line
    assert "no such" in line


# A valid user rule


def test_user_rule_flags_a_shrinking_arrest_count(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rules = tmp_path / "my-rules"
    rule_path = write_rules(rules, "arrests.yaml", [rule()])
    docs = tmp_path / "docs"
    docs.mkdir()
    early = "---\npublished: 2024-05-01\nsource: Morning Post\n---\nPolice said 12 people were arrested.\n"
    late = "---\npublished: 2024-05-02\nsource: Evening Star\n---\nPolice said 7 people were detained.\n"
    (docs / "early.md").write_text(early, encoding="utf-8")
    (docs / "late.md").write_text(late, encoding="utf-8")

    code, out, err = run_cli(capsys, "check", str(docs), "--rules", str(rules), "--format", "json")
    assert "Traceback" not in err
    assert code == 0, err  # the rule's severity is warning, below the default --fail-on error
    report = json.loads(out)
    findings = [f for f in report["findings"] if f["rule"] == "user-arrests"]
    assert len(findings) == 1, report["findings"]
    [finding] = findings
    assert finding["severity"] == "warning"
    facts = {f["id"]: f for f in report["facts"]}
    assert {(facts[i]["doc"], facts[i]["value"]) for i in finding["facts"]} == {("early", 12), ("late", 7)}

    code, _, err = run_cli(
        capsys, "check", str(docs), "--rules", str(rules), "--format", "json", "--fail-on", "warning"
    )
    assert code == 1, err

    code, out, err = run_cli(capsys, "rules", "--rules", str(rules), "--no-default-rules")
    assert code == 0, err
    [listed] = out.splitlines()
    assert listed.split()[:3] == ["user-arrests", "cumulative", "warning"]
    assert str(rule_path) in listed


@pytest.mark.parametrize(("changes", "key"), [
    ({"match": {"window": "wide"}}, "match.window"),
    ({"match": {"window": 500}}, "match.window"),
    ({"match": {"words": 5}}, "match.words"),
    ({"match": {"words": [["give way", 3]]}}, "match.words"),
    ({"match": {"kinds": ["count", 7]}}, "match.kinds"),
    ({"match": {"pattern": ["a", "b"]}}, "match.pattern"),
    ({"match": "arrests"}, "match"),
    ({"params": [1, 2]}, "params"),
    ({"params": {"tolerance": True}}, "params.tolerance"),
    ({"params": {"tolerance": -0.5}}, "params.tolerance"),
    ({"description": 5}, "description"),
    ({"message": ["a"]}, "message"),
    ({"scope": "sideways"}, "scope"),
    ({"kind": ["agree"]}, "kind"),  # was an internal error: a list cannot be looked up among the kinds
])
def test_wrong_type(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path, changes: dict, key: str) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule(**changes)])
    assert_names(rule_error(capsys, doc, tmp_path / "rules"), path, "user-arrests", key)


# Safe loading: a YAML tag that would run code in an unsafe loader is refused, and runs nothing.

PYTHON_TAG = "!!python/object/apply:os.system ['touch {marker}']"


def test_rule_file_cannot_run_code(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = write_rules(tmp_path / "rules", "user.yaml", "rules:\n  - id: x\n    kind: "
                       + PYTHON_TAG.replace("{marker}", str(marker)) + "\n")
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert str(path) in line and "not valid YAML at line 3" in line and "python/object/apply" in line
    assert not marker.exists()


def test_accepted_file_cannot_run_code(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    """The accepted-disagreements file is configuration, validated like rule files: exit 3."""
    marker = tmp_path / "ran"
    accepted = tmp_path / "accepted.yaml"
    accepted.write_text("accepted:\n  - key: killed\n    note: " + PYTHON_TAG.replace("{marker}", str(marker)) + "\n",
                        encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(doc), "--accepted", str(accepted))
    assert code == 3 and err.splitlines() == [f"factcheck: error: {accepted}: not valid YAML at line 3"]
    assert not marker.exists()


def test_no_unsafe_yaml_loading_anywhere() -> None:
    """Every YAML document factcheck reads goes through factcheck.yamltext.load_yaml, PyYAML's safe loader with its
    guards (no aliases, dates the calendar has): no yaml.load or yaml.safe_load anywhere else, no full or unsafe
    loader."""
    import yaml

    from factcheck import yamltext
    from tests.conftest import ROOT

    unsafe = re.compile(r"yaml\.(?:load|load_all|safe_load|full_load|unsafe_load|Loader|FullLoader|UnsafeLoader)\b")
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "factcheck").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if unsafe.search(line)]
    assert found == []
    assert issubclass(yamltext._Loader, yaml.SafeLoader)
    assert issubclass(yamltext._FastLoader, (yaml.CSafeLoader, yaml.SafeLoader) if yaml.__with_libyaml__
                      else yaml.SafeLoader)
    uses = sum(path.read_text(encoding="utf-8").count("load_yaml(") for path in (ROOT / "factcheck").rglob("*.py"))
    assert uses >= 7  # front matter, manifest, rule files, accepted file, rule test cases, word lists (+ the def)


def test_unreadable_rule_file(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_rules(tmp_path / "rules", "user.yaml", [rule()])
    read_text = Path.read_text

    def refuse(self: Path, *args: object, **kwargs: object) -> str:
        if self.name == "user.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse)
    line = rule_error(capsys, doc, tmp_path / "rules")
    assert line == f"factcheck: error: {path}: cannot be read (Permission denied)"


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 100), st.floats(allow_nan=True), st.text(max_size=8),
                     st.sampled_from(["agree", "count", "error", "across", "{a}", "(", "kill", "m", "tolerance"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.one_of(st.text(max_size=6), st.sampled_from(
        ["id", "kind", "match", "params", "words", "kinds", "window", "pattern", "tolerance", "min"])), inner,
        max_size=4)), max_leaves=12)


@pytest.mark.slow  # 60 generated rule files, each loaded
@given(st.lists(st.fixed_dictionaries({"id": st.sampled_from(["a", "b", "A!", 3])}, optional={
    "kind": st.one_of(st.sampled_from(["agree", "cumulative", "exact", "same-date", "range", "part-of-total"]),
                      _VALUES),
    "match": st.one_of(st.fixed_dictionaries({}, optional=dict.fromkeys(
        ("kinds", "words", "subjects", "units", "pattern", "window"), _VALUES)), _VALUES),
    "params": _VALUES, "severity": _VALUES, "message": _VALUES, "description": _VALUES, "scope": _VALUES,
}), max_size=3))
def test_any_rule_file_loads_or_is_one_rule_error(entries: list[dict]) -> None:
    """Whatever a rule file holds, loading it gives rules or a RuleError (exit 3), never another exception."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rules.yaml"
        path.write_text(yaml.safe_dump({"rules": entries}), encoding="utf-8")
        try:
            load_rule_file(path)
        except RuleError as error:
            assert "\n" not in str(error) and str(path) in str(error)


def test_a_pack_s_bad_word_list(capsys: pytest.CaptureFixture[str], doc: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    write_rules(pack, "user.yaml", [RULE])
    (pack / "lexicon.yaml").write_text("things:\n  classes:\n    homes: {members: home}\n", encoding="utf-8")
    line = rule_error(capsys, doc, pack)
    assert str(pack / "lexicon.yaml") in line and "key 'things.classes.homes.members'" in line, line
