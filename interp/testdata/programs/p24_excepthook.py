"""Uncaught exceptions in threads: a custom threading.excepthook."""
import threading
import sys

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    print(f"hook: {args.thread.name} died with {args.exc_type.__name__}: {args.exc_value}")


def bad_worker(n):
    if n == 1:
        raise KeyError("missing")
    if n == 2:
        raise SystemExit(3)
    return [][n]


def main():
    old = threading.excepthook
    threading.excepthook = hook
    ts = [threading.Thread(target=bad_worker, args=(i,), name=f"Bad-{i}") for i in range(3)]
    for t in ts:
        t.start()
        t.join()
    print("captured:", captured)
    threading.excepthook = old
    print("restored default:", threading.excepthook is threading.__excepthook__)

    def raising_hook(args):
        raise RuntimeError("hook itself failed")

    sys.stderr.flush()

    class Quiet(threading.Thread):
        def run(self):
            raise ValueError("from run")

    q = Quiet(name="Quiet")
    q.start()
    q.join()
    print("after default hook, alive:", q.is_alive())


if __name__ == "__main__":
    main()
