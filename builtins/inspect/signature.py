

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _PARAM_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_PARAM_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = "{} parameters cannot have default values"
                raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            msg = "name must be a str, not a {}".format(type(name).__name__)
            raise TypeError(msg)
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind call: the arguments mapped to parameters."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append("{}={!r}".format(arg, value))
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """A function's call signature: its parameters (an ordered mapping of
    names to Parameter objects) and its return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                _check_order(parameters)
            for param in parameters:
                if param.name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(param.name))
                params[param.name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, follow_wrapped)

    @property
    def parameters(self):
        return collections.OrderedDict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def bind(self, *args, **kwargs):
        """Get a BoundArguments object that maps the passed args and kwargs
        to the function's signature; raises TypeError if they don't fit."""
        return _bind(self, args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return _bind(self, args, kwargs, True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self._return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self._return_annotation))
        return rendered


def _check_order(parameters):
    top_kind = _POSITIONAL_ONLY
    seen_default = False
    for param in parameters:
        kind = param.kind
        if kind < top_kind:
            msg = "wrong parameter order: {} parameter before {} parameter"
            raise ValueError(msg.format(top_kind.description, kind.description))
        elif kind > top_kind:
            top_kind = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if seen_default:
                    raise ValueError("non-default argument follows default argument")
            else:
                seen_default = True


def _bind(sig, args, kwargs, partial):
    arguments = {}
    parameters = iter(sig._parameters.values())
    parameters_ex = ()
    arg_vals = iter(args)
    while True:
        try:
            arg_val = next(arg_vals)
        except StopIteration:
            try:
                param = next(parameters)
            except StopIteration:
                break
            if param.kind == _VAR_POSITIONAL:
                break
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                    raise TypeError(msg.format(arg=param.name))
                parameters_ex = (param,)
                break
            elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                parameters_ex = (param,)
                break
            else:
                if partial:
                    parameters_ex = (param,)
                    break
                raise TypeError("missing a required argument: {arg!r}".format(arg=param.name))
        else:
            try:
                param = next(parameters)
            except StopIteration:
                raise TypeError("too many positional arguments")
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError("too many positional arguments")
            if param.kind == _VAR_POSITIONAL:
                values = [arg_val]
                values.extend(arg_vals)
                arguments[param.name] = tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {arg!r}".format(arg=param.name))
            arguments[param.name] = arg_val
    kwargs_param = None
    for param in list(parameters_ex) + list(parameters):
        if param.kind == _VAR_KEYWORD:
            kwargs_param = param
            continue
        if param.kind == _VAR_POSITIONAL:
            continue
        param_name = param.name
        if param_name in kwargs and param.kind != _POSITIONAL_ONLY:
            arguments[param_name] = kwargs.pop(param_name)
        elif not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
            raise TypeError("missing a required argument: {arg!r}".format(arg=param_name))
    if kwargs:
        if kwargs_param is not None:
            arguments[kwargs_param.name] = kwargs
        else:
            raise TypeError("got an unexpected keyword argument {arg!r}".format(
                arg=next(iter(kwargs))))
    return BoundArguments(sig, arguments)


def _signature_from_function(func):
    annotations = func.__annotations__
    params = []
    for name, kind, default, has_default in _params(func):
        params.append(Parameter(name, kind, default=default if has_default else _empty,
                                annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _bound_signature(sig):
    """The signature of a bound method: sig without its first parameter."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _user_method(cls, name):
    """cls's own method name, if a class of its MRO defines it in Python."""
    for base in cls.__mro__:
        if name in _own(base):
            meth = getattr(cls, name, None)
            return meth if _isscript(_plain_function(meth)) else None
    return None


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        return _bound_signature(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if _isscript(obj):
        return _signature_from_function(obj)
    if isclass(obj):
        return _class_signature(obj, follow_wrapped)
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = _user_method(type(obj), "__call__")
    if call is not None:
        return _bound_signature(_signature_from_callable(call, follow_wrapped))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def _class_signature(cls, follow_wrapped):
    new = _user_method(cls, "__new__")
    init = _user_method(cls, "__init__")
    for base in cls.__mro__:
        if new is not None and "__new__" in _own(base):
            return _bound_signature(_signature_from_callable(new, follow_wrapped))
        if init is not None and "__init__" in _own(base):
            return _bound_signature(_signature_from_callable(init, follow_wrapped))
    if cls.__module__ == "builtins":
        raise ValueError("no signature found for builtin type {!r}".format(cls))
    return Signature()


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
