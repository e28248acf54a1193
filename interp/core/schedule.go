package core

// This file defines seeded schedules: preemption at pseudo-random step
// counts, for reproducible interleavings.

import "math/rand/v2"

// maxScheduleSteps bounds the steps between two switches of a seeded
// schedule; small enough to interleave the few steps of `counter += 1`.
const maxScheduleSteps = 200

type schedule struct {
	rng *rand.Rand
}

func newSchedule(seed uint64) *schedule {
	return &schedule{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// next returns the number of steps until the next switch point.
func (s *schedule) next() uint64 { return 1 + s.rng.Uint64N(maxScheduleSteps) }
