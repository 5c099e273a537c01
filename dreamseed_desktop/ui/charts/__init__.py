"""pyqtgraph charts: one class per chart, each fed through ``set_data(...)``; none query data.

See docs/charts.md for the list of charts and their ``set_data`` signatures.
"""
from __future__ import annotations
