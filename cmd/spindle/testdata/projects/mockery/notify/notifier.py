from . import transport


class Notifier:
    def __init__(self, clock=None):
        self.clock = clock
        self.sent = []

    def notify(self, user, message):
        if user.get("phone"):
            for attempt in range(transport.RETRIES):
                try:
                    transport.send_sms(user["phone"], message)
                    break
                except ConnectionError:
                    continue
            else:
                return False
        if user.get("email"):
            transport.send_email(user["email"], "Уведомление", body=message)
        stamp = self.clock.now() if self.clock else None
        self.sent.append((user["name"], stamp))
        return True
