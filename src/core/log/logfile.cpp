// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logfile.h"

#include "core/storage/databaseurl.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>

using namespace Qt::StringLiterals;

namespace
{
std::atomic<LogFile*> handlerTarget {nullptr};
QtMessageHandler previousHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (LogFile* file = handlerTarget.load(); file != nullptr && type != QtDebugMsg && type != QtInfoMsg) {
        const QString severity = type == QtWarningMsg ? u"warning"_s : u"error"_s;
        file->write(severity, QString::fromLatin1(context.category ? context.category : "default"), message);
    }
    if (previousHandler != nullptr) {
        previousHandler(type, context, message);
    }
}

QString oneLine(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u"\r\n"_s, u" / "_s);
    text.replace(u'\n', u" / "_s);
    text.replace(u'\r', u' ');
    return text;
}
} // namespace

LogFile::LogFile(const QString& folder)
    : m_folder(folder)
{
    QDir().mkpath(m_folder);
}

LogFile::~LogFile()
{
    LogFile* self = this;
    handlerTarget.compare_exchange_strong(self, nullptr);
}

QString LogFile::folderFor(const QString& databasePath)
{
    return QFileInfo(DatabaseUrl::localFile(databasePath)).absolutePath() + u"/logs"_s;
}

QString LogFile::path() const
{
    return m_folder + u"/pisonet.log"_s;
}

void LogFile::addSecret(const QString& secret)
{
    // Short values would blank ordinary words; a router password that short is no secret anyway.
    if (secret.size() < 4) {
        return;
    }
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret)) {
        m_secrets.append(secret);
    }
}

QString LogFile::redact(QString text) const
{
    {
        QMutexLocker lock(&m_mutex);
        for (const QString& secret : m_secrets) {
            text.replace(secret, u"•••"_s);
        }
    }
    static const QRegularExpression patterns(uR"((password|passwd|token|secret|response)(\s*[=:]\s*|=)("[^"]*"|\S+))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    text.replace(patterns, u"\\1\\2•••"_s);
    static const QRegularExpression bearer(uR"(Bearer\s+\S+)"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"Bearer •••"_s);
    return text;
}

void LogFile::rotateIfNeeded(qint64 incoming)
{
    const QFileInfo current(path());
    if (!current.exists() || current.size() + incoming <= MaximumBytes) {
        return;
    }
    QFile::remove(path() + u'.' + QString::number(Files - 1));
    for (int i = Files - 2; i >= 1; --i) {
        QFile::rename(path() + u'.' + QString::number(i), path() + u'.' + QString::number(i + 1));
    }
    QFile::rename(path(), path() + u".1"_s);
}

void LogFile::write(const QString& severity, const QString& category, const QString& message)
{
    const QString line = Clock::currentUtc().toLocalTime().toString(Qt::ISODateWithMs) + u'\t' + severity + u'\t'
        + category + u'\t' + oneLine(redact(message)) + u'\n';
    const QByteArray bytes = line.toUtf8();
    QMutexLocker lock(&m_mutex);
    rotateIfNeeded(bytes.size());
    QFile file(path());
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        file.write(bytes);
    }
}

QList<LogFile::Line> LogFile::readSince(const QDateTime& since) const
{
    QList<Line> lines;
    QMutexLocker lock(&m_mutex);
    for (int i = Files - 1; i >= 0; --i) {
        QFile file(i == 0 ? path() : path() + u'.' + QString::number(i));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            const QStringList fields = text.split(u'\t');
            if (fields.size() < 4) {
                continue;
            }
            const QDateTime time = QDateTime::fromString(fields[0], Qt::ISODateWithMs);
            if (!time.isValid() || time < since) {
                continue;
            }
            lines.append({time.toLocalTime(), fields[1], fields[2], fields.mid(3).join(u' ')});
        }
    }
    return lines;
}

void LogFile::installMessageHandler()
{
    handlerTarget.store(this);
    static const bool installed = [] {
        previousHandler = qInstallMessageHandler(messageHandler);
        return true;
    }();
    Q_UNUSED(installed);
}
