"""Service layer: one unit of work per call, frozen DTOs out, typed domain errors."""
