"""Fault injection: each environment fault gives its plain message and loses nothing."""
