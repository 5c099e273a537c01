"""The item bank: items, parameters, CSV import/export and content rules."""
