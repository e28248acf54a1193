package builtins

// This file closes the generators still suspended when the interpreter
// exits, so that their finally blocks run, as CPython's shutdown does.

import (
	"sort"
	"sync"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
)

// liveGenerators is an Interpreter's started, unfinished generators, by
// start order. Script threads change it under the GIL; mu also lets
// Close ask how many there are without the GIL, while a cancelled
// generator may still be finishing.
type liveGenerators struct {
	mu     sync.Mutex
	seq    uint64
	states map[*genState]uint64
}

// liveKey is the core.Runtime.ModuleState key of the liveGenerators.
var liveKey = new(byte)

func liveOf(rt *core.Runtime) *liveGenerators {
	return rt.ModuleState(liveKey, func() any { return &liveGenerators{states: map[*genState]uint64{}} }).(*liveGenerators)
}

func (l *liveGenerators) add(s *genState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	l.states[s] = l.seq
}

func (l *liveGenerators) remove(s *genState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.states, s)
}

// oldestFirst returns the live generators, oldest first.
func (l *liveGenerators) oldestFirst() []*genState {
	l.mu.Lock()
	defer l.mu.Unlock()
	states := make([]*genState, 0, len(l.states))
	for s := range l.states {
		states = append(states, s)
	}
	sort.Slice(states, func(i, j int) bool { return l.states[states[i]] < l.states[states[j]] })
	return states
}

// LiveGenerators reports how many generators of rt's are suspended.
func LiveGenerators(rt *core.Runtime) int {
	l := liveOf(rt)
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.states)
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
	for _, s := range liveOf(core.RuntimeOf(thread)).oldestFirst() {
		if s.started && !s.finished && !s.running {
			(&Generator{s: s}).resume(t, thread, genMsg{kill: true})
		}
		if !s.finished {
			s.end()
		}
	}
}
