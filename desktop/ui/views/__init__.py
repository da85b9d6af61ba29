"""The main window's views: contacts, offices, releases."""
