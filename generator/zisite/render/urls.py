"""The URL scheme, the same on every office site so a province can link across them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeUrls:
    """Site paths of one office's pages; ``prefix`` is '' for a single-office build."""

    prefix: str

    def _p(self, path: str) -> str:
        return f"{self.prefix}{path}"

    @property
    def home(self) -> str:
        return self._p("")

    def plan(self, year: int) -> str:
        return self._p(f"rencana-aksi/{year}/")

    def page(self, key: str) -> str:
        """A public page such as ``gratifikasi/`` or ``wbs/``."""
        return self._p(f"{key}/")

    @property
    def monev(self) -> str:
        return self._p("monev/")

    def evidence(self, path: str) -> str:
        """An evidence file ``bukti/…`` committed under the office's content folder."""
        return self._p(path)

    @property
    def data(self) -> str:
        return self._p("data/")

    def data_file(self, name: str) -> str:
        return self._p(f"data/{name}")

    @staticmethod
    def source(path: str) -> str:
        """The Markdown source a site path is rendered from."""
        return f"{path}index.md"
