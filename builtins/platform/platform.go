// Package platform is spindle's platform module, written in Python
// (platform.py) over four facts of the Go build (GOOS, GOARCH, the word
// size, the Go version). What is honest for a hermetic interpreter:
// system() and machine() name the operating system and architecture
// spindle was built for (sys.platform already tells the first);
// python_version() is sys.version_info's, the Python spindle
// implements; python_implementation() is 'spindle', not 'CPython';
// node(), release(), version(), processor() and libc_ver() are empty,
// as CPython's are where it cannot tell, since spindle reads nothing of
// its host. mac_ver, win32_ver, freedesktop_os_release are not provided.
package platform

// This file embeds the source and defines its helpers.

import (
	_ "embed"
	"runtime"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins/sys"
	"github.com/spindle-lang/spindle/interp/core"
)

//go:embed platform.py
var source string

// Module is the platform module. Members:
//
//	system(), machine(), node(), release(), version(), processor(), uname()
//	architecture(), platform(aliased=False, terse=False), libc_ver()
//	python_implementation(), python_version(), python_version_tuple()
//	python_compiler(), python_build(), python_branch(), python_revision()
var Module = &core.Module{Name: "platform", Source: source, Helpers: starlark.StringDict{
	"_goos":      starlark.String(runtime.GOOS),
	"_goarch":    starlark.String(runtime.GOARCH),
	"_intsize":   starlark.MakeInt(strconv.IntSize),
	"_goversion": starlark.String("Go " + strings.TrimPrefix(runtime.Version(), "go")),
	"_spindle":   starlark.String("spindle " + sys.Version),
}}
