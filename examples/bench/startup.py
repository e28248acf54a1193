# startup: the cost of starting the interpreter and importing threading.
import threading

print("ok", threading.active_count())
