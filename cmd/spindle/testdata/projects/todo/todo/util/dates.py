import datetime

TODAY = None  # tests and --today set a fixed date


def today():
    return TODAY or datetime.date.today()


def parse_due(text):
    """'+3' (days from today), or an ISO date."""
    if text.startswith("+"):
        return today() + datetime.timedelta(days=int(text[1:]))
    return datetime.date.fromisoformat(text)
