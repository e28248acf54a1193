from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from enum import Enum, IntEnum, auto
from typing import ClassVar, Dict, List, Optional


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

    @classmethod
    def parse(cls, text: str) -> "Priority":
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown priority {text!r}; choose from {', '.join(p.name.lower() for p in cls)}") from None


class Status(Enum):
    OPEN = auto()
    DONE = auto()


@dataclass
class Task:
    id: int
    title: str
    priority: Priority = Priority.NORMAL
    status: Status = Status.OPEN
    tags: List[str] = field(default_factory=list)
    due: Optional[datetime.date] = None
    created: Optional[datetime.date] = None

    kinds: ClassVar[Dict[str, str]] = {"!": "HIGH", "?": "LOW"}

    def to_json(self) -> dict:
        d = asdict(self)
        d["priority"] = self.priority.name
        d["status"] = self.status.name
        for k in ("due", "created"):
            d[k] = d[k].isoformat() if d[k] else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> Task:
        dates = {k: datetime.date.fromisoformat(d[k]) if d.get(k) else None for k in ("due", "created")}
        return cls(d["id"], d["title"], Priority[d["priority"]], Status[d["status"]], list(d["tags"]), **dates)

    @property
    def overdue(self) -> bool:
        from ..util.dates import today  # util imports models for typing only
        return self.due is not None and self.status is Status.OPEN and self.due < today()
