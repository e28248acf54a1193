# The fourth part of the unittest module (see case.py): the messages of
# assertEqual and the type-specific assertions (assertListEqual,
# assertDictEqual, assertMultiLineEqual, assertSetEqual), with the ndiff
# of the two values' pprint layouts, as CPython 3.11's case.py prints
# them. unittest.go joins the parts.

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN)
_DIFF_THRESHOLD = 2 ** 16


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _commonprefix(strings):
    s1, s2 = min(strings), max(strings)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def _common_shorten_repr(*args):
    args = tuple([safe_repr(a) for a in args])
    maxlen = max([len(a) for a in args])
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple([prefix + s[prefixlen:] for s in args])
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple([prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args])


def _sorted_items(d):
    items = list(d.items())
    try:
        return sorted(items, key=lambda kv: kv[0])
    except TypeError:
        return sorted(items, key=lambda kv: (str(type(kv[0])), repr(kv[0])))


def _pp_repr(obj):
    """pprint's one-line repr: dicts with sorted keys, at every depth."""
    t = type(obj)
    if t is dict:
        return "{%s}" % ", ".join(["%s: %s" % (_pp_repr(k), _pp_repr(v)) for k, v in _sorted_items(obj)])
    if t is list:
        return "[%s]" % ", ".join([_pp_repr(x) for x in obj])
    if t is tuple:
        if len(obj) == 1:
            return "(%s,)" % _pp_repr(obj[0])
        return "(%s)" % ", ".join([_pp_repr(x) for x in obj])
    return safe_repr(obj)


def _pp_format(obj, out, indent, allowance):
    rep = _pp_repr(obj)
    t = type(obj)
    if len(rep) <= 80 - indent - allowance or not obj or t not in (dict, list, tuple):
        out.append(rep)
        return
    if t is dict:
        out.append("{")
        items = _sorted_items(obj)
        indent += 1
        for i, (k, v) in enumerate(items):
            last = i == len(items) - 1
            krep = _pp_repr(k)
            out.append(krep + ": ")
            _pp_format(v, out, indent + len(krep) + 2, allowance + 1 if last else 1)
            if not last:
                out.append(",\n" + " " * indent)
        out.append("}")
        return
    if t is list:
        out.append("[")
        _pp_items(obj, out, indent, allowance + 1)
        out.append("]")
        return
    end = ",)" if len(obj) == 1 else ")"
    out.append("(")
    _pp_items(obj, out, indent, allowance + len(end))
    out.append(end)


def _pp_items(items, out, indent, allowance):
    indent += 1
    for i, x in enumerate(items):
        if i:
            out.append(",\n" + " " * indent)
        _pp_format(x, out, indent, allowance if i == len(items) - 1 else 1)


def _pformat(obj):
    out = []
    _pp_format(obj, out, 0, 0)
    return "".join(out)


def _ndiff_lines(first, second):
    import difflib
    return "\n" + "\n".join(difflib.ndiff(_pformat(first).splitlines(), _pformat(second).splitlines()))


def _truncate(test, message, diff):
    max_diff = test.maxDiff
    if max_diff is None or len(diff) <= max_diff:
        return message + diff
    return message + ("\nDiff is %s characters long. Set self.maxDiff to None to see it." % len(diff))


def _equal_message(test, first, second):
    t = type(first)
    if t == type(second):
        if t is list:
            return _sequence_message(test, first, second, "list")
        if t is tuple:
            return _sequence_message(test, first, second, "tuple")
        if t is dict:
            return _truncate(test, "%s != %s" % _common_shorten_repr(first, second), _ndiff_lines(first, second))
        if t is str:
            return _multiline_message(test, first, second)
        if t is set or t is frozenset:
            return _set_message(first, second)
    return "%s != %s" % _common_shorten_repr(first, second)


def _sequence_message(test, seq1, seq2, seq_type_name):
    len1, len2 = len(seq1), len(seq2)
    differing = "%ss differ: %s != %s\n" % ((seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
    for i in range(min(len1, len2)):
        if seq1[i] != seq2[i]:
            differing += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _common_shorten_repr(seq1[i], seq2[i]))
            break
    if len1 > len2:
        differing += "\nFirst %s contains %d additional elements.\n" % (seq_type_name, len1 - len2)
        differing += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
    elif len1 < len2:
        differing += "\nSecond %s contains %d additional elements.\n" % (seq_type_name, len2 - len1)
        differing += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
    return _truncate(test, differing, _ndiff_lines(seq1, seq2))


def _multiline_message(test, first, second):
    import difflib
    standardMsg = "%s != %s" % _common_shorten_repr(first, second)
    if len(first) > _DIFF_THRESHOLD or len(second) > _DIFF_THRESHOLD:
        return standardMsg
    firstlines = first.splitlines(True)
    secondlines = second.splitlines(True)
    if len(firstlines) == 1 and first.strip("\r\n") == first:
        firstlines = [first + "\n"]
        secondlines = [second + "\n"]
    diff = "\n" + "".join(difflib.ndiff(firstlines, secondlines))
    return _truncate(test, standardMsg, diff)


def _set_message(set1, set2):
    lines = []
    difference1 = set1.difference(set2)
    difference2 = set2.difference(set1)
    if difference1:
        lines.append("Items in the first set but not the second:")
        for item in difference1:
            lines.append(repr(item))
    if difference2:
        lines.append("Items in the second set but not the first:")
        for item in difference2:
            lines.append(repr(item))
    return "\n".join(lines)
