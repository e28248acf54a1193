package os

// This file defines os.path: posixpath's string functions, with CPython's
// results for edge cases (trailing slashes, dot files), and the tests
// that look at the file grant (exists, isfile, isdir, getsize).

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/py"
)

// Path is the os.path module. Members:
//
//	join(a, *p), split(p), basename(p), dirname(p), splitext(p)
//	normpath(p), abspath(p), isabs(p), exists(p), isfile(p), isdir(p)
//	islink(p), getsize(p), sep
var Path = &core.Module{Name: "posixpath", Members: starlark.StringDict{
	"join": starlark.NewBuiltin("join", pathJoin),
	"split": pathFunc("split", func(p string) starlark.Value {
		h, t := split(p)
		return starlark.Tuple{starlark.String(h), starlark.String(t)}
	}),
	"basename": pathFunc("basename", func(p string) starlark.Value { return starlark.String(p[strings.LastIndexByte(p, '/')+1:]) }),
	"dirname":  pathFunc("dirname", func(p string) starlark.Value { h, _ := split(p); return starlark.String(h) }),
	"splitext": pathFunc("splitext", func(p string) starlark.Value {
		r, e := splitext(p)
		return starlark.Tuple{starlark.String(r), starlark.String(e)}
	}),
	"normpath": pathFunc("normpath", func(p string) starlark.Value { return starlark.String(normpath(p)) }),
	"isabs":    pathFunc("isabs", func(p string) starlark.Value { return starlark.Bool(strings.HasPrefix(p, "/")) }),
	"abspath":  starlark.NewBuiltin("abspath", pathAbspath),
	"exists":   statFunc("exists", func(st statResult) bool { return true }),
	"isfile":   statFunc("isfile", func(st statResult) bool { return st.Mode().IsRegular() }),
	"isdir":    statFunc("isdir", func(st statResult) bool { return st.IsDir() }),
	"islink":   starlark.NewBuiltin("islink", pathIslink),
	"getsize":  starlark.NewBuiltin("getsize", pathGetsize),
	"sep":      starlark.String("/"),
}}

// pathArg unpacks the one path argument of an os.path function.
func pathArg(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (string, error) {
	var p starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &p); err != nil {
		return "", err
	}
	return py.FspathStr(thread, py.Base(p))
}

// pathFunc makes a builtin of a string function of one path.
func pathFunc(name string, fn func(string) starlark.Value) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		p, err := pathArg(thread, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		return fn(p), nil
	})
}

// pathJoin implements join(a, *p) as posixpath does.
func pathJoin(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, py.Raise(py.TypeError, "join() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.Raise(py.TypeError, "join() missing 1 required positional argument: 'a'")
	}
	var out string
	for i, a := range args {
		s, ok := py.Base(a).(starlark.String)
		if !ok {
			return nil, py.Raisef(py.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", py.TypeName(a))
		}
		switch p := string(s); {
		case i == 0, strings.HasPrefix(p, "/"):
			out = p
		case out == "" || strings.HasSuffix(out, "/"):
			out += p
		default:
			out += "/" + p
		}
	}
	return starlark.String(out), nil
}

// split splits p into head and tail as posixpath.split does.
func split(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// splitext splits the extension off p; a leading dot is not one.
func splitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// normpath collapses redundant separators and up-level references.
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || initial == 0 && len(comps) == 0 || len(comps) > 0 && comps[len(comps)-1] == "..":
			comps = append(comps, c)
		case len(comps) > 0:
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

// Abspath returns p made absolute against the grant's working directory.
func Abspath(thread *starlark.Thread, p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		cwd, err := core.FilesOf(core.RuntimeOf(thread)).Getwd()
		if err != nil {
			return "", core.OSErrorFor(err, p)
		}
		p = cwd + "/" + p
	}
	return normpath(p), nil
}

func pathAbspath(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := pathArg(thread, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	abs, err := Abspath(thread, p)
	return starlark.String(abs), err
}
