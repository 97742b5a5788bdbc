"""The loaded rules are the same in every process: string hashing is randomised per process, so nothing may
depend on the order of a set (the cluster cache keys on the rules, and Dask workers must agree with the client)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.rules.loader import load_rules

_PRINT_RULES = "from factcheck.rules.loader import load_rules; print(repr(load_rules()))"


@pytest.mark.slow  # four Python processes
def test_rules_load_identically_under_any_hash_seed() -> None:
    loaded = {
        subprocess.run([sys.executable, "-c", _PRINT_RULES], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(loaded) == 1


def test_a_word_with_two_lemmas_of_one_length_is_named_by_its_base_form() -> None:
    # "held" has the lemmas "held" and "hold"; "hold" is the one "holding" and "holds" share.
    held = next(r for r in load_rules() if r.id == "event-date")
    groups = {group for _, group in held.match.words}
    assert "hold" in groups and "held" not in groups


def test_a_yaml_text_read_twice_gives_a_copy_of_its_own() -> None:
    """load_yaml remembers a text it read (every check reads the default pack again); a caller that changes what it
    got changes nothing for the next."""
    from factcheck.yamltext import load_yaml

    text = "rules:\n  - id: remembered\n    kind: agree\n"
    first = load_yaml(text)
    first["rules"].append("changed")  # type: ignore[index]
    assert load_yaml(text) == {"rules": [{"id": "remembered", "kind": "agree"}]}
