"""Benchmarks of frontline-map: ``python -m bench [NAME ...]`` runs them and prints a table."""
