package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// The distances follow suggestions.c by hand: common affixes are
// trimmed first, an edit costs 2 and an ASCII case flip 1.
func TestDistance(t *testing.T) {
	long := strings.Repeat("a", 20)
	for _, tt := range []struct {
		a, b string
		max  int
		want int
	}{
		{"prnt", "print", 10, 2},   // "" vs "i" after trimming
		{"value", "Value", 10, 1},  // a case flip
		{"abc", "xyz", 10, 6},      // three substitutions
		{"abc", "abc", 0, 0},       // identical
		{"xa", "ybcdefgh", 3, 4},   // lengths too far apart: max+1
		{"abcdef", "uvwxyz", 3, 4}, // a whole row over max: max+1
		{"Вася2", "Вася", 10, 2},   // UTF-8 bytes: one more byte
		{"жук", "жик", 10, 4},      // one letter, two bytes, no case flip
		{"@", "`", 10, 2},          // same five low bits, not letters
		{"x" + long + long + "y", "z" + long + long + "w", 100, 101}, // 42 bytes left after trimming: max+1
		{long + "xy", long + "zw", 100, 4},
	} {
		if got := Distance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestBest(t *testing.T) {
	many := func(n int) []string {
		var names []string
		for i := range n {
			names = append(names, fmt.Sprintf("attr%d", i))
		}
		return names
	}
	for _, tt := range []struct {
		candidates []string
		name, want string
	}{
		{[]string{"abd", "abf"}, "abe", "abd"},        // a tie: the first
		{[]string{"abf", "abd"}, "abe", "abf"},        // in candidate order
		{[]string{"Value", "valu"}, "value", "Value"}, // the case flip is nearer
		{[]string{"abc"}, "abc", ""},                  // the name itself is skipped
		{[]string{"жук"}, "жук", ""},                  // non-ASCII too
		{[]string{"zzzzzz"}, "aaaaaa", ""},            // too far
		{[]string{"ab"}, "a", "ab"},                   // (1+2+3)*2/6 = 2 allows one insertion
		{[]string{"abc"}, "a", ""},                    // (1+3+3)*2/6 = 2 < 4
		{append(many(749), "attr1x"), "attr1y", ""},   // 750 candidates: none
		{many(749), "attr1y", "attr1"},
		{append(many(749), "x"), "attr1y", ""},
	} {
		got, ok := Best(tt.candidates, tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Best(%d candidates, %q) = %q, %v; want %q", len(tt.candidates), tt.name, got, ok, tt.want)
		}
	}
}
