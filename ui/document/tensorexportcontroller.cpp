// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/tensorexportcontroller.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace mxl {

TensorExportController::TensorExportController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<ConvertReport>>::finished, this, [this] {
        const Result<ConvertReport> report = m_watcher.result();
        if (report)
            emit finished(m_path, report->arrays);
        else
            emit failed(m_path, report.error().describe());
    });
}

TensorExportController::~TensorExportController()
{
    m_watcher.waitForFinished(); // the worker holds its own copy of the file, but finish tidily
}

void TensorExportController::chooseAndExport(QWidget *parent, const OpenedFile &file,
                                             const QList<std::pair<QString, QString>> &only)
{
    if (isRunning())
        return;
    QSettings settings;
    const QFileInfo source(file.path);
    const QString dir = settings.value(u"files/exportDir"_s, source.absolutePath()).toString();
    QString filter = tr("safetensors (*.safetensors)");
    const QString path = QFileDialog::getSaveFileName(
        parent,
        only.isEmpty() ? tr("Export every tensor")
                       : tr("Export %n selected tensor(s)", nullptr, int(only.size())),
        QDir(dir).filePath(source.completeBaseName() + u".safetensors"_s),
        tr("safetensors (*.safetensors);;NumPy npz (*.npz)"), &filter);
    if (path.isEmpty())
        return;
    settings.setValue(u"files/exportDir"_s, QFileInfo(path).absolutePath());
    exportTo(path, file, only);
}

void TensorExportController::exportTo(const QString &path, const OpenedFile &file,
                                      const QList<std::pair<QString, QString>> &only)
{
    if (isRunning())
        return;
    // A value copy: the document may change (or close) while the worker writes. The tensors'
    // bytes are shared, immutable sources.
    OpenedFile copy = file;
    if (!only.isEmpty()) {
        std::vector<TensorEntry> kept;
        for (const TensorEntry &t : copy.tensors) {
            if (only.contains(std::pair(tensorGroupName(t.group), t.key)))
                kept.push_back(t);
        }
        copy.tensors = std::move(kept);
    }
    m_path = path;
    emit started(path);
    ConvertOptions options;
    options.names = TensorNaming::Readable;
    m_watcher.setFuture(QtConcurrent::run(
        [copy = std::move(copy), path, options] { return convertFile(copy, path, options); }));
}

} // namespace mxl
