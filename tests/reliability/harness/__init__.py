"""Fault harness: many exam clients against a PostgreSQL that a nemesis keeps breaking.

Pieces (each its own module): :mod:`.pgcluster` (a private PostgreSQL on 127.0.0.1 that can be
crash-restarted), :mod:`.proxy` (a TCP proxy that delays and drops connections), :mod:`.seed`
(school, students, item bank and a 30-item exam), :mod:`.client` (one student process driving
the real exam controller + journal + ExamApi), :mod:`.nemesis`, :mod:`.invariants` and
:mod:`.runner` (orchestration and the report). ``benchmarks/fault_harness.py`` is the CLI.
"""
