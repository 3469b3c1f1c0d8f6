"""Rate limits: a token bucket per key (a phone's token, a network address)."""

from __future__ import annotations

import time


class RateLimiter:
    """Allow ``burst`` requests at once and ``rate`` per second after that, per key."""

    MAX_KEYS = 10_000

    def __init__(self, rate: float, burst: int):
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        tokens, then = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.rate)
        if len(self._buckets) > self.MAX_KEYS:  # a flood of made-up tokens cannot fill memory
            self._buckets.clear()
        if tokens < 1:
            self._buckets[key] = (tokens, now)
            return False
        self._buckets[key] = (tokens - 1, now)
        return True
