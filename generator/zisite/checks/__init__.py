"""Checks: validate loaded data against the models and the rules a model cannot see; every problem
becomes a ``Diagnostic`` in Indonesian at file:line:col."""
