// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mxl {

class TensorListModel;

// A filterable, sortable table over a TensorListModel: the Tensors dock, and the centre of a
// file that has no graph. Several views may share one model. Picking a row emits
// tensorActivated(); selectTensor() follows the window's selection without emitting.
class TensorListView : public QWidget
{
    Q_OBJECT

public:
    // `accessibleName` names the table for screen readers ("Tensor list").
    TensorListView(TensorListModel *model, const QString &accessibleName,
                   QWidget *parent = nullptr);

    void selectTensor(const QString &group, const QString &key);
    // The rows picked (Ctrl/Shift-click), as (group, key), in the list's order.
    QList<std::pair<QString, QString>> selectedTensors() const;
    void clearSelection();
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

signals:
    void tensorActivated(const QString &group, const QString &key);

private:
    void updateSummary();
    void onCurrentChanged();

    TensorListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_following = false; // selectTensor() is moving the current row
};

} // namespace mxl
