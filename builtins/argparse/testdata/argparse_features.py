# argparse: nargs, actions, groups, formatters, prefixes and sys.argv.
import argparse
import sys

class Parser(argparse.ArgumentParser):
    # messages meant for stderr go to stdout, so that the golden shows them
    def _print_message(self, message, file=None):
        if message:
            sys.stdout.write(message)


def show(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

p = Parser(prog="worker-pool", description="Run jobs.", epilog="See the docs for more.",
                            formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt", help="where to write")
p.add_argument("extra", nargs="*", help="more files")
p.add_argument("-n", "--jobs", type=int, default=2, help="parallel jobs")
p.add_argument("--level", type=int, choices=range(1, 4), default=1, help="level")
p.add_argument("--const", action="store_const", const=42, help="store a constant")
p.add_argument("--no-color", dest="color", action="store_false", help="plain output")
p.add_argument("--pair", nargs=2, metavar=("K", "V"), help="a key and value")
p.add_argument("--opt", nargs="?", const="C", default="D", help="optional value")
p.add_argument("--many", nargs="+", type=float, help="numbers")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_argument_group("network", "Options for the network.")
g.add_argument("--host", default="localhost", help="server host name")
g.add_argument("--port", type=int, default=8080, required=False)
m = p.add_mutually_exclusive_group()
m.add_argument("-q", "--quiet", action="store_true", help="less output")
m.add_argument("-v", "--verbose", action="store_true", help="more output")
p.print_help()
show(p, ["a"])
show(p, ["a", "b", "c", "d", "-n3", "--level", "2", "--const", "--no-color"])
show(p, ["a", "--pair", "k", "v", "--opt", "--many", "1", "2.5", "-q"])
show(p, ["a", "--opt", "x", "--", "-b"])
show(p, ["a", "-q", "-v"])
show(p, ["a", "--level", "7"])
show(p, ["a", "--pair", "k"])
show(p, ["a", "--many"])
show(p, ["a", "--many", "x"])
show(p, ["--version"])
show(p, ["-n", "-5", "a"])
show(p, ["a", "-x"])
show(p, ["a", "--jobs=4", "--host=example.org", "--port", "99"])

r = Parser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n  indented line two\n\nparagraph", add_help=False)
r.add_argument("--x", help=argparse.SUPPRESS)
r.add_argument("count", type=int, help="how many")
r.print_help()
print(r.parse_args(["5"]), r.parse_args(["5", "--x", "1"]).x)
show(r, ["-h"])

q = Parser(prog="a-very-long-program-name-for-the-thread-pool-benchmark-runner")
for name in ("alpha", "beta", "gamma", "delta", "epsilon"):
    q.add_argument("--" + name + "-option", metavar=name.upper() + "_VALUE")
q.add_argument("inputs", nargs="+")
q.add_argument("output")
print(q.format_usage(), end="")
show(q, ["only"])

e = Parser(prog="ex")
e.add_argument("-v", action="count")
e.add_argument("-f", action="store_true")
e.add_argument("-o")
ns = e.parse_args(["-vvf", "-oFILE"])
print(ns, ns.v, "v" in ns, argparse.Namespace(a=1) == argparse.Namespace(a=1))
ns, rest = e.parse_known_args(["-v", "--what", "pos"])
print(ns, rest)
e.set_defaults(mode="auto")
print(e.parse_args([]), e.get_default("mode"))
sys.argv = ["tool.py", "-o", "from-argv", "-v"]
print(argparse.ArgumentParser().prog, e.parse_args())
try:
    e.add_argument("-o")
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
try:
    e.add_argument("pos", required=True)
except TypeError as err:
    print("TypeError:", err)
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return n
e.add_argument("--even", type=even)
show(e, ["--even", "3"])
print(e.parse_args(["--even", "4"]).even)
