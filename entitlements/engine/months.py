"""Calendar months as integers, so that periods become sets and overlaps count once."""

from datetime import date

Month = int  # year * 12 + (month - 1)


def month_of(year: int, month: int) -> Month:
    return year * 12 + month - 1


def parse_month(text: str) -> Month:
    """Read a `YYYY-MM` string; raises ValueError when it is not one."""
    year_text, month_text = text.split("-")
    if len(year_text) != 4 or len(month_text) != 2:
        raise ValueError(text)
    year, month = int(year_text), int(month_text)
    if not 1 <= month <= 12:
        raise ValueError(text)
    return month_of(year, month)


def month_of_date(day: date) -> Month:
    return month_of(day.year, day.month)


def format_month(month: Month) -> str:
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def first_day(month: Month) -> date:
    return date(month // 12, month % 12 + 1, 1)
