package itertools_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/itertools"
)

var modules = starlark.StringDict{"itertools": itertools.Module}
