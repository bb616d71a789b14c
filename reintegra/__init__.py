"""Reintegra: case management for prison and probation services."""
