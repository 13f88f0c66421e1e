"""The Strategiepapier page: the outline of the paper and the chapters the county writes."""
