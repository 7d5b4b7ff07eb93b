"""The two ways a deploy can fail, each with its exit code and an Indonesian message."""

from __future__ import annotations


class DeployError(Exception):
    """Data, verification or publishing failed (exit 1); the live site is unchanged."""

    exit_code = 1


class UsageError(DeployError):
    """The command itself is wrong, e.g. an unusable TARGET (exit 2)."""

    exit_code = 2
