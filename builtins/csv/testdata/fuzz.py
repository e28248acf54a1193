# csv.reader over random lines of quotes, delimiters and spaces under
# several dialects, one and several lines at a time: spindle's fast
# paths must read them as CPython's state machine does. The results are
# summed up by a digest (random is CPython's after seed).
import csv
import hashlib
import random

random.seed(20261206)
ALPHABET = ['a', 'b', ' ', '"', ',', ';', "'", '1', '.', '\\', '\r\n', '\n']
dialects = [dict(), dict(skipinitialspace=True), dict(doublequote=False),
            dict(quoting=csv.QUOTE_NONNUMERIC), dict(strict=True), dict(delimiter=';', quotechar="'"),
            dict(escapechar='\\'), dict(quoting=csv.QUOTE_NONE), dict(escapechar='\\', doublequote=False)]
for kw in dialects:
    digest = hashlib.md5()
    rows = errors = 0
    for n in range(200):
        lines = [''.join(random.choice(ALPHABET[:10] if k < 2 else ALPHABET) for _ in range(random.randrange(12)))
                 for k in range(random.randrange(1, 4))]
        try:
            out = list(csv.reader(lines, **kw))
            rows += len(out)
        except (csv.Error, ValueError) as e:
            out = type(e).__name__ + ': ' + str(e)
            errors += 1
        digest.update(repr((lines, out)).encode())
    print(kw, rows, errors, digest.hexdigest())

# csv.writer over random fields (then read back) under several dialects.
import io
FIELDS = ['a', ' ', '"', ',', ';', "'", '\\', '\n', '\r', 'ж', '1']
wdialects = [dict(), dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
             dict(escapechar='\\'), dict(doublequote=False, escapechar='\\'),
             dict(quoting=csv.QUOTE_NONE, escapechar='\\'), dict(lineterminator='\n', delimiter=';')]
for kw in wdialects:
    digest = hashlib.md5()
    errors = 0
    for n in range(150):
        row = [''.join(random.choice(FIELDS) for _ in range(random.randrange(5))) for _ in range(random.randrange(4))]
        if random.random() < 0.2:
            row.append(random.choice([None, 3, 2.5, -1]))
        buf = io.StringIO()
        try:
            csv.writer(buf, **kw).writerow(row)
            back = list(csv.reader(io.StringIO(buf.getvalue(), newline=''), **kw))
            out = (buf.getvalue(), back)
        except (csv.Error, ValueError) as e:
            out = type(e).__name__ + ': ' + str(e)
            errors += 1
        digest.update(repr((row, out)).encode())
    print(kw, errors, digest.hexdigest())
