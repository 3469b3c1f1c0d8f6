"""Exchange with other planning tools: Miradi (XMPZ2) and IATI 2.03 activity files."""
