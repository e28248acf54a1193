import collections, heapq, bisect, operator, functools, itertools, copy, pprint, struct, base64, io, contextlib, sys
from collections import OrderedDict, ChainMap, Counter, deque, defaultdict, namedtuple

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); show("move_to_end", lambda: od)
od.move_to_end("c", last=False); show("move_to_end first", lambda: od)
show("popitem", lambda: od.popitem())
show("popitem first", lambda: od.popitem(last=False))
show("od eq", lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1)))
show("od repr empty", lambda: OrderedDict())
show("od move bad", lambda: OrderedDict().move_to_end("x"))
show("od popitem empty", lambda: OrderedDict().popitem())
show("od reversed", lambda: list(reversed(OrderedDict(x=1, y=2))))
show("od fromkeys", lambda: OrderedDict.fromkeys("abc", 0))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
show("chainmap", lambda: (cm["a"], cm["b"], len(cm), sorted(cm), cm))
cm2 = cm.new_child({"c": 4}); cm2["a"] = 9
show("new_child", lambda: (cm2, cm2.parents, cm2.maps[0]))
show("chain missing", lambda: cm["zz"])
show("chain del", lambda: cm.__delitem__("b"))
c1 = Counter("абракадабра")
show("counter", lambda: c1)
show("most_common", lambda: c1.most_common(2))
c2 = Counter(а=1, б=5)
show("add", lambda: c1 + c2)
show("sub", lambda: c1 - c2)
show("and or", lambda: (c1 & c2, c1 | c2))
show("total", lambda: c1.total())
show("elements", lambda: sorted(c1.elements())[:6])
c3 = Counter(a=3); c3.subtract(a=5, b=1); show("subtract", lambda: c3)
show("unary", lambda: (+c3, -c3))
show("update", lambda: (lambda c: (c.update("aab"), c)[1])(Counter()))
show("missing", lambda: Counter()["x"])
show("counter eq", lambda: Counter(a=1) == Counter(a=1, b=0))
dq = deque([1, 2, 3, 4, 5], maxlen=5)
dq.rotate(2); show("rotate", lambda: dq)
dq.rotate(-3); show("rotate neg", lambda: dq)
dq.append(6); show("maxlen", lambda: dq)
dq.appendleft(0); show("appendleft", lambda: dq)
dq.extend([7, 8]); show("extend", lambda: (dq, dq.maxlen))
show("deque index", lambda: (dq[0], dq[-1], dq.index(7), dq.count(8)))
show("deque pop empty", lambda: deque().pop())
show("deque popleft empty", lambda: deque().popleft())
show("deque remove", lambda: deque([1]).remove(5))
show("deque repr", lambda: (deque(), deque("аб", maxlen=3)))
show("deque rotate empty", lambda: (lambda q: (q.rotate(3), q)[1])(deque()))
dd = defaultdict(list); dd["x"].append(1)
show("defaultdict", lambda: (dd, dict(dd), defaultdict(int)["q"]))
show("dd missing", lambda: defaultdict()["q"])
P = namedtuple("P", "x y")
show("namedtuple", lambda: (P(1, 2), P(1, 2)._asdict(), P._fields, P(1, 2)._replace(x=5)))

h = []
for item in [(3, "в"), (1, "а"), (2, "б"), (1, "аа")]:
    heapq.heappush(h, item)
show("heap", lambda: h)
show("heappop", lambda: [heapq.heappop(h) for _ in range(len(h))])
show("nlargest", lambda: heapq.nlargest(2, [5, 1, 8, 3], key=lambda x: -x))
show("nsmallest", lambda: heapq.nsmallest(2, [("b", 2), ("a", 1), ("c", 0)], key=operator.itemgetter(1)))
show("heapify", lambda: (lambda l: (heapq.heapify(l), l)[1])([5, 3, 8, 1]))
show("heapreplace", lambda: (lambda l: (heapq.heapreplace(l, 10), l))([1, 2, 3]))
show("heappushpop", lambda: heapq.heappushpop([1, 2, 3], 0))
show("heappop empty", lambda: heapq.heappop([]))
show("merge", lambda: list(heapq.merge([1, 4], [2, 3], [0])))
show("heap uncomparable", lambda: heapq.heappush([(1, {})], (1, {})))

a = [1, 2, 4, 4, 8]
show("bisect", lambda: (bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4)))
show("insort", lambda: (lambda l: (bisect.insort(l, 3), l)[1])(list(a)))
show("bisect key", lambda: bisect.bisect_left([("a", 1), ("b", 5)], 3, key=lambda t: t[1]))
show("grade", lambda: [("FDCBA"[bisect.bisect([60, 70, 80, 90], s)]) for s in [33, 99, 77, 70, 89, 90, 100]])

g = operator.itemgetter(1, 0)
show("itemgetter", lambda: (g(["a", "b"]), operator.itemgetter("k")({"k": 5})))
show("attrgetter", lambda: operator.attrgetter("start", "stop")(range(2, 5)))
show("attrgetter dotted", lambda: operator.attrgetter("__class__.__name__")(5))
show("methodcaller", lambda: operator.methodcaller("split", ",")("a,b"))
show("getter repr", lambda: (repr(operator.itemgetter(1)), repr(operator.attrgetter("x")), repr(operator.methodcaller("f", 1, k=2))))
show("ops", lambda: (operator.add(1, 2), operator.mul("a", 3), operator.neg(5), operator.truth(0), operator.contains([1], 1), operator.concat([1], [2])))
show("sorted by", lambda: sorted([{"n": "б", "a": 2}, {"n": "а", "a": 2}, {"n": "в", "a": 1}], key=operator.itemgetter("a", "n")))
show("itemgetter bad", lambda: operator.itemgetter(5)([1]))

show("reduce", lambda: functools.reduce(operator.add, [1, 2, 3, 4], 10))
show("reduce empty", lambda: functools.reduce(operator.add, []))
p = functools.partial(int, base=2)
show("partial", lambda: (p("101"), p.func, p.args, p.keywords, repr(p)))
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x):
    "Документация."
    return x
show("wraps", lambda: (documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__))
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
show("lru", lambda: ([sq(i % 3) for i in range(6)], sq.cache_info()))
sq.cache_clear(); show("lru clear", lambda: sq.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
show("fib", lambda: (fib(50), fib.cache_info().hits))
@functools.cache
def c(x): return x
show("cache", lambda: (c(1), c(1), c.cache_info()))
show("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
show("total_ordering", lambda: (V(1) <= V(2), V(3) >= V(2), V(1) > V(2)))
show("partial kw", lambda: functools.partial(print, sep="-")("a", "b"))

show("chain", lambda: list(itertools.chain([1], "аб", (2,))))
show("from_iterable", lambda: list(itertools.chain.from_iterable([[1, 2], [3]])))
show("groupby", lambda: [(k, list(g)) for k, g in itertools.groupby("aaabbc")])
show("groupby key", lambda: [(k, len(list(g))) for k, g in itertools.groupby(sorted(["aa", "b", "cc", "d"], key=len), key=len)])
show("islice", lambda: list(itertools.islice(itertools.count(10, 5), 2, 8, 2)))
show("accumulate", lambda: (list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=100))))
show("product", lambda: list(itertools.product("ab", repeat=2)))
show("permutations", lambda: list(itertools.permutations([1, 2, 3], 2)))
show("combinations", lambda: list(itertools.combinations("abcd", 2)))
show("comb repl", lambda: list(itertools.combinations_with_replacement("ab", 2)))
show("zip_longest", lambda: list(itertools.zip_longest("ab", [1], fillvalue="-")))
show("starmap", lambda: list(itertools.starmap(pow, [(2, 3), (3, 2)])))
show("takewhile", lambda: (list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1]))))
show("compress", lambda: list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
show("filterfalse", lambda: list(itertools.filterfalse(lambda x: x % 2, range(6))))
show("cycle", lambda: list(itertools.islice(itertools.cycle("аб"), 5)))
show("repeat", lambda: list(itertools.repeat("x", 3)))
show("tee", lambda: [list(t) for t in itertools.tee([1, 2], 2)])
show("pairwise", lambda: list(itertools.pairwise([1, 2, 3, 4])))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)
show("grouper", lambda: list(grouper("ABCDEFG", 3, "x")))
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next in nexts:
                yield next()
        except StopIteration:
            num_active -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num_active))
show("roundrobin", lambda: list(roundrobin("ABC", "D", "EF")))
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(itertools.islice(it, n)):
        yield batch
show("batched", lambda: list(batched("ABCDEFG", 3)))
def unique_everseen(iterable):
    seen = set()
    for e in itertools.filterfalse(seen.__contains__, iterable):
        seen.add(e)
        yield e
show("unique", lambda: list(unique_everseen("AAAABBBCCDAABBB")))
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)
show("sliding", lambda: list(sliding_window("ABCDEFG", 4)))
show("count float", lambda: list(itertools.islice(itertools.count(0.5, 0.25), 3)))

class Node:
    def __init__(self, name, kids): self.name, self.kids = name, kids
n = Node("корень", [Node("лист", [])])
n2 = copy.deepcopy(n); n3 = copy.copy(n)
show("deepcopy", lambda: (n2.kids[0] is n.kids[0], n3.kids is n.kids, n2.kids[0].name))
nested = {"a": [1, [2, 3]], "b": {"c": (4, [5])}}
dc = copy.deepcopy(nested); dc["a"][1].append(9)
show("deepcopy nested", lambda: (nested, dc))
show("copy list", lambda: (lambda l: (copy.copy(l) is l, copy.copy(l) == l))([1]))
lst = [1]; lst.append(lst)
show("deepcopy cycle", lambda: (lambda c: c[1] is c)(copy.deepcopy(lst)))
show("copy tuple", lambda: copy.copy((1, 2)))

big = {"пользователи": [{"имя": "Анна", "роли": ["админ", "редактор"], "активен": True}, {"имя": "Борис", "роли": [], "активен": False}], "всего": 2, "настройки": {"тема": "тёмная", "язык": "ru", "лимиты": list(range(12))}}
pprint.pprint(big)
pprint.pprint(big, width=40)
pprint.pprint(big, depth=1)
pprint.pprint(big, compact=True, width=50)
pprint.pprint(big, sort_dicts=False, indent=2)
print(pprint.pformat([list(range(30))], width=60))
show("pformat short", lambda: pprint.pformat({"b": 1, "a": "я"}))
pprint.pp({"z": 1, "a": 2})

show("pack", lambda: struct.pack("<IHb", 1, 2, -3))
show("pack >", lambda: struct.pack(">i", -2))
show("unpack", lambda: struct.unpack("<IHb", b"\x01\x00\x00\x00\x02\x00\xfd"))
show("calcsize", lambda: (struct.calcsize("<IHb"), struct.calcsize("IHb"), struct.calcsize("@q")))
show("pack s", lambda: struct.pack("5s", "мир".encode()))
show("pack f d", lambda: struct.pack("<fd", 1.5, -2.25))
show("unpack_from", lambda: struct.unpack_from("<H", b"\x00\x01\x02", 1))
show("iter_unpack", lambda: list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
show("Struct", lambda: (struct.Struct("<2i").size, struct.Struct("<2i").pack(1, 2), struct.Struct("<2i").format))
show("pack err", lambda: struct.pack("<b", 300))
show("pack count", lambda: struct.pack("<ii", 1))
show("unpack err", lambda: struct.unpack("<i", b"\x00"))
show("pack ?", lambda: struct.pack("<?x3sQ", True, b"ab", 2**40))

raw = "Привет, мир!".encode("utf-8")
show("b64", lambda: base64.b64encode(raw))
show("b64 dec", lambda: base64.b64decode(base64.b64encode(raw)).decode())
show("urlsafe", lambda: base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
show("b32", lambda: base64.b32encode(b"abc"))
show("b16", lambda: base64.b16encode(b"\x01\xab"))
show("b64 bad", lambda: base64.b64decode("abc"))
show("b64 str", lambda: base64.b64decode("aGk="))
show("b64 validate", lambda: base64.b64decode("aG k=", validate=True))
show("encodebytes", lambda: base64.encodebytes(b"x" * 60))

s = io.StringIO()
s.write("строка 1\n")
print("строка 2", file=s)
show("getvalue", lambda: s.getvalue())
show("tell seek", lambda: (s.tell(), s.seek(0), s.readline(), s.read()))
s2 = io.StringIO("a\nб\nc")
show("iter lines", lambda: list(s2))
show("readlines", lambda: io.StringIO("x\ny").readlines())
show("closed", lambda: (lambda f: (f.close(), f.closed))(io.StringIO())[1])
show("write closed", lambda: (lambda f: (f.close(), f.write("x")))(io.StringIO()))
with io.StringIO() as buf, contextlib.redirect_stdout(buf):
    print("перехвачено", 42)
    sys.stdout.write("и ещё\n")
    captured = buf.getvalue()
show("redirect", lambda: captured)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("в stderr", file=sys.stderr)
show("redirect err", lambda: err.getvalue())
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("див") as t:
    print("внутри", t)
try:
    with tag("err"):
        raise ValueError("x")
except ValueError as e:
    print("caught", e)
with contextlib.ExitStack() as stack:
    for nm in ("a", "b"):
        stack.enter_context(tag(nm))
    stack.callback(print, "callback")
show("nullcontext", lambda: (lambda: [x for x in [1]])())
with contextlib.nullcontext(5) as v:
    print("null", v)
b = io.BytesIO(b"abc"); b.seek(1)
show("bytesio", lambda: (b.read(), b.getvalue(), io.BytesIO().write(b"xy")))
