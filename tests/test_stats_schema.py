"""schemas/ is what `zisite schema` writes today, so editors validate against the real models."""

from __future__ import annotations

import json

from helpers import ROOT


def test_schemas_are_up_to_date(cli, tmp_path):
    result = cli("schema", "--output", str(tmp_path))
    assert result.code == 0, result.out + result.err
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert written == sorted(p.name for p in (ROOT / "schemas").glob("*.json"))
    for name in written:
        assert (tmp_path / name).read_text(encoding="utf-8") == (ROOT / "schemas" / name).read_text(encoding="utf-8"), (
            f"schemas/{name} is out of date: run `zisite schema`")


def test_statistics_schemas_forbid_unknown_keys_and_describe_fields():
    for kind in ("pengaduan", "gratifikasi", "wbs", "survei"):
        schema = json.loads((ROOT / "schemas" / f"statistik-{kind}.schema.json").read_text(encoding="utf-8"))
        assert schema["additionalProperties"] is False
        assert {"contoh", "tahun"} <= set(schema["required"])
        for definition in [schema, *schema.get("$defs", {}).values()]:
            for name, field in definition.get("properties", {}).items():
                assert field.get("description"), f"{kind}: {name} has no description"


def test_channel_keys_are_a_fixed_set():
    schema = json.loads((ROOT / "schemas" / "statistik-pengaduan.schema.json").read_text(encoding="utf-8"))
    channels = schema["$defs"]["ComplaintChannels"]
    assert channels["additionalProperties"] is False
    assert list(channels["properties"]) == ["website", "email", "telepon_whatsapp", "langsung", "surat", "lapor",
                                            "media_sosial", "lainnya"]
