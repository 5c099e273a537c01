"""Qt item models over service DTOs (one table model per list, proxies, lazy paging)."""
