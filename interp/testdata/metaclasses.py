# Metaclasses: a thread-safe singleton through __call__, a registry
# through __new__ and __init__, attributes and methods of the metaclass
# seen through the class, and type() and isinstance of classes.
import threading


class SingletonMeta(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, value):
        self.value = value
        print("Config.__init__", value)


results = []


def worker(n):
    results.append(Config(n))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len({id(r) for r in results}), Config(99).value, type(Config).__name__, isinstance(Config, SingletonMeta), isinstance(Config, type))


class Database(Config):
    pass


print(Database(7) is Database(8), Database(1).value, Database(1) is Config(1), type(Database).__name__)


class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:
            mcs.registry[name.lower()] = cls
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.kind = kwargs.get("kind", "plain")

    def describe(cls):
        return f"{cls.__name__} ({cls.kind})"

    @property
    def plugin_count(cls):
        return len(PluginMeta.registry)


class Plugin(metaclass=PluginMeta):
    pass


class CsvPlugin(Plugin, kind="файлы"):
    def run(self):
        return "csv"


class JsonPlugin(Plugin):
    def run(self):
        return "json"


print(sorted(PluginMeta.registry), CsvPlugin.created_by, CsvPlugin.kind, JsonPlugin.kind)
print(CsvPlugin.describe(), Plugin.plugin_count, PluginMeta.registry["csvplugin"]().run())
print(type(CsvPlugin) is PluginMeta, type(CsvPlugin()).__name__, isinstance(CsvPlugin(), Plugin))
try:
    CsvPlugin.missing
except AttributeError as e:
    print("AttributeError:", e)
