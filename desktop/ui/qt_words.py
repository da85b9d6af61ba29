"""Qt's own words that Qt's shipped French and Spanish catalogues miss, translated by ours.

The file dialog Qt draws itself (Linux without a desktop portal, Xvfb, any platform without
a native dialog) labels its fields "&Look in:" and "Files of &type:" since Qt 6 (with the
mnemonic), while ``qtbase_fr.qm`` and ``qtbase_es.qm`` still translate only the Qt 5 sources
"Look in:" and "Files of type:"; its "Type" column calls a folder "Folder"
(``QAbstractFileIconProvider``, new in Qt 6), which they do not translate either. lupdate
collects the marks below into our catalogue under Qt's own contexts, and since our translator
is installed after qtbase's (``desktop.ui.i18n``), Qt asks ours first. Nothing here is called:
the marks only need to be read by lupdate. Qt asks for "Folder" with a disambiguation ("All
other platforms"), which lupdate cannot read from Python; a translator falls back to the
source without one, so these carry none (``tests/ui/test_qt_file_dialog_translated.py``
fails if one of them shows in English).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
)
"""(context, source) marks for lupdate; Qt translates them where it shows them."""
