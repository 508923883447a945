"""The 2×2 mechanism quadrant of the impact tab: dragging chips, Esc, one shared selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest

from zvdesk.models.impact.tables import Influence, Polarity
from zvdesk.ui import dialogs

from .test_impact_canvas import (  # the impact tab's fixture and gestures
    LEFT,
    NO_MOD,
    _send,
    _theory,
    centre,
    click,
    drag,
    setup,  # noqa: F401 - a fixture
)


def test_quadrant_drag_is_one_undo_step(setup) -> None:  # noqa: ANN001, F811 - the fixture
    tab, controller, pid, ids = setup
    tab.views.setCurrentIndex(2)
    qview = tab.quadrant
    chip = tab.quadrant_scene.chips[ids["m"]]
    start = chip.sceneBoundingRect().center()
    target = tab.quadrant_scene.rect_of(Polarity.VERZWAKKEND, Influence.BUITEN).center()
    drag(qview, start, target)
    e = _theory(controller, pid).by_id()[ids["m"]]
    assert (e.polarity, e.influence) == (Polarity.VERZWAKKEND, Influence.BUITEN)
    assert controller.undo_stack.count() == 1
    assert any(tab.checks.item(i).data(Qt.ItemDataRole.UserRole + 1) == ids["m"]
               for i in range(tab.checks.count()))
    controller.undo_stack.undo()
    e = _theory(controller, pid).by_id()[ids["m"]]
    assert (e.polarity, e.influence) == (Polarity.VERSTERKEND, Influence.BINNEN)


def test_escape_cancels_a_quadrant_drag(setup) -> None:  # noqa: ANN001, F811 - the fixture
    tab, controller, pid, ids = setup
    tab.views.setCurrentIndex(2)
    qview = tab.quadrant
    chip = tab.quadrant_scene.chips[ids["m"]]
    origin = chip.pos()
    start = chip.sceneBoundingRect().center()
    target = tab.quadrant_scene.rect_of(Polarity.VERZWAKKEND, Influence.BUITEN).center()
    _send(qview, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 4):
        _send(qview, QEvent.Type.MouseMove, start + (target - start) * (i / 3),
              Qt.MouseButton.NoButton, LEFT)
    assert chip.pos() != origin
    qview.setFocus()
    QTest.keyClick(qview, Qt.Key.Key_Escape)
    assert chip.pos() == origin
    _send(qview, QEvent.Type.MouseButtonRelease, target, LEFT, Qt.MouseButton.NoButton)
    e = _theory(controller, pid).by_id()[ids["m"]]
    assert (e.polarity, e.influence) == (Polarity.VERSTERKEND, Influence.BINNEN)
    assert controller.undo_stack.count() == 0


def test_quadrant_selection_is_the_one_selection(setup, monkeypatch) -> None:  # noqa: ANN001, F811 - the fixture
    """A card chosen on the canvas, then a mechanism clicked in the quadrant: the panel shows
    the mechanism, and Delete in the quadrant deletes the mechanism (asking first when links
    go too), not the card chosen before."""
    tab, controller, pid, ids = setup
    click(tab.view, centre(tab, ids["o"]))
    assert tab.panel.title.text() == "Werkagenda"
    tab.views.setCurrentIndex(2)
    chip = tab.quadrant_scene.chips[ids["m"]]
    point = tab.quadrant.mapFromScene(chip.sceneBoundingRect().center())
    QTest.mouseClick(tab.quadrant.viewport(), LEFT, NO_MOD, point)
    assert tab.scene.selected_ids() == [ids["m"]]
    assert tab.panel.title.text() == "Vertrouwen"
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **_k: asked.append(text)
                        or True)
    linked = any(ids["m"] in (lk.source_id, lk.target_id)
                 for lk in _theory(controller, pid).links)
    tab.quadrant.setFocus()
    QTest.keyClick(tab.quadrant, Qt.Key.Key_Delete)
    theory = _theory(controller, pid).by_id()
    assert ids["m"] not in theory and ids["o"] in theory
    assert bool(asked) == linked and all("Vertrouwen" in text for text in asked)
