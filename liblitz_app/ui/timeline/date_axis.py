"""A date axis that names months and weekdays in the user's language and counts days in UTC.

Points sit at midday UTC of their day and the axis reads UTC, so a memory of 14 March shows under
14 March in every time zone; names come from the app's language, not from the system locale.
"""
from __future__ import annotations

from datetime import datetime, timezone

from .plotting import pg
from .wording import month_name, weekday_name


class LocalisedDateAxis(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)

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
