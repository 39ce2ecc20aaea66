"""Generic formats: RFC 3464, RFC 3834 auto-replies, older layouts and the text heuristic."""
