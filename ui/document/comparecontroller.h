// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "common/result.h"
#include "diff/filediff.h"
#include "graph/graphitems.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>

class QWidget;

namespace mxl {

class ArchiveDocument;
class CompareDock;

// Comparison of the document with a second file: computed off the UI thread, shown in the
// Compare dock it drives, and the marks it puts on the document's own graphs.
class CompareController : public QObject
{
    Q_OBJECT

public:
    // Errors are shown in a box over `dialogParent` (none under MXL_NO_DIALOGS).
    CompareController(CompareDock *dock, QWidget *dialogParent, QObject *parent = nullptr);
    ~CompareController() override;

    // Asks for the other file, then compares.
    void chooseAndCompare(const ArchiveDocument *document);
    // Compares `document` as it is now, edits included, with the file at `path`.
    void compareWith(const ArchiveDocument &document, const QString &path);
    // Forgets the comparison: it belongs to the document it was made for.
    void clear();
    // On the document's graphs: components removed or changed in the other file.
    const QHash<ComponentId, NodeMark> &marks() const { return m_marks; }

signals:
    void started(const QString &path);
    void compared();
    void compareFailed(const QString &message);
    void marksChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    struct Comparison
    {
        std::shared_ptr<const OpenedFile> other;
        FileDiff diff;
    };
    void onFinished();

    CompareDock *m_dock;
    QWidget *m_dialogParent;
    QFutureWatcher<Result<Comparison>> m_watcher;
    QHash<ComponentId, NodeMark> m_marks;
    bool m_pending = false; // a comparison was started and not cleared since
};

} // namespace mxl
