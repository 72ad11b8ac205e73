// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// An amount of data in bytes as RouterOS writes limit-bytes-total, with decimal units:
// "500M" = 500,000,000, "1G" = 1,000,000,000, "1.5G", "750k", or a plain number of bytes.
// Zero is no amount: a voucher without a data cap simply has no "data".
namespace DataSize
{
constexpr quint64 Maximum = 100'000'000'000ULL; // 100 GB: beyond any voucher

// field names what is being parsed ("data") in the error message.
std::optional<quint64> parse(QStringView text, const QString& field, QString* error = nullptr);
// "500M", "1G", "1500k", "123": what RouterOS accepts and profiles.json writes.
QString toRouterOs(quint64 bytes);
} // namespace DataSize
