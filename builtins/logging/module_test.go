package logging_test

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/logging"
	"github.com/spindle-lang/spindle/builtins/sys"
)

var modules = starlark.StringDict{"logging": logging.Module, "sys": sys.Module}
