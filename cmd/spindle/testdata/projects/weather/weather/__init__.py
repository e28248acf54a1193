from .config import Config, load_config
from .station import Reading, Station, Summary

__all__ = ["Config", "load_config", "Reading", "Station", "Summary"]
