// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/componenteditor.h"

#include "archive/bytesource.h"
#include "document/archivedocument.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mxl {

ComponentEditor::ComponentEditor(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)),
      m_observed(new QCheckBox(tr("Observed (in configuration.json)"), this)),
      m_constantLabel(new QLabel(tr("Constant"), this)), m_constant(new QLineEdit(this)),
      m_tensorLabel(new QLabel(tr("Tensor"), this)), m_tensorInfo(new QLabel(this)),
      m_replace(new QPushButton(tr("Replace from .npy…"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_error(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 4, 6, 2);
    m_name->setToolTip(tr("The model attribute name (m.name = …). Names are what MXFusion "
                          "matches on load; press Enter to apply, empty to remove."));
    m_constant->setToolTip(tr("The number stored in variable_constants.json; press Enter"));
    auto *tensorRow = new QHBoxLayout;
    tensorRow->addWidget(m_tensorInfo, 1);
    tensorRow->addWidget(m_replace);
    tensorRow->addWidget(m_delete);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_observed);
    form->addRow(m_constantLabel, m_constant);
    form->addRow(m_tensorLabel, tensorRow);
    form->addRow(m_error);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_document || m_id.isEmpty() || !m_name->isModified())
            return;
        m_name->setModified(false);
        const QString text = m_name->text().trimmed();
        const Status s = m_document->renameComponent(
            m_id, text.isEmpty() ? std::nullopt : std::optional<QString>(text));
        showResult(s ? QString() : s.error().message);
    });
    connect(m_constant, &QLineEdit::editingFinished, this, [this] {
        if (!m_document || m_id.isEmpty() || !m_constant->isModified())
            return;
        m_constant->setModified(false);
        const Status s = m_document->setConstantValue(m_id, m_constant->text());
        showResult(s ? QString() : s.error().message);
    });
    connect(m_observed, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_document || m_id.isEmpty())
            return;
        const Status s = m_document->setObserved(m_id, on);
        showResult(s ? QString() : s.error().message);
    });
    connect(m_replace, &QPushButton::clicked, this, &ComponentEditor::replaceTensor);
    connect(m_delete, &QPushButton::clicked, this, &ComponentEditor::deleteTensor);
    refresh();
}

void ComponentEditor::setDocument(ArchiveDocument *document)
{
    m_document = document;
    m_id = {};
    refresh();
}

void ComponentEditor::showComponent(const ComponentId &id)
{
    if (id != m_id)
        m_error->hide();
    m_id = id;
    refresh();
}

QString ComponentEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ComponentEditor::showResult(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    refresh();
}

void ComponentEditor::refresh()
{
    const Component *c = m_document && !m_id.isEmpty() ? m_document->component(m_id) : nullptr;
    const bool editable = c && m_document->isEditable();
    setEnabled(c != nullptr);
    m_name->setEnabled(editable);
    m_name->setText(c && c->name ? *c->name : QString());
    // Nothing to name while no component (or a tensor nobody owns) is selected.
    m_name->setPlaceholderText(c ? tr("unnamed: type a name to anchor it") : QString());
    m_name->setModified(false);
    m_observed->setVisible(c && c->isVariable());
    m_observed->setEnabled(editable);
    m_observed->setChecked(c && m_document->isObserved(m_id));
    const VariableConstant *vc = c ? m_document->variableConstantOf(m_id) : nullptr;
    m_constantLabel->setVisible(vc != nullptr);
    m_constant->setVisible(vc != nullptr);
    m_constant->setEnabled(editable);
    m_constant->setText(vc ? vc->text : QString());
    m_constant->setModified(false);
    const int t = c ? m_document->tensorIndexOf(m_id) : -1;
    m_tensorLabel->setVisible(t >= 0);
    m_tensorInfo->setVisible(t >= 0);
    m_replace->setVisible(t >= 0);
    m_delete->setVisible(t >= 0);
    m_replace->setEnabled(editable);
    m_delete->setEnabled(editable);
    if (t >= 0) {
        const TensorEntry &e = m_document->tensors()[size_t(t)];
        m_tensorInfo->setText(e.info ? dtypeName(e.info->dtype) + u' ' + shapeText(e.info->shape)
                                     : tr("unreadable"));
    }
    if (c && !m_document->isEditable())
        setToolTip(m_document->tensorsIndexed()
                       ? tr("Only MXFusion archives can be edited")
                       : tr("Editing becomes possible once the tensors are read"));
    else
        setToolTip(QString());
}

void ComponentEditor::replaceTensor()
{
    const int t = m_document ? m_document->tensorIndexOf(m_id) : -1;
    if (t < 0)
        return;
    const QString key = m_document->tensors()[size_t(t)].key;
    const QString path = QFileDialog::getOpenFileName(this, tr("Replace the tensor with"), {},
                                                      tr("NumPy arrays (*.npy);;All files (*)"));
    if (path.isEmpty())
        return;
    // Read into memory through the core's reader: a FIFO or a device is refused at once
    // instead of blocking the window, and a size cap keeps /dev/zero-like files out.
    constexpr qint64 kMaxNpyBytes = qint64(4) << 30;
    Result<ByteSourcePtr> bytes = ByteSource::readFile(path, kMaxNpyBytes);
    if (!bytes) {
        showResult(bytes.error().describe());
        return;
    }
    const QByteArray npy = (*bytes)->bytes().toByteArray();
    Result<TensorReplacementCheck> check = m_document->checkTensorReplacement(key, npy);
    if (!check) {
        showResult(check.error().describe());
        return;
    }
    if (check->needsConfirmation()) {
        const auto answer = QMessageBox::question(
            this, tr("Change the tensor's shape or dtype?"),
            tr("The stored tensor is %1 %2; the file holds %3 %4. MXNet refuses to load a value "
               "whose shape or dtype differs from the current model's parameter. Replace it "
               "anyway?")
                .arg(dtypeName(check->oldInfo.dtype), shapeText(check->oldInfo.shape),
                     dtypeName(check->newInfo.dtype), shapeText(check->newInfo.shape)));
        if (answer != QMessageBox::Yes)
            return;
    }
    const Status s = m_document->replaceTensor(key, npy, true);
    showResult(s ? QString() : s.error().message);
}

void ComponentEditor::deleteTensor()
{
    const int t = m_document ? m_document->tensorIndexOf(m_id) : -1;
    if (t < 0)
        return;
    const Status s = m_document->deleteTensor(m_document->tensors()[size_t(t)].key);
    showResult(s ? QString() : s.error().message);
}

} // namespace mxl
