"""Feedback formats: ARF complaint reports (RFC 5965)."""
