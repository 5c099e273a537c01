"""Classes, enrollment and roster import/export."""
