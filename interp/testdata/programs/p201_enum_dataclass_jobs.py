"""Jobs as dataclasses with enum states, processed by a small thread pool."""
import threading
import queue
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, Flag, StrEnum, auto
from functools import total_ordering
from typing import NamedTuple


class State(StrEnum):
    NEW = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Size(NamedTuple):
    w: int
    h: int = 1

    def area(self) -> int:
        return self.w * self.h


@total_ordering
@dataclass(eq=False)
class Job:
    name: str
    prio: Priority = Priority.NORMAL
    size: Size = Size(1)
    perms: Perm = Perm.READ
    state: State = State.NEW
    history: list = field(default_factory=list)
    _seq: int = field(default=0, repr=False)

    def __post_init__(self):
        self.history.append(self.state)

    def __lt__(self, other):
        return (-self.prio, self._seq) < (-other.prio, other._seq)

    def __eq__(self, other):
        return (self.prio, self._seq) == (other.prio, other._seq)


jobs = queue.PriorityQueue()
specs = [("backup", Priority.LOW, Size(3, 2), Perm.READ | Perm.WRITE),
         ("deploy", Priority.HIGH, Size(1), Perm.EXEC),
         ("report", Priority.NORMAL, Size(2, 2), Perm.READ),
         ("cleanup", Priority.LOW, Size(5), Perm.WRITE),
         ("alert", Priority.HIGH, Size(0), Perm(0))]
for seq, (name, prio, size, perms) in enumerate(specs):
    jobs.put(Job(name, prio, size, perms, _seq=seq))

finished = []
lock = threading.Lock()


def run():
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        job.state = State.RUNNING
        job.history.append(job.state)
        job.state = State.FAILED if job.size.area() == 0 else State.DONE
        job.history.append(job.state)
        with lock:
            finished.append(job)


t = threading.Thread(target=run)
t.start()
t.join()

for j in finished:
    print(f"{j.name:<8} {j.prio!s:<16} {j.prio:>3} {int(j.prio):>3} {j.size.area():>3} "
          f"{str(j.perms):<25} {j.state:<7} {'>'.join(j.history)}")
print(finished[0])
print(asdict(finished[1]))
print(astuple(replace(finished[2], history=[], name="copy")))
print([f.name for f in fields(Job)])
print(Perm.READ in (Perm.READ | Perm.WRITE), list(Perm.READ | Perm.EXEC), bool(Perm(0)))
print(Priority.HIGH > Priority.LOW, Priority(5), Priority["LOW"], max(Priority).name)
print(State.DONE == "done", State("failed"), f"{State.NEW!r}", [s.value for s in State])
print(Size(4), Size(4)._replace(h=3), Size._fields, Size._field_defaults, Size(2, 3)._asdict())
print(sorted(finished)[0].name, finished[0] <= finished[1], finished[2] > finished[3])
print(repr(Perm.READ | Perm.WRITE), Perm.READ | Perm.WRITE | Perm.EXEC)
print(format(Priority.LOW, "04d"), f"{Priority.NORMAL:x}", "%s %d" % (Priority.HIGH, Priority.HIGH))
