"""1.3 Impact framework / beleidstheorie: the chain, mechanisms, context and checks."""
