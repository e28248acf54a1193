import logging.config

CONFIG = {
    "version": 1,
    "formatters": {"short": {"format": "%(levelname)-7s %(name)s | %(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "short", "stream": "ext://sys.stdout"}},
    "loggers": {"ledger": {"handlers": ["out"], "level": "INFO", "propagate": False}},
}


def setup(verbose=False):
    logging.config.dictConfig(CONFIG)
    if verbose:
        logging.getLogger("ledger").setLevel(logging.DEBUG)
