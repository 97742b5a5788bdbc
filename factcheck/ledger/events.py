"""Which stories a ledger search found tell another event. A search by words finds the stories of the draft's
event and, beside them, stories of events told in the same words: last year's arrest of the same actor, another
quake in the same province, the other candidate's rally. Stories of one event agree on most figures they share, so a
story that states none of the draft's figures and contradicts two of them or more that other stories state tells
another event; judged with the others, its figures would stand as third readings ("early Tuesday morning" of last
year's arrest beside "early Sunday" of this one) or back a changed figure by chance. Such stories are set aside, and
the draft is judged again without them. A figure no other story states does not count: a story that contradicts
only the draft's mistakes is the one that catches them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

OTHER_EVENT_CONTRADICTIONS = 2  # stated draft figures a story contradicts, stating none, to tell another event


def other_events(backing: Mapping[str, tuple[str, ...]], sides: Iterable[tuple[tuple[str, ...], ...]],
                 doc_of: Mapping[str, str], drafts: frozenset[str]) -> frozenset[str]:
    """The stories (document ids) that tell another event than the drafts'. ``backing``: draft fact id -> the source
    facts that state it; ``sides``: each finding's sides (fact ids); ``doc_of``: fact id -> document id."""
    backs = {doc_of[i] for found in backing.values() for i in found}
    against: dict[str, set[str]] = {}
    for finding in sides:
        for n, side in enumerate(finding):
            ours = {i for i in side if doc_of[i] in drafts and backing.get(i)}
            theirs = {doc_of[i] for m, other in enumerate(finding) if m != n for i in other} - drafts if ours else ()
            for doc in theirs:
                against.setdefault(doc, set()).update(ours)
    return frozenset(doc for doc, ours in against.items()
                     if len(ours) >= OTHER_EVENT_CONTRADICTIONS and doc not in backs)
