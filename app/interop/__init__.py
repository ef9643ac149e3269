"""Partner file formats in and out: readers, writers and the import/export services."""
