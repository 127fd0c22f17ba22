"""Task 3: evaluation sets, code scorers, gates, and the offline evaluation that gates promotion."""
