"""Bounded retries with backoff; the sleep is injectable so tests never wait."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3  # connection attempts in all
    first_delay: float = 0.5  # seconds, doubled after each failure
    max_delay: float = 4.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def delays(self) -> list[float]:
        """The waits between attempts: attempts - 1 of them."""
        return [min(self.max_delay, self.first_delay * 2**i) for i in range(max(0, self.attempts - 1))]
