import threading
import time


def slow():
    time.sleep(0.2)
    print("non-daemon thread still finished")


threading.Thread(target=slow).start()
print("about to fail")
{}["missing"]
