"""Workers move through Enum states; the main thread watches them."""
import enum
import threading
import time


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"

    def is_final(self):
        return self in (State.DONE, State.FAILED)


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


class Worker(threading.Thread):
    def __init__(self, name, fail):
        super().__init__(name=name)
        self.state = State.IDLE
        self.fail = fail
        self.history = [self.state]

    def set(self, state):
        self.state = state
        self.history.append(state)

    def run(self):
        self.set(State.RUNNING)
        time.sleep(0.02)
        self.set(State.FAILED if self.fail else State.DONE)


def main():
    workers = [Worker(f"w{i}", fail=(i == 1)) for i in range(3)]
    print([w.state.value for w in workers])
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    for w in workers:
        print(w.name, w.state, w.state.name, w.state.is_final(), [s.value for s in w.history])
    print(list(State))
    print(State("done"), State["FAILED"], repr(State.IDLE))
    print(len(State), State.DONE in State, isinstance(State.DONE, State))
    print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
    rw = Perm.R | Perm.W
    print(rw, Perm.X in rw, Perm.R in rw, repr(Perm.W))
    try:
        State("unknown")
    except ValueError as e:
        print("ValueError:", e)
    counts = {}
    for w in workers:
        counts[w.state] = counts.get(w.state, 0) + 1
    print({k.name: v for k, v in counts.items()})


if __name__ == "__main__":
    main()
