// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/legacyvouchers.h"

#include "core/routeros/routerduration.h"
#include "core/storage/databaseerror.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storedtime.h"
#include "core/traffic/macaddress.h"
#include "core/traffic/ratelimit.h"
#include "core/util/userinput.h"
#include "core/vouchers/profilecatalog.h"
#include "core/vouchers/voucher.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

// The helpers sit inside LegacyVouchers so that lupdate files their tr() texts under that context.
namespace LegacyVouchers
{
namespace
{
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("LegacyVouchers", text, comment, n);
}

// Where other tools keep what we need, best guess first. Our own column comes first where a
// value in it can only have come from the old data (or from us since).
const QStringList DeveloperColumns {u"developer"_s, u"is_developer"_s, u"is_dev"_s, u"developer_code"_s, u"dev"_s};
const QStringList TextValidityColumns {u"validity"_s, u"time_limit"_s, u"limit_uptime"_s, u"duration_text"_s};
// Whole numbers in these units (seconds each); a text in them is read as a validity.
const QList<std::pair<QString, qint64>> NumberValidityColumns {
    {u"minutes"_s, 60},
    {u"duration_minutes"_s, 60},
    {u"validity_minutes"_s, 60},
    {u"time_minutes"_s, 60},
    {u"mins"_s, 60},
    {u"duration"_s, 60},
    {u"hours"_s, 3600},
    {u"validity_hours"_s, 3600},
    {u"duration_hours"_s, 3600},
    {u"days"_s, 86400},
    {u"validity_days"_s, 86400},
    {u"seconds"_s, 1},
    {u"duration_seconds"_s, 1},
    {u"time_seconds"_s, 1},
};
const QStringList UsersColumns {u"users"_s,       u"max_users"_s,  u"devices"_s,
                                u"max_devices"_s, u"user_limit"_s, u"shared"_s};
const QList<std::pair<QString, QString>> RatePairColumns {
    {u"rate_up"_s, u"rate_down"_s},           {u"upload"_s, u"download"_s},
    {u"upload_speed"_s, u"download_speed"_s}, {u"upload_limit"_s, u"download_limit"_s},
    {u"upload_rate"_s, u"download_rate"_s},   {u"bandwidth_up"_s, u"bandwidth_down"_s},
    {u"speed_up"_s, u"speed_down"_s},         {u"up_speed"_s, u"down_speed"_s},
    {u"max_upload"_s, u"max_download"_s},
};
// "upload/download" as a hotspot rate-limit writes it (rx/tx seen from the router: the user's
// upload first), or one speed for both.
const QStringList RateColumns {u"rate_limit"_s, u"rate"_s, u"speed"_s, u"bandwidth"_s, u"max_limit"_s};
const QStringList MacColumns {u"mac"_s,        u"mac_address"_s, u"macaddress"_s,
                              u"device_mac"_s, u"client_mac"_s,  u"mac_addr"_s};
const QStringList StatusColumns {u"status"_s, u"state"_s, u"voucher_status"_s};
// Only unambiguous flags: a bare "used" or "expired" column may hold minutes or a date.
const QList<std::pair<QString, Voucher::Status>> StatusFlagColumns {
    {u"is_expired"_s, Voucher::Status::Used},     {u"is_used"_s, Voucher::Status::Used},
    {u"is_revoked"_s, Voucher::Status::Revoked},  {u"is_disabled"_s, Voucher::Status::Revoked},
    {u"is_activated"_s, Voucher::Status::Active}, {u"is_active"_s, Voucher::Status::Active},
};
const QStringList PriceColumns {u"price_amount"_s, u"amount"_s, u"cost"_s, u"pesos"_s, u"peso"_s, u"price"_s};
const QStringList FirstUseColumns {u"activated_at"_s,  u"used_at"_s,    u"activation_time"_s, u"activation_date"_s,
                                   u"first_used_at"_s, u"start_time"_s, u"started_at"_s,      u"login_time"_s};

int rank(Voucher::Status status)
{
    switch (status) {
    case Voucher::Status::New:
        return 0;
    case Voucher::Status::Pushed:
        return 1;
    case Voucher::Status::Active:
        return 2;
    case Voucher::Status::Used:
        return 3;
    case Voucher::Status::Revoked:
        return 4;
    }
    return 0;
}

bool truthy(const QVariant& value)
{
    const QString text = value.toString().trimmed().toLower();
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber) {
        return number != 0;
    }
    return text == u"true"_s || text == u"yes"_s || text == u"y"_s || text == u"t"_s || text == u"on"_s;
}

// One legacy row as a name -> value map (names in lower case).
class Row
{
public:
    Row(const QSqlRecord& record, const QStringList& names)
    {
        for (const QString& name : names) {
            m_values.insert(name, record.value(name));
        }
    }
    bool has(const QString& column) const { return m_values.contains(column); }
    QVariant value(const QString& column) const { return m_values.value(column); }
    // The value as text; empty when the column is missing or NULL.
    QString text(const QString& column) const
    {
        const QVariant v = m_values.value(column);
        return v.isNull() ? QString() : v.toString().trimmed();
    }

private:
    QHash<QString, QVariant> m_values;
};

QString columnValue(const QString& column, const QString& text)
{
    return column + u' ' + UserInput::quote(text);
}

struct Derived
{
    QString validity;
    qint64 validitySeconds = -1;
    bool developer = false;
    int sharedUsers = 1;
    QString rateUp;
    QString rateDown;
    bool hadSpeed = false;
    Voucher::Status status = Voucher::Status::New;
    QString statusWord;
    QString mac;
    double price = 0;
    QString firstUse;
    QStringList problems; // decide what a customer gets: the voucher is not pushed
    QStringList remarks; // informational
};

void deriveValidity(const Row& row, Derived* d)
{
    // Unless a time limit is found, the text stays as the tool wrote it (the voucher is refused).
    d->validity = row.text(u"validity"_s).isEmpty() ? u"unlimited"_s : row.text(u"validity"_s);
    if (d->developer) {
        d->validity = u"unlimited"_s;
        d->validitySeconds = -1;
        return;
    }
    QString unreadable;
    QString unlimited;
    auto accept = [&](qint64 seconds, const QString& text) {
        d->validitySeconds = seconds;
        d->validity = text;
    };
    for (const QString& column : TextValidityColumns) {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            continue;
        }
        qint64 seconds = -1;
        if (!ProfileCatalog::parseValidity(text, &seconds)) {
            if (unreadable.isEmpty()) {
                unreadable = columnValue(column, text);
            }
        } else if (seconds < 0) {
            if (unlimited.isEmpty()) {
                unlimited = columnValue(column, text);
            }
        } else {
            accept(seconds, text);
            return;
        }
    }
    for (const auto& [column, unit] : NumberValidityColumns) {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            continue;
        }
        bool whole = false;
        const qint64 number = text.toLongLong(&whole);
        qint64 seconds = -1;
        if (whole && number > 0 && number <= 100LL * 365 * 86400 / unit) {
            seconds = number * unit;
        } else if (!whole && ProfileCatalog::parseValidity(text, &seconds) && seconds > 0) {
            // a text like "1h" in a number column
        } else {
            if (unreadable.isEmpty()) {
                unreadable = columnValue(column, text);
            }
            continue;
        }
        accept(seconds, RouterDuration::format(seconds));
        return;
    }
    if (!unreadable.isEmpty()) {
        d->problems.append(tr("its time limit cannot be read (%1)").arg(unreadable));
    } else if (!unlimited.isEmpty()) {
        d->problems.append(tr("it has no time limit (%1) but is not a developer code").arg(unlimited));
    } else {
        d->problems.append(tr("the old database gives it no time limit"));
    }
}

void deriveUsers(const Row& row, const QVariant& ours, Derived* d)
{
    d->sharedUsers = std::max(1, ours.toInt());
    for (const QString& column : UsersColumns) {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            continue;
        }
        bool whole = false;
        const int users = text.toInt(&whole);
        if (!whole || users < 1 || users > 1000) {
            d->problems.append(tr("its number of devices cannot be read (%1)").arg(columnValue(column, text)));
        } else {
            d->sharedUsers = users;
        }
        return;
    }
}

void deriveSpeed(const Row& row, Derived* d)
{
    auto read = [&](const QString& column, const QString& text, QString* out) {
        QString error;
        const auto rate = RateLimit::parse(text, column, &error);
        if (!rate) {
            d->problems.append(tr("its speed cannot be read (%1)").arg(columnValue(column, text)));
            return false;
        }
        *out = rate->toRouterOs();
        return true;
    };
    for (const auto& [up, down] : RatePairColumns) {
        const QString upText = row.text(up);
        const QString downText = row.text(down);
        if (upText.isEmpty() && downText.isEmpty()) {
            continue;
        }
        d->hadSpeed = true;
        if (upText.isEmpty() || downText.isEmpty()) {
            d->problems.append(tr("it has only one of %1 and %2").arg(up, down));
            return;
        }
        read(up, upText, &d->rateUp) && read(down, downText, &d->rateDown);
        return;
    }
    for (const QString& column : RateColumns) {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            continue;
        }
        d->hadSpeed = true;
        const QStringList parts = text.split(u'/');
        if (parts.size() > 2) {
            d->problems.append(tr("its speed cannot be read (%1)").arg(columnValue(column, text)));
            return;
        }
        QString up;
        QString down;
        if (read(column, parts.first(), &up) && read(column, parts.last(), &down)) {
            d->rateUp = up;
            d->rateDown = down;
        }
        return;
    }
}

void deriveStatus(const Row& row, Derived* d)
{
    std::optional<Voucher::Status> status = Voucher::Status::New;
    for (const QString& column : StatusColumns) {
        if (!row.has(column) || row.value(column).isNull()) {
            continue;
        }
        d->statusWord = row.text(column);
        status = Voucher::statusFromWord(d->statusWord);
        if (!status) {
            d->problems.append(
                tr("its status %1 is not a word PisoNet Manager knows").arg(UserInput::quote(d->statusWord)));
        }
        break;
    }
    // Flags of tools without a status word; the most final state wins (never revive a used code).
    Voucher::Status result = status.value_or(Voucher::Status::New);
    for (const auto& [column, flagged] : StatusFlagColumns) {
        if (row.has(column) && truthy(row.value(column)) && rank(flagged) > rank(result)) {
            result = flagged;
        }
    }
    d->status = result;
}

void deriveMac(const Row& row, Derived* d)
{
    for (const QString& column : MacColumns) {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            continue;
        }
        if (const auto mac = MacAddress::parse(text)) {
            d->mac = mac->toString();
        } else {
            d->remarks.append(tr("its device address cannot be read (%1); left empty").arg(columnValue(column, text)));
        }
        return;
    }
}

void derivePrice(const Row& row, Derived* d)
{
    static const QRegularExpression number(u"^[^\\d-]*(\\d+(?:[.,]\\d+)?)[^\\d]*$"_s);
    for (const QString& column : PriceColumns) {
        const QString text = row.text(column);
        if (text.isEmpty() || (column == u"price"_s && text == u"0"_s)) {
            continue;
        }
        const auto match = number.match(text);
        if (match.hasMatch()) {
            d->price = match.captured(1).replace(u',', u'.').toDouble();
        } else {
            d->remarks.append(tr("its price cannot be read (%1); counted as 0").arg(columnValue(column, text)));
        }
        return;
    }
}

void deriveFirstUse(const Row& row, Derived* d)
{
    for (const QString& column : FirstUseColumns) {
        const QString text = row.text(column);
        if (text.isEmpty()) {
            continue;
        }
        const QDateTime time = StoredTime::parse(text); // the shop's local time, as tools write it
        if (time.isValid()) {
            d->firstUse = StoredTime::format(time);
        } else {
            d->remarks.append(tr("its first use cannot be read (%1)").arg(columnValue(column, text)));
        }
        return;
    }
}

// "AB12CD, EF34GH and 3 more"
QString someCodes(const QStringList& codes)
{
    constexpr qsizetype Shown = 8;
    if (codes.size() <= Shown) {
        return codes.join(u", "_s);
    }
    return tr("%1 and %2 more").arg(codes.first(Shown).join(u", "_s)).arg(codes.size() - Shown);
}
} // namespace

bool repair(QSqlDatabase& db, QStringList* notes, QString* error)
{
    auto fail = [&](const QSqlQuery& query) {
        *error = DatabaseError::describe(query.lastError(), db.databaseName());
        return false;
    };
    QStringList columns;
    {
        const QSqlRecord record = db.record(u"vouchers"_s);
        for (int i = 0; i < record.count(); ++i) {
            columns.append(record.fieldName(i).toLower());
        }
    }
    for (const auto& [column, type] :
         {std::pair {u"problem"_s, u"VARCHAR(200)"_s}, std::pair {u"legacy_status"_s, u"VARCHAR(32)"_s}}) {
        if (!columns.contains(column)) {
            QSqlQuery alter(db);
            if (!alter.exec(u"ALTER TABLE vouchers ADD COLUMN %1 %2"_s.arg(column, type))) {
                return fail(alter);
            }
        }
    }

    if (!SqlDialect::of(db).hasRowIds()) {
        return true; // a shared database is made by us, never another tool's table
    }

    struct Found
    {
        qint64 rowId;
        QString code;
        Derived derived;
        bool pushedUnlimited;
    };
    QList<Found> found;
    {
        QSqlQuery select(db);
        select.setForwardOnly(true);
        // Rows PisoNet Manager made belong to a batch; everything else came from another tool.
        if (!select.exec(u"SELECT rowid AS pisonet_rowid, * FROM vouchers WHERE batch_id IS NULL"_s)) {
            return fail(select);
        }
        while (select.next()) {
            // Column names as the tool wrote them may differ in case: read them in lower case.
            const QSqlRecord record = select.record();
            QSqlRecord renamed;
            QStringList names;
            for (int i = 0; i < record.count(); ++i) {
                QSqlField field = record.field(i);
                field.setName(field.name().toLower());
                names.append(field.name());
                renamed.append(field);
            }
            const Row byName(renamed, names);
            Derived d;
            for (const QString& column : DeveloperColumns) {
                if (byName.has(column) && truthy(byName.value(column))) {
                    d.developer = true;
                }
            }
            deriveValidity(byName, &d);
            deriveUsers(byName, byName.value(u"shared_users"_s), &d);
            d.rateUp = byName.text(u"rate_limit_up"_s);
            d.rateDown = byName.text(u"rate_limit_down"_s);
            deriveSpeed(byName, &d);
            deriveStatus(byName, &d);
            deriveMac(byName, &d);
            d.price = byName.value(u"price"_s).toDouble();
            derivePrice(byName, &d);
            deriveFirstUse(byName, &d);
            const bool pushedUnlimited = d.statusWord.compare(u"pushed"_s, Qt::CaseInsensitive) == 0
                && byName.value(u"validity_seconds"_s).toLongLong() < 0 && !d.developer;
            found.append({byName.value(u"pisonet_rowid"_s).toLongLong(), byName.text(u"code"_s), d, pushedUnlimited});
        }
    }

    QSqlQuery update(db);
    update.prepare(u"UPDATE vouchers SET validity = ?, validity_seconds = ?, developer = ?, shared_users = ?, "
                   "rate_limit_up = ?, rate_limit_down = ?, status = ?, legacy_status = COALESCE(legacy_status, ?), "
                   "mac = ?, price = ?, activated_at = COALESCE(activated_at, ?), problem = ? WHERE rowid = ?"_s);
    QMap<QString, QStringList> blocked; // problem -> codes
    QMap<QString, QStringList> remarks;
    QStringList pushedUnlimited;
    QStringList withoutSpeed;
    int limited = 0;
    int developers = 0;
    for (const Found& row : std::as_const(found)) {
        const Derived& d = row.derived;
        const bool dead = d.status == Voucher::Status::Used || d.status == Voucher::Status::Revoked;
        // A dead voucher is never pushed anyway: its old values are kept without complaint.
        const QString problem = dead ? QString() : d.problems.join(u"; "_s);
        const QString ourWord = Voucher::statusName(d.status);
        update.addBindValue(d.validity);
        update.addBindValue(d.validitySeconds);
        update.addBindValue(d.developer ? 1 : 0);
        update.addBindValue(d.sharedUsers);
        update.addBindValue(d.rateUp.isEmpty() ? u"1M"_s : d.rateUp);
        update.addBindValue(d.rateDown.isEmpty() ? u"2M"_s : d.rateDown);
        update.addBindValue(ourWord);
        update.addBindValue(d.statusWord.compare(ourWord, Qt::CaseInsensitive) == 0 ? QVariant() : d.statusWord);
        update.addBindValue(d.mac.isEmpty() ? QVariant() : QVariant(d.mac));
        update.addBindValue(d.price);
        update.addBindValue(d.firstUse.isEmpty() ? QVariant() : QVariant(d.firstUse));
        update.addBindValue(problem.isEmpty() ? QVariant() : QVariant(problem));
        update.addBindValue(row.rowId);
        if (!update.exec()) {
            return fail(update);
        }
        if (!problem.isEmpty()) {
            blocked[problem].append(row.code);
        } else if (d.developer) {
            ++developers;
        } else {
            ++limited;
        }
        for (const QString& remark : d.remarks) {
            remarks[remark].append(row.code);
        }
        if (!d.hadSpeed && !dead) {
            withoutSpeed.append(row.code);
        }
        if (row.pushedUnlimited && !dead) {
            pushedUnlimited.append(row.code);
        }
    }
    if (found.isEmpty()) {
        return true;
    }
    notes->append(tr("%n voucher(s) of another tool read: %1 with a time limit, %2 developer code(s) without one, "
                     "%3 that cannot be used.",
                     nullptr, int(found.size()))
                      .arg(limited)
                      .arg(developers)
                      .arg(found.size() - limited - developers));
    for (auto it = blocked.cbegin(); it != blocked.cend(); ++it) {
        notes->append(tr("Never put on the router because %1: %2. They are kept; revoke them (pisonet-cli "
                         "vouchers revoke CODE) or make new ones.")
                          .arg(it.key(), someCodes(it.value())));
    }
    for (auto it = remarks.cbegin(); it != remarks.cend(); ++it) {
        notes->append(tr("%1: %2.").arg(someCodes(it.value()), it.key()));
    }
    if (!withoutSpeed.isEmpty()) {
        notes->append(
            tr("No speed in the old database for %1: they get 1M up / 2M down.").arg(someCodes(withoutSpeed)));
    }
    if (!pushedUnlimited.isEmpty()) {
        notes->append(tr("Already on the router without a time limit (put there by an earlier version): %1. Revoke "
                         "them, or set their limit-uptime on the router.")
                          .arg(someCodes(pushedUnlimited)));
    }
    return true;
}

} // namespace LegacyVouchers
