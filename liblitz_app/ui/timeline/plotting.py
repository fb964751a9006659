"""pyqtgraph, bound to PySide6.

pyqtgraph picks PyQt6 before PySide6 when both are installed, unless the binding is already
imported: importing PySide6 here first makes every timeline module draw with the app's binding.
"""
from __future__ import annotations

from PySide6 import QtCore  # noqa: F401  (must precede pyqtgraph)

import pyqtgraph as pg  # noqa: E402

__all__ = ["pg"]
