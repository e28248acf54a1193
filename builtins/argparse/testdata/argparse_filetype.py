# argparse.FileType: "-" is sys.stdin or sys.stdout; its repr shows the
# arguments given.
import argparse
import sys

p = argparse.ArgumentParser(prog="conv")
p.add_argument("infile", type=argparse.FileType("r"))
p.add_argument("-o", "--out", type=argparse.FileType("w", encoding="utf-8"), default="-")
args = p.parse_args(["-"])
print(args.infile is sys.stdin, args.out is sys.stdout)
args.out.write("записано в stdout\n")
for t in (argparse.FileType(), argparse.FileType("rb", 0), argparse.FileType("w", encoding="utf-8", errors="strict")):
    print(repr(t))
try:
    argparse.FileType("z")("-")
except ValueError as e:
    print("ValueError:", e)
