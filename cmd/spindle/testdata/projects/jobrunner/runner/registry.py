import functools
import logging

log = logging.getLogger(__name__)

JOBS = {}


def job(name=None, *, retries=0):
    """Registers a function as a job: @job or @job("name", retries=2)."""
    if callable(name):
        return job()(name)

    def register(fn):
        key = name or fn.__name__
        if key in JOBS:
            raise KeyError(f"job {key!r} registered twice")

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(retries + 1):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError as e:
                    log.warning("%s failed (attempt %d): %s", key, attempt + 1, e)
            raise RuntimeError(f"{key}: gave up after {retries + 1} attempts")

        wrapper.retries = retries
        JOBS[key] = wrapper
        log.debug("registered %s", key)
        return wrapper

    return register


def get(name):
    try:
        return JOBS[name]
    except KeyError:
        raise LookupError(f"no job named {name!r}") from None
