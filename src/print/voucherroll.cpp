// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/voucherroll.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("VoucherRoll", text);
}

// Font metrics are measured at this scale before any device is known (PDF and most printer
// drivers of shops' PCs use 300 dpi; a 203 dpi head rounds the same text to the same lines).
constexpr double MeasurePixelsPerMm = 300 / 25.4;

QFont shopFont(double sizeMm, double pixelsPerMm)
{
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(1, qRound(sizeMm * pixelsPerMm)));
    return font;
}
} // namespace

struct VoucherRoll::Metrics
{
    double roll; // paper width
    double printable; // print head width, centred on the paper
    double text; // height of a small text line's font
    double qr; // QR code side, quiet zone included
    double code; // largest font height of the code
};

VoucherRoll::VoucherRoll(VoucherSheet::Options options)
    : m_options(std::move(options))
{
    m_shopLines = shopLines();
}

VoucherRoll::Metrics VoucherRoll::metrics() const
{
    // A QR module of about 1 mm (40 mm for a version-3 code and its quiet zone) reads from arm's
    // length with a phone camera; 58 mm heads print 48 mm (384 dots), 80 mm heads 72 mm (576 dots).
    if (m_options.paper == VoucherSheet::Paper::Roll58) {
        return {58, 48, 3.4, 40, 9};
    }
    return {80, 72, 4.2, 50, 11};
}

double VoucherRoll::rollWidth() const
{
    return metrics().roll;
}

double VoucherRoll::printableWidth() const
{
    return metrics().printable;
}

// Top to bottom: margin, shop name (one or two lines), QR code, code, price and validity, speed,
// login hint, margin, cut line.
double VoucherRoll::ticketHeight() const
{
    const Metrics m = metrics();
    const double shopLine = m.text * 1.3 * 1.3;
    return 3 + shopLine * double(m_shopLines.size()) + 1 + m.qr + m.code * 1.3 + m.text * 1.3 * 1.5 + m.text * 1.5
        + m.text * 1.5 + 4;
}

QPageLayout VoucherRoll::pageLayout(int tickets) const
{
    const Metrics m = metrics();
    const double side = (m.roll - m.printable) / 2;
    const QSizeF size(m.roll, std::max(1, tickets) * ticketHeight());
    return QPageLayout(QPageSize(size, QPageSize::Millimeter, tr("%1 mm roll").arg(m.roll), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(side, 0, side, 0), QPageLayout::Millimeter,
                       QMarginsF(0, 0, 0, 0));
}

QStringList VoucherRoll::shopLines() const
{
    const Metrics m = metrics();
    const QString name = m_options.shopName.simplified();
    const QFontMetricsF measure(shopFont(m.text * 1.3, MeasurePixelsPerMm));
    const double width = m.printable * MeasurePixelsPerMm;
    if (measure.horizontalAdvance(name) <= width) {
        return {name};
    }
    // As many words as fit on the first line (at least one); the rest goes on the second.
    const QStringList words = name.split(u' ');
    qsizetype taken = 1;
    while (taken < words.size()
           && measure.horizontalAdvance(QStringList(words.mid(0, taken + 1)).join(u' ')) <= width) {
        ++taken;
    }
    QStringList lines {QStringList(words.mid(0, taken)).join(u' ')};
    if (taken < words.size()) {
        lines.append(QStringList(words.mid(taken)).join(u' '));
    }
    return lines;
}

VoucherRoll::Pages VoucherRoll::pagesFor(const QPagedPaintDevice* device)
{
    const QPaintEngine* engine = device->paintEngine();
    return engine != nullptr && engine->type() == QPaintEngine::Pdf ? Pages::Continuous : Pages::TicketPerPage;
}

void VoucherRoll::setPage(QPagedPaintDevice* device, int tickets) const
{
    QPageLayout layout = pageLayout(tickets);
    device->setPageLayout(layout);
    const double pixelsPerMm = device->logicalDpiY() / 25.4;
    const double missing = tickets * ticketHeight() - device->height() / pixelsPerMm;
    if (missing > 0.05) {
        layout.setPageSize(QPageSize(layout.pageSize().size(QPageSize::Millimeter) + QSizeF(0, missing),
                                     QPageSize::Millimeter, layout.pageSize().name(), QPageSize::ExactMatch));
        device->setPageLayout(layout);
    }
}

bool VoucherRoll::paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, QString* error) const
{
    return paint(device, vouchers, pagesFor(device), error);
}

bool VoucherRoll::paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, Pages pages, QString* error) const
{
    if (vouchers.isEmpty()) {
        *error = tr("there are no vouchers to print");
        return false;
    }
    const int mostPerPage = pages == Pages::TicketPerPage ? 1 : std::max(1, int(MaxPageLength / ticketHeight()));
    QPainter painter;
    qsizetype next = 0;
    while (next < vouchers.size()) {
        const int wanted = int(std::min<qsizetype>(vouchers.size() - next, mostPerPage));
        if (next == 0) {
            setPage(device, wanted);
            if (!painter.begin(device)) {
                *error = tr("cannot start painting on the printer or file");
                return false;
            }
        } else {
            // A PDF page takes the new length; a printer keeps the one page size of the job.
            if (pages == Pages::Continuous) {
                setPage(device, wanted);
            }
            if (!device->newPage()) {
                *error = tr("the printer refused a new page");
                painter.end();
                return false;
            }
        }
        const double pixelsPerMm = device->logicalDpiY() / 25.4;
        const double ticket = ticketHeight() * pixelsPerMm;
        // A device that gave a shorter page than asked for takes as many tickets as fit.
        const int fits = std::clamp(int(std::floor(device->height() / ticket + 0.01)), 1, wanted);
        // The print head's width, centred in what the device lets us paint.
        const double left = std::max(0.0, (device->width() - printableWidth() * pixelsPerMm) / 2);
        for (int i = 0; i < fits; ++i) {
            paintTicket(painter, QPointF(left, i * ticket), pixelsPerMm, vouchers[next + i]);
        }
        next += fits;
    }
    painter.end();
    return true;
}

void VoucherRoll::paintTicket(QPainter& painter,
                              const QPointF& topLeft,
                              double pixelsPerMm,
                              const Voucher& voucher) const
{
    const Metrics m = metrics();
    const double width = std::min(m.printable * pixelsPerMm, painter.device()->width() - topLeft.x());
    double y = topLeft.y() + 3 * pixelsPerMm;
    auto row = [&](double heightMm) {
        const QRectF rect(topLeft.x(), y, width, heightMm * pixelsPerMm);
        y += heightMm * pixelsPerMm;
        return rect;
    };
    painter.save();
    painter.setPen(Qt::black);

    const QFont shop = shopFont(m.text * 1.3, pixelsPerMm);
    for (const QString& line : m_shopLines) {
        VoucherSheet::paintTextLine(painter, row(m.text * 1.3 * 1.3), shop, line, Qt::AlignHCenter);
    }
    y += 1 * pixelsPerMm;

    // Whole device pixels per module, so a 203 dpi head prints every module the same width.
    const QString url = VoucherSheet::loginUrl(m_options.hotspotDnsName, voucher.code);
    const QRectF qrRow = row(m.qr);
    const double modules = double(VoucherSheet::qrModules(url).size() + 8);
    const double side = std::floor(std::min(qrRow.height(), width) / modules) * modules;
    VoucherSheet::paintQrCode(painter, QRectF(qrRow.center().x() - side / 2, qrRow.top(), side, side), url);

    // The code as large as the width allows, in a monospace font so 8 and B, 0 and O differ.
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setBold(true);
    code.setPixelSize(std::max(1, qRound(m.code * pixelsPerMm)));
    const double advance = QFontMetricsF(code, painter.device()).horizontalAdvance(voucher.code);
    if (advance > width * 0.95) {
        code.setPixelSize(std::max(1, int(code.pixelSize() * width * 0.95 / advance)));
    }
    VoucherSheet::paintTextLine(painter, row(m.code * 1.3), code, voucher.code, Qt::AlignHCenter);

    QFont price;
    price.setBold(true);
    price.setPixelSize(std::max(1, qRound(m.text * 1.3 * pixelsPerMm)));
    VoucherSheet::paintTextLine(painter, row(m.text * 1.3 * 1.5), price,
                                tr("%1 · %2 · %3")
                                    .arg(voucher.profile, VoucherSheet::priceText(voucher, m_options.currency),
                                         VoucherSheet::validityText(voucher)),
                                Qt::AlignHCenter);
    QFont small;
    small.setPixelSize(std::max(1, qRound(m.text * pixelsPerMm)));
    VoucherSheet::paintTextLine(painter, row(m.text * 1.5), small, VoucherSheet::speedText(voucher), Qt::AlignHCenter);
    VoucherSheet::paintTextLine(painter, row(m.text * 1.5), small,
                                tr("Scan, or log in at %1").arg(m_options.hotspotDnsName), Qt::AlignHCenter);

    // The cut line across the whole paper, at the bottom of the ticket.
    const double bottom = topLeft.y() + ticketHeight() * pixelsPerMm - 0.5 * pixelsPerMm;
    QPen cut(Qt::black);
    cut.setWidthF(0.3 * pixelsPerMm);
    cut.setDashPattern({6, 4});
    painter.setPen(cut);
    painter.drawLine(QPointF(0, bottom), QPointF(painter.device()->width(), bottom));
    painter.restore();
}
