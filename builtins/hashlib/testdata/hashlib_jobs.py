import hashlib
import threading

# checksums of job payloads computed by worker threads
payloads = [b"alpha", b"beta", "гамма".encode("utf-8"), b""]
results = {}
lock = threading.Lock()


def worker(i, data):
    digest = hashlib.sha256(data).hexdigest()
    with lock:
        results[i] = digest


threads = [threading.Thread(target=worker, args=(i, p)) for i, p in enumerate(payloads)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256"]:
    h = hashlib.new(name)
    h.update(b"hello ")
    h.update(b"world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

h = hashlib.md5(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest(), c.hexdigest())
print(hashlib.md5(b"abcdef").hexdigest() == c.hexdigest())
d = hashlib.sha1(b"x").digest()
print(type(d).__name__, len(d), d[:4])
print(hashlib.new("SHA256", b"a").name, hashlib.md5(string=b"x").hexdigest())
print(type(hashlib.md5()).__name__, repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print("md5" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
