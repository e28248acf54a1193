import json
from dataclasses import asdict

from ..base import Shape


def render(shapes):
    def encode(s: Shape):
        d = asdict(s)
        d["name"] = s.kind
        d["area"] = round(s.area(), 4)
        return d
    return json.dumps([encode(s) for s in shapes], indent=2, ensure_ascii=False)
