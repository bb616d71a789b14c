"""The national-scale benchmark (a package only so that the import contracts can see it)."""
