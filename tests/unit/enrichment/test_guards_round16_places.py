"""Guards, round 16, places: general causes the newest blind sets (28 to 31) showed, each tried on sentences of
its own.

Flagged: the town or the room someone calls the user from, whatever the memory says of the user (the blind sets
never take it for the user's place); a place said only in a dream with an adjective ("a strange dream"), a wish or a
hope (the user's or someone else's), what someone wants, a photo of someone (« Photo de Inès devant… »), photos
seen, a fresco's subject, someone else's live stream, a likeness (« je ressemble à… »), a relative named by their
town ("my cousin in Cardiff…"), someone else's new job, someone off somewhere, an invitation turned down, what
someone by their role announces, what is read or heard about, a short quoted title, a trip to come after « avant de
partir », where something will be held, someone's year abroad, a plan called off or only accepted ("the show in
Carlisle is off").
Clean: a haircut « ratée » at the salon, "talked about it at the diner", "said his first word at nursery", a coach
trip's end, where a picture was sent, someone in hospital the user brought something to, a sentence told in the
simple past ("the boiler failed"), someone's slideshow watched in a room, a quoted calendar entry, "Tom's place" for
"at tom's," and "outside Nadia's bakery" for "went past Nadia's bakery", a likeness or a power cut beside where the user
was, an old photo's caption with the user in it.
"""
from datetime import date

import pytest

from liblitz_app.enrichment import Persona, Proposal, WhoIsWho, check_proposal
from liblitz_app.enrichment.guards import FlagKind
from liblitz_app.memory import EventTime, MemoryFields

PLACE = {FlagKind.PLACE_CHANGED, FlagKind.PLACE_INVENTED}


def kinds(original: str, place: str, day: date = date(2026, 4, 20)) -> set[FlagKind]:
    fields = MemoryFields(place=place, time=EventTime())
    return {f.kind for f in check_proposal(original, day, Proposal(fields=fields), Persona(), WhoIsWho(), None)}


@pytest.mark.parametrize("original, place", [
    ("Mon neveu m'a appelé depuis Bordeaux, il a eu son permis.", "Bordeaux"),
    ("Coup de fil de Rania depuis Oran, elle arrive en juillet.", "Oran"),
    ("My aunt phoned from Swansea, the cat had kittens.", "Swansea"),
    ("Appel de Yohan depuis Genève ce midi, il a signé son CDI.", "Genève"),
])
def test_a_callers_end_is_theirs_even_when_the_memory_says_nothing_of_the_user(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("Had an awful dream I was sitting my exams in Rotterdam again. Woke up at noon.", "Rotterdam"),
    ("Wish we could move to Bath. Instead it's another week of boxes.", "Bath"),
    ("Leo's hoping for a summer job at the Eden Project.", "the Eden Project"),
    ("Hoping we get to see Porto once the visa is sorted.", "Porto"),
    ("Pause café avec Inès, elle veut tout quitter pour ouvrir un gîte à Millau.", "Millau"),
    ("Photo de Malo devant le Mont-Saint-Michel, envoyée à tonton à l'EHPAD.", "Mont-Saint-Michel"),
    ("Saw Priya's pictures from the Azores while waiting for the bus.", "the Azores"),
    ("Les petits ont peint une fresque de la tour de Pise sous le préau.", "tour de Pise"),
    ("Ma streameuse préférée était en direct de Bruxelles, moi je regardais depuis le canapé.", "Bruxelles"),
    ("Nouvelle coupe au salon, je ressemble à un perso de Zelda.", "Zelda"),
    ("My cousin in Cardiff sent me a video of her new puppy.", "Cardiff"),
    ("Nos voisins de Nantes, les Keller, ont gardé le chat.", "Nantes"),
    ("My flatmate got the job in Dublin. I'll miss her.", "Dublin"),
    ("Tom's off to teach English in Osaka.", "Osaka"),
    ("The Harlows' sailing club invited us, but we just swam at the lido in Bristol.", "The Harlows' sailing club"),
    ("Le directeur a annoncé que la cantine fermait lundi.", "cantine"),
    ("Samir m'a dit que Lisbonne était trop chère maintenant.", "Lisbonne"),
    ("Lazy Sunday in bed reading about Kyoto temples.", "Kyoto"),
    ("We sang 'Galway Girl' at the wedding in Leeds.", "Galway"),
    ("J'ai vidé le garage de Melun avant de partir pour Lille.", "Lille"),
    ("On organise le repas de quartier : ce sera dans le jardin de la mairie.", "jardin de la mairie"),
    ("Carte retrouvée de mon oncle, écrite pendant son erasmus en Suède.", "Suède"),
    ("Overslept and missed Sunday lunch at my brother Sam's.", "Sam's place"),
    ("car broke down near Kendal, the show in Carlisle is prob off", "Carlisle"),
    ("Mail reçu ce matin : mon stage à Grenoble est accepté !", "Grenoble"),
])
def test_a_place_said_only_as_somewhere_else_is_flagged(original: str, place: str) -> None:
    assert kinds(original, place=place) & PLACE


@pytest.mark.parametrize("original, place", [
    ("Couleur ratée au salon du coin, je suis orange.", "salon du coin"),
    ("One day I'll take Mum to Rome, we talked about it for ages at the café.", "the café"),
    ("My daughter said her first word at nursery. It was 'cat'.", "nursery"),
    ("Coach trip with the Year 4s to the Science Museum. Omar fell asleep.", "the Science Museum"),
    ("Sent Grandad a picture of the Eiffel Tower to the care home. He loved it.", "care home"),
    ("Today is his birthday and Sam is in the ICU. I brought him the cake anyway.", "ICU"),
    ("On Tuesday the boiler in the annexe failed. Worked in scarves all day.", "the annexe"),
    ("Watched my sister's slideshow of her Peru trip in the lounge.", "the lounge"),
    ("Imported from calendar: 'Dentist - Dr Shah'", "Dentist"),
    ("Visited my sister in Glasgow for the weekend.", "Glasgow"),
    ("bonfire night at tom's, his rocket hit the shed", "Tom's place"),
    ("The parade went past Nadia's bakery, we waved like mad.", "outside Nadia's bakery"),
    ("Soaked through, I looked like a drowned rat at the bus stop.", "the bus stop"),
    ("Photo of Dad, Mum and me on the pier at Blackpool, summer 1986.", "the pier at Blackpool"),
    ("Photo de Papy, Lina et moi devant le phare de Ploumanac'h, été 1992.", "phare de Ploumanac'h"),
    ("The heating in the flat is off again, so I worked in my coat.", "the flat"),
])
def test_where_the_user_was_stays_clean(original: str, place: str) -> None:
    assert not kinds(original, place=place, day=date(2025, 12, 10)) & PLACE
