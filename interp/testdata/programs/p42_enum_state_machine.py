"""An order state machine with Enum, Flag and auto; worker threads advance orders."""
import enum
import threading
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    def __str__(self):
        return self.name.lower()

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class Option(Flag):
    NONE = 0
    GIFT = auto()
    EXPRESS = auto()
    INSURED = auto()
    PREMIUM = EXPRESS | INSURED


class Level(IntEnum):
    LOW = 10
    MID = 20
    HIGH = 30


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid, options=Option.NONE):
        self.oid = oid
        self.status = Status.NEW
        self.options = options
        self.trail = [Status.NEW]
        self.lock = threading.Lock()

    def advance(self, new):
        with self.lock:
            if new not in TRANSITIONS[self.status]:
                raise InvalidTransition(f"order {self.oid}: {self.status} -> {new} not allowed")
            self.status = new
            self.trail.append(new)


def main():
    orders = [Order(1, Option.GIFT), Order(2, Option.PREMIUM), Order(3), Order(4, Option.GIFT | Option.EXPRESS)]
    plans = {
        1: ["paid", "shipped", "delivered"],
        2: ["paid", "cancelled", "shipped"],
        3: ["shipped"],
        4: ["paid", "shipped"],
    }
    errors = []
    elock = threading.Lock()

    def run(order):
        for step in plans[order.oid]:
            try:
                order.advance(Status.parse(step))
            except InvalidTransition as e:
                with elock:
                    errors.append(str(e))
                return

    ts = [threading.Thread(target=run, args=(o,)) for o in orders]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for o in orders:
        print(o.oid, " -> ".join(map(str, o.trail)), repr(o.status), o.status.value)
    for e in sorted(errors):
        print("error:", e)
    print(list(Status), len(Status), Status(3), Status["PAID"], Status.NEW in TRANSITIONS)
    print([s.name for s in Status if not TRANSITIONS[s]])
    print(Option.PREMIUM, Option.EXPRESS in Option.PREMIUM, Option.GIFT in Option.PREMIUM)
    print(bool(Option.NONE), Option.GIFT | Option.INSURED, (Option.PREMIUM & Option.INSURED).name)
    express = [o.oid for o in orders if Option.EXPRESS in o.options]
    print("express:", express)
    print(sorted([Level.HIGH, Level.LOW, Level.MID]), Level.MID + 5, Level.HIGH > Level.LOW, int(Level.LOW))
    print(max(Level).name, Level(20), [l.value for l in Level], f"{Level.MID:>5}|", format(Status.NEW))
    print(Status.NEW.__class__.__name__, isinstance(Status.PAID, Status), Status.PAID is Status["PAID"])
    try:
        Status(99)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Status.parse("lost")
    except KeyError as e:
        print("KeyError:", e)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("unique:", e)
    Color = Enum("Color", "RED GREEN BLUE")
    print(Color.GREEN, Color.GREEN.value, [c.name for c in Color])


if __name__ == "__main__":
    main()
