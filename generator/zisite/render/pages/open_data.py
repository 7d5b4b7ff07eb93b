"""The open data page: every dataset of the office as CSV and JSON, described by datapackage.json."""

from __future__ import annotations

from .. import opendata
from ..output import Asset
from ..stats_data import stats_tables
from .common import PageContext, Rendered, build_page


def view(ctx: PageContext) -> Rendered:
    office = ctx.office
    urls = office.urls
    tables = stats_tables(office.entry.stats) + opendata.monev_tables(office.entry.plans, office.monev, urls.evidence)
    assets = []
    for name, _title, fields, records in tables:
        assets.append(Asset(urls.data_file(f"{name}.csv"), opendata.table_csv(fields, records)))
        assets.append(Asset(urls.data_file(f"{name}.json"), opendata.table_json(records)))
    package = urls.data_file("datapackage.json")
    assets.append(Asset(package, opendata.datapackage(office.entry.slug, office.office, office.plans, tables)))
    page = build_page(ctx, ctx.template, office=office.office, plans=office.plans, urls=urls, package=package,
                      tables=[(name, title, any(r["contoh"] for r in records)) for name, title, _f, records in tables])
    return Rendered(page, tuple(assets))
