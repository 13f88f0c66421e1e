"""The Windows Installer package (MSI) for central deployment (group policy, SCCM, Intune):
per machine into Program Files, built with wixl (Debian's ``wixl``/msitools) from a WiX
source this module writes for the whole program folder.

- The **upgrade code** is fixed for the product, and every build gets a new product code, so
  a newer MSI finds the older one and removes it first (WiX's ``MajorUpgrade``); an older
  MSI refuses to install over a newer one.
- Every file is its own component whose GUID is derived from its path (UUID 5), so the
  same file keeps the same component across versions, as Windows Installer's rules want.
- Start-menu shortcut, optional desktop shortcut (the feature ``DesktopShortcut``; leave it
  out with ``REMOVE=DesktopShortcut``), the ``.lk40`` association with its icon in
  ``HKLM\\Software\\Classes``, and the entry in "Apps & Features" with the icon.
- ``HKLM\\Software\\LK40Workshop-Studio\\InstallDir`` tells the per-user installer that a
  per-machine copy is there.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

UPGRADE_CODE = "{5B1E4C0A-7F2D-4E8B-9C41-4C4B34305750}"
"""Never change: Windows Installer knows every version of LK40 by it."""
_NAMESPACE = uuid.UUID("2f0c6a4e-1d3b-5a7c-9e8f-4c4b34304d53")
PROG_ID = "LK40.Project"
APP_KEY = "Software\\LK40Workshop-Studio"


def _id(prefix: str, relative: str) -> str:
    """A WiX identifier for a path: letters and digits, stable across builds."""
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:24]


def _guid(key: str) -> str:
    return "{" + str(uuid.uuid5(_NAMESPACE, key)).upper() + "}"


def _attributes(**values: str) -> str:
    return " ".join(f"{key}={quoteattr(value)}" for key, value in values.items())


def _component(key: str, body: str, indent: str) -> str:
    return (
        f"{indent}<Component {_attributes(Id=_id('c', key), Guid=_guid(key), Win64='yes')}>\n"
        f"{body}{indent}</Component>\n"
    )


def _source_path(path: Path, work: Path) -> str:
    """wixl takes sources relative to the folder of the WiX file only."""
    return os.path.relpath(path, work)


def _tree(folder: Path, root: Path, work: Path, indent: str, components: list[str]) -> str:
    """The Directory/Component/File elements for ``folder``, depth first."""
    text = ""
    for path in sorted(folder.iterdir()):
        relative = path.relative_to(root).as_posix()
        if path.is_dir():
            inner = _tree(path, root, work, indent + "  ", components)
            text += (
                f"{indent}<Directory {_attributes(Id=_id('d', relative), Name=path.name)}>\n"
                f"{inner}{indent}</Directory>\n"
            )
        else:
            file = _attributes(
                Id=_id("f", relative), Name=path.name, Source=_source_path(path, work)
            )
            text += _component(
                "file:" + relative, f'{indent}  <File {file} KeyPath="yes"/>\n', indent
            )
            components.append(_id("c", "file:" + relative))
    return text


def _registry(root: str, key: str, name: str | None, value: str, keypath: bool = False) -> str:
    values = {"Root": root, "Key": key, "Type": "string", "Value": value}
    if name is not None:
        values["Name"] = name
    if keypath:
        values["KeyPath"] = "yes"
    return f"          <RegistryValue {_attributes(**values)}/>\n"


def source(payload: Path, values: dict[str, str], icon: Path, work: Path) -> str:
    """The WiX source of the package, to be compiled in ``work``."""
    product, version = values["PRODUCT"], values["VERSION"]
    components: list[str] = []
    files = _tree(payload, payload, work, "          ", components)
    exe = "[INSTALLDIR]lk40.exe"
    classes = "Software\\Classes"
    association = "".join(
        [
            _registry("HKLM", f"{classes}\\{values['SUFFIX']}", None, PROG_ID, keypath=True),
            _registry("HKLM", f"{classes}\\{values['SUFFIX']}", "Content Type", values["MIME"]),
            _registry("HKLM", f"{classes}\\{PROG_ID}", None, "LK40-Projekt"),
            _registry("HKLM", f"{classes}\\{PROG_ID}\\DefaultIcon", None, f'"{exe}",0'),
            _registry("HKLM", f"{classes}\\{PROG_ID}\\shell\\open\\command", None, f'"{exe}" "%1"'),
        ]
    )
    shortcut = _attributes(
        Name=product, Description=values["DESCRIPTION"], Target=exe, WorkingDirectory="INSTALLDIR"
    )
    menu = (
        f'          <Shortcut Id="MenuShortcut" {shortcut}/>\n'
        '          <RemoveFolder Id="RemoveProgramMenuDir" On="uninstall"/>\n'
        + _registry("HKLM", APP_KEY, "InstallDir", "[INSTALLDIR]", keypath=True)
    )
    desktop = f'          <Shortcut Id="DesktopShortcut" {shortcut}/>\n' + _registry(
        "HKLM", APP_KEY, "DesktopShortcut", "1", keypath=True
    )
    references = "".join(f'      <ComponentRef Id="{c}"/>\n' for c in components)
    product_attributes = _attributes(
        Id="*",
        Name=product,
        Language="1031",
        Codepage="1252",
        Version=version,
        Manufacturer=values["PUBLISHER"],
        UpgradeCode=UPGRADE_CODE,
    )
    package = _attributes(
        InstallerVersion="500",
        Compressed="yes",
        InstallScope="perMachine",
        Languages="1031",
        Description=f"{product} {version}",
        Comments=values["DESCRIPTION"],
        Manufacturer=values["PUBLISHER"],
    )
    downgrade = f"Eine neuere Version von {product} ist bereits installiert."
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Written by installer/msi_package.py; do not edit. -->
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product {product_attributes}>
    <Package {package}/>
    <MajorUpgrade {_attributes(DowngradeErrorMessage=downgrade)}/>
    <Media Id="1" Cabinet="lk40.cab" EmbedCab="yes"/>
    <Icon Id="lk40.ico" SourceFile={quoteattr(_source_path(icon, work))}/>
    <Property Id="ARPPRODUCTICON" Value="lk40.ico"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" {_attributes(Name=product)}>
{files}{_component("association", association, "          ")}        </Directory>
      </Directory>
      <Directory Id="ProgramMenuFolder">
        <Directory Id="ProgramMenuDir" {_attributes(Name=product)}>
{_component("menu", menu, "          ")}        </Directory>
      </Directory>
      <Directory Id="DesktopFolder">
{_component("desktop", desktop, "        ")}      </Directory>
    </Directory>
    <Feature Id="Main" Level="1" Absent="disallow" {_attributes(Title=product)}>
{references}      <ComponentRef Id="{_id("c", "association")}"/>
      <ComponentRef Id="{_id("c", "menu")}"/>
    </Feature>
    <Feature Id="DesktopShortcut" Level="1" Title="Verknüpfung auf dem Desktop">
      <ComponentRef Id="{_id("c", "desktop")}"/>
    </Feature>
  </Product>
</Wix>
"""


def build(payload: Path, values: dict[str, str], icon: Path, output: Path, work: Path) -> Path:
    """Write the WiX source for ``payload`` and compile it into ``output`` with wixl."""
    work.mkdir(parents=True, exist_ok=True)
    wxs = work / "lk40.wxs"
    wxs.write_text(source(payload, values, icon, work), encoding="utf-8")
    subprocess.run(
        ["wixl", "--arch", "x64", "-o", str(output.resolve()), wxs.name], check=True, cwd=work
    )
    return output
