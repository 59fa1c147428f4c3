"""The dataset as reviewable YAML: one file per agreement, per country's national law, per
ratified convention and per group, and one translation file per language.

The database tables stay as they were; `read` turns the files into the tables' rows, and
`write` turns the rows back into files, so the loader, the exporter and the converter from
the old CSV files share one mapping.
"""
