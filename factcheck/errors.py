"""The error types the core raises; the CLI alone maps them to exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    INPUT_ERROR = 2
    RULE_ERROR = 3


class FactcheckError(Exception):
    """Base class: a one-line, user-facing message."""

    exit_code = ExitCode.INPUT_ERROR


class InputError(FactcheckError):
    """A document, folder, manifest or command-line value that cannot be used."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class RuleError(FactcheckError):
    """An invalid rule file: names the file, the rule and the key that is wrong."""

    exit_code = ExitCode.RULE_ERROR

    def __init__(self, path: object, problem: str, rule: str | None = None, key: str | None = None) -> None:
        self.path, self.rule, self.key, self.problem = str(path), rule, key, problem
        where = self.path
        if rule:
            where += f": rule '{rule}'"
        if key:
            where += f": key '{key}'"
        super().__init__(f"{where}: {problem}")
