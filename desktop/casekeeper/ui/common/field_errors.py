"""Show a validation message right under the field it concerns, and clear it when fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from casekeeper.ui.common.palette import alarm_colour


class FieldErrors:
    """Maps service field names (``InputError.field``) to a widget and its message label."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def message_label(self) -> QLabel:
        """A hidden label to place under a field."""
        label = QLabel()
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), alarm_colour(palette))
        label.setPalette(palette)
        label.hide()
        return label

    def register(self, names: tuple[str, ...], widget: QWidget, label: QLabel) -> None:
        """``names`` are the field names services use for ``widget``."""
        for name in names:
            self._fields[name] = (widget, label)

    def show(self, field: str, message: str) -> bool:
        """Mark the field and focus it; False if the field is not on this form."""
        found = self._fields.get(field)
        if found is None:
            return False
        widget, label = found
        label.setText(message)
        label.show()
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(message)
        widget.setFocus()
        return True

    def clear(self) -> None:
        """Remove every mark."""
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription("")

    def is_marked(self, field: str) -> bool:
        """Whether ``field`` currently shows a message."""
        found = self._fields.get(field)
        return found is not None and not found[1].isHidden() and bool(found[1].text())
