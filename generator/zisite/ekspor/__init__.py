"""`zisite ekspor`: a plan (and a realisasi template) as an Excel workbook that `zisite impor` reads back."""
