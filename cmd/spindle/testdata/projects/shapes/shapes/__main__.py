import argparse
import sys

from . import ShapeError, get_format, parse, FORMATS


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m shapes", description="Areas and perimeters.")
    ap.add_argument("specs", nargs="+", metavar="SPEC", help="e.g. 'circle r=2'")
    ap.add_argument("-f", "--format", choices=FORMATS, default="text")
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    try:
        shapes = [parse(s).scaled(args.scale) for s in args.specs]
    except ShapeError as e:
        ap.error(str(e))
    print(get_format(args.format).render(shapes))


if __name__ == "__main__":
    sys.exit(main())
