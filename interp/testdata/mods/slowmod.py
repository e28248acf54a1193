import time
runs = 1
time.sleep(0.05)
value = "ready"
