#!/bin/sh
# apply.sh [-n N] [--no-test] [--bench] [--runs R] [--keep]
#
# Copies the go.starlark.net version pinned in spindle's go.mod into a
# temporary directory, applies this directory's NNNN-*.patch series to it
# (only the first N with -n), and runs go.starlark.net's own tests there.
# With --bench it also builds spindle twice, against the unmodified module
# and against the patched copy (through a go.work file in the temporary
# directory: spindle's go.mod is never touched), and compares them:
# CPU time of examples/bench's CPU-bound programs beside python3 (median
# of R alternating runs, default 5; PYTHON overrides the interpreter),
# then BenchmarkFib, BenchmarkFibRatio and BenchmarkInterpreters, alternating the two
# builds, and crosscompare.py's output against CPython's. --keep leaves the temporary directory (its path is printed) so
# that the patched copy can be used by hand. Nothing here runs in CI.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
n=9999 test=1 bench=0 runs=5 keep=0
while [ $# -gt 0 ]; do
	case $1 in
	-n) n=$2; shift ;;
	--no-test) test=0 ;;
	--bench) bench=1 ;;
	--runs) runs=$2; shift ;;
	--keep) keep=1 ;;
	*) echo "usage: $0 [-n N] [--no-test] [--bench] [--runs R] [--keep]" >&2; exit 2 ;;
	esac
	shift
done

cd "$root"
go mod download go.starlark.net
src=$(go list -m -f '{{.Dir}}' go.starlark.net)
work=$(mktemp -d "${TMPDIR:-/tmp}/vmpatch.XXXXXX")
if [ "$keep" = 1 ]; then
	echo "patched copy in $work/starlark"
else
	trap 'rm -rf "$work"' EXIT
fi
cp -R "$src" "$work/starlark"
chmod -R u+w "$work/starlark"

i=0
for p in "$here"/[0-9][0-9][0-9][0-9]-*.patch; do
	i=$((i + 1))
	[ "$i" -le "$n" ] || break
	echo "applying $(basename "$p")"
	(cd "$work/starlark" && patch -p1 --quiet --no-backup-if-mismatch <"$p")
done

if [ "$test" = 1 ]; then
	echo "go.starlark.net's tests on the patched copy:"
	(cd "$work/starlark" && go test ./... 2>&1 | grep -v 'no test files')
fi

[ "$bench" = 1 ] || exit 0

cat >"$work/go.work" <<WORK
go $(go list -m -f '{{.GoVersion}}')

use $root

replace go.starlark.net => $work/starlark
WORK
go build -o "$work/spindle-upstream" ./cmd/spindle
GOWORK="$work/go.work" go build -o "$work/spindle-patched" ./cmd/spindle
go test -c -o "$work/bench-upstream.test" ./examples/bench
GOWORK="$work/go.work" go test -c -o "$work/bench-patched.test" ./examples/bench

echo "CPU s (user+sys), median of $runs alternating runs: program, python, upstream, patched, upstream/python, patched/python, patched/upstream"
(cd examples/bench && sh "$here/cputime.sh" "$runs" "${PYTHON:-python3}" "$work/spindle-upstream" "$work/spindle-patched" -- \
	fib_single.py loop.py words.py classes.py) |
	awk '{printf "%-10s %6.3f %6.3f %6.3f  %5.2f %5.2f %5.2f\n", $1, $2, $3, $4, $3/$2, $4/$2, $4/$3}'

for b in upstream patched; do
	if "$work/spindle-$b" "$here/crosscompare.py" 2>&1 | diff -q "$here/crosscompare.out" - >/dev/null; then
		echo "crosscompare.py under spindle-$b: as CPython"
	else
		echo "crosscompare.py under spindle-$b: differs from CPython:"
		"$work/spindle-$b" "$here/crosscompare.py" 2>&1 | diff "$here/crosscompare.out" - || true
	fi
done

echo "BenchmarkFib, BenchmarkFibRatio and BenchmarkInterpreters, alternating builds:"
for r in 1 2 3; do
	for b in upstream patched; do
		(cd examples/bench && "$work/bench-$b.test" -test.run XXX -test.bench 'Fib$|FibRatio|Interpreters' -test.benchmem 2>&1) |
			sed -n "s/^Benchmark/$b: Benchmark/p"
	done
done
