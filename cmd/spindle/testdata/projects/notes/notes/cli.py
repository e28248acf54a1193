import argparse
import logging
import sys

from . import __version__, actions  # noqa: F401  (registers the commands)
from .registry import commands, find
from .store import load


def build_parser():
    parser = argparse.ArgumentParser(prog="notes", description="Keep short notes.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument("--file", help="a notes.json other than the bundled one")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for fn in commands:
        p = sub.add_parser(fn.command_name, aliases=list(fn.aliases), help=fn.help)
        if fn.command_name == "list":
            p.add_argument("--tag")
            p.add_argument("-a", "--all", action="store_true")
            p.add_argument("-w", "--width", type=int, default=24)
        elif fn.command_name == "show":
            p.add_argument("id", type=int)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    fn = find(args.command)
    fn.calls += 1
    notes = load(args.file)
    code = fn(args, notes)
    logging.getLogger("notes").debug("%s ran %d time(s), exit %d", fn.__name__, fn.calls, code)
    return code
