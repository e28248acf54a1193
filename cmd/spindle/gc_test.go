package main

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// gcSettings returns the GC percent and memory limit in force.
func gcSettings() (percent int, limit int64) {
	percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// restoreGC puts the GC settings back as they were when the test began.
func restoreGC(t *testing.T) {
	percent, limit := gcSettings()
	t.Cleanup(func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	})
}

// unsetenv removes environment variables for the test's duration.
func unsetenv(t *testing.T, names ...string) {
	for _, n := range names {
		t.Setenv(n, "") // restores the old value at cleanup
		os.Unsetenv(n)
	}
}

func TestTuneGCDefaults(t *testing.T) {
	restoreGC(t)
	unsetenv(t, "GOGC", "GOMEMLIMIT")
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
	tuneGC(64 << 20)
	if p, l := gcSettings(); p != gcPercent || l != 64<<20 {
		t.Errorf("tuneGC(64 MiB) left GC percent %d, limit %d; want %d, %d", p, l, gcPercent, 64<<20)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	tuneGC(0)
	if _, l := gcSettings(); l != math.MaxInt64 {
		t.Errorf("tuneGC(0) set a memory limit of %d; want none", l)
	}
}

func TestTuneGCEnvironmentWins(t *testing.T) {
	restoreGC(t)
	t.Setenv("GOGC", "150")
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetGCPercent(150)
	debug.SetMemoryLimit(1 << 30)
	tuneGC(64 << 20)
	if p, l := gcSettings(); p != 150 || l != 1<<30 {
		t.Errorf("with GOGC=150 GOMEMLIMIT=1GiB, tuneGC left GC percent %d, limit %d; want 150, %d", p, l, 1<<30)
	}
}
