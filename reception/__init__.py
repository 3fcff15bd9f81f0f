"""reception: an open engine for film criticism."""
