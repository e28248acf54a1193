package traceback_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/traceback"
)

var modules = starlark.StringDict{"traceback": traceback.Module}
