"""Runners wait at a Barrier before the race starts; the action fires once."""
import threading
import time

NUM = 4
order = []
order_lock = threading.Lock()


def start_gun():
    print("*** all runners ready, bang! ***")


barrier = threading.Barrier(NUM, action=start_gun, timeout=5)


def runner(lane):
    time.sleep(0.06 * lane)
    print(f"lane {lane} ready")
    idx = barrier.wait()
    time.sleep(0.08 * (NUM - lane))
    with order_lock:
        order.append(lane)
    return idx


def main():
    threads = [threading.Thread(target=runner, args=(i,)) for i in range(NUM)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("finish order:", order)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

    b2 = threading.Barrier(3)
    outcomes = []

    def waiter(i):
        try:
            b2.wait(timeout=0.05 if i == 0 else None)
            outcomes.append((i, "passed"))
        except threading.BrokenBarrierError:
            outcomes.append((i, "broken"))

    ts = [threading.Thread(target=waiter, args=(i,)) for i in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("outcomes:", sorted(outcomes), "broken:", b2.broken)
    b2.reset()
    print("after reset broken:", b2.broken)
    b3 = threading.Barrier(2)
    b3.abort()
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        print("aborted barrier:", type(e).__name__, e.args)


if __name__ == "__main__":
    main()
