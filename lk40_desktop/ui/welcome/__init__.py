"""The welcome screen shown when no project is open."""
