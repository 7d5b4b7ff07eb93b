"""`zisite deploy`: check, build, verify, then publish a site atomically, with rollback.

Targets: a folder (releases/ + a `current` symlink), the same over SSH (rsync), or a ZIP file.
The live site never changes unless every earlier step succeeded.
"""
