// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficjson.h"

#include "core/traffic/trafficformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace
{
// One user's fields, in the order QJsonObject keeps keys (ordinal), so that the document written
// directly is byte for byte what QJsonDocument writes for the same object.
template <typename Sink>
void describe(const UserTraffic& user, const QString& router, Sink& sink)
{
    const QLocale c = QLocale::c();
    sink.number("bytes_in"_L1, double(user.bytesUp));
    sink.string("bytes_in_formatted"_L1, TrafficFormat::bytes(user.bytesUp, c));
    sink.number("bytes_out"_L1, double(user.bytesDown));
    sink.string("bytes_out_formatted"_L1, TrafficFormat::bytes(user.bytesDown, c));
    // Bytes of the data cap left; null for a user without one.
    if (user.dataLeftBytes < 0) {
        sink.null("data_left"_L1);
    } else {
        sink.number("data_left"_L1, double(user.dataLeftBytes));
    }
    sink.string("data_left_formatted"_L1,
                user.dataLeftBytes < 0 ? QString() : TrafficFormat::bytes(quint64(user.dataLeftBytes), c));
    sink.string("ip"_L1, user.address);
    sink.string("limit_source"_L1, UserTraffic::limitSourceName(user.limitSource));
    sink.string("mac"_L1, user.macString());
    sink.boolean("mac_randomised"_L1, user.mac.isRandomised());
    sink.string("max_limit"_L1, user.limit ? user.limit->toMaxLimit() : QString());
    sink.digits("rate_in"_L1, quint64(user.rateUp));
    sink.digits("rate_out"_L1, quint64(user.rateDown));
    if (!router.isEmpty()) {
        sink.string("router"_L1, router);
    }
    sink.string("session_id"_L1, user.sessionId);
    sink.string("time_left"_L1, user.timeLeftSeconds < 0 ? QString() : TrafficFormat::duration(user.timeLeftSeconds));
    sink.integer("time_left_seconds"_L1, user.timeLeftSeconds);
    sink.string("uptime"_L1, TrafficFormat::duration(user.uptimeSeconds));
    sink.integer("uptime_seconds"_L1, user.uptimeSeconds);
    sink.string("user"_L1, user.user);
}

struct ObjectSink
{
    QJsonObject object;
    void string(QLatin1StringView key, const QString& value) { object.insert(key, value); }
    // A whole number written as a string, as QString::number writes it.
    void digits(QLatin1StringView key, quint64 value) { object.insert(key, QString::number(value)); }
    void integer(QLatin1StringView key, qint64 value) { object.insert(key, value); }
    void number(QLatin1StringView key, double value) { object.insert(key, value); }
    void boolean(QLatin1StringView key, bool value) { object.insert(key, value); }
    void null(QLatin1StringView key) { object.insert(key, QJsonValue(QJsonValue::Null)); }
};

// Compact JSON as QJsonDocument writes it: strings escaped the same way, integral doubles as
// integers, keys in the order given. Thousands of rows: no allocation per key, number or ASCII
// string.
struct ByteSink
{
    QByteArray* out;
    bool first = true;

    void key(QLatin1StringView name)
    {
        if (!first) {
            out->append(',');
        }
        first = false;
        out->append('"');
        out->append(name.data(), name.size()); // our keys need no escaping
        out->append("\":", 2);
    }
    void quoted(const QString& text)
    {
        // Most values (addresses, MACs, codes, sizes) are plain ASCII: copied as they are.
        const char16_t* units = QStringView(text).utf16();
        const qsizetype size = text.size();
        bool plain = true;
        for (qsizetype i = 0; i < size && plain; ++i) {
            plain = units[i] >= 0x20 && units[i] < 0x80 && units[i] != u'"' && units[i] != u'\\';
        }
        if (plain) {
            const qsizetype at = out->size();
            out->resize(at + size + 2);
            char* to = out->data() + at;
            *to++ = '"';
            for (qsizetype i = 0; i < size; ++i) {
                *to++ = char(units[i]);
            }
            *to = '"';
            return;
        }
        out->append('"');
        const QByteArray utf8 = text.toUtf8();
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8.at(i));
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out->append(utf8.constData() + plainFrom, i - plainFrom);
            plainFrom = i + 1;
            switch (c) {
            case '"':
                out->append("\\\"");
                break;
            case '\\':
                out->append("\\\\");
                break;
            case '\b':
                out->append("\\b");
                break;
            case '\f':
                out->append("\\f");
                break;
            case '\n':
                out->append("\\n");
                break;
            case '\r':
                out->append("\\r");
                break;
            case '\t':
                out->append("\\t");
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                out->append(escaped, sizeof escaped);
            }
            }
        }
        out->append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
        out->append('"');
    }
    template <typename Integer>
    void appendInteger(Integer value)
    {
        char text[24];
        const auto written = std::to_chars(std::begin(text), std::end(text), value);
        out->append(text, written.ptr - text);
    }
    void string(QLatin1StringView name, const QString& value)
    {
        key(name);
        quoted(value);
    }
    void digits(QLatin1StringView name, quint64 value)
    {
        key(name);
        out->append('"');
        appendInteger(value);
        out->append('"');
    }
    void integer(QLatin1StringView name, qint64 value)
    {
        key(name);
        appendInteger(value);
    }
    void number(QLatin1StringView name, double value)
    {
        key(name);
        constexpr double MaxSafeInteger = 9007199254740992.0; // 2^53, as QJsonDocument
        if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) <= MaxSafeInteger) {
            appendInteger(qint64(value));
        } else if (std::isfinite(value)) {
            out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
        } else {
            out->append("null");
        }
    }
    void boolean(QLatin1StringView name, bool value)
    {
        key(name);
        out->append(value ? "true" : "false");
    }
    void null(QLatin1StringView name)
    {
        key(name);
        out->append("null");
    }
};
} // namespace

namespace TrafficJson
{

QJsonObject user(const UserTraffic& user, const QString& router)
{
    ObjectSink sink;
    describe(user, router, sink);
    return sink.object;
}

QJsonObject users(const TrafficSnapshot& snapshot, const QString& router)
{
    QJsonArray list;
    for (const UserTraffic& row : snapshot.users) {
        list.append(user(row, router));
    }
    QJsonObject object {{u"success"_s, true}, {u"users"_s, list}, {u"count"_s, list.size()}};
    if (snapshot.stale) {
        object.insert(u"stale"_s, true);
        object.insert(u"stale_reason"_s, snapshot.staleReason);
    }
    return object;
}

QByteArray usersDocument(const TrafficSnapshot& snapshot, const QString& router)
{
    UsersDocument document;
    document.addUsers(snapshot.users, router);
    if (snapshot.stale) {
        document.setStale(snapshot.staleReason);
    }
    return document.toJson();
}

void UsersDocument::addUsers(const QList<UserTraffic>& users, const QString& router)
{
    m_rows.reserve(m_rows.size() + users.size() * 480);
    for (const UserTraffic& row : users) {
        if (m_count++ > 0) {
            m_rows.append(',');
        }
        m_rows.append('{');
        ByteSink fields {&m_rows};
        describe(row, router, fields);
        m_rows.append('}');
    }
}

QByteArray UsersDocument::head() const
{
    QByteArray out;
    ByteSink top {&out};
    out.append('{');
    top.integer("count"_L1, m_count);
    if (!m_errors.isEmpty()) {
        top.key("errors"_L1);
        out.append(QJsonDocument(m_errors).toJson(QJsonDocument::Compact));
    }
    if (m_stale) {
        top.boolean("stale"_L1, true);
        top.string("stale_reason"_L1, m_staleReason);
    }
    top.boolean("success"_L1, m_errors.isEmpty());
    top.key("users"_L1);
    out.append('[');
    return out;
}

QByteArray UsersDocument::toJson() const
{
    const QByteArray start = head();
    QByteArray out;
    out.reserve(start.size() + m_rows.size() + 2);
    out.append(start);
    out.append(m_rows);
    out.append("]}");
    return out;
}

bool UsersDocument::write(QIODevice* device, const TrafficSnapshot& snapshot, const QString& router)
{
    // Rows go out in slices of this size through one reused buffer: no buffer of megabytes whose
    // fresh pages cost more than the text written into them.
    constexpr qsizetype Slice = 256 * 1024;
    UsersDocument empty; // what goes before the rows
    empty.m_count = snapshot.users.size();
    if (snapshot.stale) {
        empty.setStale(snapshot.staleReason);
    }
    QByteArray buffer = empty.head();
    buffer.reserve(Slice + 4096);
    bool ok = true;
    for (qsizetype i = 0; i < snapshot.users.size() && ok; ++i) {
        if (i > 0) {
            buffer.append(',');
        }
        buffer.append('{');
        ByteSink fields {&buffer};
        describe(snapshot.users.at(i), router, fields);
        buffer.append('}');
        if (buffer.size() >= Slice) {
            ok = device->write(buffer) == buffer.size();
            buffer.resize(0);
        }
    }
    buffer.append("]}");
    return ok && device->write(buffer) == buffer.size();
}

bool UsersDocument::write(QIODevice* device) const
{
    // The rows as they are: megabytes for thousands of users, not copied once more.
    const QByteArray start = head();
    return device->write(start) == start.size() && device->write(m_rows) == m_rows.size()
        && device->write("]}", 2) == 2;
}

} // namespace TrafficJson
