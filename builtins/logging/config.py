"""logging.config for spindle: dictConfig and DictConfigurator, the
dictionary schema (version 1) of CPython's logging.config: formatters,
filters, handlers, loggers, root, disable_existing_loggers, '()'
factories, 'ext://' and 'cfg://' values. Incremental configuration,
fileConfig and listen are not provided."""

import logging


def _resolve(name):
    """The object a dotted name stands for, importing what it needs."""
    parts = name.split(".")
    used = parts.pop(0)
    try:
        found = __import__(used)
        for frag in parts:
            used += "." + frag
            try:
                found = getattr(found, frag)
            except AttributeError:
                __import__(used)
                found = getattr(found, frag)
        return found
    except (ImportError, AttributeError) as e:
        raise ValueError("Cannot resolve %r: %s" % (name, e)) from e


class DictConfigurator:
    """Configures logging from a dictionary, as logging.config does."""

    def __init__(self, config):
        self.config = config

    def convert(self, value):
        """A value with its 'ext://' or 'cfg://' reference resolved."""
        if isinstance(value, str):
            if value.startswith("ext://"):
                return _resolve(value[6:])
            if value.startswith("cfg://"):
                found = self.config
                for key in value[6:].split("."):
                    found = found[key]
                return found
        return value

    def configure(self):
        config = dict(self.config)
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        if config.get("incremental", False):
            raise ValueError("spindle's logging.config does not support incremental configuration")
        disable_existing = config.get("disable_existing_loggers", True)
        self.formatters = {}
        for name, conf in config.get("formatters", {}).items():
            try:
                self.formatters[name] = self.configure_formatter(conf)
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e
        self.filters = {}
        for name, conf in config.get("filters", {}).items():
            try:
                self.filters[name] = self.configure_filter(conf)
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e
        self.handler_configs = config.get("handlers", {})
        self.handlers = {}
        for name in sorted(self.handler_configs):
            self.handler(name)
        existing = _logger_names()
        children = []
        for name, conf in config.get("loggers", {}).items():
            prefix = name + "."
            children += [n for n in existing if n.startswith(prefix)]
            if name in existing:
                existing.remove(name)
            try:
                self.configure_logger(logging.getLogger(name), conf)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        for name in existing:
            logger = logging.getLogger(name)
            if name in children:
                logger.setLevel(logging.NOTSET)
                for h in logger.handlers[:]:
                    logger.removeHandler(h)
                logger.propagate = True
            else:
                logger.disabled = disable_existing
        root = config.get("root")
        if root:
            try:
                self.common_logger_config(logging.getLogger(), root)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def handler(self, name):
        """The handler called name, configured on first use (a
        MemoryHandler's target may name another)."""
        if name not in self.handlers:
            try:
                h = self.configure_handler(dict(self.handler_configs[name]))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
            h.name = name
            self.handlers[name] = h
        return self.handlers[name]

    def factory(self, config, default):
        factory = config.pop("()", None)
        if factory is None:
            return default
        return _resolve(factory) if isinstance(factory, str) else factory

    def configure_formatter(self, config):
        config = dict(config)
        if "()" in config:
            factory = self.factory(config, None)
            return factory(**{k: self.convert(v) for k, v in config.items()})
        cname = config.get("class")
        cls = _resolve(cname) if cname else logging.Formatter
        args = [config.get("format"), config.get("datefmt"), config.get("style", "%")]
        if "validate" in config:
            args.append(config["validate"])
        return cls(*args)

    def configure_filter(self, config):
        config = dict(config)
        if "()" in config:
            factory = self.factory(config, None)
            return factory(**{k: self.convert(v) for k, v in config.items()})
        return logging.Filter(config.get("name", ""))

    def configure_handler(self, config):
        formatter = config.pop("formatter", None)
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        props = config.pop(".", None)
        if "()" in config:
            factory = self.factory(config, None)
        else:
            factory = _resolve(config.pop("class"))
            if "target" in config and isinstance(config["target"], str) \
                    and config["target"] in self.handler_configs:
                config["target"] = self.handler(config["target"])
        result = factory(**{k: self.convert(v) for k, v in config.items()})
        if formatter:
            try:
                result.setFormatter(self.formatters[formatter])
            except KeyError as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        if level is not None:
            result.setLevel(level)
        for f in filters or []:
            result.addFilter(self.filters[f] if isinstance(f, str) else f)
        for k, v in (props or {}).items():
            setattr(result, k, v)
        return result

    def configure_logger(self, logger, config):
        self.common_logger_config(logger, config)
        logger.disabled = False
        if config.get("propagate") is not None:
            logger.propagate = config["propagate"]

    def common_logger_config(self, logger, config):
        level = config.get("level")
        if level is not None:
            logger.setLevel(level)
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for name in config.get("handlers", []):
            try:
                logger.addHandler(self.handlers[name])
            except KeyError as e:
                raise ValueError("Unable to add handler %r" % name) from e
        for f in config.get("filters", []):
            logger.addFilter(self.filters[f] if isinstance(f, str) else f)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()
