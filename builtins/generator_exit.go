package builtins

// This file closes the generators still suspended when the interpreter
// exits, so that their finally blocks run, as CPython's shutdown does.

import (
	"sort"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// liveGenerators is an Interpreter's started, unfinished generators, by
// start order. It is guarded by the GIL.
type liveGenerators struct {
	seq    uint64
	states map[*genState]uint64
}

// liveKey is the core.Runtime.ModuleState key of the liveGenerators.
var liveKey = new(byte)

func liveOf(rt *core.Runtime) *liveGenerators {
	return rt.ModuleState(liveKey, func() any { return &liveGenerators{states: map[*genState]uint64{}} }).(*liveGenerators)
}

func (l *liveGenerators) add(s *genState) {
	l.seq++
	l.states[s] = l.seq
}

// LiveGenerators reports how many generators of rt's are suspended.
func LiveGenerators(rt *core.Runtime) int {
	return len(liveOf(rt).states)
}

// CloseGenerators closes every suspended generator, oldest first, as
// g.close() does: GeneratorExit is raised where each body waits, so its
// finally blocks run. Their errors are ignored, as at CPython's exit.
// thread is the script thread that holds the GIL.
func CloseGenerators(thread *starlark.Thread) {
	t := core.FromThread(thread)
	if t == nil {
		return
	}
	l := liveOf(core.RuntimeOf(thread))
	states := make([]*genState, 0, len(l.states))
	for s := range l.states {
		states = append(states, s)
	}
	sort.Slice(states, func(i, j int) bool { return l.states[states[i]] < l.states[states[j]] })
	for _, s := range states {
		if s.started && !s.finished && !s.running {
			(&Generator{s: s}).resume(t, thread, genMsg{kill: true})
		}
		if !s.finished {
			s.end()
		}
	}
}
