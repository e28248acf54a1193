//go:build race

package threading_test

// Stress sizes under the race detector.
const stressThreads, stressOps = 8, 200
