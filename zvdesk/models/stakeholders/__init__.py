"""2.1 Stakeholder- en krachtenveldanalyse and its communication strategy."""
