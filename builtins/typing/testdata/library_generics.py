# Subscripting library classes in annotations: the generic ones give a
# types.GenericAlias with CPython's repr, the others CPython's TypeError.
import re, collections, collections.abc, contextlib, concurrent.futures as cf, queue, contextvars, dataclasses, threading, functools, itertools, logging
for e in ['re.Pattern[str]', 're.Match[str]', 'collections.deque[int]', 'collections.OrderedDict[str, int]', 'collections.Counter[str]',
          'collections.ChainMap[str, int]', 'collections.defaultdict[str, int]', 'cf.Future[int]', 'queue.Queue[int]', 'queue.SimpleQueue[int]',
          'queue.LifoQueue[int]', 'queue.PriorityQueue[int]', 'contextvars.ContextVar[int]', 'contextvars.Token[int]', 'dataclasses.InitVar[int]',
          'threading.Thread[int]', 'functools.cached_property[int]', 'itertools.chain[int]', 'logging.LoggerAdapter[int]',
          'contextlib.AbstractContextManager[int]', 'cf.ThreadPoolExecutor[int]', 'type[int]', 'slice[int]', 'range[int]', 'object[int]',
          'frozenset[int]', 'collections.abc.Iterable[int]', 'collections.abc.Callable[[int], int]', 'collections.abc.Callable[..., int]',
          'collections.abc.Mapping[str, int]', 'collections.abc.MutableSequence[int] | None', 'tuple[()]', 'dict[str, int][int]',
          'list[int].__origin__', 'dataclasses.InitVar[int].type', 'type(dataclasses.InitVar[int])', 'dataclasses.InitVar(int)', 'int[str]',
          'str[int]', 'bool[int]', 'type(re.compile("x"))', 'type(re.match("x", "x"))', 'isinstance(re.compile("x"), re.Pattern)',
          'collections.deque[int]([1, 2])', 'queue.Queue[str]().qsize()', 'collections.Counter[str]("абба")', 'list[int] == list[int]',
          'dict[str, int] != dict[str, str]', 'list[tuple[int, str]]', 'dict[str, list[int]].__args__', 'list[int].__parameters__']:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)


class Registry(collections.abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)


r = Registry()
r["ключ"] = 1
print(dict(r), Registry[str, int], isinstance(r, collections.abc.Mapping))
