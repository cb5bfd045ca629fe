"""Use cases on top of storage: cases, journal, evidence, search, trash. No Qt."""
