"""Reference data: countries, ILO instruments and ratifications, agreements, national rules."""
