// Package stdlib holds small standard modules written in Python for
// spindle: collections.abc (the container ABCs with their mixin
// methods), collections' UserDict, UserList and UserString, reprlib (size-limited reprs, recursive_repr), subprocess
// (importable; starting a process raises OSError, as spindle is
// hermetic), unittest.mock (Mock, MagicMock, call, ANY, sentinel,
// patch, patch.object, patch.dict, patch.multiple, mock_open), pathlib (PurePath, Path) and
// pkgutil (iter_modules, walk_packages, get_data, extend_path).
package stdlib

// This file embeds the sources.

import _ "embed"

// Subprocess is the source of subprocess.
//
//go:embed subprocess.py
var Subprocess string

// Mock is the source of unittest.mock.
//
//go:embed mock.py
var Mock string

// CollectionsAbc is the source of collections.abc.
//
//go:embed collections_abc.py
var CollectionsAbc string

// CollectionsUser is the source of _collections_user, which defines
// collections.UserDict, UserList and UserString.
//
//go:embed collections_user.py
var CollectionsUser string

// Reprlib is the source of reprlib.
//
//go:embed reprlib.py
var Reprlib string

// Pathlib is the source of pathlib.
//
//go:embed pathlib.py
var Pathlib string

// Pkgutil is the source of pkgutil.
//
//go:embed pkgutil.py
var Pkgutil string
