"""`zisite impor`: an office's Word, Excel, CSV or PDF Rencana Aksi becomes plan YAML.

Readers (one module per format) turn a file into tables of cells; ``roles`` names the columns;
``tree`` builds the four-level plan; ``write`` writes it; ``report`` says what was decided.
Only ``command`` is imported by the CLI, and only when the command runs: the readers' libraries
are the optional ``impor`` extra.
"""
