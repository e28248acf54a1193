package unicodedata

// This file defines decomposition.

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// decompositionText is UnicodeData.txt's decomposition field of each
// character that has one, "HEX field" per line (see gen_tables.py).
//
//go:embed decomposition.txt
var decompositionText string

var (
	decompOnce sync.Once
	decomps    map[rune]string
)

// decomposition implements unicodedata.decomposition(chr): the
// character's decomposition mapping as UnicodeData.txt writes it
// ("<compat> 0066 0069"), or "".
// https://docs.python.org/3/library/unicodedata.html#unicodedata.decomposition
func decomposition(r rune) starlark.Value {
	decompOnce.Do(func() {
		decomps = make(map[rune]string, 6000)
		for _, line := range strings.Split(strings.TrimSpace(decompositionText), "\n") {
			h, d, _ := strings.Cut(line, " ")
			if n, err := strconv.ParseUint(h, 16, 32); err == nil {
				decomps[rune(n)] = d
			}
		}
	})
	return starlark.String(decomps[r])
}
