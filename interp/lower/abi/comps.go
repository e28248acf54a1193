package abi

// This file records the comprehensions of a file in its SourceMap: in
// CPython 3.11 a list, set or dict comprehension runs in a frame of its
// own (<listcomp>...), which tracebacks show below the frame that ran
// it; spindle's comprehensions run in the VM's frame of their function.

import "sort"

// Comp is a list, set or dict comprehension of the user's source.
type Comp struct {
	Name       string // its frame's name: "<listcomp>", "<setcomp>" or "<dictcomp>"
	Start, End Pos    // its extent, brackets included
	// Outside holds the extents, within it, of the code that runs in
	// other frames: its first iterable (the enclosing frame's) and the
	// functions in it (lambdas, generator expressions).
	Outside []Span
}

// Span is an extent of the source.
type Span struct{ Start, End Pos }

// contains reports whether p lies in s (its end excluded).
func (s Span) contains(p Pos) bool { return !p.Before(s.Start) && p.Before(s.End) }

// runs reports whether an instruction at p runs in c's frame.
func (c *Comp) runs(p Pos) bool {
	if !c.Start.Before(p) || !p.Before(c.End) {
		return false // the comprehension's start is that of its whole value
	}
	for _, s := range c.Outside {
		if s.contains(p) {
			return false
		}
	}
	return true
}

// AddComp records comprehension c (call it from fill only).
func (m *SourceMap) AddComp(c *Comp) { m.comps = append(m.comps, c) }

// CompsAt returns the comprehensions whose frames, in CPython, run the
// instruction at pos of a frame: the frame's own comprehensions that
// hold pos, outermost first.
func (m *SourceMap) CompsAt(pos Pos) []*Comp {
	if m == nil {
		return nil
	}
	var out []*Comp
	for _, c := range m.filled().comps {
		if c.runs(pos) {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return dedupComps(out)
}

// dedupComps drops the copies of a comprehension (the lowering copies
// some bodies) from comps, sorted by start.
func dedupComps(comps []*Comp) []*Comp {
	out := comps[:0]
	for _, c := range comps {
		if len(out) == 0 || out[len(out)-1].Start != c.Start {
			out = append(out, c)
		}
	}
	return out
}
