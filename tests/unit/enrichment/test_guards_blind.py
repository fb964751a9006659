"""The blind set's tuning part, and its first held-out part, as a regression floor per language.

The first held-out part was measured once while unread (2026-11-30: recall 88.1 % in French and in
English, false flags 6.5 % French, 12.8 % English), then tuned on, as the tuning part was. Measured
after that work (same day): tuning part recall 100 % French, 98.5 % English, no false flag; first
held-out part recall 100 % in both, false flags 4.3 % French, 2.1 % English. The floors sit a
margin under those figures: a drop under them means a guard lost what it could do. The second blind
set (measured once while unread: recall 85.0 % French, 68.3 % English, false flags 25 % in both) was
tuned on in the same way the same day (after: recall 100 % French, 93.3 % English, false flags 5.0 %
French, 8.3 % English). The third blind set (measured once while unread: recall 86.4 % French, 90.3 %
English, false flags 9.7 % / 11.7 %) and the fourth (the validation set) were tuned on in a later round (after:
recall 99.0 % / 100 % and 100 % / 99.1 %, false flags 1.0 % / 0 % and 0 % / 1.8 %). What the guards do on
pairs never tuned on is measured by benchmarks/guards.py, never here. The fifth blind set (measured once while
unread: recall 91.0 % French, 89.0 % English, false flags 17.0 % / 12.0 %) was tuned on next (after: recall 96 % in
both, false flags 3 % / 4 %); the sixth, measured once after that (recall 88 % / 87 %, false flags 6 % / 13 %),
was tuned on in turn (after: 98 % / 97 %, 4 % / 3 %); the seventh was measured once after that.
The seventh (measured once while unread: recall 73 % French, 74 % English, false flags 14 % / 15 %) was tuned on in
the next round, by general causes with test sentences of their own (after: recall 90 % / 93 %, false flags 3 % / 5 %).
The eighth was measured once after that round, never tuned on (recall 93 % / 94 %, false flags 7 % / 3 %): its floors
only keep what the guards did on pairs they had never seen. It was then tuned on in the next round, by general
causes with test sentences of their own in test_guards_round7.py (after: recall 99 % / 98 %, false flags 1 % / 1 %).
The ninth was measured once after the next round, never tuned on (recall 87 % / 92 %, false flags 13 % / 16 %); a
proposal keeping the persons a memory came with was then no longer taken for inventing them (false flags 9 % / 7 %).
It was tuned on in round 8, by general causes with sentences of their own in test_guards_round8.py (after: recall
98 % / 97 %, false flags 1 % / 1 %).
Rounds 9, 10 and 11 (2026-11-30, test_guards_round9_*.py … round11_*.py) each tuned on the two blind sets the round
before had been measured on, unread: the tenth and eleventh, then the twelfth and thirteenth, then the fourteenth and
fifteenth. Each pair's floors sit a margin under what the guards did after the round that tuned on it. Round 12
(2026-12-01, test_guards_round12_*.py) tuned on the sixteenth and seventeenth (after: recall 95 % / 95 % and 95 % /
93 %, false flags 2 % / 5 % and 1 % / 2 %, French / English). The eighteenth to twenty-first were measured once
before and once after round 12, unread, then tuned on in round 13 (same day, a short round: after it they read 87–95 %
recall, 3–13 % false flags). The twenty-second and twenty-third were measured once before and once after round 13
and never tuned on: benchmarks/guards.py reports them.
Later rounds add each set measured once before and once after them here, floors a margin under the "after" figures
(recall two points under, false flags two over): the forty-fourth to fifty-first were measured so around round 18
(the learned readers, 2026-12-01: recall 91.5 % French, 90.1 % English, false flags 10.1 % in both); the
fifty-second to fifty-ninth before and after round 19 (the voice reader alone, judging only what says neither "I" nor
"you"; signatures, devices made to feel, where the user said they were: after, recall 91.1 % / 92.0 %, false flags
8.3 % / 7.4 %); the sixtieth to sixty-seventh, written after round 19 was done, measured once on its code (recall
89.1 % / 90.4 %, false flags 12.9 % / 12.3 %: the sixty-third's journeys, 33-35 %, give a memory naming no time
"today" and name routes and regions as places, which the guards flag); the sixty-eighth to seventy-fifth before and
after round 20 (an undated entry's "today", a guess of the user's home, the way of a journey: after, recall 92.6 % /
91.1 %, false flags 7.5 % / 8.9 %); the seventy-sixth to eighty-third before and after round 21 (a known town
replaced, someone else's departure, the way back, a lower-case role, a vague "once" dated, a row's name obeyed: after,
recall 90.3 % / 91.1 %, false flags 14.0 % / 14.5 %, health and pets' sets flagged most); the eighty-fourth to
ninety-first once on b4286b3 and once after rounds 21 and 22 (round 22: a carer's practice, a day in bed at home,
"today" beside what is to come, animals named as animals: after, recall 89.9 % / 90.6 %, false flags 9.4 % / 7.1 %); the
ninety-second to ninety-ninth, written after both rounds, once on their final code (recall 90.6 % / 89.8 %, false flags
12.5 % / 11.6 %: holidays and museums' sets flagged most); the hundredth to hundred-and-seventh once on cbd1d48 and
once after round 23 (the voice card retrained on all open sets, public figures listed, roles, what she calls herself,
where the user is to go: recall 91.0 → 91.9 % / 90.5 → 91.4 %, false flags 7.5 % / 6.1 → 6.25 %); the
hundred-and-eighth to hundred-and-fifteenth once on round 23's code and once after round 24 (names she goes by, a row's
name said more ways, firms, a village's town: recall 90.6 → 90.9 % / 91.25 %, false flags 10.75 → 10.6 % / 12.0 →
11.9 %, a divorce set's French 27 %); the hundred-and-sixteenth to hundred-and-twenty-third once on round 24's code
and once after round 25 (what she calls herself more ways, an animal who-is-who records, a game, a baby's name thought
of, the user's deed beside others, "here in", a family's origin, the children's other parent: recall 92.0 → 92.4 % /
90.75 → 90.9 %, false flags 8.4 → 8.25 % / 6.75 %, a festivals set's French 18 %); the hundred-and-twenty-fourth to
hundred-and-thirty-first once on round 25's code and once after round 26 (what she calls herself more ways again, a role
with its article, medicines: recall 91.6 → 91.75 % / 92.5 %, false flags 9.5 % / 8.6 %, an office set's French 32 %);
the hundred-and-thirty-second to hundred-and-thirty-ninth once on round 26's code and once after round 27 (a public
figure's namesake, a reported plan, animals and things named, part of a span, her feelings and "he" among women, a name
she introduces herself by: recall 91.0 → 91.1 % / 90.6 %, false flags 12.0 → 11.6 % / 11.5 %, nights out 16-18 %;
their floors were raised to what round 28, tuned on them, does); the hundred-and-fortieth to hundred-and-forty-seventh
once on round 27's code and once after round 28 (a subject or a noun before a time, someone's place by its possessive,
someone else's whereabouts beside the user's, a namesake added, the companion listed, ways and firms named after
someone, "two nights ago", a day said of a thing, words someone said, English "on" read as French « on »: recall
91.0 → 91.1 % / 91.5 → 91.6 %, false flags 7.9 → 7.75 % / 9.25 → 8.6 %; their floors were raised to what round 29,
tuned on them, does); the hundred-and-forty-eighth to hundred-and-fifty-fifth once on round 28's code and once after
round 29 (someone said by what they are, peoples and parts in a play as no one, places dreamt, photographed, ahead or
given up, « lundi de la semaine dernière », an age given a day: recall 92.6 → 92.9 % / 91.0 → 91.0 %, false flags
7.1 → 7.0 % / 6.6 → 4.9 %); the hundred-and-fifty-sixth to hundred-and-sixty-third once on round 29's code and once
after round 30 (a recorded name's letters as a word, language models as products, namesakes told apart, a place in the
user's words, words that give no day, a thing's own day): the very same flags on all 3,200 pairs, recall 91.75 % /
91.5 %, false flags 7.9 % / 8.9 % (a book club's 15-21 %); their floors stay there though round 31 was tuned on them.
The hundred-and-sixty-fourth to hundred-and-seventy-first, written during round 31, once on round 29's code and once
after round 31 (a place called off right after it is named, the day an event was told, a town gone to, a family by its
name): recall 91.5 → 91.6 % / 90.25 → 90.4 %, false flags 8.6 → 8.4 % / 7.1 → 6.9 %.
The hundred-and-seventy-second to hundred-and-seventy-ninth, written from a rewritten brief
(benchmarks/data/guards_blind_brief.md), once on round 31's code and once after round 32 (her feeling for the user told
as « elle », the user's relative as someone else's): recall 89.25 → 89.4 % / 88.75 → 89.0 %, false flags 7.75 % /
8.4 % both times; then opened, and the voice reader retrained on them (round 33). Their floors sit two points from
round 33's figures. The hundred-and-eightieth to hundred-and-eighty-seventh, from the same brief, once on round 32's
code, once after round 33 and once after round 34 (a place told after where it happened, animals said again, vague
times, the user's app, the voice reader judging reflections that speak to the user): recall 90.0 → 90.4 → 90.9 % /
88.6 → 88.9 → 89.25 %, false flags 7.9 → 8.0 → 8.0 % / 8.9 → 9.0 → 9.0 %; then opened, their floors two points from
round 34's figures. The hundred-and-eighty-eighth to hundred-and-ninety-fifth, once on round 33's code, after round 34
and after round 35 (places of a kind with no name, what comes before or after, the user's relative beside her "je",
brands listed as someone; the voice reader retrained on holdout180-187): recall 88.75 → 89.0 → 89.25 % / 87.4 →
88.25 → 88.5 %, false flags 5.9 → 6.0 → 6.0 % / 8.4 → 8.4 → 8.4 %; then opened, their floors two points from round
35's figures. The hundred-and-ninety-sixth to two-hundred-and-third, once on round 34's code, after round 35 and after
round 36 (« elle » among men; the voice reader retrained on holdout188-195): recall 90.25 → 90.5 → 90.62 % / 88.75 →
89.25 → 89.25 %, false flags 7.0 → 7.0 → 7.12 % / 8.5 → 8.5 → 8.5 %; then opened, their floors two points from round
36's figures. The two-hundred-and-fourth to two-hundred-and-eleventh, once on round 35's code, after round 36 and
after round 37's first part (a place only to come; the voice reader retrained on holdout196-203): recall 91.0 → 91.12
→ 90.88 % / 90.5 → 91.12 → 91.38 %, false flags 11.0 → 11.0 → 11.0 % / 10.4 → 10.4 → 10.5 % (the two-hundred-and-sixth,
a guide dog's year whose dogs' names the memories never say are a dog's, 45 %); then opened, their floors two points
from round 37's figures. The two-hundred-and-twelfth to two-hundred-and-nineteenth, once on round 36's code, after
round 37 and after round 38's first part (the user's deed inside a sentence, the user's things as someone else's, a
body after « l' », what one pays through): recall 88.5 → 88.38 → 88.75 % / 88.62 → 89.12 → 89.5 %, false flags 8.12 →
7.88 → 7.88 % / 8.38 → 8.0 → 8.0 %; then opened, their floors two points from round 38's figures. The
two-hundred-and-twentieth to two-hundred-and-twenty-seventh, once on round 37's code, three times during round 38 and
once after round 39 (round 39: holidays' and saints' names, apps in camel case, pets at home, a season given a day,
texting's days, a described relation, someone else's "mum", a known date its words name): recall 91.12 → 91.62 →
91.75 % / 90.62 → 91.0 → 91.25 %, false flags 5.88 → 6.0 → 6.0 % / 5.62 → 5.62 → 5.0 %; then opened, their floors two
points from round 39's figures. The two-hundred-and-twenty-eighth to two-hundred-and-thirty-fifth, once on round
38's code, twice during round 39 and once before round 40 (round 40's first finding: two guards that took the first of
a set, whose order changes with each run's string hashes, so one pair's flags changed from run to run): recall 87.75 →
87.88 → 88.12 → 88.12 % / 89.38 → 89.88 → 89.75 → 89.62 %, false flags 9.12 % throughout / 8.5 → 8.12 → 8.12 → 8.12 %;
then opened, their floors two points from these last figures. The two-hundred-and-thirty-sixth to
two-hundred-and-forty-third, once on round 38's final code, twice during round 39, once before round 40, once with its
fixed order and once after it (round 40: relatives without a name, storms, a place of what came later, feasts of
several words, names given to her, feelings she is moved by): recall 90.0 → 90.12 → 90.5 → 90.5 → 90.5 → 90.88 % /
90.12 → 90.38 → 90.38 → 90.38 → 90.38 → 90.62 %, false flags 6.75 % five times, then 6.12 % / 7.38 → 7.0 → 7.0 → 7.0 →
7.0 → 6.75 %; then opened, their floors two points from these last figures. The two-hundred-and-forty-fourth to
two-hundred-and-fifty-first, written during round 39, read eleven times (three during round 39, three in round 40,
four after round 41's parts, once before round 42: recall 89.88 % at every reading since round 40 / 89.75 %, false
flags 6.62 % / 8.38 → 8.0 %), and the two-hundred-and-fifty-second to two-hundred-and-sixty-seventh's first half,
written at the start of round 40, read eight times (recall 89.38 → 89.25 % / 88.06 → 88.12 %, false flags 9.56 →
9.25 % / 9.94 → 9.44 % for all sixteen): holdout244-259 were then opened, their floors two points from the reading
before round 42 (identical, pair by pair, to round 41's last). holdout260-267, the second half of those written at
the start of round 40, were read eleven times (eight as above, the last at the start of round 42, then after its two
parts and at the start of round 43, on 4dcc503: recall 89.0 → 89.5 % / 87.38 → 87.5 %, false flags 7.62 → 6.62 % /
7.75 → 7.38 %), then opened, their floors two points from that last reading. holdout268-283, the sixteen written during
round 41, were read fourteen times (the last at the end of round 43, on 2b7947f,
identical on 85b3f0f: recall 90.94 % / 90.25 %, false flags 7.06 % / 8.62 % for all sixteen), then opened at the start
of round 44, their floors two points from that last reading. holdout284-299, the eight written during round 42 (read
thirteen times) and the eight written at the start of round 43 (ten times), the last at the end of round 44, on
a18121d: recall 91.62 % / 91.75 %, false flags 4.44 % / 4.62 % for all sixteen, were opened at the start of round 45,
their floors two points from that last reading. holdout300-307, written at the start of round 44 and read after
every part of rounds 44 and 45, the last on 08fde8b: recall 93.38 % / 92.00 %, false flags 6.12 % / 9.00 %, were
opened at the start of round 46, their floors two points from that last reading. holdout308-315, written at the
start of round 45 and read after every part of rounds 45 and 46, the last on 81ed4e5: recall 91.12 % / 91.25 %, false
flags 4.25 % / 8.00 %, were opened at the start of round 47, their floors two points from that last reading.
holdout316-323, written at the start of round 46 and read after every part of rounds 46 and 47, the last on effab1a:
recall 91.62 % / 90.12 %, false flags 6.00 % / 7.12 %, were opened at the start of round 48, their floors two points
from that last reading.
holdout324-331, written at the start of round 47 and read after every part of rounds 47 and 48, the last on dd5ec95:
recall 91.38 % / 90.88 %, false flags 5.62 % / 7.75 %, were opened at the start of round 49, their floors two points
from that last reading. holdout332-339, written at the start of round 48 and read after every part of rounds 48 and
49, the last on eb0ac13: recall 92.50 % / 92.12 %, false flags 4.88 % / 6.00 %, were opened at the start of round 50,
their floors two points from that last reading. holdout340-347, written at the start of round 49 and read after
every part of rounds 49 and 50, the last on 3e6ec33: recall 92.38 % / 91.50 %, false flags 8.62 % / 5.75 %, were
opened at the start of round 51, their floors two points from that last reading. holdout348-355, written at the
start of round 50 and read after every part of rounds 50 and 51, the last on ec18361: recall 92.62 % / 90.50 %, false
flags 5.88 % / 7.88 %, were opened at the start of round 52, their floors two points from that last reading.
holdout356-363, written at the start of round 51 and read after every part of rounds 51 and 52, the last on ae1f544:
recall 92.38 % / 91.75 %, false flags 5.62 % / 5.88 %, were opened at the start of round 53, their floors two points
from that last reading.
holdout364-371, written at the start of round 52 and read after every part of rounds 52 and 53, the last on 2de524b:
recall 91.62 % / 92.25 %, false flags 5.00 % / 13.75 % (holdout368's guide-dog puppy flags 64 % of its harmless
English memories), were opened at the start of round 54, their floors two points from that last reading.
holdout372-379, written at the start of round 53 and read after every part of rounds 53 and 54, the last on f53d1ea:
recall 92.50 % / 92.12 %, false flags 6.62 % / 4.38 %, were opened at the start of round 55, their floors two points
from that last reading.
holdout380-387, written at the start of round 54 and read after every part of rounds 54 and 55, the last on c62316e:
recall 93.12 % / 90.50 %, false flags 4.12 % / 8.12 %, were opened at the start of round 56, their floors two points
from that last reading.
holdout388-395, written at the start of round 55 and read after every part of rounds 55 and 56, the last on cdaf368:
recall 91.38 % / 92.12 %, false flags 5.38 % / 6.62 %, were opened at the start of round 57, their floors two points
from that last reading.
holdout396-403, written at the start of round 56 and read after every part of rounds 56 and 57, the last on da4605a:
recall 92.50 % / 91.12 %, false flags 5.00 % / 4.88 %, were opened at the start of round 58, their floors two points
from that last reading.
holdout404-411, written at the start of round 57 and read after every part of rounds 57 and 58, the last on e6808cd:
recall 93.62 % / 91.88 %, false flags 3.62 % / 3.88 %, were opened at the start of round 59, their floors two points
from that last reading.
holdout412-419, written at the start of round 58 and read after every part of rounds 58 and 59, the last on 5b8d4eb:
recall 91.62 % / 92.62 %, false flags 5.00 % / 7.75 %, were opened at the start of round 60, their floors two points
from that last reading.
holdout420-427, written at the start of round 59 and read after every part of rounds 59 and 60, the last on d3ae6e7:
recall 91.38 % / 91.25 %, false flags 3.88 % / 4.75 %, were opened at the start of round 61, their floors two points
from that last reading.
holdout428-435, written at the start of round 60 and read after every part of rounds 60 and 61, the last on a7bb417:
recall 91.38 % / 90.00 %, false flags 4.75 % / 6.12 %, were opened at the start of round 62, their floors two points
from that last reading.
holdout436-443, written at the start of round 61 and read after every part of rounds 61 and 62, the last on 7a8307f:
recall 93.25 % / 90.62 %, false flags 4.88 % / 6.00 %, were opened at the start of round 63, their floors two points
from that last reading.
holdout444-451, written at the start of round 62 and read after every part of rounds 62 and 63, the last on 31e2eb7:
recall 92.88 % / 92.62 %, false flags 4.62 % / 5.38 %, were opened at the start of round 64, their floors two points
from that last reading.
holdout452-459, written at the start of round 63 and read after every part of rounds 63 and 64, the last on c0dea1d
(7e44c68 same): recall 93.25 % / 90.88 %, false flags 5.38 % / 4.25 %, were opened at the start of round 65, their
floors two points from that last reading.
holdout460-467, written at the start of round 64 and read after every part of rounds 64 and 65, the last on 3e44f09
(285f056 same): recall 92.62 % / 92.00 %, false flags 5.25 % / 6.50 %, were opened at the start of round 66, their
floors two points from that last reading.
holdout468-475, written at the start of round 65 and read after every part of rounds 65 and 66, the last on 4ea93a2:
recall 90.88 % / 92.25 %, false flags 4.62 % / 6.38 %, were opened at the start of round 67, their floors two points
from that last reading.
holdout476-483, written at the start of round 66 and read after every part of rounds 66 and 67, the last on e84c2a3:
recall 92.50 % / 91.88 %, false flags 7.25 % / 8.62 %, were opened at the start of round 68, their floors two points
from that last reading.
holdout484-491, written at the start of round 67 and read after every part of rounds 67 and 68, the last on debfa6f:
recall 93.38 % / 93.00 %, false flags 5.50 % / 6.75 %, were opened at the start of round 69, their floors two points
from that last reading.
holdout492-499, written at the start of round 68 and read after every part of rounds 68 and 69, the last on a945c80:
recall 92.62 % / 92.00 %, false flags 7.25 % / 5.75 %, were opened at the start of round 70, their floors two points
from that last reading.
holdout500-507, written at the start of round 69 and read after every part of rounds 69 and 70, the last on 28990c4:
recall 92.50 % / 91.75 %, false flags 5.50 % / 7.12 %, were opened at the start of round 71, their floors two points
from that last reading.
holdout508-515, written at the start of round 70 and read after every part of rounds 70 and 71, the last on cf933c2:
recall 91.88 % / 92.88 %, false flags 4.38 % / 5.88 %, were opened at the start of round 72, their floors two points
from that last reading.
holdout516-523, written at the start of round 71 and read after every part of rounds 71 and 72, the last on ac9d769:
recall 91.75 % / 93.38 %, false flags 10.62 % / 14.88 %, were opened at the start of round 73, their floors two points
from that last reading (holdout516's false-flag floors are high: most of its harmless pairs name its rescue dog, Vasco,
whom the guards take for a person dropped until the user tells who-is-who he is an animal).
holdout524-531, written at the start of round 72 and read after every part of rounds 72 and 73, the last on 8e3126a:
recall 93.38 % / 93.25 %, false flags 8.12 % / 8.75 %, were opened at the start of round 74, their floors two points
from that last reading (holdout526's French false-flag floor is high: its harmless pairs name two guard dogs, Ursu
and Stella).
holdout532-539, written at the start of round 73 and read after every part of rounds 73 and 74, the last on f818da5:
recall 93.00 % / 91.50 %, false flags 4.00 % / 9.75 %, were opened at the start of round 75, their floors two points
from that last reading.
holdout540-547, written at the start of round 74 and read after every part of rounds 74 and 75, the last on 3569691:
recall 93.75 % / 93.88 %, false flags 5.12 % / 7.00 %, were opened at the start of round 76, their floors two points
from that last reading.
holdout548-555, written at the start of round 75 and read after every part of rounds 75 and 76, the last on c67611d:
recall 94.00 % / 91.88 %, false flags 4.50 % / 7.38 %, were opened at the start of round 77, their floors two points
from that last reading.
holdout556-563, written at the start of round 76 and read after every part of rounds 76 and 77, the last on 602b963:
recall 91.25 % / 92.38 %, false flags 11.00 % / 7.00 %, were opened at the start of round 78, their floors two points
from that last reading.
holdout564-571, written at the start of round 77 and read after every part of rounds 77 and 78, the last on 9ea93e9:
recall 93.62 % / 92.38 %, false flags 4.38 % / 6.25 %, were opened at the start of round 79, their floors two points
from that last reading.
holdout572-579, written at the start of round 78 and read after every part of rounds 78 and 79, the last on 062c990:
recall 93.12 % / 92.12 %, false flags 6.38 % / 9.00 %, were opened at the start of round 80, their floors two points
from that last reading.
"""
import os
import re
from collections import defaultdict

import pytest

from benchmarks.guards import SETS, Result, read_pairs
from tests.helpers.blind_flags import BACKGROUND, BackgroundFlags

# (set, language): (least recall, most false flags)
FLOORS = {
    ("tune", "fr"): (0.97, 0.03), ("tune", "en"): (0.95, 0.03),
    ("holdout", "fr"): (0.95, 0.07), ("holdout", "en"): (0.95, 0.05),
    ("holdout2", "fr"): (0.97, 0.07), ("holdout2", "en"): (0.90, 0.10),
    ("holdout3", "fr"): (0.97, 0.03), ("holdout3", "en"): (0.97, 0.03),
    ("validation", "fr"): (0.97, 0.03), ("validation", "en"): (0.97, 0.04),
    ("holdout5", "fr"): (0.95, 0.04), ("holdout5", "en"): (0.94, 0.06),
    ("holdout6", "fr"): (0.95, 0.06), ("holdout6", "en"): (0.95, 0.05),
    ("holdout7", "fr"): (0.91, 0.04), ("holdout7", "en"): (0.93, 0.07),
    ("holdout8", "fr"): (0.97, 0.03), ("holdout8", "en"): (0.96, 0.03),
    ("holdout9", "fr"): (0.96, 0.03), ("holdout9", "en"): (0.94, 0.04),
    ("holdout10", "fr"): (0.95, 0.04), ("holdout10", "en"): (0.96, 0.02),
    ("holdout11", "fr"): (0.98, 0.03), ("holdout11", "en"): (0.94, 0.06),
    ("holdout12", "fr"): (0.97, 0.02), ("holdout12", "en"): (0.95, 0.02),
    ("holdout13", "fr"): (0.95, 0.02), ("holdout13", "en"): (0.92, 0.03),
    ("holdout14", "fr"): (0.88, 0.05), ("holdout14", "en"): (0.92, 0.02),
    ("holdout15", "fr"): (0.93, 0.04), ("holdout15", "en"): (0.93, 0.05),
    ("holdout16", "fr"): (0.93, 0.04), ("holdout16", "en"): (0.93, 0.07),
    ("holdout17", "fr"): (0.93, 0.03), ("holdout17", "en"): (0.91, 0.04),
    ("holdout18", "fr"): (0.87, 0.10), ("holdout18", "en"): (0.86, 0.15),
    ("holdout19", "fr"): (0.86, 0.06), ("holdout19", "en"): (0.88, 0.05),
    ("holdout20", "fr"): (0.85, 0.12), ("holdout20", "en"): (0.85, 0.11),
    ("holdout21", "fr"): (0.93, 0.06), ("holdout21", "en"): (0.89, 0.05),
    ("holdout22", "fr"): (0.93, 0.05), ("holdout22", "en"): (0.92, 0.09),
    ("holdout23", "fr"): (0.93, 0.02), ("holdout23", "en"): (0.93, 0.04),
    # Measured once after round 14, never tuned on, then tuned on in round 15.
    ("holdout24", "fr"): (0.97, 0.07), ("holdout24", "en"): (0.92, 0.02),
    ("holdout25", "fr"): (0.85, 0.05), ("holdout25", "en"): (0.91, 0.05),
    ("holdout26", "fr"): (0.94, 0.08), ("holdout26", "en"): (0.93, 0.10),
    ("holdout27", "fr"): (0.88, 0.10), ("holdout27", "en"): (0.92, 0.07),
    # Measured once after round 15, then tuned on in round 16.
    ("holdout28", "fr"): (0.95, 0.06), ("holdout28", "en"): (0.87, 0.08),
    ("holdout29", "fr"): (0.97, 0.08), ("holdout29", "en"): (0.96, 0.05),
    ("holdout30", "fr"): (0.96, 0.04), ("holdout30", "en"): (0.93, 0.06),
    ("holdout31", "fr"): (0.94, 0.04), ("holdout31", "en"): (0.92, 0.04),
    # Measured once before and once after round 16, then tuned on in round 17; holdout39 calls "today" given to a
    # memory that names no time harmless, the guard an invented time (60 of its 77 false flags).
    ("holdout32", "fr"): (0.87, 0.08), ("holdout32", "en"): (0.87, 0.05),
    ("holdout33", "fr"): (0.86, 0.15), ("holdout33", "en"): (0.92, 0.08),
    ("holdout34", "fr"): (0.76, 0.08), ("holdout34", "en"): (0.84, 0.13),
    ("holdout35", "fr"): (0.85, 0.11), ("holdout35", "en"): (0.81, 0.11),
    ("holdout36", "fr"): (0.77, 0.11), ("holdout36", "en"): (0.82, 0.08),
    ("holdout37", "fr"): (0.92, 0.05), ("holdout37", "en"): (0.89, 0.08),
    ("holdout38", "fr"): (0.85, 0.08), ("holdout38", "en"): (0.90, 0.10),
    ("holdout39", "fr"): (0.87, 0.39), ("holdout39", "en"): (0.84, 0.43),
    # Measured once before and once after round 17, never tuned on (yet).
    ("holdout40", "fr"): (0.88, 0.07), ("holdout40", "en"): (0.85, 0.12),
    ("holdout41", "fr"): (0.89, 0.06), ("holdout41", "en"): (0.89, 0.04),
    ("holdout42", "fr"): (0.90, 0.06), ("holdout42", "en"): (0.87, 0.06),
    ("holdout43", "fr"): (0.89, 0.09), ("holdout43", "en"): (0.88, 0.11),
    ("holdout44", "fr"): (0.88, 0.08), ("holdout44", "en"): (0.85, 0.08),
    ("holdout45", "fr"): (0.91, 0.17), ("holdout45", "en"): (0.86, 0.18),
    ("holdout46", "fr"): (0.87, 0.20), ("holdout46", "en"): (0.86, 0.15),
    ("holdout47", "fr"): (0.87, 0.12), ("holdout47", "en"): (0.90, 0.10),
    ("holdout48", "fr"): (0.90, 0.12), ("holdout48", "en"): (0.91, 0.10),
    ("holdout49", "fr"): (0.93, 0.10), ("holdout49", "en"): (0.89, 0.09),
    ("holdout50", "fr"): (0.89, 0.10), ("holdout50", "en"): (0.87, 0.18),
    ("holdout51", "fr"): (0.91, 0.08), ("holdout51", "en"): (0.91, 0.09),
    ("holdout52", "fr"): (0.86, 0.07), ("holdout52", "en"): (0.86, 0.11),
    ("holdout53", "fr"): (0.90, 0.10), ("holdout53", "en"): (0.92, 0.13),
    ("holdout54", "fr"): (0.89, 0.09), ("holdout54", "en"): (0.88, 0.06),
    ("holdout55", "fr"): (0.89, 0.10), ("holdout55", "en"): (0.90, 0.06),
    ("holdout56", "fr"): (0.92, 0.11), ("holdout56", "en"): (0.92, 0.07),
    ("holdout57", "fr"): (0.91, 0.12), ("holdout57", "en"): (0.93, 0.11),
    ("holdout58", "fr"): (0.89, 0.09), ("holdout58", "en"): (0.88, 0.09),
    ("holdout59", "fr"): (0.87, 0.14), ("holdout59", "en"): (0.91, 0.12),
    ("holdout60", "fr"): (0.86, 0.18), ("holdout60", "en"): (0.91, 0.22),
    ("holdout61", "fr"): (0.88, 0.14), ("holdout61", "en"): (0.90, 0.10),
    ("holdout62", "fr"): (0.84, 0.21), ("holdout62", "en"): (0.83, 0.07),
    ("holdout63", "fr"): (0.87, 0.35), ("holdout63", "en"): (0.89, 0.37),
    ("holdout64", "fr"): (0.93, 0.10), ("holdout64", "en"): (0.87, 0.08),
    ("holdout65", "fr"): (0.87, 0.11), ("holdout65", "en"): (0.89, 0.18),
    ("holdout66", "fr"): (0.86, 0.05), ("holdout66", "en"): (0.93, 0.08),
    ("holdout67", "fr"): (0.86, 0.05), ("holdout67", "en"): (0.85, 0.04),
    ("holdout68", "fr"): (0.91, 0.08), ("holdout68", "en"): (0.88, 0.08),
    ("holdout69", "fr"): (0.93, 0.11), ("holdout69", "en"): (0.91, 0.15),
    ("holdout70", "fr"): (0.91, 0.07), ("holdout70", "en"): (0.90, 0.10),
    ("holdout71", "fr"): (0.89, 0.08), ("holdout71", "en"): (0.86, 0.12),
    ("holdout72", "fr"): (0.95, 0.07), ("holdout72", "en"): (0.92, 0.10),
    ("holdout73", "fr"): (0.87, 0.11), ("holdout73", "en"): (0.90, 0.10),
    ("holdout74", "fr"): (0.89, 0.15), ("holdout74", "en"): (0.88, 0.12),
    ("holdout75", "fr"): (0.90, 0.09), ("holdout75", "en"): (0.88, 0.10),
    ("holdout76", "fr"): (0.86, 0.41), ("holdout76", "en"): (0.87, 0.37),
    ("holdout77", "fr"): (0.79, 0.19), ("holdout77", "en"): (0.79, 0.32),
    ("holdout78", "fr"): (0.93, 0.14), ("holdout78", "en"): (0.93, 0.13),
    ("holdout79", "fr"): (0.89, 0.07), ("holdout79", "en"): (0.89, 0.11),
    ("holdout80", "fr"): (0.91, 0.14), ("holdout80", "en"): (0.93, 0.10),
    ("holdout81", "fr"): (0.90, 0.13), ("holdout81", "en"): (0.92, 0.13),
    ("holdout82", "fr"): (0.88, 0.12), ("holdout82", "en"): (0.88, 0.07),
    ("holdout83", "fr"): (0.90, 0.08), ("holdout83", "en"): (0.92, 0.09),
    ("holdout84", "fr"): (0.90, 0.04), ("holdout84", "en"): (0.86, 0.07),
    ("holdout85", "fr"): (0.87, 0.15), ("holdout85", "en"): (0.91, 0.08),
    ("holdout86", "fr"): (0.88, 0.13), ("holdout86", "en"): (0.87, 0.13),
    ("holdout87", "fr"): (0.84, 0.14), ("holdout87", "en"): (0.87, 0.13),
    ("holdout88", "fr"): (0.89, 0.05), ("holdout88", "en"): (0.90, 0.02),
    # holdout89 (books) lists the authors a memory reads as persons; holdout93 and 97 call a public figure listed (a
    # painter, a biography's subject, a singer heard) harmful, as round 23 does: 4 false flags here, 28 catches there.
    ("holdout89", "fr"): (0.87, 0.21), ("holdout89", "en"): (0.90, 0.12),
    ("holdout90", "fr"): (0.87, 0.10), ("holdout90", "en"): (0.87, 0.12),
    ("holdout91", "fr"): (0.91, 0.12), ("holdout91", "en"): (0.91, 0.06),
    ("holdout92", "fr"): (0.92, 0.08), ("holdout92", "en"): (0.88, 0.09),
    ("holdout93", "fr"): (0.87, 0.16), ("holdout93", "en"): (0.90, 0.14),
    ("holdout94", "fr"): (0.87, 0.09), ("holdout94", "en"): (0.80, 0.13),
    ("holdout95", "fr"): (0.87, 0.08), ("holdout95", "en"): (0.88, 0.09),
    ("holdout96", "fr"): (0.88, 0.23), ("holdout96", "en"): (0.87, 0.23),
    ("holdout97", "fr"): (0.83, 0.20), ("holdout97", "en"): (0.82, 0.18),
    ("holdout98", "fr"): (0.92, 0.12), ("holdout98", "en"): (0.92, 0.13),
    ("holdout99", "fr"): (0.93, 0.20), ("holdout99", "en"): (0.95, 0.10),
    ("holdout100", "fr"): (0.91, 0.09), ("holdout100", "en"): (0.92, 0.05),
    ("holdout101", "fr"): (0.88, 0.05), ("holdout101", "en"): (0.83, 0.04),
    ("holdout102", "fr"): (0.85, 0.17), ("holdout102", "en"): (0.82, 0.22),
    ("holdout103", "fr"): (0.89, 0.12), ("holdout103", "en"): (0.87, 0.11),
    ("holdout104", "fr"): (0.92, 0.06), ("holdout104", "en"): (0.94, 0.04),
    ("holdout105", "fr"): (0.92, 0.08), ("holdout105", "en"): (0.92, 0.06),
    ("holdout106", "fr"): (0.90, 0.13), ("holdout106", "en"): (0.93, 0.06),
    ("holdout107", "fr"): (0.92, 0.06), ("holdout107", "en"): (0.92, 0.08),
    ("holdout108", "fr"): (0.86, 0.10), ("holdout108", "en"): (0.89, 0.13),
    ("holdout109", "fr"): (0.89, 0.10), ("holdout109", "en"): (0.89, 0.13),
    ("holdout110", "fr"): (0.90, 0.11), ("holdout110", "en"): (0.86, 0.16),
    ("holdout111", "fr"): (0.92, 0.10), ("holdout111", "en"): (0.90, 0.18),
    ("holdout112", "fr"): (0.93, 0.29), ("holdout112", "en"): (0.93, 0.14),
    ("holdout113", "fr"): (0.87, 0.09), ("holdout113", "en"): (0.92, 0.07),
    ("holdout114", "fr"): (0.84, 0.09), ("holdout114", "en"): (0.85, 0.17),
    ("holdout115", "fr"): (0.90, 0.13), ("holdout115", "en"): (0.90, 0.13),
    ("holdout116", "fr"): (0.93, 0.08), ("holdout116", "en"): (0.92, 0.08),
    ("holdout117", "fr"): (0.88, 0.10), ("holdout117", "en"): (0.83, 0.12),
    ("holdout118", "fr"): (0.92, 0.09), ("holdout118", "en"): (0.93, 0.09),
    ("holdout119", "fr"): (0.92, 0.08), ("holdout119", "en"): (0.93, 0.09),
    ("holdout120", "fr"): (0.89, 0.20), ("holdout120", "en"): (0.85, 0.09),
    ("holdout121", "fr"): (0.86, 0.10), ("holdout121", "en"): (0.87, 0.05),
    ("holdout122", "fr"): (0.94, 0.07), ("holdout122", "en"): (0.92, 0.05),
    ("holdout123", "fr"): (0.89, 0.10), ("holdout123", "en"): (0.86, 0.13),
    ("holdout124", "fr"): (0.94, 0.02), ("holdout124", "en"): (0.90, 0.07),
    ("holdout125", "fr"): (0.91, 0.09), ("holdout125", "en"): (0.95, 0.08),
    ("holdout126", "fr"): (0.94, 0.07), ("holdout126", "en"): (0.96, 0.05),
    ("holdout127", "fr"): (0.91, 0.10), ("holdout127", "en"): (0.92, 0.10),
    ("holdout128", "fr"): (0.85, 0.11), ("holdout128", "en"): (0.89, 0.09),
    ("holdout129", "fr"): (0.91, 0.18), ("holdout129", "en"): (0.93, 0.16),
    ("holdout130", "fr"): (0.94, 0.08), ("holdout130", "en"): (0.93, 0.14),
    ("holdout131", "fr"): (0.91, 0.10), ("holdout131", "en"): (0.88, 0.15),
    # Measured once before and once after round 27; raised to what round 28, tuned on them, does.
    ("holdout132", "fr"): (0.89, 0.15), ("holdout132", "en"): (0.94, 0.09),
    ("holdout133", "fr"): (0.92, 0.11), ("holdout133", "en"): (0.91, 0.05),
    ("holdout134", "fr"): (0.92, 0.12), ("holdout134", "en"): (0.90, 0.16),
    ("holdout135", "fr"): (0.92, 0.09), ("holdout135", "en"): (0.91, 0.08),
    ("holdout136", "fr"): (0.92, 0.07), ("holdout136", "en"): (0.87, 0.08),
    ("holdout137", "fr"): (0.87, 0.17), ("holdout137", "en"): (0.94, 0.10),
    ("holdout138", "fr"): (0.93, 0.18), ("holdout138", "en"): (0.89, 0.17),
    ("holdout139", "fr"): (0.88, 0.13), ("holdout139", "en"): (0.90, 0.12),
    # Measured once before and once after round 28; raised to what round 29, tuned on them, does.
    ("holdout140", "fr"): (0.84, 0.08), ("holdout140", "en"): (0.91, 0.09),
    ("holdout141", "fr"): (0.87, 0.07), ("holdout141", "en"): (0.92, 0.04),
    ("holdout142", "fr"): (0.90, 0.09), ("holdout142", "en"): (0.94, 0.09),
    ("holdout143", "fr"): (0.96, 0.05), ("holdout143", "en"): (0.92, 0.04),
    ("holdout144", "fr"): (0.95, 0.03), ("holdout144", "en"): (0.95, 0.04),
    ("holdout145", "fr"): (0.90, 0.09), ("holdout145", "en"): (0.89, 0.10),
    ("holdout146", "fr"): (0.92, 0.06), ("holdout146", "en"): (0.92, 0.05),
    ("holdout147", "fr"): (0.92, 0.06), ("holdout147", "en"): (0.91, 0.03),
    # Measured once before and once after round 29.
    ("holdout148", "fr"): (0.86, 0.14), ("holdout148", "en"): (0.80, 0.11),
    ("holdout149", "fr"): (0.91, 0.05), ("holdout149", "en"): (0.93, 0.06),
    ("holdout150", "fr"): (0.92, 0.11), ("holdout150", "en"): (0.88, 0.05),
    ("holdout151", "fr"): (0.90, 0.09), ("holdout151", "en"): (0.86, 0.03),
    ("holdout152", "fr"): (0.93, 0.04), ("holdout152", "en"): (0.92, 0.03),
    ("holdout153", "fr"): (0.92, 0.09), ("holdout153", "en"): (0.88, 0.10),
    ("holdout154", "fr"): (0.93, 0.11), ("holdout154", "en"): (0.91, 0.11),
    ("holdout155", "fr"): (0.90, 0.09), ("holdout155", "en"): (0.94, 0.06),
    # Measured once before and once after round 30 (the same flags: nothing of round 30 reached them).
    ("holdout156", "fr"): (0.91, 0.07), ("holdout156", "en"): (0.92, 0.10),
    ("holdout157", "fr"): (0.94, 0.17), ("holdout157", "en"): (0.90, 0.23),
    ("holdout158", "fr"): (0.93, 0.11), ("holdout158", "en"): (0.94, 0.08),
    ("holdout159", "fr"): (0.88, 0.09), ("holdout159", "en"): (0.87, 0.07),
    ("holdout160", "fr"): (0.84, 0.10), ("holdout160", "en"): (0.84, 0.10),
    ("holdout161", "fr"): (0.93, 0.09), ("holdout161", "en"): (0.88, 0.09),
    ("holdout162", "fr"): (0.86, 0.09), ("holdout162", "en"): (0.94, 0.10),
    ("holdout163", "fr"): (0.89, 0.07), ("holdout163", "en"): (0.87, 0.10),
    # Measured once on round 29's code and once after round 31.
    ("holdout164", "fr"): (0.90, 0.15), ("holdout164", "en"): (0.91, 0.05),
    ("holdout165", "fr"): (0.91, 0.12), ("holdout165", "en"): (0.89, 0.10),
    ("holdout166", "fr"): (0.91, 0.13), ("holdout166", "en"): (0.87, 0.07),
    ("holdout167", "fr"): (0.89, 0.10), ("holdout167", "en"): (0.89, 0.11),
    ("holdout168", "fr"): (0.83, 0.07), ("holdout168", "en"): (0.82, 0.10),
    ("holdout169", "fr"): (0.91, 0.08), ("holdout169", "en"): (0.91, 0.10),
    ("holdout170", "fr"): (0.90, 0.11), ("holdout170", "en"): (0.88, 0.11),
    ("holdout171", "fr"): (0.92, 0.07), ("holdout171", "en"): (0.90, 0.07),
    # Measured once on round 31's code and once after round 32, then opened (floors from round 33's figures).
    ("holdout172", "fr"): (0.88, 0.09), ("holdout172", "en"): (0.85, 0.16),
    ("holdout173", "fr"): (0.89, 0.15), ("holdout173", "en"): (0.90, 0.12),
    ("holdout174", "fr"): (0.88, 0.09), ("holdout174", "en"): (0.87, 0.07),
    ("holdout175", "fr"): (0.90, 0.11), ("holdout175", "en"): (0.86, 0.11),
    ("holdout176", "fr"): (0.90, 0.08), ("holdout176", "en"): (0.88, 0.03),
    ("holdout177", "fr"): (0.90, 0.10), ("holdout177", "en"): (0.94, 0.12),
    ("holdout178", "fr"): (0.91, 0.07), ("holdout178", "en"): (0.92, 0.10),
    ("holdout179", "fr"): (0.83, 0.09), ("holdout179", "en"): (0.88, 0.12),
    ("holdout180", "fr"): (0.89, 0.08), ("holdout180", "en"): (0.85, 0.09),
    ("holdout181", "fr"): (0.91, 0.09), ("holdout181", "en"): (0.89, 0.08),
    ("holdout182", "fr"): (0.89, 0.09), ("holdout182", "en"): (0.84, 0.09),
    ("holdout183", "fr"): (0.91, 0.09), ("holdout183", "en"): (0.90, 0.16),
    ("holdout184", "fr"): (0.88, 0.07), ("holdout184", "en"): (0.87, 0.08),
    ("holdout185", "fr"): (0.88, 0.14), ("holdout185", "en"): (0.90, 0.17),
    ("holdout186", "fr"): (0.89, 0.18), ("holdout186", "en"): (0.88, 0.12),
    ("holdout187", "fr"): (0.86, 0.06), ("holdout187", "en"): (0.85, 0.09),
    ("holdout188", "fr"): (0.91, 0.14), ("holdout188", "en"): (0.84, 0.12),
    ("holdout189", "fr"): (0.89, 0.06), ("holdout189", "en"): (0.88, 0.07),
    ("holdout190", "fr"): (0.84, 0.08), ("holdout190", "en"): (0.86, 0.23),
    ("holdout191", "fr"): (0.85, 0.04), ("holdout191", "en"): (0.82, 0.07),
    ("holdout192", "fr"): (0.88, 0.08), ("holdout192", "en"): (0.88, 0.09),
    ("holdout193", "fr"): (0.85, 0.08), ("holdout193", "en"): (0.87, 0.07),
    ("holdout194", "fr"): (0.87, 0.04), ("holdout194", "en"): (0.88, 0.07),
    ("holdout195", "fr"): (0.89, 0.12), ("holdout195", "en"): (0.89, 0.11),
    ("holdout196", "fr"): (0.88, 0.16), ("holdout196", "en"): (0.87, 0.09),
    ("holdout197", "fr"): (0.91, 0.09), ("holdout197", "en"): (0.88, 0.12),
    ("holdout198", "fr"): (0.83, 0.08), ("holdout198", "en"): (0.84, 0.11),
    ("holdout199", "fr"): (0.90, 0.12), ("holdout199", "en"): (0.86, 0.13),
    ("holdout200", "fr"): (0.94, 0.07), ("holdout200", "en"): (0.88, 0.09),
    ("holdout201", "fr"): (0.86, 0.05), ("holdout201", "en"): (0.87, 0.08),
    ("holdout202", "fr"): (0.88, 0.08), ("holdout202", "en"): (0.90, 0.11),
    ("holdout203", "fr"): (0.89, 0.08), ("holdout203", "en"): (0.88, 0.11),
    ("holdout204", "fr"): (0.91, 0.04), ("holdout204", "en"): (0.94, 0.04),
    ("holdout205", "fr"): (0.90, 0.12), ("holdout205", "en"): (0.90, 0.04),
    ("holdout206", "fr"): (0.89, 0.49), ("holdout206", "en"): (0.90, 0.46),
    ("holdout207", "fr"): (0.88, 0.08), ("holdout207", "en"): (0.93, 0.03),
    ("holdout208", "fr"): (0.88, 0.05), ("holdout208", "en"): (0.87, 0.13),
    ("holdout209", "fr"): (0.94, 0.05), ("holdout209", "en"): (0.90, 0.12),
    ("holdout210", "fr"): (0.89, 0.08), ("holdout210", "en"): (0.91, 0.05),
    ("holdout211", "fr"): (0.92, 0.11), ("holdout211", "en"): (0.88, 0.09),
    ("holdout212", "fr"): (0.88, 0.08), ("holdout212", "en"): (0.90, 0.07),
    ("holdout213", "fr"): (0.87, 0.03), ("holdout213", "en"): (0.89, 0.06),
    ("holdout214", "fr"): (0.86, 0.12), ("holdout214", "en"): (0.89, 0.13),
    ("holdout215", "fr"): (0.83, 0.11), ("holdout215", "en"): (0.91, 0.10),
    ("holdout216", "fr"): (0.87, 0.15), ("holdout216", "en"): (0.83, 0.15),
    ("holdout217", "fr"): (0.86, 0.12), ("holdout217", "en"): (0.85, 0.07),
    ("holdout218", "fr"): (0.92, 0.12), ("holdout218", "en"): (0.86, 0.14),
    ("holdout219", "fr"): (0.85, 0.06), ("holdout219", "en"): (0.88, 0.08),
    ("holdout220", "fr"): (0.89, 0.10), ("holdout220", "en"): (0.88, 0.08),
    ("holdout221", "fr"): (0.95, 0.09), ("holdout221", "en"): (0.93, 0.06),
    ("holdout222", "fr"): (0.86, 0.07), ("holdout222", "en"): (0.89, 0.03),
    ("holdout223", "fr"): (0.93, 0.09), ("holdout223", "en"): (0.91, 0.09),
    ("holdout224", "fr"): (0.90, 0.09), ("holdout224", "en"): (0.89, 0.08),
    ("holdout225", "fr"): (0.89, 0.03), ("holdout225", "en"): (0.90, 0.08),
    ("holdout226", "fr"): (0.87, 0.09), ("holdout226", "en"): (0.89, 0.09),
    ("holdout227", "fr"): (0.89, 0.08), ("holdout227", "en"): (0.85, 0.05),
    ("holdout228", "fr"): (0.89, 0.10), ("holdout228", "en"): (0.90, 0.08),
    ("holdout229", "fr"): (0.87, 0.11), ("holdout229", "en"): (0.87, 0.09),
    ("holdout230", "fr"): (0.85, 0.10), ("holdout230", "en"): (0.86, 0.15),
    ("holdout231", "fr"): (0.81, 0.05), ("holdout231", "en"): (0.90, 0.07),
    ("holdout232", "fr"): (0.88, 0.22), ("holdout232", "en"): (0.83, 0.08),
    ("holdout233", "fr"): (0.89, 0.07), ("holdout233", "en"): (0.89, 0.12),
    ("holdout234", "fr"): (0.82, 0.08), ("holdout234", "en"): (0.87, 0.07),
    ("holdout235", "fr"): (0.88, 0.16), ("holdout235", "en"): (0.89, 0.15),
    ("holdout236", "fr"): (0.88, 0.14), ("holdout236", "en"): (0.89, 0.09),
    ("holdout237", "fr"): (0.91, 0.08), ("holdout237", "en"): (0.92, 0.06),
    ("holdout238", "fr"): (0.82, 0.08), ("holdout238", "en"): (0.84, 0.06),
    ("holdout239", "fr"): (0.90, 0.05), ("holdout239", "en"): (0.85, 0.10),
    ("holdout240", "fr"): (0.92, 0.06), ("holdout240", "en"): (0.92, 0.07),
    ("holdout241", "fr"): (0.93, 0.12), ("holdout241", "en"): (0.95, 0.13),
    ("holdout242", "fr"): (0.86, 0.07), ("holdout242", "en"): (0.82, 0.06),
    ("holdout243", "fr"): (0.89, 0.05), ("holdout243", "en"): (0.90, 0.13),
    ("holdout244", "fr"): (0.91, 0.10), ("holdout244", "en"): (0.83, 0.13),
    ("holdout245", "fr"): (0.84, 0.12), ("holdout245", "en"): (0.86, 0.10),
    ("holdout246", "fr"): (0.90, 0.10), ("holdout246", "en"): (0.87, 0.06),
    ("holdout247", "fr"): (0.85, 0.12), ("holdout247", "en"): (0.91, 0.19),
    ("holdout248", "fr"): (0.86, 0.09), ("holdout248", "en"): (0.90, 0.10),
    ("holdout249", "fr"): (0.94, 0.06), ("holdout249", "en"): (0.90, 0.09),
    ("holdout250", "fr"): (0.86, 0.07), ("holdout250", "en"): (0.90, 0.08),
    ("holdout251", "fr"): (0.87, 0.03), ("holdout251", "en"): (0.85, 0.05),
    ("holdout252", "fr"): (0.92, 0.16), ("holdout252", "en"): (0.84, 0.12),
    ("holdout253", "fr"): (0.85, 0.11), ("holdout253", "en"): (0.85, 0.08),
    ("holdout254", "fr"): (0.90, 0.16), ("holdout254", "en"): (0.90, 0.13),
    ("holdout255", "fr"): (0.90, 0.13), ("holdout255", "en"): (0.86, 0.13),
    ("holdout256", "fr"): (0.85, 0.03), ("holdout256", "en"): (0.86, 0.11),
    ("holdout257", "fr"): (0.85, 0.30), ("holdout257", "en"): (0.89, 0.36),
    ("holdout258", "fr"): (0.91, 0.06), ("holdout258", "en"): (0.91, 0.05),
    ("holdout259", "fr"): (0.82, 0.08), ("holdout259", "en"): (0.84, 0.07),
    ("holdout260", "fr"): (0.85, 0.03), ("holdout260", "en"): (0.86, 0.09),
    ("holdout261", "fr"): (0.88, 0.08), ("holdout261", "en"): (0.86, 0.10),
    ("holdout262", "fr"): (0.93, 0.08), ("holdout262", "en"): (0.92, 0.05),
    ("holdout263", "fr"): (0.88, 0.07), ("holdout263", "en"): (0.84, 0.10),
    ("holdout264", "fr"): (0.89, 0.05), ("holdout264", "en"): (0.85, 0.09),
    ("holdout265", "fr"): (0.85, 0.21), ("holdout265", "en"): (0.86, 0.06),
    ("holdout266", "fr"): (0.86, 0.08), ("holdout266", "en"): (0.80, 0.14),
    ("holdout267", "fr"): (0.86, 0.09), ("holdout267", "en"): (0.85, 0.12),
    ("holdout268", "fr"): (0.92, 0.05), ("holdout268", "en"): (0.88, 0.10),
    ("holdout269", "fr"): (0.93, 0.04), ("holdout269", "en"): (0.85, 0.10),
    ("holdout270", "fr"): (0.87, 0.08), ("holdout270", "en"): (0.84, 0.05),
    ("holdout271", "fr"): (0.89, 0.10), ("holdout271", "en"): (0.91, 0.11),
    ("holdout272", "fr"): (0.90, 0.10), ("holdout272", "en"): (0.86, 0.09),
    ("holdout273", "fr"): (0.92, 0.06), ("holdout273", "en"): (0.89, 0.09),
    ("holdout274", "fr"): (0.87, 0.31), ("holdout274", "en"): (0.87, 0.22),
    ("holdout275", "fr"): (0.91, 0.06), ("holdout275", "en"): (0.90, 0.09),
    ("holdout276", "fr"): (0.89, 0.03), ("holdout276", "en"): (0.90, 0.03),
    ("holdout277", "fr"): (0.95, 0.07), ("holdout277", "en"): (0.93, 0.07),
    ("holdout278", "fr"): (0.89, 0.05), ("holdout278", "en"): (0.92, 0.04),
    ("holdout279", "fr"): (0.91, 0.11), ("holdout279", "en"): (0.85, 0.12),
    ("holdout280", "fr"): (0.84, 0.06), ("holdout280", "en"): (0.88, 0.11),
    ("holdout281", "fr"): (0.86, 0.08), ("holdout281", "en"): (0.87, 0.06),
    ("holdout282", "fr"): (0.82, 0.06), ("holdout282", "en"): (0.89, 0.04),
    ("holdout283", "fr"): (0.86, 0.19), ("holdout283", "en"): (0.88, 0.38),
    ("holdout284", "fr"): (0.89, 0.04), ("holdout284", "en"): (0.90, 0.08),
    ("holdout285", "fr"): (0.90, 0.06), ("holdout285", "en"): (0.85, 0.04),
    ("holdout286", "fr"): (0.87, 0.06), ("holdout286", "en"): (0.86, 0.07),
    ("holdout287", "fr"): (0.89, 0.08), ("holdout287", "en"): (0.92, 0.05),
    ("holdout288", "fr"): (0.92, 0.05), ("holdout288", "en"): (0.87, 0.14),
    ("holdout289", "fr"): (0.86, 0.10), ("holdout289", "en"): (0.94, 0.07),
    ("holdout290", "fr"): (0.94, 0.03), ("holdout290", "en"): (0.91, 0.06),
    ("holdout291", "fr"): (0.91, 0.09), ("holdout291", "en"): (0.87, 0.08),
    ("holdout292", "fr"): (0.92, 0.13), ("holdout292", "en"): (0.90, 0.06),
    ("holdout293", "fr"): (0.93, 0.08), ("holdout293", "en"): (0.95, 0.06),
    ("holdout294", "fr"): (0.84, 0.05), ("holdout294", "en"): (0.90, 0.06),
    ("holdout295", "fr"): (0.89, 0.06), ("holdout295", "en"): (0.89, 0.05),
    ("holdout296", "fr"): (0.87, 0.05), ("holdout296", "en"): (0.87, 0.09),
    ("holdout297", "fr"): (0.92, 0.04), ("holdout297", "en"): (0.89, 0.05),
    ("holdout298", "fr"): (0.90, 0.06), ("holdout298", "en"): (0.92, 0.05),
    ("holdout299", "fr"): (0.89, 0.05), ("holdout299", "en"): (0.92, 0.05),
    ("holdout300", "fr"): (0.94, 0.10), ("holdout300", "en"): (0.88, 0.16),
    # Round 75: 0.04 → 0.05 in French, three spots named without the town the memory came with, which the writer called
    # harmless and the known-place rule flags (guards/places.leaves_out_the_known_place).
    ("holdout301", "fr"): (0.89, 0.05), ("holdout301", "en"): (0.92, 0.09),
    ("holdout302", "fr"): (0.91, 0.06), ("holdout302", "en"): (0.88, 0.05),
    ("holdout303", "fr"): (0.90, 0.14), ("holdout303", "en"): (0.92, 0.20),
    ("holdout304", "fr"): (0.92, 0.07), ("holdout304", "en"): (0.91, 0.05),
    ("holdout305", "fr"): (0.97, 0.04), ("holdout305", "en"): (0.93, 0.07),
    ("holdout306", "fr"): (0.83, 0.15), ("holdout306", "en"): (0.88, 0.15),
    ("holdout307", "fr"): (0.95, 0.05), ("holdout307", "en"): (0.88, 0.11),
    ("holdout308", "fr"): (0.92, 0.03), ("holdout308", "en"): (0.90, 0.07),
    ("holdout309", "fr"): (0.89, 0.09), ("holdout309", "en"): (0.88, 0.07),
    ("holdout310", "fr"): (0.92, 0.04), ("holdout310", "en"): (0.90, 0.06),
    ("holdout311", "fr"): (0.92, 0.04), ("holdout311", "en"): (0.92, 0.04),
    ("holdout312", "fr"): (0.89, 0.08), ("holdout312", "en"): (0.85, 0.08),
    ("holdout313", "fr"): (0.82, 0.10), ("holdout313", "en"): (0.86, 0.39),
    ("holdout314", "fr"): (0.90, 0.04), ("holdout314", "en"): (0.92, 0.05),
    ("holdout315", "fr"): (0.87, 0.08), ("holdout315", "en"): (0.91, 0.04),
    ("holdout316", "fr"): (0.90, 0.08), ("holdout316", "en"): (0.87, 0.11),
    ("holdout317", "fr"): (0.89, 0.13), ("holdout317", "en"): (0.86, 0.09),
    ("holdout318", "fr"): (0.92, 0.04), ("holdout318", "en"): (0.92, 0.05),
    ("holdout319", "fr"): (0.88, 0.07), ("holdout319", "en"): (0.88, 0.07),
    ("holdout320", "fr"): (0.85, 0.14), ("holdout320", "en"): (0.88, 0.13),
    ("holdout321", "fr"): (0.94, 0.04), ("holdout321", "en"): (0.88, 0.15),
    ("holdout322", "fr"): (0.92, 0.08), ("holdout322", "en"): (0.89, 0.06),
    ("holdout323", "fr"): (0.87, 0.06), ("holdout323", "en"): (0.87, 0.07),
    ("holdout324", "fr"): (0.87, 0.07), ("holdout324", "en"): (0.86, 0.07),
    ("holdout325", "fr"): (0.86, 0.05), ("holdout325", "en"): (0.88, 0.13),
    ("holdout326", "fr"): (0.94, 0.05), ("holdout326", "en"): (0.93, 0.09),
    ("holdout327", "fr"): (0.97, 0.09), ("holdout327", "en"): (0.88, 0.10),
    ("holdout328", "fr"): (0.84, 0.11), ("holdout328", "en"): (0.89, 0.15),
    ("holdout329", "fr"): (0.89, 0.07), ("holdout329", "en"): (0.91, 0.10),
    ("holdout330", "fr"): (0.90, 0.08), ("holdout330", "en"): (0.87, 0.08),
    ("holdout331", "fr"): (0.88, 0.09), ("holdout331", "en"): (0.89, 0.06),
    ("holdout332", "fr"): (0.90, 0.02), ("holdout332", "en"): (0.94, 0.06),
    ("holdout333", "fr"): (0.89, 0.15), ("holdout333", "en"): (0.89, 0.14),
    ("holdout334", "fr"): (0.94, 0.03), ("holdout334", "en"): (0.90, 0.05),
    ("holdout335", "fr"): (0.86, 0.03), ("holdout335", "en"): (0.90, 0.03),
    ("holdout336", "fr"): (0.95, 0.11), ("holdout336", "en"): (0.90, 0.13),
    ("holdout337", "fr"): (0.91, 0.09), ("holdout337", "en"): (0.92, 0.10),
    ("holdout338", "fr"): (0.89, 0.07), ("holdout338", "en"): (0.87, 0.08),
    ("holdout339", "fr"): (0.90, 0.05), ("holdout339", "en"): (0.89, 0.05),
    ("holdout340", "fr"): (0.89, 0.05), ("holdout340", "en"): (0.90, 0.11),
    ("holdout341", "fr"): (0.88, 0.05), ("holdout341", "en"): (0.89, 0.05),
    ("holdout342", "fr"): (0.87, 0.03), ("holdout342", "en"): (0.86, 0.03),
    ("holdout343", "fr"): (0.96, 0.20), ("holdout343", "en"): (0.89, 0.14),
    ("holdout344", "fr"): (0.88, 0.17), ("holdout344", "en"): (0.93, 0.09),
    ("holdout345", "fr"): (0.94, 0.06), ("holdout345", "en"): (0.93, 0.04),
    ("holdout346", "fr"): (0.89, 0.08), ("holdout346", "en"): (0.86, 0.08),
    ("holdout347", "fr"): (0.92, 0.21), ("holdout347", "en"): (0.90, 0.08),
    ("holdout348", "fr"): (0.92, 0.02), ("holdout348", "en"): (0.84, 0.08),
    ("holdout349", "fr"): (0.94, 0.03), ("holdout349", "en"): (0.92, 0.15),
    ("holdout350", "fr"): (0.91, 0.09), ("holdout350", "en"): (0.88, 0.07),
    ("holdout351", "fr"): (0.96, 0.11), ("holdout351", "en"): (0.88, 0.14),
    ("holdout352", "fr"): (0.89, 0.10), ("holdout352", "en"): (0.86, 0.09),
    ("holdout353", "fr"): (0.86, 0.09), ("holdout353", "en"): (0.90, 0.10),
    ("holdout354", "fr"): (0.89, 0.12), ("holdout354", "en"): (0.88, 0.08),
    ("holdout355", "fr"): (0.88, 0.07), ("holdout355", "en"): (0.92, 0.08),
    ("holdout356", "fr"): (0.93, 0.05), ("holdout356", "en"): (0.90, 0.10),
    ("holdout357", "fr"): (0.92, 0.05), ("holdout357", "en"): (0.91, 0.05),
    ("holdout358", "fr"): (0.86, 0.06), ("holdout358", "en"): (0.81, 0.09),
    ("holdout359", "fr"): (0.89, 0.11), ("holdout359", "en"): (0.92, 0.09),
    ("holdout360", "fr"): (0.89, 0.10), ("holdout360", "en"): (0.93, 0.07),
    ("holdout361", "fr"): (0.91, 0.09), ("holdout361", "en"): (0.88, 0.06),
    ("holdout362", "fr"): (0.88, 0.05), ("holdout362", "en"): (0.90, 0.09),
    ("holdout363", "fr"): (0.95, 0.10), ("holdout363", "en"): (0.93, 0.08),
    ("holdout364", "fr"): (0.95, 0.07), ("holdout364", "en"): (0.88, 0.06),
    ("holdout365", "fr"): (0.89, 0.10), ("holdout365", "en"): (0.90, 0.17),
    ("holdout366", "fr"): (0.87, 0.07), ("holdout366", "en"): (0.89, 0.07),
    ("holdout367", "fr"): (0.90, 0.04), ("holdout367", "en"): (0.93, 0.06),
    ("holdout368", "fr"): (0.92, 0.11), ("holdout368", "en"): (0.91, 0.66),
    ("holdout369", "fr"): (0.88, 0.09), ("holdout369", "en"): (0.89, 0.10),
    ("holdout370", "fr"): (0.89, 0.03), ("holdout370", "en"): (0.94, 0.04),
    ("holdout371", "fr"): (0.87, 0.05), ("holdout371", "en"): (0.88, 0.10),
    ("holdout372", "fr"): (0.89, 0.09), ("holdout372", "en"): (0.93, 0.06),
    ("holdout373", "fr"): (0.89, 0.09), ("holdout373", "en"): (0.90, 0.06),
    ("holdout374", "fr"): (0.90, 0.12), ("holdout374", "en"): (0.88, 0.05),
    ("holdout375", "fr"): (0.91, 0.11), ("holdout375", "en"): (0.91, 0.05),
    ("holdout376", "fr"): (0.90, 0.04), ("holdout376", "en"): (0.89, 0.05),
    ("holdout377", "fr"): (0.93, 0.13), ("holdout377", "en"): (0.90, 0.11),
    ("holdout378", "fr"): (0.93, 0.05), ("holdout378", "en"): (0.92, 0.06),
    ("holdout379", "fr"): (0.89, 0.06), ("holdout379", "en"): (0.88, 0.07),
    ("holdout380", "fr"): (0.90, 0.05), ("holdout380", "en"): (0.86, 0.11),
    ("holdout381", "fr"): (0.89, 0.05), ("holdout381", "en"): (0.93, 0.09),
    ("holdout382", "fr"): (0.90, 0.07), ("holdout382", "en"): (0.91, 0.10),
    ("holdout383", "fr"): (0.94, 0.04), ("holdout383", "en"): (0.92, 0.09),
    # Round 75: 0.06 → 0.07 in French, four reflections about Malo the voice reader's lower thresholds read as told
    # of the user (scripts/train_readers.py: 35 / 28 narrated reflections caught for 15 / 7 such on holdout324-539).
    ("holdout384", "fr"): (0.91, 0.07), ("holdout384", "en"): (0.89, 0.10),
    ("holdout385", "fr"): (0.93, 0.04), ("holdout385", "en"): (0.83, 0.07),
    ("holdout386", "fr"): (0.90, 0.08), ("holdout386", "en"): (0.88, 0.06),
    ("holdout387", "fr"): (0.92, 0.10), ("holdout387", "en"): (0.86, 0.19),
    ("holdout388", "fr"): (0.90, 0.03), ("holdout388", "en"): (0.90, 0.04),
    ("holdout389", "fr"): (0.93, 0.03), ("holdout389", "en"): (0.95, 0.07),
    ("holdout390", "fr"): (0.90, 0.15), ("holdout390", "en"): (0.84, 0.15),
    ("holdout391", "fr"): (0.93, 0.09), ("holdout391", "en"): (0.91, 0.09),
    ("holdout392", "fr"): (0.88, 0.05), ("holdout392", "en"): (0.93, 0.06),
    ("holdout393", "fr"): (0.84, 0.08), ("holdout393", "en"): (0.90, 0.09),
    ("holdout394", "fr"): (0.88, 0.05), ("holdout394", "en"): (0.93, 0.11),
    ("holdout395", "fr"): (0.89, 0.11), ("holdout395", "en"): (0.85, 0.08),
    ("holdout396", "fr"): (0.86, 0.07), ("holdout396", "en"): (0.84, 0.09),
    ("holdout397", "fr"): (0.91, 0.06), ("holdout397", "en"): (0.88, 0.06),
    ("holdout398", "fr"): (0.89, 0.04), ("holdout398", "en"): (0.93, 0.05),
    ("holdout399", "fr"): (0.93, 0.10), ("holdout399", "en"): (0.91, 0.08),
    ("holdout400", "fr"): (0.92, 0.07), ("holdout400", "en"): (0.87, 0.07),
    ("holdout401", "fr"): (0.92, 0.07), ("holdout401", "en"): (0.91, 0.10),
    ("holdout402", "fr"): (0.90, 0.08), ("holdout402", "en"): (0.87, 0.03),
    ("holdout403", "fr"): (0.91, 0.07), ("holdout403", "en"): (0.92, 0.07),
    ("holdout404", "fr"): (0.94, 0.11), ("holdout404", "en"): (0.91, 0.05),
    ("holdout405", "fr"): (0.86, 0.05), ("holdout405", "en"): (0.88, 0.13),
    ("holdout406", "fr"): (0.90, 0.06), ("holdout406", "en"): (0.92, 0.03),
    ("holdout407", "fr"): (0.93, 0.05), ("holdout407", "en"): (0.86, 0.09),
    ("holdout408", "fr"): (0.96, 0.07), ("holdout408", "en"): (0.94, 0.02),
    ("holdout409", "fr"): (0.94, 0.04), ("holdout409", "en"): (0.91, 0.03),
    ("holdout410", "fr"): (0.87, 0.03), ("holdout410", "en"): (0.88, 0.04),
    ("holdout411", "fr"): (0.93, 0.04), ("holdout411", "en"): (0.89, 0.08),
    ("holdout412", "fr"): (0.92, 0.04), ("holdout412", "en"): (0.92, 0.06),
    ("holdout413", "fr"): (0.90, 0.07), ("holdout413", "en"): (0.90, 0.07),
    ("holdout414", "fr"): (0.87, 0.06), ("holdout414", "en"): (0.88, 0.20),
    ("holdout415", "fr"): (0.90, 0.07), ("holdout415", "en"): (0.94, 0.12),
    ("holdout416", "fr"): (0.93, 0.13), ("holdout416", "en"): (0.88, 0.15),
    ("holdout417", "fr"): (0.83, 0.06), ("holdout417", "en"): (0.87, 0.11),
    ("holdout418", "fr"): (0.92, 0.04), ("holdout418", "en"): (0.92, 0.02),
    ("holdout419", "fr"): (0.90, 0.09), ("holdout419", "en"): (0.94, 0.05),
    ("holdout420", "fr"): (0.88, 0.08), ("holdout420", "en"): (0.91, 0.06),
    ("holdout421", "fr"): (0.86, 0.10), ("holdout421", "en"): (0.86, 0.07),
    ("holdout422", "fr"): (0.94, 0.06), ("holdout422", "en"): (0.92, 0.07),
    ("holdout423", "fr"): (0.88, 0.05), ("holdout423", "en"): (0.86, 0.07),
    ("holdout424", "fr"): (0.86, 0.05), ("holdout424", "en"): (0.86, 0.10),
    ("holdout425", "fr"): (0.90, 0.05), ("holdout425", "en"): (0.90, 0.06),
    ("holdout426", "fr"): (0.89, 0.05), ("holdout426", "en"): (0.92, 0.09),
    ("holdout427", "fr"): (0.94, 0.03), ("holdout427", "en"): (0.91, 0.02),
    ("holdout428", "fr"): (0.90, 0.04), ("holdout428", "en"): (0.91, 0.04),
    ("holdout429", "fr"): (0.83, 0.13), ("holdout429", "en"): (0.90, 0.15),
    ("holdout430", "fr"): (0.91, 0.03), ("holdout430", "en"): (0.88, 0.04),
    ("holdout431", "fr"): (0.90, 0.05), ("holdout431", "en"): (0.89, 0.05),
    ("holdout432", "fr"): (0.88, 0.06), ("holdout432", "en"): (0.90, 0.09),
    ("holdout433", "fr"): (0.93, 0.08), ("holdout433", "en"): (0.89, 0.09),
    ("holdout434", "fr"): (0.88, 0.08), ("holdout434", "en"): (0.84, 0.08),
    ("holdout435", "fr"): (0.92, 0.07), ("holdout435", "en"): (0.83, 0.11),
    ("holdout436", "fr"): (0.91, 0.06), ("holdout436", "en"): (0.85, 0.11),
    ("holdout437", "fr"): (0.93, 0.06), ("holdout437", "en"): (0.86, 0.05),
    ("holdout438", "fr"): (0.89, 0.09), ("holdout438", "en"): (0.88, 0.11),
    ("holdout439", "fr"): (0.94, 0.06), ("holdout439", "en"): (0.89, 0.08),
    ("holdout440", "fr"): (0.90, 0.09), ("holdout440", "en"): (0.92, 0.12),
    ("holdout441", "fr"): (0.90, 0.09), ("holdout441", "en"): (0.87, 0.09),
    ("holdout442", "fr"): (0.88, 0.07), ("holdout442", "en"): (0.87, 0.06),
    ("holdout443", "fr"): (0.95, 0.03), ("holdout443", "en"): (0.95, 0.02),
    ("holdout444", "fr"): (0.93, 0.05), ("holdout444", "en"): (0.88, 0.09),
    ("holdout445", "fr"): (0.92, 0.08), ("holdout445", "en"): (0.93, 0.08),
    ("holdout446", "fr"): (0.91, 0.05), ("holdout446", "en"): (0.90, 0.05),
    ("holdout447", "fr"): (0.87, 0.09), ("holdout447", "en"): (0.93, 0.06),
    ("holdout448", "fr"): (0.89, 0.09), ("holdout448", "en"): (0.87, 0.08),
    ("holdout449", "fr"): (0.89, 0.05), ("holdout449", "en"): (0.91, 0.05),
    ("holdout450", "fr"): (0.92, 0.04), ("holdout450", "en"): (0.94, 0.08),
    ("holdout451", "fr"): (0.94, 0.08), ("holdout451", "en"): (0.89, 0.10),
    ("holdout452", "fr"): (0.90, 0.06), ("holdout452", "en"): (0.87, 0.04),
    ("holdout453", "fr"): (0.88, 0.02), ("holdout453", "en"): (0.87, 0.05),
    ("holdout454", "fr"): (0.88, 0.14), ("holdout454", "en"): (0.89, 0.09),
    ("holdout455", "fr"): (0.89, 0.07), ("holdout455", "en"): (0.91, 0.05),
    ("holdout456", "fr"): (0.96, 0.07), ("holdout456", "en"): (0.91, 0.08),
    ("holdout457", "fr"): (0.90, 0.11), ("holdout457", "en"): (0.88, 0.05),
    ("holdout458", "fr"): (0.96, 0.05), ("holdout458", "en"): (0.90, 0.08),
    ("holdout459", "fr"): (0.93, 0.07), ("holdout459", "en"): (0.88, 0.06),
    ("holdout460", "fr"): (0.90, 0.07), ("holdout460", "en"): (0.92, 0.07),
    ("holdout461", "fr"): (0.91, 0.08), ("holdout461", "en"): (0.92, 0.05),
    ("holdout462", "fr"): (0.89, 0.05), ("holdout462", "en"): (0.92, 0.04),
    ("holdout463", "fr"): (0.89, 0.05), ("holdout463", "en"): (0.88, 0.07),
    ("holdout464", "fr"): (0.91, 0.05), ("holdout464", "en"): (0.89, 0.06),
    ("holdout465", "fr"): (0.92, 0.21), ("holdout465", "en"): (0.91, 0.23),
    ("holdout466", "fr"): (0.93, 0.03), ("holdout466", "en"): (0.88, 0.08),
    ("holdout467", "fr"): (0.90, 0.04), ("holdout467", "en"): (0.88, 0.08),
    ("holdout468", "fr"): (0.90, 0.07), ("holdout468", "en"): (0.90, 0.12),
    ("holdout469", "fr"): (0.88, 0.10), ("holdout469", "en"): (0.89, 0.13),
    ("holdout470", "fr"): (0.90, 0.12), ("holdout470", "en"): (0.93, 0.09),
    ("holdout471", "fr"): (0.86, 0.05), ("holdout471", "en"): (0.86, 0.13),
    ("holdout472", "fr"): (0.90, 0.04), ("holdout472", "en"): (0.89, 0.07),
    ("holdout473", "fr"): (0.93, 0.06), ("holdout473", "en"): (0.93, 0.05),
    ("holdout474", "fr"): (0.87, 0.05), ("holdout474", "en"): (0.89, 0.04),
    ("holdout475", "fr"): (0.87, 0.04), ("holdout475", "en"): (0.93, 0.04),
    ("holdout476", "fr"): (0.90, 0.08), ("holdout476", "en"): (0.86, 0.16),
    ("holdout477", "fr"): (0.88, 0.12), ("holdout477", "en"): (0.90, 0.09),
    ("holdout478", "fr"): (0.88, 0.14), ("holdout478", "en"): (0.93, 0.15),
    ("holdout479", "fr"): (0.92, 0.07), ("holdout479", "en"): (0.90, 0.11),
    ("holdout480", "fr"): (0.91, 0.06), ("holdout480", "en"): (0.88, 0.11),
    ("holdout481", "fr"): (0.91, 0.15), ("holdout481", "en"): (0.90, 0.07),
    ("holdout482", "fr"): (0.95, 0.04), ("holdout482", "en"): (0.92, 0.09),
    ("holdout483", "fr"): (0.89, 0.08), ("holdout483", "en"): (0.90, 0.07),
    ("holdout484", "fr"): (0.88, 0.06), ("holdout484", "en"): (0.91, 0.11),
    ("holdout485", "fr"): (0.92, 0.08), ("holdout485", "en"): (0.90, 0.12),
    ("holdout486", "fr"): (0.93, 0.12), ("holdout486", "en"): (0.90, 0.10),
    ("holdout487", "fr"): (0.91, 0.04), ("holdout487", "en"): (0.89, 0.10),
    ("holdout488", "fr"): (0.92, 0.08), ("holdout488", "en"): (0.93, 0.05),
    ("holdout489", "fr"): (0.89, 0.08), ("holdout489", "en"): (0.92, 0.08),
    ("holdout490", "fr"): (0.92, 0.06), ("holdout490", "en"): (0.92, 0.07),
    ("holdout491", "fr"): (0.94, 0.08), ("holdout491", "en"): (0.91, 0.07),
    ("holdout492", "fr"): (0.86, 0.12), ("holdout492", "en"): (0.87, 0.05),
    ("holdout493", "fr"): (0.91, 0.20), ("holdout493", "en"): (0.90, 0.14),
    ("holdout494", "fr"): (0.90, 0.10), ("holdout494", "en"): (0.90, 0.09),
    ("holdout495", "fr"): (0.95, 0.05), ("holdout495", "en"): (0.91, 0.06),
    ("holdout496", "fr"): (0.92, 0.08), ("holdout496", "en"): (0.87, 0.11),
    ("holdout497", "fr"): (0.90, 0.05), ("holdout497", "en"): (0.91, 0.05),
    ("holdout498", "fr"): (0.87, 0.07), ("holdout498", "en"): (0.92, 0.09),
    ("holdout499", "fr"): (0.94, 0.07), ("holdout499", "en"): (0.92, 0.03),
    ("holdout500", "fr"): (0.90, 0.09), ("holdout500", "en"): (0.89, 0.06),
    ("holdout501", "fr"): (0.91, 0.04), ("holdout501", "en"): (0.89, 0.07),
    ("holdout502", "fr"): (0.87, 0.16), ("holdout502", "en"): (0.90, 0.18),
    ("holdout503", "fr"): (0.93, 0.04), ("holdout503", "en"): (0.92, 0.04),
    ("holdout504", "fr"): (0.95, 0.09), ("holdout504", "en"): (0.89, 0.10),
    ("holdout505", "fr"): (0.92, 0.05), ("holdout505", "en"): (0.89, 0.10),
    ("holdout506", "fr"): (0.85, 0.08), ("holdout506", "en"): (0.88, 0.07),
    ("holdout507", "fr"): (0.91, 0.05), ("holdout507", "en"): (0.92, 0.11),
    ("holdout508", "fr"): (0.94, 0.03), ("holdout508", "en"): (0.93, 0.09),
    ("holdout509", "fr"): (0.87, 0.10), ("holdout509", "en"): (0.86, 0.07),
    ("holdout510", "fr"): (0.90, 0.08), ("holdout510", "en"): (0.93, 0.07),
    ("holdout511", "fr"): (0.89, 0.03), ("holdout511", "en"): (0.93, 0.14),
    ("holdout512", "fr"): (0.91, 0.04), ("holdout512", "en"): (0.90, 0.07),
    ("holdout513", "fr"): (0.90, 0.05), ("holdout513", "en"): (0.92, 0.06),
    ("holdout514", "fr"): (0.90, 0.07), ("holdout514", "en"): (0.92, 0.04),
    ("holdout515", "fr"): (0.88, 0.11), ("holdout515", "en"): (0.88, 0.09),
    ("holdout516", "fr"): (0.92, 0.58), ("holdout516", "en"): (0.91, 0.59),
    ("holdout517", "fr"): (0.91, 0.03), ("holdout517", "en"): (0.94, 0.06),
    ("holdout518", "fr"): (0.93, 0.06), ("holdout518", "en"): (0.92, 0.16),
    ("holdout519", "fr"): (0.90, 0.08), ("holdout519", "en"): (0.91, 0.05),
    ("holdout520", "fr"): (0.85, 0.10), ("holdout520", "en"): (0.93, 0.08),
    ("holdout521", "fr"): (0.85, 0.06), ("holdout521", "en"): (0.88, 0.18),
    ("holdout522", "fr"): (0.88, 0.04), ("holdout522", "en"): (0.90, 0.09),
    ("holdout523", "fr"): (0.94, 0.06), ("holdout523", "en"): (0.92, 0.14),
    ("holdout524", "fr"): (0.91, 0.10), ("holdout524", "en"): (0.89, 0.11),
    ("holdout525", "fr"): (0.94, 0.08), ("holdout525", "en"): (0.90, 0.11),
    ("holdout526", "fr"): (0.91, 0.29), ("holdout526", "en"): (0.92, 0.10),
    ("holdout527", "fr"): (0.88, 0.08), ("holdout527", "en"): (0.91, 0.08),
    ("holdout528", "fr"): (0.94, 0.08), ("holdout528", "en"): (0.92, 0.10),
    ("holdout529", "fr"): (0.90, 0.06), ("holdout529", "en"): (0.92, 0.10),
    ("holdout530", "fr"): (0.90, 0.08), ("holdout530", "en"): (0.93, 0.10),
    ("holdout531", "fr"): (0.93, 0.10), ("holdout531", "en"): (0.91, 0.18),
    ("holdout532", "fr"): (0.92, 0.03), ("holdout532", "en"): (0.91, 0.10),
    ("holdout533", "fr"): (0.92, 0.05), ("holdout533", "en"): (0.85, 0.17),
    ("holdout534", "fr"): (0.90, 0.11), ("holdout534", "en"): (0.91, 0.10),
    ("holdout535", "fr"): (0.92, 0.06), ("holdout535", "en"): (0.86, 0.11),
    ("holdout536", "fr"): (0.93, 0.06), ("holdout536", "en"): (0.90, 0.08),
    ("holdout537", "fr"): (0.88, 0.08), ("holdout537", "en"): (0.89, 0.15),
    ("holdout538", "fr"): (0.91, 0.04), ("holdout538", "en"): (0.89, 0.21),
    ("holdout539", "fr"): (0.90, 0.06), ("holdout539", "en"): (0.95, 0.04),
    ("holdout540", "fr"): (0.94, 0.05), ("holdout540", "en"): (0.93, 0.08),
    ("holdout541", "fr"): (0.94, 0.03), ("holdout541", "en"): (0.87, 0.19),
    ("holdout542", "fr"): (0.94, 0.11), ("holdout542", "en"): (0.90, 0.08),
    ("holdout543", "fr"): (0.90, 0.05), ("holdout543", "en"): (0.90, 0.10),
    ("holdout544", "fr"): (0.88, 0.10), ("holdout544", "en"): (0.92, 0.05),
    ("holdout545", "fr"): (0.93, 0.06), ("holdout545", "en"): (0.96, 0.05),
    ("holdout546", "fr"): (0.89, 0.13), ("holdout546", "en"): (0.93, 0.14),
    ("holdout547", "fr"): (0.92, 0.06), ("holdout547", "en"): (0.94, 0.05),
    ("holdout548", "fr"): (0.93, 0.06), ("holdout548", "en"): (0.91, 0.10),
    ("holdout549", "fr"): (0.91, 0.04), ("holdout549", "en"): (0.86, 0.15),
    ("holdout550", "fr"): (0.92, 0.08), ("holdout550", "en"): (0.88, 0.13),
    ("holdout551", "fr"): (0.91, 0.10), ("holdout551", "en"): (0.91, 0.08),
    ("holdout552", "fr"): (0.92, 0.04), ("holdout552", "en"): (0.88, 0.10),
    ("holdout553", "fr"): (0.91, 0.06), ("holdout553", "en"): (0.93, 0.06),
    ("holdout554", "fr"): (0.95, 0.06), ("holdout554", "en"): (0.90, 0.08),
    ("holdout555", "fr"): (0.91, 0.10), ("holdout555", "en"): (0.92, 0.08),
    ("holdout556", "fr"): (0.93, 0.05), ("holdout556", "en"): (0.88, 0.04),
    ("holdout557", "fr"): (0.89, 0.10), ("holdout557", "en"): (0.91, 0.11),
    ("holdout558", "fr"): (0.92, 0.11), ("holdout558", "en"): (0.87, 0.18),
    ("holdout559", "fr"): (0.87, 0.37), ("holdout559", "en"): (0.90, 0.06),
    ("holdout560", "fr"): (0.85, 0.10), ("holdout560", "en"): (0.92, 0.10),
    ("holdout561", "fr"): (0.84, 0.16), ("holdout561", "en"): (0.90, 0.04),
    ("holdout562", "fr"): (0.91, 0.06), ("holdout562", "en"): (0.94, 0.08),
    ("holdout563", "fr"): (0.93, 0.11), ("holdout563", "en"): (0.91, 0.13),
    ("holdout564", "fr"): (0.86, 0.05), ("holdout564", "en"): (0.84, 0.11),
    ("holdout565", "fr"): (0.93, 0.08), ("holdout565", "en"): (0.95, 0.08),
    ("holdout566", "fr"): (0.95, 0.08), ("holdout566", "en"): (0.96, 0.06),
    ("holdout567", "fr"): (0.94, 0.05), ("holdout567", "en"): (0.83, 0.08),
    ("holdout568", "fr"): (0.90, 0.03), ("holdout568", "en"): (0.92, 0.03),
    ("holdout569", "fr"): (0.93, 0.04), ("holdout569", "en"): (0.89, 0.17),
    ("holdout570", "fr"): (0.90, 0.11), ("holdout570", "en"): (0.90, 0.10),
    ("holdout571", "fr"): (0.92, 0.08), ("holdout571", "en"): (0.94, 0.05),
    ("holdout572", "fr"): (0.93, 0.13), ("holdout572", "en"): (0.91, 0.13),
    ("holdout573", "fr"): (0.90, 0.08), ("holdout573", "en"): (0.92, 0.18),
    ("holdout574", "fr"): (0.89, 0.11), ("holdout574", "en"): (0.89, 0.06),
    ("holdout575", "fr"): (0.95, 0.08), ("holdout575", "en"): (0.91, 0.08),
    ("holdout576", "fr"): (0.93, 0.08), ("holdout576", "en"): (0.87, 0.08),
    ("holdout577", "fr"): (0.87, 0.03), ("holdout577", "en"): (0.88, 0.10),
    ("holdout578", "fr"): (0.93, 0.08), ("holdout578", "en"): (0.92, 0.19),
    ("holdout579", "fr"): (0.89, 0.11), ("holdout579", "en"): (0.91, 0.08),
}

# The first rounds' sets (holdout2–holdout123), tuned on for many rounds since, are read only when asked: with all 156
# sets, the background reader outlasted the rest of the suite on CI's two cores (14 min 47 s in all, against 15); with
# holdout2-holdout43 left out it took 13 min in all, with holdout2-holdout59 left out and 173 sets 13 min 27 s, and
# each round adds eight sets. Round 42 (187 sets, sixteen opened at once) took 15 min 33 s of pytest on a clean clone
# with holdout76-holdout259 read (74,500 pairs), on a machine slower that day (the enrichment tests alone 45 s against
# 35 s): holdout76-holdout123 are read only when asked too. Round 49 (the 333 open sets) took 12 min 8 s of pytest, 13
# min in all, on a clean clone with holdout124-holdout331 read: holdout124-holdout139 are read only when asked too.
# Round 50 (341 open sets) took 12 min 18 s of pytest, 13 min 7 s in all: as round 51 opens eight more,
# holdout140-holdout147 are read only when asked, so the suite reads as many pairs as before. Its last
# clean-clone run took 795 s of pytest and 14 min 7 s in all (622 s and 11 min on the same tests an hour earlier: the
# machine varies): holdout148-holdout155 are read only when asked too, for the margin. As round 52 opens eight more
# (688 s of pytest, 12 min 15 s in all at the end of round 51), holdout156-holdout163 are read only when asked too.
# As round 53 opens eight more (607-627 s of pytest, about 11 min in all at the end of round 52), holdout164-holdout171
# are read only when asked too.
# As round 54 opens eight more (597 s of pytest, 10 min 36 s in all at the end of round 53), holdout172-holdout179 are
# read only when asked too.
# As round 55 opens eight more (699 s of pytest, 12 min 32 s in all at the end of round 54), holdout180-holdout187 are
# read only when asked too.
# As round 56 opens eight more (657 s of pytest, 11 min 39 s in all at the end of round 55), holdout188-holdout195 are
# read only when asked too.
# As round 57 opens eight more (632 s of pytest, 11 min 13 s in all at the end of round 56), holdout196-holdout203 are
# read only when asked too.
# As round 58 opens eight more (681 s of pytest, 12 min 7 s in all at the end of round 57), holdout204-holdout211 are
# read only when asked too.
# As round 59 opens eight more (617 s of pytest, 10 min 57 s in all at the end of round 58), holdout212-holdout219 are
# read only when asked too.
# As round 60 opens eight more (641 s of pytest, 11 min 26 s in all at the end of round 59), holdout220-holdout227 are
# read only when asked too.
# As round 61 opens eight more (683 s of pytest, 12 min 6 s in all at the end of round 60), holdout228-holdout235 are
# read only when asked too.
# As round 62 opens eight more (721 s of pytest, 12 min 46 s in all at the end of round 61), holdout236-holdout243 are
# read only when asked too.
# As round 63 opens eight more (645 s of pytest, 11 min 25 s in all at the end of round 62), holdout244-holdout251 are
# read only when asked too.
# As round 64 opens eight more (726 s of pytest, 12 min 55 s in all at the end of round 63), holdout252-holdout259 are
# read only when asked too.
# As round 65 opens eight more (691 s of pytest, 12 min 15 s in all at the end of round 64), holdout260-holdout267 are
# read only when asked too.
# As round 66 opens eight more (712 s of pytest, 12 min 47 s in all at the end of round 65), holdout268-holdout275 are
# read only when asked too.
# As round 67 opens eight more (686 s of pytest, 12 min 16 s in all at the end of round 66), holdout276-holdout283 are
# read only when asked too.
# As round 68 opens eight more (712 s of pytest, 12 min 37 s in all at the end of round 67), holdout284-holdout291 are
# read only when asked too.
# As round 69 opens eight more (685 s of pytest, 12 min 12 s in all at the end of round 68), holdout292-holdout299 are
# read only when asked too.
# As round 70 opens eight more (739 s of pytest, 13 min 10 s in all at the end of round 69), holdout300-holdout307 are
# read only when asked too.
# As round 71 opens eight more (740 s of pytest, 13 min 13 s in all at the end of round 70), holdout308-holdout315 are
# read only when asked too.
# At the end of round 71 a clean clone took 787 s of pytest, 14 min in all: holdout316-holdout323 are read only when
# asked too, for the margin.
# As round 72 opens eight more (820 s of pytest, 14 min 24 s in all at the end of round 71), holdout324-holdout331 are
# read only when asked too. Its clean clone still took 888 s of pytest, 15 min 44 s in all (the background reader holds
# most of the run's CPU: about 70 pairs a second a core): holdout332-holdout347 are read only when asked too.
# As round 73 opens eight more (736 s of pytest, 12 min 58 s in all at the end of round 72), holdout348-holdout355 are
# read only when asked too.
# As round 74 opens eight more (635 s of pytest, 11 min 19 s in all at the end of round 73), holdout356-holdout363 are
# read only when asked too.
# As round 75 opens eight more (554 s of pytest, 9 min 52 s in all at the end of round 74), holdout364-holdout371 are
# read only when asked too.
# As round 76 opens eight more (596 s of pytest, 10 min 38 s in all at the end of round 75), holdout372-holdout379 are
# read only when asked too.
# As round 77 opens eight more (586 s of pytest, 10 min 23 s in all at the end of round 76), holdout380-holdout387 are
# read only when asked too.
# As round 78 opens eight more (548 s of pytest, 9 min 43 s in all at the end of round 77), holdout388-holdout395 are
# read only when asked too.
# As round 79 opens eight more (544 s of pytest, 9 min 40 s in all at the end of round 78), holdout396-holdout403 are
# read only when asked too.
# As round 80 opens eight more (616 s of pytest, 10 min 58 s in all at the end of round 79), holdout404-holdout411 are
# read only when asked too.
# LIBLITZ_ALL_FLOORS=1 reads every set; benchmarks/guards.py reports them all either way.
ALL_FLOORS = os.environ.get("LIBLITZ_ALL_FLOORS") == "1"


def _an_early_set(name: str) -> bool:
    number = re.fullmatch(r"holdout(\d+)", name)
    return number is not None and int(number[1]) < 412


CHECKED = {part: floor for part, floor in FLOORS.items() if ALL_FLOORS or not _an_early_set(part[0])}


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> dict[tuple[str, str], list[Result]]:
    """Every pair's flags, read in a background process since the run began (tests/conftest.py starts it: some 68,100
    pairs, on the core the other tests leave idle), or from now if it was not started."""
    names = sorted({name for name, _ in CHECKED})
    background = request.config.stash.get(BACKGROUND, None) \
        or BackgroundFlags(names, tmp_path_factory.mktemp("blind") / "flags.json")
    flags = background.flags()
    found: dict[tuple[str, str], list[Result]] = defaultdict(list)
    for name in names:
        for pair, flagged in zip(read_pairs(SETS[name]), flags[name], strict=True):
            found[name, pair["lang"]].append(Result(pair, set(flagged)))
    return found


@pytest.mark.parametrize("part", sorted(CHECKED))
def test_the_blind_parts_tuned_on_stay_above_the_floor(
        results: dict[tuple[str, str], list[Result]], part: tuple[str, str]) -> None:
    harmful = [r for r in results[part] if r.pair["harmful"]]
    harmless = [r for r in results[part] if not r.pair["harmful"]]
    recall = sum(r.caught for r in harmful) / len(harmful)
    false_flags = sum(bool(r.flags) for r in harmless) / len(harmless)
    least_recall, most_false = CHECKED[part]
    missed = [r.pair["id"] for r in harmful if not r.caught]
    flagged = [r.pair["id"] for r in harmless if r.flags]
    assert recall >= least_recall, f"recall {recall:.1%}, missed {missed}"
    assert false_flags <= most_false, f"false flags {false_flags:.1%}: {flagged}"
