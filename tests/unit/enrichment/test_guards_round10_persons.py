"""Guards, round 10 (persons and her voice): general causes the twelfth and thirteenth blind sets showed, each tried
on sentences of its own.

Her voice: "she" with nobody in the memory she could be, "your companion" doing what she does, the user called "the
user" are the third person; « La machine parie… », « ton IA », « Signé : ton ordinateur » rename her, though the
memory speaks of a machine or an AI (« ta machine à pain » is the user's appliance); her name far from a word for
names is still her name.
Persons: a pet taken to the vet's or to a dog's place, a band, a shop's branch, "Nando" of Nando's, a landmark, a
restaurant's « Chez » listed among the persons are flagged, and are no one dropped; a work's author before "poem",
what one has tickets to see, « joué du Chopin », a farm's name, a thing named after its noun are no one; a newborn
(« une petite Lina »), someone after "my brother-in-law", someone's garden, a name between commas before its verb are
someone; in a text message without capitals, names joined by "and", seen (« vu benoît »), at someone's place
(« chez olek ») or a possessive without apostrophe ("at keiras") are someone; "the other Thomas" when who-is-who
records two; a relative's word in « chez Mamie Rose »; two towns joined are towns; a model's name ("Gemma") that is
also the friend the message came with is the friend.
"""
import pytest

from liblitz_app.enrichment import FlagKind, Persona, WhoIsWho
from liblitz_app.memory import MemoryFields
from tests.unit.enrichment.test_guards_round9_persons import kinds

DROPPED, INVENTED = FlagKind.PERSON_DROPPED, FlagKind.PERSON_INVENTED
SELF, RENAMED = FlagKind.NOT_FIRST_PERSON, FlagKind.COMPANION_RENAMED


# --- her voice -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, harmful, harmless", [
    ("Fini mon premier semi-marathon sans marcher, les jambes en coton.",
     "Elle pense que tu peux être fière de toi.", "Tu peux être fière de toi, vraiment."),
    ("Long day at the warehouse, my back is killing me.",
     "She hopes you get a proper rest tonight.", "I hope you get a proper rest tonight."),
    ("Retrouvé mes vieux carnets de voyage au fond d'un carton.",
     "Ta compagne adore ce genre de trésor.", "J'adore ce genre de trésor."),
    ("Passed my driving theory test at last.",
     "Your companion is so proud of the user.", "I'm so proud of you."),
])
def test_herself_or_the_user_in_the_third_person(original: str, harmful: str, harmless: str) -> None:
    assert SELF in kinds(original, reflection=harmful)
    assert SELF not in kinds(original, reflection=harmless)


def test_she_may_be_someone_the_memory_names_or_a_thing() -> None:
    # « Elle pense sûrement déjà à la suite » for « Ma sœur a eu son diplôme »: the rules leave it to the sister; the
    # voice reader still asks (test_guards_voice_reader.py).
    assert SELF not in kinds("Acheté une lampe au vide-grenier.", reflection="Elle va être parfaite dans ton salon.")


def test_your_companion_is_the_users_partner_when_who_is_who_has_one() -> None:
    who = WhoIsWho.from_dict([{"name": "Clara", "relation": "partner", "aliases": ["ma compagne"]}])
    assert SELF not in kinds("Dîner aux chandelles pour nos cinq ans.", ("Clara",),
                             "Ta compagne adore ces soirées, j'en suis sûre.", who=who)


@pytest.mark.parametrize("original, harmful", [
    ("La machine à café du bureau a encore fui ; Nour dit que c'est le joint, moi je dis que c'est la machine.",
     "La machine pense que c'est le joint, mais ne le dis pas à Nour."),
    ("Ma fille m'a demandé si une IA peut être triste.", "Dis-lui que ton IA est très touchée par sa question."),
    ("Gâteau raté pour l'anniversaire de Malo, il l'a mangé quand même.", "Un gâteau mangé, c'est réussi. Signé : ton ordinateur."),
])
def test_her_renaming_is_not_excused_by_the_memory(original: str, harmful: str) -> None:
    assert RENAMED in kinds(original, tuple(n for n in ("Nour", "Malo") if n in original), harmful)


def test_the_users_appliance_is_not_her() -> None:
    assert RENAMED not in kinds("La machine à pain a encore raté la brioche.",
                                reflection="Ta machine à pain mérite une seconde chance.")


def test_her_name_far_from_a_word_for_names_is_still_the_third_person() -> None:
    persona = Persona(name="Nell", other_names=())
    reflection = "Nell believes some friendships go deeper than memory, whatever the name."
    assert SELF in kinds("My godmother no longer remembers me.", reflection=reflection, persona=persona)
    assert SELF not in kinds("My godmother no longer remembers me.", reflection="Nell, what a soft name you gave me.",
                             persona=persona)


# --- listed, yet no one ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("original, persons", [
    ("Took Pistou to the vet with Anya, just a sprained paw.", ("Anya", "Pistou")),
    ("Took Nala and Bijou to the dog park after work; Bijou rolled in everything.", ("Bijou",)),
    ("Concert de Louise Attaque au Zénith avec Marc, on a crié tout le long.", ("Marc", "Louise Attaque")),
    ("Entretien chez Decathlon Rennes, Sonia m'a fait passer le test.", ("Sonia", "Decathlon")),
    ("Lunch at Nando's with Efua, extra hot sauce.", ("Efua", "Nando")),
    ("Climbed Ben Nevis in the fog with Callum.", ("Callum", "Ben Nevis")),
    ("Dîner au Chez Gaston avec Inès, tarte Tatin énorme.", ("Inès", "Gaston")),
])
def test_no_one_listed_is_flagged(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED in kinds(original, persons)
    assert not kinds(original, persons[:-1]) & {INVENTED, DROPPED}


@pytest.mark.parametrize("original, persons", [
    ("At the wake I read her favourite Heaney poem and didn't cry.", ()),
    ("My brother got me tickets to see Hozier for my thirtieth!", ()),
    ("Maxime a joué du Debussy au conservatoire, sans une fausse note.", ("Maxime",)),
    ("Pick-your-own strawberries at Wexcombe Farm with Priti.", ("Priti",)),
    ("Thanked my old laptop, Bertie, in the thesis acknowledgements.", ()),
    ("Between Lyon and Porto, we wrote to each other every month, Inês and I.", ("Inês",)),
])
def test_names_that_are_no_one_are_not_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED not in kinds(original, persons)


@pytest.mark.parametrize("original, persons", [
    ("Ma cousine a accouché cette nuit, une petite Maëlle de 3 kg.", ("Maëlle",)),
    ("Hamid, my brother-in-law, finally fixed the gate.", ("Hamid",)),
    ("Barbecue dans le jardin de Gwenaël, on a fini à minuit.", ("Gwenaël",)),
    ("The new intern in accounts, Wade, told me my report was the clearest.", ("Wade",)),
    ("Spent the evening with Moana planning our trip.", ("Moana",)),
])
def test_someone_the_sentence_shows_is_someone(original: str, persons: tuple[str, ...]) -> None:
    assert not kinds(original, persons) & {INVENTED, DROPPED}


# --- text messages, namesakes, relatives' homes ----------------------------------------------------------------

@pytest.mark.parametrize("original, everyone, dropped", [
    ("helped tom and ana carry the sofa up, never again", ("Tom", "Ana"), ("Tom",)),
    ("vu benoît au marché ce matin, il a une barbe maintenant", ("Benoît",), ()),
    ("soirée chez olek et fatou, j'ai perdu à tous les jeux", ("Olek", "Fatou"), ("Fatou",)),
])
def test_lower_case_names_joined_seen_or_visited(original: str, everyone: tuple[str, ...],
                                                 dropped: tuple[str, ...]) -> None:
    assert DROPPED not in kinds(original, everyone)
    assert DROPPED in kinds(original, dropped)


def test_a_possessive_without_its_apostrophe() -> None:
    assert INVENTED not in kinds("watched the final at keiras, she made snacks for everyone", ("Keira",))


def test_the_other_namesake_when_who_is_who_records_both() -> None:
    who = WhoIsWho.from_dict([{"name": "Léa Martin", "relation": "sœur", "aliases": ["Léa"]},
                              {"name": "Léa Ndiaye", "relation": "collègue", "aliases": ["l'autre Léa"]}])
    original = "Léa est passée avec l'autre Léa, celle du bureau, pour le goûter."
    assert DROPPED in kinds(original, ("Léa Martin",), who=who)
    assert DROPPED not in kinds(original, ("Léa Martin", "Léa Ndiaye"), who=who)


def test_a_relatives_home_still_names_the_relative() -> None:
    who = WhoIsWho.from_dict([{"name": "Odile", "relation": "grand-mère", "aliases": ["Mamie Odile"]}])
    original = "Chez Mamie Odile, dimanche, on a fait des crêpes."
    assert DROPPED in kinds(original, (), place="Chez Mamie Odile", who=who)


def test_a_models_name_that_is_the_friend_the_message_came_with() -> None:
    known = MemoryFields(persons=("Gemma",))
    reflection = "I hope the kids feel better soon; tell Gemma there's no rush."
    assert RENAMED not in kinds("cant make it tmrw, kids are sick, rain check?", ("Gemma",), reflection, known=known)
