"""Authenticode signatures with osslsigncode, so that Windows (SmartScreen, AppLocker rules
by publisher, the UAC prompt of the MSI) can tell who made the launchers, the uninstaller
and the installers.

The certificate is the county's or the vendor's code-signing certificate as a PKCS#12 file
(``.pfx``), passed to ``installer/build.py`` with ``--sign-pkcs12``; its password is read from
a file (``--sign-password-file``), never from the command line, where other users could see
it. A timestamp server (``--timestamp-url``) keeps signatures valid after the certificate
expires; it is the only step of a build that needs the network, and is left out unless given.

NSIS writes its uninstaller while it compiles; it signs it through ``!uninstfinalize``, which
runs ``python installer/signing.py FILE`` with the signer in environment variables.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PRODUCT = "LK40 Workshop-Studio"
_ENV = {
    "pkcs12": "LK40_SIGN_PKCS12",
    "password": "LK40_SIGN_PASSWORD_FILE",
    "timestamp": "LK40_SIGN_TIMESTAMP_URL",
}


@dataclass(frozen=True)
class Signer:
    """A code-signing certificate and how to use it."""

    pkcs12: Path
    password_file: Path | None = None
    timestamp_url: str | None = None

    def sign(self, path: Path) -> None:
        """Sign ``path`` in place (an .exe or an .msi), SHA-256."""
        signed = path.with_name(path.name + ".signing")
        command = [
            shutil.which("osslsigncode") or "osslsigncode",
            "sign",
            "-pkcs12",
            str(self.pkcs12),
            "-h",
            "sha256",
            "-n",
            PRODUCT,
            "-in",
            str(path),
            "-out",
            str(signed),
        ]
        if self.password_file is not None:
            command[2:2] = ["-readpass", str(self.password_file)]
        if self.timestamp_url:
            command[2:2] = ["-ts", self.timestamp_url]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        signed.replace(path)

    def environment(self) -> dict[str, str]:
        """The signer as environment variables, for ``python signing.py FILE``."""
        values = {_ENV["pkcs12"]: str(self.pkcs12.resolve())}
        if self.password_file is not None:
            values[_ENV["password"]] = str(self.password_file.resolve())
        if self.timestamp_url:
            values[_ENV["timestamp"]] = self.timestamp_url
        return values

    @staticmethod
    def command_line() -> str:
        """The command that signs one file (``%1``), for NSIS's ``!uninstfinalize``."""
        return f'"{sys.executable}" "{Path(__file__).resolve()}" "%1"'

    @classmethod
    def from_environment(cls) -> Signer:
        password = os.environ.get(_ENV["password"])
        return cls(
            Path(os.environ[_ENV["pkcs12"]]),
            Path(password) if password else None,
            os.environ.get(_ENV["timestamp"]) or None,
        )

    @classmethod
    def from_arguments(cls, args: argparse.Namespace) -> Signer | None:
        if args.sign_pkcs12 is None:
            return None
        return cls(args.sign_pkcs12, args.sign_password_file, args.timestamp_url)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The signing options of ``installer/build.py``."""
    parser.add_argument("--sign-pkcs12", type=Path, help="code-signing certificate (.pfx)")
    parser.add_argument("--sign-password-file", type=Path, help="file holding its password")
    parser.add_argument("--timestamp-url", help="RFC 3161 timestamp server (needs network)")


if __name__ == "__main__":
    Signer.from_environment().sign(Path(sys.argv[1]))
