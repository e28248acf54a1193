"""A publish/subscribe event bus: subscribers run on a worker thread; results gathered per topic."""
import threading
import queue
import traceback
from collections import defaultdict
from collections import namedtuple
from typing import Callable

Message = namedtuple("Message", "topic payload seq")


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self._q = queue.Queue()
        self._seq = 0
        self._lock = threading.Lock()
        self.errors = []
        self.delivered = defaultdict(int)
        self._worker = threading.Thread(target=self._loop, name="bus-worker", daemon=True)
        self._worker.start()

    def subscribe(self, topic: str, fn: Callable) -> Callable:
        self._subs[topic].append(fn)
        return lambda: self._subs[topic].remove(fn)

    def on(self, topic):
        def deco(fn):
            self.subscribe(topic, fn)
            return fn
        return deco

    def publish(self, topic, **payload):
        with self._lock:
            self._seq += 1
            seq = self._seq
        self._q.put(Message(topic, payload, seq))
        return seq

    def _loop(self):
        while True:
            msg = self._q.get()
            if msg is None:
                self._q.task_done()
                return
            for fn in list(self._subs.get(msg.topic, ())) + list(self._subs.get("*", ())):
                try:
                    fn(msg)
                    self.delivered[msg.topic] += 1
                except Exception as e:
                    self.errors.append((msg.seq, fn.__name__, "".join(traceback.format_exception_only(e)).strip()))
            self._q.task_done()

    def drain(self):
        self._q.join()

    def close(self):
        self._q.put(None)
        self._worker.join()


def main():
    bus = EventBus()
    orders = []
    audit = []

    @bus.on("order.created")
    def record_order(msg):
        orders.append((msg.payload["id"], msg.payload["total"]))

    @bus.on("order.created")
    def validate(msg):
        if msg.payload["total"] <= 0:
            raise ValueError(f"order {msg.payload['id']} has total {msg.payload['total']}")

    @bus.on("*")
    def audit_all(msg):
        audit.append(f"{msg.seq}:{msg.topic}:{threading.current_thread().name}")

    unsubscribe = bus.subscribe("user.login", lambda m: audit.append("login " + m.payload["user"]))
    publishers = []

    def publisher(base):
        for i in range(3):
            bus.publish("order.created", id=base + i, total=(base + i) % 4 * 10)

    for base in (100, 200):
        publishers.append(threading.Thread(target=publisher, args=(base,)))
    for p in publishers:
        p.start()
    for p in publishers:
        p.join()
    bus.publish("user.login", user="мария")
    bus.drain()
    unsubscribe()
    bus.publish("user.login", user="ghost")
    bus.publish("unknown.topic")
    bus.drain()
    print("orders:", sorted(orders))
    print("errors:")
    for seq, fn, text in sorted(bus.errors):
        print(" ", fn, "|", text)
    print("delivered:", dict(sorted(bus.delivered.items())))
    print("audit count:", len(audit), "logins:", [a for a in audit if a.startswith("login")])
    print("audit threads:", {a.rsplit(":", 1)[1] for a in audit if ":" in a})
    print("seq numbers unique:", len({int(a.split(":")[0]) for a in audit if ":" in a}) == 9)
    m = Message("t", {"k": 1}, 7)
    print(m, m._asdict(), m.topic, Message._fields)
    bus.close()
    print("worker alive after close:", bus._worker.is_alive())


if __name__ == "__main__":
    main()
