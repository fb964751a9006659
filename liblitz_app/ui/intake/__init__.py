"""The import wizard and the arrival (backlog) pane: what the user sees of `liblitz_app.intake`."""
from .backlog_pane import BacklogPane
from .import_wizard import ImportWizard

__all__ = ["BacklogPane", "ImportWizard"]
