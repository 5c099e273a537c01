"""Item analysis, calibration and what-if simulation."""
