print("start")
start_workers()


def start_workers():
    print("hi")
