"""1.4 Samenwerken aan opgaven: intakes, agreements, governance and glossary."""
