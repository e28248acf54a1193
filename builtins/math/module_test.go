package math_test

import (
	"go.starlark.net/starlark"

	pymath "github.com/spindle-lang/spindle/builtins/math"
)

var modules = starlark.StringDict{"math": pymath.Module}
