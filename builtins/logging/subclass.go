package logging

// This file defines the __init__ of the native classes that scripts
// subclass (Handler and its subclasses, Formatter, Filter,
// LoggerAdapter): it makes the native object that the instance's
// inherited methods work on; and the Handler and Formatter methods that
// an override calls on its class (logging.StreamHandler.emit(self, r)).

import (
	"go.starlark.net/starlark"

	"github.com/spindle-lang/spindle/builtins"
	"github.com/spindle-lang/spindle/interp/py"
)

type newFunc = func(*starlark.Thread, *py.Class, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)

// nativeInit returns class's __init__ for an instance of a user
// subclass: it makes the native object with newFn and keeps it as the
// instance's Native; bind, if set, tells the object its instance, whose
// overriding methods (emit, process) it then calls.
func nativeInit(class string, newFn newFunc, bind func(obj starlark.Value, self *py.Instance)) *starlark.Builtin {
	return starlark.NewBuiltin("__init__", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			return nil, py.Raisef(py.TypeError, "%s.__init__() missing 1 required positional argument: 'self'", class)
		}
		self, ok := args[0].(*py.Instance)
		if !ok {
			return starlark.None, nil // a native object is initialised when made
		}
		obj, err := newFn(thread, self.Class, args[1:], kwargs)
		if err != nil {
			return nil, err
		}
		if bind != nil {
			bind(obj, self)
		}
		self.Native = obj
		return starlark.None, nil
	})
}

func init() {
	bindHandler := func(obj starlark.Value, self *py.Instance) { obj.(*Handler).self = self }
	for _, c := range []*py.Class{HandlerClass, StreamHandlerClass, NullHandlerClass} {
		c.Dict["__init__"] = nativeInit(c.ClassName, newHandlerObject, bindHandler)
	}
	FileHandlerClass.Dict["__init__"] = nativeInit("FileHandler", newFileHandler, bindHandler)
	bindFormatter := func(obj starlark.Value, self *py.Instance) { obj.(*Formatter).self = self }
	FormatterClass.Dict["__init__"] = nativeInit("Formatter", newFormatterObject, bindFormatter)
	builtins.UnboundMethods(FormatterClass, "format", "formatTime", "formatMessage", "usesTime", "formatException", "formatStack")
	for name := range handlerMethods {
		builtins.UnboundMethods(HandlerClass, name)
	}
}
