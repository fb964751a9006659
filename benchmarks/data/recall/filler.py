"""Hand-written pieces that make_history.py composes into filler (distractor) memories.

The filler mentions the same cast and places as the key memories but stays mundane, so that
every key memory has near-duplicates (same person, same city, other day) without a second
memory that answers its question.
"""

# name -> (French ways to say it, English ways to say it); the first name is the canonical person.
CAST = {
    "Léa": (["Léa", "ma sœur", "Lélé"], ["Léa", "my sister", "Lélé"]),
    "Thomas": (["Tom", "mon frère", "Thomas"], ["Tom", "my brother", "Thomas"]),
    "Maman": (["Maman", "ma mère"], ["Mum", "my mother"]),
    "Papa": (["Papa", "mon père"], ["Dad", "my father"]),
    "Mamie Jeanne": (["Mamie", "Mamie Jeanne"], ["Grandma", "Mamie Jeanne"]),
    "Hugo": (["Hugo", "mon neveu"], ["Hugo", "my nephew"]),
    "Damien": (["Damien", "mon beau-frère"], ["Damien", "my brother-in-law"]),
    "Nadia": (["Nadia", "Nad"], ["Nadia", "Nad"]),
    "Karim": (["Karim"], ["Karim"]),
    "Julien": (["Juju", "Julien"], ["Juju", "Julien"]),
    "Yasmine": (["Yaz", "ma cousine Yasmine"], ["Yaz", "my cousin Yasmine"]),
    "Marc": (["Marc", "mon chef"], ["Marc", "my boss"]),
    "Sophie": (["Sophie"], ["Sophie"]),
    "Inès": (["Inès"], ["Inès"]),
    "Priya": (["Priya"], ["Priya"]),
    "Sam": (["Sam"], ["Sam"]),
    "Ben": (["Ben"], ["Ben"]),
    "Olivier": (["Olivier", "le coach"], ["Olivier", "the coach"]),
    "Lucie": (["Lucie"], ["Lucie"]),
    "Émilie": (["Émilie", "la voisine"], ["Émilie", "my neighbour"]),
    "Chloé": (["Chloé"], ["Chloé"]),
    "Raphaël": (["Raphaël", "Raph"], ["Raphaël", "Raph"]),
}
# Words that reveal a cast member in a hand-written turn (for the persons field).
MENTIONS = {
    "Léa": "Léa", "Lélé": "Léa", "sœur": "Léa", "sister": "Léa", "Tom": "Thomas", "Thomas": "Thomas",
    "frère": "Thomas", "brother": "Thomas", "Maman": "Maman", "Mum": "Maman", "mother": "Maman",
    "Papa": "Papa", "Dad": "Papa", "father": "Papa", "Mamie": "Mamie Jeanne", "Grandma": "Mamie Jeanne",
    "grand-mère": "Mamie Jeanne", "grandma": "Mamie Jeanne", "Hugo": "Hugo", "Damien": "Damien",
    "Nadia": "Nadia", "Nad": "Nadia", "Karim": "Karim", "Juju": "Julien", "Julien": "Julien",
    "Yaz": "Yasmine", "Yasmine": "Yasmine", "Marc": "Marc", "Sophie": "Sophie", "Inès": "Inès",
    "Priya": "Priya", "Sam": "Sam", "Ben": "Ben", "Olivier": "Olivier", "Lucie": "Lucie",
    "Émilie": "Émilie", "Chloé": "Chloé", "Raphaël": "Raphaël", "Raph": "Raphaël", "Pistache": "Pistache",
    "Camille": "Camille",
}
# place -> (French "at" phrase, English "at" phrase)
PLACES = {
    "Grenoble": ("à Grenoble", "in Grenoble"),
    "Lyon": ("à Lyon", "in Lyon"),
    "Paris": ("à Paris", "in Paris"),
    "Marseille": ("à Marseille", "in Marseille"),
    "Saint-Aubin": ("à Saint-Aubin", "in Saint-Aubin"),
    "bureau": ("au bureau", "at the office"),
    "hôpital": ("à l'hôpital", "at the hospital"),
    "London": ("à Londres", "in London"),
    "Annecy": ("à Annecy", "in Annecy"),
    "Chamrousse": ("à Chamrousse", "in Chamrousse"),
}
# Who is plausibly met where (keeps filler believable).
HAUNTS = {
    "Léa": ["Lyon", "Saint-Aubin", "Grenoble"], "Thomas": ["Paris", "Saint-Aubin"],
    "Maman": ["Saint-Aubin", "Grenoble"], "Papa": ["Saint-Aubin", "Grenoble"], "Mamie Jeanne": ["Saint-Aubin"],
    "Hugo": ["Lyon", "Saint-Aubin"], "Damien": ["Lyon"], "Nadia": ["Grenoble", "Annecy", "Chamrousse"],
    "Karim": ["Grenoble", "hôpital"], "Julien": ["Marseille"], "Yasmine": ["Marseille"],
    "Marc": ["bureau", "Lyon", "Paris"], "Sophie": ["bureau", "Grenoble"], "Inès": ["bureau", "Grenoble"],
    "Priya": ["bureau", "London"], "Sam": ["London", "Paris"], "Ben": ["London"],
    "Olivier": ["Grenoble", "Lyon"], "Lucie": ["Grenoble", "Annecy"], "Émilie": ["Grenoble"],
    "Chloé": ["Paris"], "Raphaël": ["Grenoble"],
}

# (French activity, English activity) done with someone; mundane on purpose.
ACTIVITIES = [
    ("Café", "Coffee"), ("Déjeuner rapide", "Quick lunch"), ("Balade", "Walk"), ("Apéro", "Drinks"),
    ("Courses", "Grocery run"), ("Ciné", "Cinema"), ("Soirée jeux de société", "Board game night"),
    ("Brunch", "Brunch"), ("Long coup de fil", "Long phone call"), ("Visio", "Video call"),
    ("Dîner", "Dinner"), ("Marché du samedi", "Saturday market"), ("Tour à vélo", "Bike ride"),
    ("Pique-nique", "Picnic"), ("Expo photo", "Photo exhibition"),
]
# (French, English, emotion, intensity) endings that set the filler's emotion.
TAILS = [
    ("On a parlé de tout et de rien.", "We talked about nothing in particular.", "neutral", 2),
    ("Rien de spécial, mais ça fait du bien.", "Nothing special, but it felt good.", "joy", 4),
    ("Il pleuvait, on est restés à l'intérieur.", "It was raining, so we stayed inside.", "neutral", 2),
    ("On a refait le monde.", "We put the world to rights.", "joy", 3),
    ("Je suis rentré tard, crevé.", "Got home late, shattered.", "neutral", 3),
    ("Un peu de mélancolie en rentrant.", "A bit melancholy on the way home.", "sadness", 3),
    ("Hâte de recommencer.", "Can't wait to do it again.", "anticipation", 4),
    ("Agacé par les bouchons au retour.", "Annoyed by the traffic on the way back.", "anger", 3),
    ("Bonne humeur toute la soirée.", "Good mood all evening.", "joy", 5),
    ("On s'est promis de se voir plus souvent.", "We promised to meet more often.", "trust", 4),
    ("J'ai trouvé le temps long.", "It dragged on a bit.", "neutral", 2),
    ("Ça m'a remonté le moral.", "It cheered me up.", "joy", 5),
]
# Diary openings and middles: (French, English).
OPENINGS = [
    ("Journée grise.", "Grey day."), ("Grand soleil aujourd'hui.", "Bright sunshine today."),
    ("Réveil difficile.", "Hard to get up this morning."), ("Journée chargée.", "Busy day."),
    ("Dimanche tranquille.", "Quiet Sunday."), ("Encore une semaine qui file.", "Another week flying by."),
    ("Il a neigé cette nuit.", "It snowed overnight."), ("Chaleur écrasante.", "Crushing heat."),
]
MIDDLES = [
    ("{who} m'a parlé de ses projets pour l'été", "{who} told me about summer plans"),
    ("on a testé un nouveau resto {where}", "we tried a new restaurant {where}"),
    ("on a fait le marché {where} avec {who}", "{who} and I did the market {where}"),
    ("j'ai regardé un vieux film avec {who}", "I watched an old film with {who}"),
    ("j'ai aidé {who} à ranger la cave", "I helped {who} clear out the cellar"),
    ("on a parlé boulot avec {who}, rien de neuf", "talked shop with {who}, nothing new"),
    ("{who} m'a appelé pour prendre des nouvelles", "{who} called to catch up"),
    ("petite marche {where} avec {who}", "short walk {where} with {who}"),
    ("on a bu un verre {where} avec {who}", "had a drink {where} with {who}"),
    ("j'ai croisé {who} par hasard {where}", "bumped into {who} {where} by chance"),
]
# Routine notes with a fixed place (work, health, home): (French, English, person or "", place, emotion, intensity).
ROUTINES = [
    ("Réunion budget avec Marc, on a décalé le lancement.", "Budget meeting with Marc, launch pushed back.", "Marc", "bureau", "neutral", 2),
    ("Point hebdo avec Sophie et Inès.", "Weekly sync with Sophie and Inès.", "Sophie", "bureau", "neutral", 1),
    ("Marc a encore changé les priorités du sprint.", "Marc changed the sprint priorities again.", "Marc", "bureau", "anger", 3),
    ("Démo en visio avec Priya, ça a planté deux fois.", "Video demo with Priya, crashed twice.", "Priya", "bureau", "anger", 2),
    ("Formation sécurité obligatoire, trois heures.", "Mandatory safety training, three hours.", "", "bureau", "neutral", 1),
    ("Pot d'anniversaire d'Inès à la cafétéria.", "Inès's birthday drinks in the cafeteria.", "Inès", "bureau", "joy", 3),
    ("Prise de sang de routine, rien à signaler.", "Routine blood test, all normal.", "", "hôpital", "neutral", 2),
    ("Rendez-vous chez le dentiste, un détartrage.", "Dentist appointment, just a cleaning.", "", "Grenoble", "neutral", 2),
    ("Visite à Karim pendant sa pause au CHU.", "Visited Karim on his break at the hospital.", "Karim", "hôpital", "trust", 3),
    ("Attente interminable aux urgences pour une entorse de rien du tout.", "Endless wait in A&E for a tiny sprain.", "", "hôpital", "anger", 3),
    ("Ménage à fond de l'appart.", "Deep-cleaned the flat.", "", "Grenoble", "neutral", 1),
    ("Pistache a encore renversé sa gamelle.", "Pistache knocked over his bowl again.", "Pistache", "Grenoble", "neutral", 2),
    ("Émilie m'a rapporté un colis.", "Émilie brought up a parcel for me.", "Émilie", "Grenoble", "trust", 2),
    ("Sortie du club de course, 10 km tranquilles.", "Running club outing, an easy 10k.", "Olivier", "Grenoble", "joy", 3),
    ("Séance de yoga, je progresse un peu.", "Yoga class, getting a little better.", "Lucie", "Grenoble", "joy", 3),
    ("Appel à Mamie, elle se plaint de la météo.", "Called Grandma, she grumbled about the weather.", "Mamie Jeanne", "Saint-Aubin", "neutral", 2),
    ("Papa m'a envoyé des photos de ses tomates.", "Dad sent me photos of his tomatoes.", "Papa", "Saint-Aubin", "joy", 2),
    ("Déjeuner du dimanche chez les parents.", "Sunday lunch at my parents'.", "Maman", "Saint-Aubin", "joy", 3),
    ("Train pour Lyon en retard de quarante minutes.", "Train to Lyon forty minutes late.", "", "Lyon", "anger", 3),
    ("Déplacement pro à Paris, aller-retour dans la journée.", "Day trip to Paris for work.", "Marc", "Paris", "neutral", 2),
]
# Filler facts, consistent with the key facts and never asked about.
FACTS = [
    ("Léa boit son café sans sucre mais avec beaucoup de lait.", "fr", "Léa"),
    ("Tom supports PSG; never bring it up in front of Juju.", "en", "Thomas"),
    ("Papa ne conduit plus la nuit depuis 2020.", "fr", "Papa"),
    ("Maman fait partie de la chorale de Saint-Aubin.", "fr", "Maman"),
    ("Mamie Jeanne's dog Filou is a grumpy old beagle.", "en", "Mamie Jeanne"),
    ("Nadia déteste la coriandre.", "fr", "Nadia"),
    ("Karim parle arabe et un peu d'italien.", "fr", "Karim"),
    ("Juju plays bass in a cover band called Les Cigales.", "en", "Julien"),
    ("Yaz a un scooter rouge qu'elle conduit beaucoup trop vite.", "fr", "Yasmine"),
    ("Marc takes his coffee black and his meetings long.", "en", "Marc"),
    ("Sophie est née au Québec, d'où son accent.", "fr", "Sophie"),
    ("Inès collectionne les plantes grasses sur son bureau.", "fr", "Inès"),
    ("Priya has a greyhound called Biscuit.", "en", "Priya"),
    ("Sam teaches French at a secondary school in Hackney.", "en", "Sam"),
    ("Ben is afraid of dogs.", "en", "Ben"),
    ("Olivier a couru l'UTMB en 2019.", "fr", "Olivier"),
    ("Émilie a deux enfants, Noé et Lina.", "fr", "Émilie"),
    ("Chloé is allergic to cats, so no Pistache when she visits.", "en", "Chloé"),
    ("Raphaël ronfle, il le nie.", "fr", "Raphaël"),
    ("Damien fait du rugby le dimanche.", "fr", "Damien"),
    ("Hugo is scared of the dark; leave the hallway light on.", "en", "Hugo"),
    ("Lucie ne boit pas d'alcool.", "fr", "Lucie"),
    ("Mon code de porte d'immeuble : 4B27.", "fr", ""),
    ("My bike lock code is 0911.", "en", ""),
    ("Je chausse du 43.", "fr", ""),
    ("My dentist is Dr Faure, avenue Alsace-Lorraine.", "en", ""),
    ("La boulangerie en bas de chez moi ferme le mercredi.", "fr", ""),
    ("Papa's mobile number ends in 42.", "en", "Papa"),
]

# Chat small talk: (companion question, [user replies]); {who} is filled with a cast member.
SMALL_TALK = {
    "fr": [
        ("Comment s'est passée ta journée ?", ["Plutôt calme, j'ai surtout rangé l'appart.", "Longue. Beaucoup de mails.",
                                               "Bien, j'ai pu sortir marcher à midi.", "Bof, je suis fatigué."]),
        ("Tu as bien dormi ?", ["Pas trop, Pistache m'a réveillé à 5h.", "Comme un bébé.", "Moyen, trop chaud."]),
        ("Quoi de neuf depuis la dernière fois ?", ["Pas grand-chose, le train-train.", "J'ai enfin réparé l'étagère.",
                                                    "Rien de fou, j'ai vu {who} ce week-end."]),
        ("Tu fais quoi ce week-end ?", ["Je vais voir {who}, je pense.", "Rien, et c'est très bien.", "Ménage et série."]),
        ("Tu as mangé quoi ce midi ?", ["Une salade au bureau, triste.", "Des restes de gratin.", "Un kebab avec {who}."]),
        ("Tu regardes quoi en ce moment ?", ["Une série policière danoise.", "Des vidéos de cuisine, surtout.", "Rien, je lis plutôt."]),
        ("Tu as des nouvelles de {who} ?", ["Oui, ça va, beaucoup de boulot.", "On s'est appelés dimanche, rien de spécial.",
                                            "Pas depuis un moment, je devrais appeler.", "Oui, un message rapide hier."]),
        ("Et le boulot, ça avance ?", ["Ça avance, lentement.", "Le projet a encore pris du retard.", "Ça va, calme en ce moment."]),
        ("Il fait quel temps chez toi ?", ["Gris et frais.", "Grand beau, les montagnes sont magnifiques.",
                                           "Orageux, j'ai fermé les volets."]),
        ("Tu as réussi à te reposer ?", ["Un peu, j'ai fait une sieste.", "Pas vraiment.", "Oui, je me suis couché tôt."]),
        ("Tu lis quelque chose en ce moment ?", ["Un polar islandais, très sombre.", "Une BD que {who} m'a prêtée.",
                                                 "Rien, je n'arrive pas à me concentrer."]),
        ("Tu as fait du sport cette semaine ?", ["Deux petites sorties de course.", "Zéro, honte à moi.",
                                                 "Un peu de vélo le long de l'Isère."]),
        ("Tu as cuisiné quoi ce soir ?", ["Une soupe de légumes.", "Rien, j'ai commandé des sushis.",
                                          "Des pâtes au pesto, comme d'hab."]),
        ("Ça va le moral ?", ["Ça va, un peu fatigué.", "Plutôt bien, merci.", "Moyen, la semaine a été longue."]),
        ("Tu as écouté quoi aujourd'hui ?", ["Un vieux Bashung.", "Un podcast sur l'histoire de Rome.",
                                             "La playlist que {who} m'a envoyée."]),
        ("Le chat va bien ?", ["Il dort sur le radiateur depuis ce matin.", "Il a chassé une mouche pendant une heure.",
                               "Il réclame à manger toutes les dix minutes."]),
        ("Tu as des projets pour les vacances ?", ["Pas encore, peut-être la montagne.", "Je n'y ai pas réfléchi.",
                                                   "Peut-être un saut chez {who}."]),
    ],
    "en": [
        ("How was your day?", ["Quiet, mostly tidied the flat.", "Long. Too many emails.", "Good, I managed a walk at lunch.",
                               "Meh, I'm tired."]),
        ("Did you sleep well?", ["Not really, Pistache woke me at 5.", "Like a log.", "So-so, too hot."]),
        ("What's new since last time?", ["Not much, same old.", "I finally fixed the shelf.", "Nothing big, saw {who} at the weekend."]),
        ("Any plans for the weekend?", ["Seeing {who}, I think.", "Nothing, and I love it.", "Cleaning and a series."]),
        ("What did you have for lunch?", ["A sad salad at my desk.", "Leftover gratin.", "A kebab with {who}."]),
        ("Watching anything good lately?", ["A Danish crime series.", "Cooking videos, mostly.", "Not really, reading instead."]),
        ("Heard from {who} lately?", ["Yes, they're fine, busy with work.", "We spoke on Sunday, nothing special.",
                                       "Not for a while, I should call.", "Yes, a quick text yesterday."]),
        ("How's work going?", ["Getting there, slowly.", "The project slipped again.", "Fine, quiet at the moment."]),
        ("What's the weather like over there?", ["Grey and chilly.", "Sunny, the mountains look amazing.",
                                                 "Stormy, I closed the shutters."]),
        ("Did you manage to rest?", ["A bit, I had a nap.", "Not really.", "Yes, early night."]),
        ("Reading anything at the moment?", ["An Icelandic crime novel, very dark.", "A comic {who} lent me.",
                                             "Nothing, I can't focus."]),
        ("Did you get any exercise this week?", ["Two short runs.", "Zero, shame on me.", "A bit of cycling along the river."]),
        ("What did you cook tonight?", ["Vegetable soup.", "Nothing, I ordered sushi.", "Pasta with pesto, as usual."]),
        ("How's your mood?", ["Okay, a bit tired.", "Pretty good, thanks.", "So-so, it's been a long week."]),
        ("What have you been listening to?", ["Some old Bashung.", "A podcast about ancient Rome.",
                                              "The playlist {who} sent me."]),
        ("Is the cat okay?", ["He's been asleep on the radiator all morning.", "He chased a fly for an hour.",
                              "He asks for food every ten minutes."]),
        ("Any holiday plans?", ["Not yet, maybe the mountains.", "Haven't thought about it.", "Maybe a quick visit to {who}."]),
    ],
}
GOODBYES = {
    "fr": [("Bonne soirée, repose-toi.", "Merci, à demain !"), ("Je te laisse, tu me raconteras ?", "Promis, bonne nuit.")],
    "en": [("Have a good evening, get some rest.", "Thanks, talk tomorrow!"), ("I'll let you go. Tell me how it goes?",
                                                                              "Will do, good night.")],
}
NEWS_PROMPTS = {
    "fr": ["Tu as vu du monde cette semaine ?", "Raconte-moi ton week-end.", "Tu as fait quoi de beau ?",
           "Tu es sorti un peu ?"],
    "en": ["Did you see anyone this week?", "Tell me about your weekend.", "Done anything nice?",
           "Did you get out at all?"],
}
