package functools_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/functools"
)

var modules = starlark.StringDict{"functools": functools.Module}
