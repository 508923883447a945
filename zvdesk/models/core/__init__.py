"""The file core: the document and its engine, edits and undo, safe opening, the lock,
migrations, the file format, the schema registry and sharing. Knows no instrument."""
