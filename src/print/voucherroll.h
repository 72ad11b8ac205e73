// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/vouchersheet.h"

#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QPointF;

// Voucher tickets for 58 mm and 80 mm thermal roll printers: one ticket under the other on a
// page as wide as the roll and as long as its tickets (shop name, QR code of the login link, the
// code in large monospace, price, validity, speed, a cut line). PDF files (and printers fed PDF,
// as CUPS is) get continuous pages of at most MaxPageLength; a printer through its own driver
// (Windows) gets one page per ticket, so the driver's "cut per page" cuts every ticket and no
// blank paper follows the last one. See docs/printing.md.
class VoucherRoll
{
public:
    // Longest page asked for, in millimetres: under Windows' 3276.7 mm with room to spare.
    static constexpr double MaxPageLength = 3000;

    enum class Pages
    {
        Continuous, // one ticket under the other, a new page only after MaxPageLength
        TicketPerPage,
    };
    // Continuous for PDF output (files, CUPS); TicketPerPage for printer drivers, which cannot
    // change the page size within a job.
    static Pages pagesFor(const QPagedPaintDevice* device);

    // options.paper is Roll58 or Roll80 (A4 is painted as an 80 mm roll).
    explicit VoucherRoll(VoucherSheet::Options options);

    double rollWidth() const; // mm: 58 or 80
    double printableWidth() const; // mm: what the print head reaches, 48 or 72
    double ticketHeight() const; // mm, cut line included
    // The page for this many tickets: roll width, their height, side margins to the print head.
    QPageLayout pageLayout(int tickets) const;

    // Sets the device's page layout and paints every ticket, starting new pages as needed.
    bool paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, QString* error) const;
    bool paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, Pages pages, QString* error) const;

private:
    struct Metrics; // sizes in millimetres for one roll width
    Metrics metrics() const;
    // The shop name on one line, or on two when it does not fit (the second one elided).
    QStringList shopLines() const;
    // Sets the page for this many tickets; a longer one when the device's own margins would
    // leave less than their height.
    void setPage(QPagedPaintDevice* device, int tickets) const;
    void paintTicket(QPainter& painter, const QPointF& topLeft, double pixelsPerMm, const Voucher& voucher) const;

    VoucherSheet::Options m_options;
    QStringList m_shopLines;
};
