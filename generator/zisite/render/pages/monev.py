"""The Monev page: progress of every plan on the build date, late rows, calendar, evidence files."""

from __future__ import annotations

from .. import monev
from ..output import Asset
from .common import PageContext, Rendered, build_page


def view(ctx: PageContext) -> Rendered:
    office = ctx.office
    urls = office.urls
    updated = office.updated
    page = build_page(ctx, ctx.template, office=office.office,
                      plans=[office.monev[year] for year in sorted(office.monev, reverse=True)],
                      plan_urls={p.plan.tahun: urls.plan(p.plan.tahun) for p in office.entry.plans},
                      updated=updated[0] if updated else None, updated_from=updated[1] if updated else None,
                      evidence_url=urls.evidence, help=monev.STATUS_HELP)
    evidence = tuple(Asset(urls.evidence(bukti.berkas), source=str(office.content_dir / bukti.berkas))
                     for plan_entry in office.entry.plans
                     for record in (plan_entry.realisasi.realisasi if plan_entry.realisasi else ())
                     for bukti in record.bukti if bukti.berkas)
    return Rendered(page, evidence)
