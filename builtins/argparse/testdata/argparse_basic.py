# argparse as a threaded downloader script uses it: options, help and errors.
import argparse
import sys

class Parser(argparse.ArgumentParser):
    # messages meant for stderr go to stdout, so that the golden shows them
    def _print_message(self, message, file=None):
        if message:
            sys.stdout.write(message)

parser = Parser(description="Download files with a pool of worker threads, retrying failed ones.")
parser.add_argument("urls", nargs="+", help="URLs to fetch")
parser.add_argument("-w", "--workers", type=int, default=4, help="number of worker threads (default: %(default)s)")
parser.add_argument("-t", "--timeout", type=float, default=2.5, help="seconds per request")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--dry-run", action="store_true", help="print what would be done")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--tag", action="append", dest="tags", metavar="TAG", help="tag the job")
print(parser.parse_args(["a", "b", "-w", "8", "-vv", "--dry-run", "--tag", "x", "--tag=y", "--mode", "slow"]))
print(parser.parse_args(["u1"]))
ns = parser.parse_args(["--timeout=1", "u", "-v"])
print(ns.timeout, ns.urls, ns.verbose, vars(ns))
parser.print_help()
print(parser.format_usage(), end="")
for bad in (["-w", "x", "u"], [], ["u", "--mode", "medium"], ["u", "--bogus", "1"], ["u", "-w"], ["u", "--dry-run=1"], ["--help"], ["u", "--time", "3"], ["u", "--t", "3"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
