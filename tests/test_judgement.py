"""Which figures speak about the same thing: one small cluster of stories (written for these tests) for each cause of
false alarm found on real news, and for each kind of disagreement that was missed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import factcheck
from factcheck.documents import Document
from factcheck.extract import extract
from factcheck.facts import Fact, frame_facts
from factcheck.findings import Finding
from factcheck.judge import same_digits
from factcheck.judge.comparable import aside
from factcheck.judge.matching import conflicts, once, one_owner_s_event
from factcheck.judge.redating import written_off
from factcheck.rules.explain import unit_slip
from factcheck.rules.things import comparable_things, part_of


def check(tmp_path: Path, *stories: tuple[str, str]) -> tuple[tuple[Finding, ...], dict[str, object]]:
    """Write the stories (publication date, text) and check them; the findings and the facts by id."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    for number, (published, text) in enumerate(stories, 1):
        front = f"---\npublished: {published}\n---\n" if published else ""
        (tmp_path / f"story{number}.md").write_text(front + text + "\n", encoding="utf-8")
    result = factcheck.check([tmp_path])
    return result.findings, {f.id: f for f in frame_facts(result.facts)}


def flagged(findings: tuple[Finding, ...]) -> list[Finding]:
    return [f for f in findings if f.severity in ("warning", "error")]


def surfaces(finding: Finding, facts: dict[str, object]) -> list[list[str]]:
    return [[facts[i].surface for i in side] for side in finding.sides]  # type: ignore[attr-defined]


def one_fact(text: str, published: object = None) -> Fact:
    """The one figure of a sentence, framed, in a story published on ``published`` (a date or None)."""
    [found] = frame_facts(extract([Document("d", "d.md", text, 0, None, None, published, None)]))  # type: ignore[arg-type]
    return found


# Causes of false alarms on real news: none of these may be a warning or an error.


def test_another_players_points_are_not_a_disagreement(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2026-03-02", "Kobe Bryant scored 14 points as the Lakers beat Denver on Sunday."),
                        ("2026-03-02", "Pau Gasol scored 12 points as the Lakers beat Denver on Sunday."))
    assert flagged(findings) == []


def test_a_background_event_is_not_the_story_s_event(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2013-07-02", "A magnitude 6.1 quake struck Aceh province on Tuesday. In 2004, a magnitude "
                                       "9.1 quake struck off Sumatra and set off a tsunami."),
                        ("2013-07-02", "The magnitude 6.1 quake struck Aceh province on Tuesday, the agency said."))
    assert flagged(findings) == []


def test_ordinals_that_narrate_a_sequence_are_not_compared(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2012-07-07", "Thompson went down in a scrappy second round after a left hook."),
                        ("2012-07-07", "The referee stopped the fight in the sixth round after a right hand."))
    assert flagged(findings) == []


def test_a_toll_rising_through_one_day_is_no_error(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2013-07-02", "One person was killed when the quake struck Aceh on Tuesday morning."),
                        ("2013-07-02", "The death toll from the Aceh quake rose to five on Tuesday."))
    assert flagged(findings) == []  # the total may have grown between the two reports


def test_a_count_of_people_fleeing_grows_like_a_toll(tmp_path: Path) -> None:
    # ECB+ t41_ecb (a war's displaced, stories of unknown date) and t41_ecbplus (a camp's refugees): a running total
    findings, _ = check(tmp_path,
                        ("", "Some 14,000 Palestinians have fled their homes, the UN agency said."),
                        ("", "The army's warnings have forced at least 15,000 Palestinians to flee their homes."))
    assert flagged(findings) == []
    assert [f.key for f in findings] == ["displaced"]  # a note: the total may have grown between the reports


def test_a_trigger_word_near_an_unrelated_figure(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-05-01", "He was charged with two counts of murder and one count of kidnapping."),
                        ("2008-05-01", "Prosecutors said he faces one count of kidnapping and two counts of murder."))
    assert flagged(findings) == []


def test_a_page_s_own_timestamp_is_not_a_time_of_the_event(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("", "9:53 AM, MON 22 JUL 2013\n\nThe royal baby was born on Monday afternoon."),
                        ("", "10:24 AM, MON 22 JUL 2013\n\nThe royal baby was born on Monday afternoon."),
                        ("", "Posted 10:41 a.m. ET, Monday, July 22, 2013\n\nThe royal baby was born on Monday."))
    assert flagged(findings) == []


def test_a_timestamp_line_joined_to_a_headline_is_still_a_timestamp(tmp_path: Path) -> None:
    # The headline has no full stop, so the timestamp line below it is read into its sentence.
    findings, _ = check(tmp_path,
                        ("2013-06-10", "Millom double murder: Man charged with killing mother and sister\n"
                                       "8:56am Monday 10th June 2013\n\nJenkin was arrested on Saturday."),
                        ("2013-06-10", "A man was questioned on suspicion of murder yesterday after his mother and "
                                       "sister were found dead."))
    assert flagged(findings) == []


@pytest.mark.parametrize("converted", ["$US1 million ($A1.52 million)", "$US1 million ($1.52 million)",
                                       "1 million euros (about $1.52 million)"])
def test_a_sum_converted_into_another_currency_is_not_a_figure_of_its_own(tmp_path: Path, converted: str) -> None:
    findings, _ = check(tmp_path,
                        ("2008-12-30", f"Damage to the church was estimated at {converted}, officials said."),
                        ("2008-12-30", "Damage to the church was estimated at $1 million, officials said."))
    assert flagged(findings) == []


def test_two_writers_who_both_name_the_boundary_agree(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-12-23", "The Orioles offered Teixeira $140 million to $160 million over seven years."),
                        ("2008-12-23", "The Orioles offered Teixeira at least $160 million over seven years."))
    assert flagged(findings) == []


def test_a_boundary_drawn_from_hedges_is_still_a_disagreement() -> None:
    import datetime as dt

    from factcheck.documents import Document
    from factcheck.extract import extract
    from factcheck.rules import agree
    from factcheck.rules.model import Side

    def side(text: str) -> Side:
        [fact] = frame_facts(extract([Document("d", "d.md", text, 0, None, None, dt.date(2024, 3, 21), None)]))
        return Side(fact, "d", dt.date(2024, 3, 21))

    verdict = agree.judge(side("More than a million fled."), side("Millions fled."),
                          {"tolerance": 0.0, "tolerance_abs": 0.0})
    assert verdict is not None and "meet only at their boundary" in verdict.why


def test_contexts_alike_with_no_verb_in_common_are_a_note(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-09-10", "Bowe is best remembered for his three fights with Evander Holyfield."),
                        ("2008-09-10", "The two fights that are out there for Klitschko are against Valuev or Haye."))
    assert flagged(findings) == []


def test_the_same_verb_binds_two_counts_to_one_event(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2009-06-02", "Police said three rifles were seized at the farm on Monday."),
                            ("2009-06-02", "Police said nine rifles were seized at the farm on Monday."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["nine"], ["three"]]


@pytest.mark.parametrize(("sentence", "claimed"), [
    ("He was charged with two counts of murder and one count of kidnapping after the killing.", False),
    ("Aid workers said three bombs fell near the camp where refugees shelter.", False),
    ("His two half-brothers, 17 and 22, were also arrested.", True),
    ("The conflict has now taken more than 600 lives.", True),
    ("The death toll rose to 212 on Tuesday.", True),
    ("Five inmates were killed in the riot.", True),
    ("Police arrested 30 rioters overnight.", True),
    ("Gunmen kidnapped 20 schoolgirls from the village.", True),
])
def test_a_rule_that_counts_people_claims_only_counts_of_people(sentence: str, claimed: bool) -> None:
    import datetime as dt

    from factcheck.align import align
    from factcheck.documents import Document
    from factcheck.extract import extract_facts
    from factcheck.rules.loader import load_rules

    rules = load_rules()
    facts = align(extract_facts([Document("d", "d.md", sentence, 0, None, None, dt.date(2024, 3, 21), None)]), rules)
    counts = [f for f in facts if f.kind == "count"]
    people = {"killed", "injured", "missing", "displaced", "evacuated", "rescued", "hostages", "arrested",
              "sheltering"}
    keyed = [f.key for f in counts if f.key and f.key.split(":")[0].split("@")[0] in people]
    assert bool(keyed) == claimed, [(f.surface, f.key) for f in counts]


def test_two_loose_words_are_a_note(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2013-05-20", "His death was confirmed by the FBI, whose agents worked for decades to catch "
                                       "him."),
                        ("2013-05-20", "His death was confirmed by the FBI, the agency that worked for years to catch "
                                       "him."))
    assert flagged(findings) == []
    assert [f.severity for f in findings] == ["info"]
    assert "both are loose words" in findings[0].message


# Disagreements that were missed: each must be a warning or an error, with both quotes.


def test_the_day_of_an_event(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2025-04-15", "The levee on the Esk gave way on Sunday night, flooding the town."),
                            ("2025-04-15", "The levee on the Esk gave way on Monday night, flooding the town."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["Monday night"], ["Sunday night"]]


def test_a_time_of_day(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2011-06-24", "Police arrested the suspect at about 1:00 a.m. outside his home."),
                            ("2011-06-24", "Police arrested the suspect at 1:30 a.m. outside his home."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["1:00 a.m."], ["1:30 a.m."]]
    assert "30 minutes apart" in finding.explanation


def test_a_time_rounded_by_one_story_agrees(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2012-08-07", "The fire at the old creamery was reported at 3:33 a.m. on Tuesday."),
                        ("2012-08-07", "The fire at the old creamery was reported at 3:30 a.m. on Tuesday."))
    assert flagged(findings) == []


def test_a_year_before_1900(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            (None, "The steamer Alba entered service in 1894 on the Danube."),
                            (None, "The steamer Alba entered service in 1892 on the Danube."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["1892"], ["1894"]]


def test_a_full_date_keeps_its_own_year(tmp_path: Path) -> None:
    _, facts = check(tmp_path, ("2020-01-01", "On 31 January 1855 the treaty was signed in Vienna."))
    assert [(f.surface, f.value) for f in facts.values()] == [("31 January 1855", "1855-01-31")]


def test_jobs_and_positions_are_one_thing(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2026-02-10", "The Harlow plant will cut 300 jobs, the company said on Tuesday."),
                            ("2026-02-10", "The Harlow plant will cut 500 positions, the company said on Tuesday."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["300"], ["500"]]


def test_a_toll_that_rose_to_212_against_a_later_smaller_one_and_a_round_figure_that_agrees(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2026-01-10", "The death toll from the landslide rose to 212 on Saturday."),
                            ("2026-01-11", "The landslide killed 197 people, officials said on Sunday."))
    [finding] = flagged(findings)
    assert finding.key == "killed" and finding.severity == "error"
    assert sorted(map(sorted, surfaces(finding, facts))) == [["197"], ["212"]]
    (tmp_path / "story2.md").write_text("---\npublished: 2026-01-11\n---\nThe landslide killed 200 people.\n",
                                        encoding="utf-8")
    assert flagged(factcheck.check([tmp_path]).findings) == []  # "200" is a round figure: 212 may be it


def test_one_finding_names_the_source_that_stands_alone(tmp_path: Path) -> None:
    stories = [("2024-03-21", f"More than a million Palestinians are sheltering in Rafah, {who} said.")
               for who in ("the UN", "aid groups", "officials")]
    stories.append(("2024-03-21", "Millions of Palestinians are sheltering in Rafah, the paper said."))
    findings, facts = check(tmp_path, *stories)
    [finding] = flagged(findings)
    assert surfaces(finding, facts) == [["Millions"], ["More than a million"] * 3]
    assert "story4, 2024-03-21 alone says \"Millions\"; three sources say \"More than a million\"" in finding.message


@pytest.mark.parametrize("owner_sentence", ["Kobe Bryant scored 14 points in the win.",
                                            "Bryant's 14 points led the Lakers."])
def test_the_same_player_s_points_disagree(tmp_path: Path, owner_sentence: str) -> None:
    findings, _ = check(tmp_path, ("2009-01-02", owner_sentence),
                        ("2009-01-02", "Kobe Bryant scored 12 points in the win."))
    assert len(flagged(findings)) == 1


def test_a_depth_in_miles_agrees_with_its_kilometres_and_a_different_one_does_not(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2013-07-02", "The quake struck at a depth of 10 kilometres, the agency said."),
                            ("2013-07-02", "The quake struck at a depth of six miles, the agency said."),
                            ("2013-07-02", "The quake struck at a depth of 22 miles, the agency said."))
    [finding] = flagged(findings)
    assert surfaces(finding, facts) == [["22 miles"], ["10 kilometres", "six miles"]]


def test_distances_from_different_places_are_not_compared(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2013-07-02", "The quake was centred 55 kilometres south of Bireun, the agency said."),
                        ("2013-07-02", "The quake was centred 72 kilometres southeast of Reuleuet, the agency said."))
    assert flagged(findings) == []


def test_a_distance_from_one_place_disagrees(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2005-11-28", "Qeshm, located 1,150 kilometres south of Tehran, has a busy port."),
                        ("2005-11-28", "Qeshm, an island 1,500 kilometres south of Tehran, has a busy port."))
    assert len(flagged(findings)) == 1


# How far apart two figures stand: a reporter's slip is small; figures far apart are two things, and a note.


def test_figures_a_factor_of_four_apart_are_a_note(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2009-01-05", "The quake damaged 42 government buildings in Manokwari, officials said."),
                        ("2009-01-05", "The quake damaged hundreds of buildings in Manokwari, officials said."))
    assert flagged(findings) == []
    assert [f.severity for f in findings] == ["info"]


def test_a_slipped_decimal_point_is_a_warning_however_far(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2025-04-15", "Officials said the flood caused $12 million in damage."),
                            ("2025-04-15", "Officials said the flood caused $1.2 million in damage."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["$1.2 million"], ["$12 million"]]


def test_a_running_total_with_its_digits_swapped_is_a_slip(tmp_path: Path) -> None:
    """"32 pirates were arrested" against two stories' "Police arrested 23 pirates" the same day: a total may grow,
    but rarely into its own digits reordered; a warning (a note before). One story against one may tell a total that
    grew ("arrested 12 people", "21 people ... late on Saturday"), and a total grown otherwise ("23", "29") stays a
    note."""
    told = "Police arrested {} pirates on Wednesday after a gun battle off the coast, the navy said."
    findings, facts = check(tmp_path, *[("2026-03-12", told.format(n)) for n in (23, 23, 32)])
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["23", "23"], ["32"]] and finding.severity == "warning"
    assert finding.explanation.endswith(
        "two sources agree in words alike, one figure the other's with its digits in another order: more likely a "
        "slip of the hand than a total that grew")
    for name, values in (("one", (23, 32)), ("grew", (23, 29))):
        findings, _ = check(tmp_path / name, *[("2026-03-12", told.format(n)) for n in values])
        assert flagged(findings) == []


def test_a_lone_toll_a_power_of_ten_off_three_sources_is_a_slip_whatever_the_dates(tmp_path: Path) -> None:
    """A running total of unknown dates may have grown, but not into one source's "forty" against three stories'
    "four" in the same words: a slip. Against two stories, or a figure further from theirs ("six"), it may have
    grown: a note."""
    told = "The gunman who killed {} people in the courthouse escape was sentenced to life in prison."
    findings, facts = check(tmp_path, *[("", told.format(n)) for n in ("four", "four", "four", "forty")])
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["forty"], ["four", "four", "four"]]
    assert finding.severity == "warning" and finding.explanation.endswith(
        "three sources agree in words alike, the lone figure theirs a power of ten off: a slip, not a total that grew")
    assert "the total may have changed" not in finding.explanation
    findings, _ = check(tmp_path / "two", *[("", told.format(n)) for n in ("four", "four", "forty")])
    assert flagged(findings) == [] and [f.severity for f in findings] == ["info"]
    findings, _ = check(tmp_path / "grew", *[("", told.format(n)) for n in ("four", "four", "four", "six")])
    assert flagged(findings) == [] and [f.severity for f in findings] == ["info"]


def test_a_spot_within_the_event_s_place_tells_no_side_event(tmp_path: Path) -> None:
    """"near the Sefton Glacier" names where on the mountain the climber fell, not another place whose event the
    sentence tells aside ("a quake in eastern China" in a story of Iran): one death's day told two ways."""
    opening = "Two climbers have died in the mountains of New Zealand, police said on Monday.\n"
    findings, facts = check(
        tmp_path,
        ("2025-09-16", opening + "On Friday, a 36-year-old climber died after falling 60 metres from a ridge near the "
                                 "Sefton Glacier."),
        ("2025-09-16", opening + "On Saturday, a 36-year-old climber died after falling 60 metres from a ridge."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["Friday"], ["Saturday"]]
    other = Document("b", "b.md", "A quake struck southern Iran on Sunday.", 0, None, None, None, None)
    spot = Document("a", "a.md", "The climber died near the Sefton Glacier on Friday.", 0, None, None, None, None)
    away = Document("c", "c.md", "A quake killed ten people in eastern China on Friday.", 0, None, None, None, None)
    [fact] = frame_facts(extract([spot]))
    [_, far] = frame_facts(extract([away]))
    assert (aside(fact, other), aside(far, other)) == (False, True)


def test_a_model_s_count_is_a_part_of_its_class_s(tmp_path: Path) -> None:
    """"seven AK-47 rifles" are among "nine rifles" seized, not another reading of them; "ten AK-47 rifles" against
    "seven AK-47 rifles" disagree."""
    seized = "Naval commandos boarded the pirates' boats on Tuesday and seized {} and a grenade launcher."
    findings, _ = check(tmp_path, *[("2025-04-15", seized.format(n)) for n in (
        "seven AK-47 rifles", "seven AK-47 rifles", "nine rifles")])
    assert findings == ()  # not even a note
    findings, facts = check(tmp_path / "models", *[("2025-04-15", seized.format(n)) for n in (
        "seven AK-47 rifles", "ten AK-47 rifles")])
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["seven"], ["ten"]]


def test_a_player_s_points_over_a_stretch_are_not_his_game_s(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2025-03-09", "McDermott had 10 points in the first 7 minutes, then broke the record."),
                        ("2025-03-09", "McDermott scored 23 points and grabbed 7 rebounds in 35 minutes."))
    assert flagged(findings) == []
    findings, facts = check(tmp_path / "game",
                            ("2025-03-09", "McDermott scored 23 points and grabbed 7 rebounds in 35 minutes."),
                            ("2025-03-09", "McDermott scored 25 points and grabbed 7 rebounds in 35 minutes."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["23"], ["25"]]


def test_how_many_times_one_verb_happened_disagrees(tmp_path: Path) -> None:
    """"married twice" against "married three times" (a year past a semicolon is another part's, not the count's);
    "married two more times" adds to a first marriage, no total; "divorced twice" is another verb's count."""
    findings, facts = check(
        tmp_path,
        ("", "Page married twice; the first marriage lasted from 1943 to 1947, the second from 1958 to 1963."),
        ("", "Page was married three times but had no children."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["three times"], ["twice"]]
    findings, _ = check(tmp_path / "more",
                        ("", "Page married two more times, yet both unions failed."),
                        ("", "Page was married three times but had no children."))
    assert flagged(findings) == []
    findings, _ = check(tmp_path / "divorced",
                        ("", "Page was divorced twice and had no children."),
                        ("", "Page was married three times and had no children."))
    assert flagged(findings) == []


def test_the_year_of_one_work_disagrees(tmp_path: Path) -> None:
    """"the 2005 film The Harbor Years" against "the 2006 HBO movie, The Harbor Years,": one film's release; two
    films' years are two facts."""
    findings, facts = check(tmp_path,
                            ("", "Her life inspired the 2005 film The Harbor Years, which starred Ann Lee."),
                            ("", "She was celebrated in the 2006 HBO movie, The Harbor Years, starring Ann Lee."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["2005"], ["2006"]]
    findings, _ = check(tmp_path / "two films",
                        ("", "Her life inspired the 2005 film The Harbor Years, which starred Ann Lee."),
                        ("", "She was celebrated in the 2006 HBO movie, Pinup Queen, starring Ann Lee."))
    assert flagged(findings) == []


def test_two_stories_that_disagree_on_every_other_player_tell_two_games(tmp_path: Path) -> None:
    """Lawson's 15 points against his 16 is one figure told two ways, unless every other player both stories score
    disagrees too: then they tell two games (a round-up of another night's game)."""
    told = "Ty Lawson scored {} points in the win. Tyler Hansbrough scored {} points in the win."
    findings, _ = check(tmp_path, ("", told.format(15, 24)), ("", told.format(16, 20)))
    assert flagged(findings) == []
    findings, facts = check(tmp_path / "one game", ("", told.format(15, 24)), ("", told.format(16, 24)))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["15"], ["16"]]


def test_two_months_of_one_background_year_may_tell_one_quake(tmp_path: Path) -> None:
    """"In April last year an 8.6-magnitude quake" and "an 8.7-magnitude earthquake ... in May 2012": one quake whose
    magnitude (and month) is told two ways; "Last year, a 6.4-magnitude quake" names no month, and another quake."""
    april = "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, prompting a tsunami alert."
    findings, facts = check(tmp_path, ("2013-07-03", april),
                            ("2013-07-02", "An 8.7-magnitude earthquake also hit off the city of Banda Aceh in May "
                                           "2012, triggering regional tsunami alerts."))
    assert sorted(sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)) == [
        [["8.6"], ["8.7"]], [["April"], ["May 2012"]]]
    findings, _ = check(tmp_path / "last year", ("2013-07-03", april),
                        ("2013-07-02", "Last year, a 6.4-magnitude quake rocked the west coast of Sumatra."))
    assert flagged(findings) == []


def test_transposed_digits_are_a_warning_however_far(tmp_path: Path) -> None:
    """"$91 billion" for "$19 billion": two keys struck in the wrong order, a slip, not another deal."""
    findings, facts = check(tmp_path,
                            ("2025-04-15", "Orion agreed to buy Halden Systems for $19 billion, the companies said."),
                            ("2025-04-15", "Orion agreed to buy Halden Systems for $91 billion, the companies said."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["$19 billion"], ["$91 billion"]]


def test_two_clock_times_of_one_verb_are_one_event_s_time_whatever_their_words(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2011-11-10", "On Thursday, at approximately 3:00 pm, the Yida refugee camp was bombed."),
                            ("2011-11-14", "Planes dropped four bombs at 3:20 p.m. in the region Thursday, a charity "
                                           "said."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["3:00 pm"], ["3:20 p.m."]]
    findings, _ = check(tmp_path / "two verbs",
                        ("2011-11-10", "The fire broke out at about 9pm in the roof of the hall."),
                        ("2011-11-10", "Firefighters left the scene at about 10pm, the brigade said."))
    assert flagged(findings) == []


def test_days_a_day_apart_disagree_and_days_apart_are_a_note(tmp_path: Path) -> None:
    near, _ = check(tmp_path / "near",
                    ("2008-01-09", "Police arrested Blackmore and Oler on Tuesday in Bountiful."),
                    ("2008-01-09", "Police arrested Blackmore and Oler on Wednesday in Bountiful."))
    far, _ = check(tmp_path / "far",
                   ("2008-01-10", "Police arrested Blackmore and Oler on Sunday in Bountiful."),
                   ("2008-01-10", "Police arrested Blackmore and Oler on Wednesday in Bountiful."))
    assert len(flagged(near)) == 1
    assert flagged(far) == [] and far


def test_a_weekday_one_off_across_the_end_of_the_week_disagrees(tmp_path: Path) -> None:
    # "Saturday" in a Friday story is read as the Saturday before, six days off; written, it is one day off.
    findings, facts = check(tmp_path,
                            ("2013-08-02", "The quake struck the coast on Friday, the agency said."),
                            ("2013-08-02", "The quake struck the coast on Saturday, the agency said."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["Friday"], ["Saturday"]]


def test_a_weekday_against_a_date_a_year_away_stays_a_note(tmp_path: Path) -> None:
    # The 2007 story's "June 24" is read in 2006; the weekdays are one apart, the days a year.
    findings, _ = check(tmp_path,
                        ("2007-05-02", "The deputy was shot on June 24 in Hawaiian Gardens."),
                        ("2005-06-24", "The deputy was shot on Friday in Hawaiian Gardens."))
    assert flagged(findings) == []


def test_a_fronted_time_is_the_time_of_the_clause_after_it(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2010-09-08", "In August, the Utah Supreme Court tossed out the 2007 conviction of "
                                           "Jeffs as an accomplice to rape."),
                            ("2010-12-02", "In July, the Utah Supreme Court overturned the 2007 conviction of Jeffs "
                                           "as an accomplice to rape."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["August"], ["July"]]


def test_two_charges_of_two_offences_are_two_events(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("", "In 2004, Gomes was charged with stealing a $500 guitar from his sister."),
                        ("", "In 2005, Gomes was charged with assault and battery on Mendes."))
    assert flagged(findings) == []
    findings, _ = check(tmp_path / "acquitted",
                        ("2005-12-19", "Gigante was acquitted in 1958 on charges of attempted murder."),
                        ("2005-12-20", "In 1957 Gigante was charged with attempted murder in the shooting."))
    assert flagged(findings) == []


def test_a_prison_term_is_a_span_of_its_own_and_a_game_clock_is_none(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("", "In the Mendes case he was sentenced to 2 years, with 9 months to serve."),
                            ("", "In the Mendes case he was sentenced to 2 1/2 years, with 9 months to serve."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["2 1/2 years"], ["2 years"]]
    findings, _ = check(tmp_path / "clock",
                        ("2012-12-23", "The key play came with 10 minutes left, when Luck found Wayne to score."),
                        ("2012-12-23", "The winning score came with four minutes left, when Luck found Wayne."))
    assert flagged(findings) == []


def test_a_source_that_states_both_figures_speaks_of_two_things(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-12-20", "The Orioles offered Teixeira a seven-year deal. The Red Sox made him an "
                                       "eight-year deal offer."),
                        ("2008-12-20", "The Angels also made Teixeira an eight-year deal offer."))
    assert flagged(findings) == []


def test_one_number_with_and_without_a_hedge_is_no_warning(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-12-20", "The Red Sox made Teixeira an eight-year offer on Friday."),
                        ("2008-12-20", "The Red Sox offered Teixeira a deal of more than eight years on Friday."))
    assert flagged(findings) == []


def test_an_ordinal_of_its_own_noun_narrates_a_sequence(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2013-09-15", "It was the second death in the park in two days."),
                        ("2013-09-15", "The ranger would not speak about the first death in the park."))
    assert flagged(findings) == []


def test_two_weekdays_of_one_story_are_two_readings(tmp_path: Path) -> None:
    from factcheck.judge.comparable import reading

    _, facts = check(tmp_path, ("", "The first quakes struck on Sunday. Wednesday's quake struck at 7:48 am."))
    days = [f for f in facts.values() if f.kind == "date"]
    assert len(days) == 2 and reading(days[0]) != reading(days[1])


@pytest.mark.parametrize(("sentence", "owner"), [
    ("The shooting claimed the life of 34-year-old Zurana Horton.", "zurana horton"),
    ("Orozco was charged with murdering the 35-year-old deputy.", None),
])
def test_an_age_belongs_to_the_noun_after_it(tmp_path: Path, sentence: str, owner: str | None) -> None:
    _, facts = check(tmp_path, ("2011-11-01", sentence))
    [age] = [f for f in facts.values() if f.thing == "age"]
    assert age.owner == owner


def test_stories_months_apart_tell_of_other_moments_even_under_a_rule(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2013-04-11", "A magnitude 8.6 earthquake struck off Aceh, the agency said."),
                        ("2013-07-02", "A magnitude 6.1 earthquake struck Aceh, the agency said."))
    assert flagged(findings) == []


def test_a_plan_announced_in_reported_speech_is_compared(tmp_path: Path) -> None:
    """"said it would cut 2,000 jobs": the plan announced, as "will" tells it; two sizes of it disagree."""
    findings, facts = check(tmp_path,
                            ("2026-03-12", "The automaker said it would cut 2,000 jobs at its plants in Ohio."),
                            ("2026-03-12", "The automaker said Thursday it would cut 3,000 jobs at its Ohio plants."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["2,000"], ["3,000"]]]


def test_a_change_from_a_baseline_keeps_its_level_in_the_story_s_time(tmp_path: Path) -> None:
    """"rose to $3.2 billion from $1.9 billion a year earlier": a year earlier is the baseline's time; the $3.2
    billion is this quarter's and disagrees with another story's $2.3 billion."""
    findings, facts = check(tmp_path,
                            ("2026-03-10", "The company reported a quarterly profit of $2.3 billion on Tuesday, up "
                                           "from $1.9 billion a year earlier."),
                            ("2026-03-10", "The company said on Tuesday its quarterly profit rose to $3.2 billion from "
                                           "$1.9 billion a year earlier."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["$2.3 billion"], ["$3.2 billion"]]]


def test_a_share_of_voters_is_no_turnout(tmp_path: Path) -> None:
    _, facts = check(tmp_path, ("2026-03-10", "In the district, 58% of voters backed the plan, officials said."),
                     ("2026-03-10", "Turnout in the district reached 64%, officials said."))
    assert {f.surface: f.key for f in facts.values() if f.kind == "percent"} == {"58%": "auto:percent:%:voter",
                                                                                 "64%": "turnout"}


def test_the_length_of_what_a_verb_tells_is_compared(tmp_path: Path) -> None:
    """"deliberated for about six hours" and "for nearly two days": the length of one deliberation (a note: the
    verb is no word of the lexicon)."""
    findings, facts = check(tmp_path,
                            ("2026-03-10", "The jury deliberated for about six hours before convicting him."),
                            ("2026-03-10", "The jury deliberated for nearly two days before convicting him."))
    assert [(f.severity, surfaces(f, facts)) for f in findings] == [
        ("info", [["about six hours"], ["nearly two days"]])]
    # each span told in the unit its writer used, not in the seconds it is compared in
    assert "[5.5, 6.5] hours and [1, 2) days do not overlap" in findings[0].message


def test_the_length_of_an_action_told_as_a_noun_is_compared_with_its_verb_s(tmp_path: Path) -> None:
    """"after nearly two days of deliberation" is the length of the deliberation "deliberated for about six hours"
    tells (ECB+ t03: "after 30 hours of deliberation" against "deliberated ... for 40 hours")."""
    findings, facts = check(tmp_path,
                            ("2026-03-10", "The jury deliberated for about six hours before convicting him."),
                            ("2026-03-10", "The jury convicted him after nearly two days of deliberation."))
    assert [(f.severity, surfaces(f, facts)) for f in findings] == [
        ("info", [["about six hours"], ["nearly two days"]])]


def test_a_prison_term_is_told_in_years(tmp_path: Path) -> None:
    findings, _ = check(tmp_path, ("2026-03-10", "Vesk was sentenced to 15 years in prison on Tuesday."),
                        ("2026-03-10", "Vesk was sentenced to 12 years in prison on Tuesday."))
    assert [f.message.split(": ", 1)[1] for f in findings if f.severity != "info"] == [
        '"15 years" (story1, 2026-03-10) against "12 years" (story2, 2026-03-10): 15 years and 12 years do not overlap']


def test_spans_of_two_actions_are_two_figures(tmp_path: Path) -> None:
    """A reviewer's: "three days of fighting" and "a week of shelling", "fighting raged for a week" are the lengths
    of two actions (two raw verbs), never compared."""
    findings, _ = check(tmp_path, ("2026-03-10", "Rebels withdrew from Tarvel after three days of fighting."),
                        ("2026-03-10", "Tarvel fell after a week of shelling."),
                        ("2026-03-10", "In Korva, fighting raged for a week."))
    assert not findings


def test_a_part_of_an_action_s_span_is_no_length_to_compare(tmp_path: Path) -> None:
    """"the last two days of fighting" is a part of the fighting, its predicate the clause's verb: compared with
    nothing, as before the length of an action was read (the frame and eligibility decide it alike)."""
    findings, _ = check(tmp_path, ("2026-03-10", "Rebels held the town during the last two days of fighting."),
                        ("2026-03-10", "Rebels held the town during the last three days of fighting."))
    assert not findings


def test_two_sums_paid_in_cash_are_one_part_told_twice(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2026-03-12", "Orion agreed to buy Corvin Labs for $2.4 billion in cash on Thursday."),
                            ("2026-03-12", "Orion agreed on Thursday to buy Corvin Labs for $3.1 billion in cash."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["$2.4 billion"], ["$3.1 billion"]]]


def test_an_interest_rate_is_no_inflation(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2026-03-12", "The central bank raised its key interest rate to 4.5 percent on Thursday."),
                        ("2026-03-12", "Inflation stood at 3.2 percent, the central bank said on Thursday."))
    assert flagged(findings) == []


def test_two_models_prices_are_two_figures(tmp_path: Path) -> None:
    findings, _ = check(tmp_path, ("2026-03-12", "Fenwick's new Pulse X phone is priced at $999."),
                        ("2026-03-12", "Fenwick's new Pulse Lite phone is priced at $599."))
    assert flagged(findings) == []


_PAID = "Halden Systems agreed to buy the server maker Vantex for {}, the company said on Wednesday."


def test_the_same_digits_weeks_later_are_a_slip_not_a_change(tmp_path: Path) -> None:
    """A price may change in a month, but not into its own digits a thousand times larger: "$334 billion" weeks
    after "$334 million" is the figure told wrong; "$281 million" weeks later may be another offer."""
    findings, facts = check(tmp_path, ("2026-03-01", _PAID.format("$334 million")),
                            ("2026-03-27", _PAID.format("$334 billion")))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["$334 million"], ["$334 billion"]]]
    findings, _ = check(tmp_path / "later", ("2026-03-01", _PAID.format("$334 million")),
                        ("2026-03-27", _PAID.format("$281 million")))
    assert flagged(findings) == []
    # months apart, a deal's price is still told wrong (a reviewer's: a storm's "$125 billion" in damage, "$125
    # million"); a price of something sold may be another product's (MEANTIME's Apple stories: a song at "$0.99" in
    # 2008, a phone at "US $99" in 2010)
    findings, facts = check(tmp_path / "months", ("2026-03-01", _PAID.format("$334 million")),
                            ("2026-06-27", _PAID.format("$334 billion")))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["$334 million"], ["$334 billion"]]]
    findings, _ = check(tmp_path / "prices",
                        ("2008-01-09", "Apple will cut UK iTunes prices to match the EU prices of $0.99 and $9.99."),
                        ("2010-06-08", "The iPhone 3GS's price will be reduced to US $99, and the iPhone 3G will be "
                                       "discontinued."))
    assert flagged(findings) == []
    # digits swapped may be a figure that changed in the years between
    findings, _ = check(tmp_path / "years", ("2023-01-10", "Acme employs 350 people at its plant in Ohio, it said."),
                        ("2025-08-10", "Acme employs 530 people at its plant in Ohio, it said."))
    assert flagged(findings) == []


def test_a_later_smaller_toll_still_contradicts_an_earlier_one_weeks_before(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2024-03-01", "The ministry said 31,000 people had been killed in Gaza."),
                        ("2024-03-21", "The ministry said 29,000 people had been killed in Gaza."))
    assert [f.rule for f in flagged(findings)] == ["killed"]


def test_a_part_larger_than_another_story_s_whole_is_a_note(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2009-01-05", "Five soldiers were killed in the ambush, the army said."),
                        ("2009-01-05", "Seven soldiers and two civilians were killed in the ambush, the army said."))
    parts = [f for f in findings if "counts a part of" in f.explanation]
    assert parts and all(f.severity == "info" for f in parts)


def test_shooting_lines_and_scores_are_no_counts_to_compare(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-12-19", "Oliver McNally went 10-for-11 from the foul line for the Crimson."),
                        ("2008-12-19", "Hansbrough finished 7-for-14 from the foul line for North Carolina."))
    assert flagged(findings) == []


def test_a_streak_three_games_long_is_not_a_count_of_games(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2008-11-15", "The Sixers had a three-game losing streak going into the game."),
                        ("2008-11-15", "The Sixers are still just two games into their losing streak."))
    assert flagged(findings) == []


def test_a_side_never_holds_two_figures_that_cannot_both_hold(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2011-08-09", "Warren Jeffs, 55, was sentenced to life in prison on Tuesday."),
                            ("2011-08-09", "Warren Jeffs, 55, was sentenced to life in prison in Texas on Tuesday."),
                            ("2011-08-09", "Warren Jeffs, 54, was sentenced to life in prison on Tuesday."),
                            ("2011-08-09", "Warren Jeffs, 54, was sentenced to life in a Texas prison on Tuesday."))
    [finding] = findings
    assert sorted(map(sorted, surfaces(finding, facts))) == [["54", "54"], ["55", "55"]]


def test_three_readings_that_cannot_hold_together_are_a_note(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2009-01-04", "A magnitude 7.6 quake struck off Papua on Sunday, the agency said."),
                        ("2009-01-04", "A magnitude 7.3 quake struck off Papua on Sunday, the agency said."),
                        ("2009-01-04", "A magnitude 6.1 quake struck off Papua on Sunday, the agency said."))
    assert findings and flagged(findings) == []


def test_the_day_a_source_spoke_is_not_the_day_of_the_event(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("", "A Mafia boss hanged himself in his cell hours after his arrest, police said Wednesday."),
                        ("", "Gaetano Lo Presti hanged himself in his cell in a Palermo jail Tuesday evening."))
    assert flagged(findings) == []


def test_the_week_of_an_event_told_as_weeks_ago(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2005-06-24", "The deputy had married about three weeks ago, his father said."),
                            ("2005-06-25", "The deputy had married two weeks ago, relatives said."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["three weeks ago"], ["two weeks ago"]]
    assert "the week of Monday 2005-05-30 is not the week of Monday 2005-06-06" in finding.message


def test_weeks_ago_far_apart_are_a_note_and_the_same_week_agrees(tmp_path: Path) -> None:
    findings, _ = check(tmp_path / "far",
                        ("2013-05-10", "The family moved back to the city 12 weeks ago, neighbours said."),
                        ("2013-05-10", "The family moved back to the city six weeks ago, neighbours said."))
    assert [f.severity for f in findings] == ["info"]
    findings, _ = check(tmp_path / "same",
                        ("2013-05-10", "The family moved back to the city two weeks ago, neighbours said."),
                        ("2013-05-11", "The family moved back to the city two weeks ago, police said."))
    assert findings == ()


# One source whatever the spelling of its name (issue 16): "the UN" and "the United Nations" are one body, so their
# figures are not two bodies' claims, and the disagreement stays as sure as its frames.

def test_one_body_under_two_spellings_is_one_source(tmp_path: Path) -> None:
    findings, facts = check(
        tmp_path,
        ("2024-03-21", "About 85% of Gazans have been displaced by the fighting, according to the UN."),
        ("2024-03-21", "The United Nations says about 65% of Gazans have been displaced by the fighting."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["About 85%"], ["about 65%"]]


def test_two_bodies_that_credit_two_figures_leave_them_unsure(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2024-03-21", "About 85% of Gazans have been displaced by the fighting, according to the UN."),
        ("2024-03-21", "The Health Ministry says about 65% of Gazans have been displaced by the fighting."))
    assert flagged(findings) == [] and [f.severity for f in findings] == ["info"]


def test_a_figure_held_since_an_earlier_date_is_of_the_story_s_time(tmp_path: Path) -> None:
    _, facts = check(tmp_path, ("2024-03-21", "Talks aim at releasing more than 100 hostages still being held by "
                                              "Hamas after its attack on Oct. 7."))
    [hostages] = [f for f in facts.values() if f.surface == "more than 100"]
    assert hostages.time == "event" and hostages.key == "hostages"


def test_a_vague_word_below_a_precise_figure_is_loose_not_wrong(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2009-01-05", "Thousands of frightened residents fled to camps on high ground."),
                        ("2009-01-05", "Around 14,000 frightened residents fled to camps on high ground."))
    assert findings == ()


def test_a_vague_word_above_a_precise_figure_still_disagrees(tmp_path: Path) -> None:
    findings, _ = check(tmp_path,
                        ("2024-03-21", "Millions of Palestinians are sheltering in Rafah, officials said."),
                        ("2024-03-21", "Nearly 1.4 million Palestinians are sheltering in Rafah, officials said."))
    assert [f.severity for f in flagged(findings)] == ["warning"]


def test_a_toll_that_rose_to_a_figure_far_from_its_words_is_the_toll(tmp_path: Path) -> None:
    _, facts = check(tmp_path, ("2025-09-11", "The death toll from Thursday's magnitude 6.4 earthquake in Velmora "
                                              "rose to 27 by evening, the civil protection agency said."))
    assert {f.surface: f.key for f in facts.values()}["27"] == "killed"


def test_a_negated_event_is_not_the_date_s_event(tmp_path: Path) -> None:
    """"with no talks scheduled": no meeting took place that the date could be of."""
    _, facts = check(tmp_path, ("2025-03-05", "The strike entered its second day on Tuesday with no talks scheduled."))
    [tuesday] = [f for f in facts.values() if f.surface == "Tuesday"]
    assert tuesday.key is None and tuesday.predicate != "meet"


def test_one_source_alone_against_many_is_a_disagreement_even_among_other_readings(tmp_path: Path) -> None:
    """Four bombs in four stories, five in one (a slip), and other counts of bombs besides: the lone five against the
    many fours is a warning; the rest stays a note."""
    many = "Sudan's air force dropped four bombs on the Yida refugee camp on Thursday, aid workers said."
    findings, facts = check(
        tmp_path,
        ("2011-11-11", "Sudan's air force dropped five bombs on the Yida refugee camp on Thursday, aid workers said."),
        ("2011-11-11", many), ("2011-11-11", many.replace("aid workers", "witnesses")),
        ("2011-11-11", many.replace("aid workers said", "officials said")),
        ("2011-11-11", "Two bombs fell inside the camp, and one bomb hit a school, aid workers said."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["five"], ["four", "four", "four"]]


def test_one_source_alone_against_the_commonest_reading_is_a_disagreement(tmp_path: Path) -> None:
    """7.6 in three stories, 7.7 in one, and another quake's 7.3 in two: the commonest reading need not be twice
    as common as every other for the lone slip beside it to be told."""
    quake = "The magnitude {} quake struck off the coast of Velmora province early on Sunday, the agency said."
    other = "A magnitude 7.3 tremor was felt as far away as Darwin, the agency said on Sunday."
    findings, facts = check(tmp_path, *(("2024-01-04", quake.format(m)) for m in ("7.6", "7.6", "7.6", "7.7")),
                            ("2024-01-04", other), ("2024-01-04", other.replace("Darwin", "the capital")))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["7.6", "7.6", "7.6"], ["7.7"]]]


_CHARGED = "Harlan Voss was charged on Wednesday with polygamy in Bountiful, the attorney general said. "


def _ousted(tmp_path: Path, verbs: tuple[str, str]) -> tuple[tuple[Finding, ...], dict[str, object]]:
    return check(
        tmp_path,
        ("2009-01-08", _CHARGED + f"He once ran the northern arm of the church but was {verbs[0]} in 2003 by that "
                                  "group's leader, Warren Pike."),
        ("2009-01-08", _CHARGED + f"Voss was a bishop in the church until he was {verbs[1]} in 2002."),
        ("2009-01-08", _CHARGED + "Voss denies any wrongdoing."), ("2009-01-08", _CHARGED))


def test_the_year_of_what_befalls_one_body_once_is_one_date_however_worded(tmp_path: Path) -> None:
    """Ejected in 2003 and excommunicated in 2002: one ousting, told in words little alike."""
    findings, facts = _ousted(tmp_path, ("ejected", "excommunicated"))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["2003"], ["2002"]]]


def test_the_dates_of_one_owner_s_event_are_one_date(tmp_path: Path) -> None:
    """One verb, one owner: a court "tossed out a 2008 conviction" and "overturned the 2007 convictions". Another
    owner's, or another verb's, is another event."""
    _, facts = check(tmp_path,
                     ("2010-12-02", "The Ardmore Supreme Court tossed out a 2008 conviction of Voss. The Penn "
                                    "Appeals Court overturned a 2004 conviction."),
                     ("2010-12-02", "The Ardmore Supreme overturned the 2007 convictions. The Ardmore Supreme Court "
                                    "upheld a 2005 sentence."))
    years = {f.surface: f for f in facts.values() if f.kind == "date"}  # type: ignore[attr-defined]
    assert one_owner_s_event(years["2008"], years["2007"])  # type: ignore[arg-type]
    assert not one_owner_s_event(years["2004"], years["2007"])  # type: ignore[arg-type]
    assert not one_owner_s_event(years["2005"], years["2008"])  # type: ignore[arg-type]


def test_only_what_befalls_one_body_once_is_one_date_whatever_the_words(tmp_path: Path) -> None:
    """An ousting, a founding, a birth, a resignation: once; a death or an arrest: a story tells of many."""
    _, facts = check(tmp_path,
                     ("2009-01-08", "He was ousted in 2003. He was arrested in 2004. His father died in 2005."),
                     ("2009-01-08", "He was expelled in 2002. He was detained in 2006. A founder was killed in 2007."))
    years = {f.surface: f for f in facts.values() if f.kind == "date"}  # type: ignore[attr-defined]
    assert once(years["2003"], years["2002"])  # type: ignore[arg-type]
    assert not once(years["2004"], years["2006"]) and not once(years["2005"], years["2007"])  # type: ignore[arg-type]


def test_one_source_alone_against_three_in_very_alike_words_disagrees_without_a_verb(tmp_path: Path) -> None:
    """"The pirates, in three boats," against three stories' "the pirates on two speed boats": no verb binds the
    boats, but one story alone against three, in words very alike, tells one figure wrong."""
    two = ("The pirates on two speed boats had surrounded the Marlin around noon, when the frigate Osprey intervened "
           "and warded off the attack, a navy spokesman said.")
    three = ("The pirates, in three boats, were surrounding the Marlin around noon, when the frigate Osprey intervened "
             "and warded off the attack, a navy spokesman said.")
    findings, facts = check(tmp_path, ("2008-12-13", three), *(("2008-12-13", two) for _ in range(3)))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["three"], ["two", "two", "two"]]]
    # against two stories only, words so nearly the same still tell one figure (``_twins``: a reviewer's "$50,000
    # bail" against "$500,000 bail"); the sides are the same
    findings, facts = check(tmp_path / "fewer", ("2008-12-13", three), *(("2008-12-13", two) for _ in range(2)))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["three"], ["two", "two"]]]


def test_a_figure_of_the_same_digits_is_told_wrong_whatever_other_readings_stand_beside(tmp_path: Path) -> None:
    """Three offers, three readings: "$1.61 billion" is "$161 million" with its point slipped, a warning of its
    own; "$140 million" against either stays a note."""
    offer = "The Harbors offered pitcher Dale Ortner a seven-year contract worth {} on Wednesday, the team said."
    findings, facts = check(tmp_path, ("2024-12-12", offer.format("$161 million")),
                            ("2024-12-12", offer.format("$1.61 billion")),
                            ("2024-12-12", offer.format("$140 million")))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["$1.61 billion"], ["$161 million"]]
    assert [f.severity for f in findings].count("info") == 1


def test_round_counts_of_one_digit_are_not_a_slip_among_other_readings(tmp_path: Path) -> None:
    """"one" and "ten" are as likely two counts as one told wrong: among three readings, all stay a note."""
    toll = "The blast at the Velmora plant killed {} workers, the company said on Tuesday."
    findings, _ = check(tmp_path, *(("2024-12-12", toll.format(n)) for n in ("one", "ten", "four")))
    assert flagged(findings) == [] and [f.severity for f in findings] == ["info"]


def test_a_sum_named_as_part_of_another_is_no_disagreement(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2012-02-29", "AMD will acquire SeaMicro for $334 million, the company said on Wednesday."),
        ("2012-02-29", "AMD said $281 million of the purchase price for SeaMicro will be paid in cash."))
    assert flagged(findings) == []


def test_sides_told_months_apart_leave_an_age_unsure_even_through_an_undated_story(tmp_path: Path) -> None:
    """"Jeffs, 54," when he was extradited and "Jeffs, 55," at his sentencing: an undated story that says 54 and
    meets the later one must not make the birthday a disagreement."""
    findings, _ = check(tmp_path,
                        ("2010-06-12", "Warren Jeffs, 54, was extradited to Texas this week."),
                        ("", "The 54-year-old Warren Jeffs was arraigned in Texas on Wednesday."),
                        ("2011-08-10", "Warren Jeffs, 55, was sentenced to life in prison on Tuesday."))
    assert flagged(findings) == []
    assert [f.severity for f in findings] == ["info"]


def test_an_age_a_year_apart_in_stories_of_one_week_still_disagrees(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2008-12-06", "Police arrested Sharron Smith, 60, on Friday in Lodi."),
                            ("2008-12-06", "Police arrested Sharron Smith, 61, on Friday in Lodi."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["60"], ["61"]]]


def test_a_sum_paid_in_cash_alone_is_part_of_a_price_paid_in_cash_and_shares(tmp_path: Path) -> None:
    price = "Orion agreed to buy Halden Systems for $2.6 billion in cash and stock, the companies said on Monday."
    findings, _ = check(
        tmp_path, ("2024-05-06", price), ("2024-05-06", price.replace("the companies", "both companies")),
        ("2024-05-06", price.replace("the companies said", "Orion said")),
        ("2024-05-06", "Orion will pay $1.9 billion in cash and 30 million Orion shares to buy Halden Systems."))
    assert flagged(findings) == []


def test_a_sum_paid_in_cash_and_stock_is_the_whole_price() -> None:
    from factcheck.rules.things import is_part
    for sentence, surface, part in [
            ("Orion will pay $1.9 billion in cash and 30 million shares.", "$1.9 billion", True),
            ("Orion agreed to buy Halden for $2.6 billion in cash and stock.", "$2.6 billion", False),
            ("Orion agreed to buy Halden for $2.6 billion in cash or shares.", "$2.6 billion", False),
            ("Orion agreed to buy Halden for $2.6 billion.", "$2.6 billion", False)]:
        start = sentence.index(surface)
        assert is_part(sentence, start, start + len(surface), "money") is part, sentence


def test_a_change_in_a_value_is_not_the_value(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2024-05-06", "With a market value of about $80 billion, Orion could pay for the purchase in stock."),
        ("2024-05-06", "That is about a third of the $30 billion increase in Orion's market value since 2019."))
    assert flagged(findings) == []


def test_a_gap_between_two_counts_is_not_a_count(tmp_path: Path) -> None:
    """"two more than the Owls" is a gap; "seven of the Owls' 11 turnovers" a part of a team's count."""
    findings, facts = check(
        tmp_path,
        ("2024-05-06", "The Hawks won despite 13 turnovers, two more than the Owls, who lost at home on Sunday."),
        ("2024-05-06", "Guard Tim Bell had seven of the Owls' 11 turnovers as the Hawks won at home on Sunday."))
    assert flagged(findings) == []
    [two] = [f for f in facts.values() if f.surface == "two"]
    assert str(two.thing).startswith("gap")


def test_a_month_of_last_year_is_not_this_year_s(tmp_path: Path) -> None:
    findings, facts = check(
        tmp_path,
        ("2013-07-03", "In April last year a magnitude 7.1 quake struck off Java, prompting a tsunami alert."),
        ("2013-07-02", "On April 20, a magnitude 6.2 quake struck off Java, prompting a tsunami alert."))
    assert flagged(findings) == []
    assert {f.timex for f in facts.values() if f.surface == "April"} == {"2012-04"}


def test_a_month_without_its_day_in_an_undated_story_is_another_moment(tmp_path: Path) -> None:
    """News tells its own event by the day ("on Sunday"); "in September" is an earlier quake."""
    findings, facts = check(
        tmp_path,
        ("", "A 5.6 magnitude earthquake hit Norland island on Sunday, injuring five people. The same island was hit "
             "by a 6.1 quake in September."),
        ("", "An earthquake measuring 5.6 jolted Norland island on Sunday, injuring five people."),
        ("", "A strong 5.6 earthquake struck Norland island on Sunday, state television said."))
    assert flagged(findings) == []
    [earlier] = [f for f in facts.values() if f.surface == "6.1"]
    assert earlier.time == "XXXX-09"


def test_sentences_whose_other_figures_all_differ_tell_of_two_things(tmp_path: Path) -> None:
    """Two seasons' lines: every figure differs, so the yards are no slip. One figure told wrong among figures
    told alike stays a warning."""
    findings, _ = check(
        tmp_path,
        ("2024-01-05", "Reyes finished with 269 yards and two touchdowns rushing and caught 29 passes for 201 yards "
                       "for the Hawks."),
        ("2024-01-05", "Reyes finished with 793 yards and six touchdowns rushing and caught 39 passes for 302 yards "
                       "for the Hawks."))
    assert flagged(findings) == []
    findings, facts = check(
        tmp_path / "slip",
        ("2024-01-05", "The quake struck at 2:09 a.m. about 14 miles northeast of Healdsburg at a depth of 12 miles."),
        ("2024-01-05", "The quake struck at 2:09 a.m. about 14 miles northeast of Healdsburg at a depth of 1.2 "
                       "miles."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["1.2 miles"], ["12 miles"]]


def test_a_figure_as_of_an_hour_is_a_running_figure_not_the_final_one(tmp_path: Path) -> None:
    findings, facts = check(
        tmp_path,
        ("2024-05-06", "Some 2.1 million people, some 81.5 percent of eligible voters, had cast their ballots as of "
                       "4:00 p.m. local time in Norland's parliamentary elections on Sunday."),
        ("2024-05-06", "The electoral commission said 90 percent of eligible voters took part in Norland's "
                       "parliamentary elections on Sunday."))
    assert flagged(findings) == []
    [interim] = [f for f in facts.values() if f.surface == "some 81.5 percent"]
    assert interim.time == "as of 4pm"


def test_a_month_of_another_year_is_not_that_whole_year(tmp_path: Path) -> None:
    """"In April last year" and "Last year": two earlier quakes of one year, not one told twice."""
    quake = "The quake of magnitude 6.9 struck off Norland on Tuesday, the geological survey said."
    findings, facts = check(
        tmp_path,
        ("2013-07-03", quake + " In April last year an 8.6-magnitude quake struck off Norland, prompting a tsunami "
                               "alert."),
        ("2013-07-03", quake.replace("the geological", "the national geological") + " In April last year an "
                       "8.6-magnitude quake struck off Norland, prompting a tsunami alert across the ocean."),
        ("2013-07-02", quake + " Last year, a 6.4-magnitude quake struck off Norland, prompting a tsunami alert."))
    assert flagged(findings) == []
    assert {f.key for f in facts.values() if f.surface == "8.6"} == {"magnitude@2012-04"}


def test_a_story_of_unknown_date_is_of_the_year_its_companions_were_published(tmp_path: Path) -> None:
    """An undated story that names only a background year ("the 1997 law", twice) is of the year the other stories
    of its event were published in: its figures about 2009 are the event's, not another year's."""
    _, facts = check(
        tmp_path,
        ("2009-03-02", "Norland's parliament voted 112 to 80 on Monday to repeal the 1997 law."),
        ("2009-03-02", "The repeal of the 1997 law passed by 112 votes to 80, the speaker said on Monday."),
        ("", "The 1997 law was passed after the 1997 floods. It was repealed in 2009 by a vote of 112 to 80."))
    [undated] = [f for f in facts.values() if f.doc == "story3" and f.surface == "112"]
    assert undated.time == "event"


def test_stories_of_one_week_disagree_whatever_older_stories_stand_beside_them(tmp_path: Path) -> None:
    """"A mother of 13" against "a mother of 12" told the same day: a disagreement at one moment, though a story two
    years older says 12 too. Being a mother of 12 binds the count, whatever the verb of each sentence."""
    findings, facts = check(
        tmp_path,
        ("2011-10-25", "Rena Holt, a mother of 12, was killed by a stray bullet outside a Lakeside school."),
        ("", "Rena Holt, a mother of 12, was killed by a stray bullet outside a Lakeside school on Monday."),
        ("2013-04-12", "A stray bullet hit the mother of 13 as she collected her children from a Lakeside school, "
                       "the jury heard."),
        ("2013-04-12", "The jury heard that a stray bullet killed Rena Holt, a mom of 12, outside a Lakeside "
                       "school."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["12", "12", "12"], ["13"]]


def test_a_father_s_children_are_not_a_mother_s(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2013-04-12", "A stray bullet killed Rena Holt, a mother of four, outside a Lakeside school."),
        ("2013-04-12", "A stray bullet killed Tom Holt, a father of three, outside a Lakeside school."))
    assert flagged(findings) == []


def test_a_week_or_a_month_bound_to_one_verb_is_one_event_however_worded(tmp_path: Path) -> None:
    """"Was married two weeks ago to his second wife" and "who was wed about three weeks ago, is survived by his
    wife": words apart, one wedding. So is a country's independence in July and "6 months ago"."""
    findings, facts = check(
        tmp_path / "weeks",
        ("2005-06-25", "The Diamond Bar resident was married two weeks ago to his second wife, Chela."),
        ("2005-06-24", "The deputy, who was wed about three weeks ago, is survived by his wife and two sons, the "
                       "sheriff said."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["three weeks ago"], ["two weeks ago"]]
    findings, facts = check(
        tmp_path / "months",
        ("2011-11-11", "Norland's south gained independence in July under a peace deal that ended decades of war."),
        ("2011-11-14", "The region declared independence 6 months ago, and border clashes have flared since."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["6 months ago"], ["July"]]




_WINDOW = "Union members will vote {} on the proposed contract, a spokeswoman said."
_SPANS = {
    # another story's day within a span agrees; outside it, or against a change of date, it does not
    "a day within the window": (_WINDOW.format("between May 2 and May 5"), _WINDOW.format("on May 3"), (0, 0)),
    "a day after the window": (_WINDOW.format("between May 2 and May 5"), _WINDOW.format("on May 8"), (0, 1)),
    # two spans of one thing: its first and last days told two ways
    "two windows that overlap": (_WINDOW.format("from May 2 to May 5"), _WINDOW.format("between May 4 and May 7"),
                                 (2, 0)),
    "two windows apart": (_WINDOW.format("from May 2 to May 5"), _WINDOW.format("between May 12 and May 15"),
                          (0, 2)),
    "a change of date is no window": (
        "The union moved the vote on the proposed contract from May 2 to May 9, a spokeswoman said.",
        _WINDOW.format("on May 5"), (0, 1)),
    "strikes over days and one day's strike": (
        "Valdorian jets struck Kessa repeatedly between March 2 and March 5, the governor said.",
        "The strike on the Kessa market on March 3 destroyed dozens of stalls, the governor said.", (0, 0)),
    # a day of the span's own verb within it ("closed" is an end only told of another verb's span)
    "a road closed for days and on one of them": (
        "Kolding Road will be closed Monday through Thursday for repairs, the city said.",
        "Kolding Road will be closed on Wednesday for repairs, the city said.", (0, 0)),
    # a day told as a span's first or last, with a word the span is told without: compared with its ends
    "a strike begun within its days": (
        "Nurses at Bellmoor General Hospital will strike from May 6 to May 8, the nurses' union said.",
        "Nurses at Bellmoor General Hospital will begin their strike on May 7, the union said.", (1, 0)),
    "an end told with until": ("The Fenwick Christmas market will run from May 1 to May 23, the council said.",
                               "The Fenwick Christmas market will run until May 22, the council said.", (0, 1)),
    # a fourth reviewer's pairs: a verb of an end told as an act is the span's first day; "after talks ended" after the
    # day tells nothing of it
    "a bridge closed by the police on one day": (
        "The Harrow Quay bridge was closed to traffic from April 20 to April 23 while engineers checked its deck.",
        "Police closed the Harrow Quay bridge to traffic on April 22 after engineers found cracks in its deck.",
        (1, 0)),
    "surgery stopped on one day": (
        "Bellmoor General Hospital will stop non-urgent surgery from May 5 to May 9 because of a norovirus outbreak.",
        "Bellmoor General Hospital will stop non-urgent surgery on May 7 because of a norovirus outbreak.", (1, 0)),
    "an end told after the day": (
        "Nurses at Bellmoor General Hospital will strike from May 5 to May 7 in a dispute over staffing.",
        "Nurses at Bellmoor General Hospital will strike on May 6 in a dispute over staffing, the union said after "
        "talks ended without agreement.", (0, 0)),
    # the day a span begins on is its first day, told wrong or not
    "a festival's opening against its days": (
        "The Varna jazz festival will run from May 10 to May 14 at the old harbour, organizers said.",
        "The Varna jazz festival will open on May 12 at the old harbour, organizers said.", (0, 1)),
}


@pytest.mark.parametrize("case", _SPANS)
def test_a_day_within_another_story_s_span_of_days_agrees_with_it(tmp_path: Path, case: str) -> None:
    """"Will vote between May 2 and May 5" and "will vote on May 3": the second story's day is one of the first's
    (fictional stories of 2025-04-28; a blind reviewer's pairs of the twenty-sixth session)."""
    first, second, expected = _SPANS[case]
    findings, _ = check(tmp_path, ("2025-04-28", first), ("2025-04-28", second))
    assert (len(flagged(findings)), sum(f.severity == "info" for f in findings)) == expected




_PLANS = {
    # an earlier story's day that a later one tells as a plan given up: the later story answers it
    "first set to begin": (("2025-10-01", "The port leaders' summit will begin in Ostrava on October 8, organizers "
                                          "said."),
                           ("2025-10-06", "The port leaders' summit, first set to begin on October 8, will now open in "
                                          "Ostrava on October 9 because of a rail strike."), (0, 0)),
    "originally scheduled": (("2025-05-01", "The launch of the Kestrel probe is scheduled for May 11 from the Kirov "
                                            "Point pad, Orbitra said."),
                             ("2025-05-09", "The launch of the Kestrel probe, originally scheduled for May 11, was "
                                            "postponed to May 14 because of high winds, Orbitra said."), (0, 0)),
    # no plan given up: two days of one summit
    "two days told": (("2025-10-01", "The port leaders' summit will begin in Ostrava on October 8, organizers said."),
                      ("2025-10-01", "The port leaders' summit will open in Ostrava on October 9, organizers said."),
                      (1, 0)),
    # a plan, and the day it was done, told after it: the plan moved, a note
    "a plan and the day it was done": (("2025-05-01", "Orbitra said the probe will launch on May 11 from the Kirov "
                                                      "Point pad."),
                                       ("2025-05-13", "The probe launched on May 12 from the Kirov Point pad after a "
                                                      "one-day delay caused by high winds."), (0, 1)),
    # two stories of the done day: one is wrong
    "two days it was done": (("2025-05-13", "The probe launched on May 11 from the Kirov Point pad, Orbitra said."),
                             ("2025-05-13", "The probe launched on May 12 from the Kirov Point pad, Orbitra said."),
                             (1, 0)),
    # a third reviewer's pairs: the plan held ("as scheduled"), so the days disagree
    "the plan held": (("2024-05-01", "The Halcyon lunar probe will launch on May 11 from the Serra spaceport, the "
                                     "space agency said."),
                      ("2024-05-13", "The Halcyon lunar probe launched on May 12 as scheduled from the Serra "
                                     "spaceport."), (1, 0)),
    "the plan held, said the sentence before": (
        ("2026-05-01", "The Corvid-3 Mars probe will lift off on May 11 from the Serra spaceport, the agency said."),
        ("2026-05-14", "The Corvid-3 launch went ahead as planned. The Mars probe lifted off from the Serra spaceport "
                       "on May 12 and reached orbit 40 minutes later."), (1, 0)),
}


@pytest.mark.parametrize("case", _PLANS)
def test_a_plan_given_up_or_moved_is_no_disagreement(tmp_path: Path, case: str) -> None:
    """A day a later story tells as a plan given up answers an earlier story's; a plan and the day it was done, told
    after it, are a note: the plan may have moved (fictional stories)."""
    first, second, expected = _PLANS[case]
    findings, _ = check(tmp_path, first, second)
    assert (len(flagged(findings)), sum(f.severity == "info" for f in findings)) == expected


def test_one_story_s_same_number_for_two_things_does_not_join_their_disagreements(tmp_path: Path) -> None:
    """A story that killed "four" people and gave "four" life sentences holds two figures: the life sentences
    disagree on their own (four against seven), apart from the toll, where one story alone says "forty" against four
    (a factor of ten, one figure told wrong: a disagreement of its own; four stories agree in words alike, so not a
    toll of unknown dates that grew)."""
    escape = "the man who killed {} people in a brazen courthouse escape"
    findings, facts = check(
        tmp_path,
        ("", f"{escape.format('four').capitalize()} was sentenced on Saturday to four consecutive life sentences."),
        ("", f"A judge on Saturday sentenced {escape.format('four')} to seven life sentences."),
        ("", f"{escape.format('forty').capitalize()} was sentenced on Saturday to life in prison."),
        ("", f"A judge on Saturday sentenced {escape.format('four')} to life without parole."),
        ("", "He went on a rampage at the courthouse in 2005, killing four people, and was sentenced on Saturday."))
    found = {(f.severity, tuple(tuple(facts[i].surface for i in side) for side in f.sides)) for f in findings}
    assert found == {("warning", (("four",), ("seven",))), ("warning", (("forty",), ("four",) * 4))}


def test_two_quakes_told_in_one_sentence_disagree_each_with_its_own(tmp_path: Path) -> None:
    """"Two quakes, of magnitude 7.6 and 7.4" against "of magnitude 7.7 and 7.5": the first against the first, the
    second against the second."""
    findings, facts = check(
        tmp_path,
        ("2009-01-05", "Two quakes, of magnitude 7.6 and 7.4, struck off Norland's north coast on Sunday, the survey "
                       "said."),
        ("2009-01-05", "Two quakes, of magnitude 7.7 and 7.5, struck off Norland's north coast on Sunday, the survey "
                       "said."))
    assert sorted(sorted(map(tuple, surfaces(f, facts))) for f in flagged(findings)) == [
        [("7.4",), ("7.5",)], [("7.6",), ("7.7",)]]


def test_the_month_of_an_earlier_quake_told_with_its_verb_far_before_it(tmp_path: Path) -> None:
    # "hit" stands eleven words before "May 2012": the date is still the month that quake struck
    findings, facts = check(
        tmp_path,
        ("2013-07-02", "A magnitude 6.1 quake struck Aceh province on Tuesday. In April last year an 8.6-magnitude "
                       "quake struck off the coast, prompting a tsunami alert."),
        ("2013-07-02", "The 6.1 quake struck Aceh on Tuesday. In April last year an 8.6-magnitude quake struck off "
                       "the coast, prompting an ocean-wide tsunami alert."),
        ("2013-07-02", "The quake struck Aceh on Tuesday. In April last year an 8.6-magnitude quake struck off the "
                       "coast, prompting a tsunami alert across the ocean."),
        ("2013-07-02", "The quake struck Aceh on Tuesday. An 8.6-magnitude earthquake also hit off the coast of the "
                       "island of Sumatra in May 2012, prompting a tsunami alert across the ocean."))
    found = [f for f in flagged(findings) if "May 2012" in [s for side in surfaces(f, facts) for s in side]]
    assert len(found) == 1
    assert sorted(surfaces(found[0], facts)) == [["April", "April", "April"], ["May 2012"]]


def test_one_story_alone_against_three_of_one_verb_a_power_of_ten_off(tmp_path: Path) -> None:
    # the lone story words the sale otherwise (contexts only partly alike), but it is a purchase, as in the others
    findings, facts = check(
        tmp_path,
        ("2006-07-24", "Corvant agreed on Monday to buy Lumeo for $5.4 billion in cash and stock, the companies said."),
        ("2006-07-24", "Corvant agreed on Monday to buy Lumeo for $5.4 billion in cash and stock, the two companies "
                       "said."),
        ("2006-07-24", "Corvant has agreed to buy Lumeo for $5.4 billion in cash and stock, the companies said on "
                       "Monday."),
        ("2006-07-24", "Chip stocks soared in Seoul and Taipei as a struggling rival moved to buy the graphics firm "
                       "for around $54 billion, dwarfing previous semiconductor takeovers and stunning veteran "
                       "industry analysts."))
    found = flagged(findings)
    assert len(found) == 1
    assert sorted(surfaces(found[0], facts)) == [["$5.4 billion", "$5.4 billion", "$5.4 billion"],
                                                 ["around $54 billion"]]


def test_a_story_that_slips_once_and_tells_the_figure_right_elsewhere_is_still_flagged(tmp_path: Path) -> None:
    # the fifth story says "Ten" where four others say "one", and "one" itself further down: a slip of that story
    # (a power of ten), not two things under one name, so its being on both sides leaves the finding sure
    told = "one person was killed when a gunman opened fire at an office in Dunmore on Monday, police said."
    findings, facts = check(
        tmp_path,
        ("2026-05-04", told.capitalize()),
        ("2026-05-04", "Police said one person was killed when a gunman opened fire at a Dunmore office on Monday."),
        ("2026-05-04", "A gunman opened fire at an office in Dunmore on Monday, and one person was killed, police "
                       "said."),
        ("2026-05-04", "One person was killed on Monday when a gunman opened fire at an office in Dunmore, police "
                       "said."),
        ("2026-05-04", "Ten people were killed when a gunman opened fire at an office in Dunmore on Monday, police "
                       "said. Police named the one person killed by the gunman as an accountant at the office."))
    [found] = flagged(findings)
    assert surfaces(found, facts) == [["Ten"], ["One", "one", "one", "One", "one"]]
    # the story that slipped is told once, as the one that slipped, not among the four it agrees with elsewhere
    assert found.message.startswith('People killed: story5, 2026-05-04 alone says "Ten" (and "one" elsewhere in '
                                    'the same story); four sources say "One" or "one" (story1, story2, story3, '
                                    'story4)')
    assert "four sources agree in words alike" in found.message


def test_a_player_s_points_and_assists_are_no_list_of_parts(tmp_path: Path) -> None:
    # ECB+ t31_ecbplus: "Richard Carter had 12 points and four assists" is not a part of a total, as "two women and a
    # man" are; against three stories' 14 points it is a disagreement, headed by the frames it names
    findings, facts = check(tmp_path,
                            ("2013-03-08", "Drake was paced by 13 points from Seth VanDeest, while Richard Carter "
                                           "had 12 points and four assists."),
                            ("2013-03-08", "Richard Carter scored 14 points and Seth VanDeest scored 13 for Drake."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["12"], ["14"]]
    assert finding.message.startswith("Richard Carter's points: ")


def test_one_thing_counted_twice_in_a_list_is_still_parts_of_it(tmp_path: Path) -> None:
    # ECB+ t03_ecb: "seven life sentences and four sentences of life without parole" are parts of one sentencing; the
    # "four" sentences without parole of another story are the second part, not a disagreement with the first
    findings, _ = check(tmp_path,
                        ("", "Nichols was sentenced to seven life sentences and four sentences of life without "
                             "parole."),
                        ("", "A judge handed Nichols four consecutive life sentences without the possibility of "
                             "parole."))
    assert flagged(findings) == []


@pytest.mark.parametrize(("noun", "plural"), [("country", "countries"), ("wife", "wives"), ("woman", "women"),
                                              ("child", "children"), ("person", "people"), ("points", "points"),
                                              ("box", "boxes"), ("day", "days"), ("other rifle", "other rifles")])
def test_a_counted_thing_is_named_in_the_plural_in_a_heading(noun: str, plural: str) -> None:
    from factcheck.judge.findings import _plural

    assert _plural(noun) == plural


def test_one_story_alone_against_five_that_state_one_count_of_one_thing(tmp_path: Path) -> None:
    # ECB+ t12_ecb: "12 AK 47 guns" recovered in one story, "seven AK-47 assault rifles" seized in ten; the verbs
    # differ, but so many stories telling one figure of one model name it surely
    seven = ["The Navy said its commandos seized seven AK-47 assault rifles and 13 magazines from the pirates.",
             "Commandos boarded the boats and seized seven AK-47s from the 23 pirates, the Navy said.",
             "The Navy said seven AK-47 rifles were found aboard the pirates' boats.",
             "Seven AK-47 automatic rifles were seized from the pirates, a Navy spokesman said.",
             "The pirates had seven AK-47 assault rifles aboard their two boats, the Navy said."]
    lone = ("", "Police recovered 12 AK 47 guns from the pirates' boats, the Navy said.")
    findings, facts = check(tmp_path, lone, *[("", text) for text in seven])
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts)))[0] == ["12"]
    # four stories are not enough when the verbs differ
    findings, _ = check(tmp_path / "four", lone, *[("", text) for text in seven[:4]])
    assert flagged(findings) == []


def test_a_player_s_running_total_is_not_his_game_s_points(tmp_path: Path) -> None:
    # ECB+ t31_ecbplus: "now has 2,029 points" against "now has 2,129 points" is one career total told two ways,
    # whatever the game's 23 points beside it
    findings, facts = check(tmp_path,
                            ("2013-03-08", "McDermott scored 23 points. McDermott now has 2,029 points in 106 games "
                                           "as a Bluejay."),
                            ("2013-03-08", "McDermott scored 23 points against Drake. McDermott now has 2,129 points "
                                           "heading into the semifinals."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["2,029"], ["2,129"]]
    assert finding.message.startswith("McDermott's career points: ")


# One paper runs "the attack this morning", another the same sentence as "the Monday morning attack"; the first is
# dated a day later (an overnight edition, a page stamped in another time zone). ECB+ t18_ecbplus.
_WIRE = ("A man suspected of shooting two people at a suburban accounting firm from which he was fired last week was "
         "arrested after a high-speed chase a few hours after the attack {day}, police said.")
_CALLS = "Calls to the firm's offices were not answered {day}, and a recording said the offices were closed."


def test_a_reprint_dated_a_day_later_reads_its_own_day(tmp_path: Path) -> None:
    wire = _WIRE.format(day="on Monday morning") + " " + _CALLS.format(day="Monday afternoon")
    findings, _ = check(tmp_path,
                        ("2007-04-10", _WIRE.format(day="this morning") + " " + _CALLS.format(day="this afternoon")),
                        ("2007-04-09", wire), ("2007-04-09", wire),
                        ("2007-04-09", "One victim died in the Monday morning attack at the firm's office."))
    assert flagged(findings) == []


def test_a_story_dated_wrong_reads_its_today_from_its_right_date(tmp_path: Path) -> None:
    # the shared sentences show the first story written on the Monday the others are dated: its "yesterday" is
    # Sunday, as the second says; its "today" is Monday, not the Sunday the fourth says (a disagreement)
    wire = _WIRE.format(day="on Monday morning") + " " + _CALLS.format(day="Monday afternoon")
    findings, facts = check(tmp_path,
                            ("2007-04-10", _WIRE.format(day="this morning") + " " + _CALLS.format(day="this afternoon")
                                           + " The gunman bought the shotgun at a gun shop in Troy yesterday."
                                           + " The gunman's brother was arrested at his home in Warren today."),
                            ("2007-04-09", wire + " The gunman bought the shotgun at a gun shop in Troy on Sunday."),
                            ("2007-04-09", wire),
                            ("2007-04-09", wire + " The gunman's brother was arrested at his home in Warren on "
                                                  "Sunday."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["Sunday"], ["today"]]


def test_a_story_is_redated_by_two_sentences_two_others_print_alike_and_not_by_less() -> None:
    def told(doc: str, sentence: str, surface: str, value: str) -> Fact:
        start = sentence.index(surface)
        return Fact(id=f"{doc}:{start}", doc=doc, kind="time", surface=surface, start=start,
                    end=start + len(surface), sentence=sentence, sentence_start=len(sentence), value=value, low=None,
                    high=None, closed=None, unit=None, stated_value=None, stated_unit=None, hedge=None, subject=None,
                    timex=value)

    def stories(*docs: str) -> list[Fact]:
        return [told(docs[0], _CALLS.format(day="this afternoon"), "this afternoon", "2007-04-10TAF"),
                told(docs[0], _WIRE.format(day="this morning"), "this morning", "2007-04-10TMO"),
                *(told(doc, _CALLS.format(day="Monday afternoon"), "Monday afternoon", "2007-04-09TAF")
                  for doc in docs[1:]),
                *(told(doc, _WIRE.format(day="on Monday morning"), "Monday morning", "2007-04-09TMO")
                  for doc in docs[1:])]

    assert written_off([[f] for f in stories("a", "b", "c")]) == {"a": -1}
    assert written_off([[f] for f in stories("a", "b")]) == {}  # one other story: which of the two is wrong?
    assert written_off([[f] for f in stories("a", "b", "c")[1:]]) == {}  # one sentence: a day told wrong
    assert written_off([[f] for f in stories("a", "b", "c")], drafts={"a"}) == {}  # a draft keeps its own day
    # two weekdays, "Tuesday afternoon" against "Monday afternoon", are the stories' own days: a day told wrong
    weekday = [dataclasses.replace(f, surface=f.surface.replace("this", "Tuesday"),
                                   sentence=f.sentence.replace("this", "Tuesday")) for f in stories("a", "b", "c")]
    assert written_off([[f] for f in weekday]) == {}


def test_a_slip_of_one_reading_of_the_many_is_near_whatever_other_readings_stand_beside_it(tmp_path: Path) -> None:
    # "$33.4 million" is "$334 million" with its point slipped, though a factor of nine below "more than $300 million"
    # on the same side: the lone figure is told wrong, not another sum (perturbation cases of ECB+ t43_ecbplus)
    deal = "Orion Systems agreed to buy the chip maker Halden for {} in cash and stock, the companies said."
    findings, facts = check(tmp_path, *[("2012-02-29", deal.format(sum_)) for sum_ in (
        "$33.4 million", "more than $300 million", "$334 million", "$334 million")])
    [finding] = flagged(findings)
    assert surfaces(finding, facts)[0] == ["$33.4 million"]


def test_a_running_total_over_several_operations_is_not_one_operation_s_count(tmp_path: Path) -> None:
    # ECB+ t12_ecbplus: most stories give this interception's "six AK-47 rifles" and the ship's running total, "14
    # AK-47 rifles" in "their five operations so far"; one gives the total as this boat's haul: that one disagrees
    this = "The commandos boarded the boat and seized six AK-47 rifles and 12 magazines from the pirates."
    total = "In their five operations so far, the crew has confiscated 14 AK-47 rifles and 31 magazines."
    findings, facts = check(tmp_path, *[("2011-11-11", f"{this} {total}")] * 3,
                            ("2011-11-12", "The commandos confiscated 14 AK-47 rifles and 31 magazines from the boat."))
    found = sorted(sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings))
    assert found == [[["12", "12", "12"], ["31"]], [["14"], ["six", "six", "six"]]]
    assert sorted(f.message.split(":")[0] for f in flagged(findings)) == ["Number of AK-47s", "Number of magazines"]


def test_a_story_that_gives_one_figure_two_ways_is_flagged_against_one_source(tmp_path: Path) -> None:
    # the second story says "46" and "at least 460" of one night's arrests; the first says 46. The first story's 46 is
    # answered by the second's own 46, so the match is not mutual, yet "460" is the second story's slip.
    findings, facts = check(
        tmp_path,
        ("2026-03-14", "By the end of the night, police said, 46 people had been arrested in East Flatbush."),
        ("2026-03-14", "As fights between police and angry teens erupted in East Flatbush, 46 were arrested on "
                       "Wednesday night. At least 460 demonstrators were arrested along Church Avenue in East "
                       "Flatbush."))
    [found] = flagged(findings)
    assert surfaces(found, facts)[0] == ["At least 460"]
    assert "46" in surfaces(found, facts)[1]
    assert "a power of ten apart" in found.message


def test_one_digit_figures_a_power_of_ten_apart_in_one_story_are_two_things(tmp_path: Path) -> None:
    # "200 feet" and "2,000 feet" two climbers fell: one digit each, as likely two falls as one told two ways
    findings, _ = check(
        tmp_path,
        ("2026-01-10", "Duncan Rait died on Friday after slipping and falling about 200 feet from a ridge."),
        ("2026-01-10", "Robert Buckley fell about 2,000 feet on Saturday while climbing to a hut on Mount Sefton. The "
                       "day before, Duncan Rait died after slipping and falling about 200 feet from a ridge."))
    assert flagged(findings) == []


@pytest.mark.parametrize(("first", "second", "same"), [
    ("They fell 2,000 feet.", "They fell 200 feet.", False),  # one digit as written, whatever 609.6 metres has
    ("They fell 2,500 feet.", "They fell 250 feet.", True),
    ("46 were arrested.", "460 were arrested.", True),
    ("46 were arrested.", "64 were arrested.", True),
    ("Two were arrested.", "20 were arrested.", False),
])
def test_the_same_digits_are_counted_as_written(first: str, second: str, same: bool) -> None:
    import datetime as dt

    from factcheck.judge import same_digits

    assert same_digits(one_fact(first, dt.date(2024, 3, 21)), one_fact(second, dt.date(2024, 3, 21))) is same


@pytest.mark.parametrize(("first", "second", "same"), [
    ("The fire burned 2,000 acres.", "The fire burned 20,000 acres.", False),  # a fire that grew, however many m²
    ("The fire burned 2,300 acres.", "The fire burned 23,000 acres.", True),
    ("The flood killed 89 people.", "The flood killed 890 people.", True),
])
def test_a_running_total_slips_by_its_digits_as_written(first: str, second: str, same: bool) -> None:
    import datetime as dt

    from factcheck.rules.cumulative import slipped
    from factcheck.rules.model import Side

    def side(text: str) -> Side:
        return Side(one_fact(text, dt.date(2024, 3, 21)), "d", None)

    assert slipped(side(first), side(second)) is same


@pytest.mark.parametrize(("first", "second", "far"), [
    ("The levee gave way on April 14.", "The levee gave way on April 15.", False),
    ("The levee gave way on December 31.", "The levee gave way on January 1.", False),  # a day apart, across a year
    ("The levee gave way on April 14.", "The levee gave way on November 19.", True),
    ("The levee gave way on April 14.", "The levee gave way on April 16, 2025.", False),
])
def test_days_of_no_known_year_are_apart_by_their_day_of_the_year(first: str, second: str, far: bool) -> None:
    from factcheck.judge.distance import far_apart

    assert far_apart(one_fact(first), one_fact(second), None, None) is far  # type: ignore[arg-type]


@pytest.mark.parametrize(("first", "second", "far"), [
    ("Mara Vell died at the age of 95.", "Mara Vell died at the age of 59.", False),  # two keys in the wrong order
    ("Mara Vell died at the age of 95.", "Mara Vell died at the age of 92.", True),  # two people, or two times
    ("Mara Vell died at the age of 95.", "Mara Vell died at the age of 94.", False),
])
def test_ages_apart_are_two_people_unless_their_digits_are_swapped(first: str, second: str, far: bool) -> None:
    from factcheck.judge.distance import far_apart

    assert far_apart(one_fact(first), one_fact(second), None, None) is far  # type: ignore[arg-type]



@pytest.mark.parametrize("told", ["27 miles", "2.7 kilometres"])
def test_a_figure_is_matched_with_the_one_it_is_a_slip_of_the_hand_from(told: str) -> None:
    # one story's depth agrees with none of another's; its words are a little closer to an earlier quake's "1.1
    # miles", but it is that story's "2.7 miles" with the point slipped or the unit named wrong: that pair is the
    # disagreement
    ours = dataclasses.replace(one_fact(f"The quake had a depth of {told}."), id="x:1", doc="x")
    quake = dataclasses.replace(one_fact("The quake had a depth of 2.7 miles."), id="y:1", doc="y")
    earlier = dataclasses.replace(one_fact("The last quake had a depth of 1.1 miles."), id="y:2", doc="y", start=90)
    bags = {"x:1": {"quake": 1.0, "depth": 1.0, "struck": 1.0}, "y:1": {"quake": 1.0, "depth": 1.0},
            "y:2": {"quake": 1.0, "depth": 1.0, "struck": 0.1}}
    found = conflicts([ours, quake, earlier], bags, lambda a, b: "apart", lambda a, b: False, lambda a, b: True,
                      slip=same_digits)
    assert [(c.a.surface, c.b.surface) for c in found] == [(told, "2.7 miles")]


def test_the_same_number_in_another_unit_is_explained_as_a_unit_named_for_another(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-01-11", "The survey listed the epicenter two miles east of The Geysers, at a depth of 2.7 miles."),
        ("2026-01-11", "The earthquake struck on Sunday morning at a depth of 2.7 kilometres, the survey said."))
    [found_] = flagged(findings)
    assert found_.message.endswith("likely cause: the same number in another unit (mile, kilometre): a unit may be "
                                   "named for another, the conversion not made")


@pytest.mark.parametrize(("first", "second", "slip"), [
    ("The quake had a depth of 2.7 miles.", "The quake had a depth of 2.7 kilometres.", True),
    ("The storm dropped 2 inches of rain.", "The storm dropped 2 feet of snow.", False),  # twelve times apart
    ("The call lasted 45 minutes.", "The call lasted 45 hours.", False),  # durations: no unit named for another
])
def test_a_unit_named_for_another_is_a_slip_only_between_close_units(first: str, second: str, slip: bool) -> None:
    assert unit_slip(one_fact(first), one_fact(second)) is slip


def test_one_person_s_sentence_told_two_ways(tmp_path: Path) -> None:
    """"sentenced former mayor Tom Berrick to 12 years" and "Tom Berrick was sentenced to eight years": one
    person's sentence, the object of the verb in one story and its subject in the other."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "A federal judge on Thursday sentenced former mayor Tom Berrick to 12 years in prison."),
        ("2026-03-12", "Former mayor Tom Berrick was sentenced to eight years in prison on Thursday."))
    assert [(f.severity, surfaces(f, facts)) for f in findings] == [
        ("warning", [["12 years"], ["eight years"]])]


def test_two_people_s_sentences_are_two_figures(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "A federal judge on Thursday sentenced former mayor Tom Berrick to 12 years in prison."),
        ("2026-03-12", "His aide Lena Morrow was sentenced to eight years in prison on Thursday."))
    assert flagged(findings) == []


def test_the_people_a_plane_carried_told_two_ways(tmp_path: Path) -> None:
    """"was carrying 180 passengers" and "had 210 passengers on board": one figure (a note before, when "six crew"
    read as the verb "crow" and "carrying" as no verb)."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "The Airbus was carrying 180 passengers and six crew when it skidded off the runway."),
        ("2026-03-12", "The plane that skidded off the runway had 210 passengers on board, the airline said."))
    assert [(f.severity, surfaces(f, facts)) for f in flagged(findings)] == [("warning", [["180"], ["210"]])]


def test_passengers_and_crew_are_parts_of_those_on_board(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "The Airbus was carrying 150 passengers and seven crew members when it crashed."),
        ("2026-03-12", "The plane that crashed was carrying 157 people, the airline said."))
    assert flagged(findings) == []


def test_a_possessed_visit_is_one_numbered_event(tmp_path: Path) -> None:
    """"his third visit" and "the pope's fourth visit": one person's numbered trip, possessed by a pronoun in one
    story and by a common noun in the other (only a capitalised name counted before)."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Pope Leo arrived in Brazil on Thursday for his third visit to the country."),
        ("2026-03-12", "The trip marks the pope's fourth visit to Brazil, the Vatican said."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["third"], ["fourth"]]]


def test_a_time_s_ordinal_is_nobody_s(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "It was this year's third visit by a foreign leader to the island."),
        ("2026-03-12", "It was the season's fourth visit by a foreign leader to the island."))
    assert flagged(findings) == []


def test_a_part_that_names_its_whole_is_no_part_of_another_figure(tmp_path: Path) -> None:
    """"secured 78 of parliament's 300 seats" is a part of its 300, not of another story's "87 seats" won by the
    same party: 87 and 78 disagree."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "The Green Alliance won 87 seats in the 300-member parliament, the commission said."),
        ("2026-03-12", "With all votes counted, the Green Alliance secured 78 of parliament's 300 seats."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["87"], ["78"]]]


def test_one_player_s_part_of_a_team_s_total_is_no_other_team_s_total(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Lane had seven of Davidson's 17 turnovers in the loss."),
        ("2026-03-12", "North Carolina committed 16 turnovers in the win."))
    assert flagged(findings) == []


def test_a_share_of_eligible_voters_who_cast_ballots_is_turnout(tmp_path: Path) -> None:
    _, facts = check(tmp_path, ("2026-03-12", "Only 54% of eligible voters cast ballots in Sunday's election."),
                     ("2026-03-12", "Turnout in Sunday's election was 61.4 percent."))
    assert {f.surface: f.key for f in facts.values() if f.kind == "percent"} == {"54%": "turnout",
                                                                                 "61.4 percent": "turnout"}


def test_one_named_person_s_age_told_two_ways(tmp_path: Path) -> None:
    """"Dario Velk, 27," and "Dario Velk, a 32-year-old forklift driver": one person's age, named in full in both
    stories of one day, however many years apart (the description is set off from the name it describes)."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Police arrested Dario Velk, 27, on suspicion of arson after Wednesday's warehouse fire."),
        ("2026-03-12", "Dario Velk, a 32-year-old forklift driver, was arrested on suspicion of arson, police said."))
    assert [(f.severity, surfaces(f, facts)) for f in flagged(findings)] == [("warning", [["27"], ["32-year-old"]])]
    assert flagged(findings)[0].message.startswith("Dario Velk's age:")  # not "Dario Velk's measure (age)"


def test_ages_of_two_people_of_one_surname_are_two_figures(tmp_path: Path) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Police arrested Dario Velk, 27, on suspicion of arson after Wednesday's warehouse fire."),
        ("2026-03-12", "Marta Velk, a 52-year-old nurse, said her son was innocent."))
    assert flagged(findings) == []


def test_a_crowd_and_the_spectators_are_one_count(tmp_path: Path) -> None:
    """"A crowd of 41,800" and "drew 52,300 spectators": compared (a note: the spectators may be read as a part of
    the crowd); before, a crowd and spectators were two groups of people, never compared."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "A crowd of 41,800 watched the cup final at Ashgrove Stadium on Wednesday night."),
        ("2026-03-12", "Wednesday's cup final at Ashgrove Stadium drew 52,300 spectators, organisers said."))
    assert [surfaces(f, facts) for f in findings] == [[["41,800"], ["52,300"]]]


def test_its_figure_is_the_telling_company_s(tmp_path: Path) -> None:
    """"Trevane Foods said ... its quarterly revenue rose to $2.1 billion" is Trevane's; its rival's $3.5 billion is
    another company's figure (a false warning before)."""
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Trevane Foods said on Thursday its quarterly revenue rose to $2.1 billion."),
        ("2026-03-12", "Trevane's larger rival, Colbert Mills, reported revenue of $3.5 billion for the same quarter."))
    assert flagged(findings) == []
    assert {f.surface: f.owner for f in facts.values() if f.kind == "money"} == {
        "$2.1 billion": "trevane foods", "$3.5 billion": "colbert mills"}


def test_a_threshold_of_votes_is_no_count_of_votes_cast(tmp_path: Path) -> None:
    """"needed 120 votes in the 180-seat chamber to pass" against "approved ... with 126 votes": a threshold and a
    result (a false warning before); two thresholds are still compared."""
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "The constitutional amendment needed 120 votes in the 180-seat chamber to pass."),
        ("2026-03-12", "Lawmakers approved the constitutional amendment on Thursday with 126 votes in favour."))
    assert flagged(findings) == []
    findings, facts = check(
        tmp_path / "two",
        ("2026-03-12", "The constitutional amendment needed 120 votes in the chamber to pass."),
        ("2026-03-12", "The constitutional amendment required 140 votes in the chamber to pass."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["120"], ["140"]]]


def test_review_cases_of_the_judge(tmp_path: Path) -> None:
    """A place before a described age names no one ("In Chicago, a 45-year-old man"); "the day's second quake" and
    "the day's third" are two quakes of a day, nobody's numbered event."""
    findings, _ = check(tmp_path, ("2026-03-12", "In Chicago, a 45-year-old man was shot on Wednesday."),
                        ("2026-03-12", "In Chicago, a 19-year-old man was shot on Wednesday."))
    assert flagged(findings) == []
    findings, _ = check(tmp_path / "two", ("2026-03-12", "It was the day's second strong quake in the region."),
                        ("2026-03-12", "It was the day's third strong quake in the region."))
    assert flagged(findings) == []


def test_an_analysts_forecast_is_no_figure_reported(tmp_path: Path) -> None:
    """"Analysts ... had forecast Telvane's quarterly revenue at $8.1 billion" against "its quarterly revenue was
    $7.6 billion": a forecast and the result (a false warning before)."""
    findings, _ = check(
        tmp_path, ("2026-03-12", "Telvane said on Thursday its quarterly revenue was $7.6 billion."),
        ("2026-03-12", "Analysts polled before the report had forecast Telvane's quarterly revenue at $8.1 billion."))
    assert flagged(findings) == []


@pytest.mark.parametrize("other", [
    "About 52,300 spectators watched Wednesday's cup final at Ashgrove Stadium, organisers said.",
    "About 52,300 onlookers watched the cup final at Ashgrove Stadium on Wednesday.",
])
def test_the_spectators_are_the_crowd_not_a_part_of_it(tmp_path: Path, other: str) -> None:
    """"A crowd of 41,800 watched" against "52,300 spectators watched": one crowd told two ways (a note before: the
    spectators were read as a part of the crowd, larger than it, and no verb was shared)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "A crowd of 41,800 watched the cup final at Ashgrove Stadium on Wednesday night."),
        ("2026-03-12", other))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["41,800"], ["About 52,300"]]]


def test_home_fans_are_a_part_of_the_crowd(tmp_path: Path) -> None:
    """"38,000 home fans watching" are a part of "a crowd of 41,800": no disagreement (a reviewer's case)."""
    findings, _ = check(
        tmp_path, ("2026-03-12", "A crowd of 41,800 watched the Hawks beat the Lions 3-1 at Riverside Park."),
        ("2026-03-12", "The Hawks beat the Lions 3-1 at Riverside Park, with 38,000 home fans watching."))
    assert flagged(findings) == []


def test_spectators_are_the_crowd_and_a_group_of_them_a_part() -> None:
    assert not part_of("spectator", "crowd") and part_of("spectator", "crowd", described=True)
    assert part_of("fan", "crowd")  # "3,000 fans made the trip": a side's, as often as not
    assert not comparable_things("spectator", "protester") and part_of("child", "crowd")


def test_schools_shut_are_schools_closed(tmp_path: Path) -> None:
    """"closed 37 public schools" against "Seventy-three of the city's public schools were shut": one closure ("shut"
    was no verb of the lexicon, and "schools" was read as the verb)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "The city closed 37 public schools on Thursday because of a heating fuel shortage."),
        ("2026-03-12", "Seventy-three of the city's public schools were shut on Thursday amid a shortage of fuel."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["37"], ["Seventy-three"]]]


def test_lawmakers_who_backed_a_bill_are_its_votes(tmp_path: Path) -> None:
    """"approved ... with 214 votes in favour" against "A total of 241 lawmakers backed ... in Thursday's vote": one
    vote told wrong (the lawmakers were people, and "a total of" made them a total of another thing)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "The National Assembly approved the pension reform with 214 votes in favour."),
        ("2026-03-12", "A total of 241 lawmakers backed the pension overhaul in Thursday's vote in the Assembly."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["214"], ["241"]]]
    assert comparable_things("lawmaker", "vote") and not comparable_things("lawmaker", "rifle")


@pytest.mark.parametrize("other", [
    "Helix Pharma will pay $4.2 billion in cash for Corvin Labs, the companies said.",
    "Corvin Labs will be acquired by Helix Pharma in an all-cash deal valued at $4.2 billion.",
])
def test_one_purchase_priced_two_ways(tmp_path: Path, other: str) -> None:
    """"agreed to buy Corvin Labs for $2.4 billion in cash" against "will pay $4.2 billion in cash for Corvin Labs"
    (was a payment, no purchase) or "an all-cash deal valued at $4.2 billion" (was a value, and the sum in cash a part
    of it): one price told wrong."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "Helix Pharma agreed to buy Corvin Labs for $2.4 billion in cash."),
        ("2026-03-12", other))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["$2.4 billion"], ["$4.2 billion"]]]


def test_one_defendant_s_sentence_told_two_ways(tmp_path: Path) -> None:
    """"sentenced former treasurer Leon Marsh to 15 years in prison" against "Leon Marsh, the former Halstead
    treasurer ..., received a 25-year prison term": his term (the second was nobody's, a term of office)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "A court in Halstead on Thursday sentenced former treasurer Leon Marsh to 15 years in "
                                 "prison for stealing pension funds."),
        ("2026-03-12", "Leon Marsh, the former Halstead treasurer convicted of looting pension funds, received a "
                       "25-year prison term on Thursday."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["15 years"], ["25-year"]]]


def test_turnout_told_as_a_share_of_voters(tmp_path: Path) -> None:
    """"Turnout ... was 48 percent" against "About 61% of eligible voters cast ballots": one turnout (the voters were
    people, and a share of them a part of the turnout, larger than it: a note)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "Turnout in Sunday's regional election in Velmark was 48 percent, officials said."),
        ("2026-03-12", "About 61% of eligible voters cast ballots in Velmark's regional election on Sunday."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["48 percent"], ["About 61%"]]]


def test_the_floor_a_fire_started_on(tmp_path: Path) -> None:
    """"broke out on the 14th floor ... shortly after midnight" against "started on the 11th floor ... shortly after
    midnight": one floor told wrong (the 11th was read as counted since midnight, as "his sixth trip since")."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "The fire broke out on the 14th floor of the Arden Tower shortly after midnight."),
        ("2026-03-12", "Firefighters said the Arden Tower blaze started on the 11th floor shortly after midnight."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["14th"], ["11th"]]]


def test_the_day_of_a_collision(tmp_path: Path) -> None:
    """"collided on Tuesday" against "Monday's collision": one crash's day (no verb in common before)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "Two trucks collided on Tuesday on the A7 motorway near Lyon, killing both drivers."),
        ("2026-03-12", "Monday's collision between two trucks on the A7 near Lyon killed both drivers, police said."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["Tuesday"], ["Monday"]]]


def test_a_train_s_speed_told_two_ways(tmp_path: Path) -> None:
    """"was travelling at 140 km/h" against "was moving at about 90 kilometres per hour": one speed (moving was a
    postponement's verb, travelling none of the lexicon's)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "The passenger train was travelling at 140 km/h when it derailed near Ostrava."),
        ("2026-03-12", "Investigators said the train was moving at about 90 kilometres per hour when it left the "
                       "tracks near Ostrava."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["140 km/h"], ["about 90 kilometres per hour"]]]


def test_a_fare_rise_told_two_ways(tmp_path: Path) -> None:
    """"fares ... will rise by 8% from April 1" against "said ... fares would go up 12 percent on April 1": one rise
    (the first had no verb, "by" read as an agent; the second's verb was "fares", its "would" a mere possibility)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "Commuter rail fares in the Harbour region will rise by 8% from April 1, the "
                                 "transport authority said."),
        ("2026-03-12", "The transport authority said Harbour region train fares would go up 12 percent on April 1."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["8%"], ["12 percent"]]]


def test_the_quarter_a_company_reports_is_the_story_s_own_time(tmp_path: Path) -> None:
    """"fourth-quarter net profit of $412 million" in March against "Quarterly earnings ... came in at $421m": one
    result (the fourth quarter of last year was read as another time, a background year)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "Halden Foods reported fourth-quarter net profit of $412 million on Wednesday."),
        ("2026-03-12", "Quarterly earnings at Halden Foods came in at $421m, the company said on Wednesday."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["$412 million"], ["$421m"]]]
    # a quarter a year before is another time still
    findings, _ = check(tmp_path / "earlier",
                        ("2026-03-12", "Halden Foods made a net profit of $412 million in the first quarter of 2025."),
                        ("2026-03-12", "Quarterly earnings at Halden Foods came in at $421m, the company said."))
    assert flagged(findings) == []


def test_a_fine_for_years_of_conduct_is_the_story_s_fine(tmp_path: Path) -> None:
    """"fined Rostell Pharma 18 million euros on Tuesday for delaying generic drugs between 2019 and 2023": the fine is
    Tuesday's, not 2019's (a span of conduct named no background year before); against "an €80m penalty" it is one
    fine, a note (the figures too far apart to be one told wrong)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "The competition authority fined Rostell Pharma 18 million euros on Tuesday for "
                                 "delaying cheaper generic drugs between 2019 and 2023."),
        ("2026-03-12", "Rostell Pharma was hit with an €80m penalty by the competition watchdog on Tuesday over a "
                       "scheme from 2019 to 2023 to hold back generic rivals."))
    fines = [f for f in findings if f.key == "company-figures"]
    assert [surfaces(f, facts) for f in fines] == [[["18 million euros"], ["€80m"]]]


@pytest.mark.parametrize("texts", [
    # a quarter's figure and the whole year's: two periods
    ("Dunmore Brewing earned 210 million dollars in the fourth quarter, the company said on Wednesday.",
     "Dunmore Brewing said on Wednesday it earned $780m for the full year."),
    # a forecast of the quarter and the quarter's result
    ("Telvane said on Thursday its quarterly revenue was $7.6 billion.",
     "Analysts polled before the report had forecast Telvane's fourth-quarter revenue at $8.1 billion."),
    # last quarter's result and this quarter's forecast: two periods
    ("Acme reported fourth-quarter revenue of $4.1 billion on Tuesday, up 8% from a year earlier.",
     "Acme said on Tuesday it expects first-quarter revenue of $3.6 billion to $3.8 billion."),
    # "between" two places, not two years: the 2020 quake is another time
    ("The earthquake on Monday killed 41 people. The last major quake in the region, a 7.1 tremor between Izmir and "
     "Samos in 2020, killed 117 people.", "A 6.2-magnitude earthquake on Monday killed 41 people."),
    # fans without tickets are no concert's audience
    ("Some 60,000 concertgoers attended the Taylor Swift show at Wembley on Friday.",
     "About 6,000 fans without tickets watched the Taylor Swift show at Wembley on Friday from outside the stadium."),
    # one story against one: a total that grew into its digits reordered stays a note
    ("A tram derailed in Lisbon on Monday, injuring 16 people.",
     "A tram derailed in Lisbon on Monday, injuring 61 people, emergency services said in an updated count."),
    # young voters are no electorate
    ("Turnout in Tuesday's election was 66%, the highest since 1992.",
     "About 42% of young voters cast ballots in Tuesday's election, up from 39% four years ago."),
    # what a shutdown would cost is no cost
    ("The port reopened on Friday after the strike. The shippers' council said a two-week shutdown of the port would "
     "cost about $1.2 billion.",
     "The port reopened on Friday after a strike that cost shippers about $800 million, the shippers' council said."),
    # objections drawn are no attendance; party members taking part are no votes
    ("The housing plan drew objections from 40 residents before Tuesday's council meeting.",
     "About 400 residents attended Tuesday's council meeting on the housing plan."),
    ("Jane Holt won 1,240 votes in Sunday's leadership vote.",
     "More than 3,000 party members took part in Sunday's leadership vote, which Jane Holt won."),
    # two parties of one poll, their digits swapped; a side's fans and the whole crowd (a second reviewer's cases)
    ("The Ipsos survey put the Social Democrats on 21 percent on Sunday.",
     "The Ipsos survey put the Greens on 12 percent on Sunday."),
    ("Celtic beat Rangers 3-1 in front of a crowd of 59,000 at Celtic Park on Sunday.",
     "Celtic beat Rangers 3-1 on Sunday; around 3,000 fans made the trip from Glasgow's south side, police said."),
    # a total and the day's new cases; a speech and a call
    ("Health officials confirmed 12 new cases of measles on Tuesday, bringing the outbreak to a total of 87 cases.",
     "Officials confirmed 12 new measles cases on Tuesday."),
    ("Trump spoke with Putin by phone for two hours on Tuesday, the White House said.",
     "In a 90-minute speech in Ohio on Tuesday, Trump said he had spoken with Putin."),
])
def test_a_reviewer_s_consistent_reports_raise_no_warning(tmp_path: Path, texts: tuple[str, str]) -> None:
    """Reports a reviewer wrote against this session's rules: each pair is consistent; none may be a warning."""
    findings, _ = check(tmp_path, *[("2026-03-12", text) for text in texts])
    assert flagged(findings) == []


def test_one_share_with_its_digits_swapped_in_words_alike(tmp_path: Path) -> None:
    """"put the Green Union on 58%" against "on 85 per cent" in the same survey's words: the slip binds the two
    figures though no verb of the lexicon does (a note before); figures of other digits stay a note."""
    told = ("A Halcyon poll published on Tuesday put the Green Union on {}%, in a survey of 2,004 adults.",
            "The Green Union is on {} per cent, according to a Halcyon survey of 2,004 adults released Tuesday.")
    findings, facts = check(tmp_path, ("2026-03-12", told[0].format(58)), ("2026-03-12", told[1].format(85)))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["58%"], ["85 per cent"]]]
    findings, _ = check(tmp_path / "other", ("2026-03-12", told[0].format(58)), ("2026-03-12", told[1].format(71)))
    assert flagged(findings) == [] and [f.severity for f in findings] == ["info"]


_HAUL = "Robbers stole jewels worth {} from the Mayfair store on Tuesday, police said."


def test_sums_in_two_currencies_no_rate_could_join_disagree_in_a_note(tmp_path: Path) -> None:
    """No rate of the day is known, but none since 1999 makes "€85 million" more than US$200 million: a note, as two
    currencies often tell two things in words alike (rules/agree.py)."""
    findings, facts = check(tmp_path, *[("2026-03-04", _HAUL.format(sum_))
                                        for sum_ in ("€85 million", "€85 million", "more than US$200 million")])
    [finding] = findings
    assert finding.severity == "info"
    assert surfaces(finding, facts) == [["more than US$200 million"], ["€85 million", "€85 million"]]
    assert "at any exchange rate since 1999" in finding.message


def test_sums_in_two_currencies_some_rate_joins_agree(tmp_path: Path) -> None:
    findings, _ = check(tmp_path, *[("2026-03-04", _HAUL.format(sum_)) for sum_ in ("€103 million", "$136 million")])
    assert findings == ()


def test_a_lone_slip_is_told_against_the_figure_of_its_own_digits_beside_other_currencies(tmp_path: Path) -> None:
    """"£880m" alone against a side that says "£88m" and "$136 million", a fourth story's "€2 million" beside them:
    the slip is the pound figure's, though the dollar figure's words are the more alike."""
    other = "Robbers stole jewels worth {} from a Mayfair jeweller on Tuesday."
    findings, facts = check(tmp_path, ("2026-03-04", other.format("£88m")), ("2026-03-04", other.format("£88m")),
                            *[("2026-03-04", _HAUL.format(sum_)) for sum_ in ("$136 million", "£880m", "€2 million")])
    [finding] = flagged(findings)
    assert surfaces(finding, facts) == [["£880m"], ["£88m", "£88m", "$136 million"]]
    assert "a factor of 10" in finding.message


def test_the_story_s_own_event_told_as_another_keeps_its_day(tmp_path: Path) -> None:
    """News tells its own event as one of a series ("another attack"): its day is still the event's, and one story's
    Saturday against three stories' Sunday is a warning. (A reviewer's case: reading "another" as another event's day
    lost every such disagreement.)"""
    findings, facts = check(tmp_path,
                            ("2026-03-09", "Gunmen killed 12 villagers in an attack on Kora on Sunday, officials in "
                                           "Benu province said."),
                            ("2026-03-09", "Gunmen attacked the village of Kora on Sunday, killing 12 villagers, Benu "
                                           "province officials said."),
                            ("2026-03-09", "Twelve villagers were killed when gunmen attacked Kora on Sunday, "
                                           "provincial officials said."),
                            ("2026-03-09", "Gunmen killed 12 villagers in another attack on Kora on Saturday, "
                                           "officials in Benu province said."))
    [finding] = flagged(findings)
    lone, *others = surfaces(finding, facts)
    assert lone == ["Saturday"] and {day for side in others for day in side} == {"Sunday"}


def test_the_next_day_of_an_event_told_by_one_later_story_is_no_warning(tmp_path: Path) -> None:
    """Two aid workers freed on Tuesday, a day after four were freed on Monday: one later story of the next day, in
    words only alike, against two of the first. (A reviewer's case against trusting one verb at 0.4 alike.)"""
    findings, _ = check(tmp_path,
                        ("2026-08-04", "Rebels in northern Kassa freed four aid workers on Monday after holding them "
                                       "for three weeks, the aid group said."),
                        ("2026-08-04", "Four aid workers held by rebels in northern Kassa for three weeks were freed "
                                       "on Monday, their employer said."),
                        ("2026-08-05", "Rebels in northern Kassa freed two more aid workers on Tuesday, a day after "
                                       "releasing four of their colleagues."))
    assert flagged(findings) == []


def test_days_of_one_verb_done_to_two_names_are_two_events(tmp_path: Path) -> None:
    """"beat the Ferris Bears on Sunday" two nights after "beat the Dell City Lions on Friday night": two games, no
    disagreement (a reviewer's case); the Dell City game told as Saturday in a third story still is one."""
    first = ("The Marston Hawks beat the Dell City Lions 3-1 on Friday night at Harbor Arena, with Tomas Rell scoring "
             "twice.")
    second = ("The Marston Hawks beat the Ferris Bears 2-0 on Sunday at Harbor Arena, two nights after their win over "
              "Dell City, with Tomas Rell scoring again.")
    findings, _ = check(tmp_path / "two", ("2026-03-07", first), ("2026-03-07", first.replace(" night", "")),
                        ("2026-03-09", second))
    assert flagged(findings) == []
    findings, facts = check(tmp_path / "one", ("2026-03-07", first), ("2026-03-07", first.replace(" night", "")),
                            ("2026-03-09", first.replace("Friday night", "Saturday")))
    assert [surfaces(f, facts)[0] for f in flagged(findings)] == [["Saturday"]]


_TALKS = ("Negotiators from Avaria and Tesk met in Geneva on Monday for talks on the disputed border, the first such "
          "meeting in two years.",
          "Avarian and Teskan officials met on Monday in Geneva to discuss the border dispute, their first talks in "
          "two years.")


@pytest.mark.parametrize(("later", "flags"), [
    # a later story's later day may be a later meeting of the talks (a reviewer's case)
    ("Avarian and Teskan negotiators met again in Geneva on Tuesday to discuss the border dispute, but made no "
     "progress, officials said.", False),
    # a later story that gives an earlier day tells the same meeting wrong
    ("Avarian and Teskan negotiators met in Geneva on Sunday to discuss the border dispute, officials said.", True),
])
def test_a_later_story_s_later_day_may_be_a_later_event(tmp_path: Path, later: str, flags: bool) -> None:
    findings, _ = check(tmp_path, ("2026-06-02", _TALKS[0]), ("2026-06-02", _TALKS[1]), ("2026-06-03", later))
    assert bool(flagged(findings)) == flags


def test_a_later_story_s_later_day_with_no_word_of_a_series_is_the_day_told_wrong(tmp_path: Path) -> None:
    """A day later, "on Tuesday" where two stories of the day before said "on Monday", nothing telling a second
    crash: the commonest date error of later copy, a warning (a reviewer's case)."""
    crash = "A bus plunged off a mountain road in Kessa province on {day}, killing 14 passengers, police said."
    findings, facts = check(tmp_path, ("2026-03-10", crash.format(day="Monday")),
                            ("2026-03-10", crash.format(day="Monday")), ("2026-03-11", crash.format(day="Tuesday")))
    [finding] = flagged(findings)
    assert surfaces(finding, facts)[0] == ["Tuesday"]


def test_one_game_told_with_two_names_on_two_days_is_a_note_not_silence(tmp_path: Path) -> None:
    """"beat Tottenham 2-1 on Saturday", "beat Spurs 2-1 on Sunday": two names may be two games or one; a note
    (a reviewer's case: dropping such pairs lost the disagreement)."""
    game = "Carrow United beat {name} 2-1 at Carrow Road on {day}, with Jon Marr scoring twice."
    findings, _ = check(tmp_path, ("2026-03-09", game.format(name="Tottenham", day="Saturday")),
                        ("2026-03-09", game.format(name="Spurs", day="Sunday")))
    assert flagged(findings) == [] and [f.severity for f in findings] == ["info"]


def test_a_named_person_s_age_is_one_wherever_they_live(tmp_path: Path) -> None:
    """One named climber's age in two stories is one figure, though one says where he lives ("31-year-old Robert
    Buckley of the U.K. but living in Christchurch" was kept apart as a side event); the people of another place
    stay apart (a reviewer's "800 people living in Tolmont", evacuated from another village)."""
    findings, facts = check(tmp_path / "age",
                            ("2026-03-02", "A climber died in the Pellan Range on Saturday. Police said "
                                           "31-year-old Tomas Vell fell about 600 metres while climbing to a hut."),
                            ("2026-03-02", "A climber died in the Pellan Range on Saturday. The climber, "
                                           "32-year-old Tomas Vell, originally from Essex but living in Caldermoor, "
                                           "slipped on ice and fell."))
    [finding] = flagged(findings)
    assert sorted(facts[i].surface for i in finding.facts) == ["31-year-old", "32-year-old"]
    # a surname alone, or an age of another time, is no sure person's age now (a reviewer's cases)
    findings, _ = check(tmp_path / "others",
                        ("2026-03-02", "A climber died in the Pellan Range on Saturday. Police said "
                                       "31-year-old Tomas Vell fell about 600 metres while climbing to a hut."),
                        ("2026-03-02", "A climber died in the Pellan Range on Saturday. Vell, who was 29 when he "
                                       "climbed Everest from Nepal in 2015, was an experienced mountaineer."),
                        ("2026-03-02", "A climber died in the Pellan Range on Saturday. His father, Dennis Vell, "
                                       "67, of Caldermoor, said his son loved the hills."))
    assert flagged(findings) == []
    findings, _ = check(tmp_path / "people",
                        ("2026-03-02", "Floods forced 5,000 people from their homes in Hallerby on Sunday."),
                        ("2026-03-02", "Floods hit Hallerby on Sunday. Officials evacuated 800 people living in "
                                       "Tolmont, a village 12 km to the east, as a precaution."))
    assert findings == ()


def test_a_count_set_off_after_a_name_is_not_claimed_by_the_main_verb_s_rule(tmp_path: Path) -> None:
    # "alleged to have 19 wives" is what the wives are, not a count of people charged (a running total, which an
    # unknown date leaves a note); a lifetime's "has had 26 wives" is not the 20 he has now
    findings, facts = check(tmp_path,
                            (None, "Halvorsen, alleged to have 19 wives, is charged with practising polygamy."),
                            (None, "Halvorsen, who has had 26 wives and more than 100 children, denies the charge."),
                            (None, "The prosecutor pursued polygamy charges, noting that Halvorsen has 20 wives."))
    [nineteen] = [f for f in facts.values() if f.surface == "19"]  # type: ignore[attr-defined]
    assert nineteen.key == "auto:count:-:wife"  # type: ignore[attr-defined]
    [finding] = flagged(findings)
    assert finding.severity == "warning"
    assert surfaces(finding, facts) == [["19"], ["20"]]


@pytest.mark.parametrize(("kind", "unit", "subject", "sentence", "surface", "key"), [
    # a cue outside the figure's clause loses a tie to a verb inside it: the figure is that verb's
    ("count", None, "wife", "Halvorsen, alleged to have 19 wives, is charged with polygamy.", "19",
     "auto:count:-:wife"),
    ("count", None, "officer", "The gunman took the life of two police officers, critically injured the chief of "
     "police, and fled.", "two", "auto:count:-:officer"),
    # a verb outside the clause wins no tie: a conversion in brackets stays the measure before it
    ("measure", "m", None, "The quake struck at a depth of 10 kilometers (six miles) and its epicenter was located "
     "55 kilometers west of Bireun.", "six miles", "depth"),
])
def test_a_verb_of_the_figure_s_own_clause_wins_a_tie_with_a_cue_outside_it(
        kind: str, unit: str | None, subject: str | None, sentence: str, surface: str, key: str) -> None:
    from factcheck.align import key_of
    from factcheck.rules.loader import load_rules

    start = sentence.index(surface)
    assert key_of(kind, unit, subject, sentence, start, start + len(surface), load_rules()) == key


@pytest.mark.parametrize(("first", "second", "flags"), [
    # all there ever were, no smaller than those there are now: both hold
    ("Halvorsen, who has had 26 wives, was charged with polygamy on Monday.",
     "Prosecutors say Halvorsen has 20 wives and more than 60 children.", False),
    ("The hospital has had 40 patients with the virus, a spokeswoman said.",
     "The hospital has 35 patients with the virus, a spokeswoman said.", False),
    ("The couple have had 11 children, two of whom died in infancy.", "The couple have 9 children.", False),
    # fewer ever than now cannot hold
    ("The Comets have had 9 wins and 3 losses this season.", "The Comets have 10 wins and 3 losses this season.",
     True),
    # what "has" counts of things other than people held is a running total too (a reviewer's cases)
    ("Kern County has had 12 deaths from the virus, health officials said Monday.",
     "Kern County has 9 deaths from the virus, health officials said Monday.", True),
    ("Haaland has had 25 goals in the league this season, the club said.",
     "Haaland has 22 goals in the league this season, the club said.", True),
    # a perfect of what happened, another verb's perfect, "had to": compared as before (a reviewer's cases)
    ("Authorities have had to evacuate 2,000 residents from the riverside districts on Monday.",
     "Authorities evacuated 1,200 residents from the riverside districts on Monday.", True),
    ("Mercy Hospital has had 30 patients admitted since the explosion on Monday.",
     "Mercy Hospital admitted 22 patients after the explosion on Monday, a spokesman said.", True),
    ("Chen, who has had three stints as chief executive, returned to the company on Monday.",
     "Chen, who has served two stints as chief executive, returned to the company on Monday.", True),
    ("The ferry, which had had 120 passengers aboard, sank off the coast on Sunday.",
     "The ferry sank off the coast on Sunday with 150 passengers aboard.", True),
])
def test_a_count_of_all_there_ever_were_holds_beside_a_smaller_count_now(tmp_path: Path, first: str, second: str,
                                                                        flags: bool) -> None:
    findings, _ = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    assert bool(flagged(findings)) is flags


@pytest.mark.parametrize("sentence", [
    "Police named the 17 victims, killed in the warehouse fire on Saturday.",
    "Mourners buried the 11 miners, killed in the explosion on Thursday, at a ceremony in Tolvik.",
])
def test_a_participle_right_after_the_counted_thing_keeps_its_rule(sentence: str) -> None:
    # "the 17 victims, killed in the fire": the participle tells of them, whatever verb stands as near (a reviewer's
    # cases for the tie above)
    from factcheck.align import key_of
    from factcheck.rules.loader import load_rules

    number = next(w for w in sentence.split() if w.isdigit())
    start = sentence.index(number)
    subject = "victim" if "victims" in sentence else "miner"
    assert key_of("count", None, subject, sentence, start, start + len(number), load_rules()) == "killed"


# Lists of figures told alike ("7.6 and 7.4", "7.6 and 7.5"): the figure at one place of two lists whose other places
# agree is one figure, whatever the words around them (bench/gold/realnews: t37_ecb's magnitudes). A reviewer's 83
# story sets (bench/README.md, twentieth session) gave the traps below.


def test_a_figure_at_one_place_of_two_lists_told_alike_is_one_figure(tmp_path: Path) -> None:
    findings, facts = check(
        tmp_path,
        (None, "A relief team was sent to the province after two quakes, measuring 7.6 and 7.4, struck west of "
               "Port Tarn on Sunday."),
        (None, "The 5.9-magnitude aftershock was the strongest of dozens since 7.6 and 7.5 magnitude quakes that "
               "struck off Port Tarn on Sunday."),
        (None, "Dozens of aftershocks followed the 7.6 and 7.5 magnitude quakes that hit Port Tarn on Sunday."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["7.4"], ["7.5", "7.5"]]


@pytest.mark.parametrize("first, second, expected", [
    ("Temperatures in Soren reached 41C and 43C on Monday and Tuesday, the weather service said.",
     "Temperatures in Soren hit 41C and 44C on Monday and Tuesday.", [["43C"], ["44C"]]),
    ("Unemployment in Velmark rose to 6.1% and 6.4% in 2024 and 2025, the statistics office said.",
     "Velmark's jobless rate was 6.1% and 6.7% in 2024 and 2025, according to the statistics office.",
     [["6.4%"], ["6.7%"]]),
])
def test_lists_told_alike_in_other_words(tmp_path: Path, first: str, second: str,
                                         expected: list[list[str]]) -> None:
    findings, facts = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == expected


@pytest.mark.parametrize("first, second", [
    # another list of each sentence, joined by "and", sets them apart: other months, other days, another rate
    ("Hale's support fell to 31% and 29% in March and April, the Norcom survey found.",
     "Hale's support stood at 31% and 27% in March and May, according to Norcom."),
    ("Temperatures in Soren reached 41C and 43C on Monday and Tuesday, the weather service said.",
     "Temperatures in Soren reached 41C and 39C on Monday and Wednesday."),
    ("Inflation and unemployment in Velmark stood at 3.1% and 5.2% in March.",
     "Inflation and the central bank's main rate in Velmark stood at 3.1% and 4.5% in March."),
    # other names right before the lists
    ("The Arlen and Brisk towers stand 320 metres and 280 metres tall.",
     "The Arlen and Corvo towers stand 320 metres and 250 metres tall."),
    ("Trains to Corby left at 7:15 and 7:45 on Monday before the line was closed.",
     "Trains to Dunmore left at 7:15 and 7:30 on Monday before the line was closed."),
    # days of two lists are not bound by them: the festival runs, the roads close
    ("The Soren jazz festival will run on Friday and Saturday, organisers said.",
     "Roads around Soren will close on Friday and Sunday for the jazz festival, police said."),
    # the ages of two groups of people, one age the same by chance: ages of no one named stay uncompared
    ("Police arrested two men, aged 22 and 25, on Sunday after a shooting outside a bar in Marrow Creek.",
     "The victims, two men aged 19 and 25, were shot outside a Marrow Creek bar late Saturday, police said."),
    ("Two officers, aged 31 and 28, were injured during the riot in Tolland on Friday, police said.",
     "Two officers, aged 31 and 44, were suspended after the riot in Tolland on Friday, police said."),
    # lists whose other places disagree too: two other pairs of quakes
    ("Two quakes, measuring 7.6 and 7.4, struck west of Port Tarn on Sunday.",
     "Two quakes, measuring 6.1 and 7.5, struck west of Port Tarn on Sunday."),
    # a figure's digits split by a comma, as text rebuilt from tokens has them: no list
    ("The 13-inch model costs $1, 199 in the US.", "The 13-inch model costs $1, 799 in the US."),
])
def test_lists_of_other_things_are_not_aligned(tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    assert flagged(findings) == []


def test_charges_of_two_offences_are_two_counts(tmp_path: Path) -> None:
    # "two murder charges" and "one kidnapping charge" count two offences (a cause of false alarm on real news: "two
    # counts" of murder against "one count" of kidnapping); before, both counted "charges" and were a warning
    findings, _ = check(tmp_path,
                        ("2026-03-02", "Tomas Verle, 35, was arraigned on Monday on two murder charges in the deaths "
                                       "of his mother and a neighbour."),
                        ("2026-03-02", "Tomas Verle, 35, pleaded not guilty on Monday to one kidnapping charge, "
                                       "prosecutors said."))
    assert findings == ()


def test_murder_charges_and_counts_of_murder_are_one_count(tmp_path: Path) -> None:
    findings, facts = check(tmp_path,
                            ("2026-03-02", "Tomas Verle, 35, was arraigned on Monday on two murder charges in the "
                                           "deaths of his mother and a neighbour."),
                            ("2026-03-02", "Tomas Verle, 35, was arraigned on Monday on three counts of murder, "
                                           "prosecutors said."))
    assert [(f.severity, sorted(map(sorted, surfaces(f, facts)))) for f in findings] == [
        ("warning", [["three counts"], ["two"]])]
    assert findings[0].message.startswith("Counts of murder:")  # not "Number of murders"


@pytest.mark.parametrize("first, second", [
    # "faces", "were filed", "held on": charged, as "charged with" is (a reviewer's court stories)
    ("Corwin Ashby faces four counts of murder over the Fenwick hiker deaths, prosecutors said on Monday.",
     "Corwin Ashby was charged on Monday with three counts of murder over the Fenwick hiker deaths."),
    ("Two counts of murder were filed against Emory Vance on Monday, the Brayton district attorney said.",
     "Prosecutors in Brayton filed three counts of murder against Emory Vance on Monday."),
    ("Prosecutors in Harwick said on Monday that Joel Pratt, 41, faces two murder charges over the fire.",
     "Joel Pratt, 41, was ordered held without bail on Monday on three murder charges over the Harwick fire."),
    # "charged with two murders": two counts of murder
    ("Rolf Anders, 29, was charged on Monday with two murders in the Kelso petrol station shootings.",
     "Rolf Anders, 29, was charged on Monday with three counts of murder, Kelso police said."),
])
def test_counts_of_one_offence_at_one_stage_disagree(tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    assert [f.severity for f in flagged(findings)] == ["warning"]


@pytest.mark.parametrize("first, second", [
    # attempted murder is another offence
    ("Lyle Fenn was charged on Monday with two counts of murder after the Carrow nightclub shooting.",
     "Lyle Fenn was charged on Monday with three counts of attempted murder after the Carrow nightclub shooting."),
    # counts dropped are not the counts that remain
    ("Prosecutors dropped two counts of murder against Hal Denner on Friday.",
     "Hal Denner still faces three counts of murder after prosecutors dropped two others on Friday."),
    # a plea is not a verdict
    ("Hal Denner had pleaded not guilty to three counts of arson at the start of his trial in Corby.",
     "A Corby jury on Thursday found Hal Denner not guilty of two counts of arson and guilty of one."),
    # a toll is not a count of charges
    ("The gunman killed three people at the Carrow nightclub on Saturday, police said.",
     "Lyle Fenn was charged on Monday with two counts of murder over the Carrow nightclub shooting."),
])
def test_counts_of_other_offences_or_stages_are_not_compared(tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    assert flagged(findings) == []


@pytest.mark.parametrize("first, second", [
    # a count under way against the final result (an elections reviewer's story sets)
    ("With 60% of ballots counted late on Sunday, Tomas Brenner led with 49.1% of the vote, the Kelvian election "
     "commission said.", "Final results released on Monday gave Tomas Brenner 50.6% of the vote."),
    ("By 3 p.m. on Sunday, turnout stood at 41.2%, the election commission said.",
     "Final turnout in Sunday's election was 68.2%, the election commission said on Monday."),
    # two rounds of one vote
    ("Brenner won 38.2% of the vote in the first round on February 15.",
     "Brenner won Sunday's runoff with 54.6% of the vote."),
    # the last election, told in a sentence that opens with it
    ("The Social Democrats won 37.4% of the vote on Sunday, official results showed.",
     "In the last election in 2021, the Social Democrats won 33.1% and were pushed into opposition."),
])
def test_a_vote_s_other_stages_are_not_its_result(tmp_path: Path, first: str, second: str) -> None:
    for published in ("2026-03-02", None):
        findings, _ = check(tmp_path / str(published), (published, first), (published, second))
        assert flagged(findings) == []


def test_the_figure_a_change_is_measured_from_is_not_the_new_one(tmp_path: Path) -> None:
    # "rose to 5.2% in February from 4.9% in January": the 4.9% is the old rate, and the new one, 5.2%, is what
    # disagrees with another story's 5.4% (a business reviewer's story sets: before, 4.9% was matched with 5.4%)
    findings, facts = check(
        tmp_path,
        ("2026-03-02", "Valdoria's unemployment rate rose to 5.2% in February from 4.9% in January, the labour "
                       "ministry said."),
        ("2026-03-02", "The jobless rate in Valdoria climbed to 5.4% in February, the highest in three years."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["5.2%"], ["5.4%"]]]


@pytest.mark.parametrize("first, second", [
    # a forecast told in the present, whoever makes it, is not the figure reported
    ("Inflation in Valdoria was 3.1% in January, well above the central bank's 2% target.",
     "The central bank expects inflation to fall to 2.4% by the end of the year, Governor Anya Fell said."),
])
def test_a_forecast_is_not_the_figure_reported(tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    assert flagged(findings) == []


def test_a_company_s_net_loss_is_no_cost_of_damage(tmp_path: Path) -> None:
    # "posted a net loss of $212 million": a figure of its accounts, a warning at most, headed as one
    findings, _ = check(
        tmp_path,
        ("2026-03-02", "Ridgeway Airlines posted a net loss of $212 million for the first quarter, blaming fuel."),
        ("2026-03-02", "Ridgeway Airlines posted a net loss of $221 million for the first quarter, the carrier said."))
    assert [(f.severity, f.rule) for f in flagged(findings)] == [("warning", "company-figures")]


@pytest.mark.parametrize("first, second, flags", [
    # which term of office an election gives is one figure of that election (an elections reviewer's story sets)
    ("President Oren Halvik won a second five-year term on Sunday.",
     "Halvik secured a third term in Sunday's election, official results showed.", True),
    # the term that began years ago is not the one won now
    ("President Oren Halvik, whose first term began in 2016, won re-election on Sunday.",
     "Halvik won a second term on Sunday, official results showed.", False),
])
def test_the_term_an_election_gives(tmp_path: Path, first: str, second: str, flags: bool) -> None:
    findings, _ = check(tmp_path, ("2026-03-02", first), ("2026-03-02", second))
    assert bool(flagged(findings)) is flags


def test_a_figure_up_from_yesterday_s_stays_a_figure_of_the_story(tmp_path: Path) -> None:
    # "75% contained on Wednesday, up from 40% a day earlier": the 40% another story gives for Tuesday evening is that
    # story's figure too, and the two readings of one story leave it a note (bench/gold/invented/dev_pairs4.txt T09,
    # a warning while "up from" made the 40% a figure of no time)
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "The Calder Ridge wildfire was 75% contained on Wednesday, up from 40% a day earlier, after "
                       "burning 12,500 hectares, fire officials said."),
        ("2026-03-12", "Crews had contained 40 per cent of the Calder Ridge fire by Tuesday evening, when it had "
                       "scorched some 11,000 hectares, according to the forestry service."))
    assert flagged(findings) == []


@pytest.mark.parametrize("first, second", [
    # a first reading, since replaced, is not the figure as it stands (a disasters reviewer's story sets, T02, T10)
    ("The quake that shook northern Lisvania on Wednesday was initially measured at magnitude 6.1 before the national "
     "seismic service revised it up to 6.4, officials said.",
     "A magnitude 6.4 earthquake killed three people in northern Lisvania on Wednesday, the seismic service said."),
    ("Fifteen people were initially reported missing after flash floods hit the town of Corra on Wednesday; seven "
     "have since been found alive, leaving eight unaccounted for, police said.",
     "Eight people remain missing after flash floods swept through Corra on Wednesday, police said."),
    # "two years after it eliminated 500 positions": that year's cuts, not this week's (a tech reviewer's T10)
    ("Brightwell said on Wednesday it would cut 1,100 jobs, about 12% of its workforce.",
     "Brightwell announced new job cuts on Wednesday, two years after it eliminated 500 positions."),
    # "four had been arrested by Thursday afternoon": when the count stood so, not the day of the brawl (a crime
    # reviewer's T04)
    ("Two people were arrested Wednesday morning after a fight at Central High School in Brookfield, police said.",
     "Police in Brookfield said four students had been arrested by Thursday afternoon in connection with "
     "Wednesday's cafeteria brawl at Central High School."),
])
def test_a_first_reading_an_earlier_year_s_count_and_a_count_s_deadline_are_not_the_event_s(
        tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-12", first), ("2026-03-12", second))
    assert flagged(findings) == []


def test_the_round_a_fight_was_stopped_in_is_one_figure(tmp_path: Path) -> None:
    # a fight is stopped once: the round it ended in is compared, whoever's (t07_ecbplus: "stopped Tony Thompson in
    # the sixth round" in ten stories); the rounds a story narrates are not
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Wladimir Klitschko stopped Tony Thompson in the sixth round to retain his title belts on "
                       "Saturday night in Bern."),
        ("2026-03-12", "Wladimir Klitschko stopped Tony Thompson in the seventh round on Saturday to keep his "
                       "heavyweight title belts."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["seventh"], ["sixth"]]]
    findings, _ = check(
        tmp_path / "narrated",
        ("2026-03-12", "Klitschko rocked Thompson in the second round and stopped him in the sixth."),
        ("2026-03-12", "Thompson survived a knockdown in the fourth round before Klitschko stopped him in the sixth."))
    assert flagged(findings) == []


def test_the_ages_of_one_described_person_are_a_note(tmp_path: Path) -> None:
    # "An 11-year-old girl" and "A 13-year-old girl" wounded in one shooting: unowned ages told of one person so
    # described are compared (a crime reviewer's G02), as a note: two years apart may be two girls
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "An 11-year-old girl was wounded by a stray bullet while she slept in her bedroom on Ferris "
                       "Avenue late Wednesday, Dunmore police said."),
        ("2026-03-12", "A 13-year-old girl asleep in her Ferris Avenue home was hit in the leg by a stray round "
                       "Wednesday night, according to Dunmore police."))
    [note] = [f for f in findings if "11-year-old" in str(surfaces(f, facts))]
    assert note.severity == "info"
    # a girl's age is never a boy's
    findings, facts = check(
        tmp_path / "boy",
        ("2026-03-12", "An 11-year-old girl was wounded by a stray bullet on Ferris Avenue late Wednesday."),
        ("2026-03-12", "A 13-year-old boy was wounded by a stray bullet on Ferris Avenue late Wednesday."))
    assert not [f for f in findings if "11-year-old" in str(surfaces(f, facts))]


def test_the_minutes_of_two_goals_are_a_sequence(tmp_path: Path) -> None:
    # "scored in the 22nd and 64th minutes" against "his second goal, in the 64th minute ... also scored in the 22nd
    # minute": two goals' minutes, matched crosswise, not one told wrong (a sports reviewer's story sets, T10)
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Lukas Brandt scored twice to reach 300 club goals as Lakeshore City beat Pinewood Athletic "
                       "3-1 on Wednesday. Brandt, 35, scored in the 22nd and 64th minutes."),
        ("2026-03-12", "Lukas Brandt's second goal of the night, in the 64th minute, was the 300th of his club career "
                       "as Lakeshore City beat Pinewood Athletic 3-1 on Wednesday. The veteran striker also scored in "
                       "the 22nd minute."))
    assert flagged(findings) == []


def test_a_time_of_day_told_with_its_day_is_compared_by_the_hour_too(tmp_path: Path) -> None:
    # "at about 2:30 a.m. Thursday" against "around 4 a.m. Thursday": one day, two hours (a crime reviewer's G01;
    # both were read as "Thursday" alone, in agreement)
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "A 29-year-old Harlow man was arrested at about 2:30 a.m. Thursday after a string of car "
                       "break-ins on Birch Street, Harlow police said."),
        ("2026-03-12", "Harlow police arrested a man around 4 a.m. Thursday in connection with a rash of vehicle "
                       "break-ins along Birch Street."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [
        [["2:30 a.m. Thursday"], ["4 a.m. Thursday"]]]
    # an hour that a hedge allows is no disagreement
    findings, _ = check(
        tmp_path / "hedged",
        ("2026-03-12", "A Harlow man was arrested at about 2:30 a.m. Thursday after a string of car break-ins."),
        ("2026-03-12", "Harlow police arrested a man around 2:40 a.m. Thursday after a rash of vehicle break-ins."))
    assert flagged(findings) == []


def test_shortly_after_an_hour_keeps_its_verb(tmp_path: Path) -> None:
    # "a quake struck shortly after 3 a.m.": "after" is the hour's hedge, not a clause of its own, so the time is the
    # quake's, as "struck at 2:15 a.m." is (a disasters reviewer's G03)
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "The earthquake struck at 2:15 a.m. on Wednesday as most residents of Halvik were asleep, "
                       "killing at least 22 people, the civil defence agency said."),
        ("2026-03-12", "Rescuers in Halvik dug through rubble on Wednesday after a magnitude 6.0 quake struck shortly "
                       "after 3 a.m., killing at least 22 people."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["2:15 a.m."], ["3 a.m."]]]


def test_one_named_thing_in_words_nearly_the_same_is_one_figure(tmp_path: Path) -> None:
    # "$50,000 bail" against "$500,000 bail" for one defendant, told in nearly the same words: no verb of the lexicon
    # binds them, yet they are one figure (a crime reviewer's G06, a note before)
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Darnell Price, 31, was ordered held on $50,000 bail at his arraignment in Hale County court "
                       "on Wednesday on charges of armed robbery, prosecutors said."),
        ("2026-03-12", "Darnell Price, 31, was ordered held on $500,000 bail at his arraignment in Hale County "
                       "court on Wednesday on armed robbery charges, prosecutors said."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["$50,000"], ["$500,000"]]]


def test_a_part_of_a_group_told_alike_is_no_disagreement(tmp_path: Path) -> None:
    # "Two of the climbers" are a part of the three, however alike the words (a lists reviewer's T08)
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Three climbers, aged 19, 23 and 31, were rescued from Mount Kessel on Thursday."),
        ("2026-03-12", "Two of the climbers, aged 23 and 31, were treated for frostbite after the Mount Kessel "
                       "rescue on Thursday."))
    assert flagged(findings) == []


def test_the_people_a_company_employs_are_its_employees(tmp_path: Path) -> None:
    # "has 350 employees" against "employs about 520 people": under a verb of the workforce, people are its
    # employees, not a whole the employees are a part of (a tech reviewer's G09)
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Nimbrel said on Wednesday it had raised $150 million. The company has 350 employees and plans "
                       "to hire 100 more this year."),
        ("2026-03-12", "Cloud-storage firm Nimbrel raised $150 million, it announced Wednesday. The company, which "
                       "employs about 520 people, plans to add 100 more this year."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["350"], ["about 520"]]]
    # people killed are still a whole that a count of workers is a part of
    findings, _ = check(
        tmp_path / "killed",
        ("2026-03-12", "The blast at the Dunmore plant killed 12 people on Wednesday, officials said."),
        ("2026-03-12", "The blast at the Dunmore plant killed 9 workers on Wednesday, officials said."))
    assert flagged(findings) == []


@pytest.mark.parametrize("first, second", [
    # a price told beside a measure of what is sold: two models when the measures disagree (a tech reviewer's T15)
    ("The 128GB model of the Aria 5 costs $799, Kestrel said on Wednesday.",
     "The 512GB model of the Aria 5 costs $999, Kestrel said on Wednesday."),
    ("Kestrel's Aria 5 costs $799 with 128GB of storage, the company said on Wednesday.",
     "Kestrel said Wednesday the Aria 5 will cost $999 with 512GB of storage."),
])
def test_prices_of_two_models_told_by_their_measures_are_not_one_price(tmp_path: Path, first: str,
                                                                       second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-12", first), ("2026-03-12", second))
    assert flagged(findings) == []


@pytest.mark.parametrize("first, second", [
    # each figure told with its own day: two moments (a politics reviewer's T23)
    ("About 10,000 people turned out in Varnholm on Tuesday for the first day of protests, police said.",
     "Police said 25,000 people marched in Varnholm on Wednesday, the second day of protests against the law."),
    # each told with its own span: an hour's rain and a storm's (a health and weather reviewer's T13)
    ("Some 85 mm of rain fell in a single hour on Wednesday evening in Kestrel Bay, the weather bureau said.",
     "Storm Petra dropped 240 mm of rain on Kestrel Bay over 36 hours through Thursday morning, the bureau said."),
])
def test_figures_told_with_times_that_disagree_are_of_two_moments(tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-12", first), ("2026-03-12", second))
    assert flagged(findings) == []


def test_a_day_that_owns_a_noun_or_one_span_told_two_ways_sets_no_figure_apart(tmp_path: Path) -> None:
    # "a 22% premium to Friday's close" dates the close, not the price (bench/gold/invented/dev_pairs4.txt G18)
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Telvira agreed on Monday to buy rival Quenby Networks for $2.4 billion in cash, or $31 a "
                       "share, a 22% premium to Friday's close."),
        ("2026-03-12", "In a $4.2bn all-cash deal announced Monday, Telvira will acquire Quenby Networks at $31 per "
                       "share, 22 per cent above the stock's last close on Friday."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["$2.4 billion"], ["$4.2bn"]]]
    # "released over six weeks" and "over six weeks": one span (a politics reviewer's G28)
    findings, facts = check(
        tmp_path / "span",
        ("2026-03-12", "Under the deal announced on Wednesday, the first phase will see 33 hostages released over six "
                       "weeks in return for hundreds of prisoners, mediators said."),
        ("2026-03-12", "The first phase of the agreement will free 19 hostages over six weeks, mediators said on "
                       "Wednesday, in exchange for hundreds of prisoners."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["19"], ["33"]]]


def test_two_lengths_of_one_call_are_one_figure_whatever_the_words(tmp_path: Path) -> None:
    # "spoke by phone for 45 minutes" against "held a 90-minute telephone call": one call has one length (a politics
    # reviewer's G02); not so a prison sentence, where the request and the sentence imposed stand side by side
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Karsenian President Ilya Morrow and Ostrevian Chancellor Beate Lund spoke by phone for 45 "
                       "minutes on Wednesday, discussing gas transit and the stalled border treaty, the presidency "
                       "said."),
        ("2026-03-12", "The leaders of Karsenia and Ostrevia held a 90-minute telephone call on Wednesday, their "
                       "first since December, according to a statement from Chancellor Beate Lund's office."))
    assert [sorted(map(sorted, surfaces(f, facts))) for f in flagged(findings)] == [[["45 minutes"], ["90-minute"]]]


def test_a_running_total_and_a_figure_of_now_told_alike_are_two(tmp_path: Path) -> None:
    # "45 are currently in hospital" against "since the outbreak began, 130 have been admitted": words nearly the same,
    # two figures (a health reviewer's T26, a warning through the rule for words nearly the same)
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Forty-five people are currently in hospital with hantavirus in Sorrel, the regional health "
                       "ministry said Thursday, out of 310 cases recorded since January."),
        ("2026-03-12", "Since the hantavirus outbreak began in January, 130 people in Sorrel have been admitted to "
                       "hospital, the regional health ministry said on Thursday; 310 cases have been recorded in all."))
    assert flagged(findings) == []


def test_a_sum_a_whole_includes_is_a_part_of_it(tmp_path: Path) -> None:
    # "the package includes $800 million for air defence systems": a part of the $3 billion (a politics reviewer's
    # T05)
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Eskaland announced a $3 billion aid package for Pellaria on Wednesday, its largest since the "
                       "war began, Defence Minister Ruth Okafor said."),
        ("2026-03-12", "Eskaland's new aid package for Pellaria includes $800 million for air defence systems, "
                       "Defence Minister Ruth Okafor said on Wednesday."))
    assert flagged(findings) == []


@pytest.mark.parametrize("first, second", [
    # misfires the session's code review found in its own rules: rain stops play in many sets, a fight once
    ("Rain stopped play in the second set on Tuesday.", "Rain stopped play in the third set on Tuesday."),
    # two names joined by "and" own a figure together, not each alone
    ("Obi and Carter had 41 points between them as the Hawks beat the Lions 98-90.",
     "Obi had 24 points as the Hawks beat the Lions 98-90."),
    # a call with another counterpart the same day
    ("Anselm and Lisk spoke for 45 minutes on Tuesday.",
     "Anselm spoke for 20 minutes with the Danish prime minister on Tuesday."),
    # a call the "since" names is an earlier one
    ("The two presidents spoke by phone for an hour on Tuesday, the Kremlin said.",
     "The two presidents spoke by phone on Tuesday, the Kremlin said. It was their first call since a 20-minute "
     "conversation in May."),
    # words nearly the same of two people named by no name in common
    ("He was ordered held on $500,000 bail at a hearing on Tuesday.",
     "She was ordered held on $50,000 bail at a hearing on Tuesday."),
    # a second blast of the day is another event with its own hour
    ("The first blast struck the depot at about 2:30 a.m. Thursday.", "A second blast struck the depot at 4 a.m. "
                                                                       "Thursday."),
])
def test_the_code_review_s_misfires_are_no_disagreements(tmp_path: Path, first: str, second: str) -> None:
    findings, _ = check(tmp_path, ("2026-03-12", first), ("2026-03-12", second))
    assert flagged(findings) == []


def test_a_lone_figure_s_slip_counts_whichever_of_its_links_shows_it() -> None:
    # t43_ecb planted: "around $5.4 million" alone against six stories, its most alike link the "$4.2 billion" in
    # cash of one of them (no slip), its slip shown by the link to "$5.4 billion": one deal told wrong
    from factcheck.align import align
    from factcheck.judge.certainty import _alone_of_one_verb
    from factcheck.judge.groups import Judged
    from factcheck.judge.matching import Conflict
    from factcheck.rules.loader import load_rules
    from factcheck.rules.model import Verdict

    rules = load_rules()

    def story(n: int, text: str) -> Fact:
        [fact] = align([dataclasses.replace(one_fact(text), doc=f"s{n}", id=f"s{n}-f1")], rules)
        return fact

    lone = story(0, "Rival chip maker Corvant moved to buy the graphics firm Lumeo for around $5.4 million.")
    cash = story(1, "Corvant will pay $4.2 billion in cash to buy Lumeo.")
    many = [story(2, "Corvant agreed to buy Lumeo for $5.4 billion, the companies said."),
            story(3, "Corvant is buying Lumeo for $5.4 billion in cash and stock.")]
    verdict = Verdict("they do not overlap")
    judged = Judged(((lone,), (cash, *many)), verdict, (lone, cash))
    assert lone.predicate == many[0].predicate == "buy" and cash.predicate == "pay"
    assert _alone_of_one_verb(judged, [Conflict(lone, cash, 0.6, verdict), Conflict(lone, many[0], 0.4, verdict)])
    # no link that shows a slip: another sum, not the deal's told wrong
    assert not _alone_of_one_verb(judged, [Conflict(lone, cash, 0.6, verdict)])
    # two stories against one are not enough, whatever the slip
    two = Judged(((lone,), (many[0], cash)), verdict, (lone, cash))
    assert not _alone_of_one_verb(two, [Conflict(lone, many[0], 0.4, verdict)])


def test_the_day_of_one_game_told_by_its_score(tmp_path: Path) -> None:
    # one final score between the same two sides names one game, whatever verb tells it ("beat", "lost to")
    findings, facts = check(
        tmp_path,
        ("2026-03-09", "Halden Rovers beat Marsh City 2-1 on Saturday at Kell Park, with Ada Finn scoring twice."),
        ("2026-03-09", "Marsh City lost 2-1 to Halden Rovers on Sunday, their third defeat in a row at Kell Park."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["Saturday"], ["Sunday"]]
    # the game's day told as its own, right before the score
    findings, facts = check(
        tmp_path / "possessive",
        ("2026-03-09", "Halden Rovers beat Marsh City 2-1 on Saturday at Kell Park, with Ada Finn scoring twice."),
        ("2026-03-09", "Ada Finn scored twice in Sunday's 2-1 win for Halden Rovers over Marsh City at Kell Park."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["Saturday"], ["Sunday"]]
    # one story names the sides in full, the other in short
    findings, facts = check(
        tmp_path / "short",
        ("2026-03-09", "Ada Finn scored twice as the Halden Rovers beat the Marsh City Colts 2-1 on Saturday."),
        ("2026-03-09", "Ada Finn scored twice in Halden's 2-1 win over Marsh City at home on Sunday."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["Saturday"], ["Sunday"]]


@pytest.mark.parametrize("other", [
    # the same score against another side: another game, whichever side both sentences name
    "Halden Rovers beat Corran Town 2-1 on Sunday, their third win in a row at Kell Park.",
    "Halden Rovers beat Corran Town 2-1 on Sunday at Kell Park, a week after beating Marsh City.",
    # two days in the sentence: which is the game's?
    "Marsh City lost 2-1 to Halden Rovers on Sunday and host Corran Town on Wednesday at Kell Park.",
    # a day of another event, told as its own ("Saturday's semifinals" after "a 65-53 victory over Drake")
    "Marsh City, beaten 2-1 by Halden Rovers at Kell Park, host Corran Town in Sunday's cup tie.",
    # one game of a series: the next may end the same way (the code review's misfire)
    "Marsh City lost 2-1 to Halden Rovers on Sunday and now trail the series by two games.",
])
def test_a_score_alone_does_not_make_two_days_one_game_s(tmp_path: Path, other: str) -> None:
    findings, _ = check(
        tmp_path,
        ("2026-03-09", "Halden Rovers beat Marsh City 2-1 on Saturday at Kell Park, with Ada Finn scoring twice."),
        ("2026-03-09", other))
    assert flagged(findings) == []


def test_one_person_s_age_whatever_verb_each_sentence_tells(tmp_path: Path) -> None:
    # a person named in full in both stories has one age, told with "scored" in one and "handed ... his first
    # start" in the other; two people who share a surname do not
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Nico Pellander, 19, scored on his first start as Westbridge beat Harrow Vale 2-0 on "
                       "Wednesday."),
        ("2026-03-12", "Westbridge handed 21-year-old Nico Pellander his first start on Wednesday, and he repaid "
                       "the faith with the opener."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["19"], ["21-year-old"]]
    findings, _ = check(
        tmp_path / "brothers",
        ("2026-03-12", "Nico Pellander, 19, scored on his first start as Westbridge beat Harrow Vale 2-0 on "
                       "Wednesday."),
        ("2026-03-12", "Westbridge handed 21-year-old Tomas Pellander his first start on Wednesday, and he repaid "
                       "the faith with the opener."))
    assert flagged(findings) == []


def test_a_player_s_points_told_with_from_and_a_career_high(tmp_path: Path) -> None:
    # "a season-high 37 points from Dario Quell" are Quell's points of the game: against "scored 31 points"
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Dario Quell scored 31 points as the Halverton Pines beat the Corvane Blaze 112-104 on "
                       "Wednesday night."),
        ("2026-03-12", "The Pines kept their streak alive on Wednesday, downing Corvane 112-104 behind a "
                       "season-high 37 points from Dario Quell."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["31"], ["37"]]
    # points at the half are the first half's, not the game's
    findings, _ = check(
        tmp_path / "half",
        ("2026-03-12", "Dario Quell scored 31 points as the Halverton Pines beat the Corvane Blaze 112-104 on "
                       "Wednesday night."),
        ("2026-03-12", "The Pines led 60-51 at the half, paced by 17 points from Dario Quell."))
    assert flagged(findings) == []


def test_a_court_s_split_is_no_game_score(tmp_path: Path) -> None:
    # "ruled 6-3": two rulings of one court on two days are two rulings (the code review's misfire)
    findings, _ = check(
        tmp_path,
        ("2026-03-10", "The Supreme Court ruled 6-3 on Monday that Ohio may enforce its voter ID law, with Justice "
                       "Maren Holt writing for the majority."),
        ("2026-03-13", "Justice Maren Holt wrote Thursday's 6-3 opinion for the Supreme Court striking down a Texas "
                       "tariff on imported lumber."))
    assert findings == ()


def test_an_age_at_another_time_is_not_the_person_s_age_now(tmp_path: Path) -> None:
    # "who lost his father at the age of 12": an age then, not against "Nico Pellander, 21," now
    for then in ("Nico Pellander, who lost his father at the age of 12, scored twice on Saturday as Dunmore beat "
                 "Lodi.", "Nico Pellander made his debut for Dunmore at age 16 and scored twice on Saturday."):
        findings, _ = check(
            tmp_path / str(len(then)),
            ("2026-03-12", "Nico Pellander, 21, scored twice as Dunmore beat Lodi 3-1 on Saturday."),
            ("2026-03-12", then))
        assert flagged(findings) == []


def test_points_at_the_half_in_another_clause_leave_the_game_s_points_alone(tmp_path: Path) -> None:
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "The Foxes trailed 40-38 at the half, but Dario Quell scored 30 points as they beat the Colts "
                       "88-85 on Tuesday."),
        ("2026-03-12", "Dario Quell scored 28 points as the Foxes beat the Colts 88-85 on Tuesday night."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["28"], ["30"]]


def test_a_vote_s_tally_is_no_game_score(tmp_path: Path) -> None:
    # a procedural vote and the final passage, both 52-48: two votes (the second code review's misfire)
    findings, _ = check(
        tmp_path,
        ("2026-03-10", "Senate Democrats won a procedural vote 52-48 on Monday to advance the Clean Water Act, "
                       "setting up a final vote later in the week."),
        ("2026-03-12", "The Senate passed the Clean Water Act 52-48 on Wednesday, sending the bill to the House."))
    assert flagged(findings) == []


def test_points_at_halftime_in_a_relative_clause_leave_the_final_points_alone(tmp_path: Path) -> None:
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Dario Quell, who had just two points at halftime after missing his first eight shots, scored "
                       "30 points as the Jays beat the Owls 81-70 on Wednesday."),
        ("2026-03-12", "Dario Quell scored 34 points as the Jays beat the Owls 81-70 on Wednesday night."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["30"], ["34"]]


def test_an_age_at_death_told_at_the_age_of_is_the_person_s_for_ever(tmp_path: Path) -> None:
    # perturbed t04_ecb: "has died at the age of 850" alone against two stories' 85, a power of ten off however far
    findings, facts = check(
        tmp_path,
        ("", "Bettie Page, the pin-up queen, has died at the age of 850 after suffering a heart attack."),
        ("", "Bettie Page, the pin-up model of the 1950s, died on Thursday at the age of 85, her agent said."),
        ("", "Pin-up icon Bettie Page has died at the age of 85 in Los Angeles."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["85", "85"], ["850"]]


def test_one_case_s_prison_term_told_with_other_verbs(tmp_path: Path) -> None:
    # "sentenced to 12 years in prison" and "will spend 21 years behind bars", in sentences that name the case alike
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "A former bookkeeper was sentenced on Thursday to 12 years in prison for embezzling about $3.8 "
                       "million from the Lindqvist Foundation, a children's charity in Port Avery."),
        ("2026-03-12", "Marcus Dell, the bookkeeper who siphoned roughly $3.8 million out of a Port Avery children's "
                       "charity, will spend 21 years behind bars, a Caldwell County judge ruled today."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["12 years"], ["21 years"]]
    # two terms in sentences that name nobody may be two defendants'
    findings, _ = check(
        tmp_path / "nobody",
        ("2026-03-12", "A former bookkeeper was sentenced on Thursday to 12 years in prison for embezzling."),
        ("2026-03-12", "His accomplice will spend eight years behind bars, the judge ruled today."))
    assert flagged(findings) == []


def test_a_turnout_set_against_an_earlier_one(tmp_path: Path) -> None:
    # a reviewer's G02: "put turnout at 67.1%, against 55.2% four years ago" is this vote's turnout
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Turnout in Sunday's municipal elections in the province of Castemar reached 61.7 percent, the "
                       "provincial electoral commission said on Thursday after completing its final count."),
        ("2026-03-12", "Castemar voters came out in force on Sunday: final figures released Thursday by the provincial "
                       "electoral commission put turnout at 67.1%, against 55.2% four years ago."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["61.7 percent"], ["67.1%"]]


def test_a_poll_share_ahead_of_an_election(tmp_path: Path) -> None:
    # a reviewer's G08: "with 34% ahead of next month's general election" is no rate per head
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "The Democratic Forum leads the race ahead of next month's general election with 38 percent "
                       "support, a Stratum Research poll published on Thursday showed."),
        ("2026-03-12", "A new Stratum Research survey puts the Democratic Forum in front with 34% ahead of next "
                       "month's general election, with the People's Party on 31%."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["34%"], ["38 percent"]]


def test_a_share_of_a_workforce_told_as_its_staff(tmp_path: Path) -> None:
    # an economy reviewer's G23: "8 percent of its workforce" and "12% of its staff" are one share of one company
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Software group Kindra will lay off about 8 percent of its workforce, chief executive Tomas "
                       "Brunn told staff in a memo on Tuesday."),
        ("2026-03-12", "Kindra, the software company, is shedding roughly 12% of its staff, according to an internal "
                       "memo sent by CEO Tomas Brunn on Tuesday."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["about 8 percent"], ["roughly 12%"]]


def test_flights_cancelled_and_scrapped(tmp_path: Path) -> None:
    # a transport reviewer's G15: cancelled and scrapped are one verb's
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Morrow International Airport cancelled 320 flights on Wednesday as heavy snow and freezing "
                       "rain swept the region, the airport said."),
        ("2026-03-12", "About 230 flights were scrapped at Morrow International on Wednesday because of snow and "
                       "freezing rain, airport officials said."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["320"], ["About 230"]]


def test_one_person_s_age_named_with_a_role_before_the_name(tmp_path: Path) -> None:
    # a people reviewer's G01: "Novelist Oriana Fessel ... died at 84" and "Oriana Fessel, the 87-year-old novelist"
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Novelist Oriana Fessel, whose sagas of fishing families sold millions of copies, died at 84 on "
                       "Tuesday at her home in Port Amery, her publisher said."),
        ("2026-03-12", "Greyling House announced on Thursday the death of Oriana Fessel, the 87-year-old novelist "
                       "behind the bestselling \"Salt Harbour\". She died on Tuesday at home in Port Amery."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["84"], ["87-year-old"]]


def test_a_toll_of_a_district_or_a_town_near_the_event_s_place_is_another_place_s(tmp_path: Path) -> None:
    # the session's second code review: a place written beside another ("Dorna, the worst-hit district of Ostra
    # province", "near Vell, about 80 kilometres north of Ostra") is a place of its own
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Floods have killed 45 people in Ostra province since Sunday, officials said."),
        ("2026-03-13", "Twelve people died in Dorna, the worst-hit district of Ostra province, officials said."))
    assert flagged(findings) == []
    findings, _ = check(
        tmp_path / "quakes",
        ("2026-03-12", "A magnitude 6.4 earthquake struck near Ostra on Tuesday, the geological survey said."),
        ("2026-03-13", "A magnitude 5.1 quake also hit near Vell, about 80 kilometres north of Ostra, on Tuesday."))
    assert flagged(findings) == []


def test_state_and_federal_charges_are_two_counts(tmp_path: Path) -> None:
    # a court reviewer's T34: two state charges and five federal charges against one defendant
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "Tessa Vane faces two state charges in Ardis County, prosecutors said on Monday."),
        ("2026-03-12", "Tessa Vane was arraigned on Monday on five federal charges in Ardis."))
    assert flagged(findings) == []


def test_one_person_s_age_with_a_title_before_the_name(tmp_path: Path) -> None:
    # the session's second code review: "Senator Rhea Moss, 61" and "Rhea Moss, 64" are one person's ages; "Mary Ann
    # Dorsey, 62" opening a sentence and "Ann Dorsey, 35" two people's
    findings, facts = check(
        tmp_path,
        ("2026-03-12", "Police said Senator Rhea Moss, 61, was among the dead in the Kell hotel fire."),
        ("2026-03-12", "Rhea Moss, 64, a senator for the Kell district, died in the hotel fire, police said."))
    [found] = flagged(findings)
    assert sorted(surfaces(found, facts)) == [["61"], ["64"]]
    findings, _ = check(
        tmp_path / "dorsey",
        ("2026-03-12", "Mary Ann Dorsey, 62, was rescued from the burning house in Harwick on Sunday."),
        ("2026-03-12", "Firefighters found the body of Ann Dorsey, 35, in the burning house in Harwick on Sunday."))
    assert flagged(findings) == []


def test_two_given_names_are_two_people_and_two_companies_two_workforces(tmp_path: Path) -> None:
    # the session's code review: "Mary Ann Dorsey, 64" and "Ann Dorsey, 38" may be mother and daughter; Harlow's
    # workforce and its supplier's staff are two companies'
    findings, _ = check(
        tmp_path,
        ("2026-03-12", "A house fire in Harwick killed two people on Sunday. Firefighters rescued Mary Ann Dorsey, 64, "
                       "from an upstairs window."),
        ("2026-03-12", "Two people died in a house fire in Harwick on Sunday. Neighbours said Ann Dorsey, 38, had "
                       "tried to reach her children."))
    assert flagged(findings) == []
    findings, _ = check(
        tmp_path / "companies",
        ("2026-03-12", "Harlow Motors is cutting 8% of its workforce as demand for its sedans slumps."),
        ("2026-03-12", "The slump is spreading: Dunmore Parts, which supplies Harlow Motors with gearboxes, is cutting "
                       "15% of its staff."))
    assert flagged(findings) == []


def test_the_attendance_is_the_crowd(tmp_path: Path) -> None:
    """"A crowd of 18,412" against "The attendance of 14,812": one crowd (a sports reviewer's G15; the attendance
    was read as no count of people, and the crowd as a count of Dunmore, "watched" read as a participle)."""
    findings, facts = check(
        tmp_path, ("2026-03-12", "A crowd of 18,412 watched Dunmore beat Calder 2-1 in the cup tie on Wednesday."),
        ("2026-03-12", "The attendance of 14,812 was a record for Wednesday's cup tie, which Dunmore won 2-1."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["18,412"], ["14,812"]]]


def test_troops_and_soldiers_are_one_group_and_boys_and_girls_two(tmp_path: Path) -> None:
    # a world-news reviewer's G05: "1,200 troops" and "2,100 soldiers" sent to one mission are one count told two
    # ways (compared: a note, no verb of the lexicon binds "send" and "deploy"); "two boys" and "three girls" are two
    findings, facts = check(
        tmp_path / "troops",
        ("2026-03-12", "The Coastal Union will send 1,200 troops to reinforce the peacekeeping mission along the "
                       "Ostrava Line, its defence council decided on Wednesday."),
        ("2026-03-12", "The Coastal Union's defence council agreed on Wednesday to deploy 2,100 soldiers to reinforce "
                       "the peacekeeping force monitoring the Ostrava Line."))
    assert [sorted(surfaces(f, facts)) for f in findings] == [[["1,200"], ["2,100"]]]
    findings, _ = check(
        tmp_path / "children",
        ("2026-03-12", "Two boys were rescued from the river on Wednesday, police said."),
        ("2026-03-12", "Three girls were rescued from the river on Wednesday, police said."))
    assert findings == ()
    findings, _ = check(
        tmp_path / "officers",
        ("2026-03-12", "Two police officers were killed in the ambush near Dorn on Wednesday, the ministry said."),
        ("2026-03-12", "Three soldiers were killed in the ambush near Dorn on Wednesday, the ministry said."))
    assert flagged(findings) == []


def test_two_times_a_story_gives_as_alternatives_are_not_one_told_wrong(tmp_path: Path) -> None:
    # ECB+ t06_ecb: "a release likely for late 2009 or early 2010" against "to release the film towards the end of
    # 2009 or early 2010": each story says either; neither "2009" nor "early 2010" is its one date
    findings, _ = check(tmp_path,
                        (None, "Studio Vellum plans a release of Harbour Lights for late 2009 or early 2010."),
                        (None, "Studio Vellum is planning to release Harbour Lights towards the end of 2009 or early "
                               "2010."))
    assert flagged(findings) == []


def test_the_part_of_a_period_names_no_event_of_a_time(tmp_path: Path) -> None:
    # MEANTIME (Wikinews) GM and Ford: "by the end of 2010" and "at the end of 2009" were two days of one "end"
    findings, _ = check(tmp_path,
                        ("2009-05-15", "Corvane intends to reduce that number to 3,605 by the end of 2010."),
                        ("2010-01-28", "Belmont said it had $3 billion of debt at the end of 2009."))
    assert flagged(findings) == []


def test_two_plans_told_months_apart_may_have_moved(tmp_path: Path) -> None:
    # MEANTIME (Wikinews) Airbus: "which it will begin to fly in 2009" (June 2005) against "Boeing will begin
    # production in 2006" (January 2005): dates set ahead in stories months apart, another plan's or a plan moved
    findings, _ = check(tmp_path,
                        ("2005-06-13", "Qatar Airways will begin to fly the new jets in 2009."),
                        ("2005-01-29", "Boeing will begin production of the new jets in 2006."))
    assert flagged(findings) == []
    # the same plan told the same week is one date
    findings, facts = check(tmp_path / "week",
                            ("2005-06-13", "Qatar Airways will begin to fly the new jets in 2009."),
                            ("2005-06-14", "Qatar Airways will begin to fly the new jets in 2010."))
    assert [surfaces(f, facts) for f in flagged(findings)] == [[["2009"], ["2010"]]]


def test_a_day_told_without_its_year_agrees_with_that_day_of_a_written_year(tmp_path: Path) -> None:
    # ECB+ t16_ecbplus: "a June 20 shooting" (a story of 2007, read as June 20, 2006) against "June 20, 2005";
    # MEANTIME: "since September 11th" against "September 11, 2001": the first's year was only guessed
    findings, _ = check(tmp_path,
                        ("2007-03-20", "Ortiz was investigating a June 20 shooting in Hawaiian Gardens when he was "
                                       "shot."),
                        ("2007-04-02", "Ortiz was investigating a June 20, 2005 shooting in Hawaiian Gardens when he "
                                       "was shot."))
    assert findings == ()


# A code reviewer's pairs of the twenty-fifth session: each a misfire of a change of that session (now mended) or a
# disagreement it must still find. (warnings and errors, notes) as factcheck reads them.
_REVIEW25 = {
    "a plural noun after 'and' is no present verb": (
        ("2026-03-02", "Ford said on Monday it would close its Dearborn engine plant. The company shut its Wixom plant "
                       "in 2007 and reports say 1,500 workers lost their jobs."),
        ("2026-03-02", "Ford said on Monday it would close its Dearborn engine plant, where 600 workers will lose "
                       "their jobs."), (0, 0)),
    "a state of the sentence's subject, not the count's": (
        ("2026-03-02", "A Seattle man was charged on Monday in a string of killings of women. Gary Ridgway was "
                       "convicted of killing 48 women in 2003 and is serving life without parole."),
        ("2026-03-02", "A Seattle man was charged on Monday with killing 4 women, prosecutors said."), (0, 0)),
    "a state after another time written before the count": (
        ("2026-03-02", "A tsunami struck the coast of Sumatra on Sunday. Of the 230,000 killed in the 2004 tsunami, "
                       "40,000 are still missing."),
        ("2026-03-02", "A tsunami struck the coast of Sumatra on Sunday. 300 people were missing, officials said."),
        (0, 0)),
    "'added' before a clause is a remark": (
        ("2026-03-02", "A bus carrying schoolchildren overturned on Interstate 5 near Redding on Monday. Police "
                       "spokesman Tom Ray added 12 people were taken to hospital."),
        ("2026-03-02", "A bus carrying schoolchildren overturned on Interstate 5 near Redding on Monday. Mercy Medical "
                       "Center spokeswoman Jane Doe added 15 people were taken to hospital."), (0, 1)),
    "a crowd after 'with' is nobody's stat": (
        ("2026-03-02", "The Knicks beat the Celtics 102-95 on Sunday. Richard Carter scored 20 points with 18,000 fans "
                       "on hand at Madison Square Garden."),
        ("2026-03-02", "The Knicks beat the Celtics 102-95 on Sunday. Mike Jones added 14 points with 19,500 fans on "
                       "hand at Madison Square Garden."), (0, 1)),
    "laps to go are no leader's": (
        ("2026-03-02", "Matt Kenseth led the race with 40 laps to go before a caution bunched the field at Daytona."),
        ("2026-03-02", "Matt Kenseth led the race with 10 laps to go, but Jimmie Johnson passed him on the final "
                       "restart at Daytona."), (0, 0)),
    "'to name' is a verb": (
        ("2026-03-02", "The NBA is expected to name the All-Star reserves on Thursday, the league said."),
        ("2026-03-02", "The NBA is expected to name the All-Star reserves on Friday, the league said."), (1, 0)),
    "'or' before a verb gives no alternative date": (
        ("2026-02-10", "General Motors said its Lordstown plant will close on March 6 or be sold to a buyer, ending 60 "
                       "years of production."),
        ("2026-02-10", "General Motors said its Lordstown plant will close on March 13, ending 60 years of "
                       "production."), (0, 1)),
    "the start of a season on its own day": (
        ("2026-03-02", "The start of the 2026 season on March 26 will go ahead despite the labor dispute, the league "
                       "said on Monday."),
        ("2026-03-02", "The league said on Monday the season will start on March 27 despite the labor dispute."),
        (0, 1)),
    "a plan told twelve days apart": (
        ("2009-04-20", "NASA said the shuttle Atlantis will launch on May 11 on a mission to repair the Hubble Space "
                       "Telescope."),
        ("2009-05-02", "NASA said the shuttle Atlantis will launch on May 12 on a mission to repair the Hubble Space "
                       "Telescope."), (1, 0)),
    "a slip of a named quarter months apart": (
        ("2009-01-10", "General Motors said it lost $2.5 billion in the third quarter of 2008."),
        ("2009-03-20", "General Motors, which lost $2.5 million in the third quarter of 2008, asked for more federal "
                       "aid."), (1, 0)),
}


_REVIEW25.update({  # the second reviewer's
    "a day of this year against its year told wrong": (
        ("2026-01-05", "Two people were killed in a shooting at a bar in Dayton on Jan. 3, police said."),
        ("2026-01-06", "Police in Dayton said two people died in the shooting at the bar on Jan. 3, 2025."), (0, 1)),
    "two alternatives, neither the other's": (
        ("2026-02-10", "The vote on the stimulus package will be held on Monday or Tuesday, Senate leaders said."),
        ("2026-02-10", "Senate leaders said the vote on the stimulus package will be held on Thursday."), (0, 1)),
    "an alternative the other story gives": (
        ("2026-02-10", "The suspect was arrested Sunday and was charged Monday or Tuesday with two counts of murder."),
        ("2026-02-11", "The suspect was arrested Saturday and charged Monday with two counts of murder."), (1, 0)),
    "a day set ahead months apart": (
        ("2026-01-10", "The midterm elections on Nov. 3, 2026, will decide control of the House."),
        ("2026-03-20", "Both parties are raising money ahead of the midterm elections on Nov. 4, 2026, which will "
                       "decide control of the House."), (1, 0)),
    "a storm's damage slipped months apart": (
        ("2026-01-10", "The storm caused an estimated $125 billion in damage across Texas and Louisiana."),
        ("2026-03-20", "The storm, which caused an estimated $125 million in damage across Texas and Louisiana, was "
                       "the costliest of the year."), (1, 0)),
    "the dead of another year's explosion": (
        ("2026-03-02", "An explosion at the Crandall mine in West Virginia on Saturday trapped 12 miners. Eleven "
                       "miners are among the dead in the 2010 explosion at the same mine."),
        ("2026-03-02", "Four miners were killed and 12 were trapped in an explosion at the Crandall mine on Saturday, "
                       "officials said."), (0, 0)),
    "a bare count after a list of another's stats": (
        ("2026-03-02", "Mendez finished with 24 points, 13 rebounds and six assists, and Harris added 18 as Duke beat "
                       "Clemson 81-70 on Saturday."),
        ("2026-03-02", "Duke beat Clemson 81-70 on Saturday behind 24 points from Mendez. Harris had 18 points and "
                       "four assists."), (0, 0)),
    "a remark whose figure opens a clause": (
        ("2026-03-02", "Sheriff Bob Kane added 3 suspects in the bank robbery remain at large after Friday's heist in "
                       "Ocala."),
        ("2026-03-02", "Five suspects in Friday's bank robbery in Ocala remain at large, the sheriff's office said."),
        (1, 0)),
    "a present that opens a past clause": (
        ("2026-09-01", "Hurricane Delia slammed into Louisiana on Sunday, flooding thousands of homes. The state "
                       "studied Hurricane Katrina in 2006 and estimates 1,833 people died in that storm."),
        ("2026-09-01", "Hurricane Delia left 40 people dead in Louisiana on Sunday, officials said."), (0, 0)),
    "'names' after a lower-case subject": (
        ("2026-03-02", "The Dallas school board names 3 finalists for superintendent, with a final vote set for "
                       "April."),
        ("2026-03-02", "The Dallas school board on Monday named four finalists for superintendent and will vote in "
                       "April."), (1, 0)),
    "a stat after 'with' against another story's": (
        ("2026-03-02", "Jokic had 27 points and 14 rebounds, and Murray added 22 points with eight assists as Denver "
                       "beat Utah on Sunday."),
        ("2026-03-02", "Murray had 22 points and 6 assists in Denver's win over Utah on Sunday."), (1, 0)),
})


_REVIEW25.update({  # the third reviewer's
    "', or' adds a second figure, no alternative": (
        ("2026-02-05", "The new bridge will cost $2.1 billion, or $400 million more than planned, officials said "
                       "Wednesday."),
        ("2026-02-05", "The new bridge will cost $2.3 billion, or $400 million more than planned, officials said "
                       "Wednesday."), (1, 0)),
    "a sale of a named year slipped months apart": (
        ("2019-01-10", "The Salvator Mundi painting sold for $450 million at Christie's in 2017, a record for any "
                       "artwork."),
        ("2019-05-15", "The Salvator Mundi painting, which sold for $450 billion at Christie's in 2017, has not been "
                       "seen in public since."), (0, 1)),
    "a present that recalls a past clause": (
        ("2025-10-15", "A magnitude 6.1 earthquake shook San Francisco on Wednesday, toppling chimneys and cutting "
                       "power. Maria Lopez, 71, survived the 1989 earthquake and recalls 63 people died that day."),
        ("2025-10-15", "A magnitude 6.1 earthquake shook San Francisco on Wednesday, killing 3 people and cutting "
                       "power to thousands."), (0, 0)),
    "'start at the beginning of' is a start, no price": (
        ("2026-02-10", "Hyundai said production at the Georgia plant will start at the beginning of 2027 with 300 "
                       "workers."),
        ("2026-02-10", "Hyundai said production at the Georgia plant will begin in 2027 with 1,300 workers."), (1, 0)),
    "a weekday fixes the year of a day": (
        ("2026-01-05", "The Ravens beat the Steelers 27-20 on Sunday, Dec. 28, to clinch the AFC North title."),
        ("2026-01-05", "The Ravens beat the Steelers 27-20 on Dec. 28, 2024, to clinch the AFC North title."), (0, 1)),
    "'The team names' is a verb": (
        ("2026-02-20", "The New York Rangers named 2 alternate captains on Friday, coach Peter Laviolette said."),
        ("2026-02-20", "The team names 3 alternate captains, coach Peter Laviolette said Friday."), (1, 0)),
    "people freed are no longer held": (
        ("2025-10-21", "Two men arrested last week are free on bond, police said Tuesday. They were charged in the "
                       "killing of a Fresno store clerk."),
        ("2025-10-20", "Police have arrested three men in the killing of a Fresno store clerk, a spokesman said "
                       "Monday."), (0, 0)),
    "three alternatives, one the other story's": (
        ("2026-03-02", "The hearing will be held on Thursday, Friday or Monday, the court said."),
        ("2026-03-02", "The hearing will be held on Thursday, the court said."), (0, 0)),
    "three alternatives, none the other story's": (
        ("2026-03-02", "The hearing will be held on Thursday, Friday or Monday, the court said."),
        ("2026-03-02", "The hearing will be held on Tuesday, the court said."), (0, 1)),
    "an alternative the other story gives, again": (
        ("2026-03-04", "The driver was arrested on Monday or Tuesday, police said. The crash killed 4 people."),
        ("2026-03-04", "The driver was arrested on Tuesday, police said. The crash killed 4 people."), (0, 0)),
})


@pytest.mark.parametrize("case", _REVIEW25)
def test_a_reviewer_s_pairs_of_the_twenty_fifth_session(tmp_path: Path, case: str) -> None:
    first, second, expected = _REVIEW25[case]
    findings, _ = check(tmp_path, first, second)
    assert (len(flagged(findings)), sum(f.severity == "info" for f in findings)) == expected


def test_a_plan_s_day_told_done_by_one_story_leaves_two_done_days_at_odds(tmp_path: Path) -> None:
    """A plan (May 11, told May 1), the launch told done on Saturday (May 11, told that day) and on May 12 (told May
    13): the two done days disagree, whatever the plan beside them (a third reviewer's pair)."""
    findings, facts = check(
        tmp_path,
        ("2024-05-01", "The Halcyon lunar probe will launch on May 11 from the Serra spaceport, the agency said."),
        ("2024-05-11", "The Halcyon lunar probe launched on Saturday from the Serra spaceport."),
        ("2024-05-13", "The Halcyon lunar probe launched on May 12 from the Serra spaceport."))
    [finding] = flagged(findings)
    assert sorted(map(sorted, surfaces(finding, facts))) == [["May 11", "Saturday"], ["May 12"]]


def test_the_first_set_of_a_count_is_no_plan_given_up(tmp_path: Path) -> None:
    """"The first set of results is due on May 3": a plan word followed by "of" plans nothing, so its day answers
    nothing (a third reviewer's pair: the final count's May 3 against May 9 is a note, as before plans given up)."""
    findings, _ = check(
        tmp_path,
        ("2024-04-29", "The first set of results is due on May 3 and the final count on May 9, the electoral board "
                       "said."),
        ("2024-04-29", "The final count is due on May 3, the electoral board said."))
    assert [f.severity for f in findings] == ["info"]
