"""Words beside a figure that tell what kind of figure it is: an age ("aged 18", "at age 62", "ages 12 and 15", "68
and 48-years-old", "dies at 95"), a year that dates an event ("the 1967 slayings", "its 2005 elections") rather than
counts it. Read by the readers of extraction and by the frames."""

from __future__ import annotations

import re

from factcheck.lexicon.words import alternation
from factcheck.lexicon.words import words as listed
from factcheck.timewords import MONTH

# The ages of a list before the one read: "ages [12 and ]15", "aged [15 and ]12", "ages [16, 14 and ]6".
AGES_BEFORE_IT = r"(?:\d{1,3}(?:,\s+|\s+(?:and|or|to)\s+)){0,4}"
# Before an age: "aged 18", "at age 62", "under the age of 5 years" (a quantity, not a duration); each age of a
# list: "two girls, ages 12 and 15", "aged 15 and 12", "sons, ages 16, 14 and 6".
AGE_BEFORE = re.compile(rf"\b(?:aged|ages?(?:\s+of)?|in\s+age)\s+(?:(?:ranging\s+)?(?:between|from)\s+)?"
                        rf"{AGES_BEFORE_IT}$", re.IGNORECASE)  # "aged between 18 and 25", "ranged in age from 3 to 71"

# An age told by its decade: "a man in his 40s", "in her early 30s", "in her mid-to-late 30s" (quantities.py reads it;
# it is no decade of the calendar). Not "their 80s hits".
AGE_DECADE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]*"
                        r"(?:to[\s-]+(?P<to>mid|late)[\s-]*)?)?(?P<d>[1-9])0['’]?s\b", re.IGNORECASE)

# After the first of two ages that share their unit: "two women -- 68 and 48-years-old", "aged 6 and 8 years old".
AGE_PAIRED = re.compile(r"(?=\s+(?:and|or|to)\s+\d{1,3}(?:-|\s)(?P<unit>year|month|week|day)s?[-\s]old\b)",
                        re.IGNORECASE)

# Before an age at death: "Mark Felt ... dies at 95", "died Thursday at 91", "who died yesterday in federal prison at
# 77" (an age, not a toll; the reader asks what follows to end there, as an age does).
DIED_AT = re.compile(r"\b(?:dies|died|dead|passed\s+away)(?:\s+[\w-]+){0,5}?\s+at\s+(?:the\s+age\s+of\s+)?$",
                     re.IGNORECASE)  # "Esther Williams Dies At 91" too
# An age at death told with its word for age: "has died at age 95", "died yesterday aged 95".
DIED_AGED = re.compile(r"\b(?:dies|died|dead|passed\s+away)(?:\s+[\w-]+){0,5}?\s+(?:at\s+age|aged)\s+$",
                       re.IGNORECASE)

# A game clock: minutes and seconds into a period of play, or left in it ("at 2:56 of the sixth round", "with 7:41
# left in the first half"): a span of time, never a time of day.
GAME_CLOCK = re.compile(r"(?<![\d:.])(?P<m>[0-5]?\d):(?P<s>[0-5]\d)(?![\d:])"
                        rf"(?=\s+(?:minutes\s+)?{alternation(listed('durations', 'game_clock_after'))}\b)",
                        re.IGNORECASE)

# A race time: hours, minutes and seconds after a word that leads one ("finished the marathon in 2:18:05", "a
# winning time of 2:03:23", "clocked 2:01:09"), or minutes and seconds with their hundredths ("ran the mile in
# 3:43.13", "a 1:36.6 lap"): a span, never a time of day ("updated 12/19/2005 2:48:40 PM ET" is a page's stamp).
RACE_TIME = re.compile(r"(?<![\dT:.])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?"
                       r"|(?P<m2>[0-5]?\d):(?P<s2>[0-5]\d)\.(?P<f2>\d{1,3}))(?![\d:])")
RACE_TIME_LEAD = re.compile(rf"\b{alternation(listed('durations', 'race_time_leads'))}\s+$", re.IGNORECASE)
# "5:59:13 PM", "12:41:07 UTC": a clock
CLOCK_AFTER = re.compile(rf"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|{alternation(listed('grammar', 'time_zones'))}\b)",
                         re.IGNORECASE)

# "and"/"but" where a verb follows opens a clause of its own ("was fired up at the analyst day earlier this month and
# has wasted little time"), not between two nouns ("his talks on Friday and discussions next week").
COORDINATED = (r"\s(?:and|but)\s(?=(?:then\s+|also\s+|later\s+)?"
               + alternation(listed("clauses", "clause_verbs")) + r"\b)")

# "the 1967 slayings", "its 2005 elections": a year before the event it dates (a count of those would be
# written "1,967 slayings").
_YEAR_BEFORE = re.compile(rf"(?:\b{alternation(listed('clauses', 'year_before'))}|'s)\s+$", re.IGNORECASE)
_EVENT_AFTER = re.compile(rf"\s+(?-i:[A-Z][a-z]+\s+)?{alternation(listed('clauses', 'events'), plural=True)}\b",
                          re.IGNORECASE)


def dates_an_event(text: str, start: int, end: int) -> bool:
    """A year written before the event it dates: "the 1967 slayings", "its 2005 elections"."""
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", text[start:end])
                and _YEAR_BEFORE.search(text[max(0, start - 8) : start]) and _EVENT_AFTER.match(text, end))

# The day of a date before a figure: "sentenced on Jan. 5 to 25 years" (the 5 starts no range: quantities.py,
# durations.py).
DAY_OF_MONTH = re.compile(rf"\b{MONTH}\s+$")
