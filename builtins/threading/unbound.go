package threading

// This file puts the methods of the synchronisation classes in their
// dicts, as CPython's Python-level classes have them:
// threading.Event.set(ev), threading.Condition.notify_all(self) in a
// subclass's override, map(threading.Timer.cancel, timers).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for c, methods := range map[*py.Class]map[string]*starlark.Builtin{
		EventClass: eventMethods, ConditionClass: conditionMethods, SemaphoreClass: semaphoreMethods,
		BarrierClass: barrierMethods, TimerClass: timerMethods,
	} {
		for name := range methods {
			builtins.UnboundMethods(c, name)
		}
	}
}
