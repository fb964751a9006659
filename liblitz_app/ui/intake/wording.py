"""The intake panes' sentences: how a file is read, layouts, fields, paces and dates, French first."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from ...i18n import language, tr, tr_n
from ...intake import Backlog, FileFormat, Layout, Pace, PaceMode, ReleaseOrder

# The mapping page's fields, in the order shown; `text` is the only one required.
FIELDS: tuple[tuple[str, str], ...] = (
    ("text", "Texte du souvenir"), ("date", "Date"), ("person", "Personnes"), ("place", "Lieu"),
    ("emotion", "Émotion"), ("intensity", "Intensité (0–10)"), ("category", "Catégorie"),
)
FIELD_SHORT = {"text": "texte", "date": "date", "person": "personnes", "place": "lieu", "emotion": "émotion",
               "intensity": "intensité", "category": "catégorie", "speaker": "qui parle"}

LAYOUT_NAMES = {Layout.CHAT_BACKUP: "Sauvegarde de conversation", Layout.FACT_LIST: "Liste de faits",
                Layout.DIARY: "Journal", Layout.CUSTOM: "Format propre à ce fichier"}

MODES = ((PaceMode.PER_DAY, "par jour"), (PaceMode.PER_SESSION, "à chaque démarrage"),
         (PaceMode.MANUAL, "seulement quand je le demande"))
ORDERS = ((ReleaseOrder.CHRONOLOGICAL, "dans l'ordre du fichier importé"),
          (ReleaseOrder.OLDEST_FIRST, "les événements les plus anciens d'abord"),
          (ReleaseOrder.CHOSEN, "dans l'ordre que j'ai choisi"))

LONG_WAIT_DAYS = 365

_ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 avec BOM", "cp1252": "Windows-1252 (Excel)",
              "latin-1": "Latin-1"}
DELIMITERS = {",": "« , » (virgule)", ";": "« ; » (point-virgule)", "\t": "tabulation",
              "|": "« | » (barre verticale)"}
_ENDINGS = {"LF": "Unix (LF)", "CRLF": "Windows (CRLF)", "CR": "anciens Mac (CR)", "mixte": "mélangées"}


def format_sentence(file_format: FileFormat) -> str:
    """How the file is being read, in one sentence ("CSV, séparateur « ; », encodage Windows-1252…")."""
    encoding = tr(_ENCODINGS.get(file_format.encoding, file_format.encoding))
    size = size_text(file_format.size)
    if file_format.kind == "json":
        return tr("Fichier JSON de {size}, encodage {encoding}.", size=size, encoding=encoding)
    return tr("Fichier CSV de {size} : séparateur {sep}, encodage {encoding}, fins de ligne {endings}.",
              size=size, sep=tr(DELIMITERS[file_format.delimiter]), encoding=encoding,
              endings=tr(_ENDINGS.get(file_format.line_endings, file_format.line_endings)))


def size_text(size: int) -> str:
    locale = QLocale(QLocale.Language.French if language() == "fr" else QLocale.Language.English)
    if size < 1024 * 1024:
        return tr("{n} Ko", n=locale.toString(max(1, round(size / 1024))))
    return tr("{n} Mo", n=locale.toString(size / (1024 * 1024), "f", 1))


def long_date(day: date) -> str:
    locale = QLocale(QLocale.Language.French if language() == "fr" else QLocale.Language.English)
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def estimate_sentence(backlog: Backlog, pace: Pace, today: date) -> str:
    """When everything waiting will have arrived, at the current pace."""
    if backlog.waiting == 0:
        return tr("Rien n'attend : tout ce qui a été importé est arrivé.")
    if pace.paused:
        return tr("En pause : rien n'arrive tant que vous ne reprenez pas (sauf si vous libérez vous-même).")
    if pace.mode is PaceMode.MANUAL:
        return tr("Rien n'arrive tout seul : libérez-en quand vous le voulez.")
    if backlog.sessions_left is not None:
        return tr_n("Au rythme actuel, tout sera arrivé dans {n} démarrage de Liblitz.",
                    "Au rythme actuel, tout sera arrivé dans {n} démarrages de Liblitz.", n=backlog.sessions_left)
    if backlog.estimated_end is None:
        return ""
    days = (backlog.estimated_end - today).days
    if days <= 0:
        return tr("Au rythme actuel, tout sera arrivé aujourd'hui.")
    said = tr("Au rythme actuel, tout sera arrivé vers le {date} ({within}).",
              date=long_date(backlog.estimated_end), within=duration_sentence(days))
    if days > LONG_WAIT_DAYS:
        said += " " + tr("C'est long : vous pouvez accélérer le rythme, ou en libérer davantage maintenant.")
    return said


def duration_sentence(days: int) -> str:
    """'dans 7 jour(s)', 'dans environ 5 mois', 'dans environ 2 ans' — a far date reads better roughly."""
    if days < 60:
        return tr_n("dans {n} jour", "dans {n} jours", n=days)
    if days < 730:
        return tr("dans environ {n} mois", n=round(days / 30.4))
    return tr("dans environ {n} ans", n=round(days / 365.25))


def arrived_sentence(count: int) -> str:
    if count == 0:
        return tr("Aucun souvenir n'attendait : rien n'est arrivé.")
    return tr_n("{n} souvenir arrivé : il vous attend dans « À relire ».",
                "{n} souvenirs arrivés : ils vous attendent dans « À relire ».", n=count)
