"""The idea boards without Qt: what a board shows (``data``), where cards go (``layout``),
search and filter (``filters``), the rules of dot voting (``voting``) and where an arrow key
leads (``navigation``). The board editor, the card list, the board image and the benchmark
read ``data.BoardData``; edits are the named operations of ``operations.board``.
"""
