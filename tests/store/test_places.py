"""Sync folders and network shares on Windows, macOS and Linux paths."""

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from rmdesk.store.places import network_share, sync_service

W, P = PureWindowsPath, PurePosixPath


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (W(r"C:\Users\siti\Dropbox\Clients\PT Maju.rmdesk"), "Dropbox"),
        (W(r"C:\Users\siti\Dropbox (PT Contoh)\Maju.rmdesk"), "Dropbox"),
        (W(r"C:\Users\siti\OneDrive - PT Contoh Maju\HR\Maju.rmdesk"), "OneDrive"),
        (W(r"C:\Users\siti\OneDrive\Maju.rmdesk"), "OneDrive"),
        (W(r"G:\My Drive\Maju.rmdesk"), "Google Drive"),
        (W(r"C:\Users\siti\iCloudDrive\Maju.rmdesk"), "iCloud Drive"),
        (P("/Users/siti/Library/Mobile Documents/com~apple~CloudDocs/Maju.rmdesk"), "iCloud Drive"),
        (P("/Users/siti/Library/CloudStorage/OneDrive-PTContoh/Maju.rmdesk"), "OneDrive"),
        (
            P("/Users/siti/Library/CloudStorage/GoogleDrive-siti@contoh.co.id/My Drive/Maju.rmdesk"),
            "Google Drive",
        ),
        (P("/home/siti/Dropbox/Maju.rmdesk"), "Dropbox"),
        (P("/home/siti/Documents/Clients/Maju.rmdesk"), None),
        (W(r"C:\Users\siti\Documents\Maju.rmdesk"), None),
        (P("/home/siti/dropbox-notes/Maju.rmdesk"), None),
    ],
)
def test_sync_folders_are_recognised_on_every_system(path, service):
    assert sync_service(path) == service


def test_network_shares_are_recognised():
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "//fileserver/hr /mnt/hr cifs rw 0 0\n"
        "server:/export /home/siti/nfs nfs4 rw 0 0\n"
        "/dev/sdb1 /mnt/hr/local ext4 rw 0 0\n"
    )
    assert network_share(P("/mnt/hr/Clients/Maju.rmdesk"), mounts)
    assert network_share(P("/home/siti/nfs/Maju.rmdesk"), mounts)
    assert not network_share(P("/mnt/hr/local/Maju.rmdesk"), mounts)  # a local disk mounted inside it
    assert not network_share(P("/home/siti/Maju.rmdesk"), mounts)
    assert network_share(W(r"\\fileserver\hr\Maju.rmdesk"))
    assert not network_share(W(r"C:\Users\siti\Maju.rmdesk"))
