"""Benchmark and fault-injection helpers (not part of the application)."""
