# --help prints the help on stdout and exits with status 0.
import argparse
import sys

sys.argv.append("--help")
parser = argparse.ArgumentParser(description="Start N worker threads that process a queue of jobs and report how long each one took.")
parser.add_argument("-n", "--threads", type=int, default=4, metavar="N", help="number of worker threads to start; each one takes jobs from the shared queue until it is empty")
parser.add_argument("--delay", type=float, default=0.1, help="seconds each job sleeps")
parser.add_argument("jobs", nargs="*", type=int, help="job sizes")
args = parser.parse_args()
print("not reached")
