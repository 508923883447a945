"""Monitoring: indicators with baseline and target, measurements over time, who discusses them."""
