package core

// This file defines the safe points where a time-based thread switch
// happens. CPython 3.11 drops the GIL only where its eval loop checks
// for a pending request: at a function's start, after a call and at a
// backward jump. So "counter += 1" in a loop never loses an update
// there, and tutorials that show the race print the exact total. The
// VM's step hook fires at any instruction, so once the switch interval
// has passed a thread single-steps until its innermost frame changes (a
// call or a return) or its line goes back (a loop's next iteration), and
// switches there. Seeded schedules still switch at any step.

import "go.starlark.net/starlark"

// maxSafePointSteps bounds the single steps spent looking for a safe
// point, so that a loop on one line still lets other threads run.
const maxSafePointSteps = 10000

// safePoint tracks a thread that waits for a safe point to switch.
type safePoint struct {
	pending bool
	depth   int
	line    int32
	steps   int
}

// reached reports whether st is at a safe point, given where it was at
// the previous step; the first call only records the position.
func (s *safePoint) reached(st *starlark.Thread) bool {
	depth := st.CallStackDepth()
	if depth == 0 {
		s.pending = false
		return true
	}
	line := st.CallFrame(0).Pos.Line
	if !s.pending {
		s.pending, s.depth, s.line, s.steps = true, depth, line, 0
		return false
	}
	s.steps++
	if depth != s.depth || line < s.line || s.steps >= maxSafePointSteps {
		s.pending = false
		return true
	}
	s.line = line
	return false
}
