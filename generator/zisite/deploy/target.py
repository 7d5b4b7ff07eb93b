"""Parse TARGET: a folder, ``ssh://[user@]host[:port]/path`` or a path ending in ``.zip``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

# Characters a remote path may hold: no shell metacharacter can reach rsync's or ssh's remote shell.
_SAFE_PATH = re.compile(r"[A-Za-z0-9._/~+-]+\Z")
_SAFE_NAME = re.compile(r"[A-Za-z0-9._:%+-]+\Z")  # a user or host (IPv6 included, brackets stripped)

_SSH = re.compile(r"ssh://(?:(?P<user>[^@/:\s]+)@)?(?P<host>\[[0-9A-Fa-f:.]+\]|[^@/:\s\[\]]+)"
                  r"(?::(?P<port>[^/]*))?(?P<path>/.*)?\Z")


@dataclass(frozen=True)
class Target:
    kind: str  # "dir", "ssh" or "zip"
    path: str
    host: str = ""
    user: str = ""
    port: int | None = None
    text: str = ""

    @property
    def destination(self) -> str:
        """``[user@]host`` as ssh and rsync want it."""
        return f"{self.user}@{self.host}" if self.user else self.host


def parse_target(text: str) -> Target:
    text = text.strip()
    if not text:
        raise UsageError("TARGET kosong; tulis folder, ssh://[pengguna@]host[:port]/folder, atau berkas .zip")
    if "://" in text:
        return _parse_ssh(text)
    if text.lower().endswith(".zip"):
        if Path(text).is_dir():
            raise UsageError(f"TARGET '{text}' berakhiran .zip tetapi adalah folder; beri nama berkas .zip yang lain")
        return Target("zip", text, text=text)
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise UsageError(f"TARGET '{text}' adalah berkas, bukan folder; untuk arsip gunakan nama berakhiran .zip")
    return Target("dir", text, text=text)


def _parse_ssh(text: str) -> Target:
    scheme = text.split("://", 1)[0]
    if scheme.lower() != "ssh":
        raise UsageError(f"TARGET '{text}': skema '{scheme}://' tidak didukung; gunakan ssh://, folder, atau berkas .zip")
    match = _SSH.match(text)
    if not match:
        raise UsageError(f"TARGET '{text}' bukan alamat ssh yang sah; bentuknya ssh://[pengguna@]host[:port]/folder")
    port = match["port"]
    if port is not None and not (port.isdigit() and 0 < int(port) < 65536):
        raise UsageError(f"TARGET '{text}': port '{port}' tidak sah; harus angka 1–65535")
    path = match["path"] or ""
    if path in ("", "/", "/~", "/~/"):
        raise UsageError(f"TARGET '{text}' tidak menyebut folder tujuan; contoh: ssh://zi@server.example/srv/zi")
    host = match["host"].strip("[]")
    user = match["user"] or ""
    for what, value in (("pengguna", user), ("host", host)):
        if value.startswith("-"):
            raise UsageError(f"TARGET '{text}': {what} '{value}' diawali tanda '-' dan akan dibaca ssh sebagai opsi; "
                             "tidak ada yang dijalankan")
        if value and not _SAFE_NAME.match(value):
            raise UsageError(f"TARGET '{text}': {what} '{value}' memuat karakter yang tidak diizinkan; "
                             "tidak ada yang dijalankan")
    if not _SAFE_PATH.match(path):
        raise UsageError(f"TARGET '{text}': folder tujuan '{path}' memuat karakter yang tidak diizinkan "
                         "(hanya huruf, angka, dan . _ / ~ + -); tidak ada yang dijalankan")
    if path.startswith("/~/"):
        path = path[3:]  # relative to the login folder, where ssh commands start
    if path.startswith("-") or "/-" in path:
        raise UsageError(f"TARGET '{text}': bagian folder tujuan tidak boleh diawali tanda '-'; "
                         "tidak ada yang dijalankan")
    return Target("ssh", path.rstrip("/") or "/", host=host, user=user,
                  port=int(port) if port else None, text=text)
