// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/voucher.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

#include <optional>

class QFont;
class QPagedPaintDevice;
class QPainter;
class QRectF;

// Voucher cards on A4 pages: code, profile, price, validity, speed and a QR code of the hotspot
// login URL, drawn as vectors so they print sharp. The same painting serves PDF files and printers.
// With a roll paper chosen in the options the work goes to VoucherRoll (tickets for thermal roll
// printers), which paints with the helpers below.
class VoucherSheet
{
public:
    enum class Paper
    {
        A4,
        Roll58, // 58 mm thermal roll
        Roll80, // 80 mm thermal roll
    };

    struct Options
    {
        QString hotspotDnsName = QStringLiteral("10.5.50.1"); // the hotspot's DNS name or address
        QString shopName = QStringLiteral("PisoWiFi");
        QString currency = QStringLiteral("₱");
        int columns = 2;
        int rows = 6;
        Paper paper = Paper::A4;
    };

    explicit VoucherSheet(Options options);

    // "a4", "58mm", "80mm": the words of the settings and of --paper.
    static QString paperName(Paper paper);
    static std::optional<Paper> paperFromName(const QString& name);
    static QStringList paperNames();

    // http://<hotspot-dns-name>/login?username=<code>&password=
    static QString loginUrl(const QString& hotspotDnsName, const QString& code);
    // The QR modules of text (true = dark), row by row; empty on failure.
    static QList<QList<bool>> qrModules(const QString& text);

    // Shared by the A4 cards and the roll tickets.
    // The QR code of text filling the square box, a quiet zone of four modules included.
    static void paintQrCode(QPainter& painter, const QRectF& box, const QString& text);
    // One line of text in rect, elided rather than clipped mid-letter when it does not fit.
    static void paintTextLine(QPainter& painter,
                              const QRectF& rect,
                              const QFont& font,
                              const QString& text,
                              Qt::Alignment alignment = Qt::AlignLeft);
    // "₱5", "₱2.50"
    static QString priceText(const Voucher& voucher, const QString& currency);
    // "1h", or "no time limit"
    static QString validityText(const Voucher& voucher);
    // "↓ 1 Mbps  ↑ 512 kbps"
    static QString speedText(const Voucher& voucher);

    bool writePdf(const QList<Voucher>& vouchers, const QString& path, QString* error) const;
    // Paints every card onto the device, starting new pages as needed. Roll paper sets the
    // device's page layout itself; A4 paints on the page the device has.
    bool paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, QString* error) const;

private:
    void paintCard(QPainter& painter, const QRectF& card, const Voucher& voucher) const;

    Options m_options;
};
