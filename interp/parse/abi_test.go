package parse

import (
	"sort"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// TestABILists checks that the methods and attributes the parser lowers
// to __sp_method and __sp_dunder are those LOWERING.md lists, from abi.
func TestABILists(t *testing.T) {
	for _, c := range []struct {
		what string
		set  map[string]bool
		want []string
	}{{"methodNames", methodNames, abi.Methods}, {"dunderAttrs", dunderAttrs, abi.DunderAttrs}} {
		var got []string
		for k := range c.set {
			got = append(got, k)
		}
		want := append([]string(nil), c.want...)
		sort.Strings(got)
		sort.Strings(want)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s:\n got %v\nwant %v", c.what, got, want)
		}
	}
}
