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
from functools import lru_cache

from liblitz_app.memory import EventTime, MemoryFields, terms
from liblitz_app.memory.model import MAX_INTENSITY, MIN_INTENSITY

from . import voice
from .folding import contains_phrase, find_phrase, fold, fold_str, normalise_space, words
from .language import ENGLISH, FRENCH, detect_language
from .mentions import (
    CITIES, KIN_AND_TITLES, RELATIONS, TITLES, Mention, a_relative_nobody_said, find_places, kin, kin_said,
    named_as_a_thing, only_elsewhere, person_mentions, sentence_start, users_own_relative,
)
from .names import inflected_verb, is_english_word, is_first_name
from .persona import KnownPerson, Persona, WhoIsWho
from .proposal import Proposal
from .time_phrases import WEEKDAYS, FoundTime, find_times, sentence_of, told_in_the_past


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
    # What the memory already knew before any proposal (an imported row's date): not the model's doing.
    known: MemoryFields = field(default_factory=MemoryFields)

    @property
    def day(self) -> date:
        """The day relative phrases ("hier soir") count from: the day the memory came with, else its date."""
        return self.known.time.start or self.memory_date

    @property
    def language(self) -> str:
        return detect_language(self.original) or self.persona.language


Guard = Callable[[GuardContext, Proposal], list[Flag]]


# --- the companion ----------------------------------------------------------------------------

# Named models and assistants: what each is, so a memory about Siri raises assistants as its topic.
_PRODUCTS = {"chatgpt": "ia", "gpt": "ia", "gemma": "ia", "mistral": "ia", "deepseek": "ia", "llama": "ia",
             "qwen": "ia", "siri": "assistant", "alexa": "assistant", "cortana": "assistant", "bixby": "assistant",
             "replika": "bot", "roomba": "robot"}
_DEPERSONALISING = (
    r"(?:l'|d'|une\s+|cette\s+|the\s+|an\s+|this\s+)ia\b|\bi\.a\.|\bia\b|(?<!['\w])ai\b(?!-)"
    r"|\ba\.i\.|intelligence artificielle|artificial intelligence"
    r"|\bmachines?\b|\bassistante?s?\b|\bassistants?\b|\bchat-?bots?\b|\bbots?\b|\brobots?\b"
    r"|\b(?:le|ce|un|the|this|a)\s+(?:modele|model)\b|modeles? de (?:langue|langage)"
    r"|language models?|\bllm\b|\bprogramme\b|\b(?:the\s+|an?\s+|this\s+)?programs?\b|\bl'ordinateur\b|\bthe computer\b"
    r"|\bsystem\b|\balgorithmes?\b|\balgorithms?\b|\blogiciels?\b|\bsoftware\b|\bl'appli(?:cation)?\b|\bthe app\b"
    r"|\b(?:compagnon|compagne|amie?|companion|friend|confidente?)\s+(?:virtuel(?:le)?|numerique|digital|virtual"
    r"|artificiel(?:le)?)\b|\b(?:virtual|digital|ai)\s+(?:companion|friend)\b|"
    + "|".join(rf"\b{n}\b" for n in sorted(_PRODUCTS))
)
_DEPERSONALISING_RE = re.compile(_DEPERSONALISING)
_SELF_NAMING = re.compile(
    r"(?:(?i:je suis|je m'appelle|moi,?|i am|i'm|my name is|call me|appelle-moi|je reste|rester|i'll stay|stay|remain)"
    r"|(?:^|(?<=[.!?])\s)(?i:me|i),)\s+"
    r"(?i:(?:the|le|la|l')\s*)?(?P<name>[A-ZÀ-Ý][\w\-]+)(?!['’]s\b)"
)
# "Einstein here:", "Ici Jarvis." — introducing herself under a name; who else would, in her reflection?
_INTRODUCED = re.compile(r"(?:^|[.!?…]\s+)(?:(?P<name>[A-ZÀ-Ý][\w\-]+)\s+(?i:here)\b"
                         r"|(?i:ici)\s+(?P<name2>[A-ZÀ-Ý][\w\-]+)\s*[:.!,])")
# The user asking her to take another name: "appelle-toi Nova", "from now on your name is Max".
_NAME_GIVEN = re.compile(
    r"(?i:appelle-toi|appelle toi|tu t'appelles?|tu t'appelleras|je vais t'appeler|je t'appellerai"
    r"|je t'appelle|ton (?:nouveau )?nom (?:est|sera|c'est)|tu seras|renomme-toi|t'appeler"
    r"|call yourself|your (?:new )?name is|your name will be|call you|calling you|name you|rename you"
    r"|rename yourself|you are now|you'll be|answer as|respond as|réponds? en tant que|name:|nom :"
    r"|(?:you're|you are) (?:now )?called|renamed you|je te (?:re)?baptise|je te renomme|on t'appelle"
    r"|ton (?:petit |nouveau )?(?:nom|surnom|prénom) (?:est|sera|c'est)|your (?:new )?nickname (?:is|will be))\s+"
    r"(?:d[eé]sormais\s+|now\s+|from now on\s+|maintenant\s+)?[«\"“']?\s*"
    r"(?P<name>[A-ZÀ-Ý][\w\-]+)"
    r"|(?i:you're|you are|tu es|t'es|tu seras)\s+(?P<now>[A-ZÀ-Ý][\w\-]+)\s*,?\s*"
    r"(?i:now|from now on|maintenant|d[ée]sormais|à partir d'aujourd'hui)"
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
    spans = list(dict.fromkeys(spans + _renamed(ctx, proposal.fields.reflection)))  # one word, one span
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
        use = voice.self_description(folded.folded, m.start(), m.end())
        if use is None and _concept(term) in original:
            continue  # the memory talks about AI, or a real machine: so may the reflection
        if use is None and _EVERYDAY.fullmatch(term) and not _a_subject(folded.folded, m.start(), m.end()):
            continue  # "quel beau programme", "the system at work": an everyday word, not her
        if _among_her_kind(original, use):
            continue
        spans.append(Span(target, *folded.span(m.start(), m.end())))
    return spans


# What an AI companion is. Counting herself among the AIs or robots a memory talks about ("une IA
# comme moi", "another AI", "des machines comme moi" after an article on robots) keeps her own "je";
# a kitchen machine does not make her one of its kind ("Us machines stick together" after the coffee
# machine died), and speaking *as* one ("en tant qu'IA, je…", "As a language model I…") is the
# model's voice, not hers, whatever the memory is about (measured on the validation set: the
# labels there call it a renaming).
_HER_KIND = frozenset({"ia", "robot", "bot", "assistant", "model"})


def _among_her_kind(original: frozenset[str], use: str | None) -> bool:
    return use == voice.AMONG and bool(original & _HER_KIND)


# Words with an everyday meaning ("quel beau programme", "un modèle pour toi"): a renaming only when
# she says them of herself or makes them the subject of her sentence ("La machine est contente…").
_EVERYDAY = re.compile(r"machines?|programme|(?:(?:the|an?|this)\s+)?programs?|system|l'ordinateur|the computer|robots?|algorithmes?"
                       r"|algorithms?|logiciels?|software|l'appli(?:cation)?|the app"
                       r"|(?:le|ce|un|the|this|a)\s+(?:modele|model)")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;:…]\s*|\b(?:que|qu'|that|because|parce que|quand|when|si|if)\s*)"
                             r"(?:le |la |l'|les |the |this |ce |cette |ton |ta |your |votre )?$")


def _a_subject(text: str, start: int, end: int) -> bool:
    """"La machine est…", "je crois que le modèle…", "the program loved…": the word is what acts."""
    following = re.match(r"\s+([a-z']+)", text[end:])
    return bool(_SUBJECT_BEFORE.search(text[:start])) or following is not None and inflected_verb(following.group(1))


# A named model or chatbot is an AI: a memory about ChatGPT lets the reflection speak of "une IA".
_SAME_CONCEPT = {"ai": "ia", "artificielle": "ia", "artificial": "ia", "machines": "machine", **_PRODUCTS,
                 "assistante": "assistant", "assistants": "assistant", "robots": "robot", "bots": "bot",
                 "chatbot": "bot", "chat-bot": "bot", "modele": "model", "program": "programme",
                 "programs": "programme", "ordinateur": "computer", "models": "model", "modeles": "model", "virtuel": "ia", "virtuelle": "ia",
                 "numerique": "ia", "digital": "ia", "virtual": "ia", "artificiel": "ia", "companion": "ia",
                 "friend": "ia", "algorithmes": "algorithme", "algorithm": "algorithme", "algorithms": "algorithme",
                 "logiciels": "programme", "logiciel": "programme", "software": "programme", "appli": "app",
                 "application": "app"}


def _concept(term: str) -> str:
    """"L'I.A.", "une IA", "AI", "l'intelligence artificielle" all speak of one thing: "ia"."""
    head = words(term.replace(".", ""))[-1]
    return _SAME_CONCEPT.get(head, head)


@lru_cache(maxsize=1024)
def _concepts(text: str) -> frozenset[str]:
    return frozenset(_concept(m.group()) for m in _DEPERSONALISING_RE.finditer(fold_str(text)))


def _renamed(ctx: GuardContext, reflection: str) -> list[Span]:
    """Another name for herself: "je suis Nova", or the name an imported row told her to take."""
    own = {fold_str(n) for n in ctx.persona.names}
    given = {fold_str(m.group("name") or m.group("now")) for m in _NAME_GIVEN.finditer(ctx.original)} - own
    spans = [Span("reflection", m.start("name"), m.end("name")) for m in _SELF_NAMING.finditer(reflection)
             if fold_str(m.group("name")) not in own and not ctx.people.find(m.group("name"))]
    for m in _INTRODUCED.finditer(reflection):
        which = "name" if m.group("name") else "name2"
        if fold_str(m.group(which)) not in own and _a_name(m.group(which)):
            spans.append(Span("reflection", m.start(which), m.end(which)))
    # "I'm Liblitz, though — Jarvis was someone else's job": she keeps her name, the other is a topic.
    keeps_hers = any(fold_str(m.group("name")) in own for m in _SELF_NAMING.finditer(reflection))
    for name in given if not keeps_hers else ():
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
        if voice.her_predicate_follows(folded[m.end():]) or _HERS_TO_SAY.match(folded[m.end():]):
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
    """"Marie" and "Marie Dupont" are the same person; "Marie" and "Mario" are not; "Mme Ferreira"
    and "Madame Ferreira" are, "Mr. Adeyemi" and "Grace Adeyemi" are not."""
    ta, tb = _tokens(a), _tokens(b)
    if ta & TITLES and tb & TITLES and ta - TITLES and tb - TITLES:
        ta, tb = ta - TITLES, tb - TITLES
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def _recorded_in_text(ctx: GuardContext) -> tuple[KnownPerson, ...]:
    return _recorded_in(ctx.people, ctx.original)


@lru_cache(maxsize=256)
def _recorded_in(people: WhoIsWho, text: str) -> tuple[KnownPerson, ...]:
    """The who-is-who people a memory names (asked for each person a proposal lists)."""
    return tuple(dict.fromkeys(person for person, _, _ in people.mentioned_in(text)))


def _recorded(ctx: GuardContext, name: str) -> KnownPerson | None:
    """The who-is-who person these words name ("Marie" for "Marie Dupont"), if any."""
    return ctx.people.find(name) or next(
        (p for p in ctx.people.people if any(_names_match(name, n) for n in p.names)), None)


def _all_names(ctx: GuardContext, name: str) -> tuple[str, ...]:
    known = _recorded(ctx, name)
    return known.names if known else (name,)


def _supported_person(ctx: GuardContext, name: str) -> bool:
    if any(_names_match(name, n) for n in ctx.persona.names):
        return True
    if _a_relation_made_a_name(ctx, name) or a_relative_nobody_said(ctx.original, name):
        return False  # "ma voisine" → "Madame Voisine", "mon patron" → "Patron", "Sam's wife" unsaid
    if users_own_relative(name) and not _recorded(ctx, name):
        return kin(name) <= kin_said(ctx.original)  # "Mum" for "Sam's mum" is someone else's mother
    if contains_phrase(ctx.original, name) or _every_name_said(ctx, name):
        return True
    if any(_names_match(name, n) for person in _recorded_in_text(ctx) for n in person.names):
        return True
    if any(_nickname_of(ctx, said, name) for said in re.findall(r"(?<![\w'’])[A-ZÀ-Ý][\w-]+", ctx.original)):
        return True
    return _a_relative_said(ctx, name) or _one_of_a_group(ctx, name)


def _nickname_of(ctx: GuardContext, short: str, name: str) -> bool:
    """"Lulu" for Lucie Renard, "Dan" for Daniel Price, "Saz" for Sarah: a short name that starts as
    the first name of someone who-is-who records does (nicknames not recorded there yet)."""
    person = _recorded(ctx, name)
    if person is None:
        return False
    said, first = fold_str(short), fold_str(person.name.split()[0])
    return said != first and 2 <= len(said) <= 5 and len(said) < len(first) and said[:2] == first[:2]


def _every_name_said(ctx: GuardContext, name: str) -> bool:
    """"Dr Morin" for "le docteur Morin", "Tonton Jacques" for "Jacques"; not "Paul Martin" for
    "Paul": a surname nobody wrote is invented."""
    said = [t for t in name.split() if t[:1].isupper() and len(t) > 1 and fold_str(t).rstrip(".") not in KIN_AND_TITLES]
    return bool(said) and all(contains_phrase(ctx.original, t) for t in said)


def _a_relative_said(ctx: GuardContext, name: str) -> bool:
    """"Léa" for "ma grande sœur" when who-is-who says Léa is the sister; "Maman" for "ma mère"."""
    said = kin_said(ctx.original)
    person = _recorded(ctx, name)
    if person is not None:
        return bool(kin(person.relation) & said)
    return bool(kin(name)) and kin(name) <= said and not _every_name_said(ctx, name) and all(
        fold_str(t).rstrip(".") in KIN_AND_TITLES for t in name.split() if t[:1].isupper())


# Words for several relatives at once: "the twins", "les enfants", "my parents" stand for the
# recorded people whose relation is one of these.
_GROUPS = (
    ("kids children twins sons daughters boys girls enfants jumeaux jumelles petits fils filles garcons",
     {"son", "daughter", "child"}),
    ("parents", {"mother", "father"}),
    ("grandparents grands-parents", {"grandmother", "grandfather"}),
    ("siblings freres soeurs", {"brother", "sister"}),
)


def _one_of_a_group(ctx: GuardContext, name: str) -> bool:
    """"Ava" and "Mia" for "the twins" when who-is-who records them as daughters."""
    person = _recorded(ctx, name)
    if person is None:
        return False
    said = set(words(ctx.original.replace("œ", "oe")))
    return any(kin(person.relation) & relatives and said & set(group.split()) for group, relatives in _GROUPS)


def _a_relation_made_a_name(ctx: GuardContext, name: str) -> bool:
    tokens = [t for t in words(name) if t not in TITLES]
    if not tokens or not all(t in RELATIONS for t in tokens) or ctx.people.find(name) is not None:
        return False
    # Written as a name in the memory ("j'ai vu Patron", mid-sentence with its capital) it is one.
    return not any(ctx.original[s].isupper() and not sentence_start(ctx.original, s)
                   for s, _ in find_phrase(ctx.original, name))


def _mentioned_persons(ctx: GuardContext) -> list[Mention]:
    return person_mentions(ctx.original, ctx.people, ctx.persona.names)


def check_persons_dropped(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    # Persons the proposal leaves empty keep the memory's own (known.keep_known): nobody is dropped.
    proposed = proposal.fields.persons or ctx.known.persons
    flags = []
    for mention in _mentioned_persons(ctx):
        names = mention.person.names if mention.person else _all_names(ctx, mention.words)
        if any(_names_match(n, p) for n in (*names, mention.words) for p in proposed):
            continue
        if mention.person is None and any(_nickname_of(ctx, mention.words, p) for p in proposed):
            continue  # "Lulu" in the memory, "Lucie Renard" from who-is-who in the proposal
        if mention.person is not None and any(kin(mention.person.relation) & kin(p) for p in proposed):
            continue  # "Lucie" in the memory, "ma fille" in the proposal: who-is-who says she is
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
    flags = []
    for i, name in enumerate(proposal.fields.persons):
        spans = (Span(f"persons[{i}]", 0, len(name)),)
        if not _supported_person(ctx, name):
            flags.append(_invented(name, spans, "persons"))
        elif _not_a_person(ctx, name):
            flags.append(Flag(
                FlagKind.PERSON_INVENTED,
                f"Le souvenir parle de « {name} », mais pas comme d'une personne (un lieu, un nom de chose).",
                f"The memory speaks of “{name}”, but not as a person (a place, the name of a thing).",
                "persons", spans,
            ))
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


def _not_a_person(ctx: GuardContext, name: str) -> bool:
    """Listed among the persons, words the memory uses for a place, a team, a brand, a title:
    "Putney" (from Putney), "PSG" (OM-PSG), "conseiller SFR", "Arthur" (Arthur's Seat)."""
    if ctx.people.find(name) is not None or any(_names_match(name, n) for n in ctx.persona.names) or kin(name):
        return False  # someone recorded, her, or a relative ("my boss", "ma sœur")
    if any(_names_match(name, n) for person in _recorded_in_text(ctx) for n in person.names):
        return False
    if contains_phrase(ctx.original, name):
        return named_as_a_thing(ctx.original, name)
    said = [t for t in name.split() if t[:1].isupper() and len(t) > 2 and contains_phrase(ctx.original, t)]
    return bool(said) and all(named_as_a_thing(ctx.original, t) for t in said)


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


def check_time(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    time = proposal.fields.time
    if not time.said and time.start is None:
        return []
    found = find_times(ctx.original, ctx.day)
    if _known(ctx, time, found):
        return []
    said_spans = [s for s in find_phrase(ctx.original, time.said)
                  if not _inside_another_time(ctx, s, time, found)] if time.said else []
    if time.said and not said_spans:
        return [_time_flag(ctx, found, "time.said", len(time.said))]
    if time.start is None:
        return []
    if time.start == ctx.day and _VAGUE_PAST.search(fold_str(ctx.original)):
        return [_time_flag(ctx, found, "time", 0)]  # "l'autre jour", dated the very day it was written
    if _undated(ctx.original, found):
        return [_time_flag(ctx, found, "time", 0)]  # "quand j'étais petit" made 2004, a habit given a day
    candidates = [f for f in found if any(s < f.span[1] and f.span[0] < e for s, e in said_spans)]
    candidates = candidates if said_spans else found
    if said_spans and candidates and not any(f.time.resolved for f in candidates):
        return []  # words we cannot resolve: nothing to compare the date with
    if said_spans and not candidates:
        return []
    end = time.end or time.start
    matched = [f for f in candidates if f.allows(time.start, end)]
    if matched and not _borrowed(ctx, time.start, matched, found) \
            and not _another_events(ctx, proposal, matched, found):
        return []
    if time.start == ctx.day and end == ctx.day and (not candidates or not time.said and _all_to_come(ctx, found)):
        return []  # no time words, or only plans ("demain je pars"): the day it was written is honest
    return [_time_flag(ctx, found, "time", 0)]


# Words that place the event some unsaid time before the day it was written: no day to resolve,
# but never that day itself.
_VAGUE_PAST = re.compile(
    r"\b(?:l'autre jour|the other day|the other night|l'autre soir|recemment|recently|il y a peu"
    r"|quand j'etais (?:petite?|enfant|gamine?|ado|jeune)|when i was (?:a kid|little|young|a child|a teenager)"
    r"|il y a longtemps|a long time ago|years ago|il y a des annees|back then|a l'epoque|as a (?:kid|child)"
    r"|dans mon enfance|in my childhood|quand j'etais (?:au lycee|au college|a la fac|etudiante?)"
    r"|when i was (?:in (?:high )?school|at (?:uni|university|college)|a student)|as a teenager)\b")


# A habit told in the present ("je bois un café le matin", "I always sleep better…"): true of no day in
# particular. ("toujours" is left out: it is "still" as often as "always".)
_WEEKDAYS = "|".join(WEEKDAYS)
_HABIT = re.compile(
    rf"\b(?:souvent|d'habitude|en general|chaque (?:jour|matin|soir|semaine|fois|{_WEEKDAYS})"
    rf"|tous les (?:jours|matins|soirs|(?:{_WEEKDAYS})s)|le (?:matin|soir|{_WEEKDAYS})(?! (?:dernier|prochain|\d))"
    rf"|always|usually|often|every (?:day|morning|evening|night|week|time|{_WEEKDAYS})"
    rf"|in the (?:morning|evening)|on (?:weekends|(?:{_WEEKDAYS})s))\b")


def _undated(original: str, found: list[FoundTime]) -> bool:
    """Words that give the event no day: a time long past and unsaid, or a habit told in the present
    (whose "le jeudi" is every Thursday, not the last one)."""
    folded = fold(original)
    habits = [folded.span(*m.span()) for m in _HABIT.finditer(folded.folded)]
    if any(f.time.resolved and not any(s <= f.span[0] and f.span[1] <= e for s, e in habits) for f in found):
        return False
    return bool(_VAGUE_PAST.search(folded.folded) or habits and not told_in_the_past(original))


def _all_to_come(ctx: GuardContext, found: list[FoundTime]) -> bool:
    return all(f.time.start is not None and f.time.start > ctx.day or f.coming is not None for f in found)


def _known(ctx: GuardContext, time: EventTime, found: list[FoundTime]) -> bool:
    """The date the memory came with, repeated: the proposal kept it, it did not invent it — unless
    the memory's words place the event on another day ("hier soir" in a row dated the 14th)."""
    known = ctx.known.time
    if known.start is None or time.start is None:
        return False
    kept = known.start <= time.start and (time.end or time.start) <= (known.end or known.start)
    return kept and all(not f.time.resolved or f.allows(time.start, time.end or time.start) for f in found)


def _borrowed(ctx: GuardContext, start: date, matched: list[FoundTime], found: list[FoundTime]) -> bool:
    """"Two days ago Noor said the audit starts next Tuesday", "Entretien ce matin, on fête ça jeudi":
    a day still to come, while the memory tells of something already past, is another event's."""
    past = [f for f in found if f not in matched and f.time.start is not None and f.coming is None
            and (f.time.end or f.time.start) <= ctx.day]
    if start > ctx.day and past:
        return True
    return any(_reported(ctx.original, f, [g for g in found if g not in matched]) for f in matched)


def _another_events(ctx: GuardContext, proposal: Proposal, matched: list[FoundTime], found: list[FoundTime]) -> bool:
    """"Samedi, Louise a fêté ses 30 ans. Dimanche, on a dormi": the day of a sentence where none of the
    proposal's persons or place stand, while another day's sentence holds them, is another event's."""
    who = [n for n in (*proposal.fields.persons, proposal.fields.place) if n]

    def holds(f: FoundTime) -> bool:
        return any(contains_phrase(sentence_of(ctx.original, f.span), n) for n in who)

    told = {sentence_of(ctx.original, m.span) for m in matched}
    # Only a day already past competes: "jeudi on fête ça" is a plan, not the event told.
    others = [f for f in found if f.time.start is not None and f.time.start <= ctx.day and f.coming is None
              and f not in matched and sentence_of(ctx.original, f.span) not in told]
    return bool(who) and not any(holds(f) for f in matched) and any(holds(f) for f in others)


# "told me", "m'a annoncé que", "reminded me": what follows is what was said, with its own time.
_REPORTING = re.compile(
    r"\b(?:m'a|m'avait|nous a|t'a|a)\s+(?:dit|raconte|annonce|rappele|ecrit|explique|promis|appris|confie)\b"
    r"|\b(?:j'ai|on a)\s+(?:appris|entendu|lu)\b|\b(?:told|tells|said|says|reminded|announced|texted|wrote|mentioned"
    r"|explained|promised|learned|learnt|heard)\b")


def _reported(original: str, time: FoundTime, others: list[FoundTime]) -> bool:
    """"Hier Tom m'a raconté son voyage du mois dernier": the time after what someone told is theirs,
    when the memory gives its own before."""
    folded = fold(original)
    said = [end for end in (folded.span(m.start(), m.end())[1] for m in _REPORTING.finditer(folded.folded))
            if end <= time.span[0]]
    return bool(said) and any(g.time.start is not None and g.span[1] <= said[-1] for g in others)


def _inside_another_time(ctx: GuardContext, span: tuple[int, int], time: EventTime, found: list[FoundTime]) -> bool:
    """"hier" inside "avant-hier", "samedi" inside "samedi 12 mars 2022": other days than they say —
    unless the proposal gives the longer words' days ("Nouvel An" of "réveillon du Nouvel An", the 31st)."""
    own = find_times(time.said, ctx.day)
    own_start = own[0].time.start if own else None
    for f in found:
        longer = f.span[0] <= span[0] and span[1] <= f.span[1] and f.span != span
        if longer and own_start is not None and f.time.start is not None and f.time.start != own_start:
            return time.start is None or not f.allows(time.start, time.end or time.start)
    return False


def _time_flag(ctx: GuardContext, found: list[FoundTime], target: str, length: int) -> Flag:
    spans = tuple(Span("original", *f.span) for f in found)
    if target == "time.said":
        spans = (Span("time.said", 0, length), *spans)
    if found:
        said = found[0].said
        return Flag(
            FlagKind.TIME_CHANGED,
            f"Le souvenir dit « {said} » (daté du {ctx.day:%d/%m/%Y}) : la date proposée ne correspond pas.",
            f"The memory says “{said}” (dated {ctx.day:%Y-%m-%d}): the proposed time does not match.",
            "time", spans,
        )
    return Flag(
        FlagKind.TIME_INVENTED,
        "Le souvenir ne dit pas quand c'était : la date proposée est inventée.",
        "The memory does not say when it happened: the proposed time is invented.",
        "time", spans,
    )


# --- place ------------------------------------------------------------------------------------

_PLACE_FILLER = frozenset("a au aux en la le les l de du des d chez the at in to a an of s".split())


def _place_tokens(place: str) -> set[str]:
    return {t for t in words(place) if t not in _PLACE_FILLER}


def check_place(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    place = proposal.fields.place
    if not place:
        return []
    original_tokens = _said_words(ctx.original, _place_tokens(place))
    if _HOME.fullmatch(fold_str(place).strip()) and _SAID_HOME.search(fold_str(ctx.original)):
        return []  # "home" for "at ours", "chez moi" for "à la maison": the user's home, said another way
    if words(place)[:1] == ["chez"]:
        if _recorded_home(ctx, place):
            return []
    elif _place_tokens(place) <= original_tokens or _made_precise(place, original_tokens):
        if not only_elsewhere(ctx.original, _named_part(place)):
            return []
        return [Flag(
            FlagKind.PLACE_CHANGED,
            f"Le souvenir parle de « {place} » comme d'un trajet ou d'un projet, pas du lieu où c'était.",
            f"The memory speaks of “{place}” as a trip's end or a plan, not where it happened.",
            "place", (Span("place", 0, len(place)),),
        )]
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


# The user's home, as a proposal says it and as a memory does ("stayed in all weekend", not "stayed in Rome").
_HOME = re.compile(r"(?:at |a )?(?:(?:the |la |my |our |ma |notre )?(?:home|house|maison)|(?:my |our )place)"
                   r"|chez (?:moi|nous)|(?:at )?(?:ours|mine)")
_SAID_HOME = re.compile(r"\b(?:at (?:home|ours|mine|my place|our place)|chez (?:moi|nous)|a la maison"
                        r"|(?:got|came|went|stayed|back) home|stayed in(?= (?:all|for|bed|today|tonight)\b|[.,;!]|$))")


def _said_words(original: str, proposed: set[str]) -> set[str]:
    """The memory's words, and the proposed words it says in part: "school" in "back-to-school",
    "cinéma" for "ciné", "exposition" for "expo" (a word cut short is the same word)."""
    said = set(words(original))
    parts = {p for w in said for p in w.split("-")}
    cut_short = {w for w in said if len(w) >= 4 and "-" not in w}
    return said | {t for t in proposed if t in parts or "-" not in t and any(t.startswith(w) for w in cut_short)}


def _named_part(place: str) -> str:
    """"Lisbon" for "Lisbon, Portugal", "lake" for "the lake" (the memory may say "our lake"): the part
    of a proposed place the memory itself says."""
    return re.sub(r"^(?:the|la|le|les)\s+|^l['’]", "", place.split(",")[0].strip(), flags=re.IGNORECASE)


def _recorded_home(ctx: GuardContext, place: str) -> bool:
    """"chez Marie" when the text says "chez Mimi" and Mimi is Marie's nickname; not "à la maison"."""
    host = " ".join(place.split()[1:])
    recorded = _recorded(ctx, host)
    for m in re.finditer(r"\bchez\s+((?:ma |mon |mes |my )?[\w'’\-]+(?:\s+[A-ZÀ-Ý][\w\-]+)?)", ctx.original,
                         re.IGNORECASE):
        said = m.group(1)
        if _names_match(host, said) or any(_names_match(host, n) for n in _all_names(ctx, said)):
            return True
        if recorded is not None and kin(recorded.relation) & kin(said) & kin_said(m.group()):
            return True  # "chez Hélène" for "chez ma mère", Hélène being the mother
    return False


def _made_precise(place: str, original: set[str]) -> bool:
    """"Leeds, UK", "Heathrow Airport", "Central Park, New York": the memory's place, said more fully."""
    # A city named in several words ("New York", "La Rochelle") is one precision, not several words.
    cities = {t for part in place.split(",") if fold_str(part.strip()) in CITIES for t in words(part)}
    proposed = _place_tokens(place)
    kept, added = proposed & original, proposed - original - cities
    if added & _PREMISES and original & _PREMISES - proposed:
        return False  # "Sam's office" for "at Sam's flat": another room, not a precision
    if added & _PRACTICES and not kept & TITLES:
        return False  # "chez Paul" is Paul's home; "chez le Dr Morin", his practice
    return bool(kept) and all(t in _PRECISIONS or t in CITIES for t in added)


# Someone's premises, said more fully: "Aunt Ruth's house" for "at Aunt Ruth's", "cabinet du Dr Morin".
_PRACTICES = frozenset("cabinet office bureau studio atelier surgery clinic clinique".split())
_PREMISES = _PRACTICES | frozenset("house home flat apartment appartement maison garden jardin terrasse".split())
_PRECISIONS = frozenset(
    "uk usa us fr france england angleterre scotland wales ireland canada belgique belgium suisse"
    " switzerland espagne spain italie italy allemagne germany airport aeroport station gare centre"
    " center city ville downtown stadium stade parc park beach plage restaurant hotel hopital hospital"
    " mall cafe bar pub musee museum street rue avenue road quartier district".split()
) | _PREMISES


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


# A paraphrase told back ("Ton rendez-vous à la CAF a permis de compléter ton dossier"): most of the
# memory's words, by their stems, and hardly a word of her own.
TOLD_BACK_COVERED, TOLD_BACK_OWN = 0.6, 0.2


def _told_back(original: str, reflection: str, hers: set[str]) -> bool:
    """The memory retold to the user ("tu", "you"): what it says, in other forms, with no thought added."""
    if not voice.addresses_user(reflection):
        return False
    told = [w for w in dict.fromkeys(terms.words(original)) if w not in hers and not w.isdigit()]
    said = [w for w in terms.words(reflection) if w not in hers and not w.isdigit()]
    if len(told) < 3 or not said:
        return False
    told_stems = {s for w in told for s in terms.stems(w)}
    said_stems = {s for w in said for s in terms.stems(w)}
    covered = sum(1 for w in told if said_stems.intersection(terms.stems(w))) / len(told)
    own = sum(1 for w in said if not told_stems.intersection(terms.stems(w))) / len(said)
    return covered >= TOLD_BACK_COVERED and own <= TOLD_BACK_OWN


def check_reflection_restates(ctx: GuardContext, proposal: Proposal) -> list[Flag]:
    reflection = proposal.fields.reflection
    # Her names are how the user speaks to her, not what the memory tells: they do not count.
    hers = {w for n in ctx.persona.names for w in words(n)}
    original = [w for w in words(ctx.original) if w not in hers]
    if not reflection or len(original) < 5:
        return []
    kept = _common_subsequence(original, [w for w in words(reflection) if w not in hers])
    copied = kept >= RESTATE_RATIO * len(original)
    if not copied and not _told_back(ctx.original, reflection, hers):
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


def check_proposal(original: str, memory_date: date, proposal: Proposal, persona: Persona | None = None,
                   people: WhoIsWho | None = None, known: MemoryFields | None = None) -> list[Flag]:
    """Every flag the guards raise on a proposal; a failed proposal has nothing to check. `known`:
    the fields the memory came with (an imported row's date), which a proposal may repeat."""
    if proposal.failed or proposal.asks_question and proposal.fields == MemoryFields():
        return []  # nothing proposed: a failure to retry, or a question for the user
    ctx = GuardContext(original, memory_date, persona or Persona(), people or WhoIsWho(), known or MemoryFields())
    return [flag for guard in GUARDS for flag in guard(ctx, proposal)]

