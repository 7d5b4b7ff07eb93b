"""The rule every yearly data file obeys: the ``kantor`` it names is the folder it sits in, and its
``tahun`` is the year in its file name. Plans, realisasi and statistics all ask here, so the rule,
its message and its hint read the same everywhere."""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity
from ..load.yaml import Loaded


def office_and_year(loaded: Loaded, data, *, file_name: str, year: int, kind: str, folder: str | None = None,
                    offer_move: bool = True) -> Diagnostic | None:
    """The first mismatch as a diagnostic coded ``<kind>-office`` / ``<kind>-year``, or None.

    ``folder``: the office slug of the ``plans/<slug>/`` folder (None where the file names no office);
    ``offer_move``: also suggest moving or renaming the file (not for realisasi, whose name follows its plan).
    """
    if folder is not None and data.kantor != folder:
        line, column = loaded.place(("kantor",))
        hint = f"tulis kantor: {folder}" + (f", atau pindahkan berkas ke plans/{data.kantor}/" if offer_move else "")
        return Diagnostic(loaded.display, line, column, Severity.ERROR,
                          f"'kantor' bernilai '{data.kantor}', padahal berkas ada di folder plans/{folder}/",
                          hint=hint, code=f"{kind}-office")
    if data.tahun != year:
        line, column = loaded.place(("tahun",))
        suffix = file_name[file_name.index("."):]
        hint = f"tulis tahun: {year}" + (f", atau ganti nama berkas menjadi {data.tahun}{suffix}" if offer_move else "")
        return Diagnostic(loaded.display, line, column, Severity.ERROR,
                          f"'tahun' bernilai {data.tahun}, padahal nama berkasnya {file_name}", hint=hint,
                          code=f"{kind}-year")
    return None
