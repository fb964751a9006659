"""The emotion timeline pane and its pieces (plot, date axis, legend, undated list, range bar)."""
