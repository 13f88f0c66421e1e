"""The idea boards: cards, clusters, dot voting and project proposals."""
