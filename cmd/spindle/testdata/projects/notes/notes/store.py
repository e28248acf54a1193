import json
import logging
from pathlib import Path

from . import util
from .model import Note, Priority

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data" / "notes.json"


def load_raw(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load(path=None):
    path = Path(path) if path else DATA
    raw = load_raw(path)
    notes = []
    for item in raw:
        try:
            prio = Priority.parse(item.get("priority", "normal"))
        except ValueError as e:
            log.warning("note %s: %s", item["id"], e)
            prio = Priority.NORMAL
        notes.append(Note(item["id"], item["text"], prio, item.get("tags", []), item.get("done", False), item.get("due")))
    log.debug("loaded %d notes from %s", len(notes), path.name)
    return sorted(notes)


def stats(notes):
    done = 0
    high = 0
    for n in notes:
        done = util.add(done, n.done)
        high = util.add(high, n.priority is Priority.HIGH)
    return {"total": len(notes), "done": done, "high": high, "percent": util.percent(done, len(notes))}
