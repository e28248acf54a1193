package core

// This file defines Files, the file system a script may reach (the
// Interpreter's file grant), and the OSErrors of file operations.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/py"
)

// Files is the file system an Interpreter's scripts reach through open,
// os and tempfile. Names are as the script wrote them; an implementation
// refuses those outside its grant with fs.ErrPermission (or an error
// wrapping it).
type Files interface {
	OpenFile(name string, flag int, perm fs.FileMode) (File, error)
	Stat(name string) (fs.FileInfo, error)
	Lstat(name string) (fs.FileInfo, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	Mkdir(name string, perm fs.FileMode) error
	Remove(name string) error
	Rename(oldname, newname string) error
	// Getwd is the directory relative names start from.
	Getwd() (string, error)
	// TempDir is where tempfile makes its files.
	TempDir() string
}

// File is an open file of a Files.
type File interface {
	io.Reader
	io.Writer
	io.Seeker
	io.Closer
	Stat() (fs.FileInfo, error)
}

type filesKey struct{}

// SetFiles grants files to rt's scripts.
func SetFiles(rt *Runtime, f Files) {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	rt.state[filesKey{}] = f
}

// FilesOf returns rt's file grant; with none, every operation fails with
// a PermissionError naming the grant to give.
func FilesOf(rt *Runtime) Files {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if f, ok := rt.state[filesKey{}].(Files); ok {
		return f
	}
	return NoFiles{}
}

// ErrNoGrant is the error of a file operation with no grant.
var ErrNoGrant = errors.New("no file grant: the embedder must set interp.Options.ReadFS (to read) or Options.WriteDir (to write)")

// ErrOutside is the error of a name that leaves the granted directory.
var ErrOutside = errors.New("outside the granted directory")

// NoFiles is the file system of an Interpreter given no file grant.
type NoFiles struct{}

func (NoFiles) OpenFile(string, int, fs.FileMode) (File, error) { return nil, ErrNoGrant }
func (NoFiles) Stat(string) (fs.FileInfo, error)                { return nil, ErrNoGrant }
func (NoFiles) Lstat(string) (fs.FileInfo, error)               { return nil, ErrNoGrant }
func (NoFiles) ReadDir(string) ([]fs.DirEntry, error)           { return nil, ErrNoGrant }
func (NoFiles) Mkdir(string, fs.FileMode) error                 { return ErrNoGrant }
func (NoFiles) Remove(string) error                             { return ErrNoGrant }
func (NoFiles) Rename(string, string) error                     { return ErrNoGrant }
func (NoFiles) Getwd() (string, error)                          { return "", ErrNoGrant }
func (NoFiles) TempDir() string                                 { return "" }

// osErrors maps errnos to CPython's OSError subclasses and messages.
var osErrors = map[syscall.Errno]string{
	syscall.ENOENT:    "FileNotFoundError",
	syscall.EEXIST:    "FileExistsError",
	syscall.EACCES:    "PermissionError",
	syscall.EPERM:     "PermissionError",
	syscall.EISDIR:    "IsADirectoryError",
	syscall.ENOTDIR:   "NotADirectoryError",
	syscall.ENOTEMPTY: "OSError",
}

// OSErrorFor returns the OSError CPython raises for a failed operation on
// name: "[Errno 2] No such file or directory: 'name'". A missing grant
// or a name outside it is a PermissionError that says so.
func OSErrorFor(err error, name string) *py.Exception {
	if errors.Is(err, ErrNoGrant) || errors.Is(err, ErrOutside) {
		base := ErrNoGrant
		if errors.Is(err, ErrOutside) {
			base = ErrOutside
		}
		return py.NewException(classNamed("PermissionError"), starlark.MakeInt(int(syscall.EACCES)),
			starlark.String("Permission denied ("+base.Error()+")"), starlark.String(name))
	}
	var errno syscall.Errno
	switch {
	case errors.As(err, &errno):
	case errors.Is(err, fs.ErrNotExist):
		errno = syscall.ENOENT
	case errors.Is(err, fs.ErrExist):
		errno = syscall.EEXIST
	case errors.Is(err, fs.ErrPermission):
		errno = syscall.EACCES
	default:
		return py.Raise(py.OSError, err.Error())
	}
	cls := py.OSError
	if n, ok := osErrors[errno]; ok {
		cls = classNamed(n)
	}
	return py.NewException(cls, starlark.MakeInt(int(errno)), starlark.String(Strerror(errno)), starlark.String(name))
}

// Strerror is the C library's message for errno, as os.strerror gives
// it: "No such file or directory", "Unknown error 41".
func Strerror(errno syscall.Errno) string {
	msg := errno.Error()
	if strings.HasPrefix(msg, "errno ") || msg == "" {
		return fmt.Sprintf("Unknown error %d", int(errno))
	}
	return strings.ToUpper(msg[:1]) + msg[1:]
}

// classNamed returns the builtin exception class called name.
func classNamed(name string) *py.Class {
	for _, c := range py.BuiltinExceptions() {
		if c.ClassName == name {
			return c
		}
	}
	return py.OSError
}
