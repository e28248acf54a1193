import base64
import binascii

# Round trips of every length through each codec.
data = bytes(range(256)) + 'Привет, мир'.encode('utf-8')
for n in range(0, len(data), 17):
    chunk = data[:n]
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.encodebytes, base64.decodebytes)]:
        assert dec(enc(chunk)) == chunk, (enc, n)
print(base64.b64encode(data[:40]))
print(base64.b32encode(data[200:230]))
print(base64.encodebytes(data[:120]).decode())

# The usual tutorial use: a token in a URL, a header.
token = base64.urlsafe_b64encode(b'user:42:\xfb\xff').decode().rstrip('=')
print(token, base64.urlsafe_b64decode(token + '=' * (-len(token) % 4)))
print('Basic ' + base64.b64encode('alice:s3cr3t'.encode()).decode())

try:
    base64.b64decode('not base64!', validate=True)
except binascii.Error as e:
    print('binascii.Error:', e, isinstance(e, ValueError))
try:
    base64.b64decode('abcde')
except ValueError as e:
    print(type(e).__name__, e)
