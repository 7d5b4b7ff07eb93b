"""The public pages every office site has, by URL segment. Shared by loading (which page texts an
office may override) and rendering (which pages exist)."""

PAGE_KEYS: tuple[str, ...] = (
    "zona-integritas", "gratifikasi", "wbs", "pengaduan", "survei", "benturan-kepentingan",
    "layanan-inovasi", "kontak", "aksesibilitas",
)
