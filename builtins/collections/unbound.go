package collections

// This file puts the methods of deque, Counter, OrderedDict and
// defaultdict in their classes' dicts, as CPython's types have them:
// collections.deque.append(d, x), map(collections.deque.popleft, ds).

import (
	"strings"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

func init() {
	for c, names := range map[*py.Class][]string{
		DequeClass:       keys(dequeMethods),
		CounterClass:     append(keys(counterMethods), keys(dictMethods)...),
		OrderedDictClass: append(keys(orderedDictMethods), keys(dictMethods)...),
		DefaultDictClass: append(keys(defaultDictMethods), keys(dictMethods)...),
	} {
		for _, name := range names {
			if !strings.HasPrefix(name, "__") { // the instance protocols answer those
				builtins.UnboundMethods(c, name)
			}
		}
	}
}

// keys returns the names of a method table.
func keys[M ~map[string]V, V any](m M) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	return names
}
