#!/bin/sh
# cputime.sh RUNS BIN... -- PROGRAM...: CPU time (user+sys, GNU time) of each
# PROGRAM under each BIN, alternating the BINs within every run, and the
# median per BIN and program. A BIN is a command (e.g. a python3 binary or
# a spindle build). Prints one line per program: name, then each BIN's median.
set -eu
runs=$1; shift
bins=""
while [ "$1" != "--" ]; do bins="$bins $1"; shift; done
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for prog in "$@"; do
	name=$(basename "$prog" .py)
	i=0
	while [ "$i" -lt "$runs" ]; do
		j=0
		for b in $bins; do
			/usr/bin/time -f '%U %S' -o "$tmp/t" "$b" "$prog" >/dev/null
			awk '{printf "%.3f\n", $1+$2}' "$tmp/t" >>"$tmp/$name.$j"
			j=$((j + 1))
		done
		i=$((i + 1))
	done
	line="$name"
	j=0
	for b in $bins; do
		m=$(sort -n "$tmp/$name.$j" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
		line="$line $m"
		j=$((j + 1))
	done
	echo "$line"
done
