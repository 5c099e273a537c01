"""Shared plumbing: unit of work, errors, paging, audit, sign-in, validation, CSV safety."""
