"""Story state: variables, flags, evidence and what the player has seen."""
