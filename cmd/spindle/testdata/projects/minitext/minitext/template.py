import re
import warnings

from . import filters
from .errors import TemplateError, UndefinedError

_TAG = re.compile(r"\{\{\s*(.*?)\s*\}\}")


class Template:
    def __init__(self, source, name="<string>"):
        self.source = source
        self.name = name
        self._parts = self._compile(source)

    def __repr__(self):
        return f"<Template {self.name!r} {len(self._parts)} parts>"

    @staticmethod
    def _compile(source):
        parts, pos = [], 0
        for m in _TAG.finditer(source):
            line = source.count("\n", 0, m.start()) + 1
            parts.append(source[pos:m.start()])
            expr = m.group(1)
            if not expr:
                raise TemplateError("empty tag", line)
            name, *chain = [p.strip() for p in expr.split("|")]
            steps = []
            for f in chain:
                fname, _, arg = f.partition(":")
                steps.append((fname, [a for a in arg.split(";") if a] if arg else []))
            parts.append((name, steps, line))
            pos = m.end()
        tail = source[pos:]
        if "{{" in tail:
            raise TemplateError("unclosed tag", source.count("\n", 0, source.rindex("{{")) + 1)
        parts.append(tail)
        return parts

    def render(self, context=None, **kw):
        ctx = dict(context or {}, **kw)
        out = []
        for part in self._parts:
            if isinstance(part, str):
                out.append(part)
                continue
            name, steps, line = part
            value = _lookup(ctx, name, line)
            for fname, args in steps:
                value = filters.apply(fname, value, args, line)
            out.append(str(value))
        return "".join(out)


def _lookup(ctx, dotted, line):
    if dotted.startswith('"') and dotted.endswith('"'):
        return dotted[1:-1]
    value = ctx
    for key in dotted.split("."):
        if isinstance(value, dict) and key in value:
            value = value[key]
        elif hasattr(value, key) and not isinstance(value, dict):
            value = getattr(value, key)
        else:
            raise UndefinedError(f"{dotted!r} is undefined", line)
    return value


def render(source, **context):
    return Template(source).render(context)


def render_string(source, **context):
    warnings.warn("render_string() is deprecated; use render()", DeprecationWarning, stacklevel=2)
    return render(source, **context)
