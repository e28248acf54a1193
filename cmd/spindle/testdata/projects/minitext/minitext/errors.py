__all__ = ["TemplateError", "UndefinedError", "FilterError"]


class TemplateError(Exception):
    """Base class of the library's errors."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line

    def __str__(self):
        msg = super().__str__()
        return f"{msg} (line {self.line})" if self.line else msg


class UndefinedError(TemplateError, KeyError):
    pass


class FilterError(TemplateError):
    pass


_private = "not exported"
