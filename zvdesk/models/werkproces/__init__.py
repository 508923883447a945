"""1.2 Werkproces in beeld (startfoto): a project's work process as swimlanes, current and desired."""
