# Under "from __future__ import annotations" every annotation is its
# source text, and dataclasses still see ClassVar.
from __future__ import annotations

import inspect
from dataclasses import dataclass, fields
from typing import ClassVar


@dataclass
class Node:
    value: int
    next: Node | None = None
    count: ClassVar[int] = 0


def walk(node: Node, depth: "int" = 0) -> list[Node]:
    return [node]


total: float = 0.5
print(__annotations__)
print(Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
print(walk.__annotations__)
print(inspect.signature(walk))
