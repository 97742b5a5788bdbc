"""Loading rule files: every file is validated once, here; unknown keys are rejected and every problem
is one RuleError naming the file, the rule and the key."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import regex
import yaml

from factcheck.errors import RuleError
from factcheck.extract.lemmas import lemmas
from factcheck.extract.tokens import tokens
from factcheck.facts import KINDS as FACT_KINDS
from factcheck.rules.kinds import KINDS
from factcheck.rules.model import SCOPES, SEVERITIES, Match, Rule
from factcheck.rules.regex_guard import compile_guarded
from factcheck.yamltext import YamlError, load_yaml

_FILE_KEYS = {"rules"}
_RULE_KEYS = {"id", "kind", "match", "params", "severity", "message", "description", "scope"}
_MATCH_KEYS = {"kinds", "words", "subjects", "units", "pattern", "window", "counts"}
_COUNTS = ("people",)  # the classes ``match.counts`` may name
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
MESSAGE_FIELDS = frozenset(
    {
        "a",
        "b",
        "a_source",
        "b_source",
        "a_date",
        "b_date",
        "a_interval",
        "b_interval",
        "why",
        "rule",
        "key",
        "description",
    }
)
DEFAULT_MESSAGE = '{description}: "{a}" ({a_source}, {a_date}) against "{b}" ({b_source}, {b_date}): {why}'


def default_rules_dir() -> Path:
    """The shipped pack: packaged inside the wheel, or the repository's rules/ in a source checkout."""
    packaged = Path(str(resources.files("factcheck"))) / "default_rules"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "rules"


def load_rules(paths: Iterable[str | Path] | None = None) -> tuple[Rule, ...]:
    """Every rule in the YAML files of the given folders or files (default: the shipped pack), in the order given.

    A file given twice (a folder and a file in it, the shipped pack named again) is read once. Two rules with one
    id are an error, except that a rule of the shipped pack gives way to a rule of another pack with its id: a
    user's pack that defines ``killed`` replaces the shipped ``killed``."""
    files: list[Path] = []
    for raw in paths or [default_rules_dir()]:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.suffix in (".yaml", ".yml") and p.is_file() and not p.name.startswith(("accepted", "lexicon."))
            )
            if not found and not (path / "lexicon.yaml").is_file():
                raise RuleError(path, "folder holds no .yaml rule files")  # a pack of word lists alone is one
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(path, "no such rule file or folder")
    shipped = default_rules_dir().resolve()
    rules: dict[str, Rule] = {}
    read: set[Path] = set()
    for path in files:
        if path.resolve() in read:
            continue
        read.add(path.resolve())
        for rule in load_rule_file(path):
            before = rules.get(rule.id)
            if before is not None and _shipped(before, shipped) == _shipped(rule, shipped):
                raise RuleError(path, f"rule id is already defined in {before.path}", rule.id, "id")
            if before is not None and _shipped(rule, shipped):
                continue  # the shipped rule gives way to the one read before it
            rules.pop(rule.id, None)  # the shipped rule gives way; the new one stands where it was read
            rules[rule.id] = rule
    return tuple(rules.values())


def _shipped(rule: Rule, shipped: Path) -> bool:
    return Path(rule.path).resolve().parent == shipped


def load_rule_file(path: Path) -> list[Rule]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except YamlError as error:
        raise RuleError(path, str(error)) from None
    except OSError as error:
        raise RuleError(path, f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise RuleError(path, "is not UTF-8 text") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise RuleError(path, f"not valid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise RuleError(path, "a rule file is a mapping with a 'rules' list")
    _reject_unknown(path, data, _FILE_KEYS, None, "")
    if not isinstance(data.get("rules"), list) or not data["rules"]:
        raise RuleError(path, "must hold a non-empty list", key="rules")
    return [_rule(path, entry, number) for number, entry in enumerate(data["rules"], start=1)]


def _rule(path: Path, entry: object, number: int) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(path, f"entry {number} of 'rules' must be a mapping")
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        raise RuleError(path, f"entry {number} needs an 'id' of lower-case letters, digits, '-' and '_'", key="id")
    _reject_unknown(path, entry, _RULE_KEYS, rule_id, "")
    kind = entry.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:  # a list is no kind (and cannot be looked up)
        raise RuleError(path, f"unknown kind {kind!r}; one of: {', '.join(KINDS)}", rule_id, "kind")
    severity = entry.get("severity", "warning")
    if severity not in SEVERITIES:
        raise RuleError(path, f"must be one of {', '.join(SEVERITIES)}, not {severity!r}", rule_id, "severity")
    description = entry.get("description", rule_id)
    if not isinstance(description, str):
        raise RuleError(path, "must be text", rule_id, "description")
    scope = entry.get("scope", "across")
    if scope not in SCOPES:
        raise RuleError(path, f"must be one of {', '.join(SCOPES)}, not {scope!r}", rule_id, "scope")
    return Rule(
        id=rule_id,
        kind=kind,
        match=_match(path, rule_id, entry.get("match"), KINDS[kind].FACT_KINDS),
        params=_params(path, rule_id, entry.get("params"), KINDS[kind].PARAMS),
        severity=severity,
        message=_message(path, rule_id, entry.get("message")),
        description=description,
        path=str(path),
        scope=scope,
    )


def _match(path: Path, rule_id: str, data: object, allowed_kinds: tuple[str, ...]) -> Match:
    if not isinstance(data, dict):
        raise RuleError(path, "must be a mapping (kinds, words, subjects, units, pattern, window)", rule_id, "match")
    _reject_unknown(path, data, _MATCH_KEYS, rule_id, "match.")
    kinds = tuple(_strings(path, rule_id, "match.kinds", data.get("kinds", list(allowed_kinds))))
    for kind in kinds:
        if kind not in FACT_KINDS:
            raise RuleError(
                path, f"unknown fact kind {kind!r}; one of: {', '.join(FACT_KINDS)}", rule_id, "match.kinds"
            )
        if kind not in allowed_kinds:
            raise RuleError(path, f"this rule kind compares only {', '.join(allowed_kinds)}", rule_id, "match.kinds")
    words = _words(path, rule_id, data.get("words", []))
    subjects = tuple(_phrase(s)[-1] for s in _strings(path, rule_id, "match.subjects", data.get("subjects", [])))
    units = tuple(_strings(path, rule_id, "match.units", data.get("units", [])))
    pattern = data.get("pattern")
    if pattern is not None:
        if not isinstance(pattern, str):
            raise RuleError(path, "must be a regular expression written as text", rule_id, "match.pattern")
        try:
            compile_guarded(pattern)
        except (re.error, regex.error) as error:
            raise RuleError(path, f"not a valid regular expression: {error}", rule_id, "match.pattern") from None
        except ValueError as error:
            raise RuleError(path, str(error), rule_id, "match.pattern") from None
    window = data.get("window", 8)
    if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 50:
        raise RuleError(path, "must be a whole number of words from 1 to 50", rule_id, "match.window")
    counts = data.get("counts")
    if counts is not None and counts not in _COUNTS:
        raise RuleError(path, f"must be one of: {', '.join(_COUNTS)}", rule_id, "match.counts")
    if not (words or subjects or pattern):
        raise RuleError(path, "needs at least one of words, subjects or pattern", rule_id, "match")
    return Match(kinds, words, subjects, units, pattern, window, counts)


def _words(path: Path, rule_id: str, value: object) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Words or phrases; an inner list is a group of synonyms naming one thing ([give way, break, collapse])."""
    if not isinstance(value, list):
        raise RuleError(path, "must be a list of words (an inner list is a group of synonyms)", rule_id, "match.words")
    words: list[tuple[tuple[str, ...], str]] = []
    for item in value:
        group = _strings(path, rule_id, "match.words", item)
        name = "-".join(_phrase(group[0])) if isinstance(item, list) else ""
        words.extend((_phrase(word), name) for word in group)
    return tuple(words)


def _phrase(text: str) -> tuple[str, ...]:
    """A phrase as the lemmas of its words: "death tolls" -> ("death", "toll"); "held" -> ("hold",). Of lemmas of
    one length, one other than the word itself, then the first in alphabetical order: never the order of a set,
    which changes from one run to the next and would rename keys ("event-date:held")."""
    words = tokens(text)
    return tuple(min(lemmas(w.text), key=lambda lemma, w=w: (len(lemma), lemma == w.lower, lemma))
                 for w in words) or (text.lower(),)


def _strings(path: Path, rule_id: str, key: str, value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(path, "must be a list of words", rule_id, key)
    return value


def _params(
    path: Path, rule_id: str, data: object, declared: Mapping[str, tuple[type, object]]
) -> Mapping[str, object]:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleError(path, "must be a mapping", rule_id, "params")
    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in declared:
            accepted = ", ".join(declared) or "none"
            raise RuleError(path, f"unknown parameter (accepted: {accepted})", rule_id, f"params.{key}")
        wanted, default = declared[key]
        if wanted is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, wanted) or isinstance(value, bool) != (wanted is bool):
            raise RuleError(path, f"must be a {wanted.__name__}, not {value!r}", rule_id, f"params.{key}")
        # A None default marks an optional value that may be negative (a bound such as -90 °C); a numeric
        # default marks a tolerance, which may not.
        if wanted is float and default is not None and value < 0:  # type: ignore[operator]
            raise RuleError(path, "must not be negative", rule_id, f"params.{key}")
        values[key] = value
    return MappingProxyType({key: values.get(key, default) for key, (_, default) in declared.items()})


def _message(path: Path, rule_id: str, template: object) -> str | None:
    if template is None:
        return None
    if not isinstance(template, str):
        raise RuleError(path, "must be text", rule_id, "message")
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as error:
        raise RuleError(path, f"not a valid template: {error}", rule_id, "message") from None
    for field in fields:
        if field not in MESSAGE_FIELDS:
            raise RuleError(
                path, f"unknown placeholder {{{field}}}; use: {', '.join(sorted(MESSAGE_FIELDS))}", rule_id, "message"
            )
    return template


def _reject_unknown(
    path: Path, data: Mapping[object, object], known: set[str], rule_id: str | None, prefix: str
) -> None:
    for key in data:
        if key not in known:
            raise RuleError(path, f"unknown key (accepted: {', '.join(sorted(known))})", rule_id, f"{prefix}{key}")
