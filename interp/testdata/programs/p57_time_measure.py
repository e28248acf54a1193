"""Timing threaded work: perf_counter, monotonic, process_time and formatted durations."""
import threading
import time
from datetime import datetime, timedelta


def fmt_duration(seconds):
    td = timedelta(seconds=seconds)
    minutes, secs = divmod(td.total_seconds(), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"


class Stopwatch:
    def __init__(self):
        self.laps = []
        self._start = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def lap(self, name):
        now = time.perf_counter()
        self.laps.append((name, now - self._start))

    def __exit__(self, *exc):
        self.total = time.perf_counter() - self._start
        return False


def sleepy(n, out, lock):
    t0 = time.monotonic()
    time.sleep(0.01 * n)
    elapsed = time.monotonic() - t0
    with lock:
        out.append((n, elapsed))


def main():
    out, lock = [], threading.Lock()
    with Stopwatch() as sw:
        ts = [threading.Thread(target=sleepy, args=(n, out, lock)) for n in (3, 1, 2)]
        for t in ts:
            t.start()
        sw.lap("started")
        for t in ts:
            t.join()
        sw.lap("joined")
    print("finished:", sorted(n for n, _ in out))
    print("each slept long enough:", all(e >= 0.01 * n * 0.9 for n, e in out))
    print("parallel, not serial:", sw.total < 1.0, "laps:", [name for name, _ in sw.laps])
    print("laps increasing:", sw.laps[0][1] <= sw.laps[1][1] <= sw.total)
    for s in (0, 1.5, 59.9999, 61, 3600 + 125.25, 86399):
        print(f"{s:>10} -> {fmt_duration(s)}")
    epoch = datetime(1970, 1, 1)
    moment = epoch + timedelta(seconds=1_700_000_000)
    print(moment.isoformat(), moment.strftime("%Y-%m-%d %H:%M:%S"), moment.weekday(), (moment - epoch).total_seconds())
    print(time.strftime("%Y/%m/%d %H:%M:%S", time.gmtime(86400 * 365)), time.gmtime(0).tm_year, time.gmtime(0)[:3])
    g = time.gmtime(1_234_567_890)
    print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, time.asctime(g))
    print(time.mktime(time.localtime(1000)) == 1000.0, isinstance(time.time(), float), time.time_ns() > 0)
    deltas = [timedelta(days=1, hours=2), timedelta(minutes=90), timedelta(seconds=-30), timedelta(weeks=1)]
    print(sorted(deltas), sum(deltas, timedelta()), max(deltas) - min(deltas))
    print(str(timedelta(hours=25, seconds=3.5)), repr(timedelta(minutes=1)), timedelta(hours=1) / timedelta(minutes=15))
    print(timedelta(days=2).total_seconds(), timedelta(hours=3) * 2, timedelta(hours=3) // 4, -timedelta(hours=1))
    d1, d2 = datetime(2024, 12, 31, 23, 59), datetime(2025, 1, 1, 0, 1)
    print(d2 - d1, (d2 - d1).seconds, d1 < d2, d1.replace(year=2023).year, d1.date())
    print(datetime(2024, 7, 4, 9, 30), datetime(2024, 1, 2, 3, 4, 5).isoformat())
    ns = time.perf_counter_ns()
    print(type(ns).__name__, time.monotonic_ns() > 0, time.perf_counter_ns() >= ns)


if __name__ == "__main__":
    main()
