//go:build race

package interp_test

// raceOn is whether the tests run under the race detector, which allows
// at most 8128 live goroutines.
const raceOn = true
