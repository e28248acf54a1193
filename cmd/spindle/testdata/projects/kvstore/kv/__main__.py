"""python3 -m kv SCRIPT: runs a file of commands and prints the replies."""
import logging
import sys

from . import Store, run_script


def main(argv):
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s:%(threadName)s:%(message)s")
    if len(argv) != 1:
        print("usage: python3 -m kv SCRIPT", file=sys.stderr)
        return 2
    try:
        with open(argv[0], encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        print(f"kv: {e.strerror}: {argv[0]}", file=sys.stderr)
        return 1
    store = Store()
    for lineno, out in run_script(store, lines):
        print(f"{lineno:>3}> {out}")
    print(f"{len(store)} keys, version {store.version}")
    return 0


sys.exit(main(sys.argv[1:]))
