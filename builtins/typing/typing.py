"""typing's classes and the forms that stand for classes of other modules.

The special forms (Any, List, Optional, Literal...), TypeVar and the
functions on types are Go's (see typing.go), predeclared here.
"""

__all__ = [
    'AbstractSet', 'Annotated', 'Any', 'AnyStr', 'AsyncContextManager',
    'AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable', 'BinaryIO',
    'ByteString', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Concatenate',
    'Container', 'ContextManager', 'Coroutine', 'Counter', 'DefaultDict', 'Deque',
    'Dict', 'Final', 'ForwardRef', 'FrozenSet', 'Generator', 'Generic', 'Hashable',
    'IO', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'List', 'Literal',
    'LiteralString', 'Mapping', 'MappingView', 'Match', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'NamedTuple', 'Never', 'NewType', 'NoReturn',
    'NotRequired', 'Optional', 'OrderedDict', 'ParamSpec', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Pattern', 'Protocol', 'Required', 'Reversible', 'Self',
    'Sequence', 'Set', 'Sized', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'TYPE_CHECKING',
    'Text', 'TextIO', 'Tuple', 'Type', 'TypeAlias', 'TypeGuard', 'TypeVar',
    'TypeVarTuple', 'TypedDict', 'Union', 'Unpack', 'ValuesView', 'assert_never',
    'assert_type', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'no_type_check', 'no_type_check_decorator', 'overload', 'reveal_type',
    'runtime_checkable',
]

import collections
import contextlib as _contextlib
import re as _re
import sys as _sys

def _abc(name):
    # collections.abc's class name, imported on first use (see lazy.go).
    def get():
        import collections.abc
        return getattr(collections.abc, name)
    return get


Iterable = _alias("Iterable", _abc("Iterable"), 1)
Iterator = _alias("Iterator", _abc("Iterator"), 1)
Generator = _alias("Generator", _abc("Generator"), 3)
Reversible = _alias("Reversible", _abc("Reversible"), 1)
Container = _alias("Container", _abc("Container"), 1)
Collection = _alias("Collection", _abc("Collection"), 1)
Sequence = _alias("Sequence", _abc("Sequence"), 1)
MutableSequence = _alias("MutableSequence", _abc("MutableSequence"), 1)
Mapping = _alias("Mapping", _abc("Mapping"), 2)
MutableMapping = _alias("MutableMapping", _abc("MutableMapping"), 2)
AbstractSet = _alias("AbstractSet", _abc("Set"), 1)
MutableSet = _alias("MutableSet", _abc("MutableSet"), 1)
MappingView = _alias("MappingView", _abc("MappingView"), 1)
KeysView = _alias("KeysView", _abc("KeysView"), 1)
ItemsView = _alias("ItemsView", _abc("ItemsView"), 2)
ValuesView = _alias("ValuesView", _abc("ValuesView"), 1)
ByteString = _alias("ByteString", _abc("ByteString"), 0)
Hashable = _alias("Hashable", _abc("Hashable"), 0)
Sized = _alias("Sized", _abc("Sized"), 0)
Callable = _alias("Callable", _abc("Callable"), "callable")
Awaitable = _alias("Awaitable", None, 1)
Coroutine = _alias("Coroutine", None, 3)
AsyncIterable = _alias("AsyncIterable", None, 1)
AsyncIterator = _alias("AsyncIterator", None, 1)
AsyncGenerator = _alias("AsyncGenerator", None, 2)
ContextManager = _alias("ContextManager", _contextlib.AbstractContextManager, 1)
AsyncContextManager = _alias("AsyncContextManager", None, 1)
Deque = _alias("Deque", collections.deque, 1)
DefaultDict = _alias("DefaultDict", collections.defaultdict, 2)
OrderedDict = _alias("OrderedDict", collections.OrderedDict, 2)
Counter = _alias("Counter", collections.Counter, 1)
ChainMap = _alias("ChainMap", collections.ChainMap, 2)
Pattern = _alias("Pattern", type(_re.compile("")), 1)
Match = _alias("Match", type(_re.match("", "")), 1)

T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


def _no_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _no_init:
        return
    for base in cls.__mro__:
        init = _own_dict(base).get("__init__", _no_init)
        if init is not _no_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


_EXCLUDED = {"__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
             "_is_runtime_protocol", "__abstractmethods__", "__annotations__", "__dict__",
             "__doc__", "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
             "__weakref__", "__class_getitem__", "__qualname__"}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _EXCLUDED:
                attrs.add(attr)
    return attrs


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _own_dict(cls):
    try:
        return cls.__dict__
    except AttributeError:  # a builtin class: its names and its bases'
        return {name: getattr(cls, name, None) for name in dir(cls)}


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) and not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if ((not cls.__dict__.get("_is_protocol", False) or _callable_members_only(cls))
                and issubclass(type(instance), cls)):
            return True
        if cls.__dict__.get("_is_protocol", False):
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return issubclass(type(instance), cls)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if not _callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    own = _own_dict(base)
                    if attr in own:
                        if own[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return cls in other.__mro__


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes, checked by structure."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, **kwargs):
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "_is_runtime_protocol" not in cls.__dict__:
            cls._is_runtime_protocol = False
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as checkable with isinstance and issubclass."""
    if not issubclass(cls, Generic) or not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self): ...


@runtime_checkable
class SupportsFloat(Protocol):
    def __float__(self): ...


@runtime_checkable
class SupportsComplex(Protocol):
    def __complex__(self): ...


@runtime_checkable
class SupportsBytes(Protocol):
    def __bytes__(self): ...


@runtime_checkable
class SupportsIndex(Protocol):
    def __index__(self): ...


@runtime_checkable
class SupportsAbs(Protocol):
    def __abs__(self): ...


@runtime_checkable
class SupportsRound(Protocol):
    def __round__(self, ndigits=0): ...


class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""


class TextIO(IO):
    """Typed version of the return of open() in text mode."""


_overloads = {}  # (module, qualname) -> the overloads of a function


def _overload_key(func):
    return (getattr(func, "__module__", None), getattr(func, "__qualname__", None))


def overload(func):
    """Decorator for overloaded functions: the last definition wins."""
    _overloads.setdefault(_overload_key(func), []).append(func)

    def _overload_dummy(*args, **kwargs):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def get_overloads(func):
    """Return the @overload definitions made for func."""
    return list(_overloads.get(_overload_key(func), []))


def clear_overloads():
    """Forget every @overload definition."""
    _overloads.clear()


def final(f):
    """Decorator marking a method or class final; it sets __final__."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator saying the annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator giving another decorator the effect of @no_type_check."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


class ForwardRef:
    """A forward reference: a type written as a string, evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return "ForwardRef(%r)" % (self.__forward_arg__,)
        return "ForwardRef(%r, module=%r)" % (self.__forward_arg__, self.__forward_module__)


ParamSpecArgs = type(ParamSpec("P").args)
ParamSpecKwargs = type(ParamSpec("P").kwargs)


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator marking a dataclass-like maker; it records its options."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def _eval_hint(value, globalns, localns, include_extras):
    if value is None:
        return type(None)
    hint = _eval_refs(value, lambda ref: eval(ref, globalns, localns))
    return hint if include_extras else _strip_annotated(hint)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of obj, strings evaluated in its module."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = _own_dict(base).get("__annotations__", {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__)
                base_globals = getattr(mod, "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(_own_dict(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals, include_extras)
        return hints
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            mod = _sys.modules.get(getattr(obj, "__module__", None))
            globalns = getattr(mod, "__dict__", {})
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        if callable(obj) or isinstance(obj, type(_sys)):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    return {name: _eval_hint(value, globalns, localns, include_extras) for name, value in ann.items()}


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not _TypedDictBase:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        for key, hint in own.items():
            origin = getattr(hint, "__origin__", None)
            if origin is Required or origin is not NotRequired and total:
                required.add(key)
            else:
                optional.add(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: its instances are dicts."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    """Report whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)
