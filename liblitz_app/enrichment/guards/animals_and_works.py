"""Names that are no one the memory was with: an animal's, a work's, a star's or a character's, a title's, a name
given to a thing; and a title before a name, which always says someone."""
from __future__ import annotations

import re

from ..folding import find_phrase, fold_str
from ..language import ENGLISH, FRENCH, detect_language
from ..mentions import A_BIRTH, EVERY_WORD_OF, RANKS, TITLES, kin, whose_it_is
from ..names import a_verb_follows, english_lemmas, maybe_first_name

# The memory is about an animal: its words, its care, its sounds.
_ANIMAL_WORDS = (r"chien(?:ne)?s?|chiots?|chats?|chattes?|chatons?|lapins?|hamsters?|chevaux|cheval|poneys?"
                 r"|tortues?|perroquets?|dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|bunn(?:y|ies)|horses?|ponies"
                 r"|pony|tortoises?|parrots?|v[ée]tos?|v[ée]t[ée]rinaires?|vets?|croquettes|liti[èe]re|kibble"
                 r"|leash|laisse|purr\w*|ronronn\w*|aboy\w*|barked|barking|miaul\w*|meow\w*|wagg\w*"
                 r"|tails?|paws?|pattes?|fur|pelage|treat cupboard|walkies")
_ANIMAL = re.compile(rf"\b(?:{_ANIMAL_WORDS})\b", re.IGNORECASE)
# What a dog does on a walk ("elle a couru après tous les pigeons", "chased every squirrel"): enough to leave the
# name out of the persons, not to flag it listed (a guess the user may share).
_ANIMAL_DOING = re.compile(
    r"\b(?:couru apr[èe]s (?:un |une |les |des |tous les |toutes les )?(?:pigeons?|oiseaux?|[ée]cureuils?|canards?"
    r"|h[ée]rons?|chevreuils?|lapins?|balles?|b[âa]tons?|mouettes?|chats?)"
    r"|chased (?:the |a |every |all the )?(?:pigeons?|squirrels?|birds?|ducks?|seagulls?|deer|rabbits?|ball|stick|cats?)"
    r"|fetch|gamelle|niche|kennel|truffe|museau"
    # What a cat or a dog does at home: « vomi sur le tapis », "rings the bell when she needs to go out"
    r"|vomi sur (?:le |la |mon |ma )?(?:tapis|moquette|couette|canap[ée])|(?:vomited|threw up|was sick) on the (?:rug|carpet)"
    r"|hairballs?|boules? de poils|(?:porte du )?poulailler|henhouse|chicken coop"
    r"|(?:ring|rings|rang) (?:the|a) bell[^.!?]{0,25}\bgo out|pipi sur|peed on|griff[ée] (?:le|la|mon|ma) \w+"
    r"|scratched (?:the|my) (?:sofa|couch|door)"
    # a bone dug up, a thing chewed, a nap on the user's papers: « Pistache a déterré un os », "chewed my slipper"
    r"|d[ée]terr[ée]e? (?:un|des|son|sa|ses) os|dug up (?:a|the|his|her|an old) bone|m[âa]chouill\w*"
    r"|chewed (?:up )?(?:my|the|his|her|your|our) \w+|dormi[^.!?]{0,20}\bsur (?:mes|mon|ma) (?:clavier|papiers|cahiers?"
    r"|relev[ée]s|notes|copies|devoirs|genoux)|slept[^.!?]{0,20}\bon (?:my|the) (?:keyboard|laptop|papers|notes"
    r"|lap))\b",
    re.IGNORECASE)


def an_animals_name(text: str, name: str, doing: bool = False) -> bool:
    """"On a enterré Biscotte… quinze ans de vie de chien": a name from no list of given names, in a memory about
    an animal (or, `doing`, about what one does), is the animal's (the caller asks who-is-who first)."""
    head = name.split()[0] if name.split() else ""
    about = _ANIMAL.search(text) or doing and _ANIMAL_DOING.search(text)
    if not head or not about or kin(name) or titled(name):
        return False
    if maybe_first_name(head) and not (doing and _does_what_a_dog_does(text, name)):
        # "Rex" is also a given name: only what it does tells. (Listed, "Took Luna to the vet" is read either way
        # by the blind sets: left unflagged.)
        return False
    if any(_WITH_THE_USER.match(text, end) for _, end in find_phrase(text, name)):
        return False  # "Rustam stayed up with me": someone
    return not _beside_the_animal(text, name)  # "avec Naïa et le chien": the animal is another


def an_animals_given_name(text: str, name: str) -> bool:
    """A given name in a memory about an animal, followed in its sentence (or by "he", "she" in the next) by what an
    animal does or has before anyone else is named ("Otis's first ferry crossing. He… never barked", « Vasco a ouvert
    le placard avec sa truffe »): the animal's, when it is the only name the proposal leaves out (the caller asks;
    two left out may be a person dropped beside it). Not "Hugo's cat walked across his keyboard": the owner. (What
    only an animal does, barking or purring, is enough alone: mentions.a_pet_by_its_words; these words, a leash, a
    sniff, paws, are enough only so.)"""
    if not _ANIMAL.search(text) or " " in name.strip() or kin(name) or titled(name):
        return False
    spans = find_phrase(text, name)
    if any(_WITH_THE_USER.match(text, end) or titled_at(text, start) for start, end in spans):
        return False  # "Rustam stayed up with me", "Dr. Reyes": someone
    for _, end in spans:
        told = _SENTENCE_ON.match(text, end)
        said = told.group() if told else ""
        other = _ANOTHER_NAME.search(said)
        if _AN_ANIMALS_DEED.search(said[:other.start()] if other else said):
            return True
    return False


def titled_at(text: str, start: int, titles: frozenset[str] | None = None) -> bool:
    """A title right before the name starting at `start` (TITLED_BY unless `titles` says which): « Mme Bournazel
    nous a offert du cidre », "Mrs. Lindqvist gave us cider", "Dr. Reyes"."""
    before = fold_str(text[max(0, start - 12):start]).split()
    return bool(before) and before[-1].rstrip(".") in (TITLED_BY if titles is None else titles)


# The rest of the sentence, and the next one when it opens on a pronoun.
_SENTENCE_ON = re.compile(r"[^.!?;\n]*(?:[.!?;]+\s+(?:(?:he|she|il|elle)\b)[^.!?;\n]*)?", re.IGNORECASE)
_ANOTHER_NAME = re.compile(r"(?<![.!?]\s)\b(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)\b")
_AN_ANIMALS_DEED = re.compile(
    # (not "the vet", "the team lead", "chasing the dog away": a person's as well)
    r"\b(?:bark\w*|wagg\w*|wags|sniff\w*|lick\w*|whin\w*|howl\w*|growl\w*|pant(?:ed|ing)|fetch\w*"
    r"|squirrels?|paws?|tail|snout|muzzle|collar|leash|harness|vest|kennel|crate|kibble|treats?|walkies|fur"
    r"|aboy\w*|renifl\w*|l[ée]ch[ée]\w*|g[ée]mi\w*|grogn\w*|truffe|pattes?|queue|museau|collier|laisse|harnais|niche"
    r"|gamelle|croquettes|poils?|boit\w*)\b", re.IGNORECASE)


_WITH_THE_USER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:with (?:me|us)|avec (?:moi|nous)|and I|et moi|told me|m['’]|me\b|nous\b)",
    re.IGNORECASE)


# What only an animal has or does, said with its name: "Ziggy (tabby, 4y)", "Willow's kennel", "Koda's adopters",
# « la gamelle de Moka », « Figaro qui m'a griffée », "even Otis wagged".
_A_PETS_AFTER = re.compile(
    r"\s*\((?:[^)]{0,30}\b)?(?:tabby|lab|labrador|collie|terrier|spaniel|shepherd|husky|beagle|pit ?bull|mutt|mix"
    r"|cat|dog|kitten|puppy|chat|chatte|chien|chienne|chaton|chiot|crois[ée]e?)\b"  # (not an age: "Léo (3 mo)")
    # (not a stall, a collar, a bowl: "Mr Abbott's stall", "Dad's collar", "Gran's bowl")
    r"|['’]s\s+(?:kennel|crate|cage|leash|food bowl|litter box|hutch|enclosure|adopters|adoptive family|forever home"
    r"|foster home|microchip)\b"
    r"|\s+(?:qui\s+)?(?:m['’]a\s+griff[ée]e?|a\s+griff[ée]|wagged|wags|wagging|purred|purrs|purring|barked|barks"
    r"|barking|meowed|ronronn\w*|aboy\w*|miaul\w*|a remu[ée] la queue)", re.IGNORECASE)
_A_PETS_BEFORE = re.compile(r"\b(?:niche|cage|gamelle|laisse|liti[èe]re|box|enclos|adoptants|famille d['’]adoption)"
                            r"\s+(?:de|d['’])\s*$", re.IGNORECASE)  # (not « le collier de Mamie », a necklace)


def a_pets_sign(text: str, name: str) -> bool:
    """The name, each time it is said, with what only an animal has or does. (Not a name joined by "and" to an
    animal's: « avec Sofiane et Biscotte », a man and a dog.)"""
    spans = find_phrase(text, name)
    return bool(spans) and all(_A_PETS_AFTER.match(text, end) or _A_PETS_BEFORE.search(text[max(0, start - 30):start])
                               for start, end in spans)


# A car, a van or a boat with a name, said with what only a vehicle has or undergoes: "Brenda's engine", "Mabel's
# hull", "Brenda failed her MOT", "Parked Brenda", "took me out in Brenda", « le moteur de Titine », « à bord de
# Marie-Galante », "the van (we call her Bessie)". (Not "drove Mum to the station": a passenger.)
# (Not "boot", "bonnet", "trunk", "mooring": a person's as often.)
_VEHICLES_PARTS = (r"engine|hull|mast|sails?|keel|rudder|tiller|bilge|tyres?|tires?|brakes?|brake pipes?|clutch"
                   r"|gearbox|exhaust|windscreen|windshield|wipers|headlights|mileage|odometer|MOT|bodywork|paintwork"
                   r"|dashboard|glovebox|handbrake|radiator|fan belt|tow bar|roof rack|outboard|spinnaker|jib"
                   r"|steering wheel|back seat|passenger seat|driver['’]s seat")
_A_VEHICLES_AFTER = re.compile(
    rf"['’]s\s+(?:(?:new|old|front|back|rear|left|right|first|latest)\s+)?(?:{_VEHICLES_PARTS})\b"
    # (round 71: "Our old Land Rover, Mike Two, finally failed its MOT")
    r"|,?\s+(?:\w+ly\s+)?(?:failed|passed|sailed\s+through)\s+(?:her|his|its)\s+(?:MOT|inspection|contr[ôo]le)"
    r"|\s+(?:through|into)\s+the\s+car\s+wash|\s+with\s+the\s+(?:back\s+)?seats?\s+(?:down|folded)"
    r"|\s+(?:came|come|comes)\s+out\s+(?:gleaming|spotless|shining)|\s+inside\s+and\s+out"
    # (not "broke down", "conked out", "stalled", « a démarré »: what a person does as often)
    r"|\s+(?:rattled(?!\s+off)|(?:wouldn['’]t|won['’]t|didn['’]t)\s+start(?=\s*[.,;!]|\s+(?:again|this|today))"
    r"|a\s+(?:encore\s+|de\s+nouveau\s+)?cal[ée]|(?:est\s+)?(?:encore\s+)?tomb[ée]e\s+en\s+panne"
    r"|ne\s+d[ée]marr\w*\s+(?:plus|pas))\b",
    re.IGNORECASE)
_A_VEHICLES_BEFORE = re.compile(
    r"\b(?:parked|parking|(?:to|I|we|you)\s+park|revers(?:e|ed|ing)|fill(?:ed|ing)?\s+up|refuell?(?:ed|ing)?"
    r"|gar[ée]e|garé|garer|recul\w*"  # (not « gare », a station)
    # a ship's prefix (round 71: "Watched HMS Prince of Wales come in past the Round Tower")
    r"|(?-i:\b(?:HMS|RMS|USS|HMY|MV|RV|SS)\s+$)"
    r"|aboard|on\s+board|[àa]\s+bord\s+(?:de|d['’])|(?:le|la|les)\s+(?:moteur|coque|m[âa]t|pneus?|freins|r[ée]servoir"
    r"|pare-brise|carrosserie|embrayage|coffre|voiles?|quille|gouvernail)\s+(?:de|d['’])"
    r"|(?:took|take|taking|takes)\s+(?:me|us|him|her|them)\s+out\s+in|(?:practi[sc]\w*|slept|sleep\w*|night)\s+in"
    r"|(?:brake\s+pipes?|tyres?|tires?|spare\s+parts?|wiper\s+blades?)\s+for"
    # driven in, cleaned out (round 51: "drove Pickle to the vet in Brenda", "hoovered Brenda")
    r"|\b(?:drove|drive|driving|driven)\b[^.!?;]{0,40}\b(?:in|into)"
    r"|\b(?:hoover(?:ed|ing)|valet(?:ed|ing)|jet-?wash(?:ed|ing))"
    # ("the van (we call her Bessie)", "named the car today. She's called Doris"; not "in the car, called Sarah")
    r"|(?:car|van|boat|camper|truck|bus|bike|tractor|voiture|camion|bateau|v[ée]lo|tracteur)\b[^!?]{0,20}"
    r"\b(?:we\s+call\s+(?:her|him|it)|on\s+l['’]appelle|(?:she|he|it)['’]s\s+called|(?:is|was)\s+(?:called|named)"
    r"|s['’]appelle))\s*$",
    re.IGNORECASE)


def a_vehicles_name(text: str, name: str) -> bool:
    """The name said once with what only a car, a van or a boat has or undergoes, and never as whose it is
    (not "Tom's car", "in Sam's van")."""
    spans = find_phrase(text, name)
    # (« la voiture de Rémi est tombée en panne »: whose car it is)
    return any(_A_VEHICLES_AFTER.match(text, end) and not _WHOSE_BEFORE.search(text[max(0, start - 5):start])
               or _A_VEHICLES_BEFORE.search(text[max(0, start - 50):start]) and not whose_it_is(text, end)
               for start, end in spans)


_WHOSE_BEFORE = re.compile(r"(?:\b(?:de|du)\s+|\bd['’])$", re.IGNORECASE)


# Watching, hearing, reading or singing someone: "J'ai regardé Amélie Poulain", "massacré Céline Dion" (karaoke),
# "Finished Ted Lasso". (Not "saw", « vu »: one sees friends at the café.)
_WATCHED_VERBS = (r"\b(?:watch(?:ed|ing)?|re-?watched|binged|finished|listened to|read(?:ing)?|sang|singing"
                  r"|regard[ée]e?s?"
                  r"|mat[ée]|fini|écouté|ecoute|lu|chant[ée]|massacr[ée]|racont[ée])"
                  # (round 71: "He sang every word of Delilah", « chanté toutes les paroles de Mistral gagnant »)
                  rf"\s+(?:(?:{EVERY_WORD_OF}|along to)\s+)?"
                  r"(?:(?:the|a|all|le|la|les|du|des|de)\s+)?")
_WATCHED_OR_HEARD = re.compile(_WATCHED_VERBS + "$", re.IGNORECASE)
_WORK_OF = re.compile(
    r"\b(?:(?:films?|albums?|livres?|concerts?|chansons?|spectacles?|expos?|exposition|tableaux?|romans?|s[ée]ries?"
    r"|songs?|books?|novels?|paintings?|movies?|records?|po[èe]mes?|poems?|recueils?|disques?|musicals?|com[ée]dies"
    r"|musicales?|statues?|bustes?|busts?|affiches?|posters?)\s+(?:de|d['’]|du|by|of)"
    # a playlist's or a quiz question's (round 50: "a Spotify playlist of Glenn Miller", "a question about dickens",
    # "a one-woman musical about Darwin's barnacles")
    r"|\b(?:playlists?|mix|compil(?:ation)?s?)\s+(?:of|de|d['’]|du)|\bquestions?\s+(?:about|on|sur)"
    r"|\bmusicals?\s+(?:about|on|sur)"
    # what a story, a sermon, a lesson is about: "the sermon was on Moses", « un exposé sur Napoléon »
    r"|(?:sermons?|stor(?:y|ies)|histoires?|contes?|fairy tales?|l[ée]gendes?|legends?|myths?|mythes?|lessons?"
    r"|le[çc]ons?|cours|talks?|lectures?|expos[ée]s?|documentar(?:y|ies)|documentaires?|podcasts?|books?|livres?)"
    r"(?:\s+\w+){0,2}?\s+(?:on|about|sur|of|à propos de)"
    r"|(?:le|la|the)\s+(?:dernier|derni[èe]re|nouveau|nouvel|nouvelle|new|latest))\s*$", re.IGNORECASE)
# A thing said with an article and an adjective: "the old Hoover finally died", « ma vieille Twingo ».
_A_THING_BEFORE = re.compile(r"\b(?:the|my|our|a|an|his|her|their|le|la|l['’]|ma|mon|notre|une?|son|sa)\s+"
                             r"(?:old|new|little|big|trusty|faithful"
                             r"|beloved|vieux|vieil|vieille|nouveau|nouvel|nouvelle|petite?|grosse?|fid[èe]le)\s+$",
                             re.IGNORECASE)
_WATCHED_A_NAME = re.compile(_WATCHED_VERBS + r"(?-i:[A-ZÀ-Ý])", re.IGNORECASE)
# What opens a list of titles (round 48): a screening ("We screened Harold and Maude", « on a projeté Cléo de 5 à 7 »),
# a bill after a colon (« Premier film : Thelma et Louise », « soirée Pagnol : Marius, Fanny et César »). Not "showed":
# one shows Mum the garden.
_TITLES_OPEN = re.compile(
    r"(?:\b(?:screen(?:ed|ing)|projet[ée]e?s?|projection (?:de|d['’]|du)|program+[ée]e?s?)"
    r"|\b(?:(?:films?|movies?|programme|program|bill|cycle|marathon)\b|(?:soir[ée]e|nuit)\s+(?-i:[A-Z]))"
    r"[^.!?;:\n]{0,60}:)\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?", re.IGNORECASE)
# The titles on the same bill before this one: "Harold and ", « Marius, Fanny et » (each opens with a capital).
_EARLIER_TITLES = re.compile(r"(?:(?-i:[A-ZÀ-Ý0-9])[^,.!?;:\n]{0,40}?(?:\s*,\s*|\s+(?:and|et|&|puis|then)\s+))*",
                             re.IGNORECASE)

# A sentence about a work or a show: the full names in it are its stars and characters.
_A_WORK = re.compile(
    r"\b(?:films?|movies?|s[ée]ries?|shows?|[ée]pisodes?|seasons?|saisons?|concerts?|gigs?|albums?|songs?|chansons?"
    r"|cassettes?|vinyles?|records?|karaok[ée]|cameos?|novels?|romans?|characters?|personnages?|actors?|actress"
    r"|acteurs?|actrices?|singers?|chanteu(?:rs?|ses?)|bands?|groupes?|festival|tour|tourn[ée]e|stage|sc[èe]ne"
    r"|screen|[ée]cran|netflix|tv|t[ée]l[ée]|cin[ée]ma|cinema|marathon|playlist|podcast|awards?|oscars?|c[ée]sars?"
    r"|emmys?|grammys?|books?|livres?|chapters?|chapitres?|sculptures?|statues?|paintings?|tableaux?)\b",
    re.IGNORECASE)
# Music playing (round 50): "Joni Mitchell on repeat", « Barbara en fond sonore », « Brel en boucle », "Glenn Miller on
# the radio" (not "with Beth on the phone": a call).
_PLAYING_AFTER = re.compile(r"\s+(?:on repeat|on a loop|on loop|on shuffle|en boucle|en fond(?: sonore)?"
                            r"|en musique de fond|on (?:the|my|his|her|our) (?:radio|speaker|record player|stereo)"
                            r"|(?:à|a) la radio|sur (?:mon|son|le) (?:enceinte|tourne-disque))\b",
                            re.IGNORECASE)
# Someone with the user: "with Tom", "Léa et moi", "Sam told me".
_BESIDE_THE_USER_BEFORE = re.compile(r"\b(?:with|avec|avc|w/|and|et|&)\s+$", re.IGNORECASE)


# Where the user met a star: "Met Neil Gaiman at a signing", « croisé Zidane dans un TGV », an autograph, a selfie.
_MET = (r"\b(?:met|meet|meeting|rencontr\w*|crois[ée]e?s?|crossed paths|ran into|bumped into|d[ée]dicac\w*"
        r"|signing|signed|sign[ée]|autograph\w*|selfie|en vrai|in real life)\b")
_MET_A_STAR = re.compile(_MET, re.IGNORECASE)
# Where a star may have been there besides: on stage, in a match the memory tells of (a player's sticker or shirt).
_A_STAR_SEEN = re.compile(
    _MET + r"|\b(?:concerts?|gigs?|en live|in live|played live|tourn[ée]e|(?-i:Tour)|festivals?|sur sc[èe]ne"
    r"|on stage|matchs?|games?|stades?|stadium|buts?|goals?|scored|marqu[ée]|penalty|maillot|shirt|jersey"
    r"|stickers?|panini|tennis|rugby|foot|football|basket|ballon|[ée]quipe|team|coupe du monde|world cup)\b",
    re.IGNORECASE)


def _met_by_the_user(text: str) -> bool:
    """Met, but not by someone else ("she'd once met Julie Andrews", « il avait rencontré Brel »)."""
    return any(not _MET_BY_ANOTHER.search(text[max(0, m.start() - 25):m.start()]) for m in _MET_A_STAR.finditer(text))


_MET_BY_ANOTHER = re.compile(r"(?<![\w'’])(?:she|he|they|il|elle|ils|elles)(?:['’]d|\s+had|\s+a|\s+avait)?"
                             r"\s+(?:once\s+|already\s+|d[ée]j[àa]\s+)?$", re.IGNORECASE)


def a_star_met(text: str) -> bool:
    """The memory tells of meeting a star: one it names was there, and is someone. Not in a title it quotes (round
    50: "sang 'We'll Meet Again' along with Vera Lynn on the radio")."""
    return bool(_MET_A_STAR.search(_A_QUOTED_TITLE.sub(" ", text)))


# Quoted words, their apostrophes kept inside ('We'll Meet Again', « Rencontre du troisième type »).
_A_QUOTED_TITLE = re.compile(r"(?<!\w)['‘](?:[^'’\n]|['’](?=\w)){2,40}['’](?!\w)|\"[^\"\n]{2,40}\"|“[^”\n]{2,40}”"
                             r"|«[^»\n]{2,40}»")


def a_star_seen(text: str) -> bool:
    """The memory tells of meeting a star, of a stage or of a match: a star it names may have been there."""
    return bool(_A_STAR_SEEN.search(text))


# The worlds a public figure lives in besides a work's, a stage's or a match's (_A_WORK, _A_STAR_SEEN): a museum, a
# page, music, a screen, the news.
_A_STARS_WORLD = re.compile(
    r"\b(?:mus[ée]e?s?|museums?|expos?|exposition|exhibition|galler(?:y|ies)|tableaux?|toiles?|paintings?|peint\w*"
    r"|painted|livres?|books?|romans?|novels?|po[èe]mes?|poems?|biograph\w*|lu|read|lire|reading|lecture"
    r"|chant[ée]\w*|sang|sing\w*|[ée]cout[ée]\w*|listen\w*|blast\w*|musique|music|disques?|cds?|vinyl\w*|guitare"
    r"|guitar|piano|ch(?:oe|œ)ur|chorale|choir|requiem|symphon\w*|op[ée]ra|telly|radio|podcasts?|news|infos?|journal"
    r"|partitions?|sheet music"  # (round 74: « une partition de Brel »)
    r"|president|pr[ée]sident\w*|minist\w*|discours|speech|[ée]lections?|politi\w*|histoire|history)\b",
    re.IGNORECASE)


def a_namesake(text: str, name: str) -> bool:
    """« Delacroix m'a reproché mon congé »: a surname alone that a public figure bears too, in a memory that speaks of
    no world a public figure lives in (neither a work, a stage, a match nor the news), is someone the user knows."""
    return len(name.split()) == 1 and not any(world.search(text) for world in (_A_STARS_WORLD, _A_STAR_SEEN, _A_WORK))


def a_work_or_a_star(text: str, words: str, span: tuple[int, int]) -> bool:
    """A show, a band, a star or a character the memory watched, heard or sang, not someone who was there."""
    start, end = span
    if titled(words) or _WITH_THE_USER_AFTER.match(text, end):
        return False
    if a_title_on_a_bill(text, words, span):
        return True  # "Harold and Maude", screened: its "and" joins titles, not someone to the user
    playing = _PLAYING_AFTER.match(text, end) or _played_before(text, text[max(0, start - 40):start], end)
    if words[:1].isupper() and playing:
        return True  # "with Joni Mitchell on repeat", « Barbara en fond sonore »: the music, not someone there
    if _BESIDE_THE_USER_BEFORE.search(text[max(0, start - 8):start]):
        return False
    watched = _WATCHED_OR_HEARD.search(text[max(0, start - 30):start])
    if words[:1].isupper() and watched and not _a_verb_after(text, end):
        return True  # not "Watched Maya swim her first length": someone seen doing something
    if words[:1].isupper() and _WORK_OF.search(text[max(0, start - 40):start]):
        return True  # "le dernier album de Stromae", "the new Nolan": a work's author
    if _A_THING_BEFORE.search(text[max(0, start - 20):start]) and not maybe_first_name(words.split()[0]):
        return True  # not "my little Emma": someone
    # A first name and a surname, in a sentence about a work or just after one: its star ("J'ai regardé Forrest
    # Gump. Tom Hanks me fait toujours pleurer").
    sentences = re.split(r"(?<=[.!?\n])", text[:end])
    around = "".join(sentences[-2:]) + re.split(r"[.!?\n]", text[end:])[0]
    return len(words.split()) > 1 and bool(_A_WORK.search(around) or _WATCHED_A_NAME.search(around)) \
        and not _met_by_the_user(around)  # "Met Ann Patchett at Parnassus Books": there


def a_works_author_or_the_music(text: str, words: str, span: tuple[int, int]) -> bool:
    """Said as the author of a poem, a song or a book, the subject of a quiz question, or as the music playing, nothing
    else (round 50: « un poème de Prévert », "a playlist of Glenn Miller", "with Joni Mitchell on repeat"). Not « le
    livre de Mathis », « le concert de Hugo », "Aunt Rosa's karaoke": a friend's, as often as a star's."""
    start, end = span
    if not words[:1].isupper() or titled(words) or _WITH_THE_USER_AFTER.match(text, end):
        return False
    before = text[max(0, start - 40):start]
    return bool(_PLAYING_AFTER.match(text, end) and not _WHOSE_BEFORE.search(before) or _AUTHORED.search(before)
                or _played_before(text, before, end)
                or " " in words.strip() and _AN_AUTHORS_WORK.search(before) and not whose_it_is(text, end))


_AUTHORED = re.compile(r"\b(?:po[èe]mes?|poems?|recueils?|playlists?|compil(?:ation)?s?|mix)\s+(?:de|d['’]|du|of|by)"
                       r"\s*$|\b(?:songs?|books?|novels?|albums?|films?|movies?|records?|paintings?|plays?)\s+by\s+$"
                       r"|\b(?:questions?|musicals?)\s+(?:about|on|sur)\s+$"
                       # right after the work's quoted title (round 63: « « Vivir Mi Vida » de Marc Anthony », "'Conga'
                       # by Gloria Estefan")
                       r"|[»\"”’']\s*(?:de|by|par)\s+$", re.IGNORECASE)
# A whole name after a work of theirs, a work about them, or an article (round 69: « J'ai lu un texte d'Aimé Césaire »,
# « le documentaire d'Arte sur Aimé Césaire », "Declan vetoed the Marian Keyes", "looking for large-print Maeve
# Binchy"): an author or a figure, not a friend's « texte de Léa », bare.
_AN_AUTHORS_WORK = re.compile(
    r"\b(?:un|une|le|la|les|des|ce|cette|mon|ma|son|sa)\s+(?:textes?|romans?|livres?|po[èe]mes?|chansons?|pi[èe]ces?"
    r"|tableaux?|toiles?|albums?|disques?|essais?|nouvelles?|discours|biographies?)\s+(?:de|d['’])\s*$"
    r"|\b(?:documentaires?|docs?|biopics?|biographies?|expos(?:itions?)?|conf[ée]rences?|[ée]missions?"
    r"|documentar(?:y|ies)|biograph(?:y|ies)|exhibitions?|lectures?|talks?|podcasts?)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:sur|about|on)\s+$"
    r"|\b(?:the|a)\s+(?:(?:new|latest|last|old|first|signed)\s+)?$|\blarge-print\s+$", re.IGNORECASE)
# The music playing, said before (round 51): « ils passaient Johnny », "played me Amália over the phone", "three hours
# of listener-requested Chopin"; round 63: "a speaker blasting Gloria Estefan", "she put on El Gran Combo".
_PLAYED_BEFORE = re.compile(r"\b(?:passaient|passait|diffusaient|diffusait)\s+(?:du\s+|de\s+la\s+|des\s+)?$"
                            r"|\bplayed\s+(?:me|us)\s+$|\b(?:hours?|heures?)\s+(?:of|de|d['’])\s*(?:[\w-]+\s+)?$"
                            r"|\b(?:blasting|blaring|blared|cranked(?: up)?)\s+$", re.IGNORECASE)
_PUT_ON_BEFORE = re.compile(r"\bput on\s+$", re.IGNORECASE)


def _played_before(text: str, before: str, end: int) -> bool:
    """The music played, said in `before`, the words before the name ending at `end`: not "put on Tom's old coat"."""
    return bool(_PLAYED_BEFORE.search(before) or _PUT_ON_BEFORE.search(before) and not whose_it_is(text, end))


# Whom one dresses up as: « elle en Jinx », "cosplaying as Zelda", « ma panoplie de Zorro ».
_DRESSED_AS = re.compile(r"(?:\b(?:en|as|cosplay\w*|d[ée]guis[ée]e?s?\s+en|dressed (?:up )?as|costume\s+(?:de|d['’])"
                         r"|panoplie\s+(?:de|d['’]))|\bcosplay\w*\s+(?:as\s+)?)\s*$", re.IGNORECASE)


def dressed_up_as(text: str, name: str) -> bool:
    """« Soirée cosplay : elle en Jinx », "Kai went as Link", « ma panoplie de Zorro »: whom someone dressed up as, a
    character (asked of names nobody recorded). A name said in a sentence about a series or a novel may be anyone's:
    tried on the open sets (round 41), it took the friend who lent the novel for a character as often as the
    character itself."""
    spans = find_phrase(text, name)
    return bool(spans) and not titled(name) and _dressing_up(text) and all(
        _DRESSED_AS.search(text[max(0, start - 24):start]) for start, _ in spans)


def _dressing_up(text: str) -> bool:
    return bool(re.search(r"\b(?:cosplay\w*|d[ée]guis\w*|costumes?|panoplie|dressed up|fancy dress|carnaval|carnival"
                          r"|halloween|mardi gras)\b", text, re.IGNORECASE))


def a_title_on_a_bill(text: str, words: str, span: tuple[int, int]) -> bool:
    """One of the titles a screening or a bill names: "We screened Harold and Maude", « Premier film : Thelma et
    Louise » (not "Screened it for Tom and Léa", nor a name someone does something after: « Léa et Tom sont venus »)."""
    start, end = span
    return words[:1].isupper() and not titled(words) and not _WITH_THE_USER_AFTER.match(text, end) \
        and _in_a_list_of_titles(text, start) and not _a_verb_after(text, end) \
        and not a_verb_follows(text, end, detect_language(text) or "")  # « Jade voulait son canapé »


def _in_a_list_of_titles(text: str, start: int) -> bool:
    """The name is one of the titles a screening or a bill names (_TITLES_OPEN), first or after others."""
    before = text[max(0, start - 160):start]
    return any(_EARLIER_TITLES.fullmatch(before, opening.end()) for opening in _TITLES_OPEN.finditer(before))


def _a_verb_after(text: str, end: int) -> bool:
    m = re.match(r"\s+([a-zà-ÿ]+)\b", text[end:])
    if m is None:
        return False
    word = m.group(1)
    return bool(re.fullmatch(r"[a-zà-ÿ]+(?:er|ir|re)", word)) and word not in FRENCH or (
        "VERB" in english_lemmas(word) and word not in ENGLISH)


_WITH_THE_USER_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:with (?:me|us)|avec (?:moi|nous)|and I|et moi|(?:joined|came|brought|invited|met|hosted"
    r"|drove|picked|visited|called|texted|(?:nous |m['’])?(?:a |ont )?(?:rejoint|invit\w*|accompagn\w*|appel\w*|ramen\w*"
    r"|emmen\w*|retrouv\w*)|est (?:venue?|pass[ée]e?)))\b", re.IGNORECASE)


_THE = r"(?:le|la|les|l['’]|the|my|mon|ma|mes|our|notre|nos|son|sa|ses|his|her|their)\s*"


def _beside_the_animal(text: str, name: str) -> bool:
    """The name joined by "et", "and" to the animal itself: "Naïa et le chien", "the dog and Rémi"."""
    name = re.escape(name)
    animal = rf"{_THE}(?:{_ANIMAL_WORDS})"
    return bool(re.search(rf"(?<![\w-]){name}\s+(?:et|and|&)\s+{animal}|{animal}\s+(?:et|and|&)\s+{name}(?![\w-])",
                          text, re.IGNORECASE))


def _does_what_a_dog_does(text: str, name: str) -> bool:
    """"Rex a couru après un chevreuil", "avec Rex ce matin, il a couru après un chevreuil": the name, or the
    pronoun just after it, chases what dogs chase."""
    for _, end in find_phrase(text, name):
        m = re.match(r"(?:[^.!?,]{0,30},\s*(?:il|elle|he|she))?\s+(?:a\s+|has\s+|had\s+)?", text[end:])
        if m and _ANIMAL_DOING.match(text, end + m.end()):
            return True
    return False


# A name the memory gives to an animal or a thing: "Kenji named one Gerald", « on l'a baptisé Gaston ».
_GIVEN_TO_A_THING = (r"\b(?:named|called|dubbed)\s+(?:one|it|the \w+|him|her)\s+"
                     # "It's named Kimchi", "the orange is now called Kevin" (round 48)
                     r"|\b(?:it|which)(?:['’]s|\s+is|\s+was)\s+(?:now\s+)?(?:called|named)\s+"
                     r"|\bis now (?:called|named)\s+"
                     # (round 66: « Il l'a déjà baptisé Bahia », of a van)
                     r"|\b(?:l['’]a|l['’]ai|l['’]avons|l['’]ont)\s+(?:d[ée]j[àa]\s+|aussit[ôo]t\s+|vite\s+)?"
                     r"(?:appel|baptis|surnomm)\w*\s+"
                     # "My car is called Herbie", « Ma voiture s'appelle Titine »: a thing's name, said of it
                     r"|\b(?:my|our|the|ma|mon|notre|la|le)\s+(?:car|voiture|bagnole|caisse|bike|v[ée]lo|van|camion"
                     r"|truck|boat|bateau|guitar|guitare|plant|plante|robot|vacuum|aspirateur|laptop|ordi|moto"
                     r"|motorbike|scooter|tent|tente|camper|camping-car|caravane|caravan|piano|tractor|tracteur)"
                     r"\s+(?:(?:is|was|['’]s)\s+(?:called|named)|s['’]appel\w*|est (?:appel|nomm)\w*|se nomm\w*)\s+")
# A title watched or read ("J'ai regardé Amélie Poulain", "Harry Potter marathon"), listed as someone.
_A_TITLE_AFTER = re.compile(r"\s+(?:marathon|films?|movies?|books?|series|saga|soundtrack|box set|trilogy|trilogie)\b",
                            re.IGNORECASE)


# A brand or a make, by how every mention of it is said (round 35): owned ("Her Steinway", "Jordan's old Gibson"; not
# a given name: "his Sarah"), naming a product ("Royce chocolate", "Hollis Roasters", "Dermot Kennedy songs"), or
# poured like music (« qu'on mette du Dalida »).
_OWNED = re.compile(r"\b(?:his|her|their|its|son|sa|ses|[A-Z][\w-]*['’]s)\s+"
                    r"(?:(?:old|new|little|big|vieux|vieil|vieille|nouveau|nouvel|nouvelle|petite?)\s+)?$",
                    re.IGNORECASE)
_A_PRODUCT_AFTER = re.compile(
    r"\s+(?:songs?|chocolates?|tour|roasters?|coffee|beers?|records|united|fc|store|shop|bakery|brewery|gin|vodka"
    r"|whisky|wine|guitars?|napkins?|sandwich|muffins?|cookies?|bags?|trainers|sneakers|jeans|crisps|biscuits?|bar"
    r"|ales?|lagers?|cider|tea)\b", re.IGNORECASE)
_POURED = re.compile(r"(?<![\w'’])(?:du|de la)\s+$", re.IGNORECASE)


def a_title_or_a_things_name(text: str, name: str) -> bool:
    spans = find_phrase(text, name)
    for start, end in spans:
        before = text[max(0, start - 30):start]
        given = re.search(f"(?:{_GIVEN_TO_A_THING})$", before, re.IGNORECASE)
        if _WATCHED_OR_HEARD.search(before) or _A_TITLE_AFTER.match(text, end) \
                or given and not (given.group().split()[1:2] in (["him"], ["her"]) and A_BIRTH.search(text)):
            return True  # (not "she's called her Rosie" of a birth, round 70)
    given = maybe_first_name(name.split()[0]) if name.split() else True
    return bool(spans) and all(_OWNED.search(text[max(0, start - 30):start]) and not given
                               or _A_PRODUCT_AFTER.match(text, end) or _POURED.search(text[max(0, start - 30):start])
                               for start, end in spans)


# A game played: « on a joué à Uno », « une partie de Dobble et de Uno », « soirée Mario Kart », "played Uno", "a game
# of Cluedo". (Not "played with Sam", "played against Léo", « soirée chez Amine et Sarah ».)
_PLAYING = (r"(?:\bjou(?:[ée]e?s?|er|ons|ait|aient|e|es|ent|ez)\s+(?:[àa]|au|aux)|\bparties?\s+(?:de|d['’])|\bsoir[ée]e"
            r"|\bplay(?:ed|ing|s)?|\bgames?\s+of|\brounds?\s+of|\bgame night)\s+(?:(?:du|de la|des|le|la|les|the|a)\s+)?")
_A_GAME_BEFORE = re.compile(_PLAYING + r"(?:(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?)\s*(?:,|et|and|&|puis|then)"
                            r"\s+(?:(?:de|du|d['’]|[àa]|au)\s*)?)?$", re.IGNORECASE)
_AN_OPPONENT_AFTER = re.compile(r"\s+(?:at|[àa]|au|aux)\s+[a-zà-ÿ]|['’]s\b")  # "played Marcus at chess"


def a_game_played(text: str, name: str) -> bool:
    """Every time the memory names it, a game played, not a player."""
    spans = find_phrase(text, name)
    return bool(spans) and all(_A_GAME_BEFORE.search(text[max(0, start - 50):start])
                               and not _AN_OPPONENT_AFTER.match(text, end) for start, end in spans)


# A name thought of, for a baby, a pet or a story: « un prénom d'ancêtre, genre Aurélien ou Philomène », "a name like
# Ezra or Clementine", « on hésite entre Léon et Jules pour le bébé ».
_A_NAME_THOUGHT_OF = re.compile(
    r"\b(?:pr[ée]noms?|noms?|names?|surnoms?|nicknames?)\b[^.!?]{0,50}?(?:\b(?:genre|comme|like|such as|par exemple"
    r"|entre|between|maybe|peut-[êe]tre|plut[ôo]t)|:)\s+(?:[A-ZÀ-Ý][\w'’-]*\s*(?:,|ou|or|et|and|/)\s+)*$"
    r"|\b(?:h[ée]sit\w*|torn|d[ée]cid\w*|choose|choisir)\s+(?:entre|between)\s+"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s*(?:,|ou|or|et|and)\s+)*$"
    # or for a story (round 63: « J'ai inventé Gaston le Camion », "made up Captain Snooze for her")
    r"|\b(?:invent[ée]e?s?|invented|made up|came up with)\s+$")


_PREFERRED = re.compile(r"\b(?:pr[ée]f[èe]re\w*|prefers?|preferred|likes?|aime mieux|votes? (?:for|pour)|voted for)\s+$")


def a_name_thought_of(text: str, name: str) -> bool:
    """A name thought of for a baby or a pet, nobody yet: so said once, and only preferred or voted for after."""
    before = [text[max(0, start - 90):start] for start, _ in find_phrase(text, name)]
    thought = [bool(_A_NAME_THOUGHT_OF.search(b)) for b in before]
    return any(thought) and all(t or _PREFERRED.search(b) for t, b in zip(thought, before))


# A play's or a film's part: the memory speaks of a stage, and the name is said where a part is (« je serai
# Lucienne », « elle a eu Clotilde », « Sandy en Madame Rémy », "read in for Ruth", "a brilliant Dr Bradman", "my
# own character, Charles", « la scène de la mort de Juliette ») or as what a part has ("Elvira's entrance", "Madame
# Arcati's séance"). Asked of names nobody recorded.
_A_STAGE = re.compile(r"\b(?:r[ée]p[ée]t\w*|rehears\w*|r[ôo]les?|lines|r[ée]pliques?|sc[èe]nes?|audition\w*"
                      r"|casting|cast|pi[èe]ces? de th[ée][âa]tre|troupe|players|th[ée][âa]tre|theat(?:re|er)|onstage"
                      r"|on stage|sur sc[èe]ne|premi[èe]re|g[ée]n[ée]rale|dress rehearsal|curtain call|costume fitting"
                      r"|personnages?|characters?|drama club|the play|la pi[èe]ce|stage manager|backstage|props"
                      r"|cues?)\b", re.IGNORECASE)
_A_PART_BEFORE = re.compile(
    r"(?:\b(?:je serai|je suis|je joue|j['’]ai eu|a eu|jouer|joue|jouait|jouera|incarner|incarne|incarnait|en"
    r"|r[ée]p[ée]ter|r[ée]p[ée]t[ée]|r[ée]p[ée]tons|rehearse|rehearsed|rehearsing"
    r"|I['’]ll be|I['’]m|I am|I play|I played|playing|plays|played|cast as|got the part of|as"
    r"|read in for|reads in for|reading in for|stood in for|standing in for|understudy for|audition(?:ed|ing)? for"
    r"|r[ôo]le d[e']|the (?:role|part) of|(?:own |my |her |his )?(?:character|personnage),?"
    r"|(?:la |the )?(?:sc[èe]ne|mort|tirade|r[ée]plique|entr[ée]e|sortie|monologue|costume|robe|perruque)"
    r" d[eu']?(?: la)?|(?:a|an|une?) (?:brilliant|great|perfect|wonderful|fantastic|convincing|natural|superb"
    r"|formidable|parfaite?|magnifique|excellente?|g[ée]niale?|superbe|touchante?)))\s*"
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+(?:et|and|&)\s+)?$", re.IGNORECASE)  # (and the second of two: « Roméo et Juliette »)
# (not "Priya's lines", "Sam's costume": a cast member's as often)
_A_PARTS_AFTER = re.compile(r"['’]s?\s+(?:entrance|exit|monologue|soliloquy|death scene|s[ée]ance)\b", re.IGNORECASE)


def a_character_played(text: str, name: str) -> bool:
    spans = find_phrase(text, name)
    # (not "I'm Jess's understudy", "played Sam's mother": the name is whose part it is)
    return bool(spans) and bool(_A_STAGE.search(text)) and all(
        _A_PART_BEFORE.search(text[max(0, start - 40):start]) and not whose_it_is(text, end)
        or _A_PARTS_AFTER.match(text, end) for start, end in spans)


def titled(name: str) -> bool:
    """"Mme Nguyen", "Dr. Okafor", "Professor Clarke": a title, then a name."""
    tokens = name.split()
    return len(tokens) > 1 and fold_str(tokens[0]).rstrip(".") in TITLED_BY and tokens[1][:1].isupper()


_TEACHERS = frozenset("prof professeur professor pr maitre maitresse".split())
# The words said before a surname: a title, a rank, a teacher's.
TITLED_BY = TITLES | RANKS | _TEACHERS | frozenset(("frau", "herr"))  # « Frau Becker »
