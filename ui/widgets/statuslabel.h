// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QTextDocumentFragment>

namespace mxl {

// A label whose accessible name says what it is ("Status file") while its text changes. Qt 6.4
// exposes a named QLabel's text to no assistive technology, so the text is mirrored into the
// accessible description, where screen readers (and the GUI tests) read it.
class StatusLabel : public QLabel
{
public:
    StatusLabel(const QString &accessibleName, QWidget *parent) : QLabel(parent)
    {
        setAccessibleName(accessibleName);
    }

    // Hides QLabel::setText (not virtual): every caller holds a StatusLabel pointer.
    void setText(const QString &text)
    {
        QLabel::setText(text);
        setAccessibleDescription(
            Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
    }
    void clear() { setText({}); }
};

} // namespace mxl
