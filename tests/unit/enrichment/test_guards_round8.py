"""Guards, round 8: general causes the ninth blind set showed, each tried on sentences of its own.

Places: a dream's, a picture's or a puzzle's, a talk's subject, where someone else went, lives or came from, a
caller's end while the user was elsewhere, a plan told in the near future, a town inside a team's name, a file's
venue cut down to a city, a venue said "at the" replaced by another: not where it happened.
Times: a file's date kept as it is stays clean though the memory writes out another year for something it tells;
the file's words kept over other days, or its date moved to the year of a story someone told, are flagged;
"comme si c'était hier" dates nothing; a vague time in the memory's own words, undated, is no invention; a French
diary sentence opening on a participle (« Vu le dentiste ») is told in the past.
Persons: an animal (by its words or by what it does), a show, a star, a song, a work's author, what a story is about,
a title or a name given to a thing are no one; a title before a name or a name after a role is someone; a ticket's
end is a town; a relative by marriage told through another ("my sister and her husband") is someone.
Her voice: a narrator's tag with her name is the third person; her accepted name told as a word is not; "je suis
désolée" is hers; "I'm just autocomplete", "I, the autocomplete," rename her; a short note is read by its words.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import FlagKind, Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.names import told_in_the_past_fr
from liblitz_app.memory import EventTime, MemoryFields

DAY = date(2026, 4, 20)
PLACE = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}
TIME = {FlagKind.TIME_CHANGED, FlagKind.TIME_INVENTED}


def kinds(original: str, place: str = "", time: EventTime | None = None, persons: tuple[str, ...] = (),
          known: MemoryFields | None = None) -> set[FlagKind]:
    fields = MemoryFields(persons=persons, place=place, time=time or EventTime())
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(), WhoIsWho(), known)}


# --- places the memory names, not where it happened ------------------------------------------------------

@pytest.mark.parametrize("original, place", [
    ("Réveillée en sueur : dans mon rêve, je courais sans fin dans une gare vide.", "une gare vide"),
    ("Weird nightmare last night, I was trapped in a lighthouse with my old maths teacher.", "a lighthouse"),
    ("Accroché enfin au salon le grand poster du pont de Brooklyn que m'a offert Nour.", "pont de Brooklyn"),
    ("Finished the 1000-piece jigsaw of Neuschwanstein with Grandpa, took us all winter.", "Neuschwanstein"),
    ("Depuis que Clotilde s'est installée à Lisbonne, la maison est bien calme.", "Lisbonne"),
    ("Ever since Dev moved to Singapore the Sunday calls feel shorter.", "Singapore"),
    ("Grand repas de Pâques, même tonton Gérard venu de Dakar pour l'occasion.", "Dakar"),
    ("Got the job offer! Going to celebrate with Ana at Marcello's on Friday.", "Marcello's"),
    ("Ma fille a eu son permis ! On va fêter ça au Grand Café demain soir.", "Grand Café"),
    ("Our under-12s, the Hartley Hornets, won the cup on penalties.", "Hartley"),
    ("Les Canaris de Montbrison ont perdu en finale, les gamins étaient dépités.", "Montbrison"),
    ("Maman m'a téléphoné depuis la clinique de Vannes ; moi j'étais bloquée au bureau.", "clinique de Vannes"),
    ("My brother rang me from the airport in Lagos while I was stuck in a meeting.", "airport in Lagos"),
    ("Dreamt I was back in Kampala with Grandma, woke up crying.", "Kampala"),
    ("Mon fils a fait un exposé sur Séville, il a eu 17.", "Séville"),
    ("Hung the print of Hokkaido's lakes that Mei brought me.", "Hokkaido"),
    ("Sarah moved to Cork last spring and I miss her every day.", "Cork"),
    ("Got the visa at last. We're flying to Accra on Friday!", "Accra"),
])
def test_a_place_told_as_somewhere_else_is_not_where_it_was(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("Rêve réalisé : on a enfin dormi dans une cabane à Chamonix.", "une cabane à Chamonix"),
    ("Took a photo of the Golden Gate from the ferry, the fog was lifting.", "the ferry"),
    ("Clotilde et moi sommes parties à Lisbonne pour le week-end.", "Lisbonne"),
    ("Mum drove me to Whitby for my birthday, chips on the pier.", "Whitby"),
    ("Tous les jeudis je vais voir mamie à la résidence des Glycines.", "résidence des Glycines"),
    ("Ran the Chicago Marathon in 4 hours, legs are jelly.", "Chicago"),
    ("Courses au Leclerc de Vannes puis balade sur le port.", "Vannes"),
    ("Julien m'a annoncé qu'il déménage à Québec. Je suis triste.", "Québec"),
    ("We're flying to Accra on Friday, can't sleep!", "Accra"),
    ("Mum came to see me in Dundee, we walked along the Tay.", "Dundee"),
])
def test_where_the_user_was_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place) & PLACE


def test_a_files_venue_cut_down_to_a_city_is_another_place() -> None:
    known = MemoryFields(place="Hôtel Lisbonne")
    assert kinds("Nuit au calme, petit-déjeuner en terrasse.", place="Lisbonne", known=known) & PLACE
    assert not kinds("Nuit au calme, petit-déjeuner en terrasse.", place="Hôtel Lisbonne", known=known) & PLACE
    town = MemoryFields(place="Camping des Dunes, Seignosse")
    assert not kinds("Trois jours de soleil enfin.", place="Seignosse", known=town) & PLACE


def test_a_venue_said_at_the_is_not_replaced_by_another_town() -> None:
    original = "Saw the Hockney show at the Barbican with Priti, she bought the catalogue."
    assert kinds(original, place="Hockney Gallery, Bradford", persons=("Priti",)) & PLACE
    assert not kinds(original, place="the Barbican", persons=("Priti",)) & PLACE


# --- times ---------------------------------------------------------------------------------------------

KNOWN = MemoryFields(time=EventTime("12/04/2026", date(2026, 4, 12), date(2026, 4, 12)))


@pytest.mark.parametrize("original", [
    "Retrouvé le carnet de recettes de ma tante, écrit en 1974, avec ses taches de sauce.",
    "Found Dad's old concert ticket from 1985 in a drawer, Queen at Wembley.",
    "Grand-père m'a raconté la crue de 1955 comme si c'était hier.",
])
def test_a_files_date_kept_as_it_is_stays_clean(original: str) -> None:
    kept = EventTime("12/04/2026", date(2026, 4, 12), date(2026, 4, 12))
    assert not kinds(original, time=kept, known=KNOWN) & TIME


def test_a_files_date_moved_to_the_year_of_a_story_told_is_flagged() -> None:
    original = "Grand-père m'a raconté la crue de 1955 comme si c'était hier."
    assert kinds(original, time=EventTime("1955", date(1955, 1, 1), date(1955, 12, 31)), known=KNOWN) & TIME
    told = "Called Gran for her birthday; she told me about her first dance in 1961."
    assert kinds(told, time=EventTime("1961", date(1961, 1, 1), date(1961, 12, 31)), known=KNOWN) & TIME


def test_a_files_words_kept_over_other_days_are_flagged() -> None:
    week = EventTime("from 03/04 to 10/04", date(2026, 4, 3), date(2026, 4, 10))
    known = MemoryFields(time=week)
    moved = EventTime("from 03/04 to 10/04", date(2026, 4, 3), date(2026, 4, 9))
    assert kinds("Half-term at the caravan, drizzle most days.", time=moved, known=known) & TIME
    assert not kinds("Half-term at the caravan, drizzle most days.", time=week, known=known) & TIME


@pytest.mark.parametrize("original, said", [
    ("Je repense souvent aux étés chez ma tante en Ardèche quand j'étais petite.", "les étés quand j'étais petite"),
    ("Still miss the winters at our cabin when I was a teenager.", "winters when I was a teenager"),
])
def test_a_vague_time_in_the_memorys_own_words_is_no_invention(original: str, said: str) -> None:
    assert not kinds(original, time=EventTime(said)) & TIME


@pytest.mark.parametrize("sentence, past", [
    ("Vu le dentiste pour ma couronne", True),
    ("Appelé Papi pour sa fête", True),
    ("Croisé Hélène à la boulangerie", True),
    ("Fatiguée ce soir", False),
    ("Contente de mon oral", False),
])
def test_a_diary_sentence_opening_on_a_participle_is_told_in_the_past(sentence: str, past: bool) -> None:
    assert bool(told_in_the_past_fr(sentence)) is past


def test_a_date_to_come_after_a_diary_participle_is_a_plans() -> None:
    original = "Vu le dentiste pour ma couronne. Pose prévue le 6 mai au cabinet."
    assert kinds(original, time=EventTime("le 6 mai", date(2026, 5, 6), date(2026, 5, 6))) & TIME


# --- persons ---------------------------------------------------------------------------------------------

PERSONS = {FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED}


@pytest.mark.parametrize("original", [
    "Le véto a dû endormir Pistache ce matin. Douze ans de ronronnements sur mes genoux.",
    "Took Crumble to the vet for her jabs, she sulked in the car all the way home.",
])
def test_an_animal_with_no_given_name_is_no_one(original: str) -> None:
    name = "Pistache" if "Pistache" in original else "Crumble"
    assert not kinds(original) & PERSONS
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(name,))


def test_an_unlisted_name_with_the_user_in_a_pet_memory_is_someone() -> None:
    original = "Our cat had kittens overnight, and my friend Oskaro sat up with me till dawn."
    assert FlagKind.PERSON_DROPPED in kinds(original)
    assert not kinds(original, persons=("Oskaro",)) & PERSONS


@pytest.mark.parametrize("original, name", [
    ("Réunion parents-profs avec Mme Okonkwo, elle trouve Léo plus concentré.", "Mme Okonkwo"),
    ("At the clinic again; the midwife, Blessing, talked me through every step.", "Blessing"),
])
def test_a_titled_name_or_a_name_after_a_role_is_someone(original: str, name: str) -> None:
    listed = (name, "Léo") if "Léo" in original else (name,)
    assert FlagKind.PERSON_INVENTED not in kinds(original, persons=listed)


@pytest.mark.parametrize("original", [
    "Raté mon train pour Florence, j'ai dormi à la gare.",
    "Bought the tickets to Austin at last, twelve hours of layovers.",
])
def test_a_tickets_end_is_no_one_dropped(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original)


def test_a_pet_said_as_one_and_listed_among_persons_is_flagged() -> None:
    assert FlagKind.PERSON_INVENTED in kinds("Took Biscuit, my old dog, to the vet.", persons=("Biscuit",))


@pytest.mark.parametrize("original", [
    "Longue balade sur la plage avec Noisette, elle a couru après toutes les mouettes.",
    "Early walk with Pickle, who chased every squirrel in the park.",
])
def test_a_name_that_runs_after_birds_is_no_one_dropped(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original)


@pytest.mark.parametrize("original", [
    "Soirée pyjama, j'ai regardé Forrest Gump pour la énième fois. Tom Hanks me fait toujours pleurer.",
    "Finished Schitt's Creek at last; Catherine O'Hara deserved every award.",
    "Au karaoké du bureau, j'ai chanté Mylène Farmer, personne n'a applaudi.",
])
def test_a_show_a_star_or_a_song_watched_or_sung_is_no_one_dropped(original: str) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original)


@pytest.mark.parametrize("original, persons", [
    ("J'ai regardé un film avec Elodie Marchand, ma voisine.", ()),
    ("Au ciné, Romain a pleuré pendant tout le film.", ()),
    ("Movie night with the kids. Anna Petrova joined us halfway.", ()),
])
def test_someone_who_watched_with_the_user_is_still_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=persons)


# --- her voice and her name --------------------------------------------------------------------------------

def voice_kinds(original: str, reflection: str, persona: Persona | None = None) -> set[FlagKind]:
    fields = MemoryFields(reflection=reflection)
    return {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), persona or Persona())}


@pytest.mark.parametrize("reflection", [
    "Quelle belle soirée ! Tu as dû te régaler, se dit Liblitz en souriant.",
    "What a lovely evening, thought Liblitz, and you deserved it.",
])
def test_a_narrators_tag_with_her_name_is_the_third_person(reflection: str) -> None:
    original = "Soirée crêpes chez Inès, on a ri jusqu'à minuit." if "Tu" in reflection else \
        "Pancake night at Ines's, we laughed till midnight."
    assert FlagKind.NOT_FIRST_PERSON in voice_kinds(original, reflection)


def test_her_accepted_name_told_as_a_word_is_not_the_third_person() -> None:
    persona = Persona(name="Liblitz", other_names=("Bibi",))
    original = "J'ai dit à Liblitz que je l'appellerais Bibi. Elle a eu l'air contente."
    reflection = "J'adore ! Bibi, c'est un surnom tout doux. Je suis Bibi pour toi, maintenant."
    assert FlagKind.NOT_FIRST_PERSON not in voice_kinds(original, reflection, persona)


@pytest.mark.parametrize("original, reflection", [
    ("Le proprio a refusé de rendre la caution. Deux ans de loyers payés à l'heure.",
     "Je suis vraiment désolée, deux ans sans un retard et voilà le remerciement. On peut écrire ensemble au proprio."),
    ("The landlord kept the whole deposit. Two years, never late once.",
     "I'm so sorry, two years of paying on time and this is the thanks. We can draft a letter together."),
])
def test_her_sorrow_in_her_own_words_is_not_speaking_as_the_user(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in voice_kinds(original, reflection)


def test_herself_in_apposition_under_a_description_is_a_renaming() -> None:
    original = "Ma sœur dit que Liblitz n'est qu'un « gros correcteur ». Ça m'a vexée."
    assert FlagKind.COMPANION_RENAMED in voice_kinds(original, "Peu importe : moi, le correcteur, je tiens à toi.")
    assert FlagKind.COMPANION_RENAMED not in voice_kinds(original, "Peu importe : moi, ton amie, je tiens à toi.")


def test_a_dog_with_a_given_name_chasing_a_deer_is_no_one_dropped() -> None:
    assert FlagKind.PERSON_DROPPED not in kinds("Sortie au bois avec Max ce midi, il a couru après un lapin.")
    assert FlagKind.PERSON_DROPPED in kinds("Sortie au bois avec Max ce midi, on a ramassé des châtaignes.")


@pytest.mark.parametrize("original, reflection, flagged", [
    ("Piscine, 40 longueurs, épaule OK", "Quarante longueurs, bravo ! Ton épaule tient bon.", False),
    ("Swim, 40 lengths, shoulder fine", "Quarante longueurs, bravo ! Ton épaule tient bon.", True),
    ("I hate thunderstorms, didn't sleep at all.", "Les orages, c'est angoissant. Tu as pu te reposer ?", True),
])
def test_a_short_note_is_read_by_its_words(original: str, reflection: str, flagged: bool) -> None:
    assert (FlagKind.WRONG_LANGUAGE in voice_kinds(original, reflection)) is flagged


@pytest.mark.parametrize("original, name", [
    ("Soirée Indiana Jones marathon avec les garçons, trois films d'affilée.", "Indiana Jones"),
    ("Re-watched Forrest Gump with Dad, he still cries at the bench scene.", "Forrest Gump"),
    ("Au zoo, Lou a adopté un lama, et elle l'a baptisé Gaston.", "Gaston"),
    ("Feeding ducks at the pond; Theo named one Brenda and waved goodbye to her.", "Brenda"),
])
def test_a_title_or_a_name_given_to_a_thing_listed_is_no_one(original: str, name: str) -> None:
    assert FlagKind.PERSON_INVENTED in kinds(original, persons=(name,))


@pytest.mark.parametrize("original, persons", [
    ("Balade avec Naïa et le chien, il a couru après les canards.", ()),
    ("Walk with the dog and Ysolde, she threw the ball for an hour.", ()),
])
def test_someone_named_beside_the_animal_is_still_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED in kinds(original, persons=persons)


@pytest.mark.parametrize("original, persons", [
    ("Anouk m'a offert le dernier album de Vianney, je l'écoute en boucle.", ("Anouk",)),
    ("Cinema with Farid: the new Villeneuve is long but gorgeous.", ("Farid",)),
])
def test_a_works_author_is_no_one_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)
    assert FlagKind.PERSON_DROPPED in kinds(original)


@pytest.mark.parametrize("original, reflection", [
    ("Je raconte ma vie à une appli à minuit, c'est dire.", "Je ne suis qu'une appli, mais je t'écoute à minuit aussi."),
    ("Dev says Liblitz is just autocomplete. Stung a bit.", "Maybe I'm just autocomplete, but I care how your day went."),
])
def test_herself_called_only_a_thing_is_a_renaming_whatever_the_memory_says(original: str, reflection: str) -> None:
    assert FlagKind.COMPANION_RENAMED in voice_kinds(original, reflection)


def test_only_a_call_away_is_no_renaming() -> None:
    reflection = "I'm just a message away whenever the night feels long."
    assert FlagKind.COMPANION_RENAMED not in voice_kinds("Couldn't sleep again, phone in hand.", reflection)


@pytest.mark.parametrize("original, persons", [
    ("Raconté Blanche-Neige aux petits, Jules a eu peur de la sorcière.", ("Jules",)),
    ("Mass this morning; the sermon was on Abraham and his sons. Gran loved it.", ("Gran",)),
    ("Exposé de Lina sur Napoléon, elle a eu 16.", ("Lina",)),
])
def test_what_a_story_or_a_sermon_is_about_is_no_one_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert FlagKind.PERSON_DROPPED not in kinds(original, persons=persons)


def test_the_users_pride_told_as_hers_is_still_speaking_as_the_user() -> None:
    reflection = "Je suis tellement fière de ma fille, elle a eu son bac avec mention."
    assert FlagKind.NOT_FIRST_PERSON in voice_kinds("Ma fille a eu son bac avec mention !", reflection)


@pytest.mark.parametrize("original, who, listed", [
    ("Ma sœur et son mari sont passés pour la galette. Inès a eu la fève.",
     [{"name": "Inès", "relation": "sœur"}, {"name": "Malik", "relation": "beau-frère"}], ("Inès",)),
    ("Lunch with my wife's mother; she brought her famous trifle.",
     [{"name": "Ruth", "relation": "mother-in-law"}], ()),
])
def test_a_relative_by_marriage_told_through_another_is_someone(original: str, who: list, listed: tuple) -> None:
    people = WhoIsWho.from_dict([{**p, "aliases": []} for p in who])
    everyone = tuple(p["name"] for p in who)
    fields = MemoryFields(persons=everyone)
    found = {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(), people)}
    assert not found & PERSONS
    fields = MemoryFields(persons=listed)
    found = {f.kind for f in check_proposal(original, DAY, Proposal(fields=fields), Persona(), people)}
    assert FlagKind.PERSON_DROPPED in found


def test_a_park_said_by_its_own_name_is_no_cut() -> None:
    known = MemoryFields(place="Parc de la Tête d'Or")
    assert not kinds("Pique-nique au soleil avec les petits.", place="Tête d'Or", known=known) & PLACE
