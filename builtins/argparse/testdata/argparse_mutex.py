# Mutually exclusive options whose action takes no value (store_const,
# store_true, count) conflict when both are given, in a parser and in a
# subcommand's parser.
import argparse
import contextlib
import io

p = argparse.ArgumentParser(prog="t")
g = p.add_mutually_exclusive_group()
g.add_argument("--open", action="store_const", const=1, dest="status")
g.add_argument("--done", action="store_const", const=2, dest="status")
g.add_argument("-x", action="store_true")
g.add_argument("-v", action="count")
sub = p.add_subparsers(dest="cmd")
ls = sub.add_parser("ls")
lg = ls.add_mutually_exclusive_group(required=True)
lg.add_argument("--all", action="store_true")
lg.add_argument("--none", action="store_false", dest="all")

for argv in (["--open"], ["--open", "--done"], ["--done", "-x"], ["-x", "-v"], ["-vv"], ["-v", "--open"],
             ["ls", "--all"], ["ls"], ["ls", "--all", "--none"], ["--open", "ls", "--none"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, vars(p.parse_args(argv)))
    except SystemExit as e:
        print(argv, "exit", e.code, err.getvalue().splitlines()[-1])
