# An argparse error ends the script with status 2 and the usage on stderr.
import argparse

parser = argparse.ArgumentParser(prog="pool", description="Run a pool.")
parser.add_argument("workers", type=int, help="how many threads")
parser.add_argument("--name", default="pool")
print("parsing")
args = parser.parse_args(["four"])
print("not reached", args)
