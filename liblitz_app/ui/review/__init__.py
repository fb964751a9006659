"""The review pane: one released memory at a time, its proposal, the guards' flags, and the decision."""
