// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

// What an independent reader finds in a PDF: poppler (pdftoppm) renders every page, zbar
// (zbarimg) decodes the QR codes on it. Needs QtGui (the page sizes are read from the images).
struct PdfQrReader
{
    int dpi = 150;
    QList<QSize> pages; // pixels at dpi
    QStringList decoded; // every QR code's text, sorted
    QString error; // empty when the PDF could be rendered

    // Both tools are installed (poppler-utils, zbar-tools).
    static bool available();
    // zbar finds nothing on an image taller than about 16,000 pixels: a page of 3 m needs 100 dpi.
    static PdfQrReader read(const QString& pdf, int dpi = 150);
    // Millimetres as pixels at dpi.
    int pixels(double millimetres) const;
    // Empty when page `index` measures width × height millimetres (a height < 0: any), to two pixels
    // (PDF pages are whole points); else what it measures.
    QString pageMismatch(qsizetype index, double width, double height = -1) const;
};
