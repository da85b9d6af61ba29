"""Reusable widgets: the contact card, editable value lists."""
