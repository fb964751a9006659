"""A name the user says is an animal's: recorded once in who-is-who, its person flags cleared in review."""
from __future__ import annotations

from datetime import date

import pytest

from liblitz_app.companion.identity import load_people, save_people
from liblitz_app.enrichment import Flag, FlagKind, KnownPerson, Proposal, Span, WhoIsWho, check_proposal
from liblitz_app.memory import Emotion, MemoryFields
from liblitz_app.review import ReviewBook, counts
from liblitz_app.review.animals import NotAnAnimal, named_by, record_an_animal, without_animals
from liblitz_app.review.book import submit
from liblitz_app.store.ledger import Ledger
from tests.unit.review.conftest import released

DAY = date(2026, 3, 2)
WALK = "Balade au lac avec Inès et Vasco, il faisait doux."
FERRY = "Ferry to Yell with Vasco this morning, the crossing was rough."


def _waiting(ledger: Ledger, text: str, persons: tuple[str, ...]) -> int:
    memory_id = released(ledger, text)
    reflection = "Je suis contente pour toi." if text == WALK else "I'm glad for you."
    proposal = Proposal(fields=MemoryFields(emotion=Emotion.JOY, intensity=5, persons=persons, reflection=reflection))
    submit(ledger, memory_id, proposal, check_proposal(text, DAY, proposal))
    return memory_id


def _kinds(ledger: Ledger, memory_id: int) -> list[FlagKind]:
    pending = ReviewBook(ledger).pending(memory_id)
    assert pending is not None
    return [f.kind for f in pending.flags]


def test_an_animal_told_once_clears_its_flags_on_every_waiting_proposal(ledger: Ledger) -> None:
    walk, ferry = _waiting(ledger, WALK, ("Inès",)), _waiting(ledger, FERRY, ())
    assert FlagKind.PERSON_DROPPED in _kinds(ledger, walk)  # the guards took Vasco for someone
    pending = ReviewBook(ledger).pending(walk)
    assert pending is not None
    flag = next(f for f in pending.flags if f.kind is FlagKind.PERSON_DROPPED)
    assert named_by(flag, {"original": WALK}) == "Vasco"

    record_an_animal(ledger, "Vasco")
    assert FlagKind.PERSON_DROPPED not in _kinds(ledger, walk)
    assert FlagKind.PERSON_DROPPED not in _kinds(ledger, ferry)
    assert counts(ledger).flagged == 0 and counts(ledger).clean == 2  # "accept all" may take them now
    known = load_people(ledger).find("vasco")
    assert known is not None and known.an_animal
    # and the guards know it for every proposal after
    later = Proposal(fields=MemoryFields(emotion=Emotion.JOY, intensity=5, persons=("Inès",)))
    assert not check_proposal(WALK, DAY, later, people=load_people(ledger))


def test_an_animal_listed_among_the_persons_keeps_its_flag() -> None:
    """Told an animal, a name missing from the persons is no one's to keep; listed among them, it is still wrong."""
    people = WhoIsWho((KnownPerson("Vasco", "animal"),))
    values = {"original": WALK, "persons[0]": "Inès", "persons[1]": "Vasco"}
    dropped = Flag(FlagKind.PERSON_DROPPED, "", "", "persons", (Span("original", WALK.index("Vasco"),
                                                                     WALK.index("Vasco") + 5),))
    invented = Flag(FlagKind.PERSON_INVENTED, "", "", "persons", (Span("persons[1]", 0, 5),))
    assert without_animals((dropped, invented), values, people) == (invented,)
    later = Proposal(fields=MemoryFields(emotion=Emotion.JOY, intensity=5, persons=("Inès", "Vasco")))
    assert FlagKind.PERSON_INVENTED in {f.kind for f in check_proposal(WALK, DAY, later, people=people)}


def test_someone_recorded_as_a_person_is_not_made_an_animal(ledger: Ledger) -> None:
    save_people(ledger, WhoIsWho((KnownPerson("Inès", "fille"),)))
    walk = _waiting(ledger, WALK, ())
    before = _kinds(ledger, walk)
    with pytest.raises(NotAnAnimal):
        record_an_animal(ledger, "Inès")
    assert _kinds(ledger, walk) == before
    known = load_people(ledger).find("Inès")
    assert known is not None and known.relation == "fille"


def test_a_name_recorded_twice_is_recorded_once(ledger: Ledger) -> None:
    record_an_animal(ledger, "Vasco")
    record_an_animal(ledger, " vasco ")
    assert [p.name for p in load_people(ledger).people] == ["Vasco"]
