"""spindle's unittest.mock: Mock and MagicMock (calls recorded,
return_value, side_effect, the assert_called methods) and patch.object.
Written for spindle; far smaller than CPython's."""


class Mock:
    def __init__(self, return_value=None, side_effect=None, **kwargs):
        self.return_value = return_value
        self.side_effect = side_effect
        self.call_args_list = []
        self.call_count = 0
        self.called = False
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __call__(self, *args, **kwargs):
        self.called = True
        self.call_count += 1
        self.call_args_list.append((args, kwargs))
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, type) and issubclass(effect, BaseException):
                raise effect()
            if isinstance(effect, BaseException):
                raise effect
            return effect(*args, **kwargs)
        return self.return_value

    def assert_called(self):
        if not self.called:
            raise AssertionError("Expected 'mock' to have been called.")

    def assert_not_called(self):
        if self.called:
            raise AssertionError("Expected 'mock' to not have been called. Called %d times." % self.call_count)

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected 'mock' to have been called once. Called %d times." % self.call_count)

    def assert_called_with(self, *args, **kwargs):
        if not self.call_args_list or self.call_args_list[-1] != (args, kwargs):
            raise AssertionError("expected call not found.")

    def assert_called_once_with(self, *args, **kwargs):
        self.assert_called_once()
        self.assert_called_with(*args, **kwargs)


MagicMock = Mock

_missing = object()


class _PatchObject:
    def __init__(self, target, attribute, new, kwargs):
        self.target = target
        self.attribute = attribute
        self.new = new
        self.kwargs = kwargs

    def __enter__(self):
        self.old = getattr(self.target, self.attribute, _missing)
        new = self.new
        if new is _missing:
            new = Mock(**self.kwargs)
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if self.old is _missing:
            delattr(self.target, self.attribute)
        else:
            setattr(self.target, self.attribute, self.old)
        return False

    def __call__(self, fn):
        patcher = self

        def wrapper(*args, **kwargs):
            with patcher as new:
                if patcher.new is _missing:
                    return fn(*(args + (new,)), **kwargs)
                return fn(*args, **kwargs)
        return wrapper


class _Patch:
    def object(self, target, attribute, new=_missing, **kwargs):
        return _PatchObject(target, attribute, new, kwargs)


patch = _Patch()
