// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/voucher.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

// Voucher cards on A4 pages: code, profile, price, validity, speed and a QR code of the hotspot
// login URL, drawn as vectors so they print sharp. The same painting serves PDF files and printers.
class VoucherSheet
{
public:
    struct Options
    {
        QString hotspotDnsName = QStringLiteral("10.5.50.1"); // the hotspot's DNS name or address
        QString shopName = QStringLiteral("PisoWiFi");
        QString currency = QStringLiteral("₱");
        int columns = 2;
        int rows = 6;
    };

    explicit VoucherSheet(Options options);

    // http://<hotspot-dns-name>/login?username=<code>&password=
    static QString loginUrl(const QString& hotspotDnsName, const QString& code);
    // The QR modules of text (true = dark), row by row; empty on failure.
    static QList<QList<bool>> qrModules(const QString& text);

    bool writePdf(const QList<Voucher>& vouchers, const QString& path, QString* error) const;
    // Paints every card onto the device, starting new pages as needed.
    bool paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, QString* error) const;

private:
    void paintCard(QPainter& painter, const QRectF& card, const Voucher& voucher) const;

    Options m_options;
};
