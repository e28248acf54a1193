package main

// This file defines the command's default limits: a memory limit of half
// the machine's memory and a thread limit sized from it, so that a
// runaway script gets MemoryError or "can't start new thread" instead of
// taking the machine down.

import (
	"strconv"
	"strings"

	"github.com/spindle-lang/spindle/interp/core"
)

// threadBytes is the memory the default thread limit allows each
// thread: its goroutine stack, starlark.Thread and bookkeeping take
// about 10 KB, so 256 KB leaves room for what the thread makes.
const threadBytes = 256 << 10

// fallbackMemory is the machine's memory when it can't be read.
const fallbackMemory = 8 << 30

// limits returns the MaxMemory and MaxThreads options: the flags', or
// the defaults.
func (c config) limits() (memory int64, threads int) {
	memory = c.memory
	if memory < 0 {
		memory = machineMemory() / 2
	}
	threads = c.threads
	if threads < 0 {
		threads = 0
		if memory > 0 {
			threads = int(max(memory/threadBytes, 1000))
		}
	}
	return memory, threads
}

// machineMemory is the machine's memory, or fallbackMemory.
func machineMemory() int64 {
	if n, ok := core.MachineMemory(); ok {
		return n
	}
	return fallbackMemory
}

// parseSize parses a byte count with an optional K, M or G suffix
// (powers of 1024).
func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult = 1 << 10
	case strings.HasSuffix(s, "M"):
		mult = 1 << 20
	case strings.HasSuffix(s, "G"):
		mult = 1 << 30
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, strconv.ErrSyntax
	}
	return n * mult, nil
}
