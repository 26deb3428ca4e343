"""`python -m pipeline`: the command line lives with the flows it starts (pipeline/ itself never imports Prefect)."""

from flows.cli import main

main()
