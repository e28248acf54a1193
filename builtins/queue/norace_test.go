//go:build !race

package queue_test

// Stress sizes without the race detector.
const stressThreads, stressOps = 8, 3000
