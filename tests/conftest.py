"""Test set-up: offscreen Qt, private user folders, and a guard against any network use."""

from __future__ import annotations

import os
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before Qt or platformdirs are imported: no real screen, and user folders of our own.
_USER_HOME = Path(tempfile.mkdtemp(prefix="lk40-test-home-"))
# Two screens side by side, as a laptop with a projector on an extended desktop.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).parent / 'helpers' / 'laptop_and_projector.json'}"
)
for variable, folder in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
):
    os.environ[variable] = str(_USER_HOME / folder)
os.environ["LANG"] = os.environ["LC_ALL"] = (
    "C.UTF-8"  # exists everywhere; not English, so German UI
)

NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"}


def _refuse_network(event: str, args: tuple[object, ...]) -> None:
    """Fail any test whose code reaches for the network (local Unix sockets are fine)."""
    if event not in NETWORK_EVENTS:
        return
    if (
        event == "socket.connect"
        and isinstance(args[0], socket.socket)
        and args[0].family == socket.AF_UNIX
    ):
        return
    raise AssertionError(f"network access during tests: {event} {args[1:]!r}")


sys.addaudithook(_refuse_network)

from lk40_desktop.services.demo import fill_demo  # noqa: E402
from lk40_desktop.store.document import WorkshopDocument  # noqa: E402

HELPERS = Path(__file__).parent / "helpers"


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp: object) -> object:
    """The QApplication exists before any test: a command-line test that reports an error
    would otherwise create a QCoreApplication for its translations, and every GUI test after
    it would fail (the order of tests decided whether they passed)."""
    return qapp


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo project built once per session; tests copy it before changing anything."""
    path = tmp_path_factory.mktemp("demo") / "Musterlandkreis.lk40"
    WorkshopDocument.create(path, fill_demo).close()
    return path


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo project."""
    target = tmp_path / "Musterlandkreis.lk40"
    target.write_bytes(demo_template.read_bytes())
    return target


@pytest.fixture(scope="session")
def new_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new project from the Landkreis 4.0 template, as "Neues Projekt" makes it: nine
    action fields, six weighted criteria, no stakeholders, cards or raters."""
    from lk40_desktop.services.template import ProjectData, fill_landkreis_template

    path = tmp_path_factory.mktemp("new") / "Landkreis Test.lk40"
    data = ProjectData(county="Landkreis Test")
    WorkshopDocument.create(path, lambda session: fill_landkreis_template(session, data)).close()
    return path


@pytest.fixture
def new_file(new_template: Path, tmp_path: Path) -> Path:
    """A private copy of a new, empty template project."""
    target = tmp_path / "Landkreis Test.lk40"
    target.write_bytes(new_template.read_bytes())
    return target


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (the demo project lives in tmp_path itself)."""
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


@pytest.fixture
def demo_document(demo_file: Path) -> Iterator[WorkshopDocument]:
    """The demo project, open for writing."""
    document = WorkshopDocument.open(demo_file)
    yield document
    document.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 3 MiB tmpfs: a real full disk with ``tests.disks.fill_up`` (needs root,
    as CI has)."""
    from tests.disks import mounted_small_disk

    with mounted_small_disk(tmp_path / "stick") as folder:
        yield folder


@pytest.fixture(autouse=True)
def _no_leftover_dialog_answers() -> Iterator[None]:
    """Dialog answers prepared by one test never reach the next."""
    yield
    from tests.gui import stop_answering

    stop_answering()


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """Clear the clipboard after a test that copied: the offscreen platform's clipboard frees
    the QMimeData it holds once more at exit and crashes the test process (the xcb and Windows
    clipboards do not; tested with a five-line script)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if isinstance(QGuiApplication.instance(), QGuiApplication):  # not the CLI's QCoreApplication
        QGuiApplication.clipboard().clear()
