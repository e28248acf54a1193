package lower

// This file decides which loads x.start, x.stop and x.step go through
// __sp_dunder, which answers them for a range (Starlark's range has no
// attributes): all but those of self, which a method reads from its own
// object in hot loops and which is never a range, and a call's function
// (t.start(), see callee). __sp_dunder tries the
// object's own attributes first, so a user object's x.start is read as
// before, by one builtin call more.

import "github.com/spindle-lang/spindle/interp/pyast"

// rangeAttrNames are the attributes of range that Starlark's lacks.
var rangeAttrNames = map[string]bool{"start": true, "stop": true, "step": true}

// rangeAttrLoad reports whether the load x.name goes through
// __sp_dunder.
func rangeAttrLoad(x *pyast.Attr) bool {
	if !rangeAttrNames[x.Name.Name] {
		return false
	}
	id, ok := x.X.(*pyast.Ident)
	return !ok || id.Name != "self"
}
