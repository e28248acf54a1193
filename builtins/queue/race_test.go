//go:build race

package queue_test

// Stress sizes under the race detector.
const stressThreads, stressOps = 4, 300
