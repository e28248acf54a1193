// Package keyword is spindle's keyword module, written in Python
// (keyword.py): the keywords of Python 3.11, which spindle parses.
package keyword

// This file embeds the module's source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed keyword.py
var source string

// Module is the keyword module. Members:
//
//	kwlist, softkwlist, iskeyword(s), issoftkeyword(s)
var Module = &core.Module{Name: "keyword", Source: source}
