"""2.2 Timing bij samenwerken en agenderen: beslismomenten against the partners' cycles."""
