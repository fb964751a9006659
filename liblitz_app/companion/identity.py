"""The companion's identity in the ledger: its persona card and the who-is-who of the user's life.
The dataclasses themselves (Persona, KnownPerson, WhoIsWho) live in `enrichment.persona`: the guards use them."""
from __future__ import annotations

from collections.abc import Iterable

from ..enrichment import KnownPerson, Persona, WhoIsWho
from ..i18n import language
from ..store.ledger import Ledger, LedgerReader

PERSONA_KEY = "persona.card"
PEOPLE_KEY = "persona.who_is_who"


def load_persona(ledger: LedgerReader) -> Persona:
    """The card the user keeps; before they saved one, the first card, in the language Liblitz speaks to them."""
    card = ledger.setting(PERSONA_KEY)
    return Persona.from_dict(card) if card else Persona.first(language())


def save_persona(ledger: Ledger, persona: Persona) -> None:
    """The card replaced goes to the journal (set_setting): an edit never loses the earlier identity."""
    ledger.set_setting(PERSONA_KEY, persona.to_dict())


def load_people(ledger: LedgerReader) -> WhoIsWho:
    return WhoIsWho.from_dict(ledger.setting(PEOPLE_KEY))


def save_people(ledger: Ledger, people: WhoIsWho) -> None:
    ledger.set_setting(PEOPLE_KEY, people.to_dict())


def add_people(ledger: Ledger, people: Iterable[KnownPerson]) -> WhoIsWho:
    """Record people; someone already recorded (by name or nickname) gains the new nicknames."""
    known = load_people(ledger)
    for person in people:
        known = merged(known, person)
    save_people(ledger, known)
    return known


def merged(known: WhoIsWho, person: KnownPerson) -> WhoIsWho:
    """`known` with `person` in it: a new entry, or an existing one (same name or nickname) that keeps
    its name and relation and gains the other names as nicknames."""
    same = known.find(person.name) or next((known.find(a) for a in person.aliases if known.find(a)), None)
    if same is None:
        return WhoIsWho((*known.people, person))
    aliases = tuple(dict.fromkeys((*same.aliases, *(n for n in person.names if n != same.name))))
    kept = KnownPerson(same.name, same.relation or person.relation, aliases)
    return WhoIsWho(tuple(kept if p is same else p for p in known.people))
