"""The engines behind an interview: offline rules and templates, or a model server."""
