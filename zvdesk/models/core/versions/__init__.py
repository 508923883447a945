"""Vastgestelde versies: named, dated, read-only versions of a project kept inside the file."""
