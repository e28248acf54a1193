import struct

# A record format as binary file tutorials use it.
record = struct.Struct('<I16sdH')
print(record.size, record.format)
rows = [(1, 'Анна'.encode(), 3.5, 7), (2, b'bob', -0.25, 65535)]
blob = b''
for r in rows:
    blob += record.pack(*r)
print(len(blob), blob[:20])
for rid, name, score, flags in record.iter_unpack(blob):
    end = min([i for i in range(len(name)) if name[i] == 0] + [len(name)])
    print(rid, name[:end].decode(), score, flags)

# A network header in network byte order.
header = struct.pack('!BBHI', 4, 5, 1500, 0xC0A80001)
print(header, struct.unpack('!BBHI', header))
print(struct.unpack('>I', header[4:]), '.'.join(str(header[i]) for i in range(4, 8)))

# Native alignment pads fields; standard sizes don't.
for fmt in ['bhiq', '@bhiq', '=bhiq', '<qb', '@qb', '@ci', 'hi', '3sI', '@?d']:
    print(fmt, struct.calcsize(fmt))

# Every code round-trips through each byte order.
values = [-3, 250, True, -1234, 60000, -70000, 4000000000, -2**40, 2**63 + 5, 2**40, 2.5, 0.1, -1e100, b'x', b'abc']
fmt = 'bB?hHiIqQnefdc3s'
for order in '@=<>!':
    f = order + fmt if order in '@' else order + fmt.replace('n', 'q')
    packed = struct.pack(f, *values)
    print(order, len(packed), struct.unpack(f, packed))

try:
    struct.unpack('<i', b'abc')
except struct.error as e:
    print('struct.error:', e, isinstance(e, Exception))
