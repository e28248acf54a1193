//go:build !race

package threading_test

// Stress sizes without the race detector.
const stressThreads, stressOps = 16, 2000
