"""casekeeper-cli: the services from the command line, human-readable or --json. No Qt."""
