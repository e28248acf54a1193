package interptest

// This file defines expression tables: name.txt holds one Python
// expression a line, and the script generated from it prints each
// expression, a tab and the repr of its value or the exception it
// raised, as CPython's "Type: message" line. The script runs through
// the real pipeline and is checked as a script against name.out (and
// name.err, name.code), which -update writes by running the same script
// under python3.

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// tablePrelude defines how an exception is shown: its traceback's last
// line.
const tablePrelude = `def _error(e):
    msg = str(e)
    return type(e).__name__ + (': ' + msg if msg else '')

`

// TableScript returns the Python script of the table src. Blank lines
// and lines starting with # are skipped; import lines ("import x",
// "from x import y") are copied as they are; every other line is an
// expression.
func TableScript(src string) string {
	var b strings.Builder
	b.WriteString(tablePrelude)
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "from "):
			b.WriteString(line + "\n")
		default:
			fmt.Fprintf(&b, "try:\n    _r = repr(%s)\nexcept Exception as _e:\n    _r = _error(_e)\nprint(%s, _r, sep='\\t')\n",
				line, strconv.Quote(line))
		}
	}
	return b.String()
}

// runTable checks the table at path against its goldens, name.out and
// (for warnings) name.err, as a script.
func runTable(t *testing.T, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(path, ".txt")
	script := filepath.Join(t.TempDir(), filepath.Base(base)+".py")
	if err := os.WriteFile(script, []byte(TableScript(string(src))), 0o644); err != nil {
		t.Fatal(err)
	}
	if *update {
		WriteGoldens(t, base, Python(t, script))
	}
	check(t, script, base)
}

// diffLines reports the lines of got that differ from want's, the
// first 20 of them.
func diffLines(t *testing.T, got, want string) {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	shown := 0
	for i := 0; (i < len(g) || i < len(w)) && shown < 20; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			shown++
			t.Errorf("line %d\n\tgot  %q\n\twant %q", i+1, gl, wl)
		}
	}
}
