"""A key read into its rule and qualifiers (factcheck.keys), as the accepted-disagreements file, a draft's accept
instructions and the html report's labels read it."""

from __future__ import annotations

from factcheck.accepted import Acceptance
from factcheck.keys import Key


def test_a_key_is_its_rule_and_what_sets_it_apart() -> None:
    assert Key.parse("killed") == Key("killed")
    assert Key.parse("event-date:give-way") == Key("event-date", ("give-way",))
    assert Key.parse("magnitude@2004") == Key("magnitude", ("2004",))
    assert Key.parse("auto:count:-:people@2004") == Key("auto", ("count", "-", "people", "2004"))


def test_an_accepted_rule_id_covers_every_key_of_that_rule() -> None:
    note = "The Hill's 'millions' is loose wording; AP's figure stands."
    by_rule, by_key = Acceptance("magnitude", note), Acceptance("event-date:give-way", note)
    assert by_rule.covers("magnitude@2004", {"ap"}, {"9.1"})
    assert by_key.covers("event-date:give-way", {"ap"}, {"Tuesday"})
    assert not by_key.covers("event-date:vote", {"ap"}, {"Tuesday"})
    assert not by_rule.covers("magnitudes", {"ap"}, {"9.1"})
