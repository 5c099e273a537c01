"""Classes screen."""
