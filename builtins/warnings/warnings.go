// Package warnings is spindle's warnings module, written in Python
// (warnings.py): warn and warn_explicit, the filters (filterwarnings,
// simplefilter, resetwarnings, with CPython's default filters),
// showwarning and formatwarning, catch_warnings and WarningMessage.
package warnings

// This file embeds the module's source.

import (
	_ "embed"

	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed warnings.py
var source string

// Module is the warnings module. Members:
//
//	warn(message, category=None, stacklevel=1, source=None)
//	warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None)
//	filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False)
//	simplefilter(action, category=Warning, lineno=0, append=False), resetwarnings()
//	showwarning(message, category, filename, lineno, file=None, line=None)
//	formatwarning(message, category, filename, lineno, line=None)
//	catch_warnings(*, record=False, module=None, action=None, category=Warning, lineno=0, append=False)
//	WarningMessage, filters, defaultaction, onceregistry
var Module = &core.Module{Name: "warnings", Source: source}
