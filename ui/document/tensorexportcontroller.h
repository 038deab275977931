// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "export/convert.h"
#include "open/openedfile.h"

#include <QFutureWatcher>
#include <QObject>

class QWidget;

namespace mxl {

// File > Export Tensors…: the document's values (all, or the tensors picked in the list) to a
// .safetensors or .npz file under readable names, written and verified off the UI thread by
// convertFile() (atomic; every array read back and compared before the rename).
class TensorExportController : public QObject
{
    Q_OBJECT

public:
    explicit TensorExportController(QObject *parent = nullptr);
    ~TensorExportController() override;

    // Asks where (a file dialog under `parent`), then exports. `only` restricts the export to
    // these (group, key) tensors; empty: all of them.
    void chooseAndExport(QWidget *parent, const OpenedFile &file,
                         const QList<std::pair<QString, QString>> &only);
    // The same without a dialog (tests, scripts).
    void exportTo(const QString &path, const OpenedFile &file,
                  const QList<std::pair<QString, QString>> &only);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void started(const QString &path);
    void finished(const QString &path, int arrays);
    void failed(const QString &path, const QString &message);

private:
    QFutureWatcher<Result<ConvertReport>> m_watcher;
    QString m_path;
};

} // namespace mxl
