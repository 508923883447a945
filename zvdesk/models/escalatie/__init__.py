"""Toolbox §2.4 Escalatie-afspraken (AVE): who holds regie in each phase of an escalating case."""
