"""A name the user says is an animal's: who-is-who learns it once, and the flags that took it for someone go.

The guards cannot tell a dog from a friend when the memory only says « Vasco et Skye m'ont attendue » (blind sets
holdout516 and holdout526: two named dogs, flagged as dropped persons in memory after memory). Who-is-who can: an
animal recorded there is never a person to keep nor to list. A proposal, once written, is never altered (its flags
with it): the review queue reads its person flags through who-is-who instead, so one answer clears that name's flags
on every proposal waiting, and the guards know it for every proposal after.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..companion.identity import load_people, save_people
from ..enrichment import Flag, FlagKind, KnownPerson, WhoIsWho
from ..errors import UserError
from ..store.ledger import Ledger

# The flag that takes a name for someone to keep: missing from the persons. (One that says a listed name is no one
# stays: an animal listed among the persons is still wrong.)
TAKEN_FOR_SOMEONE = FlagKind.PERSON_DROPPED
RELATION = "animal"


class NotAnAnimal(UserError, ValueError):
    """Who-is-who records this name as a person: the user changes that there, not from a flag."""

    sentence = ("« {name} » est noté comme une personne : pour en faire un animal, changez sa relation dans"
                " « Sa fiche ».")


def named_by(flag: Flag, values: dict[str, str]) -> str:
    """The name a flag takes for someone to keep: the memory's words its first span marks."""
    if flag.kind is not TAKEN_FOR_SOMEONE or not flag.spans:
        return ""
    span = flag.spans[0]
    return " ".join(values.get(span.target, "")[span.start:span.end].split())


def record_an_animal(ledger: Ledger, name: str) -> None:
    """Record `name` as an animal in who-is-who (journaled, as every who-is-who edit); already recorded as one,
    nothing changes."""
    name = " ".join(name.split())
    people = load_people(ledger)
    known = people.find(name)
    if known is not None and not known.an_animal:
        raise NotAnAnimal(name=name)
    if known is None:
        save_people(ledger, WhoIsWho((*people.people, KnownPerson(name, RELATION))))


def without_animals(flags: Sequence[Flag], values: dict[str, str], people: WhoIsWho) -> tuple[Flag, ...]:
    """The flags, less those taking for someone a name who-is-who records as an animal."""
    return tuple(f for f in flags if not ((known := people.find(named_by(f, values) or "\0")) and known.an_animal))
