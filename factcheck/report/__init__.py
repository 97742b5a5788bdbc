"""Formatting results: the only place that turns data into text. ``rich`` is imported by terminal.py alone."""
