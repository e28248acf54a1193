# csv's errors: csv.Error and TypeError texts, dialect validation and
# the registry.
import csv
import io


def t(f):
    try:
        r = f()
        print('ok', r if not isinstance(r, csv.reader([]).__class__) else 'reader')
    except Exception as e:
        print(type(e).__name__ if type(e) is not csv.Error else 'csv.Error', e)


t(lambda: csv.reader([], delimiter=None))
t(lambda: csv.reader([], delimiter=''))
t(lambda: csv.reader([], delimiter=1))
t(lambda: csv.reader([], delimiter='ab'))
t(lambda: csv.reader([], quotechar=''))
t(lambda: csv.reader([], quotechar=1))
t(lambda: csv.reader([], escapechar=1))
t(lambda: csv.reader([], quotechar=None).dialect.quoting)
t(lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_MINIMAL))
t(lambda: csv.reader([], lineterminator=1))
t(lambda: csv.reader([], lineterminator=None))
t(lambda: csv.reader([], quoting='x'))
t(lambda: csv.reader([], quoting=True))
t(lambda: csv.reader([], quoting=7))
t(lambda: csv.reader([], quoting=7, delimiter=1))
t(lambda: csv.reader([], quoting='x', quotechar=1))
t(lambda: csv.reader([], bogus=1))
t(lambda: csv.reader([], 'nope'))
t(lambda: csv.reader(5))
t(lambda: csv.reader())
t(lambda: csv.writer(5))
t(lambda: csv.writer())
t(lambda: csv.writer(io.StringIO()).writerow(5))
t(lambda: csv.writer(io.StringIO()).writerows(5))
t(lambda: csv.writer(io.StringIO()).writerows([['a'], 5]))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
t(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
t(lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']))
t(lambda: list(csv.reader(['"abc'], strict=True)))
t(lambda: list(csv.reader(['"a"b,c'], strict=True)))
t(lambda: list(csv.reader(['a,b\nc,d'])))
t(lambda: list(csv.reader([b'a,b'])))
t(lambda: list(csv.reader(['x,1'], quoting=csv.QUOTE_NONNUMERIC)))
d = csv.reader([]).dialect
t(lambda: (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
           d.skipinitialspace, d.lineterminator, d.quoting, d.strict))
t(lambda: setattr(d, 'delimiter', ';'))
t(lambda: type(d).__name__)
t(lambda: csv.get_dialect('nope'))
t(lambda: csv.unregister_dialect('nope'))
t(lambda: csv.register_dialect(1))
t(lambda: csv.register_dialect('x', 'nope'))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
t(lambda: csv.list_dialects())
t(lambda: (csv.get_dialect('semi').delimiter, csv.get_dialect('semi').quoting))
b = io.StringIO()
csv.writer(b, 'semi').writerow(['a', 1])
t(lambda: b.getvalue())
csv.unregister_dialect('semi')
t(lambda: csv.list_dialects())
t(lambda: csv.field_size_limit())
t(lambda: csv.field_size_limit(10))
t(lambda: list(csv.reader(['0123456789,x'])))
t(lambda: list(csv.reader(['01234567890,x'])))
t(lambda: list(csv.reader(['"01234567890"'])))
t(lambda: csv.field_size_limit(131072))
t(lambda: csv.field_size_limit('x'))
t(lambda: csv.field_size_limit(1, 2))


class Semi(csv.excel):
    delimiter = ';'


class Bad(csv.Dialect):
    delimiter = ','


class NoQuote(csv.Dialect):
    delimiter = ','
    quoting = csv.QUOTE_MINIMAL


t(lambda: Semi().delimiter)
t(lambda: list(csv.reader(['a;b'], Semi)))
t(lambda: list(csv.reader(['a;b'], Semi())))
t(lambda: Bad())
t(lambda: NoQuote())
t(lambda: csv.Dialect())
t(lambda: csv.excel().lineterminator)
t(lambda: (csv.excel_tab.delimiter, csv.unix_dialect.quoting))
t(lambda: csv.Error.__mro__)
t(lambda: (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE))
t(lambda: (type(csv.reader([])), type(csv.writer(io.StringIO()))))
t(lambda: csv.__version__)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print(repr(e), e.args)
