"""The ledger's lines on the terminal: what an add did, what a ledger holds, which stories a check used."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from factcheck.documents import Document
from factcheck.ledger import Added, Stats

_TITLE_CHARACTERS = 80  # a title read from a first line can be a whole paragraph


def added_lines(added: Added, stats: Stats) -> list[str]:
    lines = [f"{doc_id}: same content as {stored}, already in the ledger: skipped" for doc_id, stored in
             added.duplicates]
    lines.append(f"{len(added.added):,} added, {len(added.replaced):,} replaced (new text), {len(added.unchanged):,} "
                 f"unchanged, {len(added.duplicates):,} duplicates; {_holds(stats)}")
    return lines


def stats_lines(stats: Stats) -> list[str]:
    span = f"{stats.first} to {stats.last}" if stats.first else "none dated"
    undated = f" ({stats.undated:,} undated)" if stats.undated else ""
    size = f"{stats.size / 2**20:,.1f} MiB" if stats.size is not None else "n/a"
    return [f"ledger:     {stats.location}", f"documents:  {stats.documents:,}{undated}",
            f"facts:      {stats.facts:,}", f"published:  {span}", f"size:       {size}"]


def removed_lines(asked: Sequence[str], removed: Collection[str], stats: Stats) -> list[str]:
    lines = [f"{doc_id}: not in the ledger" for doc_id in dict.fromkeys(asked) if doc_id not in removed]
    lines.append(f"{len(removed):,} removed; {_holds(stats)}")
    return lines


def stories_lines(documents: Sequence[Document], drafts: Collection[str], location: str,
                  window: int | None, set_aside: Sequence[Document] = ()) -> list[str]:
    """One line per stored story a check used, after a line naming the ledger and the window; then the stories
    found but set aside as another event's."""
    stories = [d for d in documents if d.id not in drafts]
    within = f"published within {window} days before the draft" if window is not None else "at any date"
    counted = f"{len(stories):,} {'story' if len(stories) == 1 else 'stories'}"
    lines = [f"{counted} from the ledger {location} ({within}):", *map(_story_line, stories)]
    if set_aside:
        lines.append(f"{len(set_aside):,} set aside as another event's (they state none of the draft's figures and "
                     "contradict two or more):")
        lines.extend(map(_story_line, set_aside))
    return lines


def _story_line(story: Document) -> str:
    day = story.published.isoformat() if story.published else "undated"
    title = _shortened(story.title or "", _TITLE_CHARACTERS)
    return f"  {story.id}  {story.source or 'no source'}, {day}: {title}".rstrip(": ")


def _shortened(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 3].rstrip() + "..."


def _holds(stats: Stats) -> str:
    return f"the ledger {stats.location} holds {stats.documents:,} documents, {stats.facts:,} facts"
