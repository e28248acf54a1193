//go:build race

package lower

// raceOn is whether the tests run under the race detector, which slows
// the lowering tenfold: TestLowerCombinations then samples operators.
const raceOn = true
