package datetime_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/datetime"
)

var modules = starlark.StringDict{"datetime": datetime.Module}
