# DictReader and DictWriter: fieldnames, restkey/restval, extrasaction,
# writeheader, and a report written to a file opened with newline=''.
import csv
import io
import os

text = 'имя,возраст,город\r\nАнна,30,Казань\r\nБорис,25\r\n\r\nВера,41,Омск,лишнее,ещё\r\n'
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text), restkey='_extra', restval='?')
print(list(r))
r = csv.DictReader(io.StringIO('a;b\n1;2\n'), fieldnames=['x', 'y'], delimiter=';')
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['товар', 'цена', 'кол-во'])
print(w.writeheader())
print(w.writerow({'товар': 'чай "Эрл Грей"', 'цена': 199.9, 'кол-во': 2}))
w.writerows([{'товар': 'кофе', 'цена': 350}, {'товар': 'сахар, кг', 'кол-во': 1}])
print(repr(out.getvalue()))
try:
    w.writerow({'товар': 'x', 'вес': 1, 'цвет': 2})
except ValueError as e:
    print('ValueError:', str(e).replace("'цвет', 'вес'", "'вес', 'цвет'"))
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore', restval='-')
w2.writerow({'a': 1, 'b': 2})
w2.writerow({})
print(repr(w2.writer.dialect.lineterminator))
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bogus')
except ValueError as e:
    print('ValueError:', e)

name = 'csv_dict_report.csv'
with open(name, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=['поток', 'страниц', 'ошибок'])
    w.writeheader()
    for i in range(3):
        w.writerow({'поток': 'Thread-%d' % (i + 1), 'страниц': 10 * i, 'ошибок': i % 2})
with open(name, newline='', encoding='utf-8') as f:
    print(repr(f.read()))
with open(name, newline='', encoding='utf-8') as f:
    total = 0
    for row in csv.DictReader(f):
        total += int(row['страниц'])
        print(row['поток'], row['ошибок'])
    print('total', total)
with open(name, newline='') as f:
    print(list(csv.reader(f))[1:])
os.remove(name)
print(os.path.exists(name))
