"""The problem tree page's parts: the item lists, the link panel and the diagram."""
