package interptest

import (
	"strings"
	"testing"
)

// TestTableScript checks how table lines become script lines: comments
// and blank lines are dropped, imports copied, expressions wrapped.
func TestTableScript(t *testing.T) {
	got := TableScript("# comment\n\nimport math\nfrom os import path\nmath.sqrt(-1)\r\n")
	body := strings.TrimPrefix(got, tablePrelude)
	want := "import math\nfrom os import path\n" +
		"try:\n    _r = repr(math.sqrt(-1))\nexcept Exception as _e:\n    _r = _error(_e)\nprint(\"math.sqrt(-1)\", _r, sep='\\t')\n"
	if body != want {
		t.Errorf("got:\n%s\nwant:\n%s", body, want)
	}
}
