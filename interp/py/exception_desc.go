package py

// This file gives exceptions of user classes what their class's
// properties and descriptors define (a property's getter, setter and
// deleter; a descriptor's __get__ and __set__), as an instance of any
// user class has, and BaseException.with_traceback.

import "go.starlark.net/starlark"

func init() {
	BaseException.Dict["with_traceback"] = starlark.NewBuiltin("with_traceback", exceptionWithTraceback)
}

// exceptionWithTraceback implements e.with_traceback(tb): e's traceback
// becomes tb's frames, from tb's own on (tb may be a tb_next), none for
// None; and e is returned.
func exceptionWithTraceback(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var self, tb starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &self, &tb); err != nil {
		return nil, err
	}
	e, ok := ExceptionOf(self)
	if !ok {
		return nil, Raisef(TypeError, "descriptor 'with_traceback' requires a 'BaseException' object but received a '%s'", TypeName(self))
	}
	switch tb := tb.(type) {
	case *TracebackValue:
		frames := tb.Exc.CaughtTraceback()
		if _, idx := VisibleIndexed(frames); tb.Index < len(idx) {
			frames = frames[idx[tb.Index]:]
		}
		e.Traceback, e.caughtAt, e.caughtIdx = frames, starlark.CallFrame{}, 0
	case starlark.NoneType:
		e.Traceback = nil
	default:
		return nil, Raise(TypeError, "__traceback__ must be a traceback or None")
	}
	return self, nil
}

// excThread returns the thread running the interpreter of e's class,
// for the script code its properties and descriptors run, or nil.
func (e *Exception) excThread() *starlark.Thread {
	if u, ok := e.Class.Ext.(*UserClass); ok && u.rt != nil {
		return u.rt.Active()
	}
	return nil
}

// descAttr reads the class attribute cv of e when it is a property (its
// getter's result) or a descriptor (its __get__'s); only a data
// descriptor when data is set, as those come before e's own attributes.
func (e *Exception) descAttr(cv starlark.Value, data bool) (starlark.Value, bool, error) {
	if p, ok := cv.(*Property); ok {
		th := e.excThread()
		if th == nil || p.Get == nil {
			return nil, true, Raise(AttributeError, "unreadable attribute")
		}
		v, err := starlark.Call(th, p.Get, starlark.Tuple{e.Value()}, nil)
		return v, true, err
	}
	if data && !isDataDescriptor(cv) {
		return nil, false, nil
	}
	return descGet(cv, e.Value(), e.Class)
}

// descSet sets attribute name of e through a property's setter or a
// data descriptor's __set__ in its class, reporting whether there was
// one.
func (e *Exception) descSet(name string, v starlark.Value) (bool, error) {
	cv, _ := e.Class.Lookup(name)
	th := e.excThread()
	if p, ok := cv.(*Property); ok {
		if p.Set == nil {
			return true, Raisef(AttributeError, "property '%s' of '%s' object has no setter", name, e.Class.ClassName)
		}
		if th == nil {
			return true, Raise(RuntimeError, "property set outside a script thread")
		}
		_, err := starlark.Call(th, p.Set, starlark.Tuple{e.Value(), v}, nil)
		return true, err
	}
	if d, set := descriptor(cv, "__set__"); d != nil {
		_, err := d.callSpecial(set, e.Value(), v)
		return true, err
	}
	return false, nil
}
