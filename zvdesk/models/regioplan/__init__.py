"""The Regioplan (seed 004): the region's plan, from vliegende start to annexes."""
