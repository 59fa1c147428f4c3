"""The OpenAPI 3.1 description of the JSON API, built around the contract's schemas."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from agreements import openapi as open_data


@lru_cache(maxsize=1)
def openapi_document(schemas: Path) -> dict[str, Any]:
    request = json.loads((schemas / "assessment-request.schema.json").read_text())
    result = json.loads((schemas / "assessment-result.schema.json").read_text())
    errors = {
        "type": "object",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Migrant social security rights portal",
            "version": "1",
            "description": "Which social security rights follow a migrant worker across borders. "
            "Results are information, not decisions.",
        },
        "paths": {
            "/api/v1/assessments": {
                "post": {
                    "summary": "Assess a person's situation",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/AssessmentRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The assessment",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/AssessmentResult"}
                                }
                            },
                        },
                        "400": {
                            "description": "Bad input, with a message per field",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Errors"}
                                }
                            },
                        },
                        "413": {
                            "description": "Request too large",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Errors"}
                                }
                            },
                        },
                    },
                }
            },
            **open_data.PATHS,
        },
        "components": {
            "schemas": {
                "AssessmentRequest": _components(request, "AssessmentRequest"),
                "AssessmentResult": _components(result, "AssessmentResult"),
                "Errors": errors,
                **open_data.SCHEMAS,
            }
        },
    }


def _components(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """Inline the schema with its $defs rewritten to live under the component."""
    text = json.dumps({k: v for k, v in schema.items() if k not in {"$schema", "$id"}})
    return json.loads(text.replace('"#/$defs/', f'"#/components/schemas/{name}/$defs/'))
