"""Dialogs: contact, office, import preview, settings."""
