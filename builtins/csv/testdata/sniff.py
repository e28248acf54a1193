# csv.Sniffer: guessing the delimiter, quote character and whether a
# sample has a header, then reading with the sniffed dialect.
import csv
import io

samples = [
    'name,age,city\r\nАнна,30,Казань\r\nБорис,25,Омск\r\n',
    'id;"описание";цена\n1;"товар; первый";10.5\n2;"второй";20\n',
    "a\tb\tc\n1\t2\t3\n4\t5\t6\n",
    'x|y\n"1|2"|3\n',
    "'q', 'w'\n'e', 'r'\n",
    'host:port:status\nexample.com:80:ok\nexample.org:443:fail\n',
    'one column\nvalue\nother\n',
    'time,level,message\n12:00,INFO,"started, ok"\n12:01,WARN,"slow ""disk"""\n',
]
sn = csv.Sniffer()
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              d.quoting, repr(d.lineterminator), sn.has_header(s))
        print(list(csv.reader(io.StringIO(s), d)))
    except csv.Error as e:
        print('csv.Error:', e)
print(sn.sniff('a;b,c;d\n1;2,3;4\n', delimiters=';').delimiter)
print(sn.has_header('1,2\n3,4\n5,6\n'), sn.has_header('name,value\nx,1\ny,2\n'))
print(sn.has_header('a,b\n1+2j,3\n4j,5\n'))
try:
    sn.sniff('abc')
except csv.Error as e:
    print('csv.Error:', e)
print(sn.preferred, 'Sniffer' in csv.__all__)
