"""Her reflection's voice: the first person, and the memory's language."""
from __future__ import annotations

from .. import voice
from ..language import detect_language
from ..proposal import Proposal
from .flags import Flag, FlagKind, GuardContext, Span


def check_first_person(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    """She speaks as "je", and may speak to the user ("tu as bien fait"): talking about herself in
    the third person ("Liblitz pense que…"), or as if she were the user ("ma sœur"), is wrong."""
    reflection = proposal.fields.reflection
    if not reflection:
        return []
    if spans := voice.third_person_self(reflection, ctx.persona.names):
        return [Flag(
            FlagKind.NOT_FIRST_PERSON,
            f"La réflexion doit être celle de {ctx.persona.name}, à la première personne (« je »).",
            f"The reflection must be {ctx.persona.name}'s own, in the first person (“I”).",
            "reflection", tuple(Span("reflection", *s) for s in spans),
        )]
    spans = (voice.users_own(reflection, ctx.original, ctx.persona.names)
             or voice.kinship_as_a_name(reflection, ctx.original) or voice.speaks_as_user(reflection)
             or voice.described_in_the_third_person(reflection))
    if spans:
        said = reflection[spans[0][0]:spans[0][1]]
        return [Flag(
            FlagKind.NOT_FIRST_PERSON,
            f"La réflexion parle comme si elle était toi (« {said} ») : elle doit être la pensée de {ctx.persona.name}.",
            f"The reflection speaks as if it were you (“{said}”): it must be {ctx.persona.name}'s own thought.",
            "reflection", tuple(Span("reflection", *s) for s in spans),
        )]
    return []


def check_language(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    reflection = proposal.fields.reflection
    expected = detect_language(ctx.original)
    found = detect_language(reflection) if reflection else None
    if not expected or not found or found == expected:
        return []
    names = {"fr": ("français", "French"), "en": ("anglais", "English")}
    return [Flag(
        FlagKind.WRONG_LANGUAGE,
        f"Le souvenir est en {names[expected][0]}, la réflexion en {names[found][0]}.",
        f"The memory is in {names[expected][1]}, the reflection in {names[found][1]}.",
        "reflection", (Span("reflection", 0, len(reflection)),),
    )]
