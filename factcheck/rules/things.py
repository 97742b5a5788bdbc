"""Whether two counts can be about the same thing: a count of people is never compared with a count of
villages, whatever word stands near both ("killing 10 persons ... leveled seven villages")."""

from __future__ import annotations

import re

# Heads that count people: nouns for people and groups of people, and demonyms ("palestinian", "gazans").
PEOPLE = frozenset("""
people person persons victim civilian child children kid baby man men woman women boy girl adult resident citizen
inhabitant soldier troop officer policeman policemen police fighter militant rebel insurgent gunman gunmen worker
employee staff student pupil teacher patient passenger crew member tourist visitor pilgrim migrant refugee
protester demonstrator prisoner detainee hostage suspect survivor casualty fatality dead wounded injured family
miner firefighter journalist doctor nurse player fan voter official leader senator lawmaker american other
""".split())
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ans?|is|i)s?$")


def is_people(subject: str | None) -> bool:
    return subject is not None and (subject in PEOPLE or bool(_DEMONYM.search(subject)) and len(subject) > 4)


def comparable_things(a: str | None, b: str | None) -> bool:
    """False only when one count is of people and the other of something else, both named."""
    if a is None or b is None or a == b:
        return True
    return is_people(a) == is_people(b)
