"""A module whose functions read its globals, for module_patch.py."""
LIMIT = 3
GREETING = "привет"


def fetch(url):
    return "real:" + url


def crawl(urls):
    return [fetch(u) for u in urls[:LIMIT]]


class Client:
    def get(self):
        return GREETING + " " + fetch("x")
