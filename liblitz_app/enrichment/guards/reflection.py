"""Her reflection's voice: the first person, and the memory's language."""
from __future__ import annotations

from .. import voice
from ..folding import words
from ..language import ENGLISH, FRENCH, LANGUAGES, detect_language, likeliest_language
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
             or voice.kinship_as_a_name(reflection, ctx.original) or voice.speaks_as_user(reflection, ctx.original)
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
    names = {"fr": ("français", "French"), "en": ("anglais", "English")}
    if expected and reflection and _in_another_language(reflection):
        return [Flag(
            FlagKind.WRONG_LANGUAGE,
            f"Le souvenir est en {names[expected][0]}, la réflexion dans une autre langue.",
            f"The memory is in {names[expected][1]}, the reflection in another language.",
            "reflection", (Span("reflection", 0, len(reflection)),),
        )]
    if not expected or not found or found == expected:
        return []
    return [Flag(
        FlagKind.WRONG_LANGUAGE,
        f"Le souvenir est en {names[expected][0]}, la réflexion en {names[found][0]}.",
        f"The memory is in {names[expected][1]}, the reflection in {names[found][1]}.",
        "reflection", (Span("reflection", 0, len(reflection)),),
    )]


# Neither French nor English ("Espero que estés mejor", "Ich hoffe, es geht dir besser"): langid over all
# its languages says so confidently, and hardly a word of the reflection is a French or English one.
OTHER_LANGUAGE_CONFIDENCE, MIN_WORDS, MAX_OWN_WORDS = 0.9, 6, 0.2


def _in_another_language(reflection: str) -> bool:
    said = words(reflection)
    if len(said) < MIN_WORDS or sum(w in FRENCH or w in ENGLISH for w in said) > MAX_OWN_WORDS * len(said):
        return False
    language, confidence = likeliest_language(reflection)
    return language not in LANGUAGES and confidence >= OTHER_LANGUAGE_CONFIDENCE
