# csv.reader and csv.writer over io.StringIO and lists of lines:
# quoting rules, dialect parameters, Cyrillic fields.
import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['id', 'имя', 'город', 'комментарий']))
w.writerow([1, 'Иван', 'Москва', 'сказал "привет"'])
w.writerow([2, 'Пётр', 'Санкт-Петербург, центр', 'строка\nс переносом'])
w.writerow([3, None, 2.5, True])
w.writerow([''])
w.writerow([])
w.writerow(['', ''])
w.writerow([' lead', 'trail ', 'tab\there'])
w.writerows([['a', 'b'], ('c', 'd'), 'xy'])
data = buf.getvalue()
print(repr(data))
rows = list(csv.reader(io.StringIO(data, newline='')))
print(rows)
buf.seek(0)
r = csv.reader(buf)
for row in r:
    print(r.line_num, row)

for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    b = io.StringIO()
    csv.writer(b, quoting=q).writerow(['a', 1, 2.5, None, '', 'b,c', -3, True])
    print(q, repr(b.getvalue()))
b = io.StringIO()
wn = csv.writer(b, quoting=csv.QUOTE_NONE, escapechar='\\')
wn.writerow(['a,b', 'c"d', 'e\\f', 'g\nh'])
print(repr(b.getvalue()))
b = io.StringIO()
csv.writer(b, escapechar='\\').writerow(['a"b', 'c\\d', 'e,f'])
csv.writer(b, doublequote=False, escapechar='\\').writerow(['a"b'])
csv.writer(b, delimiter=';', quotechar="'", lineterminator='\n').writerow(["it's", 'a;b', 'c'])
csv.writer(b, lineterminator='\n').writerow(['a\rb', 'c\nd'])
csv.writer(b, dialect='excel-tab').writerow(['a b', 'c\td'])
csv.writer(b, 'unix').writerow(['x', 1])
print(repr(b.getvalue()))

lines = ['name,qty,price\r\n', 'яблоки,3,1.5\r\n', '"груши, зелёные",10,"2,75"\r\n',
         '"с ""кавычками""",1,0\r\n', '\r\n', 'a,,\r\n', ',\r\n', '"многострочное\r\n',
         'поле",2,3\r\n', 'end']
for row in csv.reader(lines):
    print(row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(["a|'b|c'|d"], delimiter='|', quotechar="'")))
print(list(csv.reader(['a, "b", c'], skipinitialspace=True)))
print(list(csv.reader(['a, "b", c'])))
print(list(csv.reader(['"a"b"c",d'])))
print(list(csv.reader(['a\\,b,c', 'x\\\n', 'y,z'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['1,"2",3.5, 4,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\tb c\td'], 'excel-tab')))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a\0b,c'])))
print(list(csv.reader([])))
print(list(csv.reader('abc')))
tsv = io.StringIO('слово\tчастота\nмир\t42\n')
print(list(csv.reader(tsv, delimiter='\t')))
