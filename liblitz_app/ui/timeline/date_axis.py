"""A date axis that names months and weekdays in the user's language and counts days in UTC.

Points sit at midday UTC of their day and the axis reads UTC, so a memory of 14 March shows under
14 March in every time zone; names come from the app's language, not from the system locale.
"""
from __future__ import annotations

from datetime import datetime, timezone

import numpy as np

from .plotting import pg
from .wording import month_name, weekday_name


class LocalisedDateAxis(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        """pyqtgraph's ticks, less a finer one too near a coarser one: a day 2 ticks beside "avr." at the 1st,
        and the two labels ran into one ("avr2")."""
        levels = super().tickValues(minVal, maxVal, size)
        coarser: list[float] = []
        kept = []
        for spacing, ticks in levels:
            gap = 0.6 * float(np.median(np.diff(ticks))) if len(ticks) > 1 else 0.0
            finer = [t for t in ticks if all(abs(t - c) >= gap for c in coarser)]
            kept.append((spacing, finer))
            coarser += finer
        return kept

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or not any(code in spec.format for code in ("%b", "%a", "%d")):
            return super().tickStrings(values, scale, spacing)
        return [self._format(value, spec.format) for value in values]

    def _format(self, value: float, pattern: str) -> str:
        try:
            moment = datetime.fromtimestamp(value, tz=timezone.utc)
        except (OverflowError, ValueError, OSError):
            return ""
        # Substitute our names for the locale's before strftime ("%" doubled so it stays literal).
        names = {"%b": month_name(moment.month, short=True), "%a": weekday_name(moment.weekday()),
                 "%d": str(moment.day)}
        for code, name in names.items():
            pattern = pattern.replace(code, name.replace("%", "%%"))
        return moment.strftime(pattern)
