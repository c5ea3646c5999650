"""Check the numbers in a news article and render a brief reviewers can trust."""

__version__ = "0.1.0"
