# Which library objects take attributes a script sets (those with a
# __dict__ in CPython) and which refuse, with CPython's type names.
import threading, queue, logging, concurrent.futures as cf, sched, time, collections, functools, io, contextlib, decimal, fractions, datetime, random, re, itertools, string, argparse, enum, dataclasses, uuid, hashlib, textwrap, weakref, operator, heapq
objs = {
 "Thread": threading.Thread(target=print), "Timer": threading.Timer(1, print), "Event": threading.Event(),
 "Condition": threading.Condition(), "Semaphore": threading.Semaphore(), "BoundedSemaphore": threading.BoundedSemaphore(),
 "Barrier": threading.Barrier(2), "local": threading.local(), "Queue": queue.Queue(), "LifoQueue": queue.LifoQueue(),
 "PriorityQueue": queue.PriorityQueue(), "SimpleQueue": queue.SimpleQueue(), "Logger": logging.getLogger("x"),
 "Handler": logging.StreamHandler(), "Formatter": logging.Formatter(), "LogRecord": logging.LogRecord("n", 10, "p", 1, "m", None, None),
 "Future": cf.Future(), "Executor": cf.ThreadPoolExecutor(1), "scheduler": sched.scheduler(),
 "deque": collections.deque(), "Counter": collections.Counter(), "OrderedDict": collections.OrderedDict(), "defaultdict": collections.defaultdict(int),
 "partial": functools.partial(print), "StringIO": io.StringIO(), "ExitStack": contextlib.ExitStack(),
 "Lock": threading.Lock(), "RLock": threading.RLock(), "int": 1, "str": "s", "list": [], "dict": {}, "object": object(),
 "Decimal": decimal.Decimal(1), "Fraction": fractions.Fraction(1), "datetime": datetime.datetime(2020, 1, 1), "timedelta": datetime.timedelta(1),
 "Random": random.Random(), "Pattern": re.compile("a"), "Match": re.match("a", "a"), "count": itertools.count(), "Template": string.Template("x"),
 "ArgumentParser": argparse.ArgumentParser(), "Namespace": argparse.Namespace(), "UUID": uuid.uuid4(), "sha256": hashlib.sha256(),
 "TextWrapper": textwrap.TextWrapper(), "itemgetter": operator.itemgetter(1),
 "Context": decimal.getcontext(), "date": datetime.date(2020, 1, 1), "tuple": (), "set": set(), "range": range(1), "bytes": b"", "function": print,
}
for name, o in objs.items():
    try:
        o.custom_attr = 5
        print(name, "ok", o.custom_attr, "custom_attr" in getattr(o, "__dict__", {}))
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)
objs["Executor"].shutdown()
