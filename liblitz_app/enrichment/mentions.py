"""Persons and places named in a memory, by careful rules (no NER model needed for short texts)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .folding import find_phrase, fold, fold_str
from .language import ENGLISH, FRENCH, detect_language
from .names import (
    a_function_word,
    a_main_given_name,
    a_verb_follows,
    a_word_and_no_name,
    another_word_by_its_accents,
    english_lemmas,
    english_past,
    entity_at,
    inflected_verb,
    is_english_word,
    is_first_name,
    is_french_word,
    maybe_first_name,
    occupations,
)
from .persona import KnownPerson, WhoIsWho, said_by_a_word, said_through_someone
from .towns import a_route, a_town
from .well_known import a_match_of_countries, inside_a_listed_title
from .texting import (
    a_texting_word, beside_a_name, done_to_me, in_lower_case, titled_in_lower_case, unknown_word, unknown_words,
)
from .time_phrases import MONTHS, WEEKDAYS
from .voice import names_given, quotations

CITIES = frozenset(fold_str(c) for c in (
    "Paris Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims"
    " Toulon Grenoble Dijon Angers Nîmes Brest Tours Limoges Amiens Perpignan Metz Besançon Orléans"
    " Rouen Caen Nancy Avignon Poitiers Pau Calais Annecy Chamonix Biarritz Arles Colmar Bayonne"
    " Bruxelles Genève Lausanne Montréal Québec Londres London Berlin Rome Madrid Barcelone Barcelona"
    " Lisbonne Lisbon Amsterdam Venise Venice Florence Tokyo Dublin Edinburgh Boston Chicago"
    " Bretagne Normandie Provence Alsace Corse Belgique Suisse Espagne Italie Portugal Allemagne"
    " Japon Canada Maroc Grèce France Angleterre England Ireland Irlande Scotland Écosse Spain Italy"
    " Geneva Brussels Munich Milan Naples Copenhagen Athens Warsaw Moscow Seville Turin Genoa"
    " Germany Japan Greece Portugal Brooklyn Manhattan Sydney Berlin Prague Vienne Vienna Oslo"
    # French names of towns GeoNames' list knows by another (round 56: « il conduisait un taxi à Alger »); not
    # « Sienne », « Berne », « Grenade », « Cologne »: also words (« la sienne », « en berne »)
    " Alger Moscou Varsovie Édimbourg Anvers Gand Cracovie Beyrouth Athènes Copenhague Bucarest Bagdad Téhéran"
    " Kaboul Tanger Djerba Bâle Mayence Dresde Hambourg Brême Francfort Salzbourg Gênes Vérone Padoue Pise Palerme"
    " Catane Cadix Saragosse Tolède Cordoue Marrakech Louvain Ratisbonne Aix-la-Chapelle"
).split()) | {"le caire", "new york", "los angeles", "san francisco", "la rochelle", "saint-malo", "le havre",
              "aix-en-provence", "clermont-ferrand", "new york city"}
COMMON_PLACES = tuple(fold_str(p) for p in (
    "plage", "mer", "montagne", "maison", "piscine", "gare", "boulangerie", "hôpital", "école",
    "fac", "université", "parc", "cinéma", "ciné", "restaurant", "resto", "bureau", "travail",
    "marché", "musée", "jardin", "lac", "concert", "théâtre", "campagne", "forêt", "zoo", "stade",
    "home", "beach", "park", "office", "cinema", "movies", "hospital", "station", "museum", "lake",
    "mountains", "library", "gym", "café", "bar", "pub", "church", "église", "supermarché",
))
_PLACE_PREPOSITIONS = r"(?:à|a|au|aux|en|dans|sur|in|at|to|near|from|de|du|près de)"
_COMMUNICATION_VERBS = (
    "ecrit", "parle", "dit", "telephone", "appele", "offert", "donne", "envoye", "pense", "repondu",
    "explique", "raconte", "montre", "demande", "ecrire", "parler", "dire", "telephoner",
)
# After these, a capitalised word at the start of a sentence is someone doing something.
_NAME_FOLLOWERS = frozenset(
    "et and m me a est etait m'a s t vient va viendra part est venu called said is was has came told"
    " took gave asked sent visited loves hates came m'appelle dit m'a & avait avaient sont".split()
)
_NOT_NAMES = FRENCH | ENGLISH | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "je j'ai c'est c'etait ca hier aujourd demain super genial enfin trop vraiment quel quelle"
    " ce cette on oui non merci bonjour salut ok bref puis alors ensuite finalement heureusement"
    " malheureusement i i'm i've it's we my our today yesterday tomorrow finally then so well"
    " oh ah wow yes no thanks hello hi dad mum mom papa maman noel christmas dieu god bebe baby"
    " can't don't won't didn't isn't wasn't couldn't rdv"
    " over under into onto upon during since until"  # "Over chips afterwards Priya suggested…": no one
    " alzheimer parkinson crohn asperger hodgkin huntington tourette"  # diseases: "une IA qui détecterait Alzheimer"
    " mondays tuesdays wednesdays thursdays fridays saturdays sundays".split()
) | frozenset(  # peoples, languages, faiths: "two German hikers", "French verbs", "Gregorian chant", never someone
    "german french english british american canadian mexican brazilian argentinian italian spanish portuguese dutch"
    " belgian swiss irish scottish welsh polish russian ukrainian greek turkish swedish norwegian danish finnish"
    " icelandic austrian hungarian czech romanian bulgarian serbian croatian australian chinese japanese korean"
    " vietnamese thai indian pakistani nigerian ghanaian kenyan ethiopian moroccan algerian tunisian lebanese syrian"
    " egyptian iranian israeli arabic hindi urdu farsi persian mandarin cantonese latin hebrew swahili"
    " gregorian catholic protestant muslim jewish buddhist hindu".split()  # (not "christian": Christian)
)
_ELISIONS = frozenset("l d j qu n s t m c jusqu lorsqu puisqu".split())
_CAP = r"[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ][\wÀ-ÿ'’\-]*"
_NAME = rf"{_CAP}(?:\s+(?:de\s+|van\s+|von\s+|le\s+|du\s+)?{_CAP})*"
_TOKEN = re.compile(_NAME)


@dataclass(frozen=True)
class Mention:
    words: str  # as written in the text
    span: tuple[int, int]
    kind: str  # "person" | "place"
    person: KnownPerson | None = None  # the recorded person these words stand for


def _is_city(words: str) -> bool:
    """A town for sure: one of ours, two joined ("Paris-Bordeaux"), or two countries' match ("France-Irlande"); or a
    region, an island no one is named after."""
    return fold_str(words) in CITIES | REGIONS or a_route(words) or a_match_of_countries(words)


# Regions and islands, which GeoNames' towns leave out (round 45: "the dig he did in Crete", "a week in Sicily"); the
# guards read them as names' words only (CITIES is read word by word in a memory: no « champagne », no « jersey »).
REGIONS = frozenset(fold_str(r) for r in (
    "Corsica Sicile Sicily Sardaigne Sardinia Majorque Majorca Mallorca Minorque Menorca Ibiza Tenerife Ténérife"
    " Madère Madeira Açores Azores Canaries Baléares Chypre Cyprus Malta Martinique Guadeloupe Guyane Sumatra Hawaii"
    " Islay Orkney Shetland Hébrides Hebrides Anglesey Guernsey Capri Santorin Santorini Mykonos Corfou Corfu Zanzibar"
    " Tasmanie Tasmania Cornwall Cornouailles Yorkshire Cumbria Norfolk Suffolk Dorset Somerset Sussex Surrey"
    " Lancashire Northumberland Cotswolds Pembrokeshire Snowdonia Highlands Wales Burgundy Bourgogne Auvergne Savoie"
    " Savoy Dordogne Périgord Ardèche Drôme Vosges Ardennes Camargue Cévennes Lubéron Luberon Vercors Queyras"
    " Pyrénées Pyrenees Alpes Alps Picardie Aquitaine Occitanie Gascogne Quercy Sologne Touraine Anjou Vendée Poitou"
    " Tyrol Toscane Tuscany Andalousie Andalusia Catalogne Catalonia Galice Galicia Bavière Bavaria Flandre Flanders"
    " Wallonie Wallonia Californie California Alaska Ontario Patagonie Patagonia Laponie Lapland Algarve Dolomites"
    " Normandy"
    # continents and the world's great regions (round 55)
    " Amérique Europe Asie Afrique Océanie Oceania Scandinavie Scandinavia Balkans Caraïbes Caribbean Antarctique"
    " Maghreb"
).split())
# Those also given to people ("Skye", "Devon", "Brittany"): a place only after "in", « en » (_is_person).
REGIONS_ALSO_NAMES = frozenset(fold_str(r) for r in "Crète Crete Malte Skye Arran Devon Kent Essex Brittany Morvan"
                                                    " Lorraine America Africa Asia".split())
# Which part of a continent: "family in Latin America", "a year in South Africa" (round 55).
_PART_OF = frozenset("latin south north east west central southeast southern northern eastern western".split())


def _towns_joined(text: str, words: str, start: int, end: int) -> bool:
    """"between Leeds and Porto", « de Lyon à Porto »: a town joined to another is a town, given name or not."""
    before = re.search(r"([A-ZÀ-Ý][\w-]+)\s+(?:and|et|&|to|à)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+(?:and|et|&|to|à)\s+([A-ZÀ-Ý][\w-]+)", text[end:])
    return a_town(words) and any(m is not None and (a_town(m[1]) or fold_str(m[1]) in CITIES) for m in (before, after))


def _a_town_somewhere(words: str) -> bool:
    """One of the world's towns that is no given name ("Quimper"; not "Florence"): a town where the sentence
    puts a place ("la maison de Quimper"), not after "with" ("brunch with Kemi", also a Finnish town)."""
    return a_town(words) and not a_main_given_name(fold_str(words).split()[0])


def _preceding(text: str, start: int, count: int = 2) -> list[str]:
    return re.findall(r"[\wÀ-ÿ'’-]+", fold_str(text[max(0, start - 40):start]))[-count:]


def sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?…\n:;«\"“‘—-"  # (“Kick from the hips.”: a quotation's first word)


# "Haven't", "Shouldn't", "Aren't": a verb and its "not", never a name ("Haven't told Sam" is not about Haven).
_A_NEGATION = re.compile(r"n['’]t$", re.IGNORECASE)


def _trim_name(text: str, m: re.Match[str]) -> tuple[str, int, int]:
    """Drop leading stopwords and elided articles ("L'Oréal" stays, "J'ai" goes)."""
    start, words = m.start(), m.group()
    while words:
        head, _, rest = words.partition(" ")
        if "'" in head or "’" in head:
            prefix = fold_str(head.replace("’", "'").split("'")[0])
            if fold_str(head) in _NOT_NAMES or prefix in _NOT_NAMES and prefix not in _ELISIONS \
                    or _A_NEGATION.search(head):
                return "", start, start
            if fold_str(head.replace("’", "'").split("'")[0]) in _ELISIONS:
                cut = len(head.replace("’", "'").split("'")[0]) + 1
                words, start = words[cut:], start + cut
                if not words[:1].isupper():
                    return "", start, start
                continue
        if fold_str(head) in _NOT_NAMES and rest:
            start += len(words) - len(rest)
            words = rest
            continue
        break
    return words.rstrip("'’-"), start, start + len(words.rstrip("'’-"))


def _classify(text: str, words: str, start: int) -> str | None:
    folded = fold_str(words)
    if folded in _NOT_NAMES or len(folded) < 2:
        return None
    if _is_city(words):
        return "place"
    before = _preceding(text, start)
    last = before[-1] if before else ""
    if last in ("avec", "with", "chez", "et", "and", "ami", "amie", "copain", "copine"):
        return "person"
    if last in ("a", "au", "en", "in", "at", "to", "near", "from") and not any(
        b.startswith(_COMMUNICATION_VERBS) for b in before[:-1]
    ):
        if re.search(r"\d", words) or last == "au" and any(b.startswith(_PLAYED) for b in _preceding(text, start, 5)[:-1]):
            return None  # « en CE2 », "in Year 7": a class; « perdu au Uno », « joué au Monopoly »: a game
        return "place"
    if sentence_start(text, start):
        after = re.findall(r"[\wÀ-ÿ'’&]+", fold_str(text[start + len(words):start + len(words) + 20]))
        return "person" if after and after[0].replace("’", "'") in _NAME_FOLLOWERS else None
    return "person"


_PLAYED = ("jou", "perd", "perdu", "gagn", "triche")


def find_capitalised(text: str) -> list[Mention]:
    """Capitalised names (persons or places) by position and neighbouring words."""
    mentions: list[Mention] = []
    for m in _TOKEN.finditer(text):
        words, start, end = _trim_name(text, m)
        if not words:
            continue
        kind = _classify(text, words, start)
        if kind:
            mentions.append(Mention(words, (start, end), kind))
    return mentions


def find_persons(text: str, people: WhoIsWho, companion: str = "") -> list[Mention]:
    """Named persons: recorded names and nicknames first, then capitalised names by rules."""
    found: dict[str, Mention] = {}
    for person, said, span in people.mentioned_in(text):
        found.setdefault(fold_str(person.name), Mention(said, span, "person", person))
    for mention in find_capitalised(text):
        if mention.kind == "person" and fold_str(mention.words) != fold_str(companion):
            if not any(_same_person(mention.words, m) for m in found.values()):
                found.setdefault(fold_str(mention.words), mention)
    return sorted(found.values(), key=lambda m: m.span)


def _same_person(words: str, mention: Mention) -> bool:
    names = mention.person.names if mention.person else (mention.words,)
    tokens = set(fold_str(words).split())
    return any(tokens <= set(fold_str(n).split()) or set(fold_str(n).split()) <= tokens for n in names)


def find_places(text: str, people: WhoIsWho | None = None) -> list[Mention]:
    """Places: known cities and countries, "chez X", a capitalised name after à/en/in, a few common ones."""
    found: list[Mention] = [m for m in find_capitalised(text) if m.kind == "place"]
    # (Case matters for the name: with IGNORECASE, "chez moi comme un idiot" read as one long name.)
    for m in re.finditer(rf"\b(?i:chez)\s+(?:{_NAME}|(?i:moi|toi|lui|elle|eux|nous|mes parents|ma \w+|mon \w+))",
                         text):
        found.append(Mention(m.group(), m.span(), "place"))
    folded = fold(text)
    nouns = "|".join(COMMON_PLACES)
    pattern = rf"(?<!\w)(?:a la|a l'|au|aux|at the|to the|in the|by the|near the|at|to|dans le|dans la|sur la|du|de la|pres du|pres de la)\s*(?P<noun>{nouns})(?!\w)"
    for m in re.finditer(pattern, folded.folded):
        span = folded.span(m.start("noun"), m.end("noun"))
        found.append(Mention(text[span[0]:span[1]], span, "place"))
    return _without_overlaps(found)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.span[0], -m.span[1])):
        if not kept or mention.span[0] >= kept[-1].span[1]:
            kept.append(mention)
    return kept


# --- persons as the guards see them: the sentence, not its capital letters ----------------------

# Holidays and feasts, by a word or by their whole name ("Secret Santa", « fête de la musique »).
_FEAST_WORDS = ("Noël Pâques Pentecôte Toussaint Ascension Assomption Ramadan Aïd Hanoucca Diwali Carnaval"
                " Halloween Thanksgiving Christmas Easter Hanukkah Passover Eid Pentecost Valentine Valentin"
                " Saint-Valentin Réveillon Nouvel An Mardi Gras Épiphanie Chandeleur Nowruz Yom Kippour Kippur"
                " Friendsgiving Oktoberfest Hogmanay Erasmus")
_FEASTS = frozenset(fold_str(w) for w in (
    *_FEAST_WORDS.split(), "Secret Santa", "Spring Break", "Christmas Eve", "Bonfire Night", "Guy Fawkes",
    "Guy Fawkes Night", "fête de la musique", "Día de los Muertos", "Saint-Patrick", "St. Patrick's Day",
    "Valentine's Day", "Mother's Day", "Father's Day", "fête des mères", "fête des pères", "Nouvel An chinois",
    "Lunar New Year", "New Year", "New Year's Eve", "Black Friday", "Boxing Day", "Aïd el-Kébir", "Aïd el-Fitr",
    "Aïd al-Adha", "Aïd al-Fitr", "Eid al-Fitr", "Eid al-Adha", "Eid ul-Fitr",
    # other lands' feasts a memory abroad names (round 61: "Wigilia dinner with Kasia's family", "Koningsdag in Leiden")
    "Wigilia", "Koningsdag", "Kerstmis", "Midsommar", "Juhannus", "Walpurgis", "Fasching", "Fastnacht",
    "Karneval", "Songkran", "Chuseok", "Obon", "Hanami", "Navratri", "Holi", "Vaisakhi",
    "Rosh Hashanah", "Rosh Hashana", "Roch Hachana", "Purim", "Sukkot", "Shavuot", "Pesach", "Kwanzaa", "Juneteenth",
    "Cinco de Mayo", "Burns Night", "Shrove Tuesday", "Pancake Day", "Good Friday", "Whitsun", "Michaelmas",
    "Candlemas", "Samhain", "Beltane", "Anzac Day", "Canada Day", "Australia Day", "Bastille Day", "Saint-Sylvestre",
    # Christmas's own figure, no one the user knows ("a Lego set from Santa", « le Père Noël »)
    "Santa", "Santa Claus", "Father Christmas", "Père Noël", "Papa Noël", "Semana Santa"))
# The feasts of more than one word, whose words are no one's name inside them ("Secret Santa", « Aïd el-Kébir »).
_FEAST_PHRASES = tuple(sorted((f for f in _FEASTS if " " in f or "-" in f), key=len, reverse=True))


def _inside_a_feast(text: str, span: tuple[int, int]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in _feasts_said(text))


@lru_cache(maxsize=64)
def _feasts_said(text: str) -> tuple[tuple[int, int], ...]:
    folded = fold_str(text)
    return tuple(found for feast in _FEAST_PHRASES if feast.split()[0] in folded for found in find_phrase(text, feast))


# Capitalised words that are never someone: holidays, greetings, titles of things.
_NOT_PERSONS = _FEASTS | frozenset(fold_str(w) for w in (
    " Seigneur Jésus Allah Bouddha Internet Wi-Fi Covid Ok Okay"
    " Bon Bonne Joyeux Joyeuse Cher Chère Monsieur Madame Mademoiselle Docteur"
    # Voice assistants: the companion's own kind, named by the companion guard when she takes their name.
    " Siri Alexa Cortana Bixby Gemini Copilot ChatGPT"
).split())


def a_feast(name: str) -> bool:
    """"Halloween", "Secret Santa", "St. Patrick" (of "St. Patrick's Day"): a holiday's name, said as a person's."""
    folded = fold_str(name).strip()
    return folded in _FEASTS or f"{folded}'s day" in _FEASTS


_PET_NOUNS = frozenset(
    "chien chienne chiot chat chatte chaton lapin hamster cheval jument poney perroquet poisson"
    " tortue cochon furet dog puppy cat kitten bunny rabbit hamster horse pony parrot fish turtle tortoise"
    " budgie gecko ferret"
    " pet pup kitty toutou minou"
    # a breed, a farm's animals: "Mrs Lloyd's spaniel Bryn", « l'âne Fanfan »
    " spaniel labrador retriever caniche teckel terrier beagle collie husky bouledogue bulldog carlin pug chihuahua"
    " whippet greyhound lurcher sheepdog corgi ane donkey chevre goat lama alpaga alpaca lab".split()
)
# Words that say how someone relates to the user: never a name by themselves.
RELATIONS = frozenset(
    "ami amie amis copain copine copains pote collegue collegues frere soeur sœur cousin cousine voisin"
    " voisine voisins fils fille mari femme epoux epouse compagnon compagne patron patronne cheffe chef"
    " oncle tante neveu niece grand-mere grand-pere parrain marraine belle-mere beau-pere prof"
    " grand-tante grand-oncle arriere-grand-mere arriere-grand-pere great-aunt great-uncle great-grandma"
    " great-grandmother great-grandpa great-grandfather"
    " professeur professeure medecin docteur dentiste kine psy coiffeur coiffeuse facteur"
    " friend friends buddy colleague coworker brother sister cousin neighbour neighbor son daughter"
    " husband wife boyfriend girlfriend partner boss uncle aunt nephew niece grandmother grandfather"
    " teacher doctor dentist therapist landlord landlady manager roommate flatmate mate".split()
)
_PERSON_BEFORE = RELATIONS | frozenset(
    "avec avc with w et and n chez grandma grandpa papy mamie"  # "avc", "w", "n": "avec", "with", "and" in a text
    " appele appelee appeler telephone ecrit vu vue croise croisee revu revue retrouve retrouvee"
    " embrasse quitte rencontre rencontree invite invitee aide aidee called texted met saw visited"
    " hugged kissed told asked invited helped thanked emailed phoned call visit meet see"
    " tell ask thank hug kiss appeler voir rappeler rappele embrasser remercie remercier".split()
)
# One visits a town as well as a friend: "visit Iceland" is a trip ("with Kemi" is someone, though a town too).
_VISITING = frozenset("visit visited visiting visiter visite visitee voir".split())
_PERSON_AFTER = re.compile(
    r"\s*(?:,\s*(?:ma|mon|mes|my|our|notre|his|her|son|sa)\s|et moi\b|and i\b|and me\b"
    r"|m'|me\s|t'|s'est|est\s+venue?|a\s+dit|a\s+appele|said|says|told|called|texted|asked|came|was|is"
    r"|has|had|and\s+(?:his|her|their)\b|'s\b|’s\b"
    r"|(?:and|&)\s+[A-ZÀ-Ý][\w-]+['’]s\b"  # "at Sunita and Raj's": two people's home
    # "Eilidh from payroll", « Marie du boulot »: someone by where the user knows them from
    r"|from\s+(?:work|payroll|accounts|hr|the office|school|uni|church|next door|upstairs|downstairs|the gym"
    r"|my team|the team|the club|choir)\b|du\s+(?:boulot|travail|bureau|club|dessus|dessous)\b|d['’]à côté\b)",
    re.IGNORECASE,
)
_PLACE_BEFORE = frozenset("a au aux en in at to near from vers dans sur pres".split())
PLACE_NOUNS = frozenset(
    "rue avenue boulevard bd place parc gare stade musee lycee college ecole eglise cathedrale hotel"
    " pont tour quai port aeroport hopital clinique restaurant resto bar cafe cinema theatre salle cabinet garage"
    " marche halles metro"  # « le marché Jean-Talon », « les halles Paul-Bocuse », « métro Jean-Jaurès »
    " usine raffinerie entrepot depot"  # « devant l'usine Michelin », « le dépôt Vidal », round 58
    " street road avenue lane square station airport stadium hospital school college university"
    " church cathedral museum bridge tower hotel pub restaurant cafe theatre theater hall mount"
    " factory refinery warehouse".split()
)
_PLACE_AFTER = re.compile(
    r"\s+(?:street|st\b|road|rd\b|avenue|lane|square|station|airport|park|stadium|arena|hall|cross"
    r"|bridge|tower|hospital|school|college|university|church|cathedral|museum|centre|center|mall"
    r"|market|hotel|beach|gardens?|heights|hill|valley|river|lake|bay|farm|ranch|orchard|vineyard|manor|cottage"
    r"|inn|lodge|barn|estate|woods|forest|castle|abbey|pier|harbou?r|marina|rink|reservoir)\b", re.IGNORECASE)
# The pets a sentence calls by their kind, beside their name ("Rocky, le chien", "the tortoise, Shelly").
_PET_WORDS = (r"chien|chienne|chiot|chat|chatte|chaton|lapin|hamster|cheval|poney|perroquet|tortue"
              r"|dog|puppy|cat|kitten|rabbit|bunny|horse|pony|parrot|tortoise|turtle"
              r"|[âa]ne|[âa]nesse|donkey|ch[èe]vre|goat|lama|alpaga"
              # a breed says it as well: "Mrs Lloyd's spaniel Bryn", « Tobias, le berger allemand de Rudy »
              r"|berger allemand|berger australien|labrador|golden retriever|retriever|caniche|teckel|spaniel|cocker"
              r"|terrier|beagle|collie|border collie|husky|bouledogue|bulldog|carlin|pug|chihuahua|dalmatien|dalmatian"
              r"|lurcher|whippet|greyhound|l[ée]vrier|yorkshire|jack russell|siamois|siamese|maine coon|persan|persian"
              # (round 54: « Sirius, le malinois qui a peur de tout »)
              r"|malinois|berger belge|rottweiler|dobermann?|staffie|staffy|bichon|shih tzu|schnauzer|dachshund"
              r"|sausage dog|pit ?bull|[ée]pagneul|basset|shiba|akita|samoy[èe]de|samoyed|corgi|westie|weimaraner"
              r"|vizsla|cavalier king charles|ragdoll|sphynx|chartreux|tabby|mutt")
# The other animals a home, a classroom or a farm keeps, said after a name ("Gaspard le poisson rouge"); not before
# one, where they are as often a part in a play ("Noor was a sheep, Idris was the star").
_MORE_ANIMALS = (r"poisson rouge|poisson|fish|oiseau|bird|canari|canary|perruche|budgie|parakeet|cochon d['’]inde|cobaye"
                 r"|guinea pig|furet|ferret|gerbille|gerbil|souris|mouse|rat|serpent|snake|l[ée]zard|lizard|gecko"
                 r"|iguane|iguana|axolotl|poule|hen|chicken|coq|rooster|canard|duck|oie|goose|jument|mare|mule"
                 r"|brebis|mouton|sheep|agneau|lamb|cochon|pig|vache|cow|veau|calf|minou|chat de goutti[èe]re|moggy"
                 # a zoo's or the wild's (round 56: "Stood in front of Alfred the Gorilla for ages")
                 r"|gorilla|gorille|elephant|[ée]l[ée]phant|giraffe|girafe|penguin|pingouin|manchot|zebra|z[èe]bre"
                 r"|monkey|singe|chimp|chimpanzee|chimpanz[ée]|hippo|hippopotamus|hippopotame|rhino|rhinoceros"
                 r"|rhinoc[ée]ros|otter|loutre|seal|phoque|dolphin|dauphin|owl|hibou|chouette|tigre|tiger"
                 r"|camel|chameau|kangaroo|kangourou|koala|panda|peacock|paon|swan|cygne")
# A word describing the animal, not one starting someone else ("ma voisine avec son chien").
_KIND = r"(?!(?:with|avec|and|et|who|qui|que|has|had|de|of|son|sa|his|her|their|my|mon|ma|took|a|an)\b)[\w-]+"
# Someone by the animal they look after: "Sarah, our cat sitter", "Tom, the dog walker", "Ana, my dog's vet".
_NOT_THE_ANIMAL = (r"(?:['’]s)?\s*-?\s*(?:sitters?|walkers?|groomers?|vets?|lady|man|woman|person|people|trainers?"
                   r"|whisperer)\b")
# (round 54: and someone's by a plural, "Mr Pickles, the Dunnes' ancient tortoise"; « Monsieur Pompon, le doyen des
# chats du refuge »)
# (round 66: "Biscotto, the neighbour's old greyhound")
_WHOSE_OR_WHICH = (r"(?:(?:(?:the|my|our|his|her|their)\s+)?\w+['’]s|(?:the\s+)?\w+s['’]"
                   r"|mon|ma|le|la|my|our|the|notre|son|sa|his|her|their|a|an|un|une)")
_PET_AFTER = re.compile(
    rf"(?:\s*[,(]?\s*(?:{_WHOSE_OR_WHICH}\s+|l['’])?"
    r"(?:(?:old|vieux|vieille|petit|petite|little|sweet)\s+)?"
    # "Ned the old sheepdog", "Rufus, my first ever client dog": a few words of its kind before the animal
    rf"|\s*[,(]\s*{_WHOSE_OR_WHICH}\s+(?:{_KIND}\s+){{1,3}}?"
    rf"|\s+(?:the|le|la)\s+(?:{_KIND}\s+){{1,2}}?)"
    rf"(?:{_PET_WORDS}|{_MORE_ANIMALS}|goldfish|\w+dog)\b(?!{_NOT_THE_ANIMAL})"
    # one of many: « le doyen des chats du refuge » (not "Tom, my dogs' walker")
    rf"|\s*,\s*(?:{_WHOSE_OR_WHICH}|nos|mes|ses|leurs|les)\s+(?:{_KIND}\s+){{1,3}}?(?:{_PET_WORDS}|{_MORE_ANIMALS})s\b"
    r"(?!['’])", re.IGNORECASE)
# Two animals named together, then said to be theirs: « Hugo et Lola, nos deux nouveaux lapins », "Bill and Ben, our
# goats" (the name before "and" is one of them too).
_AND_THE_OTHER_PET = re.compile(
    r"\s+(?:et|and|&)\s+[A-ZÀ-Ý][\w-]+\s*,\s*(?:nos|mes|ses|leurs|les|our|my|his|her|their|the)\s+"
    rf"(?:{_KIND}\s+){{0,3}}?(?:{_PET_WORDS}|{_MORE_ANIMALS})s\b(?!['’])", re.IGNORECASE)
# Lower-case words that are also given names: a lower-case name needs a person around it anyway.
_COMMON_WORDS = frozenset(
    "rose pierre grace mark june april may will joy faith hope max jean bill frank sue pat rob"
    " amber ruby olive violet lily daisy iris jasmine jade summer autumn dawn eve honey sky river"
    " dean bob nick ray art gene chance lane paris florence victoria georgia austin sydney ali"
    " claire marine france prune capucine violette olivier laurent clement constant blanche"
    " aurore celeste margot noel pascal victor dominique lucky sunny happy merry young royal king"
    " major general star angel precious honor justice journey harmony melody page"
    " victoire esperance fleur".split()
) | FRENCH | ENGLISH
_LOWER_NAME = re.compile(r"(?<![\w'’])[a-zà-ÿ][a-zà-ÿ\-]+(?![\w'’])")


def person_mentions(text: str, people: WhoIsWho, companion_names: tuple[str, ...] = ()) -> list[Mention]:
    """The persons a text names: recorded people, then names the sentence shows to be someone."""
    companions = {fold_str(n) for n in companion_names}
    candidates = [(words, span) for words, span in _name_candidates(text)
                  if not {fold_str(words), *fold_str(words).split()} & companions and not _inside_a_feast(text, span)
                  and not A_SAINT_BEFORE.search(text[max(0, span[0] - 8):span[0]])]
    # A name given to a thing or an animal ("named it Gerald … don't die Gerald") is its name all along.
    given = {fold_str(w) for w, (s, _) in candidates if given_a_name(text, s)}
    candidates = [(words, span) for words, span in candidates if fold_str(words) not in given]
    named = [(words, span) for words, span in candidates if _is_person(text, words, *span)]
    named += _paired_with_a_person(text, candidates, named)
    found: dict[str, Mention] = {}
    recorded = people.mentioned_in(text)
    # ("my partner's mum", "Jordan's cousin's wedding": who-is-who's relation through someone, and the one it goes
    # through said by a word, are no one a proposal must list; "Mam's carer" still says Mam, round 59)
    through = [span for person, said, span in recorded if said_through_someone(person, said)]
    for person, said, span in recorded:
        if span in through or any(_overlaps(span, other) for other in through) and said_by_a_word(person, said):
            continue
        if fold_str(said).startswith(_POSSESSIVES) and _next_to_a_name(text, span, named):
            continue  # "Inès, ma collègue": the relation says who Inès is, not someone else
        if _a_role_then_its_name(text, said, span, named):
            continue
        if given_a_name(text, span[0]):
            continue  # (round 68: "a robot boat… He's called it Gildas", after the late husband: the boat's name)
        if _a_word_not_the_name(text, said, span, person) or someone_elses_kin(text, said, span) \
                or a_childs_word_for_the_user(text, said, span, person, recorded) \
                or _A_GROUPS_NAME_BEFORE.search(text[max(0, span[0] - 30):span[0]]) \
                or A_SAINT_BEFORE.search(text[max(0, span[0] - 8):span[0]]) or _part_of_a_compound_name(text, span):
            continue
        found.setdefault(fold_str(person.name), Mention(said, span, "person", person))
    for words, span in named:
        if not any(_same_person(words, m) or _overlaps(span, m.span) for m in found.values()):
            typed = next((p for p in people.people if a_typo_of(words, p.name.split()[0])), None)
            found.setdefault(fold_str(typed.name if typed else words), Mention(words, span, "person", typed))
    for m in _A_COUPLE.finditer(text):  # « M. et Mme Perrin », "Mr and Mrs Lowe": two people, one surname
        found.setdefault(fold_str(f"{m['his']} {m['name']}"), Mention(f"{m['his']} {m['name']}", m.span("his"), "person"))
    return sorted(found.values(), key=lambda m: m.span)


def a_typo_of(said: str, name: str) -> bool:
    """"yanick" for Yannick, "Marsiol" for Marisol (round 58): a name of five letters or more, one letter missing,
    added, changed or two swapped, same first letter; not a word of the languages, nor another given name written
    with its capital ("Marie" is not "Maria")."""
    a, b = fold_str(said), fold_str(name)
    if a == b or " " in a or min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1 \
            or is_french_word(a) or is_english_word(a) or maybe_first_name(said) and not said.islower():
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# A saint's title before a name: a saint's, a feast's, a church's or a town's more often than anyone's ("St. Patrick",
# « Saint-Yves »; written small too, round 58: « saint Yves est le patron des avocats », « prié saint Antoine »).
A_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|[Ss]aint|[Ss]ainte|San|Santa)\.?[\s-]+$")
# A band's or a group's name ending in a recorded name: « les Tri Yann passaient à la sono » is no Yann (round 58).
_A_GROUPS_NAME_BEFORE = re.compile(r"(?<![\w'’])(?:[Ll]es|[Tt]he)\s+(?-i:[A-ZÀ-Ý])[\w-]*\s+$")


# A capitalised name joined by a hyphen: « Jean-Yves » is not Yves, nor Jean.
_JOINED_BEFORE = re.compile(r"[A-ZÀ-Ý][\w]*-$")
_JOINED_AFTER = re.compile(r"-[A-ZÀ-Ý]")


def _part_of_a_compound_name(text: str, span: tuple[int, int]) -> bool:
    return bool(_JOINED_BEFORE.search(text[max(0, span[0] - 20):span[0]]) or _JOINED_AFTER.match(text, span[1]))


def _a_word_not_the_name(text: str, said: str, span: tuple[int, int], person: KnownPerson) -> bool:
    """A recorded name's letters used as a word: "tête" for Théo's « Tété » (other accents); Dana's "Coach" in
    "the youth clinic I coach", Will in "it will be", D and M in "you'd", "I'm" (a capitalised name written in lower
    case where only a verb or a contraction stands; "marc m'a aidé", "dan taught me" are still them)."""
    forms = [n for n in person.names if fold_str(n) == fold_str(said)]
    if not forms:
        return False  # a relation ("ma sœur") or a first name alone: said as the who-is-who says it
    if not said.isascii() and all(not n.isascii() and n.lower() != said.lower() for n in forms):
        return True
    if not said.islower() or not all(n[:1].isupper() for n in forms):
        return False
    before = text[:span[0]]
    return bool(len(said) == 1 and re.search(r"['’]$", before) or _A_SUBJECT_BEFORE.search(before)
                or fold_str(said) in _MODALS and _a_verb_base_after(text, span[1]))


def someone_elses_kin(text: str, said: str, span: tuple[int, int]) -> bool:
    """"Danny's mum", "her mom", « sa mamie », « la maman de Léonie »: the user's "Mum" in who-is-who, but someone
    else's mother here ("her Mum's old saree", written as a name, is the user's; "your dad" in Mum's message too)."""
    if not kin(said) or fold_str(said).startswith((*_POSSESSIVES, "mes ")):
        return False
    before = text[max(0, span[0] - 30):span[0]]
    return bool(_A_NAMES_BEFORE.search(before)) or bool(_THEIR_BEFORE.search(before)) and said[:1].islower() \
        or bool(_THE_BEFORE.search(before)) and bool(_OF_A_NAME_AFTER.match(text, span[1]))


def a_childs_word_for_the_user(text: str, said: str, span: tuple[int, int], person: KnownPerson,
                               recorded: Sequence[tuple[KnownPerson, str, tuple[int, int]]]) -> bool:
    """« maman est infirmière » in Maëlys's mouth, "'too fast, Mummy'", « Papa le meilleur routier » under a drawing:
    who-is-who's "maman" is the user's mother, but the user's child, quoted, says it of the user (round 58: 12
    harmless pairs of the open sets flagged for dropping the grandmother). Only a quoted word, where the memory names
    one of the user's children outside the quotation (`recorded`: WhoIsWho.mentioned_in(text), which the callers
    have already read)."""
    if fold_str(said) not in A_CHILDS_PARENT or not kin(person.relation) & {"mother", "father"} \
            or _OF_SOMEONE.search(person.relation):
        return False
    quoted = [m.span() for m in quotations(text, 120)]
    if not any(start <= span[0] < end for start, end in quoted):
        return False
    return any(kin(child.relation) & {"son", "daughter", "child"} and not _OF_SOMEONE.search(child.relation)
               and not any(start <= s < end for start, end in quoted) for child, _, (s, _) in recorded)


A_CHILDS_PARENT = frozenset("maman papa mum mom mommy mummy dad daddy mama".split())
# Another's kin (« père des enfants », "Maggie's son", « fils de Léa »): not the user's own.
_OF_SOMEONE = re.compile(r"\b(?:de|des|du|d['’]|of)\s|['’]s\b", re.IGNORECASE)


# "Jordan's", "jordan's" (not "Here's", "that's"); "his", « sa »; « la … de Léonie ».
_A_NAMES_BEFORE = re.compile(r"(?<![\w'’])(?!(?:here|there|that|it|what|who|he|she|let|where|how)['’])[\w-]+['’]s?\s+$",
                             re.IGNORECASE)
_THEIR_BEFORE = re.compile(r"(?<![\w'’])(?:his|her|their|its|son|sa|ses|leurs?)\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<![\w'’])(?:la|le|l['’]|the)\s*$", re.IGNORECASE)
_OF_A_NAME_AFTER = re.compile(r"\s+(?:de|d['’]|du|of)\s*(?-i:[A-ZÀ-Ý])", re.IGNORECASE)


# A verb's subject just before the word ("I coach"): a name stands there only in "Alex and I", never "I Alex".
_A_SUBJECT_BEFORE = re.compile(r"(?<![\w'’])(?:I|we|they|je|tu)\s+$", re.IGNORECASE)
_MODALS = frozenset("will may can must shall should would".split())
_WORD_AFTER = re.compile(r"\s+(?:not\s+)?(?P<word>[a-z]+)\b")


def _a_verb_base_after(text: str, end: int) -> bool:
    """"will be ready": a modal's verb (not "will and I", "will picked me up")."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m["word"] in english_lemmas(m["word"]).get("VERB", ())


_A_COUPLE = re.compile(r"(?<![\w'’])(?P<his>M\.|Mr\.?|Monsieur)\s+(?:et|and|&)\s+(?:Mme|Mrs\.?|Madame)\s+"
                       r"(?P<name>[A-ZÀ-Ý][\w'’-]+)")


def _paired_with_a_person(text: str, candidates: list[tuple[str, tuple[int, int]]],
                          named: list[tuple[str, tuple[int, int]]]) -> list[tuple[str, tuple[int, int]]]:
    """"Tolu and Anneliese came over", "avec Awa, Baptiste et Ilyes", "sam, noor and i": joined by
    "and" or a list's comma to someone, an unknown name is someone too (step by step along the list)."""
    paired: list[tuple[str, tuple[int, int]]] = []
    while more := [c for c in candidates if c not in named and c not in paired
                   and _joined_to_someone(text, *c, named + paired)]:
        paired += more
    return paired


def _joined_to_someone(text: str, words: str, span: tuple[int, int],
                       persons: list[tuple[str, tuple[int, int]]]) -> bool:
    start, end = span
    if not (words[:1].isupper() or _a_lower_case_name(words) or in_lower_case(text) and unknown_word(words)) \
            or _never_a_person(text, words, start, end):
        return False  # a lower-case word joins a list only if it is a given name: "sam, noor and i"
    if _from_somewhere(text, words, start) or _is_city(words) or _a_town_somewhere(words):
        return False  # "wine from Porto, Ines cooked": a list's comma, but Porto is where the wine is from
    if _preceding(text, start, 1) in (["en"], ["au"], ["aux"]):
        return False  # « Lou était en Nami de One Piece, Gaspard… »: a costume, a place, never someone's name
    if words[:1].islower() and _preceding(text, start, 1) in (["de"], ["du"], ["of"]):
        return False  # "rosca de reyes and Diego": a lower-case word after "de" completes a noun
    if sentence_start(text, start) and _an_ordinary_word(words) and not is_first_name(fold_str(words)):
        return False  # « Enchantée, Rosalie ! », "Sorry, Sam": a word heading a sentence, then the name
    return any(re.fullmatch(_JOINED, text[end:s] if end <= s else text[e:start], re.IGNORECASE)
               for _, (s, e) in persons)


# A list's comma or "and", maybe with a word of size or age: "Chidi, Amaka and little Obi", « Léa et la petite Jade ».
_JOINED = (r"\s*(?:,|et|and|&)\s*(?:(?:little|baby|big|young|old|tiny|(?:le |la )?(?:petite?|grande?|jeune|bébé))\s+)?")


def _someone_in_a_text_message(text: str, words: str, start: int, end: int) -> bool:
    """Written without capitals, a name no dictionary holds that does something ("danny proposed",
    "mehdi ma apellé") or to whom something is done or said ("merci a karim", "w/ sam and ade")."""
    if not in_lower_case(text) or a_texting_word(words) or _is_city(words) or not (
            _a_lower_case_name(words) or unknown_word(words)):
        return False
    before = _preceding(text, start, 2)
    if before and before[-1] in ("a", "w", "to") and len(before) > 1 and before[-2] in _THANKED_OR_TOLD:
        return True
    if done_to_me(text, end):
        return True
    language = detect_language(text) or ""
    return (language == "en" and _a_lower_case_name(words) or a_rarer_name(words)) \
        and a_verb_follows(text, end, language) and not _a_noun_here(text, start)


# "merci a karim", "dis a sam", "said to ade", "dinner w/ …": a text message's "à" without its accent, its "w/".
_THANKED_OR_TOLD = frozenset("merci dis dit demande ecris envoie said say tell talked spoke dinner lunch coffee"
                             " drinks brunch".split())


def _capitals_kept(text: str) -> bool:
    """Its writer keeps capitals: the first sentence opens on one, a word inside a sentence has one (not "I"); not
    "tim came over w/ his new puppy Biscuit", typed in haste. (A lower-case name may still slip in after "with":
    "Memorial Day at the lake with lupe", round 64.)"""
    return text.lstrip()[:1].isupper() and any(
        not sentence_start(text, w.start()) for w in re.finditer(r"(?<![\w'’-])(?!I\b)[A-ZÀ-Ý][\w'’-]*", text))


def _a_lower_case_name(word: str) -> bool:
    """"jérémie", "sam": a given name that is no French or English word ("marée", "rose" are)."""
    return is_first_name(word) and not is_french_word(word) and not is_english_word(word)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_POSSESSIVES = ("ma ", "mon ", "my ")


def _a_role_then_its_name(text: str, said: str, span: tuple[int, int],
                          candidates: list[tuple[str, tuple[int, int]]]) -> bool:
    """"Le coach de la salle, Bastien", "the surgeon on call, Dr. Osei": the role is said of the name after it,
    not of the who-is-who's coach."""
    if not re.match(r"(?:le|la|les|l['’]|the)\s", said, re.IGNORECASE) and not re.search(
            r"(?<![\w'’])(?:le|la|les|l['’]|the)\s*$", text[:span[0]], re.IGNORECASE):
        return False
    rest = _OF_WHERE_THEN_COMMA.match(text, span[1])
    return rest is not None and any(start == rest.end() for _, (start, _) in candidates)


_OF_WHERE_THEN_COMMA = re.compile(r"(?:\s+(?:de|du|des|d['’]|of|at|from|on)\b[^,.;!?]{1,30}?)?\s*,\s*")


def _next_to_a_name(text: str, span: tuple[int, int], candidates: list[tuple[str, tuple[int, int]]]) -> bool:
    for _, (start, end) in candidates:
        between = text[end:span[0]] if end <= span[0] else text[span[1]:start]
        if re.fullmatch(r"\s*,?\s*", between) and (end <= span[0] or span[1] <= start):
            return True
    return False


_SHOUTED = re.compile(r"(?:[A-ZÀ-Ý'’]+\s+){2,}[A-ZÀ-Ý'’]+")


def _name_candidates(text: str) -> list[tuple[str, tuple[int, int]]]:
    candidates = []
    for m in _TOKEN.finditer(text):
        words, start, _ = _trim_name(text, m)
        if _named_after_someone(words):
            continue  # "Arthur's Seat" is a hill, "Saint Mary's Hospital" a hospital
        words = re.sub(r"-(?:là|ci)$", "", words)  # « ce Julien-là » is Julien
        if re.search(r"-[a-zà-ÿ]+$", words):
            continue  # "a very Grace-ful day": a word made of a name, no one
        words = re.sub(r"['’]s(?:\s.*)?$", "", words)  # "Jordan's" is Jordan; "New Year's Eve", the year's
        words, start = _without_heading(text, words, start)
        words = re.split(r"\s+I\b", words)[0]  # "On Sunday I rang…": the pronoun ends a name
        if _SHOUTED.fullmatch(words):
            continue  # "MUMMY YOU ARE GOOD AT CUDDLES": words written in capitals, no name
        if words:
            candidates.append((words, (start, start + len(words))))
    candidates += titled_in_lower_case(text) + [c for c in unknown_words(text) if c not in candidates]
    for m in _LOWER_NAME.finditer(text):
        if a_texting_word(m.group()):
            continue  # "jai" is "j'ai", not Jai
        if is_first_name(m.group()) and (_a_lower_case_name(m.group()) and fold_str(m.group()) not in _COMMON_WORDS
                                         or _met(text, m) or beside_a_name(text, *m.span())
                                         or _after_its_relation(text, m.start())) \
                and not _a_noun_here(text, m.start()) or _a_rarer_name_doing_something(text, m):
            candidates.append((m.group(), m.span()))
    return sorted(candidates, key=lambda c: c[1])


def _after_its_relation(text: str, start: int) -> bool:
    """"callum n his cousin dan came", « réunion avec mme benali et fred »: in a text without capitals, a given name
    that is also a word ("dan", "fred"), right after whose relation it is or joined to a titled name (round 70)."""
    if not in_lower_case(text):
        return False
    before = text[max(0, start - 30):start]
    relation = _A_RELATION_BEFORE.search(before)
    return relation is not None and bool(kin(relation["relation"])) or _A_TITLED_NAME_AND.search(before) is not None


_A_RELATION_BEFORE = re.compile(r"\b(?:my|his|her|our|their|mon|ma|son|sa|notre|leur)\s+(?P<relation>[\w-]+)\s+$")
_A_TITLED_NAME_AND = re.compile(r"\b(?:mme|mr|mrs|ms|dr|madame|monsieur)\.?\s+[a-zà-ÿ-]+\s+(?:et|and|n|&)\s+$")


def _a_rarer_name_doing_something(text: str, m: re.Match[str]) -> bool:
    """"bertille était au premier rang et m'a fait…": written without capitals, a given name of the longer lists
    that is no word, then what someone does."""
    return in_lower_case(text) and a_rarer_name(m.group()) and not _a_noun_here(text, m.start()) \
        and (done_to_me(text, m.end()) or a_verb_follows(text, m.end(), detect_language(text) or ""))


def a_rarer_name(word: str) -> bool:
    """A given name of the longer lists that is no French or English word ("Bertille", "Mona"; not "Belle")."""
    return maybe_first_name(word) and not is_french_word(word) and not is_english_word(word)


# Before a lower-case word, these make it a noun: "the guy called Ezra", "une prune", "this bill".
# (and possessives: « son avis », "his will"; not "her", also the one a name is told to: "told her sam called")
_ARTICLES_BEFORE_A_NOUN = frozenset("a an the this that some one le la les un une ce cette quel quelle"
                                    " son sa ses mon ma mes ton ta tes notre nos votre vos leur leurs"
                                    " my your his its our their".split())


def _a_noun_here(text: str, start: int) -> bool:
    """"a guy", "the rose", "une prune": after an article a lower-case word is a noun, not a name
    ("à julien" is someone: the accent tells French "à" from English "a")."""
    before = re.search(r"([\w’']+)\s+$", text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() in _ARTICLES_BEFORE_A_NOUN


def _met(text: str, m: re.Match[str]) -> bool:
    """"dîner avec pierre", "apéro chez claire": after "avec", "chez", a bare first name is someone,
    though it is also a word ("pierre", "claire"); not "with grace", an English word there."""
    before = _preceding(text, m.start(), 1)
    if before and before[-1] in _SEEN_SOMEONE:  # "j'ai revu tom", "croisé pierre": not a word of the language
        return in_lower_case(text) or not (
            is_french_word(m.group()) if detect_language(text) == "fr" else is_english_word(m.group()))
    if not before or before[-1] not in ("avec", "avc", "chez", "with", "w"):
        return False
    return before[-1] in ("avec", "avc", "chez") or not is_english_word(m.group())


# Seen, met, called: someone, after these (in the diary's past).
_SEEN_SOMEONE = frozenset("revu revue vu vue croise croisee rencontre rencontree retrouve retrouvee appele appelee"
                          " embrasse invite invitee met hugged texted called visited".split())


def _without_heading(text: str, words: str, start: int) -> tuple[str, int]:
    """"Met Oluwaseun" → "Oluwaseun", "Concert de Stromae" → "Stromae": at a sentence's start, a
    capitalised word that is no first name is the sentence's first word, not part of the name."""
    head, _, rest = words.partition(" ")
    if rest and sentence_start(text, start) and not is_first_name(head) and head[:1].isupper():
        start, words = start + len(head) + 1, rest
        while (particle := re.match(r"(?:de|du|van|von|le)\s+", words)) is not None:
            start, words = start + particle.end(), words[particle.end():]
    return words, start


# Going to live or travel somewhere: what follows is a town ("moved to Eugene"), someone's home has an "'s".
_MOVED_TO = re.compile(r"\b(?:(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|fl(?:y|ies|ew|ying)|dr(?:ive|ives|ove|iving))"
                       r"(?:\s+(?:the|a|our|my|us|them|him|her)(?:\s+[\w'’-]+)?)?"  # what one drove there: "the U-Haul"
                       r"|head(?:s|ed|ing)?|(?:trip|way|back)|(?:em|dé|de)m[ée]nag\w*|s'install\w*|s’install\w*)"
                       r"\s+(?:to|à|a)\s*$"
                       # A stay: "vacances à Bali", "a week in Crete", "honeymoon in Florence", "séjour en Crète".
                       r"|\b(?:vacances|voyage(?: de noces)?|s[ée]jour|semaine|week-?end|lune de miel|holidays?"
                       r"|vacation|week|fortnight|honeymoon|stay|trip"
                       # A tour or a crossing too: "the choir's tour to Brittany", « la tournée en Bretagne »
                       r"|tours?|tournée|journey|excursion|pilgrimage|pèlerinage|cruise|croisière|crossing|traversée)"
                       r"\s+(?:to|in|à|a|en|au)\s*$"
                       # A place to stay (round 58: "booked us all a cottage on Arran", « un gîte à Belle-Île »).
                       r"|\b(?:cottages?|chalets?|g[îi]tes?|cabins?|caravans?|crofts?|ferry)\s+"
                       r"(?:on|in|to|à|a|en|au|sur)\s*$",
                       re.IGNORECASE)


# One comes from a place, not from someone ("came from Paul" is no English); "de chez Paul" has its "chez".
_CAME_FROM = re.compile(r"\b(?:arriv[ée]\w*|venu\w*|revenu\w*|rentr[ée]\w*|retour|came|come|comes|flew in"
                        r"|arrived|back|returned|drove|driven|drive|flew|flown|travell?ed|rode|cycled|moved"
                        r"|descendu\w*|mont[ée]\w*)"
                        # "drove up from Adelaide", « descendue exprès de Lille »
                        r"(?:\s+(?:up|down|over|in|back|all the way|expr[eè]s))?\s+(?:de|d['’]|du|from)\s*$",
                        re.IGNORECASE)
# "where", "où" after a name ask of a place: "Oran, où j'ai appris", "Leeds, where we met".
_WHERE_AFTER = re.compile(r"\s*,\s*(?:où|where)\s", re.IGNORECASE)


def _is_person(text: str, words: str, start: int, end: int) -> bool:
    head = fold_str(words).split()[0]
    if a_family_name(words) or head.rstrip(".") in _TITLE_WORDS and " " in words:
        return True  # "Papa", "Grandma", "Mrs Adebayo", "Dr Morin", "Professor Clarke"
    if _never_a_person(text, words, start, end) or _towns_joined(text, words, start, end):
        return False
    if " " not in words and words[:1].isupper() and a_someone_noun(head) and not maybe_first_name(head):
        return False  # « Voisin du dessus, M. Kowalski, … »: a role heading a sentence, no one's name
    if _CAME_FROM.search(text[max(0, start - 30):start]) and text[end:end + 2] not in ("'s", "’s") \
            or _WHERE_AFTER.match(text, end):
        return False  # "arrivée de Kyoto", "Oran, où mon père m'avait appris": whence one came, where something was
    # The words of the sentence before say nothing of this one's first word ("…avec mes collègues. Vin chaud").
    # ("M. Benhamou": a title's full stop ends no sentence.)
    before = [] if sentence_start(text, start) and not _title_just_before(text, start) else _preceding(text, start, 3)
    if before and before[-1] in _TITLE_WORDS and words[:1].isupper() and _title_just_before(text, start):
        return True  # "M. Benhamou", "Dr. Okafor": the title's full stop cut the name in two
    if _someone_is_told(before) and not _is_city(words) and not _a_town_somewhere(words) and not _about_a_pet(text):
        return True  # the small pipeline often reads "à Tolu" as a place
    context = bool(before) and before[-1] in _PERSON_BEFORE or bool(_PERSON_AFTER.match(text, end)) \
        or met_or_heard_from(text, start, end)
    if words[:1].islower():  # a lower-case name needs someone around it: "dîner avec julien"
        if re.search(r"\d\s*$", text[max(0, start - 4):start]):
            return False  # « 15 min a la caisse », "2 km": a unit after its number
        if _capitals_kept(text) and not (before and before[-1] in ("avec", "chez", "with")):
            return False  # "the blue teddy", "cacio e pepe" where Alfie and Ben have their capitals: words, no one
        entity = entity_at(text, start, end, detect_language(text) or "")
        # « : jérémie a fait… »: a given name that is no word, doing something
        if not is_first_name(words) and " " not in words:
            return _someone_in_a_text_message(text, words, start, end) or context and not _is_city(words)
        return context and not _is_city(words) or entity is not None and entity.label == "PER" \
            or _a_lower_case_name(words) and _a_name_doing_something(text, words, start, end) \
            or _someone_in_a_text_message(text, words, start, end)
    if before and before[-1] in ("au", "aux", "en", "du"):
        return False  # "gagné au Uno", "en Crète", « a chanté du Johnny »: French puts no article before a name
    region = fold_str(words) in REGIONS_ALSO_NAMES
    if before and (before[-1] in ("in", "en", "near", "pres") and (a_town(words) or region)
                   or before[-1] in _PART_OF and region):
        return False  # "Bertie in Melbourne", "wedding in Savannah", "Latin America": a place, though also a name
    if before and before[-1] == "in" and " " in words.strip() and text[end:end + 2] not in ("'s", "’s"):
        return False  # "dinner at the Sonic in Buena Vista": a town the lists don't hold (not "in Sam Lee's van")
    someone = _WITH_ME.match(text, end) or _DONE_TO_ME_AFTER.match(text, end)  # "Florence drove me", "… and I"
    if not someone and (_is_city(words) or before and before[-1] in _PLACE_BEFORE and not is_first_name(head)
                        or _a_town_somewhere(words) and not (before and before[-1] in _PERSON_BEFORE - _VISITING)
                        and not _named_or_told_whose(text, start, end)):
        return False  # a place ("la maison de Quimper"), a town's team ("Liverpool a gagné"): not "with Kemi"
    if _MOVED_TO.search(text[max(0, start - 30):start]) and text[end:end + 2] not in ("'s", "’s"):
        return False  # "moving to Denver", « emménage à Florence »: a town, though also a first name
    if _a_name_doing_something(text, words, start, end):
        return True  # "Romane l'a réussi", "Mireille dove in": a name that does something
    if is_first_name(head.split("-")[0]) and head not in _COMMON_WORDS:
        # The pipeline often reads a lone first name as a place ("Inès" LOC); a first name that
        # is a whole exclamation ("Victoire !") is a word, one it reads as a company heading a
        # sentence ("Mercedes nous a invités") a brand.
        if sentence_start(text, start) and not context and _a_company(text, start, end):
            return False
        if sentence_start(text, start) and not context and _an_ordinary_word(words.split()[0]) \
                and not _WITH_ME.match(text, end) and not re.match(r"\s*[,;:(]", text[end:]):
            return False  # "Vin chaud, bretzels…", "Gala de danse de Lina": a word heading a sentence, doing nothing
        if sentence_start(text, start) and not context and _a_noun_follows(text, end):
            return False  # "Erasmus farewell in Bologna": a name heading a noun, no one doing anything
        return not re.match(r"\s*[!.…]", text[end:]) or not sentence_start(text, start) or context
    if before and (before[-1] in ("avec", "with") or before[-1] in RELATIONS):
        return True  # "avec Tolu", "ma collègue Ngozi": the small pipeline's LOC or MISC is wrong here
    if _WITH_ME.match(text, end):
        return True  # « Garance et moi avons… », "Saoirse and I…": the pipeline's LOC is wrong here
    entity = entity_at(text, start, end, detect_language(text) or "")
    if entity is not None and entity.label in ("LOC", "ORG", "MISC"):
        return False  # a monument, a brand, a product
    if context and not (before and before[-1] in _PERSON_BEFORE) and _WEAKLY_SOMEONE.match(text, end):
        # "Cornwall was lovely", "Spotify's algorithm": "was", "'s" follow things too; "Tolu was
        # kind, she…", "Tolu's wedding" speak of someone.
        context = _spoken_of_as_someone(text, end)
    # At a sentence's start a capital proves nothing, and the pipeline often says PER ("Balade").
    return context or entity is not None and entity.label == "PER" and entity.span[0] == start \
        and not sentence_start(text, start) and _written_as_a_name(entity.words)


def _named_or_told_whose(text: str, start: int, end: int) -> bool:
    """"a beekeeper named Hollis", "Ama (Gwen's girlfriend)": someone, though a town bears the name too."""
    return bool(_NAMED_BEFORE.search(text[max(0, start - 12):start]) or _A_RELATION_IN_BRACKETS.match(text, end))


def _a_noun_follows(text: str, end: int) -> bool:
    """In English, a lower-case noun that is no verb right after ("Erasmus farewell", not "Giulia cried")."""
    m = re.match(r"\s+([a-z]+)\b", text[end:])
    if m is None or detect_language(text) != "en":
        return False
    lemmas = english_lemmas(m.group(1))
    return "NOUN" in lemmas and "VERB" not in lemmas and "AUX" not in lemmas


def _an_ordinary_word(word: str) -> bool:
    """"vin", "gala", "hope": a given name that is also a French or English word (the caller has found it
    doing nothing a person does, with nobody around it)."""
    return is_french_word(word) or is_english_word(word)


def _title_just_before(text: str, start: int) -> bool:
    """"M. Benhamou", "Mr Patel": the title is the word right before the name, abbreviated or not."""
    return bool(re.search(r"(?<![\w'’])[A-Z][a-zé]*\.?\s+$", text[max(0, start - 14):start]))


def _written_as_a_name(words: str) -> bool:
    """"Jean-Marc Dupont", "Charles de Gaulle"; not « Pôle emploi », which the pipeline may call PER:
    a name's words are capitalised, but for its particles."""
    return all(w[:1].isupper() or w in ("de", "du", "des", "van", "von", "le", "la", "d'") for w in words.split())


_A_RELATION_IN_BRACKETS = re.compile(r"\s*\(\s*(?:[\w-]+['’]s|ma|mon|my|his|her|sa|son)\s+\w+", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"\b(?:named|called|nomm[ée]e?|pr[ée]nomm[ée]e?)\s+$", re.IGNORECASE)
_WITH_ME = re.compile(r"\s*(?:et moi|and i|and me|& moi|& i)\b", re.IGNORECASE)
# Something someone did to the user: "Florence drove me", « Florence m'a conduite » (a town does nothing to anyone).
_DONE_TO_ME_AFTER = re.compile(r"\s+(?:\w+ed|drove|took|gave|told|sent|brought|taught|made|met|let)\s+(?:me|us)\b"
                               r"|\s+(?:m['’]|nous\s+)(?:a|avait|ont)\s+\w+", re.IGNORECASE)
_WEAKLY_SOMEONE = re.compile(r"\s*(?:was|is|has|had|came|['’]s)\b", re.IGNORECASE)
_SOMEONES = frozenset(
    "wedding birthday party funeral baby husband wife boyfriend girlfriend partner mum mom dad mother"
    " father sister brother son daughter kids children family parents house flat place car dog cat"
    " new first last".split()
)


def _spoken_of_as_someone(text: str, end: int) -> bool:
    """After a name, a pronoun for someone ("…was so kind, she brought soup") or something only a
    person has ("…'s wedding", "…'s mum")."""
    following = re.match(r"\s*['’]s\s+([\w-]+)", text[end:])
    if following is not None:
        return fold_str(following.group(1)) in _SOMEONES
    return bool(re.search(r"\b(?:he|she|him|his|her|hers|il|elle|lui)\b", text[end:], re.IGNORECASE))


TITLES = frozenset("madame monsieur mademoiselle mme mlle m mr mrs ms miss mister dr docteur doctor rev revd reverend".split())
# Ranks and offices said before a surname: "Judge Ortiz", "a Ranger Alvarez", « un certain Adjudant Morel » (not
# "captain": "her hero Captain Drizzle", a character as often).
RANKS = frozenset("judge juge sergeant sergent officer officier lieutenant adjudant commandant colonel"
                  " brigadier ranger sheriff deputy detective inspector inspecteur constable".split())
_TITLE_WORDS = TITLES | frozenset("prof professeur professor pr".split())  # before a surname
# Said, written, given to someone: "écrit à Tolu", "talked to Siobhan"; someone's: "l'anniversaire de Tolu".
_TELLING = re.compile(r"(?:parl|ecri|dit|di|telephon|envoy|offert|donn|repondu|explique|racont|montr|demand|promi"
                      r"|talk|spok|said|wrote|written|sent|send|gave|given|text|email|explain|repli|lent|show"
                      r"|introduc|apologi|listen|mention)\w*$")
_SOMEONE_HAS = frozenset(
    "anniversaire mariage fete soiree enterrement naissance bapteme depart retour maison appart"
    " appartement chambre voiture chien chat mere pere soeur frere copain copine ami amie fils fille"
    " femme mari famille parents enfants bebe cadeau message appel lettre idee ans"
    " jardin salon cuisine terrasse balcon grenier potager bureau canape chalet"
    # a body: "le poignet de Malo", "les yeux de Léna" (a "pot de Nutella" is a jar, not a farewell drink)
    " main mains bras jambe jambes pied pieds genou genoux cheville poignet epaule dos tete visage yeux"
    " nez bouche dent dents doigt doigts cheveux coeur ventre gorge voix sourire".split()
)


_ANIMAL_WORDS = re.compile(
    r"\b(?:matou|minou|toutou|v[ée]to|v[ée]t[ée]rinaire|croquettes|liti[èe]re|gamelle|laisse|miaul\w*|aboi\w*"
    r"|aboy\w*|ronronn\w*|vet|vets|groomer|leash|purr\w*|bark\w*|wagg?\w*|kibble|litter|paws?|pattes?"
    r"|guinea pigs?|cochon d'inde)\b", re.IGNORECASE)


def _about_a_pet(text: str) -> bool:
    """The memory is about an animal: "talked to Mochi, she purred" says nothing of a person."""
    return bool(_ANIMAL_WORDS.search(text)) or any(w in _PET_NOUNS for w in re.findall(r"\w+", fold_str(text)))


def _someone_is_told(before: list[str]) -> bool:
    if len(before) < 2:
        return False
    if before[-1] in ("a", "to") and _TELLING.match(before[-2]):
        return True
    return before[-1] in ("de", "d") and re.split("['’]", before[-2])[-1].replace("œ", "oe") in _SOMEONE_HAS


# What the user calls a parent or grand-parent, written as a name ("Papa m'a appelé", "call Grandma").
_FAMILY_NAMES = frozenset(
    "papa maman mamie papi papy meme pepe mum mom dad daddy mummy mommy grandma grandpa granny"
    " grandad grandmother grandfather nana nan pops".split()
)


def a_family_word(word: str) -> bool:
    """"papa", "Grandma": what a family calls its own, a name even in lower case."""
    return fold_str(word) in _FAMILY_NAMES


def a_family_name(words: str) -> bool:
    """"Papa", "Grandma", "Mémé" written as a name (with its capital), not "Même entourée"."""
    written = words.split()[0]
    return fold_str(written) in _FAMILY_NAMES and written[:1].isupper() and not another_word_by_its_accents(written)


def _a_name_doing_something(text: str, words: str, start: int, end: int) -> bool:
    """At a sentence's start, a given name (though also a word: "Sunny", "Romane") that is the subject
    of the verb after it: "Sunny picked the names", "Romane l'a réussi"; not "Sunny day", "Summer was hot"."""
    head, language = fold_str(words).split()[0], detect_language(text) or ""
    # A clause's start too, after the phrase set before it: "Au resto de Chania, Giorgos nous a offert le raki".
    if not sentence_start(text, start) and not re.search(r",\s*$", text[max(0, start - 3):start]):
        return False
    if not (maybe_first_name(head) or is_first_name(head.split("-")[0])):
        return _someone_unlisted_did_me_something(text, words, start, end)
    if is_first_name(head) and _someone_did_me(text, end) and not _a_company(text, start, end):
        return True  # "Grace lent me her starter": a given name that is a word, doing what only someone does
    if language == "en" and "NOUN" in english_lemmas(head):
        return False  # "Hope kept me going", "Storm hit the coast": a thing can do something too
    if language == "en" and english_past(head) and not _a_past_follows(text, end):
        return False  # "Said words.", "Told him off": a diary's sentence without its "I", not "Said"
    if language == "fr" and is_french_word(head) and re.match(r"\s+[a-zà-ÿ]+(?:é|ée|és|ées)\b", text[end:]):
        return False  # « Prune séchée, fromage… »: a word and its participle, no one (not « Prune m'a ramenée »)
    # ("Une infirmière du service, Prune, m'a ramenée": between commas, the verb after the second.)
    return not _a_company(text, start, end) and a_verb_follows(text, end + between_commas(text, start, end), language)


def between_commas(text: str, start: int, end: int) -> int:
    """1 when the name at text[start:end] sits between two commas, an apposition: its verb is after the second."""
    return 1 if text[end:end + 1] == "," and re.search(r",\s*$", text[max(0, start - 2):start]) else 0


# What a person does to the user, not a shop or an app: "… m'a appris", "… nous a invités", "… taught me".
_TO_ME_AFTER = re.compile(r"\s+(?:(?:m['’]|me\s+|nous\s+)(?:(?:a|avait|as|ont)\s+)?(?P<fr>[a-zà-ÿ]+)"
                          r"|(?P<en>[a-z]+)\s+(?:me|us)\b)")
_DONE_BY_SOMEONE_FR = re.compile(
    r"(?:appr|enseign|montr|invit|embrass|serr|aid|consol|appel|racont|confi|present|accompagn|emmen|ramen"
    r"|raccompagn|rejoi|cuisin|prepar|pret|berc|soign|coiff|rassur|felicit|remerci|pardonn|console|taquin"
    r"|engueul|gronde|dispute|quitt|demand|attend|rend\w* visite|offert|offr|ecrit)")
_DONE_BY_SOMEONE_EN = frozenset(
    "teach tell hug kiss invite help call ring visit show cook bake drive take lend introduce comfort pick meet"
    " walk text hold thank forgive tease scold leave ask join cuddle babysit".split())


def said_as_someone(text: str, words: str, start: int, end: int) -> bool:
    """The words around a name that make someone of it, whatever the name: "avec Tolu", "ma collègue Ngozi", « son
    arrière-grand-père Garabed », "écrit à Tolu", "l'anniversaire de Tolu", "Saoirse and I", "Florence drove me",
    "Novie, ma voisine", "Tolu was so kind, she…", "bumped into Lou", « Djeneba l'a démasqué », wherever it stands."""
    before = _preceding(text, start, 3)
    # (« son Iveco » is French "his": a son only after "my", "her"…)
    related = bool(before) and not sentence_start(text, start) and (before[-1] in RELATIONS or bool(kin(before[-1]))) \
        and (before[-1] != "son" or len(before) > 1 and before[-2] in _WHOSE_SON)
    if before and before[-1] in ("avec", "avc", "with", "w") or related or _someone_is_told(before):
        return True
    if _WITH_ME.match(text, end) or _DONE_TO_ME_AFTER.match(text, end) or met_or_heard_from(text, start, end) \
            or _A_RELATION_APPOSED.match(text, end):
        return True
    if _WEAKLY_SOMEONE.match(text, end) and _spoken_of_as_someone(text, end):
        return True
    return _a_name_doing_something(text, words, start, end) \
        or _someone_unlisted_did_me_something(text, words, start, end)


_WHOSE_SON = frozenset("my her his their our your the eldest youngest little".split())
_A_RELATION_APPOSED = re.compile(r"\s*,\s*(?:ma|mon|mes|my|our|notre|his|her|son|sa)\s", re.IGNORECASE)


def _someone_unlisted_did_me_something(text: str, words: str, start: int, end: int) -> bool:
    """"Kasia m'a appris les pierogi", "Oyelaran taught me chess": a single capitalised word that is no
    French or English word nor in any list of given names, heading a sentence and doing to the user what
    only a person does, is someone (names from everywhere are missing from the lists); "Spotify m'a sorti
    ma playlist" is an app."""
    if " " in words or is_french_word(words) or is_english_word(words) or not words[:1].isupper():
        return False
    if _is_city(words) or a_town(words):
        return False
    if _TO_ME_AFTER.match(text, end) is not None:
        # « Spotify m'a sorti… » (a company may do things to the user; it does not cheat or laugh)
        return not _a_company(text, start, end) and _someone_did_me(text, end)
    # Or what only a person does, to anyone: « Djeneba l'a démasqué », "Oyelaran laughed at us".
    m = _HUMAN_ACT_AFTER.match(text, end)
    if m is not None and m["fr"]:
        return bool(_HUMAN_ACT_FR.match(fold_str(m["fr"])))
    return m is not None and any(lemma in _HUMAN_ACT_EN for lemma in english_lemmas(m["en"]).get("VERB", ()))


_HUMAN_ACT_AFTER = re.compile(r"\s+(?:(?:(?:l['’]|les\s+|lui\s+|leur\s+|s['’]|nous\s+|vous\s+)?(?:a|avait|est)\s+"
                              r"(?P<fr>[a-zà-ÿ]+))|(?P<en>[a-z]+)\b)")
_HUMAN_ACT_FR = re.compile(r"(?:demasqu|trich|pleur|ri\b|chant|menti|promis|repondu|dit\b|expliqu|racont|rigol|souri"
                           r"|crie|hurl|murmur|blagu|embrass|serr|invit|demand|excus|fache|marie|epous)")
_HUMAN_ACT_EN = frozenset("say tell laugh cry ask explain promise sing dance hug kiss whisper shout smile wink joke"
                          " cheat lie apologise apologize propose marry sob giggle scream yell".split())


def _someone_did_me(text: str, end: int) -> bool:
    """Right after the name, what someone does to the user ("lent me", « m'a prêté »)."""
    m = _TO_ME_AFTER.match(text, end)
    if m is None:
        return False
    return bool(_DONE_BY_SOMEONE_FR.match(fold_str(m["fr"]))) if m["fr"] else \
        any(lemma in _DONE_BY_SOMEONE_EN for lemma in english_lemmas(m["en"]).get("VERB", ()))


def _a_past_follows(text: str, end: int) -> bool:
    """"Rose made dinner": after a name that is also a past verb, only a past verb makes it someone."""
    m = re.match(r"\s+(?:\w+ly\s+)?([a-z]+)\b", text[end:])
    return m is not None and english_past(m.group(1))


def _a_company(text: str, start: int, end: int) -> bool:
    """The French pipeline reads these very words as a company (« Mercedes nous a invités »); its MISC
    is too often a person (« Pascale, la RH, … »)."""
    entity = entity_at(text, start, end, detect_language(text) or "")
    return entity is not None and entity.label == "ORG" and entity.span == (start, end)


# An animal then what it is called: "the barn owl was called gerald", « la vache s'appelle Noisette ».
# "the dog was called Rex", « le cheval de la voisine s'appelle Marcel », "two rabbits called Brian and Kevin".
_AN_ANIMAL_CALLED = (r"\b(?:owl|hibou|chouette|cow|vache|goat|ch[èe]vre|hen|poule|donkey|[âa]ne|sheep|mouton|pig"
                     r"|cochon|duck|canard|horse|cheval|pony|poney|dog|chien|cat|chat|tortoise|tortue|rabbit|lapin"
                     r"|bunn(?:y|ie)|hamster|parrot|perroquet|kitten|chaton|puppy|chiot)s?"
                     # (« un chat roux appelé Pastis », "a stray cat called Mouse")
                     r"(?:\s+(?:roux|rousse|noire?|blanc|blanche|gris|grise|tigr[ée]e?|errant|errante|black|white"
                     r"|ginger|gr[ae]y|tabby|stray|old|vieux|vieille))?"
                     r"(?:\s+(?:de|d['’]|du|des|of)\s+(?:la\s+|l['’]|the\s+|my\s+|ma\s+|mon\s+)?[\w'’-]+)?"
                     r"\s+(?:(?:was|is|were|are|s['’]appel\w*|est appel\w*|sont appel\w*)\s+(?:called|named)?"
                     r"|called|named|appel[ée]e?s?|nomm[ée]e?s?)\s*(?:(?-i:[A-ZÀ-Ý][\w-]+)\s+(?:and|et|&)\s+)?$")
_AN_ANIMAL_CALLED_RE = re.compile(_AN_ANIMAL_CALLED, re.IGNORECASE)


def given_a_name(text: str, start: int) -> bool:
    """The name was given here, to a thing or an animal: "a robot called Pepper", "Named him Gerald" (a grey hair),
    "we named him Kevin" (a pigeon), "a Facebook group called Piano Over Fifty" — not a baby's name ("they named her
    Alice", the day she was born)."""
    before = text[max(0, start - 40):start]
    return bool(_NAMED_SO.search(before)) or bool(_NAMED_HIM.search(before)) and not A_BIRTH.search(text) \
        and not _someone_said_before(text, start) or start in _names_given_to_her(text) or _a_things_noun_called(before)


def _a_models_name(before: str) -> bool:
    """"a Mirror called Sprat", "a GP14 called Lady Jane", « une Caravelle qui s'appelle Pétrel »: a make, a model, a
    class, then the name it was given."""
    m = _A_NOUN_CALLED.search(before)
    return m is not None and (m["model"] is not None or (m["nom"] or "")[:1].isupper()) and _names_a_thing(m)


# Any thing, then the name it goes by (round 55: "a fudge stall called Mrs Kelly's", "a Facebook group called Piano
# Over Fifty", "The fern is called Greg", "a band called Los Vinateros"); not "a guy named Colt", "a kid called Dev".
# (an English thing's article and up to two words before it; a French one's article)
_A_THING_OPENS = r"\b(?i:a|an|the|our|my|his|her|their|its)\s+(?:(?!of\b)[\w'’-]+\s+){0,2}?"
_UNE_CHOSE = r"\b(?i:le|la|l['’]|un|une|mon|ma|notre|son|sa|leur|ce|cet|cette)\s*"
# Who named it, as a diary says it: "I named", "they've named" (round 66).
_NAMERS = r"(?:I|we|he|she|they)(?:['’]ve|['’]d|\s+have|\s+had)?\s+"
_A_NOUN_CALLED = re.compile(_A_THING_OPENS + r"(?P<noun>[a-z]+)"
                            r"\s+(?:(?:is|was|were|are)\s+)?(?:now\s+)?(?:called|named)\s+$"
                            # a make, a model, a class ("a Mirror called Sprat", "a GP14 called Lady Jane", "a 1979
                            # Kelt called Soazig")
                            r"|\b(?i:a|an|the|our|my|his|her|their)\s+(?:\d[\w-]*\s+)?(?P<model>[A-Z][\w-]*)\s+"
                            r"(?:(?:that\s+|which\s+)?" + _NAMERS + r")?(?:called|named)\s+$"
                            # "a wonky bowl I named Bernadette", « un bol bancal que j'ai appelé Bernadette »
                            r"|" + _A_THING_OPENS + r"(?P<made>[a-z]+)"
                            r"\s+(?:(?:that|which)\s+)?" + _NAMERS + r"(?:called|named|christened|dubbed)\s+$"
                            r"|" + _UNE_CHOSE +
                            r"(?P<fait>[a-zà-ÿ]+)\s+(?:[a-zà-ÿ]+\s+)?qu['’e]\s*(?:j['’]ai|on\s+a|nous\s+avons|il\s+a"
                            r"|elle\s+a|ils\s+ont|elles\s+ont)\s+(?:appel|nomm|baptis|surnomm)[ée]e?\s+[«\"“]?\s*$"
                            # « Mon levain s'appelle désormais Gaston », « une tondeuse appelée « Robert » »
                            # (the head noun, not its complement: « mon prof de chant s'appelle Marc »)
                            r"|" + _UNE_CHOSE +
                            r"(?:(?!de\b|du\b|des\b|d['’])[\w'’-]+\s+){0,2}?"
                            r"(?P<nom>[a-zà-ÿ]+|(?-i:[A-ZÀ-Ý])[a-zà-ÿ]+)\s+(?:qui\s+)?(?:s['’]appel(?:le|ait)"
                            r"|(?:est\s+|a\s+été\s+)?(?:appel|nomm|baptis|surnomm)[ée]e?)"
                            r"\s+(?:d[ée]sormais\s+|maintenant\s+)?[«\"“]?\s*$")


# (people a doer's ending does not tell, and the small words a sentence puts there: "a woman who is called…")
_NO_THING = frozenset("one someone somebody person persons people folks fellow chap bloke dude gent lady family vicar"
                      " priest reverend pastor nun monk imam rabbi chef coach and or who which that she he it they we"
                      " you is was were are be been now then also just couple famille bande".split())
_A_DOERS_ENDING = re.compile(r"(?:er|or|ist|ian|man|men|ee|ess|ant|ent)s?$")
# Things, though they end like doers, given names as often as cars are ("a fender called Colin").
_THINGS_LIKE_DOERS = frozenset("fender computer tractor trailer heater scooter printer speaker blender camper monitor"
                               " generator radiator mower freezer boiler cooker toaster tumbler sticker poster"
                               " bee tree".split())  # (round 68: "a bee called Isla")
_A_FRENCH_DOERS_ENDING = re.compile(r"(?:eur|euse|ier|iere|iste|ien|ienne|ant|ante|aire|ais|aise|ois|oise)s?$")


def _a_things_noun_called(before: str) -> bool:
    m = _A_NOUN_CALLED.search(before)
    return m is not None and _names_a_thing(m)


def _names_a_thing(m: re.Match[str]) -> bool:
    """Whether the noun _A_NOUN_CALLED found before the name is a thing's, not someone's."""
    # French: a word of the dictionary that is no one, no relative and no doer (« boulanger »)
    if m["nom"] or m["fait"]:
        nom = fold_str(m["nom"] or m["fait"])
        return is_french_word(nom) and nom not in _NO_THING \
            and not (a_someone_noun(nom) or kin(nom) or _A_FRENCH_DOERS_ENDING.search(nom))
    if m["model"]:  # not "an American named Bob", "a Parisian called Luc", "a Kevin called…"
        model = fold_str(m["model"])
        return model not in _NOT_NAMES and not a_someone_noun(model) and not maybe_first_name(m["model"]) \
            and not re.search(r"(?:ian|ese|ish|an|man|men)$", model)
    noun = m["noun"] or m["made"]
    lemmas = english_lemmas(noun)  # (none for "playlist", "app", "webinar": words newer than the lexicon)
    if {"ADV", "AUX", "ADJ"} & set(lemmas) or noun in _NO_THING \
            or _A_DOERS_ENDING.search(noun) and noun.rstrip("s") not in _THINGS_LIKE_DOERS:
        return False  # "now", "she"; a doer: "a beekeeper named Hollis", "a trucker called Dale"
    return not (a_someone_noun(noun) or kin(noun) or any(a_someone_noun(lemma) for lemma in lemmas.get("NOUN", ())))


@lru_cache(maxsize=64)
def _names_given_to_her(text: str) -> frozenset[int]:
    """Where the names the text asks her to take begin ("I want you to be called Molly", « ton assistante elle
    s'appelle Bobby »): a name for her, no one the memory is about (round 40)."""
    return frozenset(start for _, (start, _) in names_given(text))


def _someone_said_before(text: str, start: int) -> bool:
    """"The new choir leader. Her name is Juniper": the sentences before speak of someone, not of an animal."""
    words = [fold_str(w) for w in re.findall(r"[\w-]+", text[max(0, start - 80):start])]
    return any(a_someone_noun(w) for w in words) and not any(w.rstrip("s") in _PET_NOUNS | _THINGS_NAMED for w in words)


# Things given a name as often as animals: "her sourdough starter, his name is Clint", "your computer girlfriend".
_THINGS_NAMED = frozenset("starter computer robot ai ia bot chatbot assistant app appli ordi ordinateur plant plante car"
                          " voiture van bike velo".split())


# Someone, then the name they go by: "a guy named Colt", « un type qui s'appelle Buck », "a woman called Rain".
_SOMEONE_NAMED = re.compile(r"\b(?P<noun>[\w-]+)\s+(?:(?:qui\s+)?s['’]appel\w*|named|called|nomm[ée]e?|appel[ée]e?"
                            r"|pr[ée]nomm[ée]e?)\s+$", re.IGNORECASE)


# Someone said, then where, then the name: "the campground owner in Stanley, Buck."
# (A noun after its article: not "the final with Dad, Man City lost", a new clause after a relative.)
_SOMEONE_THEN_NAME = re.compile(r"\b(?:the|a|an|our|my|le|la|l['’]|un|une|notre|mon|ma)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)"
                                r"(?:\s+(?:in|at|from|of|de|du|à|a)\s+[\w'’ -]{1,25}?)?\s*,\s*$", re.IGNORECASE)


def introduced_as_someone(text: str, start: int) -> bool:
    """The words before the name say it is someone's: "a guy named Colt", "the choir leader. Her name is Juniper",
    "the campground owner in Stanley, Buck" (not "the lab's old computer, Hal")."""
    before = text[max(0, start - 40):start]
    m = _SOMEONE_NAMED.search(before) or _SOMEONE_THEN_NAME.search(before)
    if m is not None and a_someone_noun(fold_str(m.group("noun"))):
        return True
    return bool(_NAMED_HIM.search(before)) and _someone_said_before(text, start)


_NAMED_HIM = re.compile(r"\b(?:(?:named|called|dubbed|christened)\s+(?:him|her)|(?:his|her|its)\s+name\s+is"
                        r"|(?:il|elle)\s+s['’]appelle)\s*$", re.IGNORECASE)
A_BIRTH = re.compile(r"\b(?:bab(?:y|ies)|b[ée]b[ée]s?|born|birth|n[ée]e?|naissance|newborn|nouveau-n[ée]e?|daughter|son"
                     # (round 70: "from the maternity ward: it's a girl")
                     r"|maternity|maternit[ée]|it['’]s a (?:girl|boy)|c['’]est une fille|c['’]est un gar[çc]on"
                     r"|fille|fils|niece|nephew|ni[èe]ce|neveu|grandchild|grandson|granddaughter)\b", re.IGNORECASE)


# A name given to a thing or an animal: « je l'ai appelé Roger » (the robot vacuum), "we named it Pip".
_NAMED_SO = re.compile(r"(?:\b(?:l['’]|le\s+|la\s+|les\s+)(?:ai|a|avons|avez|ont|avait|avions)\s+"
                       r"(?:appel|baptis|nomm|surnomm)\w*|\b(?:nam|call|dubb|christen)(?:ed|ing)\s+"
                       r"(?:it|them|one|(?:the|a|his|her|my|our|their)\s+\w+"
                       # ("named a sea cucumber Kevin"; not "named the baby boy Sam")
                       r"|(?:the|a|an)\s+(?!(?:baby|son|daughter|kid|child|boy|girl|twins?)\b)[a-z]+\s+[a-z]+"
                       # (round 44: "Marcus named ours Karen", "Pri named hers Kevin", "called every duck Gerald")
                       # ("Reg insisted on christening it 'Dorothy'")
                       r"|ours|hers|mine|theirs|(?:every|each)\s+\w+))\s*['‘\"“«]?\s*$"  # (« Il l'a appelé « Kwame » »)
                       # "It's called Robbie" (the hospital's robot), "which Lotte named Henk" (the robot vacuum)
                       r"|\bit(?:['’]s|\s+is|\s+was)\s+(?:now\s+)?(?:called|named)\s+$"
                       # (round 68: « un « assistant de saisie » que j'ai baptisé Roger »)
                       r"|\bqu(?:e\s+|['’]\s*)(?:j['’]ai|on\s+a|nous\s+avons)\s+(?:baptis|surnomm)\w*\s+[«\"“]?\s*$"
                       r"|\bwhich\s+(?:[\w'’]+\s+){1,2}named\s+$"
                       # A thing with a name: « une IA nommée Aria », "a robot called Pepper" (not "a kid named Eitan").
                       # (round 68: not « j'ai appelé Maman »: the verb's « ai »)
                       r"|\b(?:ia|(?<!['’])ai|robots?|bots?|chatbots?|assistante?s?|voitures?|cars?|bateaux?|bateau"
                       r"|boats?|plantes?"
                       r"|plants?|poup[ée]es?|dolls?|peluches?|teddy|applis?|apps?|logiciels?|ordis?|computers?|machines?"
                       r"|lawnmowers?|tondeuses?|aspirateurs?|vacuums?|starters?|levains?|dummy|dummies|vans?|bikes?"
                       r"|v[ée]los?)"
                       # (and "is called", « qui s'appelle »: "Our robot lawnmower is called Haaland", round 40)
                       r"\s+(?:(?:is|was|qui|est)\s+)?(?:now\s+)?(?:nomm|appel|baptis|surnomm|named|called|dubbed"
                       r"|s['’]appel)\w*\s+$"
                       # Or said first, then its name: "the lab's old computer, Hal,", « ma vieille voiture, Titine, »
                       r"|\b(?:computer|laptop|car|van|bike|boat|robot|ordi|ordinateur|voiture|v[ée]lo|bateau|plante"
                       r"|plant|guitar|guitare|piano|camper|caravan|tractor|tracteur)\s*,\s*$"
                       # An animal that is called so: "the barn owl was called gerald", « la vache s'appelle Noisette »
                       rf"|{_AN_ANIMAL_CALLED}",
                       re.IGNORECASE)
# An animal said with its owner, then its name: "le chien des voisins, Rocky", "the cat from next door, Miso".
_PET_OF_SOMEONE = re.compile(rf"\b(?:{'|'.join(sorted(_PET_NOUNS))})\s+(?:de la|de l['’]|des|du|de|d['’]|of the|of"
                             r"|from the|from)\s*[\w'’-]+(?:\s+door)?\s*,\s*$", re.IGNORECASE)
# Met by chance: "bumped into jess at tesco", "ran into Tom".
_MET_BEFORE = re.compile(r"\b(?:bump(?:ed|ing)?|r[au]n|running)\s+into\s*$", re.IGNORECASE)
# Who wrote: "SMS from Kit", « texto de Nine », "a voicemail from Honey" (not "Mail de Pôle emploi": a name alone).
_HEARD_FROM = re.compile(r"\b(?:sms|textos?|texts?|messages?|mails?|e-?mails?|lettres?|letters?|cartes?|cards?|notes?"
                         r"|voicemails?|vocal|vocaux|appels?|calls?|whatsapp)\s+(?:from|de|d['’])\s*$", re.IGNORECASE)


def met_or_heard_from(text: str, start: int, end: int) -> bool:
    """"bumped into Lou", "SMS from Kit:", « texto de Nine. »: the name is someone's."""
    return bool(_MET_BEFORE.search(text[max(0, start - 20):start])) or bool(
        _HEARD_FROM.search(text[max(0, start - 20):start])) and bool(re.match(r"\s*(?:[:,.!?'’\"»)]|$)", text[end:]))


def whose_it_is(text: str, end: int) -> bool:
    """"Jess's", "Sam's van", "Mr Abbott's stall": the name ending at `end` says whose something is."""
    return _WHOSE.match(text, end) is not None


_WHOSE = re.compile(r"['’]s\b")


def _a_shop_in_french(text: str, end: int) -> bool:
    """« chez Giovanni's », « au Joe's »: in French, an English possessive names a shop or a restaurant."""
    return whose_it_is(text, end) and detect_language(text) == "fr"


# The last word of an institution's name ("Leeds City Council", "Barclays Bank"), the first of a French one
# ("Mairie de Lyon", "Caisse d'Allocations", "Conseil Départemental").
_INSTITUTION_LAST = frozenset(
    "council bank trust society association agency ministry department police university college school"
    " hospital clinic museum library airways airlines ltd inc plc group company club union authority office"
    # ("Wessex Grain Co. rang this morning": a firm by its last word, round 60)
    " co corp llc gmbh"
    # a club by its last word (round 71: "Grimsby Town against Notts County", "Granada CF")
    " fc afc cf town city united county rovers wanderers athletic hotspur".split())
_INSTITUTION_FIRST = frozenset(
    "mairie banque caisse credit universite lycee college ecole hopital clinique musee association societe"
    " ministere prefecture conseil agence office service direction centre sci sarl sas sasu eurl"
    " cooperative"
    # or its first ("FC Pierogi won the Sunday league", round 71)
    " fc afc".split())


def an_institution(words: str) -> bool:
    parts = [part.rstrip(".") for part in fold_str(words).split()]
    return len(parts) > 1 and (parts[-1] in _INSTITUTION_LAST or parts[0] in _INSTITUTION_FIRST
                               or _AN_ACRONYM_FIRST.fullmatch(words) is not None
                               and _an_acronyms_own(*words.split(maxsplit=1)))


# An acronym before a name: a club, a team, before a town ("US Créteil", "AS Monaco", "RC Lens", "FC Nantes"); a
# body, a course, a ship, before one word of the language (round 79: "RAF Valley", "AP Bio", "RV Petrel"), not a
# title's letters before a surname ("PC Smith", "DJ Mike").
_AN_ACRONYM_FIRST = re.compile(r"[A-Z]{2,4}\s+\S.*")
_A_TITLES_LETTERS = frozenset("pc wpc dc di ds dci dj mc mp gp qc kc".split())


def _an_acronyms_own(acronym: str, rest: str) -> bool:
    return a_town(rest) \
        or len(rest.split()) == 1 and acronym.lower() not in _A_TITLES_LETTERS and a_word_and_no_name(rest)


_A_DISH_BEFORE = re.compile(r"\b(?:tartes?|sauce|p[êe]che|poire|b(?:œ|oe)uf|salade|soupe|coupe|cr[êe]pes?|omelette|pizza"
                            r"|eggs|salad|pie|cocktail)\s+$", re.IGNORECASE)
# A piece dedicated to someone: the name before "to" is its title.
_DEDICATED_BEFORE = re.compile(r"\b(?:dedicated|d[ée]di[ée]e?s?)\s+$", re.IGNORECASE)
_DEDICATED_TO = re.compile(r"\s+(?:to|à|a|au|aux)\b", re.IGNORECASE)
_WATERS = frozenset("water beck burn brook tarn loch falls canal reservoir river".split())
_A_FIRMS_TAIL = frozenset("company co sons daughters partners associates".split())
# A storm's name: « la tempête Ciarán », "Storm Amy", "Hurricane Erin" (round 40).
_A_STORM_BEFORE = re.compile(r"\b(?:temp[êe]te|storm|hurricane|ouragan|cyclone|typhoon|typhon)\s+$", re.IGNORECASE)


def a_storms_name(text: str, name: str) -> bool:
    """Wherever the memory says it, the name of a storm ("Storm Amy took the fence down"): no one, whatever it did."""
    spans = find_phrase(text, name)
    return bool(spans) and all(_a_storm_before(text, start) for start, _ in spans)


# A capitalised word, then "of" (round 45: "the Isle of Skye", "the Temple of Dendur", "the Duchess of Kent"), inside
# a sentence (a sentence may open on "Photo of Dad").
_A_NAME_OF_BEFORE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s+of\s+$")


def _part_of_a_name_with_of(text: str, start: int) -> bool:
    m = _A_NAME_OF_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and not sentence_start(text, m.start())


# After an article, a possessive or an adjective, then before a noun: what a thing is (round 45: "New Hunter wellies",
# "hundreds of Stewart boxes", "two Joni Mitchell covers"; not "old Dale herded them back", "old Walter the janitor").
_A_THINGS_WORD_BEFORE = re.compile(r"\b(?:a|an|the|my|his|her|our|their|your|new|old|of|two|three|some)\s+$",
                                   re.IGNORECASE)
_NOT_THINGS_NOUNS = frozenset("who one all both each".split())


def _a_things_make(text: str, start: int, end: int) -> bool:
    after = re.match(r" ([a-z]{3,})\b", text[end:end + 20])
    if after is None or not _A_THINGS_WORD_BEFORE.search(text[max(0, start - 12):start]):
        return False
    read = english_lemmas(after[1])
    # (not "a picture of Nadia holding the baby": what follows is her doing)
    return "NOUN" in read and "ADV" not in read and not inflected_verb(after[1]) and not after[1].endswith("ing") \
        and after[1] not in _NOT_THINGS_NOUNS and detect_language(text) == "en"


def _a_storm_before(text: str, start: int) -> bool:
    return bool(_A_STORM_BEFORE.search(text[max(0, start - 12):start]))


def a_restaurants_name(text: str, name: str) -> bool:
    """"au Chez Paulette", "at Chez Marcel": a « Chez » written as a name's part is a restaurant's sign."""
    name = re.sub(r"^Chez\s+", "", name)
    spans = find_phrase(text, name)
    return bool(spans) and all(re.search(r"(?:\b(?:au|le|du|the|at)|[a-zà-ÿ,])\s+Chez\s+$|[«“\"]\s*Chez\s+$",
                                         text[max(0, s - 12):s])
                               for s, _ in spans)  # "au Chez Paulette", "… de Mme Caron Chez Gégé, le bar"; quoted,
    # « Chez Dalila » (round 59)


def a_pubs_name(text: str, name: str) -> bool:
    """"at O'Flaherty's", "happy hour at McSorley's": an Irish or Scots surname alone, said only as where one was,
    is a pub's or a shop's sign (round 65; a friend's home is said by a given name, "at Becca's")."""
    spans = find_phrase(text, name) if _A_CLANS_NAME.fullmatch(name) else []
    return bool(spans) and all(whose_it_is(text, end) and _AT_IT.search(text[max(0, start - 8):start])
                               for start, end in spans)


_A_CLANS_NAME = re.compile(r"(?:O['’]|Mc|Mac)[A-Z][a-z]+")
_AT_IT = re.compile(r"\b(?:at|to|from|in)\s+$", re.IGNORECASE)


# A business by its owner's name: what one eats or works there, then "at Gino's" ("pizza at Gino's", "tacos at
# Chuy's", "my shift at Jimmy's"; not "dinner at Jess's", a friend's table as often). (Not "Paolo's bar": "He
# promised to send his customers our way", the owner himself, round 46.)
_FOOD_AT = re.compile(r"\b(?:pizzas?|tacos?|burgers?|subs|pies?|fries|chips|sushi|kebabs?|noodles|wings|curry"
                      r"|ice creams?|gelato|doughnuts|donuts|bagels?|pancakes|waffles|milkshakes?|shift|shifts)\s+"
                      r"(?:\w+\s+)?(?:at|from)\s+$", re.IGNORECASE)


def an_eaterys_name(text: str, name: str) -> bool:
    spans = find_phrase(text, name)
    return bool(spans) and all(_FOOD_AT.search(text[max(0, start - 30):start]) and whose_it_is(text, end)
                               for start, end in spans)


def a_things_name(text: str, name: str) -> bool:
    """"SCI Les Tilleuls" (a company), "Paul Bert" in "rue Paul Bert" wherever it is said: an institution,
    or a street, a school, a stadium named after someone, not anyone the memory was with."""
    spans = find_phrase(text, name)
    return an_institution(name) or bool(spans) and all(
        not sentence_start(text, start) and re.search(r"[\w'’]\s+$", text[max(0, start - 3):start])
        and (before := _preceding(text, start, 1)) and before[-1] in PLACE_NOUNS
        or _A_PLACES_NOUN_AFTER.match(text, end) or _one_side_of_a_things_pair(text, start, end)
        for start, end in spans)  # "rue Paul Bert", "George Square"; not "on our street, Mr Achterberg brought…"


# Two names joined by "&" after "the", or before a firm's word (round 71: "the Thelma & Louise soundtrack", "the
# Punch & Judy Fellowship", "Hartwell & Co", "Russ & Daughters"): a work's, a show's or a firm's name; two people
# joined so take no article ("with Greg & Tammy", "at Meena & Raj's").
_A_CAPITALISED_WORD = r"(?-i:[A-ZÀ-Ý][\w'’-]*)"
_A_THINGS_PAIR = re.compile(rf"\b(?:[Tt]he\s+{_A_CAPITALISED_WORD}\s+&\s+{_A_CAPITALISED_WORD}"
                            rf"|{_A_CAPITALISED_WORD}\s+&\s+"
                            r"(?:Co|Cie|Fils|Sons|Daughters|Me|Company|Partners|Associates)\b\.?)")


def _one_side_of_a_things_pair(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start < m.end() for m in _A_THINGS_PAIR.finditer(text))


# After a name, the noun that makes it a place's ("George Square", "Victoria Station"; not "Hall", "Hill": surnames).
_PLACES_NOUNS_AFTER_A_NAME = (r"Street|St|Road|Rd|Avenue|Square|Station|Airport|Stadium|Arena|Hospital|School|College"
                              r"|University|Church|Cathedral|Museum|Centre|Center|Mall|Market|Gardens|Beach"
                              # the coast's and old stones' (round 73: "fell in the sea at Barry Island", "a photo of
                              # York Minster"; not Park, Hall, Hill, Wood, Lake: surnames too)
                              r"|Island|Isle|Minster|Abbey|Priory|Chapel|Castle|Bay|Cove|Pier|Harbour|Harbor|Quay"
                              r"|Bridge|Moor|Fell|Sands|Point|Tower|Lighthouse|Palace|Library|Theatre|Theater|Hotel"
                              # the land's and the water's (round 79: "the whole run to Hayes Knoll", "booked with
                              # Alvechurch Marina"; not Pike, Green, Heath: surnames too)
                              r"|Valley|Gorge|Forest|Docks?|Wharf|Crag|Tarn|Marina|Knoll|Dene|Reservoir")
_A_PLACES_NOUN_AFTER = re.compile(rf"\s+(?:{_PLACES_NOUNS_AFTER_A_NAME})\b")


_A_FIRM_BEFORE = re.compile(r"\b(?:technicien\w*|m[ée]cano|m[ée]canicien\w*|vendeu\w+|conseill\w+|livreu\w+|r[ée]parateu\w+"
                           r"|d[ée]panneu\w+|gars|type|plombier|[ée]lectricien\w*|commercia\w+|install\w+)\s+de\s+chez\s*$"
                           # « avec nathan de chez Adecco », « Refus de chez Robotix » (not « rentrée de chez Paul »),
                           # « entretien chez Datavia », « je commence lundi chez Bioderma »: a firm, where one works
                           r"|\b(?:(?!(?:rentr|reven|rev|sor|part|retour|arriv|ram|rep|pass|fui|enfu)\w*\s)[\w-]+\s+de|refus"
                           r"|r[ée]ponse)\s+chez\s*$|\b(?:entretiens?|postes?|stages?|missions?|jobs?"
                           r"|commence\w*|postul\w*|embauch\w*|travaill\w*|bosse\w*|cdi|cdd|int[ée]rim|candidature\w*"
                           r"|alternance|recrut\w*)\b[^.!?;:]{0,30}?\bchez\s*$",
                           re.IGNORECASE)


def a_firm_named(text: str, name: str) -> bool:
    """Every time the memory says it, a firm one works or applies at: « entretien chez L'Oréal »."""
    spans = find_phrase(text, name)
    return bool(spans) and all(_A_FIRM_BEFORE.search(text[max(0, start - 40):start]) for start, _ in spans)


_STREET_WORDS = frozenset("rue chemin allee avenue boulevard impasse quai square passage route place cours".split())


# An indefinite article and an adjective, or a plural one, before a name: a kind or a thing, no one ("an old
# Marine", "a 1950s Kay", « une vieille Gretsch », « ses nouvelles Salomon »).
_A_KIND_BEFORE = re.compile(
    r"(?:\b(?:a|an|un|une)\s+(?:old|new|big|real|proper|vintage|true|vieux|vieil|vieille|nouveau"
    r"|nouvel|nouvelle|vrai|vraie|\d{4}s?|\d0s)"
    r"|\b(?:mes|tes|ses|nos|vos|leurs|des|les)\s+(?:nouvelles|nouveaux|vieilles|vieux|belles|beaux))\s+$",
    re.IGNORECASE)
# Names joined by a small lowercase word, as towns are and people are not ("Stratford-upon-Avon", « Aix-en-Provence »).
_A_TOWNS_JOINED_NAME = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*-(?:on|upon|under|by|in|le|la|les|sur|sous|en"
                                  r"|lès|lez|de|du|des|aux|au|d['’][A-ZÀ-Ý])[-\w]")


def a_towns_joined_name(words: str) -> bool:
    """"Stratford-upon-Avon", « Saint-Jean-de-Daye »: a town's name by its shape, whether or not the lists hold it."""
    return bool(_A_TOWNS_JOINED_NAME.match(words))


# A name's first word before "of the" and a capital: a title ("Carol of the Bells", "Lord of the Rings").
_A_TITLE_WITH_OF_AFTER = re.compile(r"\s+of\s+the\s+(?-i:[A-Z])")
# Going somewhere, in French (« aller à », « on est allés à », « retourner à »): what follows « à » is a place.
_GONE_TO = re.compile(r"\b(?:aller|all[ée]e?s?|vais|vas|va|allons|allez|vont|allait|allais|allions|irai|iras|ira|irons"
                      r"|retourner|retourn[ée]e?s?)\s+(?:[\w'’-]+\s+){0,3}?(?:à|a)\s+$", re.IGNORECASE)


# In English one is "in" a place, never "in" someone (round 71: "Nan's flat in Quinton", "Aunt Bev's in Cortez", "a hot
# chocolate in Trinity"); not "confided in Sarah", "believe in Tom", nor "in Sam's van", whose it is.
_IN_BEFORE = re.compile(r"(?<!confide )(?<!confided )(?<!confiding )(?<!believe )(?<!believed )(?<!interest )"
                        r"(?<!pride )(?<!faith )(?<!trust )\bin\s+$")


def _never_a_person(text: str, words: str, start: int, end: int) -> bool:
    if _not_a_name_here(text, words, start, end) or given_a_name(text, start) or an_ai_model(text, words):
        return True
    if _IN_BEFORE.search(text[max(0, start - 14):start]) and not whose_it_is(text, end):
        return True
    if an_institution(words) or inside_a_listed_title(text, start, end) \
            or _one_side_of_a_things_pair(text, start, end):
        return True  # "on hold with Leeds City Council": an institution, whoever answered; « la Lettre à Élise »
    if " " in words and fold_str(words).split()[0] in _STREET_WORDS:
        return True  # « Chemin René-Auclair », « Allée Jean-Moulin »: a street named after someone
    if " " in words and fold_str(words).split()[0] in ("team", "equipe") \
            or re.search(r"\b(?:Team|[ÉE]quipe)\s+$", text[max(0, start - 8):start]):
        return True  # "Team Gerald had 23 people", « l'Équipe Lucas »: a team named after someone
    if _A_DISH_BEFORE.search(text[max(0, start - 12):start]) or _a_storm_before(text, start):
        return True  # « tarte Tatin », « pêche Melba », "Eggs Benedict": a dish named after someone; "Storm Amy"
    if _part_of_a_name_with_of(text, start) or _A_TITLE_WITH_OF_AFTER.match(text, end):
        return True  # "the Ring of Kerry", "the Knights of Columbus", "Carol of the Bells" (round 58)
    if _A_KIND_BEFORE.search(text[max(0, start - 30):start]):
        return True  # "an old Marine", "a 1950s Kay", « ses nouvelles Salomon »: a kind or a thing (round 62)
    if a_towns_joined_name(words):
        return True  # "Westbury-on-Trym", « Boulogne-sur-Mer », « Villeneuve-lès-Avignon »: a town's name (round 62)
    if re.match(r"(?:saint|sainte|st|ste)(?:-|\.?\s)", fold_str(words)):
        return True  # « passait par Saint-Pol », « la Saint-Yves »: a town, a church, a feast, round 58; "the final
        # against St Mary's", round 59
    if _GONE_TO.search(text[max(0, start - 40):start]) and text[end:end + 2] not in ("'s", "’s"):
        return True  # « rêvait d'aller une dernière fois à Lourdes »: one goes « chez » someone, « à » a place
    if _a_things_make(text, start, end):
        return True  # "his old Stanley flask", "the Mr Whippy van": the make of a thing
    if _a_shop_in_french(text, end) or _A_FIRM_BEFORE.search(text[max(0, start - 40):start]):
        return True  # « le technicien de chez Bongard », « entretien chez Datavia »: a firm, not someone
    if _WORK_BEFORE.search(text[max(0, start - 40):start]) or _WORK_AFTER.match(text, end):
        # "a song by Adele", "the Adele concert": whose work it is, not who was there. Not a thing
        # either: a proposal may list the friend whose concert it was.
        return True
    # Words of the sentence before ("…at Omar's place. Jasper told…": "place" is the last one's).
    before = [] if sentence_start(text, start) else _preceding(text, start, 2)
    pet_before = _a_pet_noun_before(before) or _PET_OF_SOMEONE.search(text[max(0, start - 40):start])
    # ("Au café de la gare, Ioana m'a offert…": the comma ends the place's name.)
    a_place_named = before and before[-1] in PLACE_NOUNS | _STREET_WORDS \
        and not re.search(r",\s*$", text[max(0, start - 3):start]) or _a_places_town(text, words, start)
    if pet_before or a_place_named or _PET_AFTER.match(text, end) \
            or _cared_for_as_a_pet(text, start, end):
        return True  # "mon chien Biscuit", "Gordon, Mum's cat", "rue Victor Hugo", "took Rufus to the vet"
    return _after_an_article(text, start)


def an_ai_model(text: str, words: str) -> bool:
    """"ChatGPT trop poli, Mistral trop sec, Claude trop long", "tried Claude and Gemini": a language model's name
    (Claude, Mistral are also people's) where the memory speaks of AI or of another model."""
    name = fold_str(words)
    if name not in _AI_MODELS:
        return False
    others = {fold_str(w) for w in re.findall(r"[\w-]+", text)} & _AI_MODELS - {name}
    return bool(others or _AI_SAID.search(text))


_AI_MODELS = frozenset("claude mistral gemini chatgpt gpt copilot llama grok perplexity deepseek gemma qwen".split())
_AI_SAID = re.compile(r"(?<![\w'’-])(?:AIs?|IAs?|LLMs?|chatbots?)(?![\w'’-])|\b(?:AI|IA) (?:tools?|outils?)\b")


def _a_places_town(text: str, words: str, start: int) -> bool:
    """« le garage de Chalon », « l'école de Vico », « le péage de Fleury »: a place's noun, "de", then a word that is
    no given name of the short lists is the place's town (« le garage de Paul » is Paul's)."""
    before = _preceding(text, start, 2)
    if len(before) < 2 or before[-1].rstrip("'’") not in ("de", "du", "d") or not words[:1].isupper():
        return False
    noun = re.split("['’]", before[-2])[-1]
    if noun in _LANDS_NOUNS:
        return True  # « les plaines d'Abraham », « le cirque de Gavarnie »: land is no one's (round 62)
    # A given name that is also a town's is the town after a building's noun (« l'hôpital de Lourdes »)
    return noun in PLACE_NOUNS | _MORE_PLACE_NOUNS \
        and (not is_first_name(fold_str(words).split()[0].split("-")[0]) or a_town(words))


def _last_of_a_list_of_names(text: str, words: str, start: int) -> bool:
    """"Faisal, Ana and Will helped me": a given name that is also a word ("Will", "May"), capitalised, ending a
    list of given names, is one of them."""
    before = re.search(r"([A-ZÀ-Ý][\w-]+),?\s+(?:and|et|&)\s+$", text[max(0, start - 30):start])
    return words[:1].isupper() and maybe_first_name(words) and before is not None and is_first_name(before[1])


def _after_an_article(text: str, start: int) -> bool:
    """"the Rosetta Stone", "la Joconde", "les Bleus": an article names a thing, not someone."""
    before = _preceding(text, start, 1)
    return bool(before) and before[-1] in _ARTICLES and not text[start - 2:start].startswith("'")


# A contest's name follows these ("a match" may be someone's: "le match de Théo").
_A_CONTEST_OF = re.compile(r"\b(?:finales?|demi-finales?|tournoi|coupe|championnat|festival|finals?|semi-finals?"
                           r"|tournament|cup|championship)\s+(?:de la|de l['’]|de|du|des|d['’]|of|of the)\s*$",
                           re.IGNORECASE)


# A number right after a name, no count of anything (not "Paul 2 fois", "Léa 3 ans", « Romain 5 € »), no year
# ("Jean-Baptiste Roux 1871"), nor a list's or a score's ("Sam 2, Jo 3", "Léa 2-1").
_A_MODELS_NUMBER = re.compile(r" (?!(?:1[5-9]|20)\d\d\b)\d+\b(?![,.:]?\s*(?:fois|times|x\b|ans?\b|years?|yrs?"
                              r"|mois|months?|jours?|days?|h\b|heures?|hours?|hrs?|min|minutes?|sec|km|miles?|m\b|kg"
                              r"|points?|pts|€|\$|£|%|euros?|pounds?|quid|dollars?|p\b|[-–—/:,]|$))")


def _a_french_ben(text: str, start: int, end: int) -> bool:
    """« ben » after « bon », « eh », « et »…, or opening a clause before what no Ben opening it would be followed by
    (a subject of its own, « oui », « aujourd'hui »): the interjection of a French memory (not « j'ai vu Ben hier »)."""
    if detect_language(text) == "en":
        return False
    opens = sentence_start(text, start) or re.search(r"[,;:]\s*$", text[max(0, start - 3):start]) is not None \
        and not any(a_someone_noun(word) for word in _preceding(text, start, 1))  # (« le stagiaire, ben, il… »)
    return bool(_BEN_BEFORE.search(fold_str(text[max(0, start - 8):start]))
                or opens and _BEN_AFTER.match(fold_str(text[end:])))


_BEN_BEFORE = re.compile(r"\b(?:bon|eh|et|ah|oh|mais|ouais|beh)[\s,.!]*$")
_BEN_AFTER = re.compile(r"[\s,]*(?:je|j['’]|j\b|g\b|tu|t['’]|il|elle|on|nous|vous|ils|elles|moi|toi|ca|c['’]"
                        r"|oui|non|voila|quoi|alors|dis|ecoute|justement|si|ouais|aujourd['’]hui|hier|demain|la"
                        r"|franchement|du coup)\b")


def _not_a_name_here(text: str, words: str, start: int, end: int) -> bool:
    """Words that are no one's name where they stand: ordinary words, acronyms, a quoted word, a
    thing's name after its noun, a street."""
    folded = fold_str(words)
    head = folded.split()[0]
    if _last_of_a_list_of_names(text, words, start):
        return False
    if folded in _NOT_NAMES or folded in _NOT_PERSONS or head in _NOT_PERSONS or len(folded) < 2:
        return True
    if words[:1].isupper() and introduced_as_someone(text, start):
        return False
    if _A_CONTEST_OF.search(text[max(0, start - 30):start]):
        return True  # "la finale de Roland-Garros", "the final of Wimbledon": a contest's name, not a player
    if all(part in _NOT_NAMES for part in re.split(r"[\s'’-]+", folded) if part):
        return True  # "Après-demain", "Peut-être", "Next Friday": ordinary words joined, capitalised
    if not is_first_name(head.split("-")[0]) and _words_of_the_text(text, words) \
            and not _a_name_doing_something(text, words, start, end) and not _after_a_relation(text, start) \
            and not _someone_in_apposition(text, end):
        return True  # "Calm is a gift", "Let's hope", "Honestly, Jordan…": words, capitalised (not "her partner Kit")
    if sentence_start(text, start) and not maybe_first_name(head) \
            and a_function_word(text, start, detect_language(text) or ""):
        return True  # « Sinon, Léa… », « Bref, … »: the sentence's first word, no name
    if head == "ben" and " " not in folded and _a_french_ben(text, start, end):
        return True  # « bon ben j'ai raté… », « Ben aujourd'hui Declan m'a… »: the French "well", no Ben
    if re.search(r"\b(?:St|Ste|Saint|Sainte)\.?\s+$", text[max(0, start - 8):start]):
        return True  # "St Patrick's parade", « la Saint Jean »: a saint's day, no one there
    if _DEDICATED_BEFORE.search(text[max(0, start - 14):start]) and _DEDICATED_TO.match(text, end):
        return True  # "Marcus dedicated Naima to his mother", « il a dédié Nuages à Django »: a tune (round 59)
    if " " in folded and folded.split()[-1] in _WATERS:
        return True  # "Hebden Water was over the wall", "Mill Beck": a river (round 59)
    if folded in _A_FIRMS_TAIL and re.search(r"(?:\band|&)\s+$", text[max(0, start - 6):start]):
        return True  # "Shakespeare and Company", "Dombey & Sons": a firm's name (round 59)
    if _A_STREET_WORD.search(words) or _AN_EVENTS_WORD.search(words):
        return True  # "Caroline Street", "the Stanley Cup": a street, a trophy named after someone
    if re.search(r"\s(?:Day|Eve)$", words) and (len(words.split()) > 3 or not maybe_first_name(words.split()[-2])):
        return True  # "Martin Luther King Day", "Bastille Day": a day named after someone (not "Doris Day")
    if words.isupper() and len(words) <= 6 or re.search(r"\d", words):
        return True  # an acronym or a code: la CAF, un CDD, the NHS, l'A7
    if text[start - 1:start] in ("'", "‘", "\"", "«", "“") and re.match(r"\s*['’\"»”]", text[end:]):
        return True  # a name quoted as a word: my name written 'Jorge' on a cup
    if text[max(0, start - 1):start].isalnum():
        return True  # inside a word: "iPhone"
    if text[end:end + 1] == "+":
        return True  # "Canal+", "Disney+": a service's name
    if words[:1].isupper() and _A_MODELS_NUMBER.match(text, end):
        return True  # « le lancement d'Ariane 6 », "my old Nokia 3310": a model by its number (round 80)
    if words[:1].isupper() and _a_show(text, start, end):
        return True  # "watched Notting Hill", "saw Cats at the Palladium": a film, a show
    if _A_NAME_SAID.search(text[max(0, start - 30):start]):
        return True  # "called me by my mother's name, Sheila": the name as a word, not someone there
    if _A_ROLE_OR_SONGS.search(text[max(0, start - 40):start]):
        return True  # "dressed as Gandalf", "danced to Fela", « chanté du Céline Dion »: a character, songs
    if _SUNG.search(text[max(0, start - 25):start]) and not maybe_first_name(head):
        return True  # « on chantait Kassav », "blasting Metallica": a band or a song, no given name
    if _named_thing(text, start) or _a_thing_said_after(text, end) or _one_of_a_kind(text, start):
        return True  # "le film Amélie Poulain", "sa perceuse Bosch", "Betty, my old car, broke down"
    if _a_place_apposed(text, end):
        return True  # « Chez Ginette, le bar de Vallon », "Rosie's, the pub on the corner": a place, said so
    before = _preceding(text, start, 2)
    return bool(_PLACE_AFTER.match(text, end)) or bool(before) and before[-1] in ("ma", "mon", "my", "our")


def _a_place_apposed(text: str, end: int) -> bool:
    """The noun after the comma is a place's: "le bar de Vallon", "the old pub" (not "the pub owner")."""
    m = _PLACE_APPOSED.match(text, end)
    if m is None:
        return False
    places = PLACE_NOUNS | _MORE_PLACE_NOUNS
    noun, then = fold_str(m["noun"]), fold_str(m["or_noun"] or "")
    return noun in places and (then in _A_PLACE_GOES_ON or not m["or_noun"]) or then in places


# After a place's noun, what goes on naming it ("le bar de Vallon", "the pub on the corner"; not "the pub owner").
_A_PLACE_GOES_ON = frozenset("de du des d of on in at near by where ou qui that which a au en dans pres sur".split())


# A name ending in a street's or a trophy's word ("Caroline Street", "the Stanley Cup").
_A_STREET_WORD = re.compile(rf"\s(?:{_PLACES_NOUNS_AFTER_A_NAME}|Lane|Drive|Crescent|Terrace)\.?$")
_AN_EVENTS_WORD = re.compile(r"\s(?:Cup|Trophy|Prize|Awards?|Open|Festival|Fest|Expo|Marathon|Games|Show)$")
# (The noun, or the one after an adjective: « le petit bar », "the old pub".)
_PLACE_APPOSED = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une|notre|mon|ma|the|a|an|our|my)\s*(?P<noun>[\w-]+)"
                            r"(?:\s+(?P<or_noun>[\w-]+)|(?=\s*[,.;!?)]))", re.IGNORECASE)
_MORE_PLACE_NOUNS = frozenset("brasserie bistrot bistro boulangerie epicerie boutique magasin supermarche club"
                              " garage peage cabinet mairie marche plage usine agence caserne prefecture"
                              " shop store bakery diner canteen cantine auberge camping gite chalet village ville"
                              " town city pizzeria creperie"
                              # (round 40: « la maternité de Pellegrin », « le plateau de Retord »)
                              " maternite plateau estive parking col lac vallee massif foret piscine patinoire"
                              " mediatheque bibliotheque gymnase aerodrome"
                              " fetes".split())  # « la salle des fêtes de Luz » (round 62)
# The land's own nouns, never said of someone's (« les plaines d'Abraham », « le col de Marie-Blanque »).
_LANDS_NOUNS = frozenset("plaine plaines cirque pic mont monts gorges baie ile iles pointe cap dune dunes etang etangs"
                         " col lac vallee massif foret plateau riviere fleuve glacier cascade".split())


def _words_of_the_text(text: str, words: str) -> bool:
    """English words ("Calm", "Honestly"), and in a French text French ones too: there an English word alone
    ("Shun dit que…") is no word of the sentence, and may well be a name."""
    plain = [re.sub(r"['’]s$", "", w) for w in words.split()]
    french = detect_language(text) == "fr"
    return all(is_english_word(w) and (not french or is_french_word(w)) for w in plain)


# A relation written as a noun right before the name: "her partner Kit", "ma cousine Rose" (not "Dad, Man City").
_RELATION_BEFORE = re.compile(r"(?<![\w'’-])(?P<noun>[a-zà-ÿ][\w-]*) $")


def _after_a_relation(text: str, start: int) -> bool:
    """"her partner Kit", "ma cousine Rose": a relation right before a word makes it a name."""
    m = _RELATION_BEFORE.search(text[max(0, start - 30):start])
    return m is not None and (fold_str(m["noun"]) in RELATIONS or bool(kin(m["noun"])))


_A_THING_CALLED = re.compile(
    r"\b(?:plant|plante|cactus|tree|arbre|car|voiture|van|truck|camion|bike|v[ée]lo|boat|bateau|doll|poup[ée]e|teddy"
    r"|peluche|guitar|guitare|piano|robot|computer|ordi|ordinateur|laptop|house|maison|caravan|caravane"
    r"|dinghy|dériveur|voilier|yacht|kayak|canoe|canoë|fender|tractor|tracteur)s?\s+"
    r"(?:called|named|dubbed|nomm[ée]e?s?|appel[ée]e?s?|baptis[ée]e?s?|surnomm[ée]e?s?)\s+$"
    # "Danny named it Big Bertha", "christening it 'Dorothy'": "it" is a thing (not "named her Lily", a baby as often)
    r"|\b(?:call|nam|dubb|christen|nicknam)(?:ed|ing)\s+it\s+['‘\"“]?$", re.IGNORECASE)
# « le concert des Négresses Vertes »: a band, a family; « la réponse de l'Arcom »: a body (no given name takes « l' »)
_ARTICLES = frozenset("the le la les des aux l'".split())
_A_NAME_SAID = re.compile(r"\b(?:name|nom|pr[ée]nom|surnom|nickname)\s*[,:]\s*$", re.IGNORECASE)
# A song sung whole, its words said (round 71): what follows is its title.
EVERY_WORD_OF = r"(?:every word of|all the words (?:to|of)|the words to|toutes les paroles de)"
# A costume's character, a singer's songs danced or sung to: what the name stands for is no one there.
_A_ROLE_OR_SONGS = re.compile(
    r"\b(?:dress\w*|costum\w*|d[ée]guis\w*)\b[^.;!?]{0,25}\b(?:as|en)\s+$"
    r"|\b(?:went|came|go|going|turned up|showed up)\s+as\s+$"  # "Tamsin went as Wednesday Addams"
    r"|\b(?:danc\w*|dans\w*|sang|sing\w*)\s+(?:along\s+)?(?:to|sur)\s+$"
    r"|\b(?:chant\w*|[ée]cout\w*|dans\w*|mis|pass[ée]|jou[ée]\w*)\s+(?:du|de la)\s+$"  # « joué du Chopin »
    r"|\b(?:played|playing|listened to|listening to)\s+some\s+$|\b(?:she|he|it|alexa|siri)\s+played\s+$"
    r"|\b(?:tickets?|billets?|places?)\s+(?:to|for|pour)\s+(?:see\s+|voir\s+)?$"  # "tickets to see Hozier"
    # A part in a play: « le rôle de Célimène », "the part of Viola", « les répliques de Scapin », « je serai
    # Antigone », "I'm playing Lady Bracknell", "I'm going to be Hedda Gabler"
    r"|\b(?:r[ôo]le|role|part|r[ée]pliques?|lines|monologue|tirade)\s+(?:de|d['’]|of)\s+$"
    r"|\b(?:je\s+serai|je\s+jouerai|i['’]ll\s+be|i\s+will\s+be|i['’]m\s+going\s+to\s+be|i['’]m\s+playing"
    r"|i\s+am\s+playing)\s+$"
    # Songs, a piece sung whole: "murdered some Elvis", "sang flat through the whole Gloria", « tout le Gloria »
    r"|\bsome\s+$|\b(?:the\s+whole|tout\s+le|toute\s+la)\s+$"
    # every word of it (round 71: "He sang every word of Delilah", « chanté toutes les paroles de Mistral gagnant »)
    rf"|\b(?:sang|sing\w*|chant\w*)\s+{EVERY_WORD_OF}\s+$", re.IGNORECASE)
_SUNG = re.compile(r"\b(?:chant\w*|sang|sing\w*|fredonn\w*|humm\w*|[ée]cout\w*|listen\w*\s+to|blast\w*)\s+$",
                   re.IGNORECASE)
# What one watches is a film or a show, unless the person then does something ("watched Léo swim").
_WATCHED = re.compile(r"\b(?:watch(?:ed|ing)?|re-?watched|binged|regard[ée]|mat[ée])\s+$", re.IGNORECASE)
# Seen where shows are: "saw Cats at the Palladium", "vu Starmania à l'Opéra", "in the West End".
_SEEN = re.compile(r"\b(?:saw|see|seen|seeing|vu|voir)\s+$", re.IGNORECASE)
_ON_STAGE = re.compile(r"\s+(?:at|in|on|au|à|a)\s+(?:the\s+|l['’]|le\s+|la\s+)?(?-i:[A-ZÀ-Ý][\w'’-]*\s+){0,3}"
                       r"(?:theat(?:re|er)|th[ée][aâ]tre|cinema|cin[ée]ma|op[ée]ra|west end|broadway|arena|playhouse)\b",
                       re.IGNORECASE)


def _a_show(text: str, start: int, end: int) -> bool:
    """A title watched, or seen on a stage; not someone watched doing something ("watched Ana dance",
    "regardé Léo nager", "watched Sam's match")."""
    if _SEEN.search(text[max(0, start - 12):start]):
        return bool(_ON_STAGE.match(text, end))
    if not _WATCHED.search(text[max(0, start - 16):start]):
        return False
    after = re.match(r"(['’]s\b)|\s+([a-zà-ÿ]+)", text[end:])
    if after is None:
        return True
    if after.group(1):
        return False
    doing = after.group(2)
    french_infinitive = doing.endswith(("er", "ir", "re")) and not is_english_word(doing)
    return not (doing.endswith("ing") or french_infinitive or "VERB" in english_lemmas(doing))


# Words that make the name after them someone's: "Dr Morin", "Aunt Ruth", "Grand-père Jo".
KIN_AND_TITLES = RELATIONS | _FAMILY_NAMES | TITLES | RANKS | frozenset(
    "maitre maitresse professeur tonton tata tatie uncle auntie".split()
)
# "mon ami Paul", "le plombier Marc", "the nurse Ana": a noun that names someone, then their name.
_PERSON_NOUNS = KIN_AND_TITLES | frozenset(
    "homme femme fille garcon gars mec meuf nana type gamin gamine enfant enfants bebe ado coloc"
    " colocataire ex camarade potes binome stagiaire client cliente patient patiente eleve etudiant"
    " etudiante invite invitee hote jumeau jumelle jumeaux jumelles fiance fiancee"
    " conjoint conjointe beau-frere belle-soeur petit-fils petite-fille bff"
    " man woman guy girl boy kid kids child baby lady gentleman bloke fella lad lass pal mates twin"
    " twins student pupil client guest host classmate stepmom stepdad stepmother stepfather"
    " stepbrother stepsister sibling siblings in-law fiancee"
    " bride groom widow widower godmother godfather godson goddaughter nanny babysitter mentor"
    " mariee veuve veuf filleul filleule nounou baby-sitter instituteur maitre maitresse voisin"
    " directeur proviseur entraineur moniteur animateur educateur"  # school and club staff, which Faker lacks
    " teacher coach tutor headmaster principal lead partner manager supervisor intern trainee apprentice"
    " flatmate roommate housemate"
    # Said of someone in the open sets' memories: "Gwen, the florist next door", "Nora, our very first customer",
    # « Bastien, notre ténor », "the campground owner in Stanley, Buck", "the mechanic in Elko".
    " florist fleuriste customer habitue habituee regular tenor soprano alto baryton baritone choriste chorister"
    " singer leader owner proprietaire mechanic mecano garagiste ranger"
    # (round 44: « Ma thérapeute m'a dit… », which Faker's list lacks)
    " therapeute psychotherapeute osteo osteopathe kinesitherapeute generaliste"
    # (round 45: "Physio says less throwing", short words Faker lacks)
    " physio physiotherapist kine chiro chiropractor opticien optometrist vet veto veterinaire".split()
)
# French adjectives that stand before their noun ("ma petite Léa", "mon vieux Paul"): not a thing's noun.
_ADJECTIVES_BEFORE = frozenset(
    "petit petite petits petites grand grande grands grandes gros grosse jeune jeunes vieux vieille"
    " vieil beau belle bel joli jolie bon bonne mauvais mauvaise meilleur meilleure cher chere chers"
    " cheres pauvre brave vrai vraie sacre sacree fameux fameuse premier premiere dernier derniere"
    " seul seule meme autre nouveau nouvelle nouvel ancien ancienne adorable fidele feu".split()
)
DETERMINERS = frozenset(
    "le la les l un une des du mon ma mes ton ta tes son sa ses notre votre nos vos leur leurs ce cet"
    " cette the a an my your his her our their this that".split()
)
# A definite article heading a name, to read the name without it (« Le Dauphine », "the Deaf club").
ARTICLE_FIRST = re.compile(r"^(?:le|la|les|the)\s+|^l['’]", re.IGNORECASE)
_NOUN_THEN_NAME = re.compile(r"(?:^|[^\w'’])(?P<det>[\w]+)(?:\s+|['’])(?P<noun>[a-zà-ÿ][\w\-]*)\s+$")
# "le nouveau tracteur John Deere", "my old drill Makita": an adjective between determiner and noun.
_NOUN_AFTER_AN_ADJECTIVE = re.compile(
    r"(?:^|[^\w'’])(?P<det>[\w]+)(?:\s+|['’])(?P<adj>[a-zà-ÿ]+)\s+(?P<noun>[a-zà-ÿ][\w\-]*)\s+$")


_WORKS = (r"concerts?|livres?|films?|chansons?|albums?|expos?|exposition|tableaux?|pi[eè]ce|spectacles?"
          r"|s[ée]ries?|romans?|books?|novels?|songs?|movies?|shows?|gigs?|exhibition|paintings?|plays?"
          r"|podcasts?|tours?|tourn[ée]e|documentaire|documentary|interview|playlist|disque|record|poems?|po[èe]mes?")
# Only "by": "le spectacle de Léa" is as often a friend's show as "le concert de Stromae" a star's.
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS})\s+by\s*$"
                          # « un vinyle de Barbara », « l'album de Stromae »: a record is the singer's, not a friend's
                          r"|\b(?:vinyles?|disques?|albums?|33 tours|45 tours|cd)\s+(?:de|d['’])\s*$"
                          # (written small, each word on its own: « vieux vinyles de nina simone », round 59)
                          r"|\b(?:vinyles?|disques?|albums?)\s+(?:de|d['’])\s*(?-i:[a-zà-ÿ]+)\s+$"
                          # a piece of music is its composer's (round 56: « une étude de Dotzauer », "a sonata by")
                          r"|\b(?:[ée]tudes?|sonates?|sonatas?|concertos?|symphonies?|nocturnes?|pr[ée]ludes?|fugues?"
                          r"|partitas?|requiem|mazurkas?|menuets?|minuets?|cantates?|cantatas?|suites? pour violoncelle"
                          r"|suites? for cello)\s+(?:de|d['’]|by)\s*$"
                          # an aria is its opera's, music sung or played « du » someone their work (round 79: « l'air
                          # de Carmen », « on a fini à chanter du Renaud », « écouter du Brel »)
                          r"|\b(?:l['’]air|un air|les airs|des airs)\s+(?:de|d['’])\s*$"
                          r"|\b(?:chant|[ée]cout|jou|mett|mis|pass)\w*\s+du\s+(?:(?-i:[A-ZÀ-Ý][\w-]*)\s+)?$",
                          re.IGNORECASE)
_WORK_AFTER = re.compile(rf"(?:['’]s)?\s+(?:new\s+|latest\s+|last\s+|first\s+)?(?:{_WORKS})\b", re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s*,\s*(?:my|our|ma|mon|notre|the|la|le|sa|son|his|her)\s+"
                         r"((?:[a-zà-ÿ'’-]+\s*){1,3})(?=[,.;!?)]|$)")


@lru_cache(maxsize=1)
def _someone_nouns() -> frozenset[str]:
    """Nouns for someone: relatives, titles, "coloc", "client", and every occupation Faker knows."""
    return _PERSON_NOUNS | occupations()


# French feminine nouns for someone, back to the masculine the lists hold: "institutrice", "boulangère".
_FEMININE_ENDINGS = (("trice", "teur"), ("euse", "eur"), ("euse", "er"), ("ere", "er"), ("ienne", "ien"), ("onne", "on"),
                     ("e", ""))  # ("manageuse": a manager)


def a_someone_noun(word: str) -> bool:
    if kin(word):
        return True  # "brother-in-law", « belle-sœur », "step-mum": a relative, whatever the hyphens
    nouns = _someone_nouns()
    return word in nouns or any(word.endswith(f) and word[:-len(f)] + m in nouns for f, m in _FEMININE_ENDINGS)


def _a_thing_said_after(text: str, end: int) -> bool:
    """"Betty, my old car, …", "Titine, ma vieille voiture": the words after the comma say what it is."""
    m = _SAID_AFTER.match(text, end)
    if m is None:
        return False
    said = [fold_str(w) for w in m.group(1).split()]
    if any(a_someone_noun(re.sub(r"(?<=.)[sx]$", "", w)) or _A_PLAYERS_WORD.fullmatch(w) for w in said):
        return False  # "Inès, ma collègue", "Sam, my best friend", "Bernadette, mon institutrice", « Jacqueline,
        # notre pianiste » (round 70)
    if _done_by_someone_after(text, m.end()):
        return False  # « Beñat, mon ancien talonneur, est passé », "Dieudonné, le nouveau résident, m'a raconté"
    # What it is comes before "de", "of": « le nouveau du service » is someone, « la voiture de Papa » a thing.
    head = next((said[i - 1] for i, w in enumerate(said) if i and w in ("de", "du", "des", "of", "from")), said[-1])
    lemmas = english_lemmas(head)
    return head not in _NOT_NAMES and ("NOUN" in lemmas or not lemmas) and head not in _ADJECTIVES_BEFORE


# Who plays or does something by its « -iste », "-ist" (« pianiste », « organiste », "cellist"; not "list",
# "wrist").
_A_PLAYERS_WORD = re.compile(r"[a-z]{4,}(?:iste|ist)s?")


def _done_by_someone_after(text: str, at: int) -> bool:
    """After the comma closing an apposition, what only someone does: to the user, or a visit, a word."""
    after = re.match(r"\s*,", text[at:])
    if after is None:
        return False
    at += after.end()
    return _someone_did_me(text, at) if _TO_ME_AFTER.match(text, at) else bool(_VISITED.match(text, at))


# A visit, a word: « est passé(e) à la maison », « est venue », "came over", "dropped by", "said".
_VISITED = re.compile(r"\s+(?:est\s+(?:pass[ée]e?|venue?|revenue?|arriv[ée]e?)|came\s+(?:over|round|by)|dropped\s+(?:by|in)"
                      r"|popped\s+(?:by|in|round)|said|says|told|a\s+dit|a\s+racont[ée])\b", re.IGNORECASE)


# "a", "une", maybe an adjective, then the name: "a new Renault", "une vieille Clio" (not "il y a Léa").
_ONE_OF = re.compile(r"(?:^|[^\w'’])(?<!y )(?:a|an|un|une)\s+(?:(?P<adj>[a-zà-ÿ][\w-]*)\s+)?$")


def _one_of_a_kind(text: str, start: int) -> bool:
    """A name after an indefinite article is a kind of thing, a make or a model: nobody is "a Marie"
    ("a friend Jo", "une amie Julie" say who someone is)."""
    m = _ONE_OF.search(text[max(0, start - 30):start])
    if m is not None and not _an_article(text, m.group().split()[0]):
        return False  # "on a enterré Marcel": in French "a" is "has"
    if m is not None and (fold_str(m.group("adj") or "") in _A_CERTAIN
                          or fold_str(text[start:start + 20].split()[0]).rstrip(".") in TITLES | RANKS):
        return False  # « un certain Adjudant Morel », "a Ranger Alvarez": someone, titled or not
    if m is not None and m.group("adj") and fold_str(m.group("adj")) in _BABY_WORDS \
            and is_first_name(fold_str(text[start:start + 20].split()[0]).strip(",.;!?")):
        return False  # « une petite Lina de 3,2 kg », "a little Emma": a newborn, someone
    return m is not None and (m.group("adj") is None or fold_str(m.group("adj")) not in _someone_nouns())


_BABY_WORDS = frozenset("petite petit little baby bebe adorable minuscule tiny".split())
_A_CERTAIN = frozenset("certain certaine denomme denommee".split())


def _an_article(text: str, word: str) -> bool:
    """"a" is English's article, but French's "has" ("on a enterré Marcel", "Léa a vu Hugo")."""
    return fold_str(word).strip("'’ ") != "a" or detect_language(text) != "fr"


# A time before a name begins the sentence, it does not name a thing: "this summer Callum and I…",
# "ce matin Léa m'a appelée", "last Friday Sam…".
_TIME_NOUNS = frozenset(
    "morning afternoon evening night week weekend summer winter spring autumn fall year month day time"
    " matin midi aprem matinee apres-midi soir soiree nuit semaine week-end ete hiver printemps automne annee an mois"
    " jour fois".split()
) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def _named_thing(text: str, start: int) -> bool:
    """A determiner and a noun that is not someone, then a capitalised name: "la mutuelle Harmonie",
    "le film Amélie Poulain", "my podcast Serial" — the name is the thing's, as in "mon chien Biscuit"."""
    before = text[max(0, start - 60):start]
    after_adjective = _NOUN_AFTER_AN_ADJECTIVE.search(before)
    if after_adjective is not None and not _an_adjective_before_a_noun(after_adjective["adj"]):
        after_adjective = None  # "a guy called Dev", « la chanson à Perrine »: no adjective there
    m = next((m for m in (_NOUN_THEN_NAME.search(before), after_adjective) if m is not None
              and fold_str(m.group("det")) in DETERMINERS and _an_article(text, m.group("det"))), None)
    if m is None:
        return False
    noun = fold_str(m.group("noun"))
    if noun in _TIME_NOUNS:
        return False
    singular = re.sub(r"(?<=.)[sx]$", "", noun)  # "ses copines Lina et Jade", "nos voisins"
    if {noun, singular} & _ADJECTIVES_BEFORE or a_someone_noun(noun) or a_someone_noun(singular) \
            or noun in _NOT_NAMES or kin(noun):
        return False  # not "her mother Colette", "sa belle-mère Odile", « ma manageuse Sophie »
    lemmas = english_lemmas(noun)
    # Not "my dear Sam", "her friends Jo and Al".
    return "ADJ" not in lemmas and not any(lemma in _someone_nouns() for lemma in lemmas.get("NOUN", ()))


# French puts few adjectives before the noun: beauty, age, goodness, size, rank (« le nouveau tracteur »).
_FRENCH_ADJECTIVES_BEFORE = frozenset(
    "nouveau nouvel nouvelle vieux vieil vieille petit petite grand grande gros grosse bon bonne beau bel belle"
    " joli jolie premier premiere dernier derniere fameux fameuse cher chere meme autre".split())


def _an_adjective_before_a_noun(word: str) -> bool:
    """"nouveau" (French, before its noun), "old", "new" (English adjectives only, not "guy")."""
    folded = fold_str(word)
    return folded in _FRENCH_ADJECTIVES_BEFORE or set(english_lemmas(folded)) == {"ADJ"}


def named_as_a_thing(text: str, name: str) -> bool:
    """Wherever the text says these words they name a place, a team, a brand or a title, never
    someone: "from Putney", "Arthur's Seat", "OM-PSG", "the NHS", "la mutuelle Harmonie". A pet is
    not a thing here: a proposal may list it among the persons."""
    spans = find_phrase(text, name)
    return bool(spans) and all(_a_thing_at(text, span, _someone_at(text)) for span in spans)


@lru_cache(maxsize=256)
def _someone_at(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text names someone, by the sentence alone (asked once per memory, for each listed name)."""
    return tuple(m.span for m in person_mentions(text, WhoIsWho()))


def _a_thing_at(text: str, span: tuple[int, int], persons: tuple[tuple[int, int], ...]) -> bool:
    words, start, end = _unit_around(text, span)
    if not words or _a_pet_at(text, *span):
        return False
    before = text[max(0, start - 40):start]
    if _A_THING_CALLED.search(before) or _a_models_name(before):
        return True  # "a plant called Gerald", « un cactus nommé Jean-Paul », "a GP14 called Lady Jane": a thing's
        # given name
    if _named_after_someone(words) and span[1] <= start + re.search("['’]", words).start():
        return True  # "Arthur's Seat", "St John's Wood": a thing named after someone
    head = fold_str(words).split()[0]
    if _a_shop_in_french(text, end) and head not in KIN_AND_TITLES or _quoted(text, span):
        return True  # « Le Petit Prince », "Wuthering Heights" in quotes: a title
    titled = head.rstrip(".") in KIN_AND_TITLES or bool(set(_preceding(text, start, 1)) & TITLES)
    if (_BOUGHT_AT.search(text[max(0, start - 60):start]) or _A_MEASURE_OF.search(text[max(0, start - 16):start])) \
            and not titled and not whose_it_is(text, end):
        return True  # « acheté les billets chez Vueling », "ordered from Zalando"; not "from Mr Abbott's stall"
    if any(_overlaps(span, p) for p in persons) or head in KIN_AND_TITLES or whose_it_is(text, end):
        return False  # someone: "Dr Morin", "Grand-père", "at Aunt Ruth's"
    if _among_persons(text, start, end, persons):
        return False  # "Anne-So, J-P et Momo", "with JB": listed with people, or met
    if _not_a_name_here(text, words, start, end) or _is_city(words) or _a_town_somewhere(words):
        return True
    if words[:1].isupper() and _after_an_article(text, start):
        return True  # "saw the Milky Way" ("le sergent Morin" is someone: the rank before the name says so)
    if (_in_a_place_phrase(text, start, end) or _from_somewhere(text, words, start)) \
            and not is_first_name(head.split("-")[0]) and not _someone_is_told(_preceding(text, start, 2)):
        return True  # "at Dishoom", "from Putney to Hammersmith", "au Vercors", "du vin de Bourgogne"
    # Part of a longer name nobody bears: "Man City", "Café de Flore", "OM-PSG".
    return (start, end) != span and not is_first_name(head.split("-")[0]) and head not in _PERSON_NOUNS


_BOUGHT_AT = re.compile(r"\b(?:achet|command|r[ée]serv|bought|ordered|booked|purchased)\w*\b[^.;!?]{0,40}?"
                        r"\b(?:chez|from|with|on|sur|at)\s+$"
                        # what one pays through, joins, downloads: "paid through Venmo", « payé ma cotisation sur
                        # HelloAsso », « adhéré à France Rein », "Downloaded MyChart" (not "paid by", « payé par »:
                        # whoever paid)
                        r"|\b(?:paid|pay|pays|paying|pay[ée]e?s?|payer|r[ée]gl[ée]e?s?)\b[^.;!?]{0,40}?\b(?:through|via|on"
                        r"|sur)\s+$|\b(?:adh[ée]r[ée]e?s?|adh[èe]re)\s+(?:à|a)\s+$"
                        r"|\b(?:downloaded|installed|t[ée]l[ée]charg[ée]e?s?|install[ée]e?s?)\s+$", re.IGNORECASE)
# What a product is sold by: "a case of Molson", "a cooler of Genesee", « un pack de Kronenbourg » (not « la boîte de
# Bastien », his firm).
_A_MEASURE_OF = re.compile(r"\b(?:cases?|crates?|coolers?|packs?|six-packs?|bottles?|cans?|pints?|jars?|tubs?|packets?"
                           r"|cartons?|kegs?|bouteilles?|canettes?|paquets?|caisses?|pintes?|sachets?|tablettes?)"
                           r"\s+(?:of|de|d['’])\s*$", re.IGNORECASE)


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """« Le Petit Prince », "Wuthering Heights": a whole quotation that is a name is a title (not what someone
    said: “Léa arrive” quotes words about Léa); so is one quoted right after it was watched, read or sung (round 64:
    « Regardé « Miss Daisy et son chauffeur » avec Camille », "Watched 'Thelma & Louise' with Bev")."""
    before = re.search(r"[«“\"]\s*(?:(?:le|la|les|l['’]|the|a|an|un|une)\s*)?$", text[:span[0]], re.IGNORECASE)
    if before and re.match(r"\s*[»”\"]", text[span[1]:]):
        return True
    return bool(_A_WORK_QUOTED.search(text[max(0, span[0] - 80):span[0]])) \
        and bool(re.match(r"[^«»“”\".!?\n]*[»”\"'’]", text[span[1]:]))


# A quotation opened right after a work was watched, read or sung, up to a name inside it.
_A_WORK_QUOTED = re.compile(r"\b(?:watch(?:ed|ing)?|re-?watched|saw|read|reading|sang|listened to|regard[ée]e?s?"
                            r"|revu|vu|lu|écouté|ecoute|chant[ée]|mat[ée])\s+(?:(?:again|encore)\s+)?"
                            r"[«“\"‘']\s*[^«»“”\".!?\n]*$", re.IGNORECASE)


def _among_persons(text: str, start: int, end: int, persons: tuple[tuple[int, int], ...]) -> bool:
    before = _preceding(text, start, 1)
    if before and before[-1] in ("avec", "with", "w", "chez"):
        return True
    # Joined by "et", "and", "&" to someone, or by a comma inside a list ("Anne-So, J-P et Momo";
    # not "with Dad, Man City lost").
    joined, listed = r"\s*(?:et|and|&|\+)\s*", r"\s*(?:,|et\b|and\b|&|\+)"
    in_a_list = re.match(listed, text[end:], re.IGNORECASE) is not None
    # The head of a list too: "étaient là Camille, Hugo et Paul" (someone after, the list goes on, and no
    # "de", "from" before it: "De retour de Nantes, Théo et Inès…").
    heads = not before or before[-1] not in _WHERE_BEFORE | _FROM_WORDS
    return any(re.fullmatch(joined, text[e:start], re.IGNORECASE) or re.fullmatch(joined, text[end:s], re.IGNORECASE)
               or in_a_list and re.fullmatch(r"\s*,\s*", text[e:start])
               or heads and re.fullmatch(r"\s*,\s*", text[end:s]) and re.match(listed, text[e:], re.IGNORECASE)
               for s, e in persons)


_FROM_WORDS = frozenset("de d du des from to a of".split())


# Where, never to whom: "to", "à", "from" also say who was written to or heard from.
_WHERE_BEFORE = frozenset("at in near inside outside au aux en dans sur vers pres".split())
_FROM_TO = re.compile(r"(?:\bfrom|\bde|\bd')\s*$|^\s+(?:to|à|a|jusqu'à)\s+[A-ZÀ-Ý]", re.IGNORECASE)


def _in_a_place_phrase(text: str, start: int, end: int) -> bool:
    """"at Dishoom", "au Vercors", "from Putney to Hammersmith": the words say where."""
    before = _preceding(text, start)
    if before and before[-1] in _WHERE_BEFORE:
        return True
    return bool(_FROM_TO.search(text[max(0, start - 8):start])) and bool(_FROM_TO.search(text[end:end + 20]))


def _from_somewhere(text: str, words: str, start: int) -> bool:
    """"from Porto", "du vin de Bourgogne": a name that is no first name after "from", "de", "à", "in"
    says where something is or comes from ("l'anniversaire de Tolu" is someone's, but Tolu is told
    apart as a person before this is asked)."""
    before, head = _preceding(text, start, 1), fold_str(words).split()[0]
    if head.rstrip(".") in KIN_AND_TITLES or is_first_name(head.split("-")[0]) or maybe_first_name(head):
        return False  # "le dos de M. Garnier", "la fête de Tante Jo", "le Duolingo de Maxence"
    return bool(before) and before[-1] in _WHERE_BEFORE | _FROM


_FROM = frozenset("from de du d a".split())


# "Patience, our shift lead, …", "Brook, the new girl at the shop, …": the words between commas say who.
_APPOSITION = re.compile(r"\s*,\s*(?:my|our|the|his|her|their|ma|mon|notre|la|le|sa|son|leur)\s+((?:[\w'’-]+\s*){1,6}?),")


def _someone_in_apposition(text: str, end: int) -> bool:
    m = _APPOSITION.match(text, end)
    return m is not None and any(a_someone_noun(fold_str(w)) for w in m.group(1).split())


def _named_after_someone(words: str) -> bool:
    """"Arthur's Seat", "Saint Mary's Hospital": a possessive, then a capitalised word that is not
    a relation ("Jordan's Mum" is Jordan's mother)."""
    m = re.search(r"['’]s\s+(\S+)", words)
    # ("Priyanka's Christmas shift": someone's holiday, not a thing named after her.)
    return m is not None and m.group(1)[:1].isupper() and fold_str(m.group(1)) not in _PERSON_NOUNS \
        and fold_str(m.group(1)) not in _NOT_PERSONS


def a_pet_by_its_words(text: str, name: str) -> bool:
    """"Mr Pickles the tortoise", "Mr. Whiskers (the cat)", « le chien de Papi, Rocky, »: the memory itself says
    the name is an animal's, whatever its title or capitals."""
    return any(_a_pet_at(text, start, end)
               or _PET_NOUN_BEFORE.search(text[max(0, start - 40):start]) and not _a_part_played(text, start)
               or _taken_to_the_vet(text, start, end) or _a_pet_taken_along(text, start)
               or _AT_THE_VET_WITH.search(text[max(0, start - 30):start])
               or _AN_ANIMAL_CALLED_RE.search(text[max(0, start - 40):start])
               or _an_animals_deed(text, start, end) or _the_animal_next(text, end) or _IS_THE_PET.match(text, end)
               or _named_again_as_an_animal(text, start, end) or _said_to_be_an_animal(text, end)
               or _PUT.search(text[max(0, start - 12):start]) and _DOWN_AFTER.match(text, end)
               or _PUT_DOWN_FR.search(text[max(0, start - 30):start])
               for start, end in find_phrase(text, name))


# The animal the name was, said again with "this" or "the little": « Impossible de déloger ce gros matou », "only
# yawned once, the little furball".
_AN_ANIMALS_NICKNAME = r"matou|minette|bestiole|boule de poils|furball|fluffball|fur ?baby|moggy|mutt"
_THIS_ANIMAL = re.compile(rf"\b(?:(?:ce|cet|cette|this|that)\s+(?:(?:gros|grosse|petit|petite|vieux|vieille|sacr[ée]e?"
                          rf"|little|old|silly|daft|big|fat)\s+)?(?P<noun>{_AN_ANIMALS_NICKNAME}|{_PET_WORDS}|{_MORE_ANIMALS})"
                          rf"|the (?:little|old|silly|daft)\s+(?P<nickname>{_AN_ANIMALS_NICKNAME}))s?\b", re.IGNORECASE)


def _named_again_as_an_animal(text: str, start: int, end: int) -> bool:
    """The name's sentence or the next says "this animal", no animal of that kind told of before, and no one else
    named between."""
    said = _THIS_ANIMAL.search(text, end, _sentences_on(text, end, 2))
    if said is None:
        return False
    # Not the animal told of before ("Léa a adopté un chat. Ce chat…"), nor someone's (« ce matou du voisin »).
    if re.search(rf"\b{re.escape(said['noun'] or said['nickname'])}", text[:said.start()], re.IGNORECASE) \
            or re.match(r"\s+(?:de|du|des|d['’]|of)\b", text[said.end():]):
        return False
    return not any(maybe_first_name(w) for w in re.findall(r"(?-i:[A-ZÀ-Ý])[\w-]+", text[end:said.start()]))


def _sentences_on(text: str, end: int, count: int) -> int:
    """Where the `count`-th sentence from `end` ends (the one `end` is in first), or the text's end."""
    stops = [m.end() for m in re.finditer(r"[.!?\n]+", text[end:])]
    return end + (stops[count - 1] if len(stops) >= count else len(text) - end)


def _said_to_be_an_animal(text: str, end: int) -> bool:
    """The name's sentence or the two next say "he's a…", « elle est une… » animal (round 54: "Gerald bit me today…
    He's a fourteen-pound chihuahua with opinions"), no animal told of before it and no one else named between (not
    "Emma came with her dog. She's a lovely lab": the dog's "she")."""
    said = _HE_IS_AN_ANIMAL.search(text, end, _sentences_on(text, end, 3))
    return said is not None and not _about_a_pet(text[:said.start()]) \
        and not any(maybe_first_name(w) for w in re.findall(r"(?-i:[A-ZÀ-Ý])[\w-]+", text[end:said.start()])
                    if w not in ("He", "She", "Il", "Elle"))


# (not "it": "Tom bought a puppy. It's a spaniel"; nor a farm's animals: "her son Rafi… He's a sheep", a part played)
_HE_IS_AN_ANIMAL = re.compile(rf"(?<![\w'’])(?:(?:he|she)(?:['’]s|\s+is|\s+was)|(?:il|elle)\s+(?:est|[ée]tait))\s+"
                              rf"(?:a|an|un|une)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PET_WORDS})\b", re.IGNORECASE)


# The next sentence opens on the animal the name was: "…so she could mind Toby. The dog thinks video calls are a
# game", « Télétravail avec Caramel sur les genoux. Le chat a failli envoyer un mail ».
_THE_ANIMAL_NEXT = re.compile(r"\s*(?:the|le|la|our|notre)\s+(?P<noun>dog|cat|puppy|pup|kitten|rabbit|bunny|hamster"
                              r"|horse|pony|chien|chienne|chat|chatte|chiot|chaton|lapin|lapine|cheval|jument|poney)\b",
                              re.IGNORECASE)


# "Bella is the cat", « Biscotte, c'est la chienne »: said to be an animal.
_IS_THE_PET = re.compile(rf"\s*(?:,\s*c['’]est|\s+is|\s+was|\s+est)\s+(?:the|our|my|his|her|their|le|la|l['’]|notre"
                         rf"|mon|ma|son|sa)\s*(?:{'|'.join(sorted(_PET_NOUNS))})s?\b"
                         # "Kevin is a leopard gecko with a criminal record" (not "Sam is a dog person", "a sheep
                         # farmer"; nor "Ada was a donkey", a nativity's part)
                         rf"|\s*(?:,\s*c['’]est|\s+is|\s+est)\s+(?:a|an|un|une)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:{_PET_WORDS}|{_MORE_ANIMALS})s?"
                         rf"(?=\s*(?:[.,;:!?)…]|$)"
                         rf"|\s+(?:with|who|that|and|from|of|named|called|qui|avec|de|d['’]|du|des|et)\b)",
                         re.IGNORECASE)


def _the_animal_next(text: str, end: int) -> bool:
    """The name is the last its sentence gives (not Marta in "Since Marta left, Pickles sleeps on her side. The cat
    …"), and the next sentence opens on an animal not told of before it (not Mrs Outhwaite in "a collapsed cat's vein.
    Mrs Outhwaite cried in the waiting room. The cat is eating again.")."""
    stop = re.search(r"[.!?\n]", text[end:])
    if stop is None or re.search(r"(?<![\w'’-])[A-ZÀ-Ý]", text[end:end + stop.start()]):
        return False
    animal = _THE_ANIMAL_NEXT.match(text, end + stop.end())
    return animal is not None and not re.search(rf"\b{animal['noun']}\b", text[:end], re.IGNORECASE)


# A cat's or a dog's doings at home: "asleep on my keyboard", « a vomi sur la couette », "rolled in fox poo".
_AT_HOME_DEEDS = (
    r"(?:slept|sleeping|asleep|napping|sat|sitting|lying|walked|walking) (?:on|across) (?:my|the)"
    r" (?:keyboard|laptop|notes|sheet music|homework)"
    r"|(?:dormi|dormait|dort|couch[ée]e?|assis|assise|march[ée]|marchait) sur (?:mon|ma|mes|le|la|les)"
    r" (?:clavier|ordi|notes|partitions|cahiers?|copies|devoirs)"
    r"|(?:threw|throws|throwing) up on (?:the|my|our)(?: new)? (?:rug|carpet|bed|duvet|couch|sofa)"
    r"|vomi\w* sur (?:le|la|mon|ma|notre)(?: nouveau| nouvelle)? (?:tapis|moquette|couette|canap[ée]|lit)"
    r"|rolled in (?:\w+ )?(?:poo|poop|mud|muck|something)|(?:got into|sprayed by) (?:the|a) skunk"
    # prey brought in, sleeping on the feet, a bird or a cat chased (round 64: « Moustique a encore ramené un lézard
    # sur le lit », « Pilou qui dort sur mes pieds »)
    r"|(?:ramen[ée]|rapport[ée]|brought (?:in|home|back))\s+(?:encore\s+)?(?:un|une|a|another)\s+(?:l[ée]zard|souris"
    r"|mulot|oiseau|moineau|grenouille|campagnol|lizard|mouse|bird|frog|vole|shrew)"
    r"|(?:dort|dormait|dormi|couch[ée]e?|allong[ée]e?) (?:sur|contre) (?:mes|ses|tes|nos) pieds"
    r"|(?:sleeps?|slept|sleeping) (?:on|at|across) (?:my|our) feet"
    r"|(?:chass\w*|chas(?:e|es|ed|ing))\s+(?:un|une|le|la|les|des|a|the|every)\s+(?:canards?|pigeons?|mouettes?"
    r"|[ée]cureuils?|lapins?|ducks?|seagulls?|squirrels?|rabbits?)")
# What only an animal does, or has done to it: "Walked Juno along the cliffs, she barked at every seagull",
# « On a promené Réglisse sur la plage », "Mochi purred all night" (not "walked Lola to school": a child).
_ANIMALS_DEED = re.compile(r"\b(?:bark(?:s|ed|ing)?|woof\w*|meow\w*|miaow\w*|purr(?:s|ed|ing)?|wagg?\w*(?: \w+)? tail"
                           r"|aboi\w*|aboy\w*|miaul\w*|ronronn\w*|remu\w* la queue|hiss(?:es|ed|ing)?"
                           # a farm's animals giving birth: « la Blanchette a vêlé », "Daisy calved in the night"
                           # (not "thank you for the calving", "her first calving": the vet's work, a noun)
                           r"|v[êe]l[ée]\w*|calved|(?<!the )(?<!first )(?<!her )(?<!his )(?<!a )calving|lambed"
                           r"|agnel[ée]\w*|pouliné|foaled|neigh(?:s|ed|ing)?|henni\w*"
                           # a hen's: an egg laid, broodiness, a cluck (round 63: « Germaine a pondu son premier
                           # œuf », "Beyoncé laid a double-yolker", "Mrs Pankhurst has gone broody"; not « Agnès a
                           # pondu un rapport », "Maya laid the table")
                           r"|pon(?:d|ds|du|dait|dent|dre)\s+(?:[\w'’-]+\s+){0,2}(?:œ|oe)ufs?"
                           r"|(?:laid|lays?|laying)\s+(?:[\w'’-]+\s+){0,2}(?:eggs?|double-yolkers?)"
                           r"|(?:gone|went|going|is|was) broody|cluck(?:s|ed|ing)?|caquet\w*|squawk(?:s|ed|ing)?"
                           # where only an animal is (round 66: « Gaston s'est échappé de sa cage », « hurle dans sa
                           # caisse de transport », « un thermomètre dans le bec »; not "Dev held her leash")
                           r"|(?:de|dans|ds|sur|hors de|from|in|on|out of|into)\s+(?:sa|son|ses|his|her|its|le|the)\s+"
                           r"(?:cage|perchoir|perch|niche|kennel|liti[èe]re|litter tray|caisse de transport|crate|bec"
                           r"|beak)"
                           rf"|{_AT_HOME_DEEDS})\b", re.IGNORECASE)
_RIGHT_AFTER = 12  # characters between a name and its deed: « qui », " has just", « a encore »
# A nose, a howl, right after the name (round 71: "Rustine a reniflé chaque recoin", "Captain sniffed Otis once",
# "Caruso howled all through my scales"; not "his dog Biscuit howled", "howled with laughter", "got her to sniff").
_AN_ANIMALS_NOSE_OR_HOWL = re.compile(r"\s+(?:(?:a|has|had|just|qui|who|encore|again)\s+){0,2}"
                                      r"(?:sniff(?:s|ed)|renifl[ée]\w*|howl(?:s|ed)(?! with)"
                                      r"|hurl[ée]\w* [àa] la mort)\b", re.IGNORECASE)
# The owner of what is said before or after it: « la jument d'Élodie », "Élodie's mare".
_OWNER_BEFORE = re.compile(r"\b(?:de|du|d['’])\s*$", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"['’]s?\b")
_TO_A_PERSONS_PLACE = re.compile(r"['’]|\s+(?:to|home|back|à l['’]école|a l['’]ecole|to school|à la crèche|au bus)\b",
                                 re.IGNORECASE)


def _an_animals_deed(text: str, start: int, end: int) -> bool:
    sentence = re.split(r"[.!?\n]", text[end:], maxsplit=1)[0]
    deed = _ANIMALS_DEED.search(sentence) or _AN_ANIMALS_NOSE_OR_HOWL.match(sentence)
    if deed and (_OWNER_BEFORE.search(text[max(0, start - 4):start]) or _OWNER_AFTER.match(text, end)):
        return False  # « La jument d'Élodie a pouliné », "Élodie's mare foaled": the owner, not the animal
    if deed:
        # the animal's deed, if no one else's name is in the sentence ("Took Rex to the vet with Anya, he barked"),
        # or between it and its own name, right before it (« avec Pilou qui dort sur mes pieds »)
        between = sentence[:deed.start()]
        opening = "" if len(between) <= _RIGHT_AFTER else re.split(r"[.!?\n]", text[:start])[-1]
        others = re.findall(r"(?-i:[A-ZÀ-Ý])[\w-]+", opening + " " + between)
        return not any(maybe_first_name(w) for w in others)
    return bool(_CARED_BEFORE.search(text[max(0, start - 20):start])) and not _TO_A_PERSONS_PLACE.match(text, end)


# "at the vets w Rufus", « chez le véto avec Filou ».
_AT_THE_VET_WITH = re.compile(r"\b(?:at the vet['’]?s?|chez le v[ée]to|au v[ée]to)\s+"
                              r"(?:(?:ce matin|cet apr[èe]s-midi|ce soir|aujourd['’]hui|hier|today|this morning"
                              r"|this afternoon|tonight|yesterday)\s+)?(?:w/?|with|avec)\s+$", re.IGNORECASE)


def _taken_to_the_vet(text: str, start: int, end: int) -> bool:
    """"Took Rufus to the vet", « emmené Gaston chez le véto » (not "walked Lola to school": a child)."""
    return bool(_TAKEN_BEFORE.search(text[max(0, start - 20):start]) and _TO_THE_VET.match(text, end))


def _a_pet_taken_along(text: str, start: int) -> bool:
    """"Took Biscuit and Pepper to the dog beach": the second of two names taken to the vet's or a dog's place."""
    m = re.search(r"([A-ZÀ-Ý][\w-]+)\s+(?:and|et|&)\s+$", text[max(0, start - 30):start])
    return m is not None and _taken_to_the_vet(text, start - len(m.group()), start - len(m.group()) + len(m[1]))


# « les lapins, Jean et Pierre », "the cat from next door, Miso": the animals, then their names.
_PET_NOUN_BEFORE = re.compile(rf"\b(?:{_PET_WORDS})s?(?:\s+(?:de|d['’]|of)\s+[\w'’-]+)?\s*,\s*"
                              r"(?:(?-i:[A-ZÀ-Ý][\w-]+)\s+(?:et|and|&)\s+)?$", re.IGNORECASE)
# "Had to put Earl down", « on a fait piquer Rocky »: what is done to an animal at its end.
_PUT = re.compile(r"\b(?:put|putting|had)\s+$", re.IGNORECASE)
_DOWN_AFTER = re.compile(r"\s+(?:down|to sleep|put down)\b", re.IGNORECASE)
_PUT_DOWN_FR = re.compile(r"\b(?:faire|fait|fallu)\s+(?:piquer|euthanasier)\s+$", re.IGNORECASE)


def _a_pet_at(text: str, start: int, end: int) -> bool:
    # (Not across a clause: "We named the tortoise Clive; Joaquin laughed".)
    new_clause = re.search(r"[;.!?:]\s*$", text[:start]) is not None
    return bool(_PET_AFTER.match(text, end) or _AND_THE_OTHER_PET.match(text, end)) \
        or not new_clause and not _a_part_played(text, start) \
        and _a_pet_noun_before(_preceding(text, start, 2))


def _a_part_played(text: str, start: int) -> bool:
    """"Ada was a donkey, Ezra was the innkeeper", « déguisé en lapin, Hugo… »: the animal is a part, and the
    name after it someone's."""
    return _A_PART_PLAYED.search(text[max(0, start - 30):start]) is not None


_A_PART_PLAYED = re.compile(r"\b(?:(?:was|were|as|était|étaient)\s+(?:a|an|the|un|une|le|la)|en(?:\s+(?:un|une|le|la))?)"
                            r"\s+[\w-]+\s*,?\s*$", re.IGNORECASE)


# What one does with a pet, the name its object: "Took Rufus to the vet", "emmené Filou chez le véto",
# "walked Biscuit", "fed Mochi". ("Sam came to the vet with me": Sam does something, no one takes Sam.)
_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|take|takes|taking|brought|bring|emmen\w*|amen\w*|conduit)\s+$", re.IGNORECASE)
_CARED_BEFORE = re.compile(r"\b(?:walk(?:ed|ing)?|fed|feed(?:ing)?|brush(?:ed|ing)?|groom(?:ed|ing)?|promen[ée]\w*"
                           r"|promenade avec"
                           r"|nourri\w*|toilett\w*|vermifug\w*|vaccin\w*"
                           # milked, sheared, shod, saddled (round 72: « elle a voulu traire Marguerite »; not
                           # « tondu »: a child's haircut too)
                           r"|traire|trait|tray\w*|milk(?:ed|ing)?|shear(?:ed|ing)?|ferr[ée]\w*"
                           r"|shod|sell[ée]\w*|saddl(?:e|ed|ing))\s+$", re.IGNORECASE)
_TO_THE_VET = re.compile(r"(?:\s+(?:and|et|&)\s+[A-ZÀ-Ý][\w-]+)?"  # "took Biscuit and Pepper to the dog beach"
                         r"\s+(?:to the (?:vets?|groomers?|kennels?|dog (?:beach|park|run))"
                         r"|chez (?:le|la) (?:v[ée]to|v[ée]t[ée]rinaire|toiletteur)"
                         r"|au (?:v[ée]to|toilettage|chenil|parc canin))\b", re.IGNORECASE)


def _cared_for_as_a_pet(text: str, start: int, end: int) -> bool:
    return bool(_CARED_BEFORE.search(text[max(0, start - 20):start])) or _taken_to_the_vet(text, start, end)


def _a_pet_noun_before(before: list[str]) -> bool:
    """"mon chien Biscuit", "my old cat Gordon"; not "un chat de mai", "the cat of Mrs Lee", "her cat, and
    Ollie": after "de", "of", "and" the name is not the animal's."""
    return bool(before) and (before[-1] in _PET_NOUNS or len(before) > 1 and before[-2] in _PET_NOUNS
                             and before[-1].rstrip("'’") not in _NOT_THE_PETS_NAME)


# After a pet's noun, words that start someone else: "the cat of Mrs Lee", "her cat, and Ollie left".
_NOT_THE_PETS_NAME = frozenset("de d du of and et or ou with avec plus then puis".split())


def _unit_around(text: str, span: tuple[int, int]) -> tuple[str, int, int]:
    """The whole capitalised name these words are part of ("Man City" around "City"), without an
    ending possessive ("Aunt Ruth's" → "Aunt Ruth")."""
    for m in _TOKEN.finditer(text):
        words, start, end = _trim_name(text, m)
        if words and start <= span[0] and span[1] <= end + 1:
            words, start = _without_heading(text, re.sub(r"['’]s$", "", words), start)
            if start > span[0]:
                return text[span[0]:span[1]], *span  # the name itself began the sentence
            return words, start, start + len(words)
    return text[span[0]:span[1]], *span


# The same relative in either language and any register: who-is-who may say "sister", the memory
# "ma grande sœur" or "my sis", the proposal "Maman".
_KIN = {
    "mother": "mother mum mom mam mummy mommy mama maman mere",
    "father": "father dad daddy pa papa pere",
    "sister": "sister sis soeur frangine",
    "brother": "brother bro frere frangin",
    "grandmother": "grandmother grandma granny gran nana nan mamie grand-mere meme mamy",
    "grandfather": "grandfather grandpa grandad granddad gramps papy papi grand-pere pepe",
    "daughter": "daughter fille",
    "son": "son fils",
    "grandchild": "grandchild grandson granddaughter grandkid petit-fils petite-fille petit-enfant",
    "nephew": "nephew neveu", "niece": "niece",
    "child": "child kid enfant",
    "wife": "wife wifey femme epouse",
    "husband": "husband hubby mari epoux",
    "partner": "partner boyfriend girlfriend bf gf compagnon compagne cheri cherie mec",
    "friend": "friend bestie ami amie pote buddy mate pal copain copine",
    "colleague": "colleague coworker co-worker collegue",
    "neighbour": "neighbour neighbor voisin voisine",
    "aunt": "aunt auntie tante tata tatie",
    "uncle": "uncle oncle tonton",
    "great-aunt": "great-aunt grand-tante", "great-uncle": "great-uncle grand-oncle",
    "great-grandmother": "great-grandmother great-grandma arriere-grand-mere",
    "great-grandfather": "great-grandfather great-grandpa arriere-grand-pere",
    "cousin": "cousin cousine",
    "boss": "boss manager chef cheffe patron patronne",
    "roommate": "roommate flatmate housemate coloc colocataire",
    "mother-in-law": "mother-in-law belle-mere", "father-in-law": "father-in-law beau-pere",
    "sister-in-law": "sister-in-law belle-soeur", "brother-in-law": "brother-in-law beau-frere",
    "stepmother": "stepmother stepmom stepmum", "stepfather": "stepfather stepdad",
}
_KIN_OF = {word: kin for kin, said in _KIN.items() for word in said.split()}
# "Maman", "Grandpa": the user's own, with no possessive; « grand-père » with no article either (round 78: « grand-père
# a retrouvé sa vieille kora », said as a name)
_SAID_ALONE = frozenset(_FAMILY_NAMES) | {"grand-pere", "grand-mere"}
_MY = frozenset("ma mon mes my our notre nos".split())


def kin(words_: str) -> set[str]:
    """The relations these words name ("ma grande sœur" → {"sister"}, "Mum" → {"mother"}; not « même », "even"; not
    the French possessive « son », round 46: « depuis son arrivée »)."""
    written = re.findall(r"[\w-]+", words_)
    return {_KIN_OF[plain] for i, w in enumerate(written)
            if (plain := _plain(w)) in _KIN_OF and not another_word_by_its_accents(w)
            and (plain != "son" or i + 1 == len(written) or i > 0 and _plain(written[i - 1]) in _WHOSE_SON_BEFORE)}


# The words before an English "son" ("my son", "Sam's son": "s"), where the French « son » is a possessive: those
# said_as_someone reads, and more.
_WHOSE_SON_BEFORE = _WHOSE_SON | frozenset("a an oldest baby older younger only first second s step grown".split())


def _plain(text: str) -> str:
    return fold_str(text).replace("œ", "oe").replace("æ", "ae")


def kin_said(text: str) -> set[str]:
    """The user's own relatives the text speaks of: "my older sister", "ma petite sœur", "Maman"."""
    said: set[str] = set()
    written = re.findall(r"[\w-]+", text)
    tokens = [_plain(w) for w in written]
    for i, token in enumerate(tokens):
        if another_word_by_its_accents(written[i]) or another_word_by_its_accents(written[i][:-1]):
            continue  # « même », « les mêmes »
        relation = _KIN_OF.get(token)
        if relation is None and token.endswith("s"):
            relation = _KIN_OF.get(token[:-1])  # "mes sœurs", "my parents' …"
        # "Sam's mum", « sa mère » (not « à papa », « à Grand-père »: the French "à" folds to the English article)
        others = i > 0 and (tokens[i - 1] in _THEIRS and written[i - 1].lower() != "à"
                            or tokens[i - 1] == "s" and i > 1)
        if relation and (token in _SAID_ALONE and not others or _MY & set(tokens[max(0, i - 3):i])):
            said.add(relation)
    return said


# Someone's relative, by name: "Sam's wife", "le frère de Léo", "the mother of Ana".
_SOMEONES_RELATIVE = re.compile(
    r"^[A-ZÀ-Ý][\w-]*['’]s\s+(?P<after>[\w-]+)$"
    r"|^(?:(?:la|le|les|the)\s+|l['’])?(?P<before>[\w-]+)\s+(?:de|du|of)\s+[A-ZÀ-Ý][\w-]*$", re.IGNORECASE)


def a_relative_nobody_said(text: str, name: str) -> bool:
    """"Sam's wife" when the memory names Sam and no wife: a relative the proposal made up."""
    m = _SOMEONES_RELATIVE.match(name.strip())
    relation = m and (m.group("after") or m.group("before"))
    if not relation or not (kin(relation) or _plain(relation) in RELATIONS):
        return False
    return not (kin(relation) & kin(text)) and not re.search(rf"\b{re.escape(_plain(relation))}", _plain(text))


# Before "mum", "nana", "papa": someone else's, or a common noun ("une nana", "a mum at school").
_THEIRS = frozenset("his her their sa son ses leur leurs your ta ton tes un une la le the a an".split())


def users_own_relative(words_: str) -> bool:
    """"Mum", "ma mère", "my big sister": words that say the user's own relative, and nothing else."""
    tokens = re.findall(r"[\w-]+", _plain(words_))
    return bool(tokens) and bool(kin(words_)) and all(
        t in _KIN_OF or t in _MY or t in _ADJECTIVES_BEFORE or t in ("big", "little", "older", "younger", "baby")
        for t in tokens) and (bool(_MY & set(tokens)) or tokens[0] in _SAID_ALONE)


# --- where it happened, or somewhere else the memory speaks of ---------------------------------
