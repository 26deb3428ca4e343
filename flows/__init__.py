"""Prefect flows and deployments over the `pipeline` library."""

from flows import settings

settings.apply()
