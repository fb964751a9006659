"""Places a memory names that are not where it happened, read from what the sentence does with them: a
dream's or a picture's place, someone else's whereabouts or a caller's end, a plan still to come, a team's name,
a promise, an agreement or a duty, a team played against or watched, what a listing offers, a route given up, the
other end of a call, what someone else says, what a screen showed; a caller's town at other hours, a month ahead, a
game, a place nearly reached, someone's quoted message, a trip called off, someone's hour, a decision just taken;
news learnt or a prank's make-believe, where a thing was made or a shared picture taken, someone else's chat line
inviting the user, a street named after a town; a photo found or shown and where it was taken, a wish, a team's
game, what is arranged, applied for or looked up; with the day it was written, a plan told beside something done and
a backstory's place beside the recent day. Round 16: any caller's end, a wish or a hope, what someone wants, a photo of
someone, a fresco's subject, someone else's live stream, a likeness, a relative named by their town, someone else's new
job, an invitation turned down, what is read or heard about, a short quoted title, where something will be held.
Round 25: where a family comes from; a place said « ici à », "here in" is where the writer is, never elsewhere."""
from __future__ import annotations

import re
from datetime import date

from liblitz_app.memory.terms import WEEKDAYS_FR

from ..folding import find_phrase, fold_str, words
from ..language import ENGLISH, FRENCH, FRENCH_ON
from ..away import GOT_INTO, MY_OWN_AHEAD, got_into_someones, only_elsewhere
from ..mentions import PLACE_NOUNS, kin
from ..names import a_word_and_no_name
from ..time_phrases import MONTHS, WEEKDAYS, FoundTime, find_times, held_before_its_feast, told_in_the_past
from .goings import a_way_back, got_ready_for, someone_elses_leaving


def elsewhere(text: str, place: str, day: date | None = None) -> bool:
    """Every time the memory names this place, it is not where the memory happened (`day`: when it was written,
    which tells a plan's days from the past)."""
    spans = find_phrase(text, place)
    if any(_HERE_IN.search(text[max(0, s - 30):s]) for s, _ in spans):
        return False  # « J'en rêve encore ici à Montréal »: where the writer is, whatever the sentence tells
    spans = spans[:1] + [(s, e) for s, e in spans[1:] if not _an_echo(text, s, e)]
    return bool(spans) and (only_elsewhere(text, place) or all(
        _elsewhere_here(text, s, e) or _ORIGIN_BEFORE.search(text[max(0, s - 40):s])
        or day is not None and (_long_ago(text, s, e, day) or _a_plan_beside_something_done(text, s, day)
                                or _a_backstorys_place(text, s, day) or _in_a_month_to_come(text, s, e, day)
                                or _prepared_for_a_day_ahead(text, s, e, day))
        for s, e in spans))


def _an_echo(text: str, start: int, end: int) -> bool:
    """The place again, alone, cried out (« …au salon de la coiffure à Paris en septembre. Paris ! Moi qui… »): the
    mention before it, not another (round 64)."""
    return text[:start].rstrip()[-1:] in ".!?…\n" and bool(_CRIED_OUT.match(text, end))


_CRIED_OUT = re.compile(r"\s*[!?…]+")


# Where a family comes from: "Her people are from Oslo, mine from Bergen", « ses ancêtres viennent de Bayonne, les
# miens de Pau », "my grandparents were from Cork".
_ORIGIN_BEFORE = re.compile(
    r"\b(?:mine|les miens|les miennes|my (?:family|people|folks|ancestors|grandparents|roots)|ma famille|mes (?:anc[êe]tres"
    r"|grands-parents|racines)|our family|notre famille)\s+(?:(?:are|were|come|came|is|was|viennent|venaient|vient|venait"
    r"|sont|[ée]taient|originally|originaires?|all)\s+){0,2}(?:from|de|d['’]|du|des)\s+$", re.IGNORECASE)
# (And where the user sits at home: « sur le canapé à Lyon », "on the couch in Minneapolis".)
_HERE_IN = re.compile(r"\b(?:ici|here|sur (?:le|mon|notre) canap[ée]|on (?:the|my|our) (?:couch|sofa))\s+(?:[àa]|au|en|in|at)"
                      r"\s+$", re.IGNORECASE)


def asked_or_planned(text: str, place: str, day: date) -> bool:
    """Someone's home the memory names only as where someone else asks the user to come, or as a plan beside
    what was done ("Rachid — Rdv chez Leïla dimanche"); the other readings of elsewhere() are a place's."""
    spans = find_phrase(text, place)
    return bool(spans) and all(_someone_elses_invitation(text, s) or _a_plan_beside_something_done(text, s, day)
                               for s, _ in spans)


# Long ago: "a few years ago", "in the 90s", « il y a vingt ans », « quand j'étais en CM2 », "when I was a kid",
# « à l'époque ».
_LONG_AGO = re.compile(
    r"\b(?:years ago|ages ago|decades ago|in the (?:19)?[0-9]0s|back (?:then|in the day)"
    r"|when i was (?:a kid|little|young"
    r"|a child|a teen\w*|\d+|in (?:year|grade)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?! (?:minutes?|hours?|days?|weeks?|of)\b))"
    r"|as a (?:kid|child|teen\w*)"
    r"|il y a (?:\d+|[a-z]+(?:-[a-z]+)?) ans|dans les annees|a l'epoque|quand j'etais (?:petite?|enfant|gamine?|ado"
    r"|jeune|en (?:maternelle|primaire|cp|ce1|ce2|cm1|cm2|\d+e|sixieme|cinquieme|quatrieme|troisieme|seconde"
    r"|premiere|terminale))|quand j'avais \w+ ans"
    r"|(?:on etait|nous etions) (?:\w+ )?en (?:cp|ce1|ce2|cm1|cm2|\d+e|terminale))\b")
# The memory's own day, or the day before, in folded words: "today", « hier », "last night".
_THE_DAYS_WORDS = r"today|this morning|tonight|yesterday|last night|aujourd'hui|ce matin|ce soir|hier"
# The day the memory is written about: "today", "the other day", « hier », or a meeting "after 15 years".
_RECENT = re.compile(rf"\b(?:{_THE_DAYS_WORDS}|the other day|l'autre jour"
                     r"|(?:apres|after) (?:\d+|[a-z]+) (?:ans|years))\b")


def _a_backstorys_place(text: str, start: int, day: date) -> bool:
    """The place stands in a sentence telling long ago ("A few years ago, in Marrakech, Yusuf taught me…", « On
    était ensemble en CM2 à Roubaix ») and another sentence tells the recent day the memory is about ("I tried
    today", « m'a reconnue dans le métro après 15 ans »): the place is the backstory's."""
    spans = _sentences(text)
    sentences = [fold_str(text[a:b]) for a, b in spans]
    here = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
    if here is None or not any(not _LIKE_BEFORE.search(sentences[here][:m.start()])
                               for m in _LONG_AGO.finditer(sentences[here])):
        return False
    if any(_BACK_THERE.search(s) for s in sentences):
        return False  # "Went back today", "in the same lot", "in this very flat in the 90s": the place, then and now
    return any(_RECENT.search(s) and not _LONG_AGO.search(s) for i, s in enumerate(sentences) if i != here)


# Long ago told as a likeness (round 49: « on a mangé au Grand Café, … comme quand j'étais petit », "danced in the
# kitchen like ten years ago"): the day itself, remembering.
_LIKE_BEFORE = re.compile(r"\b(?:comme|like|as)\s+(?:\w+\s+)?$")
_BACK_THERE = re.compile(r"\b(?:same|back|again|past it|this very|meme|memes|a nouveau|de nouveau|revenue?s?"
                         r"|retourne\w*)\b")


def the_days_appointment(sentence: str) -> bool:
    """A diary's line opening on the day's own appointment, bare or after its day: « Vendredi, rendez-vous à la Chambre
    de métiers à Auch », « Rendez-vous chez Linguavox à Rennes pour… » (round 69); not one booked or set ahead
    (« Rendez-vous pris à… », « rendez-vous au CHU jeudi », « …le 12 juillet »), nor « J'ai rendez-vous »."""
    opening = _THE_DAYS_APPOINTMENT.match(fold_str(sentence))
    return opening is not None and not _ITS_DAY_AHEAD.search(opening["rest"])


_FRENCH_WEEKDAYS = "|".join(WEEKDAYS_FR)
_THE_DAYS_APPOINTMENT = re.compile(rf"\s*(?:(?:{_FRENCH_WEEKDAYS}|hier|ce matin"
                                   r"|cet apres-midi|ce midi|ce soir|aujourd'hui)(?:\s+(?:matin|midi|soir|apres-midi))?"
                                   r"\s*[,:]\s*)?rendez-vous\b(?P<rest>.*)", re.DOTALL)
_ITS_DAY_AHEAD = re.compile(rf"\b(?:pris|prevue?|fixee?|{_FRENCH_WEEKDAYS}|demain"
                            r"|(?:semaine|mois|annee|fois) prochaine?|le \d+|pour le \d+"
                            r"|dans \w+ (?:jours?|semaines?|mois))\b")


def _sentences(text: str, ends: str = r"[.!?;\n]+") -> list[tuple[int, int]]:
    bounds = [0, *(m.end() for m in re.finditer(ends, text)), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _a_plan_beside_something_done(text: str, start: int, day: date) -> bool:
    """The place's sentence tells what is still to come — a day ahead ("Je pars la voir à la maternité samedi",
    "At the aquarium. Next Saturday.") or someone leaving ("Elle part en maison de retraite à Dinan") — while
    another sentence tells something done ("Ma sœur a accouché", "Willow said yes"): the memory is what was
    done, the place the plan's. (A memory that is only a plan keeps its place: "Vendredi on part à Marrakech". A colon
    ends what is told there: « Café avec Sandrine au Café du Commerce : elle veut que j'encadre la sortie de dimanche
    prochain », round 47.)"""
    sentences = _sentences(text, r"[.!?;:\n]+")
    here = next((i for i, (a, b) in enumerate(sentences) if a <= start < b), None)
    whole = next(((a, b) for a, b in _sentences(text) if a <= start < b), None)
    # (what is told done anywhere in the sentence: "Last weekend Tom did his first round: five summits in two days")
    if here is None or whole is None or _told_done(text[slice(*whole)]) or the_days_appointment(text[slice(*whole)]):
        return False
    found = find_times(text, day)
    last = here
    while last + 1 < len(sentences) and _only_a_time(text, sentences[last + 1], found):
        last += 1  # "At the aquarium. Next Saturday.": a time alone goes with the sentence before it
    first, end = sentences[here][0], sentences[last][1]
    # A weekday or a feast may be the coming one only in a sentence with a subject: « Toussaint au cimetière »,
    # "Memorial Day at the lake" are that day.
    told = _A_SUBJECT.search(text[slice(*sentences[here])]) is not None
    # ("Christmas concert with the choir": a feast naming what is held before it, not a day ahead.)
    # (A sentence without a subject, then what it was for: « Réunion de préparation chez Odile pour la grande sortie
    # au Pic de Bure le mois prochain » is a meeting held there, round 59.)
    ahead = any(first <= f.span[0] < end and not held_before_its_feast(text, f)
                and (told or not _FOR_WHAT_COMES.search(text, start, max(start, f.span[0])))
                and (f.time.start is not None and f.time.start > day or told and f.coming is not None and f.coming[0] > day)
                for f in found) or _LEAVING.search(text[first:end])
    return bool(ahead) and any(_told_done(text[a:b]) for a, b in sentences[:here] + sentences[last + 1:])


_FOR_WHAT_COMES = re.compile(r"\b(?:pour|for|en vue d[eu]|ahead of)\b", re.IGNORECASE)


def _only_a_time(text: str, sentence: tuple[int, int], found: list[FoundTime]) -> bool:
    a, b = sentence
    rest = "".join(c if not any(f.span[0] <= i < f.span[1] for f in found) else " " for i, c in enumerate(text[a:b], a))
    return rest != text[a:b] and not words(rest)


# Someone leaving, told in the present: « elle part en maison de retraite », « il déménage à Lyon », "she's moving
# to Leeds", "we leave for Oslo".
_LEAVING = re.compile(r"(?<![\w'’])(?:je|j['’]|tu|il|elle|on|nous|ils|elles|(?-i:[A-ZÀ-Ý][\w-]+))\s+"
                      r"(?:(?:s['’]|se)\s*)?"
                      r"(?:pars|part|partons|partent|d[ée]m[ée]nagen?t?|d[ée]m[ée]nageons|install(?:e|ent|ons)"
                      r"|emm[ée]nagen?t?|quitte|quittent)\b"
                      r"|\b(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:moving|relocating|leaving|emigrating)\b"
                      r"(?!\s+(?:drinks|do|party|dinner|lunch|card|present|gift|speech))"  # "Kenji's leaving drinks"
                      r"|\b(?:moves|leaves|relocates)\s+(?:to|for)\b", re.IGNORECASE)
# (with its verb joined on: "He's bringing his whole family to the Saturday matinee", round 52)
_A_SUBJECT = re.compile(rf"(?<![\w'’])(?:je|j['’]|tu|il|elle|nous|vous|ils|elles|I|we|you|he|she|they)"
                        rf"(?:(?![\w'’])|['’](?:s|re|m|ll|ve|d)\b)|{FRENCH_ON}", re.IGNORECASE)
# The French passé composé the small pipeline may misread (« on a bu », « il est parti »).
_PASSE_COMPOSE = re.compile(r"(?<![\w'’])(?:j['’]|je |tu |il |elle |on |nous |vous |ils |elles )"
                            r"(?:ai|as|a|avons|avez|ont|suis|es|est|sommes|êtes|sont)\s+"
                            r"(?:(?:pas|déjà|enfin|bien|tout)\s+)?"
                            r"[a-zà-ÿ]+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues|it|ert|ait|eint)"
                            r"(?![\w'’])", re.IGNORECASE)


# An English simple past, a verb after its subject ("the heating in the portacabin failed", "the pipes burst"): not
# a participle after "is", "'re", "be" ("we're booked on the ferry").
_SIMPLE_PAST = re.compile(r"(?<!\bbe )(?<!\bare )(?<!\bis )(?<!['’]re )(?<!['’]s )(?<!\bam )(?<!['’]m )(?<!\bget )"
                          r"(?<!\bgot )(?<!\bwas )(?<!\bwere )\b(?:[a-z]{3,}ed|went|was|were|had|did|came|broke|fell|burst"
                          r"|took|made|left|ran|got)\b(?=\s*(?:$|[,.;!?]|\b(?:at|in|on|with|after|before|again|today"
                          r"|yesterday|this|last|all)\b))")


def _told_done(sentence: str) -> bool:
    return told_in_the_past(sentence) or _PASSE_COMPOSE.search(sentence) is not None \
        or _SIMPLE_PAST.search(sentence) is not None


def _elsewhere_here(text: str, start: int, end: int) -> bool:
    sentence = re.split(r"[.!?;\n]", text[:start])[-1]
    return bool(_in_a_dream(sentence) or _depicted(text, start, end, sentence) or _planned(text, sentence)
                or _someone_elses_whereabouts(text, sentence, end) or _part_of_a_name(text, start, end)
                or _a_callers_end(text, start, sentence) or _intended(sentence) or _an_opponent(text, start, sentence)
                or _a_route_given_up(text, start, sentence) or _the_other_end_of_a_call(sentence)
                or _in_what_someone_says(text, end, sentence) or _on_a_screen(text, start, end, sentence)
                or _still_on_the_screen(text, start, end)
                or _a_team(text, start, end, sentence) or _LISTED.search(sentence) or _for_sale_unvisited(sentence)
                or _a_faraway_callers_end(text, start, sentence) or _ahead_by_its_month(text, start, end, sentence)
                or _a_game(text, start, sentence) or _NEARLY.search(sentence.rsplit(",", 1)[-1])
                or _in_someone_elses_quoted_words(text, start) or _A_TRIP_CALLED_OFF.search(sentence)
                or _THEIR_HOUR.search(sentence) or _DECIDED.search(sentence)
                or _in_news_or_make_believe(text, start, end, sentence) or _a_things_origin(text, start, sentence)
                or _someone_elses_invitation(text, start) or _ARRANGED_FOR.search(sentence)
                or _a_photos_place(text, start, end, sentence) or _WISHED_FOR.search(sentence) or _a_teams_game(text, end)
                or _LIKENED.search(sentence) or _someone_elses_broadcast(text, start, sentence) or _a_persons_town(sentence)
                or _likened_to_a_relatives_ways(sentence)
                or _an_invitation_declined(text, start) or _inside_a_short_quote(text, start, end)
                or _off_or_accepted_after(text, start, end) or _applied_or_entered(text, start, sentence)
                or _BOOKED.search(sentence)
                or someone_elses_leaving(sentence.rsplit(",", 1)[-1]) or a_way_back(text, start, end)
                or got_ready_for(sentence) or _a_turning_point(text, end, sentence)
                or _WHILE_THE_OTHERS.search(sentence) or _a_sight_seen_from_elsewhere(text, end, sentence)
                or _seen_from_where_one_was(text, end, sentence) or _VISITORS_FROM.search(sentence))


# Visitors named by where they come from (round 79): "a Harry Potter weekend at the hostel for a school from Hexham",
# « j'ai expliqué la toile de Jouy à un groupe de Fribourg »: their town, not where the user was (not « à la chorale de
# Saint-Brieuc », the user's own choir: in French, a group not yet known, right after « un », « une », « des », or one
# that came, « venu de »).
_GROUPS_FR = (r"(?:[ée]coles?|groupes?|classes?|chorales?|cars?|couples?|familles?|d[ée]l[ée]gations?|scouts?"
              r"|coll[eè]ges?|lyc[ée]es?)")
_VISITORS_FROM = re.compile(
    r"\b(?:an?|the|some)\s+(?:[\w-]+\s+)?(?:schools?|groups?|class|classes|choirs?|coach(?:load)?|couples?|families"
    r"|delegations?|scouts?)\s+(?:all the way\s+)?from\s*$"
    rf"|\b(?:une?|des)\s+{_GROUPS_FR}\s+(?:venue?s?\s+)?(?:de|d['’]|du)\s*$"
    rf"|\b(?:une?|des|les?|la)\s+(?:[\w-]+\s+)?{_GROUPS_FR}\s+venue?s?\s+(?:de|d['’]|du)\s*$", re.IGNORECASE)


# Where the others were while the user was elsewhere (round 39): "While everyone was up at Endcliffe Park for the
# fireworks, I sat with Dennis…", « pendant que tout le monde regardait le feu d'artifice depuis le pont, moi… ».
_WHILE_THE_OTHERS = re.compile(r"\b(?:while|whilst|pendant que|alors que|tandis que)\s+(?:everyone|everybody|the others"
                               r"|all the others|the rest of (?:us|them|the \w+)|tout le monde|les autres)\b[^,;]*$",
                               re.IGNORECASE)


# Where the user has applied, entered, signed up or may move: "applied to three jobs in Denver", « je me suis
# inscrit à l'Ironman de Nice », "Entered the Edinburgh Half", "asked me to be her roommate in Denver".
_APPLIED_OR_ENTERED = re.compile(
    r"\b(?:applied (?:to|for)|postul[ée]\w*|inscrit\w* (?:à|a|au) l['’](?-i:[A-Z])|entered the (?-i:[A-Z])|voted for"
    r"|moving (?:us |me |them )?(?:all )?to|move to|(?<!à )d[ée]m[ée]nager (?:à|a|en)|roommate in|colocataire à"
    r"|a job in|un poste à|training camp in"
    # accepted, given a trip: where the user is to go (« acceptée en licence de bio à Brest », "got into the summer
    # program at Georgia Tech", « m'ont offert le voyage au Japon », "Classes start in September at …")
    r"|confirmation d['’]inscription|accept[ée]e?s? (?:en|à|a|au|dans|at|to|into)"
    r"|admise? (?:en|à|a|au|dans)|admitted to|" + GOT_INTO + r"|offert (?:le|un) (?:voyage|s[ée]jour)"
    r"|classes start|lessons start|(?:les )?cours (?:commencent|reprennent|démarrent))[^.!?;]*$", re.IGNORECASE)


def _applied_or_entered(text: str, start: int, sentence: str) -> bool:
    return bool(_APPLIED_OR_ENTERED.search(sentence)) and not got_into_someones(text, start, sentence)


# What was booked, not where: "Finally booked Japan", "booked flights to Reykjavik" (not "from my couch in Leeds").
_BOOKED = re.compile(r"\bbooked\s+(?:(?:a|an|the|our|my|flights?|tickets?|trip|honeymoon|holidays?|vacation)\s+)*"
                     r"(?:to|for)?\s*$"
                     # a day ahead booked there (round 58: "Booked the community placement induction for Monday at
                     # Beeston Health Centre", « réservé la salle pour samedi à »)
                     r"|\b(?:booked|r[ée]serv[ée]e?s?)\s+(?:[\w'’-]+\s+){0,5}?(?:for|pour)\s+(?:next\s+)?(?:"
                     + "|".join(WEEKDAYS) + r"|tomorrow|demain)\s+(?:prochain\s+)?(?:at|in|à|a|au)\s*(?:the\s+)?$",
                     re.IGNORECASE)
# Someone's life long before: « blessé à Verdun en 1916 », "born 1924 in Kraków", « infirmière à Reims pendant la
# guerre »: a year ten years or more before the memory, or the war, in the place's clause.
_A_YEAR = re.compile(r"\b(1[89]\d\d|20[0-4]\d)\b")
_THE_WAR = re.compile(r"\b(?:pendant la guerre|during the war|in the war|à la guerre)\b", re.IGNORECASE)


def _long_ago(text: str, start: int, end: int, day: date) -> bool:
    clause = re.split(r"[.!?;\n]", text[:start])[-1].rsplit(",", 1)[-1] + re.split(r"[.!?;,\n]", text[end:])[0]
    if _THE_WAR.search(clause):
        return True
    if not _A_LIFE.search(clause):
        return False
    years = [int(y) for y in _A_YEAR.findall(clause)]
    return bool(years) and all(y <= day.year - 10 for y in years) and not _I_WAS_THERE.search(clause)


_A_LIFE = re.compile(r"\b(?:n[ée]e?|born|bless[ée]e?|wounded|morte?|died|killed|tu[ée]e?|[ée]tait|was an?|worked"
                     r"|travaillait|served|enlisted|mari[ée]e?|married|grew up|a grandi)\b", re.IGNORECASE)
_I_WAS_THERE = re.compile(r"(?<![\w'’])(?:j['’]|je|i|we|on|nous)(?![\w'’])", re.IGNORECASE)


# What is said after the place's phrase makes it a thing called off or only granted: "gig in galway is prob off",
# « ma formation de cariste à Villepinte est acceptée », "the match at Ibrox was postponed".
_OFF_OR_ACCEPTED_AFTER = re.compile(
    r"(?:(?!\b(?:and|et|but|mais)\b)[^.!?;,]){0,30}?\b(?:is|was|were|are|has been|had been|got|gets|['’]s|est|a été"
    r"|sera)\s+(?:prob(?:ably)?\s+|probablement\s+|officially\s+"
    r"|officiellement\s+|enfin\s+|finally\s+|definitely\s+)?(?P<what>off|cancell?ed|called off|annul[ée]e?s?"
    r"|report[ée]e?s?|postponed|accept[ée]e?s?|approved|valid[ée]e?s?|confirm[ée]e?s?)\b"
    # or right after it, with no verb: « Leçon à Bron annulée », "Motorway lesson to Bath cancelled" (not « le concert
    # à Dinan était annulé, on a chanté sous l'abri-bus »: the user was still in Dinan)
    r"|\s+(?P<off>annul[ée]e?s?|cancell?ed|called off|postponed|report[ée]e?s?)\b"
    # or shut when the user came (round 58: « parce que Léo-Lagrange était fermée pour vidange », "the builders'
    # merchants in Knighton, but they'd shut at four")
    r"|(?P<shut>\s+(?:était|est|étaient|was|is|were)\s+(?:(?:encore|toujours|d[ée]j[àa]|still|already)\s+)?"
    r"(?:ferm[ée]e?s?|closed|shut)|\s*,?\s+but (?:they|it)(?:['’]d| had)\s+(?:already\s+)?(?:shut|closed))\b",
    re.IGNORECASE)
_A_WAY = re.compile(r"\b(?:tunnel|bridge|road|street|lane|motorway|highway|freeway|interstate|[AIM]-?\d+|pont|route"
                    r"|rue|autoroute|p[ée]riph\w*|rocade|col|pass)\b", re.IGNORECASE)
# "Off" says an event is called off ("the gig in Galway is off"), not a power cut ("the heating in the flat is off").
_AN_EVENT = re.compile(r"\b(?:gigs?|shows?|concerts?|match(?:es)?|games?|trips?|party|parties|wedding|dinner|meeting|event"
                       r"|f[êe]te|soir[ée]e|voyage|sortie|rdv|rendez-vous|tour|festival|race|course)\b", re.IGNORECASE)


def called_off(text: str, place: str) -> bool:
    """Every time the memory names this place, what is said after it calls it off or only grants it."""
    spans = find_phrase(text, place)
    return bool(spans) and all(_off_or_accepted_after(text, s, e) for s, e in spans)


def _off_or_accepted_after(text: str, start: int, end: int) -> bool:
    after = _OFF_OR_ACCEPTED_AFTER.match(text, end)
    if after is None:
        return False
    if after["shut"] is not None:
        return not _A_WAY.search(text[start:end])  # (a road shut is where the user was held up: "I-95 was closed")
    return after["off"] is not None or fold_str(after["what"]) != "off" \
        or _AN_EVENT.search(text[max(0, start - 30):start]) is not None


def _inside_a_short_quote(text: str, start: int, end: int) -> bool:
    """A place inside a short quotation, a title's or someone's words: "I played 'Fairytale of New York' on their
    piano", « on a chanté "Les Champs-Élysées" »."""
    for m in re.finditer(r"«\s*([^»]{1,60}?)\s*»|“([^”]{1,60})”|\"([^\"]{1,60})\"|(?<![\w])['‘]([^'’]{1,60})['’](?![\w])", text):
        if m.start() < start and end <= m.end() - 1 and len(words(m.group())) <= 8 \
                and not _A_FILED_TITLE_OR_A_NAME.search(text[max(0, m.start() - 80):m.start()]):
            return True
    return False


# An entry the user filed, after a colon ("calendar: 'Dentist'") or by its heading (round 54: "Calendar import —
# 'Arrived Arrecife'", « [Import photos] 2026-08-29 — « Déménagement Pirmil » », « Agenda partagé — « Pot de départ de
# Patrice, PDC Saint-Aubin » »; round 56: "imported_from: calendar.csv | 2025-11-27 | 'Jobcentre — …'"), or the name
# a place is called by (« Le gîte s'appelle « Le Relais du Pèlerin » »): the memory's own place.
_A_FILED_TITLE_OR_A_NAME = re.compile(
    r":\s*$|\b(?:import\w*|agenda|calendars?|calendriers?|photos?|notes?|csv)\b[^.!?«»\"“”]*[—–|-]\s*$"
    # (or a bracketed heading right before it: "[Calendar import] 'Night shift - Ward E4'", round 62)
    r"|\[[^\]]*\b(?:import\w*|agenda|calendars?|calendriers?|export\w*)\b[^\]]*\]\s*$"
    r"|\b(?:s['’]appelle|s['’]appelait|called|named|nomm[ée]e?)\s*$", re.IGNORECASE)


# A likeness: "je ressemble à un perso de Minecraft", "looked like a scene from Venice", « on se croirait à Venise »:
# the place compared with, not where one was.
# (The place inside what one is likened to, not where one was while: "I looked like a drowned rat at the bus stop".)
_LIKENED = re.compile(r"\b(?:(?:ressembl\w*\s+(?:à|a|au|aux)|look(?:s|ed|ing)? like|felt like|feels like|comme)"
                      r"\s+(?:(?:a|an|the|un|une|des|le|la|les)\s+)?(?:[\w'’-]+\s+){0,3}?(?:of|from|de|du|des|d['’])\s*"
                      r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
                      r"|(?:on (?:aurait|dirait) dit|on se (?:croirait|croyait)|comme)\s+(?:in|at|à|au|aux|en|dans)\s*"
                      r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
                      r"|\b(?:as if|comme si)\b[^,;:]*)$", re.IGNORECASE)
# Done the way someone close does it where they live: « comme sa grand-mère à Dakar », "the way his grandmother in
# Ahmedabad taught him", "like her mother did in Guadalajara" (round 59): that one's town, not the user's day.
_LIKE_SOMEONE_IN = re.compile(r"\b(?:like|the way|comme|tout comme)\s+(?:his|her|their|my|our|sa|son|ses|leurs?|ma"
                              r"|mon|mes|notre|nos)\s+(?:[\w-]+\s+)??(?P<who>[\w-]+)"
                              r"(?:\s+(?:did|used to|always did|le faisait|faisait))?"
                              r"\s+(?:in|à|a|au|aux|en)\s*(?:the\s+|le\s+|la\s+|les\s+|l['’])?$", re.IGNORECASE)


def _likened_to_a_relatives_ways(sentence: str) -> bool:
    like = _LIKE_SOMEONE_IN.search(sentence)
    return like is not None and (bool(kin(fold_str(like["who"]))) or fold_str(like["who"]) in _FRIENDS)


# Someone else live from somewhere: « Mon streamer préféré était en direct de Montpellier », "the band streamed
# live from Glastonbury" (not "I went live from the summit": the user's own).
_LIVE_FROM = re.compile(r"\b(?:en direct|en live|live|stream\w*|broadcast\w*|diffus\w*)\s+(?:de|d['’]|du|depuis|from)"
                        r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# Whose broadcast it is, before it in its sentence: someone named doing it, a third person, a plan (round 49: a show
# the user hosts is told without a subject, "Broadcast from the bandstand tonight", « émission en direct du Palais de
# glace »: where the user was).
_ANOTHER_BROADCASTS = re.compile(r"\b(?:he|she|they|il|elle|ils|elles|stream\w+|youtub\w+|band|groupe|cha[îi]ne"
                                 r"|channel|plan\w*|pr[ée]par\w*)\b|(?-i:[A-ZÀ-Ý][\w-]+)\s+(?:\w+\s+)?(?:was|were|is"
                                 r"|are|went|a|ont|[ée]tait|est|streamed|broadcast)\b"
                                 r"|\b(?:was|were|is|are|[ée]tait|[ée]taient|est|sont)\s*$", re.IGNORECASE)
# The user watching or listening, told before the broadcast's sentence ("Watched the final at Kwame's. Broadcast from
# Basel").
_WATCHED_BEFORE = re.compile(r"\b(?:watch\w*|listen\w*|regard\w*|[ée]cout\w*)\b", re.IGNORECASE)


def _someone_elses_broadcast(text: str, start: int, sentence: str) -> bool:
    live = _LIVE_FROM.search(sentence)
    if live is None or _USER.search(sentence[:live.start()]):
        return False
    return bool(_ANOTHER_BROADCASTS.search(sentence[:live.start()])
                or _WATCHED_BEFORE.search(text[:max(0, start - len(sentence))]))


# Someone named by their town at a sentence's start, its subject: "My sister in Glasgow sent a photo", « Nos amis
# de Lyon, les Benali, ont hébergé les enfants » (not "Visited my sister in Glasgow": the user went there).
_WHO_OF_A_TOWN = re.compile(r"^\s*(?:(?:and|et|then|puis|so|alors|today|yesterday|hier|aujourd['’]hui)\s*,?\s+)?"
                            r"(?:my|our|mon|ma|mes|notre|nos)\s+(?:[\w-]+\s+)?(?P<who>[\w-]+)\s+"
                            r"(?:in|from|de|d['’]|du|à|a)\s*(?:the\s+|le\s+|la\s+|les\s+|l['’])?$", re.IGNORECASE)
_FRIENDS = frozenset("friend friends ami amis amie amies copain copains copine copines pote potes voisin voisins"
                     " voisine voisines neighbour neighbours neighbor neighbors colleague colleagues collegue collegues"
                     " mate mates".split())


def _a_persons_town(sentence: str) -> bool:
    who = _WHO_OF_A_TOWN.search(sentence)
    if who is None:
        return False
    word = fold_str(who["who"])
    return bool(kin(word) or kin(word.removesuffix("s")) or word in _FRIENDS)


# An invitation turned down: "The Jacksons' boat club invited us out, but we just paddled on the canal in Oxford", « Le
# club d'aviron de X nous a invités, mais on a ramé à Vichy »: the place is the invitation's, the user was elsewhere.
_DECLINED = re.compile(r"\b(?:invit\w*|asked|offered|propos\w*)\b[^.!?;]*?,?\s*\b(?:but|mais)\s+(?:[\w'’]+\s+){0,2}?"
                       r"(?:we|I|on|nous|je|j['’])(?![\w'’])[^.!?;]*?\b(?:at|in|on|à|au|aux|en|dans|chez)\b", re.IGNORECASE)


def _an_invitation_declined(text: str, start: int) -> bool:
    a = max(0, max(text.rfind(c, 0, start) for c in ".!?;\n") + 1)
    declined = _DECLINED.search(re.split(r"[.!?;\n]", text[a:])[0])
    if declined is None:
        return False
    but = re.search(r"\b(?:but|mais)\b", declined.group(), re.IGNORECASE)
    return start < a + declined.start() + but.start()


# A sight over a place, watched from another (round 62): "watched the fireworks over Derwentwater from the Land Rover",
# "From my balcony in Brooklyn I shot the moon rising over the Empire State Building", « Coucher de soleil sur le
# Fromveur, prise depuis la terrasse du phare »: the place is what was seen, the user was where they watched from.
_A_SIGHT_OVER = re.compile(r"\b(?:fireworks?|feux? d['’]artifice|sunsets?|sunrises?|couchers? de soleil"
                           r"|levers? de soleil|moon|lune|aurora|aurore|rainbow|arc-en-ciel|storm|orage|view|vue)\b"
                           r"[^.!?;]{0,25}\b(?:over|across|sur|au-dessus d[eu]s?|au-dessus d['’])\s*"
                           r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?$", re.IGNORECASE)
_WATCHED_FROM = re.compile(r"\b(?:from|depuis)\b", re.IGNORECASE)


def _a_sight_seen_from_elsewhere(text: str, end: int, sentence: str) -> bool:
    return _watched_from(_A_SIGHT_OVER, _WATCHED_FROM, text, end, sentence)


# What one could see from where one was (round 65): "You can see all the way to Vitrac from up there", "From the top
# you could see the Mer de Glace and the whole Vallée Blanche", « depuis le toit on voyait jusqu'au Vercors »; not
# "saw Sam at the Crown" (a place said with "at" is where one saw it).
_SEEN = re.compile(r"(?:\b(?:you|we|one|i)\s+(?:can|could)\s+(?:even\s+|just\s+)?(?:see|make out|spot)"
                   r"|(?<![\w'’])(?:on|l['’]on)\s+(?:voit|voyait|aper[çc]oit|apercevait|distingue|distinguait"
                   r"|(?:peut|pouvait)\s+voir))\b"
                   r"(?:(?!(?<!jusqu['’])\b(?:at|in|from|à|au|aux|dans|chez|depuis)\b)[^.!?;]){0,40}$", re.IGNORECASE)
_FROM_A_HEIGHT = re.compile(r"\b(?:from|depuis|up there|là-haut|la-haut|d['’]en haut|du haut|du sommet)\b",
                            re.IGNORECASE)


def _seen_from_where_one_was(text: str, end: int, sentence: str) -> bool:
    return _watched_from(_SEEN, _FROM_A_HEIGHT, text, end, sentence)


def _watched_from(seen: re.Pattern[str], where_from: re.Pattern[str], text: str, end: int, sentence: str) -> bool:
    """What was seen, said before the place (`sentence`), and where from, said before or after it in its sentence."""
    return bool(seen.search(sentence)) and bool(
        where_from.search(sentence) or where_from.search(_rest_of_the_sentence(text, end)))


def _rest_of_the_sentence(text: str, end: int) -> str:
    """What the sentence says after the place (up to its full stop, semicolon or line end)."""
    return re.split(r"[.!?;\n]", text[end:])[0]


# A photo found, shown or sent, and where it was taken: « retrouvé ma photo devant le Mont Sainte-Odile », « montré la
# photo de mes vingt ans à Marrakech », "sent me a picture from her trip to Rome" (not "looked at the photos in the
# lounge", "showed me pictures of Vermont while we were stuck on the I-95": where they were looked at).
_A_PHOTOS_PLACE = re.compile(
    r"(?:\b(?:retrouv|montr|regard|trouv|re[çc]u|envoy|ressorti|found|show|looked at|looking at|came across|sent|dug out"
    r"|saw|seen|vu|got|scroll\w* through|liked|watch)"
    r"\w*\s+(?:[\w'’-]+\s+){0,4}?|^\s*(?:(?:une?|la|les|des|a|an|the|some|[\w-]+['’]s)\s+)?(?=[\w-]+\s+(?:de|d['’]|of|from)"
    r"\s+(?-i:[A-ZÀ-Ý])(?!\w*\s+(?:et moi|and me|and I)\b)))(?:photos?|pictures?|pics?|selfies?|clich[ée]s?|polaroids?|diapos?|slides?|slideshows?|diaporamas?)\s+"
    r"(?:de|du|des|d['’]|of|from|devant|in front of|taken|prise?s?)\b"
    r"(?:(?!\b(?:while|whilst|when|as|pendant|quand|lorsque|tandis)\b)[^.!?;,])*$", re.IGNORECASE)

# A caption: the picture first, no verb before it ("Photo de Lola devant…", "Old photo of Dad…").
_A_CAPTION = re.compile(r"^\s*(?:(?:une?|la|les|des|a|an|the|some|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?"
                        r"(?:photos?|pictures?|pics?|selfies?|clich[ée]s?|polaroids?|diapos?|slides?)\b", re.IGNORECASE)


# A picture someone sent, then what it shows after a colon (round 46: « Photo envoyée par Maë : le phare d'Eckmühl
# sous la tempête », "Video from Sam: the harbour at dawn").
_A_PICTURE_SENT = re.compile(r"^\s*(?:(?:une?|la|les|a|an|the)\s+)?(?:photos?|pictures?|pics?|selfies?|vid[ée]os?)\s+"
                             r"(?:(?:envoy[ée]e?s?|re[çc]ue?s?|sent|shared|posted)\s+)?(?:par|by|from|de)\s+"
                             # (not the user's own: "Photo from the import: beach bonfire")
                             r"(?!(?:the\s+|l['’]|mon\s+|my\s+)?(?:import|export|archive|album|phone|camera|t[ée]l[ée]phone"
                             r"|appareil)\b|my\b|mon\b|ma\b)[^:.!?;]{1,30}:[^.!?;]*$", re.IGNORECASE)


def _a_photos_place(text: str, start: int, end: int, sentence: str) -> bool:
    """A named place, or one said right after the photo ("photos of the beach"): what it shows; "Watched her
    slideshow of Iceland in the dorm common room" was watched in the common room."""
    if _A_PICTURE_SENT.match(sentence):
        return True
    shown = _A_PHOTOS_PLACE.search(sentence)
    if shown is None:
        return False
    if _A_CAPTION.match(shown.group()) and _ME.search(shown.group()):
        return False  # "Photo of Dad, Mum and me at Blackpool": a caption, the user in the picture, there
    of = re.search(r"(?:photos?|pictures?|pics?|selfies?|clich[ée]s?|polaroids?|diapos?|slides?|slideshows?|diaporamas?)"
                   r"\s+(?:de|du|des|d['’]|of|from|devant|in front of|taken|prise?s?)\b", shown.group(), re.IGNORECASE)
    said_after = len(words(shown.group()[of.end():])) if of else 0
    return re.search(r"[A-ZÀ-Ý]", text[start:end]) is not None or said_after <= 2


# A wish or a daydream, not a dream had: "Dreaming of a camper van and the Wild Atlantic Way", « Je rêve de Lisbonne ».
_WISHED_FOR = re.compile(r"^\s*(?:(?:i'm|i am|je|on)\s+)?(?:dreaming|dream|r[êe]ve|r[êe]vons|r[êe]vant|longing|wishing)"
                         r"\s+(?:of|about|de|d['’]|du|des)\b", re.IGNORECASE)


def _a_teams_game(text: str, end: int) -> bool:
    """"Caught a Pirates game at PNC Park": a name before "game", "match", the team's."""
    return re.match(r"\s+(?:home\s+|away\s+)?(?:game|match|fixture)\b", text[end:], re.IGNORECASE) is not None


# What is arranged, applied for or looked up there, not lived there yet: "Applied for a wildlife job in Fiordland",
# "Got invited to a conference in Lisbon", « on a voté pour le voyage à Florence », « demandé la météo à Concarneau »
# (not "Got the job in San Francisco": the user's new place; nor a lease signed, often for the very flat told).
_ARRANGED_FOR = re.compile(
    r"\b(?:vot[ée]e?s? pour|planifi[ée]e?s?|r[ée]serv[ée]e?s?|book[ée]e?s?|booked|planned|planning|applied for"
    r"|postul[ée]e? (?:pour|à|a)|invited to|invit[ée]e?s? (?:à|a|au)|sign[ée]e?s?|signed|offered|propos[ée]e?"
    r"|demand[ée]e?|asked|checked|looked up|cherch[ée]e?)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:jobs?|posts?|roles?|poste|place de [\w-]+|emploi|stage|internship|position|voyage(?: de noces)?|trip"
    r"|vacances|holiday|conf[ée]rence|congr[èe]s|colloque|m[ée]t[ée]o|weather|forecast"
    # (round 66: "Margaux offered me a three-month secondment to the birth centre in Vannes")
    r"|offer|offre|secondments?|transfer|mutation|d[ée]tachement)\b[^,;.!?]{0,30}$", re.IGNORECASE)


# Someone else's line in a chat, which invites or sets a meeting ("Auntie Bisi: Come to Lagos for Easter",
# « Rachid — Rdv chez Leïla dimanche », "Tom: meet at the Crown at 8?"): where they ask the user to be, not where
# the memory happened. (The user's own « Rendez-vous chez le notaire demain » is the memory's place.)
_A_LINE_OF = re.compile(r"(?P<who>(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+))?)\s*[:—–]\s+(?P<said>[^:\n—–]*)$")
_INVITES = re.compile(r"^(?:[\w'’,!]+\s+){0,3}?(?:come|viens|venez|rejoins|rejoignez|passe|passez|rdv|rendez-vous"
                      r"|on se (?:retrouve|voit|rejoint)|meet(?: me| us)?|see you|let['’]s (?:meet|go)|join us)\b",
                      re.IGNORECASE)


# A chat, by its name or by the user's own line ("Me:", « Moi : »): not a reminder's "Dr Martin — venez à jeun".
_A_CHAT = re.compile(r"\b(?:chat|group|groupe|whatsapp|messenger|sms|texts?|messages?|discord|signal|telegram)\b"
                     r"|(?:^|\s)(?:me|moi)\s*:", re.IGNORECASE)


def _someone_elses_invitation(text: str, start: int) -> bool:
    line = _A_LINE_OF.search(text[:start])
    return line is not None and fold_str(line["who"]) not in {"me", "moi", "i", "je"} \
        and _INVITES.match(line["said"]) is not None and _A_CHAT.search(text) is not None


# What was learnt or made believed, in a clause of its own ("on a appris que l'usine de Saint-Nazaire ferme", "we
# heard that the Leeds office is closing", « j'ai fait croire à Léo que le bureau déménageait à Lille », "I made
# Sam believe that we'd won a trip to Oslo"): news of somewhere else, or somewhere made up.
_LEARNT_OR_FEIGNED = re.compile(
    r"\b(?:(?:appris|apprend\w*|su|entendu(?: dire)?|lu|d[ée]couvert)\s+(?:(?:ce matin|hier|aujourd['’]hui|aussi)\s+)?"
    r"|(?:fait|faire|fais|faisait)\s+croire\s+(?:(?:à|a|au|aux)\s+[\w'’-]+\s+)?"
    r"|(?:learn(?:ed|t|s)?|heard|read|found out|discovered)\s+"
    r"|(?:pretend(?:ed|ing)?|made (?:him|her|them|[\w'’-]+) (?:believe|think)|joked|fooled [\w'’-]+ into thinking)\s+)"
    r"(?:que|qu['’]|that)\s*(?P<rest>.*)$", re.IGNORECASE)


def _in_news_or_make_believe(text: str, start: int, end: int, sentence: str) -> bool:
    """A named place in what was learnt or made believed, the user not in it ("the office" of a prank is where the
    user works; "Roubaix", where the office was said to move)."""
    told = _LEARNT_OR_FEIGNED.search(sentence)
    if told is None or not re.search(r"[A-ZÀ-Ý]", text[start:end]):
        return False
    rest = _rest_of_the_sentence(text, end)
    return not _ME.search(f"{told['rest']} {rest}")


# A thing made, written or sent somewhere, a participle after it ("les lettres de mon grand-père écrites en
# Algérie", "a rug woven in Oaxaca", "photos taken in Lima by my aunt"), or a picture someone else shared (« Léa a
# partagé une vidéo de son chien à Hossegor », "Tom posted a photo from Bali"): the thing's place, not the event's.
_MADE_THERE = re.compile(
    r"(?:(?<![\w'’])(?:les?|la|l['’]|des|ses|sa|son|mes|ma|mon|the|a|an|his|her|their|my|some|[\w-]+['’]s)"
    r"\s+[\w'’-]+"
    r"(?:\s+(?:de|du|des|d['’]|of|from)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+"
    # (Not "photos taken in Biarritz": the user may have taken them there.)
    r"(?:[ée]crite?s?|r[ée]dig[ée]e?s?|envoy[ée]e?s?|post[ée]e?s?|fabriqu[ée]e?s?|faite?s?|achet[ée]e?s?"
    r"|peinte?s?|tiss[ée]e?s?|cousue?s?|written|sent|posted|made|bought|painted|woven|sewn|printed|imprim[ée]e?s?)"
    r"|(?P<shared>\b(?:partag[ée]|envoy[ée]|post[ée]|shared|sent|posted|forwarded|transf[ée]r[ée]))"
    r"\s+(?:(?:me|us|moi)\s+)?"
    r"(?:une?|des|la|le|les|sa|son|ses|a|an|some|the|his|her|their)\s+(?:[\w'’-]+\s+)?"
    r"(?:vid[ée]os?|videos?|photos?|pics?|pictures?|images?|clips?|stor(?:y|ies)|selfies?|reels?)\b"
    # (not past where the user is: "sent the video while I waited on the quay in Rotterdam", "…, im at a rest stop")
    r"(?:(?!\s(?:pendant|while|when|quand|alors|as I|i['’]?m|je suis|j['’][ée]tais|j['’]attend)\b)[^.!?;])*?)"
    r"\s+(?:en|à|a|au|aux|in|at|from|de|d['’]|depuis)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


def _a_things_origin(text: str, start: int, sentence: str) -> bool:
    """The thing's place, unless the user is the one who shared it ("I posted a photo from the top")."""
    made = _MADE_THERE.search(sentence)
    if made is None or not made["shared"]:
        return made is not None
    return not re.search(r"(?<![\w'’])(?:I|we|j['’]ai|on a|nous avons)\s+(?:[\w'’-]+\s+)?$",
                         sentence[:made.start("shared")], re.IGNORECASE)


# A trip called off: "we had to cancel the trip to Kyoto", « on a annulé notre séjour à Rome »: never reached.
_A_TRIP_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:led|ed|ling|ing)?|call(?:ed)? off|annul\w*|renonc\w* (?:à|a|au)|gave up|give up)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:trip|journey|holiday|vacation|visit|flight|voyage|vacances|s[ée]jour|week-?end|vol"
    r"|visite)\s+(?:to|in|à|a|en|au|aux|sur)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# The hour where someone else is: "it's 2am for him in Vancouver", « il est minuit pour elle à Tokyo ».
_THEIR_HOUR = re.compile(r"(?:\b\d{1,2}\s*(?:am|pm|h)\b|\b(?:midnight|minuit|morning|night|matin|nuit|soir))\s+"
                         r"(?:for|pour|chez) (?:him|her|them|lui|elle|eux|elles)\s+(?:in|à|a|en|au)\s*$",
                         re.IGNORECASE)


# A decision told as just taken, its deeds after a colon ("I've decided: I'm joining the swimming group at the
# Ponds", « c'est décidé : je m'inscris au club de Vannes »): ahead.
_DECIDED = re.compile(r"\b(?:I['’]ve|I have|we['’]ve|we have) decided\s*:|\bc['’]est d[ée]cid[ée]\s*:",
                      re.IGNORECASE)


# The other end of a call from a town or a country, a name with no article ("Yanis m'a appelé de Séoul à 3h", "Bean
# FaceTimed from Melbourne", "made gnocchi with me on FaceTime from Bari"): the caller's town, not the user's (round
# 16: also when the memory says nothing of the user, "my uncle rang me from Dublin"); not "I called from Lyon": the
# user's own end.
_CALLED_FROM_AFAR = re.compile(
    # (round 66: who heard the user on the radio, « Josiane m'a écouté depuis Limoges », "Mum tuned in from Leeds")
    r"(?:\b(?:m['’]|nous\s+)(?:(?:a|avait|ont|avaient)\s+)?(?:appel|t[ée]l[ée]phon|[ée]cri|envoy|bip|[ée]cout)\w*"
    r"|(?<!\bI )(?<!\bwe )\b(?:called|phoned|rang|facetimed|skyped|texted|messaged|video-?called|rings|calls"
    r"|listened in|tuned in)"
    r"|\b(?:on|via|over|sur|par|en) (?:facetime|skype|zoom|whatsapp|visio|the phone))"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:de|d['’]|depuis|from"
    # (round 58: "FaceTimed me from the school trip in Paris": the trip's town, the caller's end)
    r"|(?:from|depuis)\s+(?:the|her|his|their|son|sa|leur|la|le|l['’])\s*(?:[\w'’-]+\s+){1,3}?(?:in|à|a|en|au)"
    # (round 65: "fireworks on WhatsApp from Owen in Roundhay Park": the sender's end)
    r"|(?:from|de)\s+(?-i:[A-ZÀ-Ý][\w'’-]+)\s+(?:in|at|à|au|en))\s*$",
    re.IGNORECASE)


def _a_faraway_callers_end(text: str, start: int, sentence: str) -> bool:
    if not text[start].isupper():
        return False
    if _VISITED_FROM.search(sentence):
        return True  # "Dilys's son finally visited from Bristol": where the visitor came from, not where they met
    return bool(_CALLED_FROM_AFAR.search(sentence) or _CALLED_AT_HOME_IN.search(sentence))


# Whom the user called at their home in a town ("Called Mari back home in London so she could hear the noise", round
# 58; « appelé maman chez elle à Brest »): their end, whoever calls.
_CALLED_AT_HOME_IN = re.compile(
    r"\b(?:call(?:ed)?|phoned|rang|facetimed|texted|appel\w*|t[ée]l[ée]phon\w*)\s+(?:[\w'’-]+\s+){1,2}?"
    r"(?:back home|at home|à la maison|chez (?:elle|lui|eux|elles))\s+(?:in|à|a|en|au)\s*$", re.IGNORECASE)


# Someone who came to see the user from a town named bare. Not "I came back from Lyon": the user's own trip. (Round
# 66: who drove over for it, « avait fait la route depuis Brest »; what someone brought back, « Fatou m'a ramené de
# Dakar un bissap »: where they came from, not where the memory was.)
_VISITED_FROM = re.compile(r"(?<!\bI )(?<!\bwe )\b(?:visited|came over|came up|came down|flew in|est venue? nous voir"
                           r"|est venue? me voir|(?:driven|drove|flown|flew) (?:over|up|down|in|all the way)"
                           r"|fait (?:la route|le trajet|le voyage)|brought (?:me|us) back|brought back"
                           r"|(?:m['’]|nous\s+)(?:a|avait|ont|avaient)\s+(?:ramen|rapport)[ée]e?s?)"
                           r"\s+(?:[\w'’-]+\s+){0,2}?(?:de|d['’]|depuis|from)\s*$"
                           # (round 73: « Katell est venue exprès de Lorient », « papa, qui venait chaque année depuis
                           # Castillon », "Aunt Jo came all the way from Leeds"; not « on est venus de Lyon », nor
                           # « est venue au concert de Lyon »: what comes between says how, not where)
                           r"|(?<!\bon )(?<!\bI )(?<!\bwe )"
                           r"(?:(?:est|sont|[ée]tait|[ée]taient)\s+venue?s?|venai(?:t|ent)|came|used to come)"
                           # (round 74: how, « Samir est venu à vélo depuis Saint-Denis », "came by train from")
                           r"\s+(?:(?:(?:à|a|en)\s+(?:v[ée]lo|pied|train|voiture|bus|car|moto|scooter|stop|avion|bateau"
                           r"|trottinette)|by\s+(?:bike|car|train|bus|coach|boat|plane|ferry)|on foot)\s+)?"
                           r"(?:(?!(?:au|aux|à|a|chez|dans|en|to|at|in|the|le|la|les)\s)[\w'’-]+\s+){0,2}?"
                           r"(?:de|d['’]|depuis|from)\s*$",
                           re.IGNORECASE)


# A place with a month after it, in a clause told in the present or with no verb, or after "pour aller" ("Léonie
# déménage à Montréal en juin", « Mariage à Biarritz en septembre », "posé mes congés pour aller voir Ophélie à
# Montréal en février", "Hope is moving to Lisbon in March"): a move, a wedding, a trip to come, not where the
# memory happened. (Not "we went to Rome in March": told in the past, where one was.)
_A_MONTH = r"\b(?:en|in|debut|fin|mi-|early|late|mid-?)\s*(?P<month>" + "|".join(MONTHS) + r")\b"  # (folded text)
_A_MONTH_AFTER = re.compile(r"^[^,;:.!?\n]{0,25}?" + _A_MONTH, re.IGNORECASE)
_TO_GO = re.compile(r"\b(?:pour|afin de) (?:aller|partir|rejoindre|retrouver|voir|rendre visite)"
                    r"|\b(?:to|so (?:I|we) can) (?:go|fly|visit|see|join|travel)\b", re.IGNORECASE)


def _ahead_by_its_month(text: str, start: int, end: int, sentence: str) -> bool:
    if not _A_MONTH_AFTER.match(fold_str(text[end:])):
        return False
    clause = sentence.rsplit(",", 1)[-1] + re.split(r"[.!?;,\n]", text[start:])[0]
    return bool(_TO_GO.search(sentence)) or not told_in_the_past(clause)


# A month said right after the place, one to five months after the day it was written (any other month for a trip
# prepared, round 57: "his state ID for the trip to Doha in June" written in September) ("Booked my first stall for the
# Brighton Open Houses in June!" written in February, « j'exposais à Dieulefit en août » written in May): an event to
# come, whatever tense books it (round 39; "Rome in March" written in May is the March just past). Closer than
# _A_MONTH_AFTER, and not across a new clause (« …machine à café qu'elle quitte la boîte en septembre »).
_A_MONTH_RIGHT_AFTER = re.compile(r"^(?!.{0,12}\b(?:qu|que|qui|that|who|which|when|quand|where|ou)\b)"
                                  r"[^,;:.!?\n]{0,12}?" + _A_MONTH, re.IGNORECASE)


def _in_a_month_to_come(text: str, start: int, end: int, day: date) -> bool:
    m = _A_MONTH_RIGHT_AFTER.match(fold_str(text[end:]))
    if m is None:
        return False
    ahead = 11 if _A_TRIP_TO.search(text[max(0, start - 50):start]) else 5
    return 1 <= (MONTHS[m["month"].lower()] - day.month) % 12 <= ahead


# (what is done for the trip: "Our trip to Oslo in August" alone may be the one just back from)
_A_TRIP_TO = re.compile(r"\b(?:for|pour)\s+(?:the|our|his|her|their|my|a|le|la|l['’]|notre|son|sa|leur|mon|ma)\s*"
                        r"(?:[\w-]+\s+)?(?:trip|flight|voyage|vol|s[ée]jour|holiday|vacances)s?\s+"
                        r"(?:to|à|a|en|au|aux|pour)(?:\s+(?:the|la|le|les)|\s+l['’])?\s*$", re.IGNORECASE)


# What the memory's own doings, somewhere it names first, prepare for a day still ahead (round 52: « Réunion ce soir
# chez Martine pour organiser la collecte de samedi au Super U de Craponne », "Planning meeting tonight at Denise's
# kitchen table for Saturday's drive at the Safeway on Division"): the venue of what is prepared, not where the
# preparing was.
_FOR_WHAT_IS_AHEAD = re.compile(r"\b(?:pour|for)\s+[^,;:.!?\n]{0,60}$", re.IGNORECASE)
_SOMEWHERE_BEFORE = re.compile(r"\b(?:at|chez|au|aux|à|a|dans)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?"
                               r"(?:[\w-]+['’]s?\s+)?\w")


def _prepared_for_a_day_ahead(text: str, start: int, end: int, day: date) -> bool:
    purpose = _FOR_WHAT_IS_AHEAD.search(text[:start])
    if purpose is None or not _SOMEWHERE_BEFORE.search(text[:purpose.start()]):
        return False
    last = end + len(re.split(r"[,;:.!?\n]", text[end:])[0])
    # (a weekday is the coming one where nothing is told done, or where it names what is prepared: « la liste des
    # courses pour le dîner de samedi », "for Saturday's drive"; not « Maman a chanté… pour la fête de l'EHPAD jeudi »,
    # nor « on a joué pour le marché de Noël », held weeks before the feast)
    done = _told_done(re.split(r"[.!?;\n]", text[:start])[-1])
    return any(purpose.start() <= f.span[0] < last and (
        f.time.start is not None and f.time.start > day
        or f.coming is not None and f.coming[0] > day and not (done and held_before_its_feast(text, f))
        and (not done or _OF_THE_DAY.search(text[:f.span[0]]) or text.startswith(("'s", "’s"), f.span[1])))
        for f in find_times(text, day))


_OF_THE_DAY = re.compile(r"\b(?:de|du|d['’])\s*$", re.IGNORECASE)


# A game played, won or lost in French: « jouer au Monopoly », « il a encore gagné au Carcassonne » — a town takes
# « à » (« au Mans »: the article is the town's own, "Le Mans").
_PLAYED_AT = re.compile(r"\b(?:jou(?:e|er|é|ée|és|ait|aient|ons|ez|ent)|gagn\w*|perd(?:u|ue|us|ait|re|s|ons)?|trich\w*"
                        r"|battue?s?|une partie)\s+(?:(?:encore|toujours|aussi|d[ée]j[àa]|enfin|souvent)\s+)?(?:au|aux)\s*$",
                        re.IGNORECASE)


def _a_game(text: str, start: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_PLAYED_AT.search(sentence))


# Somewhere nearly reached, by someone or something: "the wind nearly took her hat to France", « on a failli finir à
# Calais »: what did not happen.
_NEARLY = re.compile(r"\b(?:nearly|almost|failli|faillit|manqué de|presque)\b[^,;]*\b(?:to|into|à|a|au|aux|en|"
                     r"jusqu['’]à|jusqu['’]au)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)


# Where a drive turned back: « on est allées jusqu'à Mâcon et retour », "we went up as far as Luton and back": the way
# was the place, not its far end.
_AS_FAR_AS = re.compile(r"\b(?:jusqu['’](?:à|a|au|aux)|as far as|all the way to)\s*(?:the\s+|la\s+|le\s+|l['’])?$",
                        re.IGNORECASE)
_AND_BACK = re.compile(r"\s*(?:et retour|aller-retour|and back|then back|et on est rentr)", re.IGNORECASE)


def _a_turning_point(text: str, end: int, sentence: str) -> bool:
    return bool(_AS_FAR_AS.search(sentence)) and _AND_BACK.match(text, end) is not None


# Someone else's words in quotation marks, a message from them ("Text from Dallas: 'landed in Reno, call u when
# im at the hotel'", « SMS de Jade : "je suis à Brest" »): the place is theirs. Not a caption of the user's own.
_MESSAGE_FROM = re.compile(r"\b(?:text|message|sms|texto|mail|email|e-mail|note|voicemail|vocal|letter|lettre|carte)"
                           r"\s+(?:from|de|d['’])\s*(?-i:[A-ZÀ-Ý][\w-]+)|(?-i:[A-ZÀ-Ý][\w-]+)\s+"
                           r"(?:wrote|texted|écrit|a écrit|m['’]a écrit)", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"[«“\"]|(?<![\w])['‘]")


def _in_someone_elses_quoted_words(text: str, start: int) -> bool:
    before = text[:start]
    opened = list(_QUOTE_OPEN.finditer(before))
    if not opened:
        return False
    quote = opened[-1]
    if quote.group() in "'\"" and sum(q.group() == quote.group() for q in opened) % 2 == 0:
        return False  # "'Dad, baby said boat!!' I read it on the quay": that mark closed the quote
    closing = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’"}[quote.group()]
    closed = re.search(re.escape(closing) + r"(?!\w)", before[quote.end():])
    if closed is not None or _TO_YOU.search(before[quote.end():]):
        return False  # « jtai attendu 1h au Flunch », "saw you at the market": where the user was, or was awaited
    return bool(_MESSAGE_FROM.search(before[max(0, quote.start() - 60):quote.start()]))


# The user as what the sender did something to, in their words: « je t'ai attendu », « jtai vu », "I saw you".
_TO_YOU = re.compile(r"(?<![\w'’])(?:j?t['’]?(?:ai|avais|attend\w*)|te|jte)(?![\w'’])"
                     r"|\b(?:saw|seen|met|waited for|missed|see|meet|looking for) (?:you|u|ya)\b", re.IGNORECASE)


# A promise, an offer, a wish or a duty still ahead, governing the rest of its clause ("on s'était juré de faire le
# Japon", "Rémi m'a proposé de partir avec lui à Berlin", "il faudra que je retourne à Tlemcen", "we swore we'd hike
# the Camino", "I need to go back to Accra"): a place of what is to be done, not of what was. (Not "had to":
# a duty done; not an invitation, often taken up.)
_INTENDED = re.compile(
    r"(?:\b(?:jur[ée]e?s?|promis|propos[ée]e?s?|sugg[ée]r[ée]e?s?|conseill[ée]e?s?) (?:de|d['’])"
    r"|\b(?:il )?(?:faudra|faudrait|faut) (?:que|qu['’])|\b(?:envie|besoin) (?:de|d['’])|\b(?:aimerai[st]|aimerions"
    r"|voudrai[st]|voudrions|devrai[st]?|devrons|devrions) "
    r"|\b(?:accept[ée]e?s?|acceptent|accepte|consenti) (?:de|d['’])"  # an agreement to do: still ahead
    r"|\b(?:swore|sworn|promised|vowed|pledged|suggested|agreed|agrees|accepted|accepts"
    # an offer made, still to take up (round 50: "Hal's offered to take Gran to the Sewerby Hall gardens")
    r"|offered|offers|offering)"
    r"(?: (?:me|us|him|her|them|(?-i:[A-Z][\w-]+)))? (?:to|that|we|we['’]d|I['’]d|we would|I would)\s"
    r"|\bproposed (?:that|we|going)\s"  # not "proposed to Jen": a marriage proposal, where it was
    r"|\b(?:need|needs|have|has|ought) to |\bgotta |\b(?:would|['’]d) (?:love|like) to "
    r"|\b(?:should|must)(?! (?:have|['’]ve)\b) "
    # What one is ready for or will be able to do: "ready to take the job in Leeds", "so I can work on the site"
    r"|\bready to |\bpr[êe]te?s? (?:à|a) |\bso (?:that )?(?:I|we) can |\b(?:pour|afin de) pouvoir "
    # A wish or a hope, the user's or someone else's: "Wish I could spend the half-term in Lisbon", "she's hoping for
    # a water birth at the Portland", « j'espère qu'on ira à Porto », "if only we lived in Bath".
    r"|\bwish(?:es|ing)? (?=(?:I|we|to|for|that|it|they|he|she|you)\b)"
    r"|\b(?-i:[Hh]oping|[Hh]opes|hope) (?=(?:for|to|that|we|I|she|he|they|you|it)\b)"
    r"|\besp[èée]r\w* (?=(?:que|qu['’]|pouvoir|aller|partir|y aller)\b)|\b(?:si seulement|if only)\b"
    # What someone wants: « il veut tout plaquer pour ouvrir une librairie à Nantes », "she wants to retire to Devon"
    r"|\b(?:veu[tx]|veulent)\s+(?!dire\b|[»”\"])|\bwants? to\s)"  # "should have seen us at…": a past
    # (its place may follow a comma: « il veut m'attendre au 35e kilomètre, dans le bois de Boulogne », round 50; « Il
    # veut que je vienne voir toutes les autres à ses 85 ans, à Chazelles », round 52)
    r"(?P<rest>[^,;:]*(?:,\s*(?:dans|au|aux|à|en|chez|près|in|at|to|near)\s[^,;:]*)?)$", re.IGNORECASE)
# « il faut que je te raconte la soirée chez Paul », "I have to say, Montmartre…": what follows is told, not planned.
_TELLING = re.compile(r"^\s*(?:(?:je|j['’]|I|you|we|on)\s+)?(?:(?:te|vous|t['’])\s+)?"
                      r"(?:racont|dis|dise|parl|avou|say|tell|admit|confess|mention|thank|remerci)", re.IGNORECASE)


def _intended(sentence: str) -> bool:
    intended = _INTENDED.search(sentence)
    return intended is not None and not _TELLING.match(intended["rest"])


# The other side of a match: "l'OM a perdu contre Lens", "we lost against Leeds", "face à Brest": a team named
# after its town, not where it was played.
_AGAINST = re.compile(r"\b(?:contre|against|versus|vs\.?|face (?:à|a|au))\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?$",
                      re.IGNORECASE)


# A fixture by its two teams, the place the second (round 68: « Soirée au Groupama Stadium avec Kofi pour
# OL–Marseille », "watched Celtic-Roma at the pub"); not a route ("train Paris-Bordeaux").
_A_FIXTURE = re.compile(r"\b(?:match|pour|derby|finale|game|watch\w*|regard\w*|vu|voir|see|saw|for)\s+"
                        r"(?-i:[A-ZÀ-Ý][\w'’.]*)\s*[–-]\s*$", re.IGNORECASE)


def _an_opponent(text: str, start: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_AGAINST.search(sentence) or _A_FIXTURE.search(sentence))


# A team, named by its club or its town: what a match is "of" (« match du Stade Rennais », "the game of the
# Leeds Rhinos"), or who wins, loses or plays ("watched the Jets lose", « l'OM a gagné »). The place of a match is
# where it was played, which a preposition says ("at Anfield", « au Vélodrome »).
# (Not "a fan of the Lake District": one may love a place.)
_MATCH_OF = re.compile(r"\b(?:match(?:es|s)?|rencontre|derby|game|supporters?)\s+(?:du|de la|de l['’]|des|de|d['’]"
                       r"|of the|of)\s*(?:the\s+)?$", re.IGNORECASE)
# (Its club's word between: "Ashford Town lost", "Leeds United won", « Stade Rennais a gagné ».)
_PLAYED = re.compile(r"^(?:\s+(?-i:Town|City|United|Rovers|Athletic|Wanderers|Albion|County|Rangers|FC|AFC|Hotspur"
                     r"|Villa|Forest))?"
                     r"\s+(?:(?:a|ont|avait|avaient)\s+)?(?:lose|lost|losing|loses|win|won|wins|winning|beat|beats"
                     r"|beating|play|played|plays|playing|score|scored|draw|drew|perd|perdre|perdu|gagn[ée]|gagne"
                     r"|gagner|battu|bat|jou[ée]|joue|marqu[ée])\b"
                     # (not a ward that lost a patient: "Bay 4 lost Mr Hughes at 3am", round 62; nor music played, "a
                     # busker on the Murraygate play a song", round 79)
                     r"(?!\s+(?:(?-i:Mr|Mrs|Ms|Miss|Dr|M\.|Mme)\b|(?:a|another|our|his|her|their|my)\s+patient"
                     r"|(?:(?:a|an|the|some|his|her|their|our|my)\s+)?(?:songs?|tunes?|music|piano|guitar|fiddle"
                     r"|violin|hymns?|tracks?|records?|lullab(?:y|ies))\b))",
                     re.IGNORECASE)


def _a_team(text: str, start: int, end: int, sentence: str) -> bool:
    return text[start].isupper() and bool(_MATCH_OF.search(sentence) or _PLAYED.match(text[end:]))


# What a listing offers ("les annonces de maisons en Ardèche", "browsed flat listings in Lisbon", "job offers in
# Dubai"): the place of what is offered, not of the one reading it (nor "the brochures at the library": where
# they were).
_LISTED = re.compile(r"\b(?:annonces?|listings?|ads|adverts?|advertisements?|offres? d['’](?:emploi|achat)|job offers"
                     r"|postings?|brochures?"
                     r"|catalogues?)\b(?:\s+[\w'’-]+){0,4}?\s+(?:en|à|a|in|near|around)"
                     r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)
# What is for sale or to let there, not visited (round 73: « une annonce Leboncoin : une ferme de lavande à vendre à
# Puimoisson », "looking at a farmhouse for sale near Le Cheylard"; not « on a visité un local à vendre à Montbard »).
_FOR_SALE = re.compile(r"(?<!\w)(?:à vendre|à louer|for sale|to let|for rent)\s+(?:en|à|a|in|near|around)\s*"
                       r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
                       re.IGNORECASE)
_VISITED = re.compile(r"\b(?:visit\w*|viewed|viewing|saw|seen|went|vu|all[ée]e?s?)\b", re.IGNORECASE)


def _for_sale_unvisited(sentence: str) -> bool:
    return bool(_FOR_SALE.search(sentence)) and not _VISITED.search(sentence)


# A route by its two ends ("train Paris-Bordeaux", "the Leeds–York bus") that was cancelled or missed: the user
# never reached its end.
_VEHICLE = r"(?:trains?|tgv|ter|vols?|flights?|bus|cars?|coach|ferry|ligne|line)\b"
_ROUTE_BY_ITS_ENDS = re.compile(rf"(?:\b{_VEHICLE}\s+)?(?-i:[A-ZÀ-Ý][\w'’]*)\s*[-–]\s*$", re.IGNORECASE)
_VEHICLE_BEFORE = re.compile(rf"\b{_VEHICLE}(?:\s+[\w'’]+){{0,2}}?\s+(?-i:[A-ZÀ-Ý][\w'’]*)\s*[-–]\s*$", re.IGNORECASE)
_VEHICLE_AFTER = re.compile(rf"\s+{_VEHICLE}", re.IGNORECASE)
# Given up, or stopped on the way ("le bus Paris-Bordeaux est tombé en panne vers Poitiers", "the Leeds-York train
# broke down at Selby"): its end not reached.
_GIVEN_UP = re.compile(r"\b(?:annul[ée]e?s?|supprim[ée]e?s?|rat[ée]e?s?|manqu[ée]e?s?|cancell?ed|missed|scrapped"
                       r"|en panne|broke down|broken down|breakdown|immobilis[ée]e?s?|stranded|d[ée]rout[ée]e?s?"
                       r"|diverted)\b", re.IGNORECASE)


def _a_route_given_up(text: str, start: int, sentence: str) -> bool:
    """The second of two names joined by a dash, a vehicle's before or after them ("vol Lyon-Porto", "the
    Leeds-York train"), in a sentence that says the trip was cancelled or missed."""
    rest = re.split(r"[.!?;\n]", text[start:])[0]
    after = re.match(r"[\w'’]+", rest)
    route = _VEHICLE_BEFORE.search(sentence) or _ROUTE_BY_ITS_ENDS.search(sentence) and after is not None \
        and _VEHICLE_AFTER.match(rest, after.end())
    return bool(route) and bool(_GIVEN_UP.search(sentence + rest))


# A call with someone who is somewhere ("Video call with Nkechi in Lagos", « appel visio avec Malik à Montréal »,
# "Called Mum at the hospital"): the place is theirs; where the user was, a call does not say ("from": the user's end).
_CALL_WITH = re.compile(
    r"\b(?:(?:video|phone|zoom|skype|facetime)[- ]?calls?|calls?|facetime|skype|zoom|visio|appels?(?: vid[ée]o)?"
    r"|coup de fil|(?:called|phoned|rang|facetimed|skyped|video-?called|appel[ée]e?s?|t[ée]l[ée]phon[ée]e?s?)\b)"
    r"(?:\s+(?:with|avec|à|a))?\s+"
    r"(?:(?:my|ma|mon|mes)\s+[\w-]+|(?-i:[A-ZÀ-Ý][\w-]+)(?:\s+(?:et|and|&)\s+(?-i:[A-ZÀ-Ý][\w-]+)"
    # "Tata Fatou au Sénégal", "Uncle Kofi Mensah in Kumasi": a title or a kin word, then the name
    r"|(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){1,2})?)"
    r"\s+(?:in|at|à|a|au|aux|en|dans)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


def _the_other_end_of_a_call(sentence: str) -> bool:
    call = _CALL_WITH.search(sentence)
    return call is not None and not _NAMED_SO.search(sentence[:call.start()] + call.group().split()[0])


# "called" naming what it follows, no call: "met a puppy called Biscuit in the park", « un chiot appelé Filou »
# (round 61).
_NAMED_SO = re.compile(r"\b(?:a|an|the|some|this|that|un|une|le|la|ce|cette)\s+(?:[\w'’-]+\s+)?"
                       # (not « Ce soir j'ai appelé Tata Fatou au Sénégal »: a call)
                       r"(?!(?:ai|a|as|avons|avez|ont|avait|avais|[jmtl]['’]ai|[mtl]['’]a|have|has|had|i|we)\s)"
                       r"[\w'’-]+\s+(?:called|appel[ée]e?)$", re.IGNORECASE)


# Seen on a screen: "watched someone propose on the Eiffel Tower live on TV", « vu à la télé un mariage à Venise »:
# what was watched, between the verb and the screen or after a screen said at once, is the picture's place.
_WATCHED = re.compile(r"\b(?:watch(?:ed|ing)?|saw|seen|vu|regard[ée]e?s?|regardais|regardait)\b", re.IGNORECASE)
_SCREEN = re.compile(r"\b(?:on (?:tv|the telly|television|the news|youtube|netflix|tiktok|instagram|a stream)"
                     r"|(?:à|a) la (?:t[ée]l[ée]|t[ée]l[ée]vision|radio)|aux infos|au (?:journal|jt)"
                     r"|sur (?:youtube|netflix|tiktok|instagram|internet)"
                     # (round 48: « sur la télé commune », "on the big screen in the ward")
                     r"|sur (?:la|une|ma|notre|leur|sa) (?:t[ée]l[ée]|t[ée]l[ée]vision)"
                     r"|on (?:the|a|my|our) (?:big )?screen"
                     # (round 58: "watching Ty's hockey tournament in Guelph on the livestream")
                     r"|on (?:the|a|his|her|my|their) (?:live-?stream|stream|webcast)|on (?:a )?live-?stream"
                     r"|en (?:streaming|live)|sur (?:le|un) (?:live|stream|direct)"
                     # a channel by its name (round 59: « les Mondiaux de Tokyo sur France 2 », "on the BBC")
                     r"|sur (?:tf1|france ?[2345]|france t[ée]l[ée]visions|arte|m6|canal\+|bfm(?:tv)?|lci|la une|rts"
                     r"|rtbf|l['’][ée]quipe|france info|beinsport|bein sports)"
                     r"|on (?:the )?(?:bbc(?: one| two| ?[1234])?|itv ?[1234]?|channel (?:4|5|four|five)|sky sports"
                     r"|eurosport|iplayer|cbeebies|cbbc|s4c|rt[ée]|espn|nbc|cbs|abc|pbs|cnn))\b", re.IGNORECASE)
# A screen that shows it: "The telly in the bay had the Chelsea Flower Show on", « la télé passait Roland-Garros ».
_A_SCREEN_SHOWING = re.compile(r"\b(?:tv|telly|television|t[ée]l[ée]|t[ée]l[ée]vision|screen|[ée]cran)\b[^.!?;]{0,30}?"
                               r"\b(?:had|showed|was showing|played|passait|montrait|diffusait|affichait)\s+"
                               r"(?:(?:the|le|la|les|l['’])\s*)?$", re.IGNORECASE)


# Where one watches a screen: someone's home, a pub, a café, a cinema ("watched the final at Tom's on TV").
_WHERE_ONE_WATCHES = re.compile(r"['’]s?\b|^chez\b|\b(?:home|house|maison|pub|bar|caf[ée]|cin[ée]ma|cinema|salon"
                                r"|living room|lounge|sofa|couch|canap[ée]|flat|appart\w*)\b", re.IGNORECASE)


def _on_a_screen(text: str, start: int, end: int, sentence: str) -> bool:
    if _WHERE_ONE_WATCHES.search(text[start:end]):
        return False
    if _A_SCREEN_SHOWING.search(text[max(0, start - 60):start]):
        return True
    watched = _WATCHED.search(sentence)
    if watched is None:
        return False
    rest = re.split(r"[.!?;\n]", text[start:])[0]
    seen_after = _SCREEN.search(rest)
    said_first = _SCREEN.match(sentence[watched.end():].lstrip())
    return bool(seen_after and not re.search(r"[,;]", rest[:seen_after.start()]) or said_first)


def _still_on_the_screen(text: str, start: int, end: int) -> bool:
    """The sentence after one that watched something on a screen ("Watched the Tour on S4C with Roger on the phone.
    The stage finished on the Puy de Dôme", « Regardé Le Cévenol à la télé… Odile s'est endormie avant le viaduc de
    Chapeauroux »), in a clause where neither the user nor "we" does anything: the picture's place still."""
    before = re.split(r"[.!?\n]", text[:start])
    if len(before) < 2 or _WHERE_ONE_WATCHES.search(text[start:end]):
        return False
    clause = re.split(r"[,;:]", before[-1])[-1] + re.split(r"[.!?,;:\n]", text[start:])[0]
    if _I_OR_WE.search(clause):
        return False
    watched = _WATCHED.search(before[-2])
    return watched is not None and _SCREEN.search(before[-2], watched.end()) is not None


_I_OR_WE = re.compile(r"(?<![\w'’])(?:je|j['’]|moi|nous|i|we|me|us|my|our|mon|ma|mes)(?![\w'’])"
                      r"|\bon\s+(?:a|avait|est|[ée]tait|s['’]|se|y|en|va|allait|ne|n['’])(?![\w'’])",
                      re.IGNORECASE)  # (« on a ri »: we; "on the Puy de Dôme": no one)


# The other end of a call ("Papa m'a appelé depuis l'hôpital de Rennes", "Mum rang me from the ward"), even with a
# word between (« m'a appelée en visio depuis Montréal »). Not "I called from the hotel": the user's own end.
_CALL_FROM = re.compile(
    r"(?:\b(?:m['’]|nous\s+)(?:a|avait|ont|avaient)\s+(?:appel|t[ée]l[ée]phon|[ée]crit|envoy|bip)\w*"
    r"|(?<!\bI )(?<!\bwe )\b(?:called|phoned|rang|facetimed|texted|messaged|video-?called)\s+(?:me|us))"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:de|d['’]|du|depuis|from)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)
# A call with someone from a place ("Visio avec Ophélie depuis Montréal"): their end, as a call from them is.
_CALL_WITH_FROM = re.compile(
    r"\b(?:(?:video|phone|zoom|skype|facetime)[- ]?calls?|calls?|facetime|skype|zoom|visio|appels?(?: vid[ée]o)?)"
    r"\s+(?:with|avec)\s+(?:[\w'’-]+\s+){1,3}?(?:de|d['’]|depuis|from)\s*"
    # (round 65: "Video call with Tom from his new flat in Manchester")
    r"(?:(?:his|her|their|son|sa|ses|leur)\s*(?:[\w'’-]+\s+){0,3}?(?:in|at|à|a|en|au|dans)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?)?$", re.IGNORECASE)
# Someone who calls the user from a place, told in the present ("Dounia m'appelle tous les soirs de Dakar", "Mum
# rings me from Cork every Sunday"): where they live, not where the user is.
_CALLS_FROM = re.compile(
    r"(?:\b(?:m['’]|me\s+|nous\s+)(?:appelle|appellent|t[ée]l[ée]phone|t[ée]l[ée]phonent|[ée]crit|[ée]crivent)"
    r"|\b(?:calls|rings|phones|texts|facetimes|video-?calls)\s+(?:me|us))"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:de|d['’]|depuis|from)\s*$", re.IGNORECASE)


# A call by its caller: « Appel de Chloé depuis Montréal », "Call from Mum from Leeds" (round 59: a caller of up to five
# words, « Coup de fil de la Ruche qui dit Oui de Montélimar »).
_CALL_OF_FROM = re.compile(
    r"\b(?:appels?(?: vid[ée]o)?|coup de fil|visio|facetime|(?:phone |video )?calls?)\s+(?:de|d['’]|from)\s*"
    r"(?:[\w'’-]+\s+){1,5}?(?:de|d['’]|depuis|from)\s*$", re.IGNORECASE)


def _a_callers_end(text: str, start: int, sentence: str) -> bool:
    """The town or the room someone calls the user from is theirs: the memory is the call, which the user took
    wherever they were (round 16: the blind sets never take the caller's end for the user's place, whether or not
    the memory says where the user was). Not "a call with Dev from my car": the user's own end (round 51)."""
    if MY_OWN_AHEAD.match(text, start):
        return False
    return bool(_CALLS_FROM.search(sentence) or _CALL_FROM.search(sentence) or _CALL_WITH_FROM.search(sentence)
                or _CALL_OF_FROM.search(sentence))


# A dream told: the rest of its sentence is the dream's ("mon cauchemar de cette nuit : je perdais mes dents dans
# un ascenseur", "I dreamt I was lost in a hospital"). Not a dream come true, a dream job or house.
_DREAM = re.compile(
    r"\b(?:cauchemars?|nightmares?|(?:j['’]ai|i|we|on a|nous avons) (?:r[êe]v[ée]|dreamt|dreamed|had a dream)"
    # (written small: "the Dream on the bandstand", "the Dream Slot" are a play's, a slot's name, round 59)
    r"|(?:mon|un|une|ce|le|my|a|an|this|the|last night['’]s) (?:(?!dream)[a-z]+ )?(?-i:r[êe]ve|dream)"
    r"(?! (?:job|house|home|trip|holiday|come|r[ée]alis|devenu|de voyage)))\b",
    re.IGNORECASE)


# A diary's "Dreamt I was back in Lagos": the verb alone, in the place's clause.
_DREAMT = re.compile(r"(?<![\w'’])(?:dreamt|dreamed|r[êe]vée?s?)(?! (?:of|about|de|d['’]))\b", re.IGNORECASE)


def _in_a_dream(sentence: str) -> bool:
    return bool(_DREAM.search(sentence) or _DREAMT.search(sentence.rsplit(",", 1)[-1]))


# What a picture, a puzzle, a model, a book or a film shows: "le puzzle de 2000 pièces de la tour Eiffel", "a
# poster of the Golden Gate", "a documentary about Iceland". (Photos: the user may have taken them there.)
_DEPICTED = re.compile(
    r"\b(?:puzzles?|jigsaws?|posters?|affiches?|tableaux?|paintings?|peintures?|dessins?|drawings?|maquettes?"
    r"|models?|lego|replicas?|r[ée]pliques?|miniatures?|cartes? postales?|postcards?|documentaires?|documentar(?:y|ies)"
    r"|reportages?|books?|livres?|romans?|novels?|guides?|guidebooks?|calendriers?|calendars?|fonds d['’][ée]cran"
    r"|wallpapers?|magnets?|snow ?globes?|boules? à neige|(?<!paw )(?<!hoof )(?<!boot )(?<!tyre )(?<!tire )prints?"
    r"|images?|exposés?|essays?|presentations?|talks?"
    r"|(?P<lecture>lectures?)|conf[ée]rences?|articles?|reports?|rapports?|(?P<quiz>quiz(?:zes)?)|th[èe]ses?|thesis)\b"
    # (round 49: no place between the thing and what it shows, "reports from the top of Beacon Hill", "books in the
    # Little Free Library on Maple Ave", are where they were made or left)
    r"(?:\s+(?!(?:from|at|in|to|à|au|aux|dans|depuis|chez)\b)[\w'’-]+){0,5}?"
    r"\s+(?:(?P<of>of|on|de|du|des|d['’])|about|(?P<sur>sur))\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
    re.IGNORECASE)


def _depicted(text: str, start: int, end: int, sentence: str) -> bool:
    """What a thing shows or is about; after "de", "of", "on", a named place only: « le puzzle de la tour Eiffel »
    shows it, « le puzzle de la salle commune » is the room's own, "my novel on the train" was read there."""
    named = re.search(r"[A-ZÀ-Ý]", text[start:end]) is not None
    if _PAINTED_OF.search(sentence) and named or _PAINTED.search(sentence) and re.match(r"[A-ZÀ-Ý]", text[start:end]):
        return True  # "Painted Big Ben from the hotel balcony": the picture's subject, not where it was painted
    shown = _DEPICTED.search(sentence)
    if shown is not None and (shown["lecture"] and shown["sur"] or shown["quiz"] and shown["of"]):
        shown = None  # « lecture sur le rooftop », a reading there; "the quiz of the Bar de l'Étoile", held there
    return shown is not None and (not shown["of"] or named) or bool(_READ_ABOUT.search(sentence))


# What a wall or a weave shows: « la fresque de la tour Eiffel », "a mural of the Golden Gate" (not "the mural on
# Elm Street": where it is painted; nor « la fresque de l'école », the school's own wall).
_PAINTED_OF = re.compile(r"\b(?:fresques?|murals?|tapisseries?|tapestr(?:y|ies)|mosa[iï]ques?|mosaics?|vitraux|vitrail"
                         r"|stained glass)\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
                         re.IGNORECASE)


# A named subject painted or drawn: "Painted Big Ben", « Aquarelle du Mont-Saint-Michel » (not « une aquarelle du
# parc »: a named one only).
_PAINTED = re.compile(r"\b(?:(?:painted|drew|sketched|peint|dessin[ée]|croqu[ée]|esquiss[ée])\s+"
                      r"|(?:aquarelles?|watercolou?rs?|paintings?|drawings?|sketch(?:es)?|croquis|dessins?|tableaux?"
                      r"|toiles?)\s+(?:of|de|du|des|d['’])\s*)(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# A part of a text read or written about a place: « le passage sur Valparaíso », "the chapter about Kyoto" (not
# "a chapter of it on the train": where it was read).
_READ_ABOUT = re.compile(r"(?:\b(?:passages?|pages?|chapitres?|chapters?|entr(?:y|ies)|lignes|lines)\b"
                         r"(?:\s+[\w'’-]+){0,3}?\s+(?:about|sur)"
                         # read about: "reading about Lyon bouchons in bed"
                         r"|\b(?:read|reads|reading|heard|hearing|learn(?:ed|t|ing)?)\s+(?:up\s+)?about)"
                         r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
                         re.IGNORECASE)

# A plan told in the near future ("Going to celebrate with Tom at Luigi's tonight", « On va fêter ça chez
# Luigi ») — not what "was going to" (undone) or "going to the park" (going) say.
_TO_COME = re.compile(
    r"(?<!\bwas )(?<!\bwere )\b(?:going to|gonna)\s+(?!(?:the|a|an|my|our|his|her|their|bed|be|see how)\b)"
    r"(?-i:[a-z]+)\b[^.!?;]*$"
    r"|\b(?:je vais|on va|nous allons|ils vont|elles vont|tu vas|vous allez)\s+(?:[\w'’]+\s+)?"
    r"(?-i:[a-zéèêî]+(?:er|ir|re))\b[^.!?;]*$"
    # "One of these days I'll drive to Loch Lomond", "we might get a slot in Berlin", « Papa veut que je fasse mon
    # master à Montréal »: a future, a maybe, someone's wish for the user. Not "I'll never forget Étretat".
    r"|\b(?:I['’]ll|we['’]ll|I will|we will|I might|we might|we may|I may)\s+(?!(?:never|always|remember|forget)\b)"
    r"(?-i:[a-z]+)\b[^.!?;]*$"
    r"|\b(?:veu[tx]|veulent|voudrai[st]|voudraient) que (?:je|j['’]|tu|on|nous)\b[^.!?;]*$"
    # where something will be held: « ce sera dans la cour de l'immeuble », "it'll be at the Crown"
    r"|\b(?:ce|ça|ca|it|that) (?:sera|will be)\b[^.!?;]*$|\b(?:it|that)['’]ll be\b[^.!?;]*$", re.IGNORECASE)
# A trip told in the present ("We're flying to Lisbon on Friday", « on part à Lyon »): a plan beside what the memory
# tells done ("Got the visa! We're flying to Lisbon on Friday"); alone, the memory is the plan, its place too.
_TRIP_TO_COME = re.compile(
    r"(?:\b(?:we['’]re|we are|i['’]m|i am)\s+(?:flying|going|heading|driving|leaving|off)|\b(?:je pars|on part"
    r"|nous partons|we leave|we fly))\s+(?:to|for|à|a|en|au|aux|pour)\s*(?:the\s+|la\s+|le\s+|l['’])?$", re.IGNORECASE)


# "Tous les dimanches je vais voir Fernand à l'EHPAD": a habit's present, not a plan.
_HABIT = re.compile(r"\b(?:tous les|toutes les|chaque|every|each|always|toujours|souvent|often|usually|d['’]habitude)\b",
                    re.IGNORECASE)


def _planned(text: str, sentence: str) -> bool:
    if _HABIT.search(sentence):
        return False
    clause = _AN_OPENER.sub("", sentence.rsplit(",", 1)[-1])
    return bool(_TO_COME.search(clause) or _TRIP_TO_COME.search(clause) and _something_done_beside(text, sentence))


# Words that open a story, no plan (« tu vas rire : Erwan m'a demandé… », round 62).
_AN_OPENER = re.compile(r"^.*\b(?:tu vas|vous allez)\s+(?:rire|(?:pas|jamais)\s+(?:me|nous)\s+croire|halluciner"
                        r"|adorer)\s*[:!…]", re.IGNORECASE)


def _something_done_beside(text: str, sentence: str) -> bool:
    others = [s for s in re.split(r"[.!?;\n]", text) if s.strip() and s.strip() not in sentence]
    return any(told_in_the_past(s) for s in others)


# Someone else's whereabouts, told in a clause that is theirs: "depuis que Marion est partie à Berlin", "Her
# great-grandfather fought at Gallipoli", "même Ryad venu de Montréal". Not "Marion et moi sommes parties à
# Berlin", "Mum took me to Leeds" (the user is in it), nor a birth or a move to come ("my niece was born at St
# Mary's", « il déménage à Montréal »): the memory may be that very event.
_SUBJECT = (r"(?:(?:même|meme|even|aussi|also|puis|then)\s+)?"
            r"(?:il|elle|ils|elles|he|she|they"
            r"|(?:my|his|her|their|our|ma|mon|mes|sa|son|ses|notre|nos|leur|leurs)\s+[\w-]+(?:\s+[\w-]+)?"
            r"|(?:(?:tonton|tata|tatie|oncle|tante|uncle|aunt|auntie|cousin|cousine|mamie|papi|papy|grandma|grandpa"
            r"|granny|dr|docteur|madame|monsieur|mr|mrs|ms)\.?\s+)?(?P<name>(?-i:[A-ZÀ-Ý][\w-]+))"
            r"(?:\s+(?:et|and|&)\s+(?-i:[A-ZÀ-Ý][\w-]+))?)")
_WHEREABOUTS = re.compile(
    rf"^\s*{_SUBJECT}(?:['’]s(?=\s+(?:off|away)\b))?\s+"
    r"(?:(?:est|sont|s['’]est|se sont|a|ont|avait|had|has|have|was|were|is|['’]s|just|recently"
    r"|finally|enfin|vient de|venait de)\s+){0,2}"
    # (not a thing installed: « Bastien a enfin installé Planity au salon », round 64)
    r"(?:(?:partie?s?|all[ée]e?s?"
    r"|install[ée]e?s?(?!\s+(?:un|une|des|du|le|la|les|l['’]|a|an|the|some|new)\b|\s+(?-i:[A-ZÀ-Ý]))"
    r"|d[ée]m[ée]nag(?:é|ée|és|ées)(?!\w)|[ée]migr[ée]e?s?|morte?s?"
    r"|d[ée]c[ée]d[ée]e?s?|vit|vivent|vivait|habite|habitent|habitait|travaille|travaillait|bosse|bossent|bossait"
    r"|[ée]tudie|based|moved|left"
    r"|went|gone|flew|relocated|emigrated|fought|served|died|lives|lived|works|worked|studies|studied"
    r"|stationed|living|working|studying|off(?= to\b)"
    # away for a while (round 56: "Malcolm's away at a conference in Harrogate so I ran morning surgery on my own")
    # (after a form of "be": not "my tent blew away at Hardknott Pass")
    r"|(?:(?<=\bis )|(?<=\bwas )|(?<=['’]s )|(?<=\bare )|(?<=\bwere )|(?<=\bbeen ))away(?=\s+(?:at|in|on|for)\b)"
    r"|en d[ée]placement"
    # someone's new post: "My best friend got the job in Seattle", « elle a eu la place de prof à Vannes »
    r"|(?:got|landed|eu|trouv[ée]|d[ée]croch[ée])\s+(?:a|the|his|her|their|un|une|le|la|son|sa|leur)\s+(?:new\s+)?"
    r"(?:job|post|place|poste|boulot|stage|travail|contrat|internship)"
    r")"
    r"\b[^,]*"
    r"|(?:venue?s?|arriv[ée]e?s?|revenue?s?|rentr[ée]e?s?|came|come|flew in|arrived)\s+(?:all the way\s+)?"
    r"(?:de|d['’]|du|depuis|from)\s*(?:the\s+|la\s+|le\s+|l['’])?)$", re.IGNORECASE)
_RESIDENCE = re.compile(r"\b(?:install[ée]e?s?|d[ée]m[ée]nag|[ée]migr|vit|vivent|vivait|habit|travaill|boss|based"
                        r"|[ée]tudie|moved|away|d[ée]placement"
                        r"|relocated|emigrated|lives|lived|works|worked|studies|studied|stationed|living|working|studying"
                        r"|fought|served|died|morte?s?|d[ée]c[ée]d)", re.IGNORECASE)
# What someone did on the memory's day, told with its day (round 49: « Mon oncle est mort cette nuit à l'hôpital de
# Brest », "Maggie went into theatre smiling this morning", "Dad moved into the care home today"): the event itself,
# not where they live (« elle habite à Guéret », "flew in from Manila", "Sophie moved to Berlin today" stay theirs).
_A_DAYS_DEED = re.compile(r"\b(?:died|morte?s?|d[ée]c[ée]d[ée]e?s?|went|gone|all[ée]e?s?|moved in(?:to)?|left"
                          # a day's work, a first one (round 63: "Poppy worked her first day in the shop today")
                          r"|worked (?:her|his|their|a|the) (?:first |last |\w+ )?(?:day|shift|night)"
                          r"|a (?:fait|travaill[ée]) (?:sa|son) (?:premi[èe]re?|derni[èe]re?)"
                          r" (?:journ[ée]e|jour|garde|nuit))\b",
                          re.IGNORECASE)
_THE_DAY = re.compile(rf"\b(?:{_THE_DAYS_WORDS}|this (?:afternoon|evening)|ce midi|cet apres-midi|cette nuit)\b")
# A clause begins after a comma or a word that starts one: "depuis que", "since", "because", "and".
_CLAUSE_START = re.compile(r",|\b(?:que|qu['’]|since|when|because|quand|lorsque|parce que|car|and|et|but|mais"
                           # (round 66: "Dinner with Elena before she flew back to Dublin")
                           r"|while|pendant que|after|apr[eè]s que|now that|maintenant que|before)\b", re.IGNORECASE)
_USER = re.compile(r"(?<![\w'’])(?:moi|je|j['’]|m['’]|me|nous|on|I|we|us|my family|ma famille)(?![\w'’])",
                   re.IGNORECASE)


def _an_ordinary_word(word: str) -> bool:
    """A word of either language, no given name: "Rehearsal moved to the Victoria Hall" is no one's move (round
    52; "Will moved to Leeds" is Will's, « On m'a dit que… » someone's words: no "will" before the past tense)."""
    folded = fold_str(word)
    if word == "Will":
        return False
    return not kin(word) and (folded in FRENCH or folded in ENGLISH or folded != "on" and a_word_and_no_name(word))


def _someone_elses_whereabouts(text: str, sentence: str, end: int) -> bool:
    clause = _CLAUSE_START.split(sentence)[-1]
    told = _WHEREABOUTS.search(clause)
    if told is None or _USER.search(clause) or told["name"] and _an_ordinary_word(told["name"]):
        return False  # "Finally moved to Leeds": the user did
    # Where someone lives stays theirs whatever the user says next ("Sarah moved to Cork and I miss her"); where
    # someone went, the user may have joined ("Julie est allée au marché, je l'ai rejointe").
    rest = _rest_of_the_sentence(text, end)
    if _A_DAYS_DEED.search(told.group()) and _THE_DAY.search(fold_str(f"{sentence} {rest}")):
        return False  # "Uncle Ray died last night at Hartford Hospital": what the memory tells, not a life elsewhere
    if _RESIDENCE.search(told.group()):
        rest = re.split(r"[,]|\b(?:and|et|but|mais|so|donc)\b", rest)[0]
    elif _AT_AN_OUTINGS_PLACE.search(clause):
        return False  # "Mads and Ty went skating at the Loring Park rink": where the outing told of was
    return not _USER.search(rest)


# Where someone's outing or errand took place, not where they went to or came from (round 54: "went dress shopping at
# Kleinfeld", "went back to the Rotary breakfast at the Golden Corral", « est allé chercher Marcel à l'hôpital »).
_AT_AN_OUTINGS_PLACE = re.compile(r"\bat\s+(?:the\s+)?$|\ball[ée]e?s?\s+(?:[\w-]+\s+){0,2}?(?:chercher|voir|faire"
                                  r"|prendre|acheter|r[ée]cup[ée]rer)\b", re.IGNORECASE)


# What someone else says ("My sister says rent in Austin is insane", "Mom called to say she's selling the house on
# Birch Street", « Léa m'a dit que les loyers à Nantes… »): the place is in their words. Not "told me at the pub"
# (where it was said), "said yes at the restaurant", nor "Mum said I was the best at the wedding in Leeds" (the
# user is in it).
_SAYS = re.compile(
    # (Or someone by their role: « le proviseur a annoncé que la piscine municipale fermait », "the landlord says".)
    rf"(?<![\w'’])(?:{_SUBJECT}|(?:le|la|les|l['’]|the)\s*(?-i:[a-zà-ÿ][\w-]+))\s+(?:(?:just|also|a|m['’]a|nous a|m['’]avait)\s+)*"
    r"(?:(?:says|said)(?!\s+(?:yes|no|hi|hello|goodbye|bye|sorry|thanks|grace|a prayer"
    # where or how it was said (round 63: "He said it standing in the poetry section")
    r"|(?:it|so|that) (?:standing|sitting|lying|at|in|on|from|over|while|again|quietly|softly))\b)"
    r"|(?:tells|told|wrote|texted|emailed|messaged)(?: me| us)? (?:that|how|what|where|why)"
    r"|(?:called|rang|phoned|wrote|texted) (?:me |us )?to say"
    r"|(?:dit|racont[ée]|annonc[ée]|[ée]crit|appel[ée]e? pour (?:me |nous )?dire)(?: (?:que|qu['’])))"
    r"(?:\s+(?:that|que|qu['’]|me|us))*\s*(?P<said>.*)$", re.IGNORECASE)
_ONLY_WHERE = re.compile(r"^(?:(?:at|in|on|from|to|à|a|au|aux|en|dans|chez|the|la|le|les|l['’])\s*)*$", re.IGNORECASE)


def _in_what_someone_says(text: str, end: int, sentence: str) -> bool:
    told = _SAYS.search(sentence)
    if told is None or told["name"] and _an_ordinary_word(told["name"]):
        return False
    # Their words and the rest of the sentence: "Tom said the pub in Whitby was closing, so we went one last time".
    said, rest = told["said"], _rest_of_the_sentence(text, end)
    if _SAID_A_THING_AT.match(said):
        return False  # "My son said his first word at nursery": where it was said
    # « il déménage à Montréal », "she's moving to Leeds": a move told, which the memory may be (see _WHEREABOUTS).
    # « Julien m'a dit que Marseille était… »: the place opens what is said.
    opened = re.search(r"\b(?:que|qu['’]|that)\s*$", sentence[:told.start("said")], re.IGNORECASE)
    return (not _ONLY_WHERE.match(said) or opened is not None) and not _ME.search(f"{said} {rest}") \
        and not _A_MOVE.search(said)


_SAID_A_THING_AT = re.compile(r"^(?:his|her|their|its|a|an|the|my|our)\s+(?:[\w'’-]+\s+){0,3}?at\s*(?:the\s+)?$",
                             re.IGNORECASE)
_A_MOVE = re.compile(r"\b(?:d[ée]m[ée]nag\w*|s['’]install\w*|part\w*|mov(?:e|es|ed|ing)|relocat\w*)"
                     r"\s+(?:à|a|en|au|aux|to|in)?\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$", re.IGNORECASE)


# The user in someone's words: "I", "my", « je », « on a » (not the English "on the").
_ME = re.compile(r"(?<![\w'’])(?:moi|je|j['’]|m['’]|me|nous|I|we|us|my|our|mon|ma|mes|notre|nos|on(?= (?:a|est|va|s['’]"
                 r"|se|n['’]|y|en)\b))(?![\w'’])", re.IGNORECASE)


# A place's name inside a team's name, a plural after it or before "de" ("les Loups de Saint-Ouen", "the
# Riverside Rockets"). Not a place's own kind ("Gare de Lyon", "Leeds City Council"), a shop's branch ("Carrefour
# de Villeurbanne"), an event held there ("the Brooklyn Half").
_HELD_THERE = PLACE_NOUNS | frozenset(
    "city council hall airport centre center university universite hopital market marche zoo marathon festival fair"
    " foire carnival carnaval pride week semaine open games jeux expo show salon mairie town village county comte"
    " park parc gardens jardin jardins beach plage lake lac river riviere bay baie valley vallee hill hills mont"
    " island ile bois foret forest castle chateau palace palais abbey abbaye library bibliotheque mosque mosquee"
    " synagogue temple chapel chapelle basilique cathedral cathedrale wall mur".split())
_NAME_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Ý][\w-]+[sx])(?![\w'’-])")
_NAME_BEFORE = re.compile(r"\b(?:les|the)\s+(?-i:[A-ZÀ-Ý][\w-]+[sx])\s+(?:de|du|des|d['’]|of)\s*(?:la\s+|l['’])?$",
                          re.IGNORECASE)


# A street, a gate or a quay named after a town, wherever it runs: « rue de Paris », « porte d'Orléans », « avenue
# de Versailles », "Paris Road".
_A_STREET_OF = re.compile(r"\b(?:rue|avenue|av|boulevard|bd|porte|quai|route|chemin|impasse|all[ée]e|faubourg)"
                          r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])$", re.IGNORECASE)
_A_STREET_AFTER = re.compile(r"\s+(?-i:Road|Street|Avenue|Lane|Way)\b")
# Not a street of the town, said with an article that does not name it: « une petite rue de Bron », « des routes du
# Finistère » (round 51).
_A_STREET_IN = re.compile(r"\b(?:une|des|ces|quelques|petite?s?|grande?s?|vieille?s?|[ée]troite?s?)\s+"
                          r"(?:[\w-]+\s+)?(?:rues?|routes?|chemins?|ruelles?)\s+"
                          r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|d['’])$", re.IGNORECASE)


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    if not text[start].isupper():
        return False
    if _A_STREET_OF.search(text[max(0, start - 30):start]) and not _A_STREET_IN.search(text[max(0, start - 50):start]) \
            or _A_STREET_AFTER.match(text, end):
        return True
    after = _NAME_AFTER.match(text, end)
    if after and fold_str(after.group().strip()) not in _HELD_THERE:
        return True
    before = _NAME_BEFORE.search(text[max(0, start - 40):start])
    if before is None:
        return False
    heads = {fold_str(w) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", before.group())}
    return not heads & _HELD_THERE
