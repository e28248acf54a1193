"""A command-line batch tool in the style most tutorials end with:
def main() -> int, `sys.exit(main())`, progress messages on stderr from
the worker threads (under a lock, in a fixed order), the pid compared,
never printed, and a non-zero exit status when some jobs failed.
"""
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

EXIT_OK, EXIT_PARTIAL = 0, 3
err_lock = threading.Lock()
turn = threading.Condition()
next_to_report = 0


def log_err(index, msg):
    """Workers write to stderr one after another, in index order."""
    global next_to_report
    with turn:
        turn.wait_for(lambda: next_to_report == index)
        with err_lock:
            print(f"[job {index}] {msg}", file=sys.stderr)
        next_to_report += 1
        turn.notify_all()


def job(index, text):
    same_pid = os.getpid() == MAIN_PID
    try:
        value = int(text, 0)
    except ValueError as exc:
        log_err(index, f"error: {exc}")
        return index, None, same_pid
    log_err(index, f"ok {text!r} -> {value}")
    return index, value, same_pid


MAIN_PID = os.getpid()


def main(argv=None) -> int:
    args = argv if argv is not None else ["10", "0x1f", "0o17", "ten", "0b101", "1_000", "3.5"]
    print(f"{len(args)} jobs, recursion limit {sys.getrecursionlimit()}, "
          f"pid is int: {isinstance(MAIN_PID, int) and MAIN_PID > 0}")
    workers = min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(job, range(len(args)), args))
    good = [(i, v) for i, v, _ in results if v is not None]
    bad = [args[i] for i, v, _ in results if v is None]
    print("same process everywhere:", all(p for *_, p in results))
    print("values:", good)
    print("total:", sum(v for _, v in good))
    if bad:
        print(f"failed: {bad}", file=sys.stderr)
        sys.stderr.flush()
        return EXIT_PARTIAL
    return EXIT_OK


def check_exit_forms():
    """What SystemExit carries for the usual sys.exit arguments."""
    for arg in (None, 0, 2, "message", [1]):
        try:
            sys.exit(arg) if arg is not None else sys.exit()
        except SystemExit as exc:
            print(f"sys.exit({arg!r}): code={exc.code!r} args={exc.args!r}")
    try:
        raise SystemExit(4, "extra")
    except SystemExit as exc:
        print("two args:", exc.code, exc.args)
    t = threading.Thread(target=sys.exit, args=(5,))
    t.start()
    t.join()
    print("sys.exit in a thread ends only that thread:", t.is_alive())


if __name__ == "__main__":
    check_exit_forms()
    print("clean run returns", main(["1", "2"]) if False else "skipped")
    next_to_report = 0
    sys.exit(main())
