package atexit_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/atexit"
)

var modules = starlark.StringDict{"atexit": atexit.Module}
