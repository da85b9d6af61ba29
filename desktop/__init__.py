"""Press Desk: a living, validated directory of country-office press contacts."""

__version__ = "0.1.0"
APP_NAME = "PressDesk"
APP_ID = "org.pressdesk.PressDesk"
