"""ehcp-audit: audit the quality of Education, Health and Care Plans in Word and PDF."""

__version__ = "0.1.0"
