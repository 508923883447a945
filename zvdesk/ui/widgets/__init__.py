"""Widgets shared by several instrument tabs."""
