"""Places where a document is at risk: sync folders and network shares.

Dropbox, OneDrive, Google Drive and iCloud copy a file while rmdesk writes it, and two computers
editing the same synced file overwrite each other's work; network shares often ignore the lock
that keeps one editor at a time. rmdesk warns, and offers to work on a local copy.
"""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

SYNC_FOLDERS = {
    "Dropbox": re.compile(r"^dropbox( \(.+\))?$", re.IGNORECASE),
    "OneDrive": re.compile(r"^onedrive( - .+)?$", re.IGNORECASE),
    "Google Drive": re.compile(r"^(google ?drive|my drive|googledrive-\d+|g:)$", re.IGNORECASE),
    "iCloud Drive": re.compile(r"^(icloud ?drive|com~apple~clouddocs|mobile documents)$", re.IGNORECASE),
    "Box": re.compile(r"^box( sync)?$", re.IGNORECASE),
}
NETWORK_FILESYSTEMS = {
    "cifs",
    "smbfs",
    "smb3",
    "nfs",
    "nfs4",
    "afpfs",
    "fuse.sshfs",
    "9p",
    "davfs",
    "fuse.rclone",
}


def sync_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path``, judged by the folders on the way to it."""
    parts = list(path.parts)
    for part in parts:
        for service, pattern in SYNC_FOLDERS.items():
            if pattern.match(part):
                return service
    # macOS keeps cloud folders under ~/Library/CloudStorage/<Service>-<account>
    for before, part in itertools.pairwise(parts):
        if before == "CloudStorage":
            return next((s for s in SYNC_FOLDERS if part.lower().startswith(s.lower().split()[0])), part)
    return None


def network_share(path: PurePath, mounts: str | None = None) -> bool:
    """Whether ``path`` lies on a network share: a Windows UNC path, or a network mount on Unix."""
    if isinstance(path, PureWindowsPath):
        return str(path).startswith("\\\\")
    text = mounts if mounts is not None else _mounts()
    best, kind = "", ""
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].replace("\\040", " ")
            if (str(path) == point or str(path).startswith(point.rstrip("/") + "/")) and len(point) > len(
                best
            ):
                best, kind = point, fields[2]
    return kind in NETWORK_FILESYSTEMS


def _mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8")
    except OSError:
        return ""


def risk(path: Path) -> str | None:
    """One sentence saying why this place is risky for a document, or None where it is safe."""
    resolved = path.resolve()
    pure: PurePath = PureWindowsPath(str(resolved)) if os.name == "nt" else PurePosixPath(str(resolved))
    service = sync_service(pure)
    if service:
        return (
            f"{path.name} is in a {service} folder. If two computers edit it, or {service} copies it "
            "while rmdesk writes, work can be lost."
        )
    if network_share(pure):
        return (
            f"{path.name} is on a network share, where two computers may open it at once and "
            "overwrite each other's work."
        )
    return None
