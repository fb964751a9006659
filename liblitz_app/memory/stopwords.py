"""Words too common to say anything about which memory is meant (folded: no accents, lower case).

Kept short on purpose: a word left out only costs a little ranking noise, while a word wrongly
listed here can never be found. "may"/"mai", numbers and names are deliberately absent.
"""
from __future__ import annotations

FRENCH = frozenset("""
a ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais aurait auras
aurez auriez aurons auront aussi autre autres aux avais avait avaient avant avec avez aviez avions avoir
avons ayant ayez ayons c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chez ci
comme comment d dans de des donc dont du duquel elle elles en encore es est et etaient etais etait
etant ete etes etiez etions etre eu eue eues eurent eus eusse eut eux fait faites fois font furent fut
ici il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lui m ma mais me meme
memes mes moi mon n ne ni nos notre nous on ont ou par parce pas peu peut plus pour pourquoi qu quand
que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait seras serez
seriez serons seront ses si soi soient sois soit sommes son sont soyez soyons suis sur t ta te tes
toi ton tous tout toute toutes tu un une unes uns vais va vos votre vous vu y deja tres bien
est-ce qu'est-ce quoi dit dire
""".split())

ENGLISH = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves did does tell told say said ever also get got
""".split())

STOP_WORDS = FRENCH | ENGLISH
