"""sched.scheduler events plus a background thread that cancels one."""
import sched
import threading
import time

start = time.monotonic()
s = sched.scheduler(time.monotonic, time.sleep)
log = []


def event(name):
    log.append(name)
    print(f"event {name} at ~{round(time.monotonic() - start, 1)}s")


def main():
    e1 = s.enter(0.2, 1, event, argument=("late",))
    s.enter(0.1, 2, event, argument=("low-priority",))
    s.enter(0.1, 1, event, argument=("high-priority",))
    doomed = s.enter(0.15, 1, event, kwargs={"name": "cancelled"})
    print("queue length:", len(s.queue), "empty:", s.empty())
    canceller = threading.Timer(0.05, s.cancel, args=(doomed,))
    canceller.start()
    s.run()
    canceller.join()
    print("log:", log)
    print("empty:", s.empty())
    try:
        s.cancel(e1)
    except ValueError as e:
        print("ValueError on cancel of finished event")
    ev = s.enterabs(time.monotonic() + 10, 1, event, ("far",))
    print("non-blocking run returns delay > 9:", s.run(blocking=False) > 9)
    print(ev.priority, ev.argument, ev.kwargs)
    s.cancel(ev)
    print("final empty:", s.empty())


if __name__ == "__main__":
    main()
