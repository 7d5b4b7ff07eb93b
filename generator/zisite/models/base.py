"""The one configuration every data model shares."""

from pydantic import BaseModel, ConfigDict


class DataModel(BaseModel):
    """Frozen, strict about unknown keys, and never coercing text to numbers."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=False,
        validate_default=True,
        use_attribute_docstrings=False,
    )
