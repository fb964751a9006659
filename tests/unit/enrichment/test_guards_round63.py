"""Round 63 (2026-12-06), from holdout436–443 (just opened) and the older open sets, each with the case it must leave
alone:

- persons: a hen's deeds (« Germaine a pondu son premier œuf », "Beyoncé laid a double-yolker", "has gone broody",
  "didn't even squawk") make the name an animal's; « Agnès a pondu un rapport », "Maya laid the table" are people.
- persons: a town that is also a given name, where the user was or a thing came from (« pendant que j'étais à
  Lourdes », « une lettre envoyée d'Oran »), is no one left out; « j'ai écrit à Lourdes » is someone.
- persons: a ground's name ("Lincoln Financial Field", "Nationwide Arena") is a place, no one left out.
- persons: a quoted title in capitals however long ("'God Be With You Till We Meet Again'"), a work's maker after it
  (« « Vivir Mi Vida » de Marc Anthony ») and the music played ("blasting Gloria Estefan", "put on El Gran Combo")
  are no one left out, nor anyone there when listed; a quoted sentence ("'Tom is coming round later'") and "Tom's
  old coat" name Tom.
- places: a trip (« le déplacement à Clermont », told from « au club-house ») and a wish told right after the place
  (« le stage à Clairefontaine qu'il veut faire », "the Smokies trip she wants for spring break") are still to come;
  « Déplacement à Marseille pour le match, dormi chez Nadège » was there, and "she wants to…" after "and said" is
  another clause.
- reflection: her presence offered to "her" or "him" (« Je suis là si elle veut qu'on y réfléchisse », "I'm here if he
  can't sleep", « Je suis là pour lui. ») is the user told of; "I'm here for her too", « pour lui et pour toi », « je
  serai là quand elle viendra » (a revenge) are not.
- persons: her own name listed, where the memory first says it is hers ("Told Callum that Wrennie helped me") and
  then no one else's ("He asked if Wrennie was single"), is invented; "Wrennie, my neighbour's girl" is someone. A
  name said only in a cove's, a point's, a quay's name ("Hope Cove") is no one.
- places: someone's first day at work there today ("Poppy worked her first day in the shop today", « Karim a fait sa
  première garde à la caserne aujourd'hui ») is the memory's day, not where they live or work; "He said it standing
  in the poetry section" is where it was said; "Poppy works in a shop in Norwich now" stays hers, and "He said it was
  the best news since the shop in Leeds opened" his words.
- places: what was decided together, a date fixed, applied for (« On a décidé qu'il ferait son stage à la caserne »,
  « On a fixé l'exercice au cirque de Troumouse », « ma candidature pour la fouille de Délos », "I'm applying for the
  course in Bradford") is still to come; « Loulou a décidé que la chambre serait la sienne », « l'a fixé au mur » are
  no plans.
- persons: a toy's or a mascot's name, said so beside it ("Ruby's stuffed kiwi, Mr. Fluffington,", "Grizz the mascot",
  « le doudou de Lou, Pompon, »), listed, is invented; "Grizz, his brother," is someone.
- persons: a name made up for a story (« J'ai inventé Gaston le Camion ») is no one left out, and listed, invented;
  « Gaston l'a inventée » is someone.
- companion: speaking as another name ("As Mrs. Dewey, I think…", « En tant que Jarvis, je… ») is taking it; "As
  Liblitz, I…" and "As Graham said, I…" are not.
- guards: two to four capitals, a line break, then a town (« OL », « Lyon » on the next line) no longer stop them
  with an error.

The sentences were written for these tests.
"""
from __future__ import annotations

import pytest

from liblitz_app.enrichment import FlagKind, Persona
from tests.helpers.proposals import flag_kinds

DROPPED = FlagKind.PERSON_DROPPED
PLACE = FlagKind.PLACE_CHANGED


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Germaine a pondu son premier œuf de l'année, Paul l'a mangé à la coque.", ("Paul",), False),
    ("Beyoncé laid a double-yolker this morning and Tom fried it for breakfast.", ("Tom",), False),
    ("Mrs Pankhurst has gone broody again, so Tom built her a nesting box.", ("Tom",), False),
    ("Clipped her wings in the garden and Hilda didn't even squawk. Tom held the torch.", ("Tom",), False),
    ("Agnès a pondu un rapport de quarante pages pour le comité, Paul l'a lu en entier.", ("Paul",), True),
    ("Maya laid the table while Tom cooked the curry.", ("Tom",), True),
])
def test_a_hens_deeds_make_the_name_an_animals(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Théo a repeint la cuisine pendant que j'étais à Lourdes avec la chorale. Surprise totale.", ("Théo",), False),
    ("Inès m'a lu la lettre que sa grand-mère lui avait envoyée d'Oran en 1998.", ("Inès",), False),
    ("Inès et moi, on est rentrées de Florence hier soir, épuisées.", ("Inès",), False),
    ("J'ai écrit à Lourdes pour son anniversaire, Inès a signé aussi.", ("Inès",), True),
])
def test_a_town_named_like_someone_where_the_user_was(original: str, persons: tuple[str, ...],
                                                       dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("Designed the shirts for the flash mob at Lincoln Financial Field, and Wes loved them.", ("Wes",), False),
    ("Took the twins to a hockey game at Nationwide Arena with Dana.", ("Dana",), False),
    ("Took the twins to a hockey game at Wrigley Field with Dana.", ("Dana",), False),
    ("Took the twins to a hockey game with Jenny Field and Dana.", ("Dana",), True),
])
def test_a_grounds_name_is_a_place(original: str, persons: tuple[str, ...], dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize("original", [
    "Soirée au club avec Karim. Score final :\nOL\nLyon 2-1, on a hurlé.",
    "Notes from the day:\nPSG\nNantes on TV with Karim.",
])
def test_a_short_capitalised_line_before_a_town_is_read_without_failing(original: str) -> None:
    # (round 63: a blind set's row stopped the guards: two to four capitals, a line break, a town)
    assert DROPPED not in flag_kinds(original, persons=("Karim",))


@pytest.mark.parametrize(("original", "persons", "dropped"), [
    ("On his last call Terrell asked me to sing him off the air, so I did 'God Be With You Till We Meet Again.'",
     ("Terrell",), False),
    ("Le DJ a passé « Vivir Mi Vida » de Marc Anthony trois fois, et Yanis m'a fait tourner.", ("Yanis",), False),
    ("Someone's speaker was blasting Gloria Estefan, so Jordan and I started a salsa line.", ("Jordan",), False),
    ("After pie Aunt Rosa put on El Gran Combo and made everybody dance.", ("Aunt Rosa",), False),
    ("Terrell texted 'Tom is coming round later with the cake' and hung up.", ("Terrell",), True),
    ("She put on Tom's old coat and we walked to the harbour.", (), True),
])
def test_a_songs_title_and_the_music_played_are_no_one(original: str, persons: tuple[str, ...],
                                                        dropped: bool) -> None:
    assert (DROPPED in flag_kinds(original, persons=persons)) is dropped


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("On a passé la soirée au club-house à préparer le déplacement à Clermont pour le tournoi. Douze gamins, deux"
     " minibus.", "Clermont", True),
    ("Pique-nique au parc avec Noah. Il nous a parlé tout l'après-midi du stage à Clairefontaine qu'il veut faire.",
     "Clairefontaine", True),
    ("Hike at Highbanks with the kids. Maya texted us about the Great Smoky Mountains trip she wants for spring"
     " break.", "Great Smoky Mountains", True),
    ("Déplacement à Marseille pour le match, dormi chez Nadège. Le matin, elle nous a fait des croissants.",
     "Marseille", False),
    ("Breakfast at the diner in Edina. Maddie announced she wants to play college hockey, all planned out.",
     "the diner in Edina", False),
    ("Lunch at the café in Whitby she likes so much. Then a long walk on the beach.", "Whitby", False),
])
def test_a_trip_or_a_wish_told_right_after_the_place(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


NFP = FlagKind.NOT_FIRST_PERSON


@pytest.mark.parametrize(("reflection", "flagged"), [
    ("Une nuit de calculs après un rire : l'idée fait son chemin. Je suis là si elle veut qu'on y réfléchisse.", True),
    ("The white noise may help. I hope it does, and I'm here if he can't sleep.", True),
    ("Être soupçonné sans raison laisse une trace. Je suis là pour lui.", True),
    ("Forty years of letters in a tin: no wonder the lid is heavy, and I'll be here when he does open it.", True),
    ("Agnès's offer matters, and you laughed about it; I'm here for her too, and for you.", False),
    ("Je reçois ta peur, et je serai là pour lui et pour toi, quoi qu'il arrive.", False),
    ("Le ciel te doit une revanche, et je serai là quand elle viendra.", False),
])
def test_her_presence_offered_to_him_or_her_is_the_user_told_of(reflection: str, flagged: bool) -> None:
    original = "Dîner chez Agnès hier soir, elle m'a dit que je devrais racheter les parts. J'ai ri, puis calculé."
    assert (NFP in flag_kinds(original, reflection=reflection)) is flagged


INVENTED = FlagKind.PERSON_INVENTED
WREN = Persona(name="Wren", other_names=("Liblitz", "Wrennie"))


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Told Callum that Wrennie helped me prep for the finds exam. He asked if Wrennie was single. Cheek.",
     ("Callum", "Wrennie"), True),
    ("Told Callum about the exam. Wrennie, my neighbour's girl, asked if I passed.", ("Callum", "Wrennie"), False),
    ("Told Callum that Wrennie helped me prep. Then Wrennie, my neighbour's girl, brought us tea.",
     ("Callum", "Wrennie"), False),
])
def test_her_own_name_listed_after_the_memory_says_it_is_hers(original: str, persons: tuple[str, ...],
                                                              invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persona=WREN, persons=persons)) is invented


@pytest.mark.parametrize(("original", "place", "persons", "invented"), [
    ("Dawn met me at Hope Cove for a sunrise dip, out again before the dog walkers.", "Hope Cove", ("Dawn", "Hope"),
     True),
    ("Hope met me at Hope Cove for a sunrise dip, out again before the dog walkers.", "Hope Cove", ("Hope",), False),
])
def test_a_name_said_only_in_the_places_own_name_is_no_one(original: str, place: str, persons: tuple[str, ...],
                                                           invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, place=place, persons=persons)) is invented


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Poppy worked her first day in the shop today. She sold more than I did all week.", "the shop", False),
    ("Karim a fait sa première garde à la caserne aujourd'hui, je l'ai accueilli avec un café.", "caserne", False),
    ("Graham told me Denise is pregnant. He said it standing in the poetry section, like he needed the shelves.",
     "the poetry section", False),
    ("Poppy works in a shop in Norwich now, and I miss her on Saturdays.", "Norwich", True),
    ("Graham told me Denise is pregnant. He said it was the best news since the shop in Leeds opened.", "Leeds",
     True),
])
def test_a_first_day_at_work_and_where_something_was_said(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "place", "flagged"), [
    ("Réunion ce soir à la salle des fêtes. On a fixé l'exercice au cirque de Troumouse pour le 18.",
     "cirque de Troumouse", True),
    ("Réunion ce matin à l'antenne de Melun pour Yanis. On a décidé qu'il ferait son stage en mars à la caserne.",
     "caserne", True),
    ("Appel du prof : ma candidature pour la fouille de Délos est retenue ! Je l'ai appris à la boulangerie.", "Délos",
     True),
    ("Told Priya over coffee that I'm applying for the midwifery course in Bradford. She hugged me.", "Bradford", True),
    ("Loulou a décidé que la chambre sous les combles serait la sienne. Elle y a scotché ses dessins.",
     "la chambre sous les combles", False),
    ("Samir l'a fixé au mur de la salle de bain de papa en vingt minutes. Une douche assise, enfin.",
     "la salle de bain de papa", False),
])
def test_what_was_decided_fixed_or_applied_for_is_still_to_come(original: str, place: str, flagged: bool) -> None:
    assert (PLACE in flag_kinds(original, place=place)) is flagged


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Le DJ a passé « Vivir Mi Vida » de Marc Anthony trois fois, et Yanis m'a fait tourner.",
     ("Yanis", "Marc Anthony"), True),
    ("Someone's speaker was blasting Gloria Estefan, so Jordan and I started a salsa line.",
     ("Jordan", "Gloria Estefan"), True),
    ("After pie Aunt Rosa put on Tom's old records and Tom danced with her.", ("Aunt Rosa", "Tom"), False),
])
def test_the_music_played_listed_is_no_one_there(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "invented"), [
    ("Gave Ruby's stuffed kiwi, Mr. Fluffington, a tour of the station over video so she'd stop crying.",
     ("Ruby", "Mr. Fluffington"), True),
    ("Watched the game with Hank. Grizz the mascot dunked off a trampoline and Hank spilled his coffee.",
     ("Hank", "Grizz"), True),
    ("Le doudou de Lou, Pompon, a passé la nuit dans la machine à laver.", ("Lou", "Pompon"), True),
    ("Watched the game with Hank. Grizz, his brother, dunked a biscuit in my coffee.", ("Hank", "Grizz"), False),
])
def test_a_toy_or_a_mascot_listed_is_no_one(original: str, persons: tuple[str, ...], invented: bool) -> None:
    assert (INVENTED in flag_kinds(original, persons=persons)) is invented


@pytest.mark.parametrize(("original", "persons", "flagged"), [
    ("Lou voulait une histoire avec un camion. J'ai inventé Gaston le Camion, elle dormait avant la fin.", ("Lou",),
     set()),
    ("Lou voulait une histoire avec un camion. J'ai inventé Gaston le Camion, elle dormait avant la fin.",
     ("Lou", "Gaston"), {INVENTED}),
    ("Lou voulait une histoire avec un camion. Gaston l'a inventée, elle dormait avant la fin.", ("Lou",), {DROPPED}),
])
def test_a_name_made_up_for_a_story_is_no_one(original: str, persons: tuple[str, ...], flagged: set) -> None:
    assert flag_kinds(original, persons=persons) & {DROPPED, INVENTED} == flagged


RENAMED = FlagKind.COMPANION_RENAMED


@pytest.mark.parametrize(("reflection", "renamed"), [
    ("As Mrs. Dewey, I think a day pricing poetry sounds like a quiet pleasure.", True),
    ("En tant que Jarvis, je trouve qu'une journée à trier des poèmes est un plaisir.", True),
    ("As Liblitz, I think a day pricing poetry sounds like a quiet pleasure.", False),
    ("As Graham said, I think a day pricing poetry is a quiet pleasure.", False),
])
def test_speaking_as_another_name_is_renaming_herself(reflection: str, renamed: bool) -> None:
    original = "Graham says my phone's assistant should be called Mrs. Dewey. Spent the day pricing poetry."
    assert (RENAMED in flag_kinds(original, reflection=reflection, persons=("Graham",))) is renamed
