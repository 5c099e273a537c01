"""Class and student statistics, chart data and PDF/CSV reports."""
