"""Daemon threads are abandoned at exit; non-daemon threads are awaited."""
import threading
import time


def background(name):
    for i in range(1000):
        time.sleep(0.05)
        if i == 0:
            print(f"{name}: tick {i}")


def foreground(name, n):
    for i in range(n):
        time.sleep(0.03)
    print(f"{name}: finished {n} steps")


def main():
    d = threading.Thread(target=background, args=("daemon",), daemon=True, name="bg")
    d.start()
    f = threading.Thread(target=foreground, args=("worker", 5), name="fg")
    f.start()
    print("daemon flags:", d.daemon, f.daemon, threading.current_thread().daemon)
    print("main is main:", threading.current_thread() is threading.main_thread())
    try:
        d.daemon = False
    except RuntimeError as e:
        print("RuntimeError:", e)
    inherit = []

    def spawner():
        child = threading.Thread(target=lambda: None)
        inherit.append(child.daemon)

    s = threading.Thread(target=spawner, daemon=True)
    s.start()
    s.join()
    print("child of daemon is daemon:", inherit)
    print("main returns; fg still alive:", f.is_alive())


if __name__ == "__main__":
    main()
