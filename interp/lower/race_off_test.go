//go:build !race

package lower

const raceOn = false
