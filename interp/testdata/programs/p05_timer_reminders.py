"""Reminders with threading.Timer, some cancelled before they fire."""
import threading
import time

fired = []
lock = threading.Lock()


def remind(who, what):
    with lock:
        fired.append(who)
    print(f"Reminder for {who}: {what}")


def main():
    timers = {
        "ann": threading.Timer(0.05, remind, args=("ann", "stand-up")),
        "bob": threading.Timer(0.15, remind, args=("bob", "lunch")),
        "cid": threading.Timer(0.10, remind, kwargs={"who": "cid", "what": "review"}),
    }
    for name, t in timers.items():
        t.start()
    print("timers started:", sorted(timers))
    time.sleep(0.01)
    timers["bob"].cancel()
    print("bob cancelled; bob alive after join:", end=" ")
    timers["bob"].join()
    print(timers["bob"].is_alive())
    for t in timers.values():
        t.join()
    print("fired:", fired)
    print("finished flags:", {k: v.finished.is_set() for k, v in sorted(timers.items())})

    class Heartbeat(threading.Timer):
        def run(self):
            beats = 0
            while not self.finished.wait(self.interval):
                beats += 1
                print("beat", beats)
                if beats == 3:
                    break
            print("heartbeat stopped after", beats)

    hb = Heartbeat(0.02, None)
    hb.start()
    hb.join()
    print("daemon default:", hb.daemon, "name starts with Thread-:", hb.name.startswith("Thread-"))


if __name__ == "__main__":
    main()
