import threading
from enum import Enum, IntEnum, StrEnum, auto, unique


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = "failed"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


# worker threads walk a state machine; the main thread reads the states
states = {}
lock = threading.Lock()


def worker(i):
    with lock:
        states[i] = State.RUNNING
    with lock:
        states[i] = State.DONE if i % 2 == 0 else State.FAILED


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(states):
    print(i, states[i], repr(states[i]), states[i].name, states[i].value)
counts = {}
for s in states.values():
    counts[s] = counts.get(s, 0) + 1
print(sorted((s.name, n) for s, n in counts.items()))

print(repr(State), list(State), len(State))
print(State(1), State["DONE"], State("failed") is State.FAILED, State.IDLE in State)
print(State.IDLE == State.IDLE, State.IDLE is State(1), State.IDLE != State.DONE, State.IDLE == 1)
print(type(State.IDLE), isinstance(State.DONE, State), type(State.IDLE).__name__, State.__name__)
print([m.name for m in State], [name for name in State.__members__], State._member_names_)
print(f"{State.RUNNING}", "{}".format(State.DONE), "%s" % State.IDLE, str(State.FAILED))
print({State.IDLE: "waiting"}[State.IDLE], hash(State.IDLE) == hash("IDLE"))

print(repr(Priority.HIGH), str(Priority.HIGH), f"{Priority.LOW}", int(Priority.MEDIUM))
print(Priority.HIGH == Priority(3), Priority.LOW < Priority.HIGH, Priority.LOW <= Priority.LOW, Priority.HIGH + 1, Priority.HIGH * 2, 10 - Priority.LOW)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority(2))


class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = "g"
    BLUE = 3

    def describe(self):
        return "%s is %r" % (self.name, self.value)

    @property
    def is_red(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), Color.__members__)
print(Color.BLUE.describe(), Color.RED.is_red, Color.GREEN.is_red, Color.default())


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value, Planet((5.976e+24, 6.37814e6)))


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(repr(Mode.READ), str(Mode.READ), Mode.WRITE.value == "w", f"{Mode.WRITE}", Mode.READ + "!")

Status = Enum("Status", "PENDING ACTIVE, CLOSED")
print(list(Status), Status.ACTIVE.value, repr(Status))
print(list(Enum("T", ["A", "B"], start=5)), list(Enum("U", [("X", "x"), ("Y", "y")])))


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: State(9), lambda: State["NOPE"], lambda: State.IDLE < State.DONE, lambda: Priority(7), lambda: State.IDLE.nope):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    class More(State):
        EXTRA = 9
except TypeError as e:
    print("TypeError:", e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self):
        return self.value


print(Status.ACTIVE, f"status={Status.ACTIVE}", "{:>10}|".format(Status.INACTIVE), repr(Status.ACTIVE))
