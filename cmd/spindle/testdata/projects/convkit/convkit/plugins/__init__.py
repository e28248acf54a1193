import importlib
import logging
import pkgutil

log = logging.getLogger(__name__)
_loaded = []


def discover():
    """Import every module of this package once; each defines converters."""
    if _loaded:
        return _loaded
    for info in pkgutil.iter_modules(__path__, __name__ + "."):
        if info.name.rsplit(".", 1)[1].startswith("_"):
            continue
        importlib.import_module(info.name)
        _loaded.append(info.name.rsplit(".", 1)[1])
        log.debug("loaded plugin %s", info.name)
    return _loaded
