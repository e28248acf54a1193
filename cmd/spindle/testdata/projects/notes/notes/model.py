from dataclasses import dataclass, field
from enum import Enum
from typing import List, Optional


class Priority(Enum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

    def __str__(self):
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Priority":
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown priority: {text}") from None


@dataclass(order=True)
class Note:
    id: int
    text: str = field(compare=False)
    priority: Priority = field(default=Priority.NORMAL, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False)
    due: Optional[str] = field(default=None, compare=False)

    def matches(self, tag):
        return tag is None or tag in self.tags

    def line(self, width=30):
        mark = "x" if self.done else " "
        text = self.text if len(self.text) <= width else self.text[: width - 1] + "…"
        return f"[{mark}] {self.id:>2} {text:<{width}} {str(self.priority):>6}"
