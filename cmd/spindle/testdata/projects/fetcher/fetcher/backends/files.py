from pathlib import Path

from . import backend
from ..engine import FetchError

ROOT = Path(__file__).with_name("pages")


@backend("files")
class FileBackend:
    def fetch(self, url):
        path = ROOT / (url.strip("/") or "index")
        path = path.with_suffix(".html")
        if not path.is_file():
            raise FetchError(f"no file {path.name}")
        return path.read_text(encoding="utf-8").strip()
