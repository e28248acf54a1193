package interp

// This file defines the file grants of Options: the host file system
// (HostFiles), a writable directory (WriteDir) and a read-only fs.FS
// (ReadFS), as core.Files.

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spindle-lang/spindle/interp/core"
)

// filesFor returns the file grant opts describe.
func filesFor(opts Options) (core.Files, error) {
	if opts.HostFiles {
		return hostFiles{}, nil
	}
	g := &grantFiles{read: opts.ReadFS}
	if opts.WriteDir != "" {
		abs, err := filepath.Abs(opts.WriteDir)
		if err != nil {
			return nil, err
		}
		if g.root, err = os.OpenRoot(abs); err != nil {
			return nil, err
		}
		g.dir = abs
	}
	if g.read == nil && g.root == nil {
		return nil, nil
	}
	return g, nil
}

// hostFiles is the host's file system, as python sees it.
type hostFiles struct{}

func (hostFiles) OpenFile(name string, flag int, perm fs.FileMode) (core.File, error) {
	return os.OpenFile(name, flag, perm)
}
func (hostFiles) Stat(name string) (fs.FileInfo, error)      { return os.Stat(name) }
func (hostFiles) Lstat(name string) (fs.FileInfo, error)     { return os.Lstat(name) }
func (hostFiles) ReadDir(name string) ([]fs.DirEntry, error) { return os.ReadDir(name) }
func (hostFiles) Mkdir(name string, perm fs.FileMode) error  { return os.Mkdir(name, perm) }
func (hostFiles) Remove(name string) error                   { return os.Remove(name) }
func (hostFiles) Rename(oldname, newname string) error       { return os.Rename(oldname, newname) }
func (hostFiles) Getwd() (string, error)                     { return os.Getwd() }
func (hostFiles) TempDir() string                            { return os.TempDir() }

// grantFiles is an embedder's grant: a directory the script may read and
// write (through an os.Root, so that neither .. nor a symlink leaves it)
// and an fs.FS it may read. Relative names start at the directory (or
// the FS's root); an absolute name must lie inside the directory (with
// an fs.FS alone, "/" is the FS's root).
type grantFiles struct {
	root *os.Root // nil: nothing is writable
	dir  string   // root's absolute path
	read fs.FS    // nil: only root is readable
}

// rel returns name relative to the grant, or ErrOutside.
func (g *grantFiles) rel(name string) (string, error) {
	if filepath.IsAbs(name) {
		if g.dir == "" { // a ReadFS alone is the script's whole tree
			name = "." + name
		} else if r, err := filepath.Rel(g.dir, name); err == nil {
			name = r
		} else {
			return "", core.ErrOutside
		}
	}
	clean := path.Clean(filepath.ToSlash(name))
	if clean == ".." || strings.HasPrefix(clean, "../") {
		return "", core.ErrOutside
	}
	return clean, nil
}

// outside turns os.Root's escape errors into ErrOutside.
func outside(err error) error {
	if err != nil && strings.Contains(err.Error(), "escapes from parent") {
		return core.ErrOutside
	}
	return err
}

func (g *grantFiles) OpenFile(name string, flag int, perm fs.FileMode) (core.File, error) {
	rel, err := g.rel(name)
	if err != nil {
		return nil, err
	}
	writing := flag&(os.O_WRONLY|os.O_RDWR|os.O_CREATE|os.O_APPEND|os.O_TRUNC) != 0
	if g.root != nil {
		f, err := g.root.OpenFile(rel, flag, perm)
		if err == nil || writing || g.read == nil || !errors.Is(err, fs.ErrNotExist) {
			return f, outside(err)
		}
	} else if writing {
		return nil, core.ErrNoGrant
	}
	f, err := g.read.Open(rel)
	if err != nil {
		return nil, err
	}
	return readOnly{f}, nil
}

func (g *grantFiles) Stat(name string) (fs.FileInfo, error) { return g.stat(name, false) }

func (g *grantFiles) Lstat(name string) (fs.FileInfo, error) { return g.stat(name, true) }

func (g *grantFiles) stat(name string, link bool) (fs.FileInfo, error) {
	rel, err := g.rel(name)
	if err != nil {
		return nil, err
	}
	if g.root != nil {
		st, err := g.root.Stat(rel)
		if link {
			st, err = g.root.Lstat(rel)
		}
		if err == nil || g.read == nil {
			return st, outside(err)
		}
	}
	return fs.Stat(g.read, rel)
}

func (g *grantFiles) ReadDir(name string) ([]fs.DirEntry, error) {
	rel, err := g.rel(name)
	if err != nil {
		return nil, err
	}
	if g.root != nil {
		entries, err := fs.ReadDir(g.root.FS(), rel)
		if err == nil || g.read == nil {
			return entries, outside(err)
		}
	}
	return fs.ReadDir(g.read, rel)
}

// writable returns name relative to the writable directory.
func (g *grantFiles) writable(name string) (string, error) {
	if g.root == nil {
		return "", core.ErrNoGrant
	}
	return g.rel(name)
}

func (g *grantFiles) Mkdir(name string, perm fs.FileMode) error {
	rel, err := g.writable(name)
	if err != nil {
		return err
	}
	return outside(g.root.Mkdir(rel, perm))
}

func (g *grantFiles) Remove(name string) error {
	rel, err := g.writable(name)
	if err != nil {
		return err
	}
	return outside(g.root.Remove(rel))
}

func (g *grantFiles) Rename(oldname, newname string) error {
	from, err := g.writable(oldname)
	if err != nil {
		return err
	}
	to, err := g.writable(newname)
	if err != nil {
		return err
	}
	return outside(g.root.Rename(from, to))
}

func (g *grantFiles) Getwd() (string, error) {
	if g.dir != "" {
		return g.dir, nil
	}
	return "/", nil
}

func (g *grantFiles) TempDir() string { return g.dir }

// Close releases the directory; Interpreter.Close calls it.
func (g *grantFiles) Close() error {
	if g.root != nil {
		return g.root.Close()
	}
	return nil
}

// readOnly adapts a file of an fs.FS to core.File.
type readOnly struct{ fs.File }

func (f readOnly) Write([]byte) (int, error) { return 0, syscall.EBADF }

func (f readOnly) Seek(offset int64, whence int) (int64, error) {
	if s, ok := f.File.(io.Seeker); ok {
		return s.Seek(offset, whence)
	}
	return 0, syscall.ESPIPE
}

// brokenFiles is the grant of a WriteDir that could not be opened: every
// operation reports why.
type brokenFiles struct{ err error }

func (b brokenFiles) OpenFile(string, int, fs.FileMode) (core.File, error) { return nil, b.err }
func (b brokenFiles) Stat(string) (fs.FileInfo, error)                     { return nil, b.err }
func (b brokenFiles) Lstat(string) (fs.FileInfo, error)                    { return nil, b.err }
func (b brokenFiles) ReadDir(string) ([]fs.DirEntry, error)                { return nil, b.err }
func (b brokenFiles) Mkdir(string, fs.FileMode) error                      { return b.err }
func (b brokenFiles) Remove(string) error                                  { return b.err }
func (b brokenFiles) Rename(string, string) error                          { return b.err }
func (b brokenFiles) Getwd() (string, error)                               { return "", b.err }
func (b brokenFiles) TempDir() string                                      { return "" }
