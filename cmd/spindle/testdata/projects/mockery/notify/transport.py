import time

RETRIES = 3


def send_sms(number, text):
    raise RuntimeError("no network in tests")


def send_email(address, subject, body=""):
    time.sleep(10)  # would be slow: tests patch it
    return True
