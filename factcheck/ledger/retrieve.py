"""Which stored stories are about a draft's event: a full-text search with the draft's distinctive words, within a
window of days before its date.

What names one event is its proper names (people, places, organisations) and its own nouns and verbs ("rehab",
"earthquake", "acquire"); figures are poor (the draft may have changed one, and "3" is in every story), and so are
the words of every story ("said", "officials", months and weekdays). The search takes the draft's title words and
proper names first, then its other content words by how often the draft uses them, and lets the ranking (bm25 over
title and text, the title weighted more) reward stories that share many rare ones. Below the five best, a story that
matches less than three tenths as well as the fifth shares only words any story might (a court, a police force, a
week): it is left out, in a ledger large enough for bm25 to tell."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache

from factcheck.documents import Document
from factcheck.extract.tokens import STOPWORDS, tokens
from factcheck.ledger.store import Ledger, Stored, content_digest
from factcheck.lexicon.words import table, words

DEFAULT_WINDOW_DAYS = 30
DEFAULT_LIMIT = 20
QUERY_TERMS = 40  # enough for an event's vocabulary; more only adds the words of every story
SURE = 5  # the best matches, always used
RELEVANT = 0.3  # below them, a story's search score over the fifth best's, at least (bench/README, ledger)
SEARCHABLE = 200  # stories a ledger holds before bm25's weights say which match little: in fewer, the words of
#                   the event are in most stories and weigh nothing (measured: bench/README, ledger)


@cache
def _skipped() -> frozenset[str]:
    calendar = [name for kind in ("months", "weekdays") for name in table("calendar", kind)]
    return frozenset((*STOPWORDS, *words("retrieval", "common"), *calendar))


def query_terms(document: Document, most: int = QUERY_TERMS) -> tuple[str, ...]:
    """The words of ``document`` a search for its event uses, in lower case, the most telling first: the title's
    words and the proper names (capitalised where no sentence starts), then the other content words, the most
    frequent first (ties in reading order)."""
    skipped = _skipped()
    body = document.text[document.body_start:]
    found = tokens(body)
    counts: Counter[str] = Counter()
    named: list[str] = [t.lower for t in tokens(document.title or "")]
    for previous, token in zip([None, *found], found, strict=False):
        word = _word(token.text)
        if word is None:
            continue
        counts[word] += 1
        after_stop = previous is None or body[previous.end:token.start].strip(" \t\"'“‘(") not in ("", ",", ";")
        if token.text[0].isupper() and not after_stop:
            named.append(word)
    ranked = [w for w in dict.fromkeys(named) if _word(w) and w not in skipped]
    rest = sorted((w for w in counts if w not in skipped and w not in ranked), key=lambda w: -counts[w])
    return tuple([*ranked, *rest][:most])


def _word(text: str) -> str | None:
    """A token as a search word (lower case, a possessive cut off), or None for a number or a word too short."""
    lower = text.lower().removesuffix("'s").removesuffix("’s")
    if len(lower) < 3 or not lower[0].isalpha() or not lower.replace("-", "").replace("'", "").isalpha():
        return None
    return lower


def stories_about(ledger: Ledger, draft: Document, window_days: int | None = DEFAULT_WINDOW_DAYS,
                  limit: int = DEFAULT_LIMIT, held: int | None = None) -> list[Stored]:
    """The stored stories about the event of ``draft``, best first, at most ``limit``: published at most
    ``window_days`` days before the draft's date and not after it (no window for an undated draft, or
    ``window_days`` None); below the five best, only those that match at least ``RELEVANT`` as well as the fifth,
    in a ledger of ``SEARCHABLE`` stories or more (``held``: how many it holds, when the caller knows). The draft
    itself, if the ledger holds it (same id or same
    content), is not its own source."""
    since = until = None
    if draft.published is not None:
        until = draft.published
        since = None if window_days is None else draft.published - dt.timedelta(days=window_days)
    own = content_digest(draft)
    found = ledger.find(query_terms(draft), since, until, limit + 1)
    others = [s for s in found if s.document.id != draft.id and s.digest != own][:limit]
    if len(others) <= SURE or (held if held is not None else ledger.stats().documents) < SEARCHABLE:
        return others
    # Against the fifth best, not the best: a wire story and its reprints match far better than the rest.
    floor = RELEVANT * others[SURE - 1].relevance
    return others[:SURE] + [s for s in others[SURE:] if s.relevance >= floor]
