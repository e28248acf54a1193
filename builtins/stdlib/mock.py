"""spindle's unittest.mock, written for spindle after CPython's: Mock and
MagicMock (child mocks, return_value, side_effect, spec, wraps, the call
records and the assert methods with CPython's messages), call, ANY,
DEFAULT, sentinel, and patch (as a decorator, a context manager or with
start/stop), patch.object, patch.dict and patch.multiple, PropertyMock,
mock_open. Not supported:
autospec, create_autospec, AsyncMock, seal."""

import io
from functools import wraps

_set = object.__setattr__

__all__ = ["Mock", "MagicMock", "NonCallableMock", "call", "ANY", "DEFAULT",
           "sentinel", "patch", "PropertyMock", "mock_open"]


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel." + self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    "A helper object that compares equal to everything."

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ["%s=%r" % (k, v) for k, v in kwargs.items()]
    return ", ".join(parts)


class _Call:
    """A call: call(1, x=2), call.method(3), call().attr(4). It compares
    equal to the (args, kwargs) and (name, args, kwargs) tuples."""

    def __init__(self, name="", args=(), kwargs=None, called=False, two=False):
        self._name = name
        self.args = tuple(args)
        self.kwargs = dict(kwargs or {})
        self._called = called
        self._two = two

    def _parts(self):
        if self._two:
            return (self.args, self.kwargs)
        return (self._name, self.args, self.kwargs)

    def __len__(self):
        return len(self._parts())

    def __getitem__(self, i):
        return self._parts()[i]

    def __iter__(self):
        return iter(self._parts())

    def __eq__(self, other):
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._name, other.args, other.kwargs
            if other._two:
                other_name = ""
        elif isinstance(other, tuple):
            if len(other) == 3:
                other_name, other_args, other_kwargs = other
            elif len(other) == 2:
                other_name = ""
                other_args, other_kwargs = other
            else:
                return False
        else:
            return False
        name = "" if self._two else self._name
        if name and other_name != name:
            return False
        if tuple(other_args) != self.args:
            return False
        # Value by value, other's first, as CPython's dict == does: the
        # VM's dict == does not ask an ANY among the values.
        other_kwargs, kwargs = dict(other_kwargs), self.kwargs
        if len(other_kwargs) != len(kwargs):
            return False
        for k, v in other_kwargs.items():
            if k not in kwargs or not (v == kwargs[k]):
                return False
        return True

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self._name, self.args))

    def __call__(self, *args, **kwargs):
        return _Call(self._name, args, kwargs, called=True)

    def __getattr__(self, attr):
        if attr.startswith("__") or attr.startswith("_"):
            raise AttributeError(attr)
        if not self._called:
            return _Call(attr if not self._name else self._name + "." + attr)
        return _Call(self._name + "()." + attr)

    @property
    def call_list(self):
        return _CallList([self])

    def __repr__(self):
        if not self._called and not self._two:
            return "call" + ("." + self._name if self._name else "")
        name = self._name
        if not name or self._two:
            name = "call"
        elif name.startswith("()"):
            name = "call" + name
        else:
            name = "call." + name
        return "%s(%s)" % (name, _format_args(self.args, self.kwargs))


call = _Call()


class _CallList:
    """A list of calls (CPython's is a list subclass): containment of a
    call or of a run of calls, and pprint's layout as its repr."""

    def __init__(self, items=()):
        self._items = list(items)

    def append(self, item):
        self._items.append(item)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._items[i.start:i.stop:i.step]
        return self._items[i]

    def __eq__(self, other):
        if isinstance(other, _CallList):
            other = other._items
        return isinstance(other, list) and self._items == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __contains__(self, value):
        if not isinstance(value, list):
            for item in self._items:
                if item == value:
                    return True
            return False
        n = len(value)
        for i in range(0, len(self._items) - n + 1):
            if self._items[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        items = [repr(c) for c in self._items]
        flat = "[" + ", ".join(items) + "]"
        if len(flat) <= 80:
            return flat
        return "[" + ",\n ".join(items) + "]"


_MAGIC_DEFAULTS = {
    "__len__": 0, "__contains__": False, "__bool__": True, "__int__": 1,
    "__float__": 1.0, "__index__": 1, "__exit__": False, "__setitem__": None,
    "__delitem__": None,
}
_MAGICS = list(_MAGIC_DEFAULTS) + ["__iter__", "__enter__", "__getitem__", "__str__"]


class NonCallableMock:
    """A mock that records how its attributes are used."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _new_name="", **kwargs):
        d = {}
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_return_value"] = return_value
        d["_mock_side_effect"] = None
        spec = spec_set if spec_set is not None else spec
        d["_spec_names"] = None if spec is None else (list(spec) if isinstance(spec, list) else dir(spec))
        d["_spec_set"] = spec_set is not None
        d["method_calls"] = _CallList()
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["call_args"] = None
        d["call_count"] = 0
        d["called"] = False
        for k, v in d.items():
            _set(self, k, v)
        self.side_effect = side_effect
        self.configure_mock(**kwargs)

    def _child(self, name, new_name):
        return type(self)(parent=self, _new_name=new_name, name=new_name)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
            raise AttributeError(repr(name) + " is not a valid assertion. Use a spec "
                                 "for the mock if " + repr(name) + " is meant to be an attribute.")
        spec = self._spec_names
        if spec is not None and name not in spec:
            raise AttributeError("Mock object has no attribute " + repr(name))
        children = self._mock_children
        if name not in children:
            wrapped = self._mock_wraps
            child = self._child(None, name)
            if wrapped is not None:
                _set(child, "_mock_wraps", getattr(wrapped, name))
            children[name] = child
        return children[name]

    def __setattr__(self, name, value):
        spec = getattr(self, "_spec_names", None)
        if getattr(self, "_spec_set", False) and spec is not None and name not in spec \
                and name not in ("return_value", "side_effect"):
            raise AttributeError("Mock object has no attribute " + repr(name))
        if name in ("return_value", "side_effect"):  # the properties, which adopt a mock themselves
            _set(self, name, value)
            return
        if not name.startswith("_") and _adopt(self, value, name):
            self._mock_children[name] = value
            return
        _set(self, name, value)

    def __dir__(self):
        return sorted(set(dir(type(self)) + list(self._mock_children)))

    @property
    def return_value(self):
        rv = self._mock_return_value
        if rv is DEFAULT:
            rv = self._child(None, "()")
            _set(self, "_mock_return_value", rv)
        return rv

    @return_value.setter
    def return_value(self, value):
        _adopt(self, value, "()")
        _set(self, "_mock_return_value", value)

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        _set(self, "_mock_side_effect", value)

    def _extract_name(self):
        names = []
        m = self
        while m is not None:
            if m._mock_parent is None:
                names.append("mock" if m._mock_name is None else m._mock_name)
                break
            names.append(m._mock_new_name)
            m = m._mock_parent
        names.reverse()
        out = names[0]
        for n in names[1:]:
            out += n if n == "()" else "." + n
        return out

    def _short_name(self):
        if self._mock_name is not None:
            return self._mock_name
        return self._extract_name()

    def __repr__(self):
        name = self._extract_name()
        extra = ""
        if name != "mock":
            extra = " name=%r" % name
        return "<%s%s id='%d'>" % (type(self).__name__, extra, id(self))

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda kv: kv[0].count(".")):
            parts = arg.split(".")
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        _set(self, "called", False)
        _set(self, "call_args", None)
        _set(self, "call_count", 0)
        _set(self, "mock_calls", _CallList())
        _set(self, "call_args_list", _CallList())
        _set(self, "method_calls", _CallList())
        if return_value:
            _set(self, "_mock_return_value", DEFAULT)
        if side_effect:
            _set(self, "_mock_side_effect", None)
        for child in self._mock_children.values():
            child.reset_mock(return_value=return_value, side_effect=side_effect)
        rv = self._mock_return_value
        if isinstance(rv, NonCallableMock) and rv is not self:
            rv.reset_mock()

    def attach_mock(self, mock, attribute):
        _set(mock, "_mock_parent", self)
        _set(mock, "_mock_new_name", attribute)
        _set(mock, "_mock_name", None)
        self._mock_children[attribute] = mock

    # The assert methods.

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return "\nCalls: " + repr(self.mock_calls) + "."

    def _sig(self, args, kwargs):
        return "%s(%s)" % (self._short_name(), _format_args(args, kwargs))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._short_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._short_name())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._short_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % self._sig(args, kwargs))
        if self.call_args != _Call("", args, kwargs, called=True, two=True):
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (self._sig(args, kwargs), self._sig(self.call_args.args, self.call_args.kwargs)))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._short_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        expected = _Call("", args, kwargs, called=True, two=True)
        for c in self.call_args_list:
            if c == expected:
                return
        raise AssertionError("%s call not found" % self._sig(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError("Calls not found.\nExpected: %r\n  Actual: %r"
                                     % (_CallList(expected), self.mock_calls))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            for i, c in enumerate(remaining):
                if c == kall:
                    remaining.pop(i)
                    break
            else:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %s in its call list, found %s instead"
                                 % (self._short_name(), repr(tuple(not_found)), repr(all_calls)))


def _adopt(parent, value, new_name):
    """Makes value, if it is a mock with no parent and no name, parent's
    child new_name, unless value is parent or one of its parents (m.x.
    return_value = m would make the calls' records go round forever);
    reports whether it did."""
    if not isinstance(value, NonCallableMock) or value._mock_parent is not None or value._mock_name is not None:
        return False
    m = parent
    while m is not None:
        if m is value:
            return False
        m = m._mock_parent
    _set(value, "_mock_parent", parent)
    _set(value, "_mock_new_name", new_name)
    return True


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._record(args, kwargs)
        return self._execute(args, kwargs)

    def _record(self, args, kwargs):
        _set(self, "called", True)
        _set(self, "call_count", self.call_count + 1)
        this = _Call("", args, kwargs, called=True, two=True)
        _set(self, "call_args", this)
        self.call_args_list.append(this)
        # Record the call on this mock and every parent, named by the path
        # from the parent down to this mock: get().json for m.get().json().
        segments = []
        m = self
        while m is not None:
            name = ""
            for seg in segments:
                name += seg if seg == "()" or not name else "." + seg
            m.mock_calls.append(_Call(name, args, kwargs, called=True))
            if segments and "()" not in segments:
                m.method_calls.append(_Call(name, args, kwargs, called=True))
            if m._mock_parent is None:
                break
            segments.insert(0, m._mock_new_name)
            m = m._mock_parent

    def _execute(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        wrapped = self._mock_wraps
        if wrapped is not None:
            return wrapped(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and answered by side_effect or
    return_value."""


class MagicMock(Mock):
    """A Mock whose container, context-manager and conversion methods are
    mocks too, with CPython's defaults (len 0, iteration empty...)."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        children = self._mock_children
        for name in _MAGICS:
            child = Mock(parent=self, _new_name=name, name=name)
            if name in _MAGIC_DEFAULTS:
                child.return_value = _MAGIC_DEFAULTS[name]
            elif name == "__iter__":
                child.return_value = []
            elif name == "__str__":  # str(m) is repr(m) until configured
                _set(child, "_mock_wraps", self._default_str)
            children[name] = child
            _set(self, name, child)

    def _child(self, name, new_name):
        return MagicMock(parent=self, _new_name=new_name, name=new_name)

    def _default_str(self):
        return NonCallableMock.__repr__(self)

    def __str__(self):
        return self.__str__()

    def __len__(self):
        return self.__len__()

    def __iter__(self):
        rv = self.__iter__()
        return iter(rv)

    def __contains__(self, item):
        return self.__contains__(item)

    def __bool__(self):
        return self.__bool__()

    def __int__(self):
        return self.__int__()

    def __float__(self):
        return self.__float__()

    def __index__(self):
        return self.__index__()

    def __enter__(self):
        return self.__enter__()

    def __exit__(self, *exc):
        return self.__exit__(*exc)

    def __getitem__(self, key):
        return self.__getitem__(key)

    def __setitem__(self, key, value):
        return self.__setitem__(key, value)

    def __delitem__(self, key):
        return self.__delitem__(key)


class PropertyMock(Mock):
    """A mock to stand for a property on a class: reading the attribute
    calls it with no arguments, assigning calls it with the value."""

    def _child(self, name, new_name):
        return MagicMock(parent=self, _new_name=new_name, name=new_name)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# patch

def _importer(target):
    components = target.split(".")
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return lambda: _importer(target), attribute


_patchings = {}
_active = []


class _Startable:
    """start() and stop(), for a patch used without a with statement."""

    def start(self):
        result = self.__enter__()
        _active.append(self)
        return result

    def stop(self):
        if self in _active:
            _active.remove(self)
        return self.__exit__(None, None, None)


def _decorate_class(patcher, cls):
    """Patches each test* method of cls with a copy of patcher."""
    for attr in dir(cls):
        if attr.startswith("test"):
            value = getattr(cls, attr)
            if callable(value):
                setattr(cls, attr, patcher.copy()(value))
    return cls


class _patch(_Startable):
    def __init__(self, getter, attribute, new, spec, create, new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.new_callable = new_callable
        self.kwargs = kwargs
        self._saved = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        if func in _patchings:
            _patchings[func].append(self)
            return func
        patchers = [self]

        @wraps(func)
        def patched(*args, **kwargs):
            extra = []
            entered = []
            try:
                for p in patchers:
                    new = p.__enter__()
                    entered.append(p)
                    if p.new is DEFAULT:
                        extra.append(new)
                return func(*(args + tuple(extra)), **kwargs)
            finally:
                for p in reversed(entered):
                    p.__exit__(None, None, None)

        _patchings[patched] = patchers
        return patched

    def __enter__(self):
        target = self.getter()
        original = getattr(target, self.attribute, _missing)
        if original is _missing and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (target, self.attribute))
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            kwargs = dict(self.kwargs)
            if self.spec is not None:
                kwargs["spec"] = original if self.spec is True else self.spec
            if factory is MagicMock or factory is Mock:
                kwargs.setdefault("name", self.attribute)
            new = factory(**kwargs)
        self._saved.append((target, original))
        setattr(target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if not self._saved:
            return False
        target, original = self._saved.pop()
        if original is _missing:
            delattr(target, self.attribute)
        else:
            setattr(target, self.attribute, original)
        return False



class _patch_dict(_Startable):
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, func):
        @wraps(func)
        def patched(*args, **kw):
            with self:
                return func(*args, **kw)
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = dict(self.in_dict)
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False



class _patch_multiple(_Startable):
    """patch.multiple: several attributes of one target patched together;
    those given DEFAULT get MagicMocks, which the context manager returns
    in a dict and a decorated function receives as keyword arguments."""

    def __init__(self, getter, spec, create, new_callable, values):
        self.args = (getter, spec, create, new_callable, values)
        self.patchers = [_patch(getter, name, new, spec, create, new_callable, {})
                         for name, new in values.items()]
        self._entered = []

    def copy(self):
        return _patch_multiple(*self.args)

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)

        @wraps(func)
        def patched(*args, **kwargs):
            with self.copy() as made:
                kwargs.update(made)
                return func(*args, **kwargs)

        return patched

    def __enter__(self):
        made = {}
        entered = []
        try:
            for p in self.patchers:
                new = p.__enter__()
                entered.append(p)
                if p.new is DEFAULT:
                    made[p.attribute] = new
        except BaseException:
            for p in reversed(entered):
                p.__exit__(None, None, None)
            raise
        self._entered = entered
        return made

    def __exit__(self, *exc_info):
        entered, self._entered = self._entered, []
        for p in reversed(entered):
            p.__exit__(*exc_info)
        return False



class _Patcher:
    """patch(target, new=DEFAULT, spec=None, create=False, new_callable=None,
    **kwargs), with patch.object, patch.dict and patch.stopall."""

    def __call__(self, target, new=DEFAULT, spec=None, create=False, spec_set=None,
                 autospec=None, new_callable=None, **kwargs):
        getter, attribute = _get_target(target)
        return _patch(getter, attribute, new, spec, create, new_callable, kwargs)

    def object(self, target, attribute, new=DEFAULT, spec=None, create=False,
               spec_set=None, autospec=None, new_callable=None, **kwargs):
        return _patch(lambda: target, attribute, new, spec, create, new_callable, kwargs)

    def dict(self, in_dict, values=(), clear=False, **kwargs):
        return _patch_dict(in_dict, values, clear, **kwargs)

    def multiple(self, target, spec=None, create=False, spec_set=None, autospec=None,
                 new_callable=None, **kwargs):
        if not kwargs:
            raise ValueError("Must supply at least one keyword argument with patch.multiple")
        getter = (lambda: _importer(target)) if isinstance(target, str) else (lambda: target)
        return _patch_multiple(getter, spec, create, new_callable, kwargs)

    def stopall(self):
        for p in reversed(list(_active)):
            p.stop()


patch = _Patcher()


def mock_open(mock=None, read_data=""):
    """A mock for open (patch("builtins.open", mock_open(read_data=...))):
    each call returns one file handle, a MagicMock and its own context
    manager, whose read, readline, readlines and iteration read
    read_data afresh from the start of each open; write returns None."""
    state = {}

    def stream():
        return io.BytesIO(read_data) if isinstance(read_data, bytes) else io.StringIO(read_data)

    def configured(method):
        return method.return_value is not None

    def read(*args, **kwargs):
        return handle.read.return_value if configured(handle.read) else state["data"].read(*args, **kwargs)

    def readline(*args, **kwargs):
        return handle.readline.return_value if configured(handle.readline) else state["data"].readline(*args, **kwargs)

    def readlines(*args, **kwargs):
        return handle.readlines.return_value if configured(handle.readlines) else state["data"].readlines(*args, **kwargs)

    def lines():
        if configured(handle.readline):
            return iter(lambda: handle.readline.return_value, object())
        return iter(state["data"])

    def reopen(*args, **kwargs):
        state["data"] = stream()
        return DEFAULT

    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    for name, effect in [("read", read), ("readline", readline), ("readlines", readlines)]:
        method = getattr(handle, name)
        method.return_value = None
        method.side_effect = effect
    handle.__iter__.side_effect = lines
    state["data"] = stream()
    mock.side_effect = reopen
    mock.return_value = handle
    return mock
