# Конечный автомат заказа: Enum + dict переходов + исключения + история + __str__
from enum import Enum, auto, IntEnum


class State(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def title(self):
        return {"CREATED": "создан", "PAID": "оплачен", "SHIPPED": "отправлен",
                "DELIVERED": "доставлен", "CANCELLED": "отменён"}[self.name]

    def __str__(self):
        return self.title


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class TransitionError(Exception):
    def __init__(self, current, target):
        super().__init__(f"нельзя перейти из «{current}» в «{target}»")
        self.current, self.target = current, target


TRANSITIONS = {
    State.CREATED: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: set(),
    State.CANCELLED: set(),
}


class Order:
    def __init__(self, number, priority=Priority.NORMAL):
        self.number = number
        self.priority = priority
        self.state = State.CREATED
        self.history = [self.state]

    def go(self, target):
        if target not in TRANSITIONS[self.state]:
            raise TransitionError(self.state, target)
        self.state = target
        self.history.append(target)
        return self

    @property
    def done(self):
        return not TRANSITIONS[self.state]

    def __str__(self):
        path = " → ".join(str(s) for s in self.history)
        return f"Заказ №{self.number} [{self.priority.name}]: {path}"


orders = [Order(1), Order(2, Priority.HIGH), Order(3, Priority.LOW)]
orders[0].go(State.PAID).go(State.SHIPPED).go(State.DELIVERED)
orders[1].go(State.CANCELLED)
for target in (State.DELIVERED, State.PAID, State.PAID):
    try:
        orders[2].go(target)
    except TransitionError as e:
        print("TransitionError:", e, "|", e.current.name, "->", e.target.name)
for o in sorted(orders, key=lambda o: o.priority, reverse=True):
    print(o, "| завершён" if o.done else "| в работе")
print([s.name for s in State], [s.value for s in State], len(State))
print(State(2), repr(State.PAID), State["SHIPPED"].title, State.PAID in TRANSITIONS[State.CREATED])
print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted(Priority), int(Priority.HIGH), Priority(5).name)
print([p.name for p in Priority if p.value >= 5], max(Priority).name, Priority.LOW.value * 3)
counts = {}
for o in orders:
    counts[o.state] = counts.get(o.state, 0) + 1
print({str(k): v for k, v in counts.items()}, f"{State.PAID!s:>12}|{State.PAID.name:<10}|")
print(isinstance(State.PAID, State), type(State.PAID).__name__, State.PAID is State(2), hash(State.PAID) == hash(State.PAID))
