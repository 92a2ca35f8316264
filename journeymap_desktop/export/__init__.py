"""(This package is built by its own issue; see docs/architecture.md.)"""
