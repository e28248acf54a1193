import threading


def work():
    pass


t = threading.Thread(target=work)
t.start()
t.join()
plain = threading.Thread()

for action, fn in [
    ("start twice", lambda: t.start()),
    ("join before start", lambda: plain.join()),
    ("join current", lambda: threading.main_thread().join()),
    ("daemon after start", lambda: setattr(t, "daemon", True)),
    ("bad group", lambda: threading.Thread(group=1)),
    ("bad kwarg", lambda: threading.Thread(targte=work)),
]:
    try:
        fn()
        print(action, "ok")
    except RuntimeError as e:
        print(action, "RuntimeError:", e)
    except AssertionError as e:
        print(action, "AssertionError:", e)
    except TypeError as e:
        print(action, "TypeError:", e)
