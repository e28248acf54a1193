import argparse
import sys

from . import Station, load_config


def fake_sensor(sensor_id, i):
    return round(-20 + 7.5 * sensor_id + 1.25 * i * (1 if sensor_id % 2 else -1), 2)


def main(argv=None):
    p = argparse.ArgumentParser(prog="weather", description="Poll the station's sensors.")
    p.add_argument("-r", "--rounds", type=int, default=3, choices=range(1, 6), metavar="N")
    p.add_argument("--config", help="a JSON file of settings")
    args = p.parse_args(argv)
    try:
        cfg = load_config(args.config) if args.config else load_config()
    except (OSError, KeyError, ValueError) as e:
        print(f"weather: bad config: {e}", file=sys.stderr)
        return 1
    station = Station(cfg, fake_sensor)
    print(station.report(station.collect(args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
