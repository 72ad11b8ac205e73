// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/vouchersheet.h"

#include "print/voucherroll.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QUrl>
#include <qrcodegen.hpp>

#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("VoucherSheet", text);
}
} // namespace

VoucherSheet::VoucherSheet(Options options)
    : m_options(std::move(options))
{ }

QString VoucherSheet::paperName(Paper paper)
{
    switch (paper) {
    case Paper::Roll58:
        return u"58mm"_s;
    case Paper::Roll80:
        return u"80mm"_s;
    case Paper::A4:
        break;
    }
    return u"a4"_s;
}

std::optional<VoucherSheet::Paper> VoucherSheet::paperFromName(const QString& name)
{
    for (Paper paper : {Paper::A4, Paper::Roll58, Paper::Roll80}) {
        if (name.trimmed().compare(paperName(paper), Qt::CaseInsensitive) == 0) {
            return paper;
        }
    }
    return std::nullopt;
}

QStringList VoucherSheet::paperNames()
{
    return {paperName(Paper::A4), paperName(Paper::Roll58), paperName(Paper::Roll80)};
}

QString VoucherSheet::loginUrl(const QString& hotspotDnsName, const QString& code)
{
    return u"http://%1/login?username=%2&password="_s.arg(hotspotDnsName,
                                                          QString::fromUtf8(QUrl::toPercentEncoding(code)));
}

QList<QList<bool>> VoucherSheet::qrModules(const QString& text)
{
    const QByteArray data = text.toUtf8();
    QList<QList<bool>> modules;
    try {
        const qrcodegen::QrCode code = qrcodegen::QrCode::encodeBinary(
            std::vector<std::uint8_t>(data.cbegin(), data.cend()), qrcodegen::QrCode::Ecc::MEDIUM);
        const int size = code.getSize();
        modules.reserve(size);
        for (int y = 0; y < size; ++y) {
            QList<bool> row;
            row.reserve(size);
            for (int x = 0; x < size; ++x) {
                row.append(code.getModule(x, y));
            }
            modules.append(row);
        }
    } catch (const qrcodegen::data_too_long&) {
        // More than a version-40 code holds: no QR code, as the caller handles an empty result.
        modules.clear();
    }
    return modules;
}

bool VoucherSheet::writePdf(const QList<Voucher>& vouchers, const QString& path, QString* error) const
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            *error = tr("cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4)); // roll paper sets its own page in paint()
    writer.setResolution(300);
    writer.setTitle(tr("%1 vouchers").arg(m_options.shopName));
    writer.setCreator(u"PisoNet Manager"_s);
    return paint(&writer, vouchers, error);
}

bool VoucherSheet::paint(QPagedPaintDevice* device, const QList<Voucher>& vouchers, QString* error) const
{
    if (vouchers.isEmpty()) {
        *error = tr("there are no vouchers to print");
        return false;
    }
    if (m_options.paper != Paper::A4) {
        return VoucherRoll(m_options).paint(device, vouchers, error);
    }
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("cannot start painting on the printer or file");
        return false;
    }
    const QRectF page = QRectF(0, 0, device->width(), device->height());
    const double margin = page.width() * 0.04;
    const QRectF area = page.adjusted(margin, margin, -margin, -margin);
    const double cardWidth = area.width() / m_options.columns;
    const double cardHeight = area.height() / m_options.rows;
    const int perPage = m_options.columns * m_options.rows;
    for (qsizetype i = 0; i < vouchers.size(); ++i) {
        if (i > 0 && i % perPage == 0) {
            device->newPage();
        }
        const int slot = int(i % perPage);
        const QRectF card(area.left() + (slot % m_options.columns) * cardWidth,
                          area.top() + (slot / m_options.columns) * cardHeight, cardWidth, cardHeight);
        paintCard(painter, card.adjusted(cardWidth * 0.02, cardHeight * 0.03, -cardWidth * 0.02, -cardHeight * 0.03),
                  vouchers[i]);
    }
    painter.end();
    return true;
}

void VoucherSheet::paintQrCode(QPainter& painter, const QRectF& box, const QString& text)
{
    const QList<QList<bool>> modules = qrModules(text);
    if (modules.isEmpty()) {
        return;
    }
    painter.save();
    const double module = box.width() / double(modules.size() + 8);
    painter.fillRect(box, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (qsizetype y = 0; y < modules.size(); ++y) {
        for (qsizetype x = 0; x < modules[y].size(); ++x) {
            if (modules[y][x]) {
                // Slightly oversized so neighbouring modules never leave hairline gaps.
                painter.drawRect(QRectF(box.left() + double(x + 4) * module, box.top() + double(y + 4) * module,
                                        module * 1.02, module * 1.02));
            }
        }
    }
    painter.restore();
}

void VoucherSheet::paintTextLine(
    QPainter& painter, const QRectF& rect, const QFont& font, const QString& text, Qt::Alignment alignment)
{
    painter.setFont(font);
    const QString shown = QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, alignment | Qt::AlignVCenter, shown);
}

QString VoucherSheet::priceText(const Voucher& voucher, const QString& currency)
{
    const bool whole = voucher.price == double(qint64(voucher.price));
    return currency + QString::number(voucher.price, 'f', whole ? 0 : 2);
}

QString VoucherSheet::validityText(const Voucher& voucher)
{
    return voucher.validitySeconds < 0 ? tr("no time limit") : voucher.validity;
}

QString VoucherSheet::speedText(const Voucher& voucher)
{
    return tr("↓ %1  ↑ %2").arg(voucher.rateDown.toDisplay(), voucher.rateUp.toDisplay());
}

void VoucherSheet::paintCard(QPainter& painter, const QRectF& card, const Voucher& voucher) const
{
    painter.save();
    QPen border(Qt::gray);
    border.setStyle(Qt::DashLine);
    border.setWidthF(card.width() * 0.004);
    painter.setPen(border);
    painter.drawRect(card);

    // QR code on the right.
    const double qrSide = std::min(card.height() * 0.84, card.width() * 0.36);
    const QRectF qrBox(card.right() - qrSide - card.height() * 0.07, card.center().y() - qrSide / 2, qrSide, qrSide);
    paintQrCode(painter, qrBox, loginUrl(m_options.hotspotDnsName, voucher.code));

    const QRectF text(card.left() + card.width() * 0.05, card.top() + card.height() * 0.06,
                      qrBox.left() - card.left() - card.width() * 0.07, card.height() * 0.88);
    painter.setPen(Qt::black);
    auto line = [&](double top, double height, const QFont& font, const QString& content) {
        paintTextLine(painter,
                      QRectF(text.left(), text.top() + text.height() * top, text.width(), text.height() * height), font,
                      content);
    };
    QFont small = painter.font();
    small.setPixelSize(int(text.height() * 0.09));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPixelSize(int(text.height() * 0.21));
    codeFont.setBold(true);
    line(0.0, 0.14, small, m_options.shopName);
    line(0.16, 0.28, codeFont, voucher.code);
    line(0.48, 0.13, small,
         u"%1 · %2 · %3"_s.arg(voucher.profile, priceText(voucher, m_options.currency), validityText(voucher)));
    line(0.63, 0.13, small, speedText(voucher));
    line(0.80, 0.13, small, tr("Scan, or log in at %1").arg(m_options.hotspotDnsName));
    painter.restore();
}
