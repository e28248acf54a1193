package threading

// This file defines the synchronization members of the module.

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// syncMembers returns Lock, RLock, Condition and the other primitives.
func syncMembers() starlark.StringDict {
	return starlark.StringDict{
		"Lock":               starlark.NewBuiltin("allocate_lock", newLock),
		"RLock":              starlark.NewBuiltin("RLock", newRLock),
		"Condition":          ConditionClass,
		"Semaphore":          SemaphoreClass,
		"BoundedSemaphore":   BoundedSemaphoreClass,
		"Event":              EventClass,
		"Barrier":            BarrierClass,
		"Timer":              TimerClass,
		"BrokenBarrierError": BrokenBarrierError,
		"local":              LocalClass,
		"excepthook":         excepthook,
		"__excepthook__":     excepthook,
		"ExceptHookArgs":     ExceptHookArgsClass,
		"ThreadError":        py.RuntimeError,
	}
}
