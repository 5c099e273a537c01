"""Typed settings, per-user paths and logging set-up."""
