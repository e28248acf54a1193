"""spindle's string module: the constants, capwords and Template of its Go
part, and Formatter, written after CPython's string.py, with the parser of
format strings that CPython's _string module provides."""

ascii_letters = _native.ascii_letters
ascii_lowercase = _native.ascii_lowercase
ascii_uppercase = _native.ascii_uppercase
digits = _native.digits
hexdigits = _native.hexdigits
octdigits = _native.octdigits
punctuation = _native.punctuation
whitespace = _native.whitespace
printable = _native.printable
capwords = _native.capwords
Template = _native.Template

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]


def _field_end(s, i):
    # the index of the '}' closing the field that starts after s[i-1] == '{'
    depth = 1
    in_name = True
    bracket = False
    while i < len(s):
        c = s[i]
        if in_name and c == '[':
            bracket = True
        elif in_name and c == ']':
            bracket = False
        elif in_name and not bracket and c in ':!':
            in_name = False
        elif c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("expected '}' before end of string")


def _split_field(field):
    # field_name, conversion, format_spec of a field's text
    i = 0
    bracket = False
    while i < len(field):
        c = field[i]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c in ':!':
            break
        i += 1
    name, rest = field[:i], field[i:]
    conversion = None
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    return name, conversion, rest[1:]


def _formatter_parser(s):
    # _string.formatter_parser: (literal_text, field_name, format_spec,
    # conversion) for each field, and for the text after the last
    out = []
    literal = ''
    i = 0
    while i < len(s):
        c = s[i]
        if c in '{}' and s[i + 1:i + 2] == c:
            # an escaped brace ends a literal item, as in CPython
            out.append((literal + c, None, None, None))
            literal = ''
            i += 2
        elif c == '}':
            raise ValueError("Single '}' encountered in format string")
        elif c == '{':
            if i + 1 == len(s):
                raise ValueError("Single '{' encountered in format string")
            end = _field_end(s, i + 1)
            name, conversion, spec = _split_field(s[i + 1:end])
            out.append((literal, name, spec, conversion))
            literal = ''
            i = end + 1
        else:
            literal += c
            i += 1
    if literal:
        out.append((literal, None, None, None))
    return iter(out)


def _key(text):
    return int(text) if text.isdigit() else text


def _formatter_field_name_split(name):
    # _string.formatter_field_name_split: the first part, and (is_attr,
    # key) for each .attr and [key] after it
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first, rest = _key(name[:i]), []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            rest.append((False, _key(name[i + 1:j])))
            j += 1
            if j < len(name) and name[j] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        i = j
    return first, iter(rest)


# the builtins that Formatter's methods of the same names would hide
# (spindle's methods see their class body's names)
_format = format


class Formatter:
    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return _format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
