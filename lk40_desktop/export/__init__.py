"""Exports: Word, Excel and charts, one module per output. Qt-free, so the command line and
worker threads can use them; heavy libraries are imported inside the functions."""
