

# --- sniffer.py: csv.Sniffer, appended to csv.py's source (see csv.go) ---

import re as _re
from io import StringIO as _StringIO

_COMPLEX_RE = _re.compile(
    r'\s*\(?\s*[+-]?(?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)?'
    r'(?:[+-](?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)?)?[jJ]\s*\)?\s*\Z')


def _is_complex(s):
    """Whether complex(s) would succeed (spindle has no complex type)."""
    try:
        float(s)
        return True
    except (ValueError, OverflowError):
        return _COMPLEX_RE.match(s) is not None


class _Number:
    """has_header's column type of cells complex() reads."""


class Sniffer:
    '''"Sniffs" the format of a CSV file (i.e. delimiter, quotechar):
    returns a Dialect object.'''

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Returns a dialect (or None) corresponding to the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Looks for text enclosed between two identical quotes (the
        probable quotechar) preceded and followed by the same character
        (the probable delimiter): the most frequent of each wins."""
        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            regexp = _re.compile(restr, _re.DOTALL | _re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotechar, delims, spaces = self._count_matches(matches, regexp.groupindex, delimiters)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':  # most likely a file with a single column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        dq_regexp = _re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" %
            {'delim': _re.escape(delim), 'quote': quotechar}, _re.MULTILINE)
        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _count_matches(self, matches, groupindex, delimiters):
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            key = m[groupindex['quote'] - 1]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            if 'delim' not in groupindex:
                continue
            key = m[groupindex['delim'] - 1]
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            if 'space' in groupindex and m[groupindex['space'] - 1]:
                spaces += 1
        return max(quotes, key=quotes.get), delims, spaces

    def _guess_delimiter(self, data, delimiters):
        """The delimiter should occur the same number of times on each
        row: the character whose count per row is most consistent,
        judged over chunks of rows, wins."""
        data = list(filter(None, data.split('\n')))
        ascii = [chr(c) for c in range(127)]
        chunkLength = min(10, len(data))
        iteration = 0
        charFrequency = {}
        modes = {}
        delims = {}
        start, end = 0, chunkLength
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in ascii:
                    metaFrequency = charFrequency.get(char, {})
                    freq = line.count(char)
                    metaFrequency[freq] = metaFrequency.get(freq, 0) + 1
                    charFrequency[char] = metaFrequency
            _frequency_modes(charFrequency, modes)
            total = float(min(chunkLength * iteration, len(data)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0:
                        if (v[1]/total) >= consistency and (delimiters is None or k in delimiters):
                            delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                return (delim, data[0].count(delim) == data[0].count("%c " % delim))
            start = end
            end += chunkLength
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    return (d, data[0].count(d) == data[0].count("%c " % d))
        items = [(v, k) for (k, v) in delims.items()]
        items.sort()
        delim = items[-1][1]
        return (delim, data[0].count(delim) == data[0].count("%c " % delim))

    def has_header(self, sample):
        """Whether the sample's first row looks like a header: its cells
        differ in type or length from the columns under them."""
        rdr = reader(_StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        columnTypes = {}
        for i in range(columns):
            columnTypes[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(columnTypes.keys()):
                thisType = _Number if _is_complex(row[col]) else len(row[col])
                if thisType != columnTypes[col]:
                    if columnTypes[col] is None:
                        columnTypes[col] = thisType
                    else:
                        del columnTypes[col]
        hasHeader = 0
        for col, colType in columnTypes.items():
            if type(colType) == type(0):  # a length
                hasHeader += 1 if len(header[col]) != colType else -1
            else:
                hasHeader += -1 if _is_complex(header[col]) else 1
        return hasHeader > 0


def _frequency_modes(charFrequency, modes):
    """Sets modes[char] to (the commonest count of char per row, the rows
    with it less the rows without)."""
    for char in charFrequency.keys():
        items = list(charFrequency[char].items())
        if len(items) == 1 and items[0][0] == 0:
            continue
        if len(items) > 1:
            modes[char] = max(items, key=lambda x: x[1])
            items.remove(modes[char])
            modes[char] = (modes[char][0], modes[char][1] - sum(item[1] for item in items))
        else:
            modes[char] = items[0]
