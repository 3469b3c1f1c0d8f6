"""The outline editor (Objectives → Results → Activities): tree, detail forms, edits."""
