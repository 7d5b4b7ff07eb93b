"""The URL scheme, the same on every office site so a province can link across them. Page URLs come
from the page registry; data and evidence files sit beside them."""

from __future__ import annotations

from dataclasses import dataclass

from . import registry


@dataclass(frozen=True)
class OfficeUrls:
    """Site paths of one office's pages; ``prefix`` is '' for a single-office build."""

    prefix: str

    def _p(self, path: str) -> str:
        return f"{self.prefix}{path}"

    def to(self, key: str, **fields) -> str:
        """The site path of a registered page, e.g. ``to("rencana-aksi", tahun=2026)``."""
        return self._p(registry.url(key, **fields))

    @property
    def home(self) -> str:
        return self.to("beranda")

    def plan(self, year: int) -> str:
        return self.to("rencana-aksi", tahun=year)

    def page(self, key: str) -> str:
        """A public page such as ``gratifikasi/`` or ``wbs/``."""
        return self.to(key)

    @property
    def monev(self) -> str:
        return self.to("monev")

    def evidence(self, path: str) -> str:
        """An evidence file ``bukti/…`` committed under the office's content folder."""
        return self._p(path)

    @property
    def data(self) -> str:
        return self.to("data")

    def data_file(self, name: str) -> str:
        return f"{self.data}{name}"

    @staticmethod
    def source(path: str) -> str:
        """The Markdown source a site path is rendered from."""
        return f"{path}index.md"
