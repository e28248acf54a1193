# Наблюдатель: связанные методы как обработчики, их равенство и хеш, отписка, __call__, weakref
import weakref


class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        self._handlers.setdefault(event, []).append(handler)
        return handler

    def unsubscribe(self, event, handler):
        try:
            self._handlers[event].remove(handler)
        except (KeyError, ValueError):
            print(f"  нет такого обработчика для {event!r}")

    def emit(self, event, **data):
        handlers = self._handlers.get(event, [])
        print(f"emit {event!r} -> {len(handlers)} обработч.")
        return [h(**data) for h in list(handlers)]


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def on_save(self, **data):
        line = f"{self.prefix}: сохранено {data.get('имя', '?')}"
        self.lines.append(line)
        return line

    def __call__(self, **data):
        return f"{self.prefix} вызван с {sorted(data)}"


bus = EventBus()
log = Logger("ЖУРНАЛ")
bus.subscribe("save", log.on_save)
bus.subscribe("save", log)
bus.subscribe("save", lambda **d: "лямбда: " + ", ".join(f"{k}={v}" for k, v in d.items()))
print(bus.emit("save", имя="отчёт.txt", размер=10))
print(log.on_save == log.on_save, log.on_save is log.on_save, hash(log.on_save) == hash(log.on_save))
print(log.on_save.__self__ is log, log.on_save.__func__ is Logger.on_save, log.on_save.__name__, log.on_save.__qualname__)
other = Logger("ДРУГОЙ")
print(log.on_save == other.on_save, {log.on_save, log.on_save, other.on_save}.__len__())
bus.unsubscribe("save", log.on_save)
bus.unsubscribe("save", log.on_save)
bus.unsubscribe("load", log)
print(bus.emit("save", имя="б"))
print(bus.emit("нет"))
print(repr(log.on_save).split(" of ")[0], callable(log), callable(Logger), callable(log.lines))


class Cache:
    def __init__(self):
        self._refs = weakref.WeakValueDictionary()

    def put(self, key, obj):
        self._refs[key] = obj

    def get(self, key):
        return self._refs.get(key)


class Data:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Data({self.name!r})"


cache = Cache()
d = Data("таблица")
cache.put("t", d)
print(cache.get("t"), cache.get("x"))
r = weakref.ref(d)
print(r() is d, r().name)


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, step=1):
        self.count += step
        return self.count


c = Counter()
inc = c.increment
for _ in range(3):
    inc()
print(c.count, inc(10), Counter.increment(c), getattr(c, "increment")(step=100))
methods = [getattr(c, name) for name in dir(c) if not name.startswith("_") and callable(getattr(c, name))]
print([m.__name__ for m in methods])
try:
    Counter.increment()
except TypeError as e:
    print("TypeError:", e)
try:
    inc(1, 2)
except TypeError as e:
    print("TypeError:", e)
