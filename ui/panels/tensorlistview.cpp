// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/tensorlistview.h"

#include "models/tensorlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

TensorListView::TensorListView(TensorListModel *model, const QString &accessibleName,
                               QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_summary(new QLabel(this)), m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TensorListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(TensorListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter: name, key, group, dtype, shape"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter tensors"));
    m_summary->setAccessibleName(tr("Tensor count"));
    m_summary->setStyleSheet(u"color: #555;"_s);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(accessibleName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // for Export Tensors
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    // The name takes what the short columns leave; the key (often a UUID) comes last.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TensorListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(TensorListModel::Key, QHeaderView::Interactive);
    header->setMinimumSectionSize(48);
    m_table->setColumnWidth(TensorListModel::Key, 120);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TensorListView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TensorListView::onCurrentChanged);
    updateSummary();
}

void TensorListView::updateSummary()
{
    qint64 bytes = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (const TensorEntry *e = m_model->entry(r); e && e->info)
            bytes += e->info->byteSize();
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = tr("%n tensor(s), %1", nullptr, total).arg(QLocale().formattedDataSize(bytes));
    if (shown != total)
        text = tr("%1 of %2").arg(shown).arg(text);
    m_summary->setText(text);
}

void TensorListView::onCurrentChanged()
{
    if (m_following)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const QModelIndex row = m_model->index(current.row(), 0);
    emit tensorActivated(row.data(TensorListModel::GroupRole).toString(),
                         row.data(TensorListModel::KeyRole).toString());
}

void TensorListView::selectTensor(const QString &group, const QString &key)
{
    const int row = m_model->rowOf(group, key);
    // The row the user just picked (perhaps among several, Ctrl-clicked): leave the selection.
    if (row >= 0 && m_proxy->mapToSource(m_table->currentIndex()).row() == row &&
        m_table->selectionModel()->isRowSelected(m_table->currentIndex().row(), {}))
        return;
    m_following = true;
    if (row < 0) {
        m_table->clearSelection();
    } else {
        const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
        if (proxy.isValid()) {
            m_table->setCurrentIndex(proxy);
            m_table->selectRow(proxy.row());
            m_table->scrollTo(proxy);
        } else {
            m_table->clearSelection();
        }
    }
    m_following = false;
}

QList<std::pair<QString, QString>> TensorListView::selectedTensors() const
{
    QList<std::pair<QString, QString>> out;
    for (const QModelIndex &proxy : m_table->selectionModel()->selectedRows()) {
        const QModelIndex row = m_proxy->mapToSource(proxy);
        out.append({row.data(TensorListModel::GroupRole).toString(),
                    row.data(TensorListModel::KeyRole).toString()});
    }
    return out;
}

void TensorListView::clearSelection()
{
    m_following = true;
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_following = false;
}

} // namespace mxl
