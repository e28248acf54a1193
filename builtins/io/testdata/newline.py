# open's newline argument: how reads translate and split line ends and
# how writes translate \n, for each pair of write and read modes.
import os
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('newline_tmp.txt', 'w', newline=nl) as f:
        f.write('a\r\nb\nc\rd\n')
    with open('newline_tmp.txt', 'rb') as f:
        print(repr(nl), f.read())
    for rnl in [None, '', '\n', '\r', '\r\n']:
        with open('newline_tmp.txt', newline=rnl) as f:
            print('  ', repr(rnl), repr(f.read()), end=' ')
        with open('newline_tmp.txt', newline=rnl) as f:
            print(list(f), end=' ')
        with open('newline_tmp.txt', newline=rnl) as f:
            print(repr(f.readline()))
for bad in [1, 'x']:
    try:
        open('newline_tmp.txt', newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    open('newline_tmp.txt', 'rb', newline='')
except Exception as e:
    print(type(e).__name__, e)
os.remove('newline_tmp.txt')
