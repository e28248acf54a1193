package py

import (
	"regexp"
	"testing"
)

// TestLazyRegexps compiles every pattern the message translation would
// compile on first use: a bad one fails here rather than in a script's
// error.
func TestLazyRegexps(t *testing.T) {
	if len(lazyRegexps) < 40 {
		t.Fatalf("%d lazy patterns registered, want the ~50 of vmerrors.go, callerr.go and traceback.go", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%q: %v", l.src, err)
		}
	}
	l := lazyRE(`^a(b+)$`)
	if m := l.FindStringSubmatch("abb"); len(m) != 2 || m[1] != "bb" || l.MatchString("ac") {
		t.Errorf("FindStringSubmatch(abb) = %q; MatchString(ac) = %v", m, l.MatchString("ac"))
	}
}
