# zlib: round trips through compress/decompress in every container,
# decompress of data CPython's zlib made, checksums, streaming objects
# and zlib.error texts. Compressed bytes are never printed: Go's
# deflate makes other (equally valid) blocks than zlib's.
import zlib

# made by CPython 3.11's zlib.compress (zlib 1.2.13)
Z6 = b'x\x9c\xbb0\xedb\xf3\xc5\x86\x0b{/l\xb8\xb0\xdbJ\xe1\xc2\xfe\x0b\xfb.6]\xd8wa\x97\xae\xa1\xc2\x85\xed@\xc1\xcd\x17\x1b.6\x03Y;.\xecV04P\xb8\xd8x\xb1\t\xa8|\x03P\xc3\x8e\x8bm\\\x17Fu\x8f\xea\x1e\xd5=\xaa{\xd0\xe9\x06\x00?*\x13"'
Z9 = b'x\xdaKLJN\x1c|\x08\x00\xf0|9m'
RAW = b'+J,WHIM\xcbI,IUHI,IT(\xa2\x82\x00\x00'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,PHI,I\x04\x00\x17r\xe1\xbb\t\x00\x00\x00'
EMPTY = b'x\x9c\x03\x00\x00\x00\x00\x01'

text = 'Журнал: поток-1 загрузил 10 страниц\n'.encode() * 20
print(zlib.decompress(Z6) == text, zlib.decompress(Z6)[:20].decode())
print(zlib.decompress(Z9), zlib.decompress(RAW, -15), zlib.decompress(GZ, 31))
print(zlib.decompress(GZ, 47), zlib.decompress(Z9, 47), repr(zlib.decompress(EMPTY)))
print(zlib.decompress(Z6, wbits=0) == text, zlib.decompress(bytearray(Z9)) == b'abc' * 50)

for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, c[:2], zlib.decompress(c) == text, len(c) < len(text) or level == 0)
for wbits, back in [(15, 15), (9, 15), (-15, -15), (-9, -15), (31, 31), (25, 47), (15, 47)]:
    c = zlib.compress(b'payload ' * 10, wbits=wbits)
    print(wbits, zlib.decompress(c, back))
print(zlib.compress(b'x', wbits=31)[:4], zlib.compress(b'x', 9)[:2], zlib.compress(b'x', 1)[:2])
print(zlib.decompress(zlib.compress(b'')) == b'', zlib.decompress(zlib.compress(bytearray(b'ba'))))

print(zlib.crc32(b'hello'), zlib.crc32(b'hello world'), zlib.crc32(b''), zlib.crc32(text))
print(zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.crc32(b'a', -1), zlib.crc32(b'a', 2**40 + 5))
print(zlib.adler32(b'hello'), zlib.adler32(b''), zlib.adler32(text), zlib.adler32(b'x' * 100000))
print(zlib.adler32(b' world', zlib.adler32(b'hello')) == zlib.adler32(b'hello world'))
print(zlib.crc32('Привет'.encode('utf-8')), zlib.crc32(bytearray(b'abc')))

co = zlib.compressobj()
parts = [co.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
parts.append(co.flush())
stream = b''.join(parts)
print(zlib.decompress(stream) == text, type(co).__name__)
do = zlib.decompressobj()
out = b''.join(do.decompress(stream[i:i + 64]) for i in range(0, len(stream), 64))
print(out == text, do.eof, do.unused_data, do.flush())
do = zlib.decompressobj()
print(do.decompress(Z9 + b'tail') == b'abc' * 50, do.eof, do.unused_data)
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(b'raw stream') + co.flush()
print(zlib.decompress(raw, -15))
co = zlib.compressobj(wbits=31)
print(zlib.decompress(co.compress(b'gz') + co.flush(zlib.Z_SYNC_FLUSH) + co.flush(), 31))


def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)


err(zlib.decompress, b'garbage data')
err(zlib.decompress, b'')
err(zlib.decompress, Z6[:-3])
err(zlib.decompress, Z6[:-1] + b'\x00')
err(zlib.decompress, Z9, 3)
err(zlib.decompress, GZ)
err(zlib.compress, b'x', 10)
err(zlib.compress, b'x', -2)
err(zlib.compress, b'x', wbits=3)
err(zlib.compress, 'text')
err(zlib.decompress, 'text')
err(zlib.crc32, 'text')
err(zlib.adler32, None)
err(zlib.crc32, b'x', 'y')
err(zlib.compressobj, method=9)
err(zlib.decompressobj, wbits=99)
print(zlib.error.__mro__, issubclass(zlib.error, Exception))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
