package suggest

// This file computes the trailer of an exception about to be printed by
// a default hook (_Py_Offer_Suggestions).

import (
	"slices"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/interp/core"
	"github.com/spindle-lang/spindle/interp/parse"
	"github.com/spindle-lang/spindle/interp/py"
	"github.com/spindle-lang/spindle/interp/pyast"
)

// Globals returns the globals of the module compiled from filename, as
// they are now, and whether it knows that module.
type Globals func(rt *core.Runtime, filename string) (starlark.StringDict, bool)

// Capture computes the trailer of e and of the causes and contexts
// chained to it and stores it in each (see py.Exception.SetSuggestion).
// Call it with the GIL held, just before a default hook prints e.
func Capture(thread *starlark.Thread, e *py.Exception, globals Globals) {
	seen := map[*py.Exception]bool{}
	for todo := []*py.Exception{e}; len(todo) > 0; {
		e, todo = todo[0], todo[1:]
		if e == nil || seen[e] {
			continue
		}
		seen[e] = true
		e.SetSuggestion(trailer(thread, e, globals))
		todo = append(todo, e.Cause, e.Context)
	}
}

// trailer is ". Did you mean: 'x'?" for e, or "".
func trailer(thread *starlark.Thread, e *py.Exception, globals Globals) string {
	var best string
	var ok bool
	switch e.Class {
	case py.AttributeError:
		best, ok = forAttribute(thread, e, globals)
	case py.NameError:
		best, ok = forName(thread, e, globals)
	}
	if !ok {
		return ""
	}
	return ". Did you mean: " + py.Repr(starlark.String(best)) + "?"
}

// forAttribute chooses among dir(e.obj).
func forAttribute(thread *starlark.Thread, e *py.Exception, globals Globals) (string, bool) {
	nameV, obj, typ := e.AttrContext()
	name, ok := nameV.(starlark.String)
	if !ok {
		return "", false
	}
	if obj == nil && typ != "" {
		if obj = zeroOf(typ); obj == nil {
			obj = receiver(thread, e, string(name), globals)
		}
	}
	if obj == nil {
		return "", false
	}
	return Best(dir(py.Unbox(obj)), string(name))
}

// dir is dir(x): its attribute names, sorted, as the dir builtin lists
// them.
func dir(x starlark.Value) []string {
	h, ok := x.(starlark.HasAttrs)
	if !ok {
		return nil
	}
	names := h.AttrNames()
	sort.Strings(names)
	return names
}

// zeroOf returns a value of the VM's type typ, whose attributes are
// those of every value of the type, or nil.
func zeroOf(typ string) starlark.Value {
	switch typ {
	case "list":
		return starlark.NewList(nil)
	case "dict":
		return starlark.NewDict(0)
	case "str":
		return starlark.String("")
	case "bytes":
		return starlark.Bytes("")
	case "tuple":
		return starlark.Tuple(nil)
	case "set":
		return starlark.NewSet(0)
	}
	return nil
}

// forName chooses among the locals of the innermost frame, then the
// globals of its module, then the builtins.
func forName(thread *starlark.Thread, e *py.Exception, globals Globals) (string, bool) {
	nameV, _, _ := e.AttrContext()
	name, ok := nameV.(starlark.String)
	frames := py.VisibleFrames(e.Traceback)
	if !ok || len(frames) == 0 {
		return "", false
	}
	fr := frames[len(frames)-1]
	rt := core.RuntimeOf(thread)
	file := parseFile(rt, fr.Pos.Filename())
	if file != nil && fr.Name != "<toplevel>" && fr.Name != "<module>" {
		if locals, _ := varnames(file, fr.Name, fr.Pos); len(locals) > 0 {
			if best, ok := Best(locals, string(name)); ok {
				return best, true
			}
		}
	}
	if g, ok := globals(rt, fr.Pos.Filename()); ok {
		if best, ok := Best(globalNames(file, g, isMain(g)), string(name)); ok {
			return best, true
		}
	}
	return Best(builtinNames, string(name))
}

// receiver returns, for an AttributeError the VM raised about a value
// it did not keep (a Thread, a lock...), the value of the global that
// names it (g in g.name), as it is now, or nil when the receiver is an
// expression, a local variable, or unknown.
func receiver(thread *starlark.Thread, e *py.Exception, name string, globals Globals) starlark.Value {
	frames := py.VisibleFrames(e.Traceback)
	if len(frames) == 0 {
		return nil
	}
	fr := frames[len(frames)-1]
	rt := core.RuntimeOf(thread)
	file := parseFile(rt, fr.Pos.Filename())
	if file == nil {
		return nil
	}
	id := receiverName(file, fr.Pos, name)
	if id == "" {
		return nil
	}
	if fr.Name != "<toplevel>" && fr.Name != "<module>" {
		locals, ok := varnames(file, fr.Name, fr.Pos)
		if !ok || slices.Contains(locals, id) {
			return nil
		}
	}
	g, ok := globals(rt, fr.Pos.Filename())
	if !ok || !bound(g, id) {
		return nil
	}
	return g[id]
}

// receiverName returns x of the attribute expression x.name whose dot
// is at pos, if x is a name, or "".
func receiverName(f *pyast.File, pos pyast.Position, name string) string {
	id := ""
	pyast.Walk(f, func(n pyast.Node) bool {
		if a, ok := n.(*pyast.Attr); ok && a.Name.Name == name && a.Dot.Line == pos.Line && a.Dot.Col == pos.Col {
			if x, ok := a.X.(*pyast.Ident); ok {
				id = x.Name
			}
		}
		return id == ""
	})
	return id
}

// parseFile parses the source of filename, or returns nil.
func parseFile(rt *core.Runtime, filename string) *pyast.File {
	lines := rt.Sources().SourceLines(filename)
	if lines == nil {
		return nil
	}
	f, err := parse.File(filename, []byte(strings.Join(lines, "\n")), parse.Options{Decoded: true})
	if err != nil {
		return nil
	}
	return f
}

func isMain(g starlark.StringDict) bool {
	n, _ := g["__name__"].(starlark.String)
	return n == "__main__" || g["__name__"] == nil
}
