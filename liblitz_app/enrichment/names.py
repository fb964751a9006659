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
from pathlib import Path
from typing import Any

from .folding import fold_str

PIPELINE = "fr_core_news_sm"
PIPELINE_LANGUAGES = frozenset({"fr"})
# Faker's person providers: given names of the countries our users' friends most often come from.
_NAME_LOCALES = (
    "fr_FR", "fr_CA", "fr_CH", "en_US", "en_GB", "en_IE", "en_IN", "en_AU", "en_NZ", "es_ES",
    "es_MX", "it_IT", "pt_PT", "pt_BR", "de_DE", "nl_NL", "tr_TR", "pl_PL", "ar_AA",
)
# France's own list is short (no Maëlle, Romane, Baptiste): Belgium's and Algeria's French lists fill it.
# Their names that are also French words are French names ("Sylvain", "Ophélie", "Clément"), taken unless
# they are English words.
_FRENCH_NAME_LOCALES = ("fr_BE", "fr_DZ")
# "en" is the long US list (Lacey, Ezra); Switzerland, Luxembourg, West and East Africa, Ireland,
# Scandinavia and Romania for the rest of a French or British address book. These lists also hold words
# ("Son", "Par", "Worth", "Tea", "Vide"): only the names that are neither a French nor an English word.
_MORE_NAME_LOCALES = (
    "de_CH", "de_LU", "nl_BE", "en", "en_KE", "en_PK", "ga_IE", "es_CO", "sv_SE", "da_DK", "ro_RO", "tw_GH",
    "yo_NG", "ig_NG", "ha_NG", "sw",
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
    """Load the pipeline and the name and word lists now (call it from a worker thread; about 7 s in
    all); True when the pipeline is there."""
    first_names()  # its filter reads the French lexicon and lemminflect's dictionary
    return pipeline() is not None


def _load() -> Any | None:
    try:
        spacy = importlib.import_module("spacy")
        # The lemmatizer is not needed to find names, and is the slowest part to load.
        return spacy.load(PIPELINE, exclude=["lemmatizer"])
    except (ImportError, OSError):
        return None  # the rules alone: the guards still run, with less understanding


# Readings made ahead in one batch, each handed to `read` once.
_read_ahead: dict[str, Any] = {}


@lru_cache(maxsize=4096)
def read(text: str) -> Any | None:
    """The pipeline's reading of a French text (tokens, morphology, entities); None without it."""
    nlp = pipeline()
    if nlp is None or not text.strip():
        return None
    ahead = _read_ahead.pop(text, None)
    return ahead if ahead is not None else nlp(text)


def read_ahead(texts: list[str]) -> None:
    """Read many texts in one batch, for `read` to find: the pipeline reads a batch about twice as fast as the same
    texts one by one (the guards' benchmark and its floors read tens of thousands)."""
    nlp = pipeline()
    if nlp is None:
        return
    todo = [text for text in dict.fromkeys(texts) if text.strip()]
    _read_ahead.clear()  # what an earlier batch left unread is dropped: the memory stays one batch's
    _read_ahead.update(zip(todo, nlp.pipe(todo, batch_size=64)))


def told_in_the_past_fr(sentence: str) -> bool | None:
    """A French sentence with a verb in a past tense (passé composé, imparfait); None without the pipeline."""
    sentence = _TEXTED_AUXILIARY.sub(lambda m: "je suis" if m["etre"] else "j'ai", sentence)
    doc = read(sentence)
    if doc is None:
        return None
    # A capitalised word read as a verb is most often a name the small model does not know ("Cam").
    return any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and set(t.morph.get("Tense")) & {"Past", "Imp"}
               and (t.morph.get("VerbForm") != ["Part"] or any(c.dep_.startswith("aux") for c in t.children)
                    and _PARTICIPLE.search(t.text) is not None  # not « j'ai hâte », a noun the model misreads
                    and t.lower_ != "envie")  # nor « j'ai envie », read as envier's participle
               for t in doc) or a_diary_participle(sentence) or _an_imperfect(sentence)


# A text message's auxiliary, read as written out: « g vu » (j'ai vu); « jsui rentré », « chui allé » with a verb of
# going and coming (« jsuis crevée », « chui bloqué à Porto » are how one is now).
_TEXTED_AUXILIARY = re.compile(r"(?<![\w'’-])(?:g|jai|(?P<etre>jsuis?|jss|chuis?)(?=\s+(?:pas?\s+)?(?:re)?"
                               r"(?:all|pass|arriv|sort|part|ven|descend|mont|tomb|retourn|rest|rentr)[éiu]e?s?\b))"
                               r"(?=\s+(?:pas?\s+)?[a-zà-ÿ])", re.IGNORECASE)


# An imperfect after its subject, which the small model often reads as a present (« il conduisait, je lui montrais »):
# not the presents that end the same way (« il fait », « je sais », « je vais », « il connaît », « ça lui plaît »).
_IMPERFECT = re.compile(r"(?<![\w'’])(?:je|j['’]|tu|il|elle|on|ils|elles)\s+(?:ne\s+|n['’])?"
                        r"(?:(?:me|te|se|lui|leur|le|la|les|y|en)\s+|[mtsl]['’])*"
                        r"(?P<verb>[a-zà-ÿ]{2,}(?:ais|ait|aient))\b",
                        re.IGNORECASE)
_LIKE_AN_IMPERFECT = re.compile(r"^(?:re|r[ée]|d[ée]|contre|sur|satis|bien|mal)?"
                                r"(?:f|s|v|h|pl|t|n|conn|par|appar|dispar|compar|compl)a[iî][st]$")


def _an_imperfect(sentence: str) -> bool:
    return any(not _LIKE_AN_IMPERFECT.match(m["verb"].lower()) for m in _IMPERFECT.finditer(sentence))


_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte"
                         r"|aint|ainte|oint|ointe|ait|aite|ort|orte|os|ose|uit|uite|û|ûe|ûs|ûes)$", re.IGNORECASE)


# A diary's sentence opening on a participle with its object: « Vu le Dr Haddad », « Appelé Mamie », « Fini le
# puzzle » (the small model reads a capitalised first word as a name: it is read again in lower case).
_OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:Enfin|Encore|D[ée]j[àa]|Bien|Re)\s+)?[A-ZÀ-Ý]?[a-zà-ÿ]*"
                                 r"(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|ert|erte|eint|einte|ait|aite)(?![\w'’])")
# A part of the day after it is a state's time ("Fatiguée ce soir"), not an object.
_DAY_PARTS = frozenset("soir matin jour journée nuit semaine week-end après-midi midi soirée matinée".split())


def a_diary_participle(sentence: str) -> bool:
    """A French sentence opening on a participle with its object, its « je » unsaid: « Repeint les volets »."""
    opening = _OPENING_PARTICIPLE.match(sentence)
    if opening is None:
        return False
    start = opening.end() - len(opening.group().split()[-1])
    doc = read(sentence[:start] + sentence[start].lower() + sentence[start + 1:])
    token = next((t for t in doc or () if t.idx == start), None)
    if token is None or token.pos_ != "VERB" or token.morph.get("VerbForm") != ["Part"]:
        return False
    return any(c.dep_ in ("obj", "xcomp") and c.text.lower() not in _DAY_PARTS for c in token.children)


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
    core = _given_names(_NAME_LOCALES)
    names = {fold_str(n) for n in core | _MISSING_NAMES}
    names |= {fold_str(n) for n in _given_names(_FRENCH_NAME_LOCALES) - core if not is_english_word(fold_str(n))}
    names |= {fold_str(n) for n in _given_names(_MORE_NAME_LOCALES) - core
              if not any(is_english_word(w) or is_french_word(w) for w in (n, fold_str(n)))}  # Pär, Côme
    return frozenset(n for n in names if len(n) > 1)


@lru_cache(maxsize=4)
def _given_names(locales: tuple[str, ...]) -> frozenset[str]:
    """Lower-case given names of these Faker locales, as spelt ("maëlle")."""
    names: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            given = getattr(provider, attribute, ()) or ()
            names.update(n.lower() for n in given if isinstance(n, str))
    return frozenset(names)


def is_french_word(word: str) -> bool:
    """A word of the French dictionary ("sinon", "commande", "romane", "pierre"), by the pipeline's
    lemmatizer tables (forms and lemmas, 320,000 words); names ("Maëlle", "Nutella") are not in it."""
    lexicon = _french_lexicon()
    if lexicon is None:
        return False
    forms, lemmas, hash_string = lexicon
    lowered = word.lower()
    return lowered in lemmas or hash_string(lowered) in forms


@lru_cache(maxsize=1)
def _french_lexicon() -> tuple[frozenset[int], frozenset[str], Any] | None:
    """(spaCy's hashes of the inflected forms, the lemmas, spaCy's string hash) from fr_core_news_sm's
    lookup tables, read once (about 1 s); None without the pipeline installed."""
    try:
        srsly = importlib.import_module("srsly")
        hash_string = importlib.import_module("spacy.strings").hash_string
        package = importlib.import_module(PIPELINE)
    except ImportError:
        return None
    found = sorted(Path(str(package.__file__)).parent.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        return None
    tables = srsly.msgpack_loads(found[-1].read_bytes())
    lemmas = frozenset(w for words in tables.get("lemma_index", {}).values() for w in words)
    return frozenset(tables.get("lemma_lookup", {})), lemmas, hash_string


def is_first_name(word: str) -> bool:
    return fold_str(word) in first_names()


@lru_cache(maxsize=1)
def _main_given_names() -> frozenset[str]:
    # (the two lists first_names() has read already, not a third walk through Faker's providers)
    return frozenset(fold_str(n) for n in _given_names(_NAME_LOCALES) | _given_names(_FRENCH_NAME_LOCALES)) \
        | _MISSING_NAMES


def a_main_given_name(word: str) -> bool:
    """A given name of the lists of the countries our users' friends most often come from ("Florence", "Sydney",
    "Nancy"), not one that only the long lists hold ("Melbourne", "Dijon", "Bradford": towns first)."""
    return fold_str(word) in _main_given_names()


def maybe_first_name(word: str) -> bool:
    """A given name in one of the lists, though it may also be a word ("Romane", "Fern", "Sunny"):
    the sentence must then tell which it is."""
    return is_first_name(word) or fold_str(word) in _every_given_name()


def a_word_and_no_name(word: str) -> bool:
    """A word of the French or English dictionary that is no given name either ("Pas", "Valley", "Head"; not "Pat",
    "Rose", "Will"): whatever its capital, nobody's name."""
    return not maybe_first_name(word) and (is_french_word(word) or is_english_word(word))


@lru_cache(maxsize=1)
def _every_given_name() -> frozenset[str]:
    every = _given_names(_NAME_LOCALES + _FRENCH_NAME_LOCALES + _MORE_NAME_LOCALES) | given_names_of_the_world()
    return frozenset(fold_str(n) for n in every if len(n) > 1) | _given_names_from_further_away()


@lru_cache(maxsize=1)
def _given_names_from_further_away() -> frozenset[str]:
    """A user's friends come from everywhere ("Priyanka", "Hiroko", "Thandiwe", "Kaito"): the given names of
    gender-guesser's other countries and of Faker's other Latin-script lists, but only those that are neither a
    French nor an English word (Norway's "Even", Romania's "Five" stay words)."""
    from .texting import a_texting_word  # (texting reads this module's words)
    detector = _gender_detector()
    names = set(detector.names) if detector is not None else set()
    names |= _given_names(_FURTHER_NAME_LOCALES)
    return frozenset(fold_str(n) for n in names if len(n) > 2 and n.isalpha() and not is_french_word(n)
                     and not is_english_word(n) and not a_texting_word(n) and n not in _NUMBERS)


# Numbers are no lemmas in the English lists ("Five strings and a cheer").
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty"
                     " sixty seventy eighty ninety hundred thousand".split())


_FURTHER_NAME_LOCALES = ("en_NG", "zu_ZA", "id_ID", "vi_VN", "en_PH", "fil_PH", "tl_PH", "sw", "es_AR", "fi_FI",
                         "hu_HU", "cs_CZ", "hr_HR", "et_EE", "lt_LT", "lv_LV", "sk_SK", "sl_SI", "is_IS", "no_NO")


@lru_cache(maxsize=1)
def given_names_of_the_world() -> frozenset[str]:
    """Given names in use where the user's languages are spoken (France, Belgium, Luxembourg, Switzerland,
    Britain, Ireland, the US), from gender-guesser's list (Jörg Michael's, 48,000 names of 55 countries),
    lower case: Faker's lists lack names that are also words ("Prune", "Ninon", "Honey", "Kit"). Norway's
    "Even" or Romania's "Five" stay words."""
    detector = _gender_detector()
    if detector is None:
        return frozenset()
    columns = [detector.COUNTRIES.index(c) for c in _WHERE_THE_USER_LIVES]
    return frozenset(name for name, by_gender in detector.names.items()
                     if any(values[i:i + 1].strip() for values in by_gender.values() for i in columns))


def surely_a_woman(name: str) -> bool:
    """A given name the same list gives only to women ("Linda", "Nadia"), or a woman's title (« Mme », "Mrs"): nobody
    a reflection's "il"/"he" can be."""
    return fold_str(name).rstrip(".") in _HER_TITLES or _given_only_to(name, {"female", "mostly_female"})


def surely_a_man(name: str) -> bool:
    """A given name that gender-guesser's list gives only to men where the user's languages are spoken
    ("Ahmed", "Gordon"), or a man's title (« M. », "Mr"): nobody a reflection's "elle"/"she" can be."""
    return fold_str(name).rstrip(".") in _HIS_TITLES or _given_only_to(name, {"male", "mostly_male"})


_HER_TITLES = frozenset("mme madame mademoiselle mlle mrs ms miss".split())
_HIS_TITLES = frozenset("m monsieur mr mister".split())


def _given_only_to(name: str, genders: set[str]) -> bool:
    detector = _gender_detector()
    if detector is None:
        return False
    found = detector.names.get(fold_str(name)) or detector.names.get(name.lower()) or {}
    return bool(found) and set(found) <= genders


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    try:
        return importlib.import_module("gender_guesser.detector").Detector(case_sensitive=False)
    except ImportError:
        return None


_WHERE_THE_USER_LIVES = ("france", "belgium", "luxembourg", "swiss", "great_britain", "ireland", "usa")


def a_function_word(text: str, start: int, language: str) -> bool:
    """The French word at `start` is an adverb, a conjunction, a preposition, a pronoun ("Sinon, …",
    "Bref, …", "Pourtant …"), by the pipeline's reading; never a name."""
    doc = read(text) if language == "fr" and language in PIPELINE_LANGUAGES else None
    token = next((t for t in doc if t.idx == start), None) if doc is not None else None
    return token is not None and token.pos_ in ("ADV", "CCONJ", "SCONJ", "ADP", "PRON", "DET", "INTJ")


# A French verb told of someone right after a name: "Romane l'a réussi", "Lilou a programmé", "Théo est
# venu", "Inès nous attendait".
_FRENCH_VERB_AFTER = re.compile(r"\s+(?:(?:ne\s+|n['’])?(?:l['’]|m['’]|t['’]|s['’]|nous\s+|vous\s+|lui\s+"
                                r"|leur\s+|les\s+|me\s+|te\s+|se\s+|y\s+|en\s+)*)(?P<verb>[a-zà-ÿ]+)\b")

# "Sunny picked…", "Sunny never replies…", "Sunny finally got…": up to two adverbs before the verb.
_ENGLISH_WORD_AFTER = re.compile(r"(?:\s+(?:never|always|just|finally|still|already|also|really|actually|\w+ly))"
                                 r"{0,2}\s+(?P<verb>[a-z]+)\b")


def a_verb_follows(text: str, end: int, language: str) -> bool:
    """The word ending at `end` is the subject of the verb that follows: "Sunny picked the names",
    "Mireille dove in", "Romane l'a réussi" — not "Sunny day", "Balade au bord de l'eau". A copula
    proves nothing ("Summer was hot")."""
    m = (_FRENCH_VERB_AFTER if language == "fr" else _ENGLISH_WORD_AFTER).match(text, end)
    if m is None:
        return False
    verb = m.group("verb")
    if language != "fr":
        return inflected_verb(verb) and verb not in ("is", "was", "has", "had", "does", "did")
    doc = read(text)
    token = next((t for t in doc if t.idx == m.start("verb")), None) if doc is not None else None
    return token is not None and token.pos_ in ("VERB", "AUX") and "3" in token.morph.get("Person", ["3"])


def is_english_word(word: str) -> bool:
    """An ordinary English word ("Calm", "Let", "Honestly", "Thanksgiving"), by lemminflect's
    dictionary of English lemmas and their forms; names and brands ("Noor", "Spotify") are not in it."""
    return bool(english_lemmas(word))


# Folded, "même" (even) is "mémé" (granny): the accents tell them apart.
_KIN_BY_ACCENTS = {"meme": ("mémé", "meme"), "pepe": ("pépé", "pepe")}


def another_word_by_its_accents(written: str) -> bool:
    """"Même": a word that folds to a name for kin ("mémé") but is written with other accents."""
    forms = _KIN_BY_ACCENTS.get(fold_str(written))
    return forms is not None and written.lower() not in forms


@lru_cache(maxsize=8192)
def english_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """{part of speech: lemmas} of an English word form ("kept" → {"VERB": ("keep",)}); {} if unknown."""
    lookup = _lemminflect("getAllLemmas")
    return dict(lookup(word.lower())) if lookup else {}


def inflected_verb(word: str) -> bool:
    """An English verb in a tensed form: "is", "loved", "thinks", "went" (not "love", "loving")."""
    return any(word.lower() != lemma and not word.endswith("ing")
               for pos in ("VERB", "AUX") for lemma in english_lemmas(word).get(pos, ()))


def english_past(word: str) -> bool:
    """An English verb in the simple past (or its participle): "went", "told", "thanked"."""
    return inflected_verb(word) and not word.endswith("s")


def english_participle(word: str) -> bool:
    """An English past participle: "bought", "started" (not "came", "went": a simple past only)."""
    inflect = _lemminflect("getInflection")
    if inflect is None:
        return english_past(word)
    return any(word.lower() in (inflect(lemma, "VBN") or ()) for lemma in english_lemmas(word).get("VERB", ()))


@lru_cache(maxsize=2)
def _lemminflect(function: str) -> Any | None:
    # lemminflect imports spaCy (2-5 s) to hook into it: imported on first use, like the pipeline.
    try:
        return getattr(importlib.import_module("lemminflect"), function)
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
                # French titles start with their noun ("agent de …"), English ones end with it, and so do the
                # French ones borrowed from English ("data manager", "yield manager": not "data", round 66).
                english = locale != "fr_FR" or title[-1] in _BORROWED_HEADS
                heads.add(title[-1] if english else title[0])
    return frozenset(h for h in heads if len(h) > 2 and re.fullmatch(r"[a-z][a-z-]+", h)) - _NO_ONE


_BORROWED_HEADS = frozenset({"manager"})
# Words of Faker's titles that name no one alone ("Land", "Make", "Copy" are whole titles in its English list;
# "Professor Emeritus", « hot liner »): "the land", "make" are nobody in a memory (round 66: "the Land Rover" made
# someone of the user's night).
_NO_ONE = frozenset({"land", "make", "copy", "sub", "emeritus", "hot"})
