"""Subjects screen: the school's subjects and strands (영역) with Korean and English names."""
