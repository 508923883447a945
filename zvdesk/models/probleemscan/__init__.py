"""1.1 Probleemscan: the start questions, each participant's answers, summary and proposal."""
