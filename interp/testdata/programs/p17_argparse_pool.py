"""A command-line worker pool: options parsed with argparse."""
import argparse
import threading
import time


def build_parser():
    parser = argparse.ArgumentParser(prog="pool", description="Run jobs on a thread pool.")
    parser.add_argument("jobs", nargs="+", type=int, help="job sizes")
    parser.add_argument("-w", "--workers", type=int, default=2, help="number of workers (default: %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--mode", choices=["fifo", "lifo"], default="fifo")
    parser.add_argument("--tag", action="append", default=[])
    return parser


def run(args):
    jobs = list(args.jobs)
    if args.mode == "lifo":
        jobs.reverse()
    lock = threading.Lock()
    done = []

    def worker():
        while True:
            with lock:
                if not jobs:
                    return
                size = jobs.pop(0)
            time.sleep(size / 1000)
            with lock:
                done.append(size)
                if args.verbose:
                    print(f"  finished job {size}")

    ts = [threading.Thread(target=worker) for _ in range(args.workers)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return done


def main():
    parser = build_parser()
    for argv in (["5", "30", "10"], ["-w", "1", "--mode", "lifo", "-v", "1", "2", "3"], ["--tag", "x", "--tag", "y", "7"]):
        args = parser.parse_args(argv)
        print(vars(args))
        print("done:", run(args))
    parser.print_help()
    import sys

    class Capture:
        def __init__(self):
            self.text = ""

        def write(self, s):
            self.text += s

    real_stderr = sys.stderr
    sys.stderr = Capture()
    try:
        parser.parse_args(["--mode", "random", "1"])
    except SystemExit as e:
        msg = sys.stderr.text
        sys.stderr = real_stderr
        print("exit code:", e.code)
        print(msg.strip().splitlines()[-1])
    ns = argparse.Namespace(a=1)
    print(ns, "a" in ns)


if __name__ == "__main__":
    main()
