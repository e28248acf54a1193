# After the main script ends, CPython's main thread waits for the other
# threads and stays in threading.enumerate() and active_count(), though
# it is no longer alive.
import threading
import time


def worker():
    time.sleep(0.1)
    main = threading.main_thread()
    print("активных:", threading.active_count())
    print(sorted(t.name for t in threading.enumerate()))
    print(main in threading.enumerate(), main.is_alive())


threading.Thread(target=worker, name="Работник").start()
print("main закончил", threading.active_count())
