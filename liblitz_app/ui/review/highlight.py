"""Rich text with the exact words a guard pointed at made bold and coloured (spans → HTML)."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ...enrichment import Flag, Span
from ...i18n import language, tr

MARK_STYLE = "font-weight:bold; color:#8a1c00; background:#ffe08a;"


def marked(text: str, spans: Iterable[Span]) -> str:
    """`text` as HTML, each span (clipped, overlaps merged) wrapped in a highlighted <b>."""
    ranges = _merged(sorted((max(0, s.start), min(len(text), s.end)) for s in spans if s.end > s.start))
    out, cursor = [], 0
    for start, end in ranges:
        out.append(escape(text[cursor:start], quote=False))
        out.append(f'<b style="{MARK_STYLE}">{escape(text[start:end], quote=False)}</b>')
        cursor = end
    out.append(escape(text[cursor:], quote=False))
    return "".join(out).replace("\n", "<br>")


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif start < end:
            merged.append((start, end))
    return merged


def target_caption(target: str) -> str:
    base = target.split("[")[0]
    captions = {"original": tr("Souvenir"), "reflection": tr("Réflexion"), "place": tr("Lieu"),
                "time.said": tr("Quand"), "persons": tr("Personne"), "text": tr("Texte renvoyé")}
    return captions.get(base, target)


def flag_html(flag: Flag, values: dict[str, str]) -> str:
    """The flag's sentence, then each place it points at with the words highlighted."""
    lines = [f"<b>⚠ {escape(flag.message(language()), quote=False)}</b>"]
    for target in dict.fromkeys(s.target for s in flag.spans):
        text = values.get(target, "")
        if text:
            spans = [s for s in flag.spans if s.target == target]
            lines.append(f"<span style='color:#555'>{tr('{label} :', label=escape(target_caption(target)))}</span> "
                         f"{marked(text, spans)}")
    return "<br>".join(lines)
