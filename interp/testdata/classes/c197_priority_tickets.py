# Help-desk tickets: IntEnum and StrEnum-like keys in dicts looked up by
# plain values, a str subclass for case-insensitive tags, Counter and
# sorted with keys, pickle round trip of the whole desk.
import pickle
from collections import Counter, defaultdict
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 4

    @classmethod
    def parse(cls, text):
        try:
            return cls[text.upper()]
        except KeyError:
            return cls(int(text))


class Tag(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().lower())

    def __repr__(self):
        return f"#{str(self)}"


SLA_HOURS = {Priority.LOW: 72, Priority.NORMAL: 24, Priority.HIGH: 8, Priority.URGENT: 1}


class Ticket:
    _next = 1

    def __init__(self, title, priority, *tags):
        self.id = Ticket._next
        Ticket._next += 1
        self.title = title
        self.priority = Priority.parse(priority) if isinstance(priority, str) else Priority(priority)
        self.tags = {Tag(t) for t in tags}

    def __repr__(self):
        return f"<#{self.id} {self.priority.name} {self.title!r}>"

    def __lt__(self, other):
        return (-self.priority, self.id) < (-other.priority, other.id)


desk = [
    Ticket("printer jam", "low", "Hardware", "office"),
    Ticket("server down", 4, "infra", " Urgent "),
    Ticket("password reset", "normal", "accounts"),
    Ticket("disk almost full", "3", "INFRA"),
    Ticket("vpn slow", 2, "infra", "network"),
]
print(sorted(desk))
print(SLA_HOURS[3], SLA_HOURS[1], 4 in SLA_HOURS, 5 in SLA_HOURS, SLA_HOURS.get(2), SLA_HOURS.get(9, "?"))
SLA_HOURS[1] = 96
print(SLA_HOURS[Priority.LOW], len(SLA_HOURS), list(SLA_HOURS)[0])
by_priority = defaultdict(list)
for t in desk:
    by_priority[t.priority].append(t.id)
print(dict(by_priority), by_priority[2], by_priority[Priority.HIGH])
tag_counts = Counter(tag for t in desk for tag in t.tags)
print(tag_counts["infra"], tag_counts[Tag("INFRA")], tag_counts.most_common(1), "urgent" in tag_counts)
index = {tag: [t.id for t in desk if tag in t.tags] for tag in tag_counts}
print(index["infra"], index.get("network"), sorted(index)[:3], "hardware" in index)
print(sum(SLA_HOURS[t.priority] for t in desk), max(desk, key=lambda t: SLA_HOURS[int(t.priority)]))
try:
    Priority.parse("critical")
except ValueError as e:
    print("ValueError:", e)
saved = pickle.loads(pickle.dumps(desk))
print(saved, saved[1].priority is Priority.URGENT, sorted(saved[3].tags), type(next(iter(saved[0].tags))).__name__)
print(Priority.HIGH == 3, hash(Priority.HIGH) == hash(3), f"{Priority.URGENT:>4}|{Priority.LOW!r}")
