// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/profilecatalog.h"

#include "core/routeros/routerduration.h"
#include "core/traffic/datasize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ProfileCatalog", text);
}

void lineAndColumn(const QByteArray& json, int offset, int* line, int* column)
{
    *line = 1;
    *column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}
} // namespace

bool ProfileCatalog::parseValidity(const QString& text, qint64* seconds)
{
    if (text.compare(u"unlimited"_s, Qt::CaseInsensitive) == 0) {
        *seconds = -1;
        return true;
    }
    if (text.isEmpty() || text.contains(u':') || text == u"none"_s || !text.at(0).isDigit()) {
        return false;
    }
    for (QChar c : text) {
        if (!c.isDigit() && c != u'w' && c != u'd' && c != u'h' && c != u'm' && c != u's') {
            return false;
        }
    }
    return RouterDuration::parseSeconds(text, seconds) && *seconds > 0;
}

std::optional<QList<Profile>>
ProfileCatalog::parse(const QByteArray& json, const QString& fileName, QStringList* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(json, parseError.offset, &line, &column);
        errors->append(tr("%1: line %2, column %3: %4 (not valid JSON)")
                           .arg(fileName)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
        return std::nullopt;
    }
    QJsonArray entries;
    if (document.isArray()) {
        entries = document.array();
    } else if (document.isObject() && document.object().value(u"profiles"_s).isArray()) {
        entries = document.object().value(u"profiles"_s).toArray();
    } else {
        errors->append(tr("%1: expected an object with a \"profiles\" list").arg(fileName));
        return std::nullopt;
    }
    if (entries.isEmpty()) {
        errors->append(tr("%1: the \"profiles\" list is empty").arg(fileName));
        return std::nullopt;
    }

    QList<Profile> profiles;
    QSet<QString> names;
    const qsizetype before = errors->size();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = entries.at(i).toObject();
        const QString label = object.value(u"name"_s).isString()
            ? tr("%1: profile %2 (\"%3\")").arg(fileName).arg(i + 1).arg(object.value(u"name"_s).toString())
            : tr("%1: profile %2").arg(fileName).arg(i + 1);
        auto problem = [&](const QString& field, const QString& what) {
            errors->append(tr("%1: field \"%2\": %3").arg(label, field, what));
        };
        if (!entries.at(i).isObject()) {
            errors->append(tr("%1: expected an object like {\"name\": \"BASIC\", ...}").arg(label));
            continue;
        }
        Profile profile;
        bool good = true;
        auto require = [&](const QString& field) {
            if (!object.contains(field)) {
                problem(field, tr("missing"));
                good = false;
                return false;
            }
            return true;
        };
        if (require(u"name"_s)) {
            profile.name = object.value(u"name"_s).toString().trimmed();
            if (!object.value(u"name"_s).isString() || profile.name.isEmpty()) {
                problem(u"name"_s, tr("expected a non-empty text"));
                good = false;
            } else if (names.contains(profile.name.toLower())) {
                problem(u"name"_s, tr("duplicate name: another profile is already called \"%1\"").arg(profile.name));
                good = false;
            } else {
                names.insert(profile.name.toLower());
            }
        }
        if (require(u"price"_s)) {
            const QJsonValue price = object.value(u"price"_s);
            if (!price.isDouble() || !std::isfinite(price.toDouble())) {
                problem(u"price"_s, tr("expected a number, like 10"));
                good = false;
            } else if (price.toDouble() < 0) {
                problem(u"price"_s, tr("cannot be negative (%1)").arg(price.toDouble()));
                good = false;
            } else {
                profile.price = price.toDouble();
            }
        }
        if (require(u"validity"_s)) {
            profile.validity = object.value(u"validity"_s).toString().trimmed();
            if (!object.value(u"validity"_s).isString() || !parseValidity(profile.validity, &profile.validitySeconds)) {
                problem(u"validity"_s,
                        tr("unknown duration \"%1\" (use 30m, 1h, 2h, 1d, 1w or unlimited)")
                            .arg(object.value(u"validity"_s).toVariant().toString()));
                good = false;
            }
        }
        if (require(u"users"_s)) {
            const QJsonValue users = object.value(u"users"_s);
            // The feature description's own file writes "users": "1": a whole number as text is fine.
            double value = users.toDouble();
            bool readable = users.isDouble();
            if (users.isString()) {
                const QString text = users.toString().trimmed();
                readable = !text.isEmpty()
                    && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; })
                    && text.size() <= 4;
                value = readable ? text.toDouble() : 0;
            }
            if (!readable || value < 1 || value > 1000 || value != std::floor(value)) {
                problem(u"users"_s, tr("expected a whole number of devices from 1 to 1000"));
                good = false;
            } else {
                profile.users = int(value);
            }
        }
        for (const QString& field : {u"rate_up"_s, u"rate_down"_s}) {
            if (!require(field)) {
                continue;
            }
            QString rateError;
            const QJsonValue value = object.value(field);
            const auto rate = value.isString() ? RateLimit::parse(value.toString(), field, &rateError) : std::nullopt;
            if (!rate) {
                problem(field, value.isString() ? rateError : tr("expected a text like \"512K\" or \"2M\""));
                good = false;
            } else if (field == u"rate_up"_s) {
                profile.rateUp = *rate;
            } else {
                profile.rateDown = *rate;
            }
        }
        // Optional: older files without it keep working.
        if (object.contains(u"lock_device"_s)) {
            const QJsonValue lock = object.value(u"lock_device"_s);
            if (!lock.isBool()) {
                problem(u"lock_device"_s, tr("expected true or false"));
                good = false;
            } else {
                profile.lockDevice = lock.toBool();
            }
        }
        // Optional: a data cap, in bytes with RouterOS's decimal units ("500M", "1G").
        if (object.contains(u"data"_s)) {
            QString dataError;
            const QJsonValue value = object.value(u"data"_s);
            const auto bytes
                = value.isString() ? DataSize::parse(value.toString(), u"data"_s, &dataError) : std::nullopt;
            if (!bytes) {
                problem(u"data"_s, value.isString() ? dataError : tr("expected a text like \"500M\" or \"1G\""));
                good = false;
            } else {
                profile.dataBytes = *bytes;
            }
        }
        if (good) {
            profiles.append(profile);
        }
    }
    if (errors->size() > before) {
        return std::nullopt;
    }
    return profiles;
}

bool ProfileCatalog::load(const QString& path, QStringList* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(tr("%1: cannot read the file (%2)").arg(path, file.errorString()));
        return false;
    }
    const auto parsed = parse(file.readAll(), QDir::toNativeSeparators(path), errors);
    if (!parsed) {
        return false;
    }
    m_profiles = *parsed;
    m_path = path;
    return true;
}

QString ProfileCatalog::shippedPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         QStringList {dir + u"/profiles.json"_s, dir + u"/../share/pisonet/profiles.json"_s}) {
        if (QFileInfo::exists(candidate)) {
            return QDir::cleanPath(candidate);
        }
    }
    return dir + u"/profiles.json"_s;
}

QString ProfileCatalog::userPath()
{
    // Next to the database (Database::defaultPath()).
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/profiles.json"_s;
}

bool ProfileCatalog::save(const QString& path, const QByteArray& json, QStringList* errors)
{
    if (!parse(json, QDir::toNativeSeparators(path), errors)) {
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        errors->append(tr("%1: cannot make the folder").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        errors->append(tr("%1: cannot write the file (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QString ProfileCatalog::activePath()
{
    const QString overridden = qEnvironmentVariable("PISONET_PROFILES");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QFileInfo::exists(userPath()) ? userPath() : shippedPath();
}

std::optional<Profile> ProfileCatalog::find(const QString& name) const
{
    for (const Profile& profile : m_profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return profile;
        }
    }
    return std::nullopt;
}

QStringList ProfileCatalog::names() const
{
    QStringList result;
    for (const Profile& profile : m_profiles) {
        result.append(profile.name);
    }
    return result;
}
