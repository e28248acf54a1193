import threading
import uuid

# job ids for work items handed to threads
jobs = {}
lock = threading.Lock()


def submit(name):
    job_id = uuid.uuid4()
    with lock:
        jobs[name] = job_id


threads = [threading.Thread(target=submit, args=("job%d" % i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ids = [jobs["job%d" % i] for i in range(5)]
print(len(set(ids)), "distinct ids")
for u in ids:
    s = str(u)
    print(len(s), s[14], u.version, u.variant, len(u.hex), repr(u) == "UUID('%s')" % s, uuid.UUID(s) == u)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), u, u.hex, u.int, u.version, u.variant)
print(u.urn, u.bytes, u.fields, u.time_low, u.time_mid, u.node, u.time, u.clock_seq)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/привет"))
print(repr(uuid.NAMESPACE_DNS), uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.UUID(int=5), uuid.UUID(bytes=bytes(range(16))), uuid.UUID("1" * 32, version=4))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
print(hash(u) == hash(uuid.UUID(int=u.int)), {u: "x"}[uuid.UUID(u.hex)])
print(u != uuid.UUID(int=1), u == "x", u > uuid.UUID(int=1))
a = uuid.uuid1()
b = uuid.uuid1()
print(a.version, a.variant, a != b, str(a)[14])
c = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(c.node == 0x123456789ABC, c.clock_seq, str(c)[-12:], c.version)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    print(u < 5)
except TypeError as e:
    print("TypeError:", e)
