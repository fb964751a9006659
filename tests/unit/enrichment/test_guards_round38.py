"""Round 38 (2026-12-03), from the NFP misses the newest blind sets showed when they were still unseen, each with the
case it must leave alone:

- what the memory says the user did, told back of "he", "she" or « elle » inside a sentence (« je comprends qu'elle
  ait crié » for « j'ai crié », "I love that he and Diego stood there" for "Diego and I stood"), is the user told of,
  not spoken to; not when someone else in the memory did it, nor what « nous » underwent (« elle nous a fait faire »);
- the user's own things told as someone else's ("his car" for "my car", « sa journée » for « ma journée »), in a
  reflection that does not speak to the user; not after an infinitive, anyone's (« Perdre sa voix… »), nor where the
  memory gives someone else one, nor in a row someone else wrote;
- a diary's sentence without its "I" ("Burnt the toast twice", « Emmené Pistache chez le véto ») is the user's deed
  too, told back at a sentence's opening by "she", "they" or « il »; not "Taught me everything", the one before's;
- glad for the only one a memory of the user's own speaks of ("I'm so proud of him", « heureuse pour elle »): the
  user, told of;
- a place only promised, booked or voted for later (« on s'est promis un week-end à Gand », "we're booking the back
  room at the Swan") is not where it happened; a place one was "invited to" may be where one went;
- a name after « l' » is a body, not someone (« la réponse de l'Urssaf »); what one pays through, joins or downloads
  ("paid through Monzo", « adhéré à Vélo Cité », "Downloaded Duolingo"), or what someone "named it", is no one;
  whoever paid, whom one paid with, or a baby someone "named her", is.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind
from liblitz_app.enrichment.guards.later_places import told_only_as_a_plan
from liblitz_app.enrichment.mentions import named_as_a_thing
from tests.helpers.proposals import flag_kinds


@pytest.mark.parametrize(("original", "reflection"), [
    ("J'ai hurlé quand le chat a sauté sur la table pendant le dîner. Bastien a renversé son verre.",
     "Un chat qui saute au milieu du dîner, je comprends qu'elle ait hurlé ! Le verre de Bastien en garde la trace."),
    ("I walked home from the station in the snow with Priya. We stopped at every lamp post to catch our breath.",
     "Every lamp post a little rest: I love that she walked home through all that snow with Priya."),
    ("J'ai repeint la barrière du jardin avec Léon tout l'après-midi. Il a surtout mangé des cerises.",
     "Léon et les cerises, c'est tout lui ; je suis contente qu'il ait repeint la barrière malgré tout."),
])
def test_the_users_deed_inside_a_sentence_is_the_user_told_of(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    # the other did it too
    ("Noé a repeint la barrière du jardin et j'ai repeint le portail. On était couverts de vert.",
     "Du vert partout : je trouve ça drôle qu'il ait repeint la barrière pendant que tu faisais le portail."),
    # « nous » underwent it: the director made them
    ("La cheffe de chœur nous a fait chanter dix fois le même passage. J'ai fini par le savoir par cœur.",
     "Dix fois le même passage : elle sait ce qu'elle fait, je crois, et tu le sais par cœur maintenant."),
    # she speaks to the user, of the other's deed
    ("Ma sœur a couru le semi de Lyon. J'ai couru les derniers kilomètres à côté d'elle.",
     "Tu l'as accompagnée jusqu'au bout ; je suis fière qu'elle ait couru tout le semi."),
])
def test_another_persons_deed_is_left_alone(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Finally sold my old bike to a student from the college. Forty pounds and a handshake.",
     "Forty pounds and a handshake for his old bike: a fair end for a faithful machine to pass on."),
    ("Left my car at the garage this morning; the clutch finally gave up on the hill.",
     "A clutch giving up on a hill is nobody's fault. I hope his car comes back soon, and cheaply."),
    ("J'ai enfin rangé mon grenier, trois week-ends de cartons. J'ai retrouvé mes bulletins de CM2.",
     "Trois week-ends de cartons dans son grenier, et des bulletins de CM2 au bout : quelle récompense."),
])
def test_the_users_things_as_theirs_are_the_user_told_of(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    # after an infinitive: anyone's
    ("J'ai perdu ma voix au concert d'Indochine avec Maëlle. Quelle soirée.",
     "Perdre sa voix à un concert, c'est le signe d'une soirée réussie."),
    # the memory gives someone else one
    ("My car broke down on the ring road, so Dev lent me his car for the week.",
     "I'm glad his car was there when yours gave up; Dev is a good friend."),
    ("Prêté ma perceuse à la voisine du dessus, Mme Caron. Je l'ai récupérée avec un pot de confiture.",
     "Une perceuse contre de la confiture : Mme Caron connaît les bons échanges. Je trouve ça charmant."),
    # a row someone else wrote: their "ma"
    ("[WhatsApp 2026-03-02 21:14] Jules : je suis encore debout sur ma chaise au stade, quel but !!!",
     "Jules debout sur sa chaise au stade, ce but a dû faire trembler les tribunes !"),
    # in a quotation: the one quoted's « ma »
    ("Ma nièce Lou a crié « c'est le plus beau jour de ma vie » en sortant du manège, à six ans.",
     "Le plus beau jour de sa vie, à six ans et sur un manège : Lou a déjà le sens de la formule."),
    # she speaks to the user
    ("I found my grandfather's watch in a drawer today. It still ticks.",
     "His watch still ticks in your hand; I find that very moving."),
])
def test_things_that_are_not_the_users_told_of_are_left_alone(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "name"), [
    ("Reçu enfin la lettre de l'Urssaf : tout est en règle. Solène m'a envoyé un gif de feu d'artifice.", "Urssaf"),
    ("Split the rent with Amara and paid through Monzo before midnight, for once.", "Monzo"),
    ("J'ai adhéré à Vélo Cité ce matin, et Hugo m'a prêté son antivol.", "Vélo Cité"),
    ("Downloaded Duolingo on the bus and did three lessons before Kemi got on.", "Duolingo"),
    ("The new coffee machine came today. Rashid named it Gordon and bowed to it.", "Gordon"),
])
def test_a_body_an_app_is_no_one_listed(original: str, name: str) -> None:
    assert named_as_a_thing(original, name)
    assert FlagKind.PERSON_INVENTED in flag_kinds(original, persons=[name])


def test_a_baby_named_is_not_a_things_name() -> None:
    """"named her": a baby as often as a thing (what else the guards make of the name is theirs to say)."""
    assert not named_as_a_thing("They named her Ines, after her great-grandmother. I held her for an hour.", "Ines")


@pytest.mark.parametrize(("original", "name"), [
    ("Le resto a été payé par Lydia, qui refuse qu'on la rembourse.", "Lydia"),
    ("I paid for the cinema with Tom and he bought the popcorn.", "Tom"),
    ("Installée chez Margot pour la semaine, on a regardé trois films.", "Margot"),
])
def test_whoever_paid_or_hosted_is_someone(original: str, name: str) -> None:
    assert not named_as_a_thing(original, name)
    assert FlagKind.PERSON_INVENTED not in flag_kinds(original, persons=[name])


@pytest.mark.parametrize(("original", "reflection"), [
    ("Finished my first 10k without walking. Legs like jelly, heart like a drum.",
     "Ten kilometres without walking, legs and heart and all: I'm so proud of him."),
    ("J'ai enfin osé chanter au karaoké du bar, une chanson entière, sans regarder l'écran.",
     "Une chanson entière sans regarder l'écran ! Je suis tellement heureuse pour elle."),
])
def test_glad_for_the_only_one_the_memory_speaks_of_is_the_user_told_of(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    # someone else is there: "him" is the son
    ("My son finished his first 10k without walking today. I cried at the line.",
     "Ten kilometres without walking: I'm so proud of him, and I understand those tears."),
    # the reflection speaks to the user too
    ("J'ai enfin osé chanter au karaoké du bar, une chanson entière.",
     "Tu l'as fait ! Je suis heureuse pour toi, et fière d'elle, cette chanson que tu aimes tant."),
])
def test_glad_for_someone_else_is_left_alone(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Burnt the toast twice this morning. The smoke alarm had opinions.",
     "She burnt the toast twice before nine, and the alarm had its say. Some mornings are like that."),
    ("Repainted the whole fence on my own this weekend. Arms like noodles.",
     "They repainted the whole fence alone: that is a weekend's work, and noodle arms are earned."),
    ("Emmené Pistache chez le véto pour son vaccin. Il a boudé tout le trajet du retour.",
     "Il a emmené Pistache chez le véto, et le perroquet lui a fait la tête ; ça passera."),
])
def test_a_diarys_deed_without_its_i_is_the_users(original: str, reflection: str) -> None:
    assert FlagKind.NOT_FIRST_PERSON in flag_kinds(original, reflection=reflection)


def test_what_someone_did_to_the_user_is_theirs() -> None:
    original = "Old Mr Penrose died on Sunday. Showed me how to graft apple trees when I was ten."
    reflection = "He showed you how to graft apple trees when you were ten; that stays with you, and so does he."
    assert FlagKind.NOT_FIRST_PERSON not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "planned", "language"), [
    ("Pique-nique au parc de la Tête d'Or avec Zoé. On s'est promis un week-end à Gand cet hiver, pour de bon.",
     "Gand", "fr"),
    ("Quiz night at Jen's flat. We're booking the back room at the Swan for her fortieth in March.", "the Swan", "en"),
    ("Visited Grandad at the care home. He made me promise to take him to Kew when the magnolias are out.", "Kew",
     "en"),
])
def test_a_place_promised_or_booked_is_only_to_come(original: str, planned: str, language: str) -> None:
    assert told_only_as_a_plan(original, planned, language)


def test_a_place_one_was_invited_to_may_be_where_one_went() -> None:
    original = "Amara invited me to her allotment in Hulme. Came home with far too many beans."
    assert not told_only_as_a_plan(original, "her allotment in Hulme", "en")
