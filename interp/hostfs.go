package interp

// This file defines HostFS, the host's file system as the python command
// sees it, for Options.ModuleFS in the spindle command.

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// HostFS is the host's file system seen as python sees it: names are
// operating-system paths, absolute or relative to the working directory,
// with no root to stay inside. It breaks fs.FS's rule that names be
// unrooted, so give it only where a script may read any file, as the
// spindle command does.
type HostFS struct{}

var _ fs.StatFS = HostFS{}

// Open opens the file name.
func (HostFS) Open(name string) (fs.File, error) { return os.Open(name) }

// Stat returns the file information of name.
func (HostFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// ReadFile reads the whole file name.
func (HostFS) ReadFile(name string) ([]byte, error) { return os.ReadFile(name) }

// Abs returns name as an absolute path, as CPython shows module files:
// joined to the working directory as written, not cleaned (tests/../m.py).
func (HostFS) Abs(name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	if cwd, err := syscall.Getwd(); err == nil { // the kernel's, as CPython's getcwd (os.Getwd may answer $PWD)
		return cwd + string(filepath.Separator) + name
	}
	return name
}
