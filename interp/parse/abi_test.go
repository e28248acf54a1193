package parse

import (
	"sort"
	"strings"
	"testing"

	"github.com/spindle-lang/spindle/interp/lower/abi"
)

// TestDunderAttrs checks that the attributes whose loads the parser's
// checks treat as calls are abi.DunderAttrs, which package lower reads through a helper.
func TestDunderAttrs(t *testing.T) {
	var got []string
	for k := range dunderAttrs {
		got = append(got, k)
	}
	want := append([]string(nil), abi.DunderAttrs...)
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("dunderAttrs:\n got %v\nwant %v", got, want)
	}
}
