"""Who the companion is, and who is who in the user's life: what every model is given."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .folding import find_phrase, fold, fold_str, normalise_space
from .language import ENGLISH, FRENCH
from .names import is_first_name

DEFAULT_NAME = "Liblitz"


@dataclass(frozen=True)
class Persona:
    """The companion's identity card; it lives in the ledger, not in a model's weights."""

    name: str = DEFAULT_NAME
    pronoun: str = ""  # "elle", "il", "iel", "she", …; empty: the card does not say
    voice: str = "chaleur, attention, curiosité ; tutoie la personne"
    relationship: str = "compagnon de confiance qui garde les souvenirs que la personne choisit"
    boundaries: tuple[str, ...] = (
        "ne jamais réécrire un souvenir",
        "ne jamais inventer de personne, de lieu ni de date",
    )
    language: str = "fr"
    # Other names the user accepted for her ("Lib", "Litzi"): never a renaming, never a person.
    other_names: tuple[str, ...] = ()
    # What came to light about her in conversations (a taste, a way of speaking), accepted in review.
    notes: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.other_names)

    @classmethod
    def first(cls, language: str) -> Persona:
        """Her card before the user wrote one: in the language they chose for Liblitz (French otherwise)."""
        return cls(**_FIRST_CARDS.get(language, {}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "pronoun": self.pronoun, "voice": self.voice,
            "relationship": self.relationship, "boundaries": list(self.boundaries),
            "language": self.language, "other_names": list(self.other_names), "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Persona:
        data = data or {}
        default = cls()
        return cls(
            name=(data.get("name") or default.name).strip(),
            pronoun=data.get("pronoun") or "",
            voice=data.get("voice") or default.voice,
            relationship=data.get("relationship") or default.relationship,
            boundaries=tuple(data.get("boundaries") or default.boundaries),
            language=data.get("language") or default.language,
            other_names=tuple(normalise_space(n) for n in data.get("other_names") or () if n.strip()),
            notes=tuple(normalise_space(n) for n in data.get("notes") or () if n.strip()),
        )


# The default card in English: the same identity, said in the user's language (the card goes to every model,
# and `language` is the one she answers in).
_FIRST_CARDS: dict[str, dict[str, Any]] = {"en": {
    "voice": "warmth, attention, curiosity; speaks to the person as a close friend",
    "relationship": "a trusted companion who keeps the memories the person chooses",
    "boundaries": ("never rewrite a memory", "never invent a person, a place or a date"),
    "language": "en",
}}


@dataclass(frozen=True)
class KnownPerson:
    """Someone the user recorded: a name, how they relate ("ma sœur"), nicknames ("Mimi")."""

    name: str
    relation: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def an_animal(self) -> bool:
        """Recorded as the dog, the cat, the horse (« chien-guide », "guide-dog puppy"; not a "cat-sitter"): an animal
        the user names, never a person of a memory."""
        # (not their own animal, named: "SARDA dog handler (dog: Moss)", « maître-chien (chien : Tuc) », round 62)
        relation = fold_str(_THEIR_ANIMAL_NAMED.sub(_unless_a_breed, self.relation)).strip()
        # (split at any mark too: "chipmunk, unofficial hut mascot")
        for part in re.split(r"[,;:()]", relation):
            words = re.split(r"[^\w-]+", part)
            if any((word in _ANIMALS or _an_animals_compound(word)) and not _a_doer_after(words[at + 1:])
                   and not _of_something(words[:at]) for at, word in enumerate(words)):
                return True
        return _AN_ANIMAL_RECORDED.fullmatch(relation) is not None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "relation": self.relation, "aliases": list(self.aliases)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KnownPerson:
        return cls(
            name=normalise_space(data["name"]),
            relation=data.get("relation") or "",
            aliases=tuple(normalise_space(a) for a in data.get("aliases") or () if a.strip()),
        )


@dataclass(frozen=True)
class WhoIsWho:
    """The people the user recorded; nicknames here are never flagged as invented."""

    people: tuple[KnownPerson, ...] = field(default_factory=tuple)

    def find(self, name: str) -> KnownPerson | None:
        """The person this name or nickname stands for (any case, any accent)."""
        wanted = fold_str(normalise_space(name))
        for person in self.people:
            if any(fold_str(n) == wanted for n in person.names):
                return person
        return None

    def mentioned_in(self, text: str) -> list[tuple[KnownPerson, str, tuple[int, int]]]:
        """(person, words used, span) for each name, nickname or relation found in the text."""
        found: list[tuple[KnownPerson, str, tuple[int, int]]] = []
        related: list[tuple[KnownPerson, str, tuple[int, int]]] = []
        for person in self.people:
            for said in (*person.names, *_first_names(person.name), *_initialled(person.name)):
                found.extend((person, text[s:e], (s, e)) for s, e in find_phrase(text, said)
                             if _whole(text, s, e) and not _a_units_letter(text, s, e)
                             and not _a_proper_names_start(said, text, s, e)
                             and not _a_word_unaccented(said, text[s:e]))
                found.extend((person, text[s:e], (s, e)) for s, e in _texted_possessive(text, said))
            found.extend((person, text[s:e], (s, e)) for s, e in _titled(text, person.name)
                         if not any(other[0] is person and other[2][0] <= s and e <= other[2][1] for other in found))
            for said in _relation_phrases(person.relation, self):
                related.extend((person, text[s:e], (s, e)) for s, e in find_phrase(text, said) if _whole(text, s, e))
        said = found + [m for m in related if not _said_of_another_too(m, related)]
        # "my son" inside "my son-in-law", "Jo" inside "Jo Ann" when both are recorded: the longer words say who (not
        # "Mam" inside "Mam's carer": she is said too)
        return [m for m in said if not any(other[0] is not m[0] and _inside(m[2], other[2])
                                           and not said_through_someone(*other[:2]) for other in said)]

    def to_dict(self) -> list[dict[str, Any]]:
        return [p.to_dict() for p in self.people]

    @classmethod
    def from_dict(cls, data: list[dict[str, Any]] | None) -> WhoIsWho:
        return cls(tuple(KnownPerson.from_dict(d) for d in data or ()))


def _texted_possessive(text: str, said: str) -> list[tuple[int, int]]:
    """"dads morphine", "twins at mums": a parent's word with the possessive's "s" and no apostrophe, as a text message
    writes it (round 70); not "the other dads", "all the mums" (more than one), nor "DADS RIG" (a sign's capitals)."""
    if fold_str(said) not in _PARENTS_WORDS:
        return []
    folded = fold(text)
    spans = []
    for m in re.finditer(rf"\b{re.escape(fold_str(said))}(?=s\b)", folded.folded):
        start, end = folded.span(m.start(), m.end())
        if not _MORE_THAN_ONE_BEFORE.search(folded.folded[max(0, m.start() - 12):m.start()]) \
                and not text[start:end].isupper():
            spans.append((start, end))
    return spans


_PARENTS_WORDS = frozenset("dad mum mom nan nana gran granny grandma grandpa grandad mam pop".split())
_MORE_THAN_ONE_BEFORE = re.compile(r"\b(?:the|other|all|some|two|three|many|few|both|my|our|of)\s+$")


def _whole(text: str, start: int, end: int) -> bool:
    """Not the first or last part of a hyphenated word: « le petit » is not in « Le petit-fils de Josiane », "Jean" not
    in "Jean-Pierre" (round 52)."""
    return not (text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha()
                or start > 1 and text[start - 1] == "-" and text[start - 2].isalpha())


def _a_proper_names_start(said: str, text: str, start: int, end: int) -> bool:
    """A word alias (« le petit », "papa") capitalised before another capitalised word: a proper name it starts, « le
    Petit Champlain », « Papa Noël », "Big Ben", not the person (round 62)."""
    return said.islower() and any(c.isupper() for c in text[start:end]) \
        and _A_CAPITALISED_WORD_NEXT.match(text, end) is not None


_A_CAPITALISED_WORD_NEXT = re.compile(r"\s+[A-ZÀ-Ý][\w'’-]")


def _a_units_letter(text: str, start: int, end: int) -> bool:
    """A one-letter name ("M" for Margaux) read in "4 a.m.", "9 p.m.", "200 m": a letter of a time or a unit."""
    return end - start == 1 and text[start].islower() and (
        text[end:end + 1] == "." or text[start - 1:start] == "." or re.search(r"\d\s*$", text[:start]) is not None)


def _a_word_unaccented(said: str, words: str) -> bool:
    """"je" for Jérémie's « Jé », "le" for « Lé »: a name whose accents alone tell it from a word of either language is
    said only with them (round 67)."""
    folded = fold_str(said).lower()
    return folded != said.lower() and words.lower() != said.lower() and folded in _WORDS


_WORDS = FRENCH | ENGLISH


def _inside(span: tuple[int, int], other: tuple[int, int]) -> bool:
    return other[0] <= span[0] and span[1] <= other[1] and other[1] - other[0] > span[1] - span[0]


_POSSESSIVES = ("ma ", "mon ", "my ")
# Who-is-who's relation for an animal (folded words): « chien », « notre chat », "dog", "the kids' rabbit".
_ANIMALS_FR = frozenset(
    "chien chienne chiot chat chatte chaton lapin lapine hamster cheval jument poney perroquet perruche tortue poisson"
    " cochon chevre poule ane furet animal".split())
# (not "dogs": "dogsbody (hides for the dogs)" is someone)
_ANIMALS = _ANIMALS_FR | frozenset(
    "dog puppy cat kitten rabbit bunny horse mare pony parrot budgie tortoise turtle fish goldfish guinea pig ferret hen"
    " goat donkey animal pet pup pooch doggo kitty"
    # the wild ones a household adopts (round 53: "Gerald: chipmunk, unofficial hut mascot")
    " chipmunk squirrel hedgehog fox owl duck goose rooster lizard gecko snake mouse ecureuil herisson renard hibou"
    " canard oie coq lezard serpent souris".split())
# A breed, a farm's or a zoo's animal, only as the relation's own noun ("Beth's collie", "grandparents' beagle",
# « la vache de Papi », "our old ewe"): an "elephant keeper", an « éleveur de vaches » are people.
_BREEDS_AND_HERDS = (
    "collie|spaniel|labrador|retriever|terrier|beagle|husky|sheepdog|lurcher|whippet|greyhound|corgi|pug|bulldog"
    "|poodle|dachshund|caniche|teckel|bouledogue|carlin|levrier|labradoodle|cockapoo|cavapoo|chihuahua|dalmatian"
    "|rottweiler|schnauzer|malinois|cocker|elephant|elephante|vache|cow|calf|veau|brebis|mouton"
    "|sheep|ewe|lamb|agneau|chicken|mule|lama|llama|alpaga|alpaca|gerbil|gerbille|canary|canari|parakeet")
_AN_ANIMAL_RECORDED = re.compile(
    # ("Mr Brennan's terrier": a title before the owner's name)
    r"(?:(?:(?:mr|mrs|ms|dr|miss)\.?\s+)?(?:[\w-]+['’]s|[\w-]+s['’]|my|our|the|a|an|his|her|their|mon|ma|notre|le|la|l['’]"
    r"|un|une|son|sa)\s+)*"
    # ("rescue greyhound", "the shop whippet": a word or two saying what kind, before the breed itself)
    r"(?:(?:old|young|little|vieux|vieille|petit|petite|jeune)\s+)?"
    r"(?:(?!(?:the|a|an|my|our|his|her|their|of|for|with|who|de|du|des|pour|avec|qui|le|la|les|un|une)\s)"
    r"[\w-]+\s+){0,2}"
    rf"(?:{_BREEDS_AND_HERDS})s?(?:\s+(?:de|du|des|d['’])\s.*)?")


# "dog walker", "fellow puppy raiser", "goat farmer", "fish and game conservation officer": the animal only says what
# the person works with; "cat of Ms Okafor", « chien de berger » are the animal (its complement after "of", « de »).
_A_DOERS_WORD = re.compile(r"\w{3,}(?:er|or|ist|eur|euse|ier|iere|ician)$")
_A_BREED = re.compile(f"(?:{_BREEDS_AND_HERDS})s?")  # ("terrier", "retriever": a breed, no doer)
_COMPLEMENT = frozenset("of de du des d from at in".split())
# Someone, last in a compound after the animal word (round 70: "fish van man", "horse lady").
_SOMEONE_WORDS = frozenset("man woman lady guy bloke chap girl boy homme femme dame gars".split())


def _of_something(before: list[str]) -> bool:
    """The animal word is what something is of, a place's or a thing's name, or what the recorded one keeps (round 70:
    « ancien collègue de la Jument », a lighthouse; « chef de partie poisson »; "friend, keeps a horse at livery"):
    the recorded one is the someone before it."""
    said = [w for w in before if w]
    return len(said) >= 2 and (any(w in _COMPLEMENT for w in said[1:]) or said[-1] in _THEIR_OWN)


_THEIR_OWN = frozenset("a an un une his her their son sa ses leur leurs".split())


def _a_doer_after(words: list[str]) -> bool:
    for word in words:
        if word in _COMPLEMENT or not word:
            return False
        if (_A_DOERS_WORD.fullmatch(word) or word in _SOMEONE_WORDS) and word not in _ANIMALS \
                and not _A_BREED.fullmatch(word):
            return True
    return False


def _an_animals_compound(word: str) -> bool:
    """An animal by the word a compound is about: the first in French (« chien-guide »; « maître-chien » is someone),
    the last in English ("guide-dog"; a "cat-sitter" is someone)."""
    parts = word.split("-")
    return len(parts) > 1 and (parts[0] in _ANIMALS_FR or parts[-1] in _ANIMALS - _ANIMALS_FR)


# An animal word, then its name (a capital) after a colon or "named": the recorded one's animal, not them.
_THEIR_ANIMAL_NAMED = re.compile(
    rf"\b(?:{'|'.join(sorted(_ANIMALS, key=len, reverse=True))})\s*(?::|=|\bnamed\b|\bcalled\b|\bnomm\w*|\bappel\w*)"
    r"\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w-]*)", re.IGNORECASE)


def _unless_a_breed(named: re.Match[str]) -> str:
    return named.group() if _A_BREED.fullmatch(fold_str(named["name"])) else " "  # ("dog: Labrador": the animal)


def _initialled(name: str) -> tuple[str, ...]:
    """"B. Rouvière" stands for "Bernard Rouvière": the first name's initial and the rest, as a club's sheet writes it
    (round 70)."""
    first, *rest = name.split() if " " in name else ("",)
    return (f"{first[0]}. {' '.join(rest)}",) if len(first) > 2 and is_first_name(first) and rest \
        and len(rest[-1]) > 2 and rest[-1][:1].isupper() else ()  # (not "Mme Haddad", "Aunt Rosa": a title)


def _titled(text: str, name: str) -> list[tuple[int, int]]:
    """"mrs p" for "Mrs Pritchard", « mme vaseur » for « Mme Vasseur »: her title and her surname shortened or
    misspelt, as a text message writes it (the title alone is anyone's: _first_names)."""
    title, *rest = name.split() if " " in name else ("",)
    surname = fold_str(rest[-1]) if rest else ""
    if fold_str(title).rstrip(".") not in _TITLES_BEFORE_A_NAME or len(surname) < 3 or not surname.isalpha():
        return []
    folded = fold(text)
    said = rf"\b{re.escape(fold_str(title).rstrip('.'))}\.?\s+{surname[0]}(?:\.|\b|{surname[1:3]}\w*)"
    return [folded.span(m.start(), m.end()) for m in re.finditer(said, folded.folded)]


def _first_names(name: str) -> tuple[str, ...]:
    """"Daniel" stands for "Daniel Price" when the text says only that; not "Nurse" for "Nurse Alison" ("the nurse
    said it happens": any nurse), nor "Father" for "Father Declan" ("my father")."""
    first = name.split()[0] if " " in name else ""
    if fold_str(first).rstrip(".") in _TITLES_BEFORE_A_NAME:
        return ()
    return (first,) if len(first) > 2 and first[:1].isupper() else ()


# Said before a name, a word of its own alone: a title, a trade, an office, a religious life's (not kin: "Nana Jo"
# is "Nana" at home).
_TITLES_BEFORE_A_NAME = frozenset(
    "mr mrs ms miss mister mme madame mlle mademoiselle monsieur dr doctor docteur doc prof professor professeur pr"
    " nurse sister father brother frere soeur pere abbe pastor pasteur rev revd reverend canon imam rabbi padre"
    " coach captain capitaine chef chief maitre judge juge sergeant sergent officer adjudant commandant colonel"
    " lieutenant detective inspector inspecteur constable frau herr".split())


def _said_of_another_too(match: tuple[KnownPerson, str, tuple[int, int]],
                         related: list[tuple[KnownPerson, str, tuple[int, int]]]) -> bool:
    """"my cousin" with two cousins recorded, one of them only described so ("cousin (daughter of Mom's cousin)"):
    the one recorded as just "cousin" is meant; two described so, neither for sure."""
    person, _, span = match
    if not any(other is not person and other_span == span for other, _, other_span in related):
        return False
    return bool(_DESCRIBED.search(person.relation))


_DESCRIBED = re.compile(r"[,;(]")


def _relation_phrases(relation: str, people: WhoIsWho | None = None) -> tuple[str, ...]:
    """"sœur" is recognised as "ma sœur"; "ma sœur" as itself; a bare relation is too vague. What follows a comma
    describes ("neveu, fils de Maëlle" is recognised as « mon neveu »). A relation through someone is said as itself
    ("Owen's mum", « copine de Théo »), and through that one's other names when recorded ("my partner's mum")."""
    relation = _its_first_part(relation)
    if not relation:
        return ()
    if fold_str(relation).startswith(_POSSESSIVES):
        return (relation,)
    if through := _through_someone(relation):
        return _said_through(through["what"], through["whose"], through.re is _THROUGH_SOMEONE, people)
    return tuple(p + relation for p in _POSSESSIVES)


def said_through_someone(person: KnownPerson, said: str) -> bool:
    """The words are the person's relation through someone ("Owen's mum", « la copine de Théo »), not a name: a
    mention that says who they are, yet seldom one a proposal must list ("for Jordan's cousin's wedding")."""
    return _through_someone(_its_first_part(person.relation)) is not None and said_by_a_word(person, said)


def _its_first_part(relation: str) -> str:
    """What comes before a comma or a bracket: what follows describes ("neveu, fils de Maëlle")."""
    return normalise_space(_DESCRIBED.split(relation, maxsplit=1)[0])


def _through_someone(relation: str) -> re.Match[str] | None:
    return _THROUGH_SOMEONE.fullmatch(relation) or _THROUGH_SOMEONE_FR.fullmatch(relation)


def said_by_a_word(person: KnownPerson, said: str) -> bool:
    """Said by a relation's words ("my partner"), not by a name or a nickname ("Noah B." is found as "Noah B")."""
    return _bare(said) not in {_bare(n) for n in (*person.names, *_first_names(person.name))}


def _bare(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold_str(name)))


# A relation through someone the user names: "Owen's mum", "Declan's partner", « copine de Théo », « mère d'Élias ».
_THROUGH_SOMEONE = re.compile(r"(?P<whose>(?-i:[A-ZÀ-Ý])[\w-]*)['’]s?\s+(?P<what>\w.*)")
_THROUGH_SOMEONE_FR = re.compile(r"(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+(?:de\s+|d['’]\s*)(?P<whose>(?-i:[A-ZÀ-Ý])[\w-]*)")


def _said_through(what: str, whose: str, english: bool, people: WhoIsWho | None) -> tuple[str, ...]:
    """The ways to say "`whose`'s `what`": by that name, or by the recorded one's nicknames and own relation
    ("my partner's mum", « la mère de mon compagnon »)."""
    known = people.find(whose) if people else None
    names = {whose, *(known.names if known else ()), *(_relation_phrases(known.relation) if known else ())}
    if english:
        return tuple(f"{name}'{'' if name.endswith('s') else 's'} {what}" for name in names) \
            + tuple(f"{name}'s {what}" for name in names if name.endswith("s"))
    return tuple(f"{what} d'{name}" if fold_str(name)[:1] in "aeiouyh" else f"{what} de {name}" for name in names)
