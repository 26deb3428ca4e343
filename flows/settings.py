"""Prefect settings this machine needs (see shared/ENVIRONMENT.md), applied before Prefect is imported."""

import os

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # the server looks up an analytics host at start
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",  # the default 20 s is too tight here
    # the temporary server would import every installed Prefect collection (prefect-dask: dask,
    # distributed, numpy; ~25 MB) to register block types; these flows use no blocks
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
    # a temporary server (started by this process when no API is configured; a lasting server keeps its own
    # settings) would write every task run's state events into its database: ~40 ms of server CPU a document,
    # taken from the cores the documents are read on. Flow runs and logs are still recorded; task runs, read
    # by nobody while the temporary server lives, are not
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "pipeline",  # the library's logs join the run logs inside flows,
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",  # and stay with the normal handlers outside them
}
# one log format for the command line's own records and Prefect's (its "standard" console format)
LOG_FORMAT = "%(asctime)s.%(msecs)03d | %(levelname)-7s | %(name)s - %(message)s"
LOG_DATE_FORMAT = "%H:%M:%S"


def apply() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
