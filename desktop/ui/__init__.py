"""The desktop app: PySide6 widgets and Qt models over the services. Never holds a Session."""
