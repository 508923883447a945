"""3.1 Dilemmaschuif: dilemmas between two values, everyone's position on the line, the choice."""
