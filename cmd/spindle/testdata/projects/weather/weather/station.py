"""A station polls its sensors on worker threads and summarises."""
import statistics
import threading
from dataclasses import dataclass, field
from typing import Callable, Dict, List

from .config import Config


@dataclass(frozen=True, order=True)
class Reading:
    sensor: int
    value: float


@dataclass
class Summary:
    readings: List[Reading] = field(default_factory=list)

    @property
    def values(self):
        return [r.value for r in self.readings]

    def stats(self) -> Dict[str, float]:
        v = self.values
        return {"min": min(v), "max": max(v), "mean": round(statistics.mean(v), 2), "n": len(v)}


class Station:
    def __init__(self, config: Config, sensor: Callable[[int, int], float]):
        self.config = config
        self.sensor = sensor
        self.cond = threading.Condition()
        self.pending: List[Reading] = []
        self.done = 0

    def _poll(self, sensor_id, rounds):
        for i in range(rounds):
            value = self.sensor(sensor_id, i)
            with self.cond:
                self.pending.append(Reading(sensor_id, value))
                self.cond.notify()
        with self.cond:
            self.done += 1
            self.cond.notify()

    def collect(self, rounds=3):
        workers = [threading.Thread(target=self._poll, args=(s, rounds), name=f"sensor-{s}", daemon=True)
                   for s in range(self.config.sensors)]
        for w in workers:
            w.start()
        summary = Summary()
        with self.cond:
            while self.done < len(workers) or self.pending:
                self.cond.wait_for(lambda: self.pending or self.done == len(workers))
                summary.readings.extend(self.pending)
                self.pending.clear()
        for w in workers:
            w.join()
        summary.readings.sort()
        return summary

    def report(self, summary):
        u = self.config.units
        lines = [self.config.describe()]
        for s in range(self.config.sensors):
            vals = [r.value for r in summary.readings if r.sensor == s]
            lines.append(f"  #{s}: " + " ".join(f"{v:+.1f}°{u}" for v in vals))
        st = summary.stats()
        lines.append(f"  min {st['min']:+.1f} max {st['max']:+.1f} mean {st['mean']:+.2f} ({st['n']} readings)")
        return "\n".join(lines)
