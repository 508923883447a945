"""0 Stappenplan: the five steps, the time-out, goals, roles and monitoring per step."""
