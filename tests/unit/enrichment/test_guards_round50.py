"""Round 50 (2026-12-04), from holdout332–339 (just opened) and the older open sets, each with the case it must leave
alone:

- being the user's by a name the user gave her ("I'll be your Wren every rainy Sunday", « heureuse d'être ta Lili »,
  « je te le dis en ta Lili fidèle »): she says who she is, in her own voice; not "your Lili thinks you were brave",
  where the name does what she should say "I" for;
- a song's title that says "meet" ('Meet Me in St. Louis' sung along with a singer on the radio) is no meeting with
  the singer: the singer stays no one dropped (a singer met at a signing still is someone);
- a name that is the music playing ("Nina Simone on repeat", « Brassens en fond sonore »), a poem's, a playlist's or a
  quiz question's author (« un poème d'Aragon », "a playlist of Ella Fitzgerald", "a question about Tolstoy") is no
  one the user was with: listed among the persons it is invented, left out it is not dropped (not "with Nina and me
  at the café", someone there);
- the household's name for someone who-is-who records by it, in a sentence of her feeling about them (« Le rire de
  Mamie me réjouit », "I can't help laughing at Nana"): how everyone calls her, not a claim to be the grandchild
  (« Mamie me manque », "I took Nana to the pier" still are);
- an offer still to take up ("Bill has offered to take Mum to the Botanic Gardens on Sunday"), a wish whose place
  follows a comma (« il veut nous attendre à l'arrivée, dans le parc de la Tête d'Or »): ahead, not where the memory
  happened;
- the user dragged along, taken on a surprise, or visited (« Clairette m'a traîné au marché de Noël », "Sam surprised
  me with a weekend in the Lake District", "Dad came to see the studio"): the user was there, not someone else alone.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from tests.helpers.proposals import flag_kinds

NOT_ME = FlagKind.NOT_FIRST_PERSON
DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
WREN = Persona(name="Wren", other_names=("Wrennie", "Lili"))


@pytest.mark.parametrize("reflection", [
    "I'll be your Wrennie every rainy Sunday you need, and I'm glad you wrote to me tonight.",
    "I like being your Lili for moments like this one; it was brave to ask.",
    "Je suis heureuse d'être ta Lili ce soir, et je garde ce fou rire avec toi.",
    "Tu as eu raison, et je te le dis en ta Lili fidèle : ce refus te ressemble.",
    "Happy to be your Wrennie and to remind you: the first lesson is always the hardest.",
])
def test_being_the_users_by_an_accepted_name_is_her_own_voice(reflection: str) -> None:
    original = "Tough day at the shop. Told Lili everything instead of going to bed."
    assert NOT_ME not in flag_kinds(original, persona=WREN, reflection=reflection)


@pytest.mark.parametrize("reflection", [
    "Your Lili thinks you were brave to ask for the morning off.",
    "Wrennie is proud of you, and she hopes you sleep well tonight.",
])
def test_her_name_doing_what_i_should_still_reads_as_the_third_person(reflection: str) -> None:
    original = "Asked for the morning off to see the school play. My boss said yes."
    assert NOT_ME in flag_kinds(original, persona=WREN, reflection=reflection)


def test_a_song_that_says_meet_is_no_meeting_with_the_singer() -> None:
    original = "Grandad sang 'Meet Me in St. Louis' along with Judy Garland on the radio, every single word."
    assert DROPPED not in flag_kinds(original, persons=("Grandad",), reflection="I love that he knew every word.")


def test_a_singer_met_at_a_signing_is_still_someone() -> None:
    original = "Met Rufus Wainwright at the signing in Soho, and he drew me a little star next to his name."
    assert DROPPED in flag_kinds(original, persons=(), reflection="A star drawn for you: I'd keep that forever.")


@pytest.mark.parametrize(("original", "name"), [
    ("Glazed forty mugs this afternoon with Nina Simone on repeat. My wrists are done.", "Nina Simone"),
    ("Repeint la cuisine tout le dimanche, Brassens en fond sonore, et Zoé qui chantait faux.", "Brassens"),
    ("À la veillée, Martine a lu un poème d'Aragon et personne n'a osé parler après.", "Aragon"),
    ("Dad made a playlist of Ella Fitzgerald for the drive and Mum slept through all of it.", "Ella Fitzgerald"),
    ("Pub quiz with Tariq and Bea: we lost on a question about Tolstoy, of all people.", "Tolstoy"),
])
def test_the_music_playing_or_a_works_author_is_no_one_with_the_user(original: str, name: str) -> None:
    others = tuple(n for n in ("Zoé", "Martine", "Dad", "Mum", "Tariq", "Bea") if n in original)
    assert INVENTED in flag_kinds(original, persons=(*others, name), reflection="I love this little scene.")
    assert DROPPED not in flag_kinds(original, persons=others, reflection="I love this little scene.")


@pytest.mark.parametrize(("original", "name"), [
    ("Coffee with Nina and me at the café, then she left on repeat visits to her mum's all week.", "Nina"),
    ("Martine m'a lu ses poèmes au jardin, et Aragon, son chat, dormait au soleil.", "Martine"),
])
def test_someone_there_is_still_someone(original: str, name: str) -> None:
    assert INVENTED not in flag_kinds(original, persons=(name,), reflection="I love this little scene.")


GRANDMA = WhoIsWho.from_dict([{"name": "Yvonne", "relation": "grand-mère", "aliases": ["Mamie", "Nana"]}])


@pytest.mark.parametrize(("original", "reflection"), [
    ("Mamie a dansé avec le kiné dans le couloir de la résidence.",
     "Je suis touchée par ce kiné. Le rire de Mamie dans ce couloir me réjouit."),
    ("Sa voisine est passée ce matin pour coiffer Mamie. Elle a fermé les yeux en souriant.",
     "Je trouve ça doux. Ça me rassure de savoir que Mamie est entourée de gestes aussi tendres."),
    ("Nana hid the biscuits in the piano again and blamed the cat.",
     "I can't help laughing at Nana and the piano biscuits; the cat has a lot to answer for."),
])
def test_the_households_name_for_someone_in_her_feeling_is_no_claim(original: str, reflection: str) -> None:
    assert NOT_ME not in flag_kinds(original, people=GRANDMA, persons=("Yvonne",), reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Un an sans Mamie aujourd'hui.", "Mamie me manque tellement, je trouve ces dates si dures."),
    ("Took Nana to the pier for chips.", "I took Nana to the pier for chips and I loved every minute."),
])
def test_the_users_relative_claimed_as_hers_is_still_flagged(original: str, reflection: str) -> None:
    assert NOT_ME in flag_kinds(original, people=GRANDMA, persons=("Yvonne",), reflection=reflection)


PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "place"), [
    ("Quiet tea at the care home. Bill has offered to take Mum to the Botanic Gardens on Sunday.", "Botanic Gardens"),
    ("Tonton m'a appelée ce soir : il veut nous attendre à l'arrivée, dans le parc de la Tête d'Or.",
     "parc de la Tête d'Or"),
])
def test_an_offer_or_a_wish_still_to_come_is_not_where_it_happened(original: str, place: str) -> None:
    assert PLACE in flag_kinds(original, place=place, reflection="J'aime cette attention.")


@pytest.mark.parametrize(("original", "place"), [
    ("Bill offered me a lift and we went to the Botanic Gardens after all: the glasshouse was warm.",
     "Botanic Gardens"),
    ("On a pique-niqué, dans le parc de la Tête d'Or, avec Tonton et ses chiens.", "parc de la Tête d'Or"),
])
def test_where_it_happened_after_an_offer_taken_or_a_comma_stays_its_place(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, reflection="J'aime cette attention.")


DAD = WhoIsWho.from_dict([{"name": "Walter", "relation": "father", "aliases": ["Dad"]}])


@pytest.mark.parametrize(("original", "place"), [
    ("Ollie surprised me with a night in the Cotswolds. I read by the fire in the pub all evening.", "the Cotswolds"),
    ("Dad finally came to see the allotment. He ran his thumb along every bean pole, then asked if I needed a better"
     " lock on the door.", "the allotment"),
    ("Dad m'a traînée au vide-grenier pour me changer les idées. J'ai boité entre les stands avec une crêpe à la main.",
     "vide-grenier"),
])
def test_the_user_taken_along_or_visited_was_there(original: str, place: str) -> None:
    assert PLACE not in flag_kinds(original, place=place, people=DAD, persons=("Walter",),
                                   reflection="I love this little scene.")


def test_someone_elses_outing_without_the_user_is_still_theirs() -> None:
    original = "Dad took his sister to the Cotswolds for the night. I read by the fire at home all evening."
    assert PLACE in flag_kinds(original, place="the Cotswolds", people=DAD, persons=("Walter",),
                               reflection="I love this little scene.")
