"""Task 4: serve the version that passed evaluation, smoke test it, roll back on failure."""
