"""office.yaml for a new office, generated from the Office model so its comments never drift.

Every field appears: the required ones filled with placeholders that pass validation, the others
commented out with an example value. The comments are the fields' own (Indonesian) descriptions.
"""

from __future__ import annotations

import json
import re
import types
import typing
from dataclasses import dataclass

from pydantic import BaseModel

from ..models import Office

# Example values for optional fields; anything not here comes from "misalnya '…'" in the description.
EXAMPLES: dict[str, object] = {
    "alamat": "Jl. Contoh No. 1",
    "situs_web": "https://contoh.kpu.go.id",
    "email": "info@contoh.go.id",
    "email_pengaduan": "pengaduan@contoh.go.id",
    "telepon": "0451 123456",
    "hotline": "0812 3456 7890",
    "whatsapp": "0812 3456 7890",
    "media_sosial.platform": "instagram",
    "media_sosial.url": "https://www.instagram.com/kpucontoh",
    "tautan.pengaduan": "https://contoh.go.id/pengaduan",
    "tautan.wbs": "https://contoh.go.id/wbs",
    "tautan.survei_kepuasan": "https://contoh.go.id/survei-kepuasan",
    "tautan.survei_antikorupsi": "https://contoh.go.id/survei-antikorupsi",
    "tautan.ppid": "https://contoh.go.id/ppid",
    "tautan.jdih": "https://contoh.go.id/jdih",
    "upg.email": "upg@contoh.go.id",
    "upg.telepon": "0451 123456",
    "judul": "Judul dokumen",
    "nomor": "Nomor 1 Tahun 2026",
    "tautan": "https://contoh.go.id/dokumen.pdf",
    "maklumat_pelayanan": "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.",
    "layanan.nama": "Layanan Informasi Publik",
    "layanan.persyaratan": "Mengisi formulir permohonan informasi",
    "layanan.prosedur": "Permohonan diterima, diproses, lalu informasi diberikan",
    "layanan.jangka_waktu": "10 hari kerja",
    "layanan.produk": "Informasi publik yang diminta",
    "layanan.pengaduan": "Melalui meja layanan atau surel pengaduan",
    "inovasi.uraian": "Siaran rutin tentang tahapan pemilu dan layanan kantor",
    "inovasi.tautan": "https://contoh.go.id/podcast",
    "tanggapan_hambatan_hari": 5,
}
COLUMN = 44  # where the inline description comments of nested keys start
_EXAMPLE_IN_DESCRIPTION = re.compile(r"misalnya '([^']+)'")
_PLAIN = re.compile(r"[A-Za-z][^:#\"'\n]*|https?://[^\s#]+")
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


@dataclass(frozen=True)
class Line:
    text: str
    value: bool  # a key/value line (commented out for optional fields), not a description


def scalar(value: object) -> str:
    """A YAML scalar that the zisite loader reads back as the same text (quoted unless plainly safe)."""
    if isinstance(value, bool | int):
        return str(value).lower()
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML11_WORDS and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


def _parts(annotation) -> tuple[str, object]:
    """('model' | 'list' | 'scalar', inner type) of a field annotation, Optional and Annotated unwrapped."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _parts(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _parts(inner[0])
    if typing.get_origin(annotation) is tuple:
        return "list", typing.get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model", annotation
    return "scalar", annotation


def _choices(annotation) -> list[str]:
    _, inner = _parts(annotation)
    while typing.get_origin(inner) is typing.Annotated:
        inner = typing.get_args(inner)[0]
    return list(typing.get_args(inner)) if typing.get_origin(inner) is typing.Literal else []


def describe(field) -> str:
    text = (field.description or "").strip()
    choices = _choices(field.annotation)
    if choices:
        text += f" Pilihan: {', '.join(choices)}."
    return text


def example(path: str, field) -> object:
    name = path.rsplit(".", 1)[-1]
    found = _EXAMPLE_IN_DESCRIPTION.search(field.description or "")
    if path in EXAMPLES:
        return EXAMPLES[path]
    if found:
        return found.group(1)
    if name in EXAMPLES:
        return EXAMPLES[name]
    choices = _choices(field.annotation)
    if choices:
        return choices[0]
    return f"Isi {name.replace('_', ' ')}"


def _with_comment(text: str, comment: str) -> str:
    return f"{text.ljust(COLUMN)}  # {comment}" if comment else text


def _nested(model: type[BaseModel], path: str, indent: str, first_prefix: str | None = None) -> list[str]:
    """Every field of ``model`` as YAML lines, each with its description as an inline comment."""
    lines: list[str] = []
    for i, (name, field) in enumerate(model.model_fields.items()):
        lead = first_prefix if (first_prefix is not None and i == 0) else indent
        kind, inner = _parts(field.annotation)
        key = f"{path}.{name}"
        if kind == "model":
            lines.append(_with_comment(f"{lead}{name}:", describe(field)))
            lines += _nested(inner, key, indent + "  ")
        elif kind == "list":
            lines.append(_with_comment(f"{lead}{name}:", describe(field)))
            lines += _nested(inner, key, indent + "    ", first_prefix=indent + "  - ")
        else:
            lines.append(_with_comment(f"{lead}{name}: {scalar(example(key, field))}", describe(field)))
    return lines


def office_lines(filled: dict[str, object]) -> list[Line]:
    """The body of office.yaml: each top-level field with its description above it."""
    lines: list[Line] = []
    for name, field in Office.model_fields.items():
        required = field.is_required()
        note = describe(field) + (" Wajib diisi." if required else "")
        lines.append(Line("", False))
        lines.append(Line(f"# {note}", False))
        kind, inner = _parts(field.annotation)
        if name in filled or required:
            lines.append(Line(f"{name}: {scalar(filled[name])}", False))
        elif kind == "model":
            lines.append(Line(f"{name}:", True))
            lines += [Line(text, True) for text in _nested(inner, name, "  ")]
        elif kind == "list":
            lines.append(Line(f"{name}:", True))
            lines += [Line(text, True) for text in _nested(inner, name, "    ", first_prefix="  - ")]
        else:
            lines.append(Line(f"{name}: {scalar(example(name, field))}", True))
    return lines


HEADER = """\
# yaml-language-server: $schema=../../../schemas/office.schema.json
# Identitas dan saluran {nama_singkat}, ditampilkan di setiap halaman situs.
# Baris yang diawali '#' adalah komentar dan tidak dibaca. Untuk mengisi kunci yang masih menjadi
# komentar, hapus '# ' di depan kunci itu dan di depan baris-baris isinya, lalu ganti contohnya
# dengan data kantor. Kunci yang tidak diisi tidak ditampilkan di situs.
"""


def office_yaml(filled: dict[str, object], *, uncomment: bool = False) -> str:
    """The whole file; ``uncomment`` turns every example on (used to test that the examples are valid)."""
    body = []
    for line in office_lines(filled):
        body.append(line.text if (uncomment or not line.value) else f"# {line.text}")
    return HEADER.format(**{k: filled.get(k, "") for k in ("nama_singkat",)}) + "\n".join(body) + "\n"
