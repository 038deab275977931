// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QTableView;

namespace mxl {

class ArchiveDocument;
class EntriesModel;
class SelectionHub;

// The Archive dock: the zip's entries with sizes, method and CRC-32, and the integrity test.
// A click selects the entry (an npz member also selects its tensor); the table follows the
// selection.
class ArchivePanel : public QWidget
{
    Q_OBJECT

public:
    ArchivePanel(SelectionHub *hub, QWidget *parent = nullptr);

    void setDocument(const ArchiveDocument *document);
    // Per entry name: "ok" or what is wrong with it.
    void setTestResults(const QHash<QString, QString> &results);
    // Shows the entry's row, without announcing it.
    void showEntry(const QString &name);

    EntriesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void testRequested();

private:
    void onClicked(const QModelIndex &index);

    SelectionHub *m_hub;
    const ArchiveDocument *m_document = nullptr;
    EntriesModel *m_model;
    QTableView *m_view;
};

} // namespace mxl
