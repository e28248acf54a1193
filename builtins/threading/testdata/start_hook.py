# threading._start_new_thread can be replaced; start() fails with the
# replacement's exception and the thread stays unstarted; _limbo is a dict.
import threading
def fail_new_thread(*args):
    raise threading.ThreadError("no threads today")
orig = threading._start_new_thread
threading._start_new_thread = fail_new_thread
try:
    t = threading.Thread(target=lambda: None)
    try:
        t.start()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(t in threading._limbo, t.is_alive(), t.ident)
finally:
    threading._start_new_thread = orig
print(type(threading._limbo).__name__, len(threading._limbo))
t = threading.Thread(target=lambda: None)
t.start(); t.join()
print(t.is_alive())
