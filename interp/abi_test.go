package interp

// This file checks the runtime half of the lowering contract: the
// helpers the interpreter binds are exactly those of abi.Helpers.

import (
	"sort"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// TestABIRegistered checks that every module sees exactly the helpers
// abi.Helpers scopes to every module, and REPL inputs those scoped to
// them too.
func TestABIRegistered(t *testing.T) {
	in := New(Options{})
	defer in.Close()
	want := map[abi.Scope][]string{}
	for _, h := range abi.Helpers {
		want[h.Scope] = append(want[h.Scope], h.Name)
	}
	checkHelpers(t, "predeclared", in.predeclared, want[abi.Module])
	env := in.replEnv(nil, func(starlark.Value) {})
	checkHelpers(t, "REPL", env, append(want[abi.Module], want[abi.REPL]...))
}

// checkHelpers reports the names with abi.Prefix that env binds and
// want does not list, and the other way round.
func checkHelpers(t *testing.T, what string, env starlark.StringDict, want []string) {
	t.Helper()
	var got []string
	for k := range env {
		if strings.HasPrefix(k, abi.Prefix) {
			got = append(got, k)
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s helpers:\n got %v\nwant %v", what, got, want)
	}
}
