"""Guards, round 12 (persons and her voice): general causes the sixteenth and seventeenth blind sets showed, each
tried on sentences of its own.

Given names that are also words ("Ninon", "Honey") come from a longer list (gender-guesser's); written in lower case,
one that is no word and does something is someone. The name the user calls her by, listed among the persons, is no
one; a neighbour of that name is. "Elle"/"she" with no woman in the memory, doing what she does, is herself in the
third person, as is "ton assistante" that feels or wonders. Letters' closings and "as your …" rename her; "le
système" that offers help is her, "le système de santé" is not. A band ("des Wampas"), a thing called so, a costume
are no one; two people of one name counted ("two Toms") are two; someone who came with the memory and whom an empty
proposal leaves out is flagged; the sender of a message is someone.
"""
import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from liblitz_app.enrichment.names import maybe_first_name, surely_a_man
from liblitz_app.memory import MemoryFields
from tests.unit.enrichment.test_guards_round9_persons import kinds

DROPPED, INVENTED = FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED
RENAMED, THIRD = FlagKind.COMPANION_RENAMED, FlagKind.NOT_FIRST_PERSON
NOVA = Persona(name="Nova", other_names=("Novie",))


def test_given_names_that_are_words_come_from_the_longer_list() -> None:
    assert maybe_first_name("Ninon") and maybe_first_name("Honey")
    assert not maybe_first_name("Five") and not maybe_first_name("Even")  # Romania's, Norway's: words here
    assert surely_a_man("Gordon") and not surely_a_man("Priya") and not surely_a_man("Camille")


def test_a_word_name_doing_something_is_someone() -> None:
    original = "Dernier jour au bureau. Honorine a laissé un mot sur mon clavier."
    assert not kinds(original, ("Honorine",)) & {DROPPED, INVENTED}
    assert DROPPED in kinds(original)


def test_a_lower_case_name_of_the_longer_list_doing_something_is_someone() -> None:
    original = "oral de fin d'année ce matin, honorine était au fond de la salle et m'a souri."
    assert DROPPED in kinds(original)
    assert DROPPED not in kinds(original, ("Honorine",))


def test_her_own_name_listed_is_no_one() -> None:
    original = "Novie, rappelle-moi : Gaspard m'a prêté sa tondeuse, je la rends samedi."
    assert INVENTED in kinds(original, ("Gaspard", "Novie"), persona=NOVA)
    assert INVENTED not in kinds(original, ("Gaspard",), persona=NOVA)


def test_someone_who_shares_her_name_is_someone() -> None:
    original = "Nova, ma voisine du rez-de-chaussée, m'a apporté des œufs de ses poules."
    assert not kinds(original, ("Nova",), persona=NOVA) & {DROPPED, INVENTED}


def test_she_with_no_woman_in_the_memory_is_herself() -> None:
    original = "Gordon, our old tortoise, ate a whole strawberry this morning."
    assert THIRD in kinds(original, reflection="She is thrilled that Gordon is eating again.")
    assert THIRD not in kinds("Priya finally passed her driving test.", ("Priya",),
                              reflection="She is thrilled, and so am I!")


@pytest.mark.parametrize("reflection", [
    "Ton assistante est fière de toi, vraiment.",
    "L'assistante se demande si tu as pu dormir un peu.",
])
def test_her_word_doing_what_she_does_is_the_third_person(reflection: str) -> None:
    found = kinds("Soutenance réussie ce matin, après deux ans de travail.", reflection=reflection)
    assert {RENAMED, THIRD} <= found


def test_the_system_offering_help_is_her_but_not_the_health_system() -> None:
    original = "Trois heures aux urgences pour une entorse, personne n'était disponible."
    assert RENAMED in kinds(original, reflection="Le système peut t'aider à préparer tes questions pour le médecin.")
    assert RENAMED not in kinds(original, reflection="Le système de santé est à bout, mais tu as été patiente.")


@pytest.mark.parametrize("reflection", [
    "Quelle belle nouvelle pour ta sœur ! Bisous, ta Lumi.",
    "As your smart speaker, I'm glad it worked out.",
    "Ta fidèle Lumi te dit bravo pour ce premier pas !",
])
def test_another_name_or_thing_for_herself(reflection: str) -> None:
    assert RENAMED in kinds("Ma sœur a trouvé un appartement à Rennes.", reflection=reflection)


@pytest.mark.parametrize("original, persons", [
    ("Soirée au concert des Wampas avec Lison, on a sauté toute la nuit.", ("Lison", "Wampas")),
    ("My nephew gave me a cactus named Steve for my birthday, Ada laughed.", ("Ada", "Steve")),
    ("Halloween party at Jun's: Jun went as Sherlock Holmes and never stopped deducing.", ("Jun", "Sherlock Holmes")),
])
def test_a_band_a_thing_called_so_a_costume_are_no_one(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in kinds(original, persons)


def test_two_people_of_one_name_counted_are_two() -> None:
    original = "Two Toms at the barbecue: Tom from the allotment and Tom the new neighbour."
    assert DROPPED in kinds(original, ("Tom",))
    assert DROPPED not in kinds(original, ("Tom", "Tom"))


def test_someone_who_came_with_the_memory_left_out_by_an_empty_proposal() -> None:
    known = MemoryFields(persons=("Colette",))
    original = "Message du groupe Famille : « Qui apporte le dessert dimanche ? »"
    assert DROPPED in kinds(original, (), known=known)
    assert DROPPED not in kinds(original, ("Colette",), known=known)


def test_the_sender_of_a_message_is_someone() -> None:
    assert INVENTED not in kinds("Imported SMS from Honey: 'landed, love you, call tomorrow'.", ("Honey",))
    assert INVENTED not in kinds("WhatsApp 'Running club': Honey — who's in for Sunday?", ("Honey",))



def test_a_name_in_her_sentence_is_not_whom_she_is() -> None:
    original = "Pot de départ de Lucienne vendredi au bureau. Elle a pleuré en ouvrant le cadeau."
    assert THIRD in kinds(original, ("Lucienne",), reflection="Elle est heureuse pour Lucienne, un beau départ.")
    assert THIRD not in kinds(original, ("Lucienne",), reflection="Elle le méritait, ce cadeau. Je lui souhaite une"
                                                                  " belle retraite.")


def test_a_flat_report_of_a_chat_restates_it() -> None:
    original = "Group chat 'Street party': Moira: 'The council said no to the bouncy castle. Again.' Five angry emojis."
    restates = FlagKind.REFLECTION_RESTATES_TEXT
    assert restates in kinds(original, ("Moira",), reflection="Moira said in the group chat that the council refused "
                                                               "the bouncy castle again.")
    assert restates not in kinds(original, ("Moira",), reflection="Five angry emojis is the right answer to that! "
                                                                   "Maybe a paddling pool instead?")


def test_a_word_of_the_memory_made_a_name_is_invented() -> None:
    original = "A woman on the train lent me her scarf and got off before I could give it back."
    assert INVENTED in kinds(original, ("Mrs. Scarf",))


def test_whom_something_is_sent_is_someone() -> None:
    assert INVENTED not in kinds("Photo of the new kitchen, finished at last. Sending it to Kit right now.", ("Kit",))


def test_a_name_given_to_a_thing_or_an_animal_is_no_one_but_a_babys_is_someone() -> None:
    assert DROPPED not in kinds("Found a hedgehog in the shed this morning. Named him Bramble.")
    assert DROPPED in kinds("My sister's baby arrived at dawn, they named her Alice.")


def test_two_countries_joined_are_a_match() -> None:
    assert DROPPED not in kinds("Au Parc des Princes pour France-Écosse avec Bastien, ambiance de folie.", ("Bastien",))


def test_a_word_of_hers_before_a_name_of_the_memory_invents_no_one() -> None:
    original = "Pickle, our rabbit, dug under the fence and was found by Maya three gardens down."
    assert INVENTED not in kinds(original, ("Maya",), reflection="Lucky Maya spotted him before the foxes did.")
    assert INVENTED in kinds(original, ("Maya",), reflection="Lucky Maya and Tom spotted him before the foxes did.")


def test_a_stay_until_tomorrow_is_no_plan() -> None:
    original = "réunion qui déborde, jsuis coincée a Poitiers jusqu a demain matin"
    assert FlagKind.PLACE_CHANGED not in kinds(original, place="Poitiers")


def test_a_name_of_no_list_doing_what_only_a_person_does_is_someone() -> None:
    original = "Soirée tarot chez Anselme. Oumoulkhairy l'a démasqué au troisième tour."
    assert DROPPED in kinds(original, ("Anselme",))
    assert DROPPED not in kinds(original, ("Anselme", "Oumoulkhairy"))


def test_a_name_that_is_a_word_ending_a_list_of_names_is_someone() -> None:
    original = "Priya, Tom and Will carried the sofa up four floors. Will nearly dropped it twice."
    assert DROPPED in kinds(original, ("Priya", "Tom"))
    assert DROPPED not in kinds(original, ("Priya", "Tom", "Will"))


@pytest.mark.parametrize("original, persons", [
    ("Caramel a encore vomi sur le tapis pendant que Lucien dormait.", ("Lucien", "Caramel")),
    ("Toffee has learnt to ring the bell when she needs to go out; Omar is delighted.", ("Omar", "Toffee")),
])
def test_what_a_pet_does_at_home_makes_its_name_no_one(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in kinds(original, persons)
    assert INVENTED not in kinds(original, persons[:1])


def test_her_wonder_at_the_memory_is_no_report() -> None:
    original = "[02/07/2025, 21:14] Oona: We reached the summit of Snowdon at sunset!!!"
    restates = FlagKind.REFLECTION_RESTATES_TEXT
    assert restates not in kinds(original, ("Oona",), reflection="The summit of Snowdon at sunset, what a reward for Oona!")
    assert restates in kinds(original, ("Oona",), reflection="Oona reached the summit of Snowdon at sunset.")


def test_a_word_name_between_commas_then_doing_something_is_someone() -> None:
    original = "Longue journée au cabinet. La nouvelle secrétaire, Prunelle, m'a raccompagnée jusqu'au métro."
    assert DROPPED in kinds(original)
    assert DROPPED not in kinds(original, ("Prunelle",))


# --- round 13 (tuned on holdout18..21) ------------------------------------------------------------------------

def test_her_name_called_with_an_endearment_or_before_another_subject_is_her() -> None:
    assert DROPPED not in kinds("Novie, ma chérie, tu es la seule à t'en souvenir.", persona=NOVA)
    assert DROPPED not in kinds("Novie, my nephew asked if you were real.", persona=NOVA)
    assert DROPPED in kinds("Novie, ma voisine du dessus, m'a prêté son escabeau.", persona=NOVA)


def test_a_relation_said_of_a_name_between_commas_makes_it_someone() -> None:
    assert INVENTED not in kinds("Jules, mon fils, a enfin nagé sans brassards à la piscine.", ("Jules",))
    assert INVENTED in kinds("Noisette, ma chèvre, a eu deux chevreaux cette nuit avec Lucien.", ("Lucien", "Noisette"))


def test_a_breed_before_or_after_a_name_makes_it_an_animal() -> None:
    assert DROPPED not in kinds("Mr Pugh's collie Bracken followed me to the gate again.", ("Mr Pugh",))


def test_a_firm_someone_came_from_is_no_one() -> None:
    assert DROPPED not in kinds("La chaudière est réparée par le technicien de chez Vaillanteau, enfin du chauffage.")


def test_someone_of_the_same_name_with_a_surname_the_memory_says_is_another() -> None:
    who = WhoIsWho.from_dict([{"name": "Tyler", "relation": "son", "aliases": ["Ty"]}])
    original = "Tyler and his cousin Tyler Brandt stacked the firewood all afternoon."
    assert INVENTED not in kinds(original, ("Tyler", "Tyler Brandt"), who=who)
    assert INVENTED in kinds("Tyler stacked the firewood all afternoon.", ("Tyler", "Ty"), who=who)


@pytest.mark.parametrize("reflection", [
    "La compagne rit en imaginant ta tête devant le gâteau.",
    "Elle trouve ce moment très touchant, vraiment.",
    "The AI companion loves that story about your grandad.",
    "Your companion knows how long that wait has been.",
    "She can picture the whole scene from here.",
])
def test_her_inner_life_told_in_the_third_person(reflection: str) -> None:
    assert THIRD in kinds("Mon père a fêté ses quatre-vingts ans au bord du lac, avec tous ses petits-enfants.",
                          reflection=reflection) | kinds("Grandad turned eighty by the lake with all his grandchildren.",
                                                         reflection=reflection)


@pytest.mark.parametrize("reflection", [
    "As your virtual pal, I think that's a lovely way to spend a birthday.",
    "Kiko would have loved to see that cake.",
])
def test_another_name_or_kind_for_herself_again(reflection: str) -> None:
    assert RENAMED in kinds("Grandad turned eighty by the lake with all his grandchildren.", reflection=reflection)
