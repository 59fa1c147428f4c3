"""The questionnaire, the rules engine, assessments, result pages, PDF and JSON API."""
