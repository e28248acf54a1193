import argparse
import logging
import sys

from . import Engine, Job
from .backends import available


def main(argv=None):
    p = argparse.ArgumentParser(prog="python3 -m fetcher", description="Fetch pages concurrently.")
    p.add_argument("urls", nargs="*", default=["/", "/about", "/news", "/missing"])
    p.add_argument("-b", "--backend", default="memory", choices=available())
    p.add_argument("-w", "--workers", type=int, default=3)
    p.add_argument("-r", "--retries", type=int, default=1)
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    if args.workers < 1:
        p.error("--workers must be at least 1")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="[%(threadName)s] %(name)s: %(message)s")
    engine = Engine(args.backend, workers=args.workers, backoff=0)
    results = engine.run([Job(u, args.retries) for u in args.urls])
    print(engine.report(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
