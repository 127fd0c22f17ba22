"""Cost analysis: the price table, the per-request estimate from tokens and its monthly
projection (`python -m <package> cost`), and the SQL over system.billing for the real bill."""
