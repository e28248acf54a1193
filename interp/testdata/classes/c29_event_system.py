# Система событий: наблюдатели, weakref-free подписки, декораторы методов, контекстный менеджер, генераторы событий
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Dict, List
import itertools

_SEQ = itertools.count()


@dataclass(order=True)
class Event:
    priority: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False)
    seq: int = field(default_factory=lambda: next(_SEQ), compare=False)


class EventBus:
    def __init__(self):
        self._handlers: Dict[str, List[Callable]] = {}
        self.muted = False
        self.delivered = []

    def on(self, name):
        def register(func):
            self._handlers.setdefault(name, []).append(func)
            return func
        return register

    def emit(self, event):
        if self.muted:
            return 0
        handlers = self._handlers.get(event.name, []) + self._handlers.get("*", [])
        for h in handlers:
            self.delivered.append((event.name, h.__name__, h(event)))
        return len(handlers)

    @contextmanager
    def mute(self):
        old, self.muted = self.muted, True
        try:
            yield self
        finally:
            self.muted = old

    def __len__(self):
        return sum(len(v) for v in self._handlers.values())

    def __repr__(self):
        names = ", ".join(f"{k}:{len(v)}" for k, v in sorted(self._handlers.items()))
        return f"<EventBus {names}>"


bus = EventBus()


@bus.on("вход")
def greet(event):
    return f"Привет, {event.payload.get('user', 'гость')}!"


@bus.on("выход")
@bus.on("вход")
def audit(event):
    return f"аудит {event.name}#{event.seq}"


@bus.on("*")
def count_all(event):
    count_all.total = getattr(count_all, "total", 0) + 1
    return count_all.total


events = [Event(2, "вход", {"user": "Маша"}), Event(9, "выход"), Event(5, "вход"), Event(1, "ошибка", {"код": 500})]
print(bus, len(bus))
for ev in sorted(events, reverse=True):
    print(f"{ev.name:>7} p={ev.priority} -> {bus.emit(ev)} обработчиков")
with bus.mute() as b:
    print("в тишине:", b.emit(Event(0, "вход")), b.muted)
print("после:", bus.muted, count_all.total)
for row in bus.delivered:
    print("  ", row)


def event_stream(names):
    for i, name in enumerate(itertools.cycle(names)):
        if i >= 5:
            return
        yield Event(i % 3, name)


print([(e.priority, e.name) for e in event_stream(["вход", "выход"])])
print(max(events).name, min(events).payload, sorted(e.seq for e in events))
grouped = itertools.groupby(sorted(bus.delivered), key=lambda r: r[0])
print({k: len(list(g)) for k, g in grouped})
try:
    bus.emit(None)
except AttributeError as e:
    print("AttributeError:", e)
