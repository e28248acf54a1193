package lower

// This file hoists the synthesized functions of a try statement inside a
// loop (its body, handlers, else and finally) to just before the
// outermost loop of their function, so that a try that runs at every
// step of a loop makes its functions once, not at every step.
//
// A def statement binds a new function whose free variables are cells of
// the enclosing function, which the VM makes at the function's entry and
// reads at each call; these defs have no default values to evaluate.
// So a function made before the loop behaves as one made at the try:
// only when it is made moves. A try function whose name occurs twice in
// the loop (it never does; each copy of a body the lowering makes for a
// with statement's two forms lies in a function of its own) stays put,
// as each copy's def must bind the name just before its own call.

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// hoistTryDefs hoists the try functions of the loops in stmts, a
// function's or the module's body, and in the functions it defines.
func hoistTryDefs(stmts []syntax.Stmt) []syntax.Stmt {
	if len(stmts) == 0 {
		return stmts // an if without else keeps its nil False
	}
	out := make([]syntax.Stmt, 0, len(stmts))
	for _, st := range stmts {
		if isLoop(st) {
			h := &tryHoister{count: map[string]int{}}
			h.countDefs(st)
			h.take(st)
			out = append(out, h.defs...)
		} else {
			hoistWithin(st)
		}
		out = append(out, st)
	}
	return out
}

// hoistWithin hoists the try functions of the loops nested in st, a
// statement outside any loop of its function.
func hoistWithin(st syntax.Stmt) {
	switch st := st.(type) {
	case *syntax.DefStmt:
		st.Body = hoistTryDefs(st.Body)
	case *syntax.IfStmt:
		st.True, st.False = hoistTryDefs(st.True), hoistTryDefs(st.False)
	case *syntax.ForStmt: // a with statement's one-shot loop
		st.Body = hoistTryDefs(st.Body)
	case *syntax.WhileStmt:
		st.Body = hoistTryDefs(st.Body)
	}
}

// tryHoister collects the try functions of one outermost loop.
type tryHoister struct {
	count map[string]int // the try functions' names in the loop
	defs  []syntax.Stmt  // the ones taken out, in order
}

// isTryDef reports whether name is a try statement's function:
// __sp_try_N, __sp_exc_N_i, __sp_else_N or __sp_fin_N (a with body's
// __sp_try_wN and __sp_try_kN are not).
func isTryDef(name string) bool {
	for _, p := range []string{abi.TryBody, abi.ExceptBody, abi.ElseBody, abi.FinallyBody} {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	return false
}

// blocks returns the statement lists directly inside st that belong to
// st's function: a loop's body, an if's branches.
func blocks(st syntax.Stmt) []*[]syntax.Stmt {
	switch st := st.(type) {
	case *syntax.ForStmt:
		return []*[]syntax.Stmt{&st.Body}
	case *syntax.WhileStmt:
		return []*[]syntax.Stmt{&st.Body}
	case *syntax.IfStmt:
		return []*[]syntax.Stmt{&st.True, &st.False}
	}
	return nil
}

// countDefs counts the try functions defined in st's function's part of
// st.
func (h *tryHoister) countDefs(st syntax.Stmt) {
	for _, b := range blocks(st) {
		for _, s := range *b {
			if d, ok := s.(*syntax.DefStmt); ok && isTryDef(d.Name.Name) {
				h.count[d.Name.Name]++
			}
			h.countDefs(s)
		}
	}
}

// take removes from st's blocks the try functions whose names occur once
// and appends them to h.defs; the functions defined in st get their own
// loops' hoisted.
func (h *tryHoister) take(st syntax.Stmt) {
	for _, b := range blocks(st) {
		kept := (*b)[:0]
		for _, s := range *b {
			if d, ok := s.(*syntax.DefStmt); ok {
				d.Body = hoistTryDefs(d.Body)
				if isTryDef(d.Name.Name) && h.count[d.Name.Name] == 1 {
					h.defs = append(h.defs, d)
					continue
				}
			}
			h.take(s)
			kept = append(kept, s)
		}
		if len(kept) == 0 && len(*b) > 0 { // never: a try's call stays
			start, _ := (*b)[0].Span()
			kept = append(kept, branch(syntax.PASS, start))
		}
		*b = kept
	}
}
