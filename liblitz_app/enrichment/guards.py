"""Guards: pure checks of a proposal against the memory's own words, the persona and who is who.

Each returns flags, never a verdict: the user decides in the review queue. Spans point at exact
characters — `Span.target` is "original" (the memory's text) or the proposal's field
("reflection", "place", "time.said", "persons[2]", "text").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from liblitz_app.memory import MemoryFields
from liblitz_app.memory.model import MAX_INTENSITY, MIN_INTENSITY

from . import voice
from .folding import contains_phrase, find_phrase, fold, fold_str, normalise_space, words
from .language import ENGLISH, FRENCH, detect_language
from .mentions import CITIES, RELATIONS, Mention, find_places, person_mentions, sentence_start
from .names import inflected_verb, is_english_word, is_first_name
from .persona import Persona, WhoIsWho
from .proposal import Proposal
from .time_phrases import FoundTime, find_times


class FlagKind(str, Enum):
    COMPANION_RENAMED = "companion_renamed"
    PERSON_DROPPED = "person_dropped"
    PERSON_INVENTED = "person_invented"
    TIME_CHANGED = "time_changed"
    TIME_INVENTED = "time_invented"
    PLACE_CHANGED = "place_changed"
    PLACE_INVENTED = "place_invented"
    NOT_FIRST_PERSON = "not_first_person"
    WRONG_LANGUAGE = "wrong_language"
    EMOTION_UNKNOWN = "emotion_unknown"
    EMOTION_CONTRADICTED = "emotion_contradicted"
    INTENSITY_OUT_OF_RANGE = "intensity_out_of_range"
    TEXT_REWRITTEN = "text_rewritten"
    REFLECTION_RESTATES_TEXT = "reflection_restates_text"
    CONTRADICTS = "contradicts"  # a memory proposed from a conversation contradicts a committed one


@dataclass(frozen=True)
class Span:
    target: str  # "original" or a proposal field: "reflection", "place", "persons[0]", …
    start: int
    end: int


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    message_fr: str
    message_en: str
    field: str  # the proposal field at fault
    spans: tuple[Span, ...] = ()

    def message(self, language: str = "fr") -> str:
        return self.message_en if language == "en" else self.message_fr


@dataclass(frozen=True)
class GuardContext:
    """What every guard may look at."""

    original: str
    memory_date: date
    persona: Persona = field(default_factory=Persona)
    people: WhoIsWho = field(default_factory=WhoIsWho)

    @property
    def language(self) -> str:
        return detect_language(self.original) or self.persona.language


Guard = Callable[[GuardContext, Proposal], list[Flag]]


# --- the companion ----------------------------------------------------------------------------

_DEPERSONALISING = (
    r"(?:l'|d'|une\s+|cette\s+|the\s+|an\s+|this\s+)ia\b|\bi\.a\.|\bia\b|(?<!['\w])ai\b(?!-)"
    r"|\ba\.i\.|intelligence artificielle|artificial intelligence"
    r"|\bmachines?\b|\bassistante?s?\b|\bassistants?\b|\bchat-?bots?\b|\bbots?\b|\brobots?\b"
    r"|\b(?:le|ce|un|the|this|a)\s+(?:modele|model)\b|modeles? de (?:langue|langage)"
    r"|language models?|\bllm\b|\bprogramme\b|\bthe program\b|\bl'ordinateur\b|\bthe computer\b"
    r"|\bchatgpt\b|\bgpt\b|\bgemma\b|\bmistral\b|\bdeepseek\b|\bllama\b|\bqwen\b|\bsystem\b"
)
_DEPERSONALISING_RE = re.compile(_DEPERSONALISING)
_SELF_NAMING = re.compile(
    r"(?i:je suis|je m'appelle|moi,?|i am|i'm|my name is|call me|appelle-moi)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w\-]+)(?!['’]s\b)"
)
# The user asking her to take another name: "appelle-toi Nova", "from now on your name is Max".
_NAME_GIVEN = re.compile(
    r"(?i:appelle-toi|appelle toi|tu t'appelles?|tu t'appelleras|je vais t'appeler|je t'appellerai"
    r"|je t'appelle|ton (?:nouveau )?nom (?:est|sera|c'est)|tu seras|renomme-toi|t'appeler"
    r"|call yourself|your (?:new )?name is|your name will be|call you|calling you|name you|rename you"
    r"|rename yourself|you are now|you'll be)\s+(?:d[eé]sormais\s+|now\s+|from now on\s+|maintenant\s+)?[«\"“]?\s*"
    r"(?P<name>[A-ZÀ-Ý][\w\-]+)"
    r"|(?i:you're|you are|tu es|t'es|tu seras)\s+(?P<now>[A-ZÀ-Ý][\w\-]+)\s*,?\s*"
    r"(?i:now|from now on|maintenant|d[ée]sormais|à partir d'aujourd'hui)"
)
# Words that make a depersonalising term her own: "je suis une IA", "the assistant here".
_SELF_BEFORE = re.compile(
    r"(?:(?:je suis|suis|en tant que|en tant qu'|moi,|i am|i'm|i,|as|being|dit|says|said|juste|just|only|simple"
    r"|qu'une?)\s*(?:(?:un|une|l'|le|la|the|a|an|ton|ta|votre|your|ce|cette|this|simple|petite?"
    r"|humble|just|only|juste|aussi|also|meme|even|vraiment|really|large|big|grande?|small|pauvre|poor|vraie?"
    r"|real|true|mere|bete|dumb|silly)\s*)*|(?:comme|like)\s+(?:une?|a|an)\s*"
    r"|(?:us|we|nous,? les|nous autres|fellow|other|autres?|entre|between|among)\s+)$"
)
_SELF_AFTER = re.compile(
    r"^\s*(?:que je suis|qui (?:te |t')?(?:parle|ecoute|ecris|repond)|that i am|i am|here\b|ici\b"
    r"|comme moi\b|like me\b|que moi\b"
    r"|,\s*(?:moi|me|i)\b|(?:se sent|pense|trouve|espere|ressent|se rejouit|comprend|feels|thinks"
    r"|hopes|understands|wishes|believes)\b|(?:est|etait|is|was|am|suis)\s+(?:si\s+|tres\s+|so\s+|very\s+)?"
    r"(?:content|heureu|fier|fiere|touche|ravi|triste|desole|emu|la pour|glad|happy|proud|sorry|touched"
    r"|moved|sad|delighted|pleased|honou?red|here for|there for))"
)


def _proposal_strings(proposal: Proposal) -> list[tuple[str, str]]:
    fields = proposal.fields
    named = [("reflection", fields.reflection), ("place", fields.place), ("time.said", fields.time.said)]
    named += [(f"persons[{i}]", p) for i, p in enumerate(fields.persons)]
    return [(target, value) for target, value in named if value]


def check_companion(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    """"Liblitz" → "l'IA", "la machine", "the assistant", or another name given to the companion."""
    spans: list[Span] = []
    for target, value in _proposal_strings(proposal):
        spans += _depersonalised(ctx, target, value)
    spans += _renamed(ctx, proposal.fields.reflection)
    if not spans:
        return []
    said = " ; ".join(_text_of(proposal, s) for s in spans)
    return [Flag(
        FlagKind.COMPANION_RENAMED,
        f"Le compagnon s'appelle {ctx.persona.name} : la proposition le nomme « {said} ».",
        f"The companion is called {ctx.persona.name}: the proposal calls it “{said}”.",
        spans[0].target.split("[")[0], tuple(spans),
    )]


def _depersonalised(ctx: GuardContext, target: str, value: str) -> list[Span]:
    """"l'IA", "la machine" for herself; the same words are fine for what the memory talks about."""
    original = _concepts(ctx.original)
    recorded = {fold_str(n) for p in ctx.people.people for n in p.names}
    folded = fold(value)
    spans = []
    for m in _DEPERSONALISING_RE.finditer(folded.folded):
        term = m.group().strip()
        if fold_str(term) in recorded:
            continue
        about_herself = bool(_SELF_BEFORE.search(folded.folded[:m.start()])
                             or _SELF_AFTER.match(folded.folded[m.end():]))
        if not about_herself and _concept(term) in original:
            continue  # the memory talks about AI, or a real machine: so may the reflection
        if not about_herself and _EVERYDAY.fullmatch(term) and not _a_subject(folded.folded, m.start(), m.end()):
            continue  # "quel beau programme", "the system at work": an everyday word, not her
        spans.append(Span(target, *folded.span(m.start(), m.end())))
    return spans


# Words with an everyday meaning ("quel beau programme", "un modèle pour toi"): a renaming only when
# she says them of herself or makes them the subject of her sentence ("La machine est contente…").
_EVERYDAY = re.compile(r"machines?|programme|the program|system|l'ordinateur|the computer|robots?"
                       r"|(?:le|ce|un|the|this|a)\s+(?:modele|model)")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;:…]\s*|\b(?:que|qu'|that|because|parce que|quand|when|si|if)\s*)"
                             r"(?:le |la |l'|les |the |this |ce |cette |ton |ta |your |votre )?$")


def _a_subject(text: str, start: int, end: int) -> bool:
    """"La machine est…", "je crois que le modèle…", "the program loved…": the word is what acts."""
    following = re.match(r"\s+([a-z']+)", text[end:])
    return bool(_SUBJECT_BEFORE.search(text[:start])) or following is not None and inflected_verb(following.group(1))


# A named model or chatbot is an AI: a memory about ChatGPT lets the reflection speak of "une IA".
_SAME_CONCEPT = {"ai": "ia", "artificielle": "ia", "artificial": "ia", "machines": "machine",
                 "chatgpt": "ia", "gpt": "ia", "gemma": "ia", "mistral": "ia", "deepseek": "ia", "llama": "ia",
                 "qwen": "ia",
                 "assistante": "assistant", "assistants": "assistant", "robots": "robot", "bots": "bot",
                 "chatbot": "bot", "chat-bot": "bot", "modele": "model", "program": "programme",
                 "ordinateur": "computer", "models": "model", "modeles": "model"}


def _concept(term: str) -> str:
    """"L'I.A.", "une IA", "AI", "l'intelligence artificielle" all speak of one thing: "ia"."""
    head = words(term.replace(".", ""))[-1]
    return _SAME_CONCEPT.get(head, head)


def _concepts(text: str) -> set[str]:
    return {_concept(m.group()) for m in _DEPERSONALISING_RE.finditer(fold_str(text))}


def _renamed(ctx: GuardContext, reflection: str) -> list[Span]:
    """Another name for herself: "je suis Nova", or the name an imported row told her to take."""
    own = {fold_str(n) for n in ctx.persona.names}
    given = {fold_str(m.group("name") or m.group("now")) for m in _NAME_GIVEN.finditer(ctx.original)} - own
    spans = [Span("reflection", m.start("name"), m.end("name")) for m in _SELF_NAMING.finditer(reflection)
             if fold_str(m.group("name")) not in own and not ctx.people.find(m.group("name"))]
    for name in given:
        spans += [Span("reflection", s, e) for s, e in find_phrase(reflection, name)
                  if not any(x.start == s for x in spans)]
    spans += [s for s in _speaking_as_another(ctx, reflection, own) if not any(x.start == s.start for x in spans)]
    return spans


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]+")


def _speaking_as_another(ctx: GuardContext, reflection: str, own: set[str]) -> list[Span]:
    """"Siri est là pour toi", "Nova is here for you": a name nobody in the memory bears, saying what
    only she says of herself — she speaks of herself under that name."""
    folded = fold(reflection).folded
    spans = []
    for m in _CAPITALISED.finditer(reflection):
        name = m.group()
        if fold_str(name) in own or not _a_name(name) or _supported_person(ctx, name):
            continue
        if _SELF_AFTER.match(folded[m.end():]) or _HERS_TO_SAY.match(folded[m.end():]):
            spans.append(Span("reflection", *m.span()))
    return spans


def _a_name(word: str) -> bool:
    """"Nova", "Siri", "Claire"; not "Je", "Ce", "Tonight" written with a capital."""
    folded = fold_str(word)
    return folded not in FRENCH and folded not in ENGLISH and (is_first_name(word) or not is_english_word(word))


# What she says of herself to the user: "… te souhaite", "… t'écoute", "… wishes you", "… is listening".
_HERS_TO_SAY = re.compile(r"^\s*(?:te souhaite|t'envoie|t'embrasse|t'ecoute|te serre|wishes you|sends you"
                          r"|is listening|is always here|est toujours la)\b")


def _text_of(proposal: Proposal, span: Span) -> str:
    if span.target == "reflection":
        value = proposal.fields.reflection
    elif span.target == "place":
        value = proposal.fields.place
    elif span.target == "time.said":
        value = proposal.fields.time.said
    elif span.target == "text":
        value = proposal.text or ""
    else:
        value = proposal.fields.persons[int(span.target[8:-1])]
    return value[span.start:span.end]


# --- persons ----------------------------------------------------------------------------------


def _tokens(name: str) -> set[str]:
    return set(words(name))


def _names_match(a: str, b: str) -> bool:
    """"Marie" and "Marie Dupont" are the same person; "Marie" and "Mario" are not."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def _all_names(ctx: GuardContext, name: str) -> tuple[str, ...]:
    known = ctx.people.find(name) or next(
        (p for p in ctx.people.people if any(_names_match(name, n) for n in p.names)), None)
    return known.names if known else (name,)


def _supported_person(ctx: GuardContext, name: str) -> bool:
    if any(_names_match(name, n) for n in ctx.persona.names):
        return True
    if _a_relation_made_a_name(ctx, name):
        return False  # "ma voisine" → "Madame Voisine", "mon patron" → "Patron"
    if contains_phrase(ctx.original, name):
        return True
    if any(contains_phrase(ctx.original, t) for t in name.split() if t[:1].isupper() and len(t) > 2):
        return True
    for person, _, _ in ctx.people.mentioned_in(ctx.original):
        if any(_names_match(name, n) for n in person.names):
            return True
    return False


_TITLES = frozenset("madame monsieur mademoiselle mme mr mrs ms miss mister dr docteur".split())


def _a_relation_made_a_name(ctx: GuardContext, name: str) -> bool:
    tokens = [t for t in words(name) if t not in _TITLES]
    if not tokens or not all(t in RELATIONS for t in tokens) or ctx.people.find(name) is not None:
        return False
    # Written as a name in the memory ("j'ai vu Patron", mid-sentence with its capital) it is one.
    return not any(ctx.original[s].isupper() and not sentence_start(ctx.original, s)
                   for s, _ in find_phrase(ctx.original, name))


def _mentioned_persons(ctx: GuardContext) -> list[Mention]:
    return person_mentions(ctx.original, ctx.people, ctx.persona.names)


def check_persons_dropped(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    proposed = proposal.fields.persons
    flags = []
    for mention in _mentioned_persons(ctx):
        names = mention.person.names if mention.person else _all_names(ctx, mention.words)
        if any(_names_match(n, p) for n in (*names, mention.words) for p in proposed):
            continue
        place = proposal.fields.place
        if contains_phrase(place, mention.words) and not contains_phrase(place, f"chez {mention.words}"):
            continue  # a place the proposal holds as one ("Sainte-Catherine"), not someone's home
        flags.append(Flag(
            FlagKind.PERSON_DROPPED,
            f"Le souvenir nomme « {mention.words} », qui manque aux personnes proposées.",
            f"The memory names “{mention.words}”, missing from the proposed persons.",
            "persons", (Span("original", *mention.span),),
        ))
    return flags


def check_persons_invented(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    flags = [
        _invented(name, (Span(f"persons[{i}]", 0, len(name)),), "persons")
        for i, name in enumerate(proposal.fields.persons) if not _supported_person(ctx, name)
    ]
    listed = {fold_str(f.message_en) for f in flags}
    reflection = proposal.fields.reflection
    for mention in person_mentions(reflection, WhoIsWho(), ctx.persona.names):
        if _DEPERSONALISING_RE.fullmatch(fold_str(mention.words)) or _supported_person(ctx, mention.words):
            continue  # the companion guard's concern, or someone the memory names
        if _is_known_place(ctx, proposal, mention.words):
            continue
        if not any(fold_str(mention.words) in m for m in listed):
            flags.append(_invented(mention.words, (Span("reflection", *mention.span),), "reflection"))
    return flags


def _is_known_place(ctx: GuardContext, proposal: Proposal, name: str) -> bool:
    return contains_phrase(proposal.fields.place, name) and contains_phrase(ctx.original, name)


def _invented(name: str, spans: tuple[Span, ...], field_name: str) -> Flag:
    return Flag(
        FlagKind.PERSON_INVENTED,
        f"« {name} » n'apparaît pas dans le souvenir ni parmi les proches enregistrés.",
        f"“{name}” appears neither in the memory nor among the recorded people.",
        field_name, spans,
    )


# --- time -------------------------------------------------------------------------------------


def _within(inner_start: date, inner_end: date, found: FoundTime) -> bool:
    start = found.time.start
    end = found.time.end or start
    if found.coming is not None and found.coming[0] <= inner_start and inner_end <= found.coming[1]:
        return True  # "jeudi" told in the present: the coming Thursday is as good a reading
    return start is not None and end is not None and start <= inner_start and inner_end <= end


def check_time(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    time = proposal.fields.time
    if not time.said and time.start is None:
        return []
    found = find_times(ctx.original, ctx.memory_date)
    said_spans = [s for s in find_phrase(ctx.original, time.said)
                  if not _inside_another_time(ctx, s, time.said, found)] if time.said else []
    if time.said and not said_spans:
        return [_time_flag(ctx, found, "time.said", len(time.said))]
    if time.start is None:
        return []
    candidates = [f for f in found if any(s < f.span[1] and f.span[0] < e for s, e in said_spans)]
    candidates = candidates if said_spans else found
    if said_spans and candidates and not any(f.time.resolved for f in candidates):
        return []  # words we cannot resolve: nothing to compare the date with
    if said_spans and not candidates:
        return []
    end = time.end or time.start
    if any(_within(time.start, end, f) for f in candidates) and not _borrowed(ctx, candidates, found):
        return []
    if not candidates and time.start == ctx.memory_date and end == ctx.memory_date:
        return []  # no time words: the memory's own day is the honest default
    return [_time_flag(ctx, found, "time", 0)]


def _borrowed(ctx: GuardContext, candidates: list[FoundTime], found: list[FoundTime]) -> bool:
    """"Two days ago Noor said the audit starts next Tuesday": the coming day is another event's."""
    coming = [f for f in candidates if f.time.start is not None and f.time.start > ctx.memory_date]
    past = [f for f in found if f not in candidates and f.time.start is not None
            and f.time.start <= ctx.memory_date]
    return bool(coming and past)


def _inside_another_time(ctx: GuardContext, span: tuple[int, int], said: str, found: list[FoundTime]) -> bool:
    """"hier" inside "avant-hier", "samedi" inside "samedi 12 mars 2022": other days than they say."""
    own = find_times(said, ctx.memory_date)
    own_start = own[0].time.start if own else None
    for f in found:
        longer = f.span[0] < span[0] < f.span[1] or f.span[0] <= span[0] and span[1] < f.span[1]
        if longer and own_start is not None and f.time.start is not None and f.time.start != own_start:
            return True
    return False


def _time_flag(ctx: GuardContext, found: list[FoundTime], target: str, length: int) -> Flag:
    spans = tuple(Span("original", *f.span) for f in found)
    if target == "time.said":
        spans = (Span("time.said", 0, length), *spans)
    if found:
        said = found[0].said
        return Flag(
            FlagKind.TIME_CHANGED,
            f"Le souvenir dit « {said} » (daté du {ctx.memory_date:%d/%m/%Y}) : la date proposée ne correspond pas.",
            f"The memory says “{said}” (dated {ctx.memory_date:%Y-%m-%d}): the proposed time does not match.",
            "time", spans,
        )
    return Flag(
        FlagKind.TIME_INVENTED,
        "Le souvenir ne dit pas quand c'était : la date proposée est inventée.",
        "The memory does not say when it happened: the proposed time is invented.",
        "time", spans,
    )


# --- place ------------------------------------------------------------------------------------

_PLACE_FILLER = frozenset("a au aux en la le les l de du des d chez the at in to a an of".split())


def _place_tokens(place: str) -> set[str]:
    return {t for t in words(place) if t not in _PLACE_FILLER}


def check_place(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    place = proposal.fields.place
    if not place:
        return []
    original_tokens = set(words(ctx.original))
    if words(place)[:1] == ["chez"]:
        if _recorded_home(ctx, place):
            return []
    elif _place_tokens(place) <= original_tokens or _made_precise(place, original_tokens):
        return []
    stated = find_places(ctx.original, ctx.people)
    span = (Span("place", 0, len(place)),)
    if stated:
        said = stated[0].words
        return [Flag(
            FlagKind.PLACE_CHANGED,
            f"Le souvenir dit « {said} », la proposition « {place} ».",
            f"The memory says “{said}”, the proposal “{place}”.",
            "place", span + tuple(Span("original", *m.span) for m in stated),
        )]
    return [Flag(
        FlagKind.PLACE_INVENTED,
        f"Le souvenir ne nomme aucun lieu : « {place} » est inventé.",
        f"The memory names no place: “{place}” is invented.",
        "place", span,
    )]


def _recorded_home(ctx: GuardContext, place: str) -> bool:
    """"chez Marie" when the text says "chez Mimi" and Mimi is Marie's nickname; not "à la maison"."""
    host = " ".join(place.split()[1:])
    for m in re.finditer(r"\bchez\s+([\w'’\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)", ctx.original, re.IGNORECASE):
        said = m.group(1)
        if _names_match(host, said) or any(_names_match(host, n) for n in _all_names(ctx, said)):
            return True
    return False


def _made_precise(place: str, original: set[str]) -> bool:
    """"Leeds, UK", "Heathrow Airport", "Central Park, New York": the memory's place, said more fully."""
    # A city named in several words ("New York", "La Rochelle") is one precision, not several words.
    cities = {t for part in place.split(",") if fold_str(part.strip()) in CITIES for t in words(part)}
    proposed = _place_tokens(place)
    kept, added = proposed & original, proposed - original - cities
    return bool(kept) and all(t in _PRECISIONS or t in CITIES for t in added)


_PRECISIONS = frozenset(
    "uk usa us fr france england angleterre scotland wales ireland canada belgique belgium suisse"
    " switzerland espagne spain italie italy allemagne germany airport aeroport station gare centre"
    " center city ville downtown stadium stade parc park beach plage restaurant hotel hopital hospital"
    " mall cafe bar pub musee museum street rue avenue road quartier district".split()
)


# --- the reflection ---------------------------------------------------------------------------

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
             or voice.kinship_as_a_name(reflection) or voice.speaks_as_user(reflection))
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


# --- values -----------------------------------------------------------------------------------


def check_emotion(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    flags = []
    for name in ("emotion", "secondary_emotion"):
        if name in proposal.unparsed:
            value = proposal.unparsed[name]
            flags.append(Flag(
                FlagKind.EMOTION_UNKNOWN,
                f"« {value} » n'est pas une des émotions de Liblitz (les huit de Plutchik ou neutre).",
                f"“{value}” is not one of Liblitz's emotions (Plutchik's eight or neutral).",
                name,
            ))
    return flags


def check_intensity(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    value = proposal.unparsed.get("intensity", proposal.fields.intensity)
    if value is None or isinstance(value, int) and MIN_INTENSITY <= value <= MAX_INTENSITY:
        return []
    return [Flag(
        FlagKind.INTENSITY_OUT_OF_RANGE,
        f"L'intensité doit être un entier de {MIN_INTENSITY} à {MAX_INTENSITY}, pas « {value} ».",
        f"Intensity must be a whole number from {MIN_INTENSITY} to {MAX_INTENSITY}, not “{value}”.",
        "intensity",
    )]


# --- the text itself --------------------------------------------------------------------------


def check_text_verbatim(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    if proposal.text is None or normalise_space(proposal.text) == normalise_space(ctx.original):
        return []
    (o_start, o_end), (p_start, p_end) = _changed_region(ctx.original, proposal.text)
    return [Flag(
        FlagKind.TEXT_REWRITTEN,
        "Le texte d'un souvenir ne se réécrit pas : la proposition l'a modifié.",
        "A memory's text is never rewritten: the proposal changed it.",
        "text", (Span("original", o_start, o_end), Span("text", p_start, p_end)),
    )]


def _changed_region(a: str, b: str) -> tuple[tuple[int, int], tuple[int, int]]:
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    while prefix and a[prefix - 1].isalnum():  # whole words, for a readable highlight
        prefix -= 1
    while suffix and a[len(a) - suffix].isalnum() and b[len(b) - suffix].isalnum():
        suffix -= 1
    return (prefix, len(a) - suffix), (prefix, len(b) - suffix)


def _common_subsequence(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


RESTATE_RATIO = 0.6


def check_reflection_restates(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    reflection = proposal.fields.reflection
    # Her names are how the user speaks to her, not what the memory tells: they do not count.
    hers = {w for n in ctx.persona.names for w in words(n)}
    original = [w for w in words(ctx.original) if w not in hers]
    if not reflection or len(original) < 5:
        return []
    if _common_subsequence(original, [w for w in words(reflection) if w not in hers]) < RESTATE_RATIO * len(original):
        return []
    return [Flag(
        FlagKind.REFLECTION_RESTATES_TEXT,
        "La réflexion répète le souvenir au lieu d'en donner une pensée.",
        "The reflection restates the memory instead of offering a thought about it.",
        "reflection", (Span("reflection", 0, len(reflection)),),
    )]


GUARDS: tuple[Guard, ...] = (
    check_companion, check_persons_dropped, check_persons_invented, check_time, check_place,
    check_first_person, check_language, check_emotion, check_intensity, check_text_verbatim,
    check_reflection_restates,
)


def check_proposal(original: str, memory_date: date, proposal: Proposal,
                   persona: Persona | None = None, people: WhoIsWho | None = None) -> list[Flag]:
    """Every flag the guards raise on a proposal; a failed proposal has nothing to check."""
    if proposal.failed or proposal.asks_question and proposal.fields == MemoryFields():
        return []  # nothing proposed: a failure to retry, or a question for the user
    ctx = GuardContext(original, memory_date, persona or Persona(), people or WhoIsWho())
    return [flag for guard in GUARDS for flag in guard(ctx, proposal)]

