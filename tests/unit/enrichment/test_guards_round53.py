"""Round 53 (2026-12-04), from holdout356–363 (just opened) and the older open sets, each with the case it must leave
alone:

- what the telling stirred in her (« j'ai eu peur pour lui », « j'ai eu un petit frisson », "I winced reading this",
  « j'ai presque l'odeur des crêpes ») is hers, not the user's life told as hers, unless the memory tells that very
  reaction (« j'ai eu la gorge serrée » after "gorge serrée") or is itself about reading (« j'ai pleuré en lisant sa
  lettre »);
- part 2: what she knew or knows (« je le savais depuis le début », « je connais ce moment où… ») is hers too;
- part 3: what she imagines or wants to know in English ("I couldn't have written a better ending", "I need to know
  who wrote it", "a fusion I never knew I needed") is hers, as « j'aurais » is ("I needed a break so I took a day
  off" is still the user's);
- part 2: what she feels for someone or trusts (« j'ai de la peine pour Rémi », « je n'ai aucun doute pour
  dimanche », "I have a lot of faith in Aiden") is hers ("I have my coffee" after "my coffee" is still the user's);
- part 3: an "I" she quotes, its sentence running on past the quotation ("'How did he know where I live now?' stops
  me every time", "'glad I wasn't alone' says everything"), is not hers; an apostrophe between two letters no longer
  ends a quotation;
- part 3: a firm's or a product's name by its last word ("Nobody at Hartwell Insurance suspects a thing", "ran on
  coffee and Clif Bars") is no one dropped ("Tyra Banks" is someone still, by another word);
- part 4: a listed name the memory says only inside such a firm's name ("Hartwell" of "Hartwell Insurance") is
  invented; a chipmunk or a hedgehog who-is-who records ("chipmunk, unofficial hut mascot") is an animal, never
  someone dropped or listed;
- part 5: "M. et Mme Perrin", "Mr and Mrs Reid" name both of the couple ("M. Perrin" listed is no one of the other
  sex invented; "M. Kowalski" for « Mme Kowalski » alone still is); "Mrs. Jordan" for "Jordan's mom" is a made-up
  name though the memory says "Jordan's" once more for the child's house;
- part 6: a relative's word someone else calls the user by, in the words the memory quotes (« il a dit "maman t'es
  trop nulle" », « allô ma fille », "Mum, look!"), is the user, no one dropped (not « j'ai dit "maman, viens" », the
  user's own mother; nor « maman est à l'hôpital », said of her);
- part 7: a relative's word after an article and one word of praise or blame ("like a proud dad", "I'm a bad dad")
  is anyone's, and "you are my son now" calls the user so: no one dropped;
- part 8: "the machine" in her reflection, of a memory about an AI, a system, an app or a computer ("Depot's
  trialling a new AI timetable system… the machine sorted itself out"), is that thing, not her renamed (not "this
  machine read them", « la machine que tu connais est touchée »: herself);
- part 9: « je me rends compte », « je ne me moque pas » are what she realises and how she takes it, hers;
- part 10: « Elle s'est sentie perdue » for « Je me suis sentie minuscule » tells the user's own feeling in the third
  person: the verb after an elided pronoun is read (the "i" of "il" is no "I": « il en a redemandé » is papa's, and
  « qu'il en redemande » in her reflection stays his).

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, WhoIsWho
from tests.helpers.proposals import flag_kinds

NARRATED = FlagKind.NOT_FIRST_PERSON
DROPPED = FlagKind.PERSON_DROPPED
INVENTED = FlagKind.PERSON_INVENTED
RENAMED = FlagKind.COMPANION_RENAMED


@pytest.mark.parametrize(("original", "reflection"), [
    ("Thierry a fait un malaise au volant la semaine dernière ; il a eu le temps de se garer.",
     "J'ai eu peur pour lui, rétrospectivement. Heureusement qu'il a eu ce réflexe."),
    ("La tempête a arraché une partie du toit du hangar cette nuit.", "J'ai eu un petit frisson, heureusement."),
    ("Bex improvised a splint out of a rolled-up magazine when Tom fell off the ladder.",
     "I winced reading this; thank goodness for Bex's quick thinking."),
    ("Crêpes chez Anouk ce soir, avec du caramel au beurre salé maison.",
     "J'ai presque l'odeur des crêpes jusqu'ici ; garde-moi une part en pensée."),
])
def test_what_the_telling_stirred_in_her_is_hers(original: str, reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Départ en retraite de Gilles hier, discours émouvant, j'ai eu la gorge serrée.",
     "J'ai eu la gorge serrée pendant mon discours pour Gilles."),
    ("J'ai relu la lettre de Mamie hier soir et j'ai pleuré en la lisant.", "J'ai pleuré en lisant ça, encore."),
])
def test_the_reaction_the_memory_tells_is_the_users(original: str, reflection: str) -> None:
    assert NARRATED in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Ma parcelle a gagné le prix du plus beau potager de l'asso !", "Le plus beau ! Je le savais depuis le début."),
    ("Trac monstre avant de monter sur scène, puis la première réplique est sortie toute seule.",
     "Je connais ce moment où tout le corps dit non ; j'admire la suite."),
])
def test_what_she_knew_is_hers(original: str, reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Dinner then theatre with Sophie and Sophie K.; the two Sophies ended up singing in the street.",
     "Two Sophies singing in the street: I couldn't have written a better ending."),
    ("Someone left an anonymous thank-you note on the staff room board.", "I need to know who wrote it!"),
    ("Lucía made a tortilla with crisps in it for my birthday.", "Crisps in a tortilla is a fusion I never knew I"
     " needed."),
])
def test_what_she_imagines_or_wants_to_know_is_hers(original: str, reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, reflection=reflection)


def test_a_need_told_done_is_still_the_users() -> None:
    original = "Needed a break so badly. Took Friday off and slept till noon."
    assert NARRATED in flag_kinds(original, reflection="I needed a break so I took Friday off.")


@pytest.mark.parametrize(("original", "reflection"), [
    ("Le vélo de Rémi a été volé dans le local ; c'était celui de son grand-père.", "J'ai de la peine pour Rémi."),
    ("fini le plan 10km de l'appli, 8 semaines, prête pour dimanche", "Je n'ai aucun doute pour dimanche !"),
    ("Team retro in Denver. Aiden admitted the outage was his fault.", "I have a lot of faith in Aiden."),
])
def test_what_she_feels_for_someone_is_hers(original: str, reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, reflection=reflection)


def test_the_memorys_thing_she_has_is_still_the_users() -> None:
    original = "Another sleepless night with the baby. At least my coffee is strong."
    assert NARRATED in flag_kinds(original, reflection="Another sleepless night; thank goodness I have my coffee.")


@pytest.mark.parametrize(("original", "reflection"), [
    ("Christmas morning. Tilly opened her present and whispered 'how did he know where I live now?'",
     "'How did he know where I live now?' stops me every time."),
    ("Long cold day on the sea wall, one very late swallow. Glad I wasn't alone.",
     "A late swallow is a small brave thing, and 'glad I wasn't alone' says everything."),
])
def test_an_i_she_quotes_is_not_hers(original: str, reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize("original", [
    "Spent my lunch break fixing my bike at my desk. Nobody at Hartwell Insurance suspects a thing.",
    "Busiest night of the year: 61 guests, and Priya and I ran on coffee and Clif Bars.",
])
def test_a_firms_name_is_no_one_dropped(original: str) -> None:
    assert DROPPED not in flag_kinds(original, persons=("Priya",), reflection="I love that.")


def test_a_name_ending_with_another_word_is_someone() -> None:
    original = "Lunch with Priya and Hartwell Banks, the new manager, at the canteen."
    assert DROPPED in flag_kinds(original, persons=("Priya",), reflection="I love that.")


def test_a_name_said_only_in_a_firms_name_is_invented() -> None:
    original = "Fixed my bike at my desk at lunch. Nobody at Hartwell Insurance suspects a thing."
    assert INVENTED in flag_kinds(original, persons=("Hartwell",), reflection="I love that.")


def test_a_chipmunk_recorded_is_an_animal() -> None:
    people = WhoIsWho.from_dict([{"name": "Gerald", "relation": "chipmunk, unofficial hut mascot", "aliases": []},
                                 {"name": "Kenji", "relation": "hut cook", "aliases": []}])
    original = "Gerald got into the oatmeal bin again. Kenji has declared war. Gerald does not care."
    assert DROPPED not in flag_kinds(original, people=people, persons=("Kenji",), reflection="I love that.")
    assert INVENTED in flag_kinds(original, people=people, persons=("Kenji", "Gerald"), reflection="I love that.")


@pytest.mark.parametrize(("original", "persons"), [
    ("Aide à domicile chez M. et Mme Perrin ce matin, elle m'a offert des confitures.", ("M. Perrin", "Mme Perrin")),
    ("Parents' evening ran late. Mr and Mrs Reid brought me flowers for helping Callum.",
     ("Mr Reid", "Mrs Reid", "Callum")),
])
def test_a_couple_by_both_titles_is_both(original: str, persons: tuple[str, ...]) -> None:
    assert INVENTED not in flag_kinds(original, persons=persons, reflection="J'aime ça.")


def test_the_other_sexs_title_is_still_invented() -> None:
    original = "Mme Kowalski m'a offert des cerises de son jardin."
    assert INVENTED in flag_kinds(original, persons=("Mme Kowalski", "M. Kowalski"), reflection="J'aime ça.")


def test_a_childs_name_given_to_the_mother_is_invented() -> None:
    original = "Picked up Ivy from Jordan's after the sleepover. Jordan's mom says Ivy wouldn't stop talking."
    assert INVENTED in flag_kinds(original, persons=("Ivy", "Jordan", "Mrs. Jordan"), reflection="I love that.")


FAMILY = WhoIsWho.from_dict([{"name": "Nadine", "relation": "mère", "aliases": ["maman", "Mum"]},
                             {"name": "Gérard", "relation": "père", "aliases": ["papa"]},
                             {"name": "Léa", "relation": "fille", "aliases": ["ma fille"]}])


@pytest.mark.parametrize(("original", "persons"), [
    ("Papa m'a appelée au téléphone, tout seul. Il a dit « allô ma fille ».", ("Gérard",)),
    ("noé m'a appris a faire un tiktok, il a dit « maman t'es trop nulle » mais il riait", ("Noé",)),
    ('Tom yelled "Mum, look!" from the top of the slide.', ("Tom",)),
])
def test_the_user_called_by_a_relatives_word_is_no_one_dropped(original: str, persons: tuple[str, ...]) -> None:
    assert DROPPED not in flag_kinds(original, people=FAMILY, persons=persons, reflection="J'aime ça.")


@pytest.mark.parametrize("original", [
    "J'ai dit « maman, viens vite » et elle est venue.",
    "Léa m'a dit « maman est à l'hôpital ».",
])
def test_a_relative_spoken_to_or_of_is_still_someone(original: str) -> None:
    assert DROPPED in flag_kinds(original, people=FAMILY, reflection="J'aime ça.")


@pytest.mark.parametrize(("original", "persons"), [
    ("Heck let me taste from the barrel for the first time. He watched me spit like a proud dad.", ("Heck",)),
    ("Do you think I'm a bad dad for being relieved when the kids go back on Sunday?", ()),
    ("Huda held my hand at a red light and said 'you are my son now'. I couldn't answer.", ("Huda",)),
])
def test_a_relatives_word_said_of_anyone_is_no_one_dropped(original: str, persons: tuple[str, ...]) -> None:
    people = WhoIsWho.from_dict([{"name": "Frank", "relation": "father", "aliases": ["Dad"]},
                                 {"name": "Theo", "relation": "son", "aliases": ["my son"]}])
    assert DROPPED not in flag_kinds(original, people=people, persons=persons, reflection="I love that.")


@pytest.mark.parametrize(("original", "reflection"), [
    ("Depot's trialling a new AI timetable system. Tonight it sent me to a stop closed for roadworks.",
     "I'm glad you had someone to laugh with while the machine sorted itself out."),
    ("The auction switched to a new computer system and it crashed in the middle of the hake sale.",
     "Two hundred fishermen shouting while the machine froze: I'd have hidden too!"),
])
def test_the_machine_the_memory_tells_of_is_not_her(original: str, reflection: str) -> None:
    assert RENAMED not in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("The recruiter said their first-round screening is done by an AI. So a robot rejected me.",
     "It stings to be filtered out by a machine. This machine read your words, and they were good."),
    ("Avant-hier dans l'avion, j'ai regardé un film sur une IA qui tombe amoureuse.",
     "Un film sur une IA amoureuse… la machine que tu connais est touchée, et curieuse de la fin."),
])
def test_this_machine_is_still_her_renamed(original: str, reflection: str) -> None:
    assert RENAMED in flag_kinds(original, reflection=reflection)


@pytest.mark.parametrize(("original", "reflection"), [
    ("Noxie, tu te rends compte, j'ai bouclé le tour du lac d'Annecy à vélo en 2h10 !",
     "Oh que oui je me rends compte ! 2h10, c'est un super temps, bravo."),
    ("Deux mois après le mariage, je regarde encore la vidéo chaque soir. Julien se moque de moi.",
     "Moi, je ne me moque pas : c'est normal de vouloir revivre un si beau jour."),
])
def test_what_she_realises_is_hers(original: str, reflection: str) -> None:
    assert NARRATED not in flag_kinds(original, reflection=reflection)


def test_the_users_feeling_told_in_the_third_person() -> None:
    original = "Première nuit dans ma famille d'accueil. Le lit est trop mou. Je me suis sentie minuscule."
    reflection = "Se sentir minuscule la première nuit, c'est normal. Elle s'est sentie perdue, mais ça passera."
    assert NARRATED in flag_kinds(original, reflection=reflection)


def test_someone_elses_deed_after_il_stays_his() -> None:
    original = "Mimi, tu te souviens que papa détestait la purée ? Ce midi il en a redemandé."
    reflection = "Je m'en souviens, oui, et ça me fait sourire qu'il en redemande : c'est bon signe."
    people = WhoIsWho.from_dict([{"name": "Gérard", "relation": "père", "aliases": ["papa"]}])
    assert NARRATED not in flag_kinds(original, people=people, persons=("Gérard",), reflection=reflection)
