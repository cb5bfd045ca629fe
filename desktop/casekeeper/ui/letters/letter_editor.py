"""The editable parts of a letter draft: subject, recipient, paragraphs, enclosures; the rest is kept."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from casekeeper.export.letters.draft import LetterDraft
from casekeeper.ui.common.i18n import translate


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


_BULLETS = ("- ", "– ", "• ")


def _block(lines: tuple[str, ...]) -> str:
    """A list (some lines start with a dash) keeps its lines; other text flows as one line."""
    if any(line.startswith(_BULLETS) for line in lines):
        return "\n".join(lines)
    return " ".join(lines)


def paragraphs_of(text: str) -> tuple[str, ...]:
    """Paragraphs are separated by blank lines; line breaks inside one are kept as spaces,
    except in a list, whose items stay one a line."""
    blocks = [_block(_lines(block)) for block in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(block for block in blocks if block)


class LetterEditor(QWidget):
    """Shows a draft; ``draft()`` returns it with the person's edits applied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: LetterDraft | None = None
        self._kept: LetterDraft | None = None  # as drafted, saved, copied or sent
        self.subject = QLineEdit()
        self.subject.setAccessibleName(translate("Letters", "Subject"))
        self.recipient = QPlainTextEdit()
        self.recipient.setAccessibleName(translate("Letters", "Recipient, one line each"))
        self.recipient.setTabChangesFocus(True)
        self.recipient.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(translate("Letters", "Text of the letter"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.enclosures = QPlainTextEdit()
        self.enclosures.setAccessibleName(translate("Letters", "Enclosures, one per line"))
        self.enclosures.setTabChangesFocus(True)
        self.enclosures.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("Letters", "&Subject"), self.subject)
        form.addRow(translate("Letters", "&To"), self.recipient)
        form.addRow(translate("Letters", "&Text"), self.body)
        form.addRow(translate("Letters", "&Enclosures"), self.enclosures)

    def set_draft(self, draft: LetterDraft) -> None:
        """Show a fresh draft."""
        self._draft = draft
        self.subject.setText(draft.subject)
        self.recipient.setPlainText("\n".join(draft.recipient_lines))
        self.body.setPlainText("\n\n".join(draft.paragraphs))
        self.enclosures.setPlainText("\n".join(draft.enclosures))
        self._kept = self.draft()

    def mark_kept(self, draft: LetterDraft | None = None) -> None:
        """The letter as it is now (or ``draft``) was saved, copied or sent: nothing to lose."""
        self._kept = draft if draft is not None else self.draft()

    def has_unkept_edits(self) -> bool:
        """True when the person changed the letter since it was drafted, saved, copied or sent."""
        return self._draft is not None and self.draft() != self._kept

    def draft(self) -> LetterDraft | None:
        """The draft as edited (sender, date, salutation and signature kept as drafted)."""
        if self._draft is None:
            return None
        return replace(
            self._draft,
            subject=self.subject.text().strip(),
            recipient_lines=_lines(self.recipient.toPlainText()),
            paragraphs=paragraphs_of(self.body.toPlainText()),
            enclosures=_lines(self.enclosures.toPlainText()),
        )
