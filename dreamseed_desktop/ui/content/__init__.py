"""Item content in Qt: formulas and pictures in text documents and widgets."""
