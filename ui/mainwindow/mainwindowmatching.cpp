// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation and comparison, as the window's tests and menus call them: the work is the
// controllers'.
#include "mainwindow/mainwindow.h"

#include "document/comparecontroller.h"
#include "document/documentcontroller.h"
#include "document/matchingcontroller.h"

namespace mxl {

bool MainWindow::openCurrentModel(const QString &path)
{
    return m_matchingController->openCurrentModel(path);
}

bool MainWindow::transplant()
{
    return m_matchingController->transplant();
}

const TransplantReport &MainWindow::lastTransplant() const
{
    return m_matchingController->lastTransplant();
}

void MainWindow::compareWith(const QString &path)
{
    if (const ArchiveDocument *doc = document())
        m_compareController->compareWith(*doc, path);
}

} // namespace mxl
