"""Who and what a sentence names: the official French spaCy pipeline, and first names from Faker.

The pipeline takes about 5 s to load: it loads lazily, once per process, on the thread that first
asks (the store thread in the app, never the GUI thread; `warm_up` lets a worker pay it early), and
its readings are cached per text. Without spaCy installed the guards fall back on their rules.

English has no official pipeline that installs from the registry here; the French one labels
English names badly (it tags "Honestly" or "my" as proper nouns), so English text is read by the
rules and the first-name lists alone (measured in benchmarks/guards.py, see `PIPELINE_LANGUAGES`).
"""
from __future__ import annotations

import importlib
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .folding import fold_str

PIPELINE = "fr_core_news_sm"
PIPELINE_LANGUAGES = frozenset({"fr"})
# Faker's person providers: given names of the countries our users' friends most often come from.
_NAME_LOCALES = (
    "fr_FR", "fr_CA", "fr_CH", "en_US", "en_GB", "en_IE", "en_IN", "en_AU", "en_NZ", "es_ES",
    "es_MX", "it_IT", "pt_PT", "pt_BR", "de_DE", "nl_NL", "tr_TR", "pl_PL", "ar_AA",
)
_LOCK = threading.Lock()
_loaded: list[Any] = []  # [the pipeline, or None when spaCy or the model is missing]


@dataclass(frozen=True)
class Entity:
    words: str
    span: tuple[int, int]
    label: str  # "PER", "LOC", "ORG", "MISC", or "PROPN" for a proper noun outside any entity


def pipeline() -> Any | None:
    """The French pipeline, loaded on first use (about 5 s), then shared by every caller."""
    with _LOCK:
        if not _loaded:
            _loaded.append(_load())
        return _loaded[0]


def warm_up() -> bool:
    """Load the pipeline now (call it from a worker thread); True when it is there."""
    return pipeline() is not None


def _load() -> Any | None:
    try:
        spacy = importlib.import_module("spacy")
        # The lemmatizer is not needed to find names, and is the slowest part to load.
        return spacy.load(PIPELINE, exclude=["lemmatizer"])
    except (ImportError, OSError):
        return None  # the rules alone: the guards still run, with less understanding


@lru_cache(maxsize=4096)
def read(text: str) -> Any | None:
    """The pipeline's reading of a French text (tokens, morphology, entities); None without it."""
    nlp = pipeline()
    return nlp(text) if nlp is not None and text.strip() else None


def told_in_the_past_fr(sentence: str) -> bool | None:
    """A French sentence with a verb in a past tense (passé composé, imparfait); None without the pipeline."""
    doc = read(sentence)
    if doc is None:
        return None
    # A capitalised word read as a verb is most often a name the small model does not know ("Cam").
    return any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and set(t.morph.get("Tense")) & {"Past", "Imp"}
               and (t.morph.get("VerbForm") != ["Part"] or any(c.dep_.startswith("aux") for c in t.children))
               for t in doc)


@lru_cache(maxsize=4096)
def entities(text: str) -> tuple[Entity, ...]:
    """Named entities and lone proper nouns in a French text, with their character spans."""
    doc = read(text)
    if doc is None:
        return ()
    found = [Entity(e.text, (e.start_char, e.end_char), e.label_) for e in doc.ents]
    inside = {i for e in doc.ents for i in range(e.start, e.end)}
    found += [Entity(t.text, (t.idx, t.idx + len(t.text)), "PROPN")
              for t in doc if t.pos_ == "PROPN" and t.i not in inside]
    return tuple(sorted(found, key=lambda e: e.span))


def entity_at(text: str, start: int, end: int, language: str) -> Entity | None:
    """The entity the pipeline sees over these characters, when it reads this language."""
    if language not in PIPELINE_LANGUAGES:
        return None
    return next((e for e in entities(text) if e.span[0] < end and start < e.span[1]), None)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded given names ("ines", "noor", "karim"…) from Faker's lists, plus a few it lacks."""
    names: set[str] = set(_MISSING_NAMES)
    for locale in _NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            names.update(fold_str(n) for n in getattr(provider, attribute, ()) or ())
    return frozenset(n for n in names if len(n) > 1)


def is_first_name(word: str) -> bool:
    return fold_str(word) in first_names()


def is_english_word(word: str) -> bool:
    """An ordinary English word ("Calm", "Let", "Honestly", "Thanksgiving"), by lemminflect's
    dictionary of English lemmas and their forms; names and brands ("Noor", "Spotify") are not in it."""
    return bool(english_lemmas(word))


@lru_cache(maxsize=8192)
def english_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """{part of speech: lemmas} of an English word form ("kept" → {"VERB": ("keep",)}); {} if unknown."""
    lookup = _lemma_lookup()
    return dict(lookup(word.lower())) if lookup else {}


def inflected_verb(word: str) -> bool:
    """An English verb in a tensed form: "is", "loved", "thinks", "went" (not "love", "loving")."""
    return any(word.lower() != lemma and not word.endswith("ing")
               for pos in ("VERB", "AUX") for lemma in english_lemmas(word).get(pos, ()))


def english_past(word: str) -> bool:
    """An English verb in the simple past (or its participle): "went", "told", "thanked"."""
    return inflected_verb(word) and not word.endswith("s")


@lru_cache(maxsize=1)
def _lemma_lookup() -> Any | None:
    # lemminflect imports spaCy (2-5 s) to hook into it: imported on first use, like the pipeline.
    try:
        return importlib.import_module("lemminflect").getAllLemmas
    except ImportError:
        return None


# Common given names in France that Faker's short French list lacks.
_MISSING_NAMES = frozenset(fold_str(n) for n in (
    "Léa Karim Lou Aïcha Fatou Moussa Kenji Yanis Rayan Inaya Sofiane Nadia Samir Rachid Yacine"
    " Bilal Mamadou Awa Djibril Ibrahim Youssef Ayoub Amine Nour Lina Jade Manon Chloé Zoé Inès"
    " Maëlys Anaïs Océane Enzo Mathis Théo Noah Nathan Lucas Hugo Louis Jules Gabin Timothée Maël"
    " Loïc Gaëlle Ludivine Solène Mélanie Sandrine Nathalie Sylvie Martine Brigitte Josiane Gérard"
    " Mimi Kiki Lulu Jojo Nono Fifi Loulou Titi"
    " Priya Aarav Wei Mei Hiroshi Yuki Kofi Amara Chidi Ngozi Olek Sasha Misha Dmitri Anya"
).split())


@lru_cache(maxsize=1)
def occupations() -> frozenset[str]:
    """Folded head nouns of Faker's job titles ("plombier", "agent", "librarian", "accountant"):
    words that name someone by what they do, as in "le plombier Marc" or "the nurse Ana"."""
    heads: set[str] = set()
    for locale in ("fr_FR", "en_US", "en_GB"):
        try:
            jobs = importlib.import_module(f"faker.providers.job.{locale}").Provider.jobs
        except ImportError:
            continue
        for job in jobs:
            title = fold_str(job.split(",")[0]).split()
            if title:
                # French titles start with their noun ("agent de …"), English ones end with it.
                heads.add(title[0] if locale == "fr_FR" else title[-1])
    return frozenset(h for h in heads if len(h) > 2 and re.fullmatch(r"[a-z][a-z-]+", h))
