"""Entry point for the frozen app (PyInstaller runs its script as __main__, outside the package)."""
from liblitz_app.cli import main

raise SystemExit(main())
