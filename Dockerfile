# syntax=docker/dockerfile:1
# Build stage: the locked dependencies in a virtual environment, compiled translations, static files.
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 UV_LINK_MODE=copy UV_PROJECT_ENVIRONMENT=/opt/venv
RUN pip install --no-cache-dir "uv==0.13.8"
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project
COPY . .
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* \
    && /opt/venv/bin/python manage.py compilemessages --ignore=.venv \
    && STATIC_MANIFEST=1 /opt/venv/bin/python manage.py collectstatic --no-input

# Run stage: Pango, HarfBuzz subsetting and Noto fonts for WeasyPrint; no compiler, no root.
FROM python:3.11-slim-bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-noto-cjk curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app portal
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=portal.settings
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=portal:portal /app /app
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["curl", "-fsS", "http://127.0.0.1:8000/health"]
CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
