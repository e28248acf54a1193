import json
import os
from pathlib import Path
from typing import NamedTuple

DEFAULTS = Path(__file__).resolve().parent / "data" / "defaults.json"


class Config(NamedTuple):
    city: str
    units: str = "C"
    sensors: int = 2
    interval: float = 0.0

    def describe(self):
        return f"{self.city}: {self.sensors} sensors, °{self.units}"


def load_config(path=DEFAULTS, env=None):
    env = os.environ if env is None else env
    with open(path, encoding="utf-8") as f:
        raw = json.load(f)
    if "WEATHER_CITY" in env:
        raw["city"] = env["WEATHER_CITY"]
    if "WEATHER_SENSORS" in env:
        raw["sensors"] = int(env["WEATHER_SENSORS"])
    unknown = set(raw) - set(Config._fields)
    if unknown:
        raise KeyError(f"unknown settings: {', '.join(sorted(unknown))}")
    return Config(**raw)
