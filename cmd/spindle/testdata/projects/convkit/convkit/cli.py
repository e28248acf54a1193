import argparse
import logging
import sys

from . import convert, registry
from .plugins import discover


def cmd_list(args):
    names = discover()
    print("plugins:", ", ".join(names))
    for name, cls in sorted(registry.items()):
        print(f"  {name:<9} {cls.__module__}.{cls.__qualname__}")
    return 0


def cmd_run(args):
    text = " ".join(args.text) if args.text else sys.stdin.read().strip()
    options = {"strict": True} if args.strict else {}
    try:
        print(convert(args.converter, text, **options))
    except LookupError as e:
        sys.exit(f"convkit: {e}")
    except ValueError as e:
        print(f"convkit: {e}", file=sys.stderr)
        return 3
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(prog="convkit")
    p.add_argument("--debug", action="store_true")
    sub = p.add_subparsers(title="commands", dest="cmd")
    ls = sub.add_parser("list", help="list converters")
    ls.set_defaults(func=cmd_list)
    run = sub.add_parser("run", help="convert text")
    run.add_argument("converter")
    run.add_argument("text", nargs="*")
    mode = run.add_mutually_exclusive_group()
    mode.add_argument("--strict", action="store_true")
    mode.add_argument("--lenient", action="store_true")
    run.set_defaults(func=cmd_run)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, format="%(name)s: %(message)s")
    if not hasattr(args, "func"):
        p.print_usage(sys.stderr)
        return 2
    return args.func(args)
