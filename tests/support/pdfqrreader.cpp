// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pdfqrreader.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

bool PdfQrReader::available()
{
    return !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty();
}

int PdfQrReader::pixels(double millimetres) const
{
    return qRound(millimetres / 25.4 * dpi);
}

QString PdfQrReader::pageMismatch(qsizetype index, double width, double height) const
{
    if (index >= pages.size()) {
        return u"no page %1 (%2 pages)"_s.arg(index + 1).arg(pages.size());
    }
    const QSize page = pages[index];
    const bool widthOk = std::abs(page.width() - pixels(width)) <= 2;
    const bool heightOk = height < 0 || std::abs(page.height() - pixels(height)) <= 2;
    if (widthOk && heightOk) {
        return {};
    }
    return u"page %1 is %2 x %3 px at %4 dpi, expected %5 x %6 mm (%7 x %8 px)"_s.arg(index + 1)
        .arg(page.width())
        .arg(page.height())
        .arg(dpi)
        .arg(width)
        .arg(height)
        .arg(pixels(width))
        .arg(height < 0 ? page.height() : pixels(height));
}

PdfQrReader PdfQrReader::read(const QString& pdf, int dpi)
{
    PdfQrReader reader;
    reader.dpi = dpi;
    QTemporaryDir dir;
    if (QProcess::execute(QStandardPaths::findExecutable(u"pdftoppm"_s),
                          {u"-r"_s, QString::number(dpi), u"-png"_s, pdf, dir.filePath(u"page"_s)})
        != 0) {
        reader.error = u"pdftoppm could not render %1"_s.arg(pdf);
        return reader;
    }
    for (const QString& page : QDir(dir.path()).entryList({u"page*.png"_s}, QDir::Files, QDir::Name)) {
        reader.pages.append(QImage(dir.filePath(page)).size());
        QProcess zbar;
        zbar.start(QStandardPaths::findExecutable(u"zbarimg"_s), {u"--quiet"_s, u"--raw"_s, dir.filePath(page)});
        if (!zbar.waitForFinished(60000)) {
            reader.error = u"zbarimg did not finish on %1"_s.arg(page);
        }
        reader.decoded += QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    reader.decoded.sort();
    return reader;
}
