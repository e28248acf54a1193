package core

// This file defines MachineMemory, the machine's physical memory: the
// command's default memory limit is half of it, and with no limit
// CheckAlloc refuses single allocations bigger than all of it.

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
)

// MachineMemory returns the machine's memory in bytes, read once from
// /proc/meminfo's MemTotal, and whether it could be read. Safe to call
// from any goroutine.
func MachineMemory() (int64, bool) {
	n := machineMemory()
	return n, n > 0
}

// machineMemory is MachineMemory's reading, 0 if unknown.
var machineMemory = sync.OnceValue(readMeminfo)

// readMeminfo reads MemTotal from /proc/meminfo; 0 if it can't.
func readMeminfo() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil && kb > 0 {
				return kb << 10
			}
		}
	}
	return 0
}

// unknownCeiling is machineCeiling where the machine's memory is
// unknown: a terabyte.
const unknownCeiling = 1 << 40

// machineCeiling is the most bytes one allocation may ask for when the
// Interpreter has no memory limit.
func machineCeiling() int64 {
	if n, ok := MachineMemory(); ok {
		return n
	}
	return unknownCeiling
}
