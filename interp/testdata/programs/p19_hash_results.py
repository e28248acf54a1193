"""Workers hash their chunks; the main thread combines digests."""
import hashlib
import threading

CHUNKS = [f"chunk-{i}:".encode() + bytes(range(i, i + 16)) for i in range(6)]
digests = [None] * len(CHUNKS)
combined = hashlib.sha256()
combined_lock = threading.Lock()


def work(i):
    h = hashlib.sha256(CHUNKS[i])
    digests[i] = h.hexdigest()
    with combined_lock:
        pass


def main():
    ts = [threading.Thread(target=work, args=(i,)) for i in range(len(CHUNKS))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for i, d in enumerate(digests):
        print(i, d[:16])
    for d in digests:
        combined.update(bytes.fromhex(d))
    print("combined:", combined.hexdigest())
    print("md5:", hashlib.md5(b"threading").hexdigest())
    print("sha1:", hashlib.sha1("привет".encode("utf-8")).hexdigest())
    h = hashlib.new("sha256")
    h.update(b"part1")
    c = h.copy()
    h.update(b"part2")
    print(h.name, h.digest_size, h.block_size, c.hexdigest() != h.hexdigest())
    print(hashlib.sha256(b"part1part2").hexdigest() == h.hexdigest())
    print(hashlib.sha3_256(b"x").hexdigest()[:16])
    print(hashlib.sha512(b"").hexdigest()[:32])
    try:
        hashlib.sha256("text")
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
