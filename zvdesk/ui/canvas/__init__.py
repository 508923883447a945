"""The canvas kit: what every drag-and-drop canvas of ZV Desk is built from.

* :mod:`.scene` — :class:`~.scene.CanvasScene` mirrors model records by id (one item per
  record), has one ``reloaded`` signal, one ``select_ids`` and one error path for writes.
* :mod:`.interactions` — :class:`~.interactions.UserInteraction` (started / finished /
  cancelled, Esc cancels and restores) and the shared gestures: move, rubber band, connect.
* :mod:`.view` — :class:`~.view.CanvasView`: zoom (Ctrl+wheel, Ctrl+= / Ctrl+-), fit
  (Ctrl+0), middle-button pan, arrow-key nudges (one burst is one undo step), palette drops.
* :mod:`.export` — PNG and SVG of a scene, with the Dutch file dialog.
* :mod:`.palette` — the MIME payload of a palette drag and a drag-only palette list.

A new canvas subclasses the scene and the view, adds its item classes and small gesture
subclasses, and writes only through :meth:`CanvasScene.execute`.
"""
