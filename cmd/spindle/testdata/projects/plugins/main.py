import importlib
import os
import sys
import tempfile

import plugins

workdir = tempfile.mkdtemp()
path = os.path.join(workdir, "greeter.py")
with open(path, "w", encoding="utf-8") as f:
    f.write('GREETING = "привет"\ncalls = 0\n\ndef greet(name):\n    return GREETING + ", " + name\n')

greeter = plugins.load(workdir, "greeter")
print(greeter.greet("мир"), greeter.__name__, sys.path[0] == workdir)
print(plugins.plugin_files(workdir), plugins.LOADED)

with open(path, "w", encoding="utf-8") as f:
    f.write('GREETING = "здравствуй"\n\ndef greet(name):\n    return GREETING + ", " + name + "!"\n')
again = plugins.reload(greeter)
print(again is greeter, greeter.greet("мир"), greeter.calls)
print(sys.modules["greeter"] is greeter)

try:
    importlib.reload("greeter")
except TypeError as e:
    print("TypeError:", e)
del sys.modules["greeter"]
try:
    importlib.reload(greeter)
except ImportError as e:
    print("ImportError:", e)
with open(path, "w", encoding="utf-8") as f:
    f.write("raise ValueError('сломан')\n")
sys.modules["greeter"] = greeter
try:
    importlib.reload(greeter)
except ValueError as e:
    print("ValueError:", e, "greeter" in sys.modules)
os.remove(path)
os.rmdir(workdir)
print("done", os.path.exists(workdir))
