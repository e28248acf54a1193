"""CSV parsing and writing (CPython's csv with its C part, _csv):
reader, writer, DictReader, DictWriter, dialects and the QUOTE_*
constants, with CPython 3.11's rules and error texts."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', '__doc__', 'excel', 'excel_tab',
           'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           '__version__', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_limit = [128 * 1024]
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


class Error(Exception):
    __module__ = '_csv'


def _char(name, v, dflt, none_ok):
    if v is _unset:
        return dflt
    if v is None and none_ok:
        return None
    if not isinstance(v, str):
        if none_ok:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Unset:
    pass


_unset = _Unset()


def _dialect_class():
    """Makes _csv.Dialect, named Dialect as csv.Dialect is."""

    class Dialect:
        """A dialect's checked, read-only attributes (_csv.Dialect)."""
        __module__ = '_csv'
        __qualname__ = 'Dialect'

        def __init__(self, dialect=None, **kwargs):
            for k in kwargs:
                if k not in _ATTRS:
                    raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            src = {}
            for k in _ATTRS:
                v = kwargs.get(k, _unset)
                if v is _unset and dialect is not None:
                    v = getattr(dialect, k, _unset)
                src[k] = v
            self._set(src)

        def _set(self, src):
            put = object.__setattr__
            put(self, 'delimiter', _char('delimiter', src['delimiter'], ',', False))
            put(self, 'doublequote', _bool(src['doublequote'], True))
            put(self, 'escapechar', _char('escapechar', src['escapechar'], None, True))
            term = src['lineterminator']
            if term is _unset:
                term = '\r\n'
            elif term is not None and not isinstance(term, str):
                raise TypeError('"lineterminator" must be a string')
            put(self, 'lineterminator', term)
            put(self, 'quotechar', _char('quotechar', src['quotechar'], '"', True))
            quoting = src['quoting']
            if quoting is _unset:
                quoting = QUOTE_MINIMAL
            elif type(quoting) is not int:
                raise TypeError('"quoting" must be an integer')
            put(self, 'skipinitialspace', _bool(src['skipinitialspace'], False))
            put(self, 'strict', _bool(src['strict'], False))
            if quoting not in (0, 1, 2, 3):
                raise TypeError('bad "quoting" value')
            if src['quotechar'] is None and src['quoting'] is _unset:
                quoting = QUOTE_NONE
            put(self, 'quoting', quoting)
            if quoting != QUOTE_NONE and self.quotechar is None:
                raise TypeError("quotechar must be set if quoting enabled")
            if term is None:
                raise TypeError("lineterminator must be set")

        def __setattr__(self, name, value):
            if name in _ATTRS:
                raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
            raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)
    return Dialect


_Dialect = _dialect_class()


def _bool(v, dflt):
    return dflt if v is _unset else bool(v)


def _dialect_of(args, kwargs):
    if len(args) > 2:
        raise TypeError("expected at most 2 arguments, got %d" % len(args))
    dialect = kwargs.pop('dialect', None)
    return _Dialect(args[1] if len(args) > 1 else dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit[0] = args[0]
    return old


class Dialect:
    """Describe a CSV dialect: subclasses set its attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


def reader(*args, **kwargs):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])
    for row in csv_reader: process(row)"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    it = iter(args[0])
    return _Reader(it, _dialect_of(args, kwargs))


def writer(*args, **kwargs):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])
    for row in sequence: csv_writer.writerow(row)"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _dialect_of(args, kwargs))


# the reader's states, as in _csv.c
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


def _check_limit(field):
    """field, or csv.Error if it is longer than field_size_limit()."""
    if len(field) > _limit[0]:
        raise Error("field larger than field limit (%d)" % _limit[0])
    return field


class _Reader:
    """Iterates over the rows of its input's lines (_csv.reader)."""
    __module__ = '_csv'
    __qualname__ = 'reader'

    def __init__(self, it, dialect):
        self._it = it
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._special = ['\r', '\n']  # what sends a line to the state machine
        if d.escapechar is not None:
            self._special.append(d.escapechar)
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._simple(line):
                break
            for c in line:
                self._char(c)
            self._char(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _simple(self, line):
        """Parses at once a whole line holding no escape or inner line
        break, whose quoted fields close on it; reports whether it did
        (else the state machine parses it)."""
        body = line.rstrip('\r\n')
        for c in self._special:
            if c in body:
                return False
        if not body:
            return True
        fields = self._split(body)
        if fields is None:
            return False
        self._fields.extend(fields)
        return True

    def _split(self, body):
        """The fields of body as the state machine would read them, or
        None if it would do more than split them (an unclosed quote, text
        after a closing quote)."""
        d = self.dialect
        q, delim, n = self._quote, d.delimiter, len(body)
        fields = []
        i = 0
        while True:
            if d.skipinitialspace:
                while i < n and body[i] == ' ':
                    i += 1
            if q is not None and i < n and body[i] == q:
                f, i = self._quoted(body, i + 1)
                if f is None or (i < n and body[i] != delim):
                    return None
                _check_limit(f)
            else:
                k = body.find(delim, i)
                k = n if k < 0 else k
                f = _check_limit(body[i:k])
                if f and d.quoting == QUOTE_NONNUMERIC:
                    f = float(f)
                i = k
            fields.append(f)
            if i >= n:
                return fields
            i += 1  # past the delimiter

    def _quoted(self, body, i):
        """The text of the quoted field starting at body[i] and the
        index past its closing quote, or None if it does not close."""
        q = self._quote
        parts = []
        while True:
            k = body.find(q, i)
            if k < 0:
                return None, i
            if self.dialect.doublequote and body[k + 1:k + 2] == q:
                parts.append(body[i:k + 1])
                i = k + 2
                continue
            parts.append(body[i:k])
            return ''.join(parts), k + 1

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self._field.append(c)

    def _end_line(self, c):
        self._save()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _char(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            self._in_field(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            self._quote_in_quoted(c)
        elif c is _EOL:
            self._state = _START_RECORD
        elif c != '\n' and c != '\r':
            raise Error("new-line character seen in unquoted field - "
                        "do you need to open the file in universal-newline mode?")

    def _in_field(self, c):
        d = self.dialect
        if c is _EOL or c == '\n' or c == '\r':
            self._end_line(c)
        elif c == d.escapechar:
            self._state = _ESCAPED_CHAR
        elif c == d.delimiter:
            self._save()
            self._state = _START_FIELD
        else:
            self._state = _IN_FIELD
            self._add(c)

    def _quote_in_quoted(self, c):
        d = self.dialect
        if d.quoting != QUOTE_NONE and c == d.quotechar:
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif c == d.delimiter:
            self._save()
            self._state = _START_FIELD
        elif c is _EOL or c == '\n' or c == '\r':
            self._end_line(c)
        elif not d.strict:
            self._add(c)
            self._state = _IN_FIELD
        else:
            raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))


class _Writer:
    """Writes rows to its file's write method (_csv.writer)."""
    __module__ = '_csv'
    __qualname__ = 'writer'

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        self._special = d.delimiter + (d.escapechar or '') + (d.quotechar or '') + d.lineterminator

    def writerow(self, row):
        """writerow(iterable): write the row, formatted by the dialect."""
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        out = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            out.append(self._field(field, quoted))
        if len(out) == 1 and not out[0]:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables): write each row."""
        for row in rows:
            self.writerow(row)

    def _field(self, field, quoted):
        d = self.dialect
        special = self._special
        for c in special:
            if c in field:
                break
        else:
            return d.quotechar + field + d.quotechar if quoted else field
        out = []
        for c in field:
            escape = False
            if c in special:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        field = ''.join(out)
        return d.quotechar + field + d.quotechar if quoted else field


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


def _is_number(x):
    """PyNumber_Check: whether QUOTE_NONNUMERIC leaves x unquoted."""
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return hasattr(t, '__float__') or hasattr(t, '__index__') or hasattr(t, '__int__')
