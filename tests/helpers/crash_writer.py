"""Child process of the crash test: edits a project and acknowledges each committed edit.

Usage: crash_writer.py PROJECT. Prints "ack N" after edit N is committed, forever.
"""

import sys
from pathlib import Path

from lk40_desktop.operations import rows as edits
from lk40_desktop.store.document import WorkshopDocument


def main() -> None:
    document = WorkshopDocument.open(Path(sys.argv[1]))
    number = 0
    while True:
        entity_id = f"crash-{number:06d}"
        title = f"Workshop {number} " + "Notiz " * (number % 50)
        document.write(
            lambda s, i=entity_id, t=title: edits.create(s, "workshop", {i: {"title": t}})
        )
        document.write(
            lambda s, i=entity_id, n=number: edits.set_fields(
                s, "workshop", {i: {"participant_count": n, "notes": "x" * (n % 997)}}
            )
        )
        print(f"ack {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
