import argparse
import sys

from . import run_all, JOBS
from .jobs import load_all
from .log import setup


def main(argv=None):
    p = argparse.ArgumentParser(prog="runner")
    p.add_argument("tasks", nargs="*", metavar="JOB=ARG")
    p.add_argument("-w", "--workers", type=int, default=2, choices=range(1, 5))
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--list", action="store_true", help="list the jobs")
    args = p.parse_args(argv)
    log = setup(args.verbose)
    load_all()
    if args.list:
        for name, fn in sorted(JOBS.items()):
            print(f"{name:12} retries={fn.retries} {fn.__module__}.{fn.__qualname__}")
        return 0
    tasks = []
    for t in args.tasks:
        name, sep, arg = t.partition("=")
        if not sep:
            p.error(f"bad task {t!r}: want JOB=ARG")
        tasks.append((name, int(arg) if arg.lstrip("-").isdigit() else arg))
    results = run_all(tasks, args.workers)
    for r in results:
        print(r)
    failed = [r.name for r in results if not r.ok]
    log.info("failed: %s", failed or "none")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
