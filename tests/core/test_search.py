"""Finding events by words and filtering them: the rules the events list and the timeline show (no Qt)."""

from __future__ import annotations

from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
from sco_app.core.search import EventFilters, EventIndex, words

PACK = load_pack(lessons_dir() / "sco-balancing")


def _event(event_id: str):
    return PACK.event(event_id)


def test_no_filter_shows_everything():
    """With no filter on, every event is shown and no filter is named as hiding it."""
    filters = EventFilters()
    assert not filters.active
    assert all(filters.shows(e) and filters.hiding(e) == () for e in PACK.events)


def test_each_filter_names_itself_when_it_hides_an_event():
    """An event outside the chosen theory, lane and country is hidden by all three, named in field order."""
    tulip = _event("tulip-revolution")
    filters = EventFilters(theories=frozenset({"balance-of-interests"}), lanes=frozenset({"exercises"}),
                           actors=frozenset({"IND"}))
    assert filters.active and not filters.shows(tulip)
    assert filters.hiding(tulip) == ("theories", "lanes", "actors")
    assert EventFilters(actors=frozenset({"KGZ"})).hiding(tulip) == ()


def test_words_are_case_folded():
    """A search is by words, in any case."""
    assert words("  Peace MISSION ") == ["peace", "mission"]


def test_every_word_must_match_title_description_or_actor():
    """"Shang" finds the Shanghai events; a country code finds its events; all words must be there."""
    index = EventIndex(PACK.events, "en", PACK.languages)
    shanghai = [PACK.events[k].id for k in index.matching("Shang")]
    assert "shanghai-convention" in shanghai and "tulip-revolution" not in shanghai
    kyrgyz = [e.id for e in PACK.events if "KGZ" in e.actors]
    assert kyrgyz and set(kyrgyz) <= {PACK.events[k].id for k in index.matching("kgz")}
    found = index.matching("peace mission 2007")
    assert "peace-mission-2007" in [PACK.events[k].id for k in found] and all(PACK.events[k].id != "peace-mission-2016" for k in found)
    assert all(all(word in index.texts[k] for word in ("peace", "mission", "2007")) for k in found)
    assert len(index.matching("")) == len(PACK.events)


def test_search_is_in_the_students_language():
    """Indonesian titles are searched when the student reads Indonesian."""
    index = EventIndex(PACK.events, "id", PACK.languages)
    assert "tulip-revolution" in [PACK.events[k].id for k in index.matching("revolusi tulip")]


def test_find_splits_matches_by_the_filters_and_names_the_hiding_one():
    """With a country filter on, a search lists the shown matches apart from the hidden ones and names the filter."""
    index = EventIndex(PACK.events, "en", PACK.languages)
    found = index.find("tulip", EventFilters(actors=frozenset({"IND"})))
    assert found.shown == () and found.hidden == ("tulip-revolution",) and found.hiding == ("actors",)
    everything = index.find("tulip", EventFilters())
    assert everything.shown == ("tulip-revolution",) and everything.hidden == () and everything.hiding == ()
