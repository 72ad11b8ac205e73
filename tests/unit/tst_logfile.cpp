// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The log that survives: one line per entry, rotated, secrets blanked, read back after a restart.
#include "core/log/eventlog.h"
#include "core/log/logfile.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
QString contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAreWrittenAndReadBack();
    void rotatesAtTheSizeLimitAndKeepsFiveFiles();
    void secretsNeverLand();
    void eventLogSurvivesARestart();
    void warningsOfAnyCategoryAreKept();
};

void TestLogFile::linesAreWrittenAndReadBack()
{
    QTemporaryDir dir;
    LogFile log(dir.filePath(u"logs"_s));
    log.write(u"info"_s, u"event"_s, u"Router: add pisonet-AA (why: voucher K7M2Q9)\nsecond line"_s);
    const auto lines = log.readSince(QDateTime::currentDateTimeUtc().addSecs(-60));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].severity, u"info"_s);
    QCOMPARE(lines[0].category, u"event"_s);
    QVERIFY(lines[0].message.contains(u"voucher K7M2Q9"_s));
    QVERIFY(!lines[0].message.contains(u'\n')); // one entry, one line
    QVERIFY(log.readSince(QDateTime::currentDateTimeUtc().addSecs(60)).isEmpty());
}

void TestLogFile::rotatesAtTheSizeLimitAndKeepsFiveFiles()
{
    QTemporaryDir dir;
    LogFile log(dir.filePath(u"logs"_s));
    const QString line(1000, u'x');
    for (int i = 0; i < 6 * 1100; ++i) { // a little over 6 MiB
        log.write(u"info"_s, u"event"_s, line);
    }
    const QStringList files = QDir(log.folder()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList {u"pisonet.log"_s, u"pisonet.log.1"_s, u"pisonet.log.2"_s, u"pisonet.log.3"_s,
                           u"pisonet.log.4"_s}));
    for (const QString& name : files) {
        QVERIFY(QFileInfo(log.folder() + u'/' + name).size() <= LogFile::MaximumBytes);
    }
}

void TestLogFile::secretsNeverLand()
{
    QTemporaryDir dir;
    LogFile log(dir.filePath(u"logs"_s));
    log.addSecret(u"s3cret-router-pass"_s);
    log.write(u"warning"_s, u"pisonet.routeros"_s, u"login with s3cret-router-pass refused"_s);
    log.write(u"info"_s, u"event"_s, u"/login =name=admin =password=hunter22"_s);
    log.write(u"info"_s, u"event"_s, u"Authorization: Bearer abcdefTOKEN123"_s);
    log.write(u"info"_s, u"event"_s, u"api token: xyz789"_s);
    const QString text = contents(log.path());
    QVERIFY(!text.contains(u"s3cret-router-pass"_s));
    QVERIFY(!text.contains(u"hunter22"_s));
    QVERIFY(!text.contains(u"abcdefTOKEN123"_s));
    QVERIFY(!text.contains(u"xyz789"_s));
    QVERIFY(text.contains(u"refused"_s)); // the rest of the line stays
}

void TestLogFile::eventLogSurvivesARestart()
{
    QTemporaryDir dir;
    {
        LogFile file(dir.filePath(u"logs"_s));
        EventLog log;
        log.setFile(&file);
        log.info(u"Router: remove pisonet-AA:BB:CC:00:00:01 (why: device left) [automatic]"_s);
        log.error(u"Router problem: connection lost"_s);
        log.setFile(nullptr);
    }
    LogFile file(dir.filePath(u"logs"_s));
    EventLog again;
    again.setFile(&file);
    again.loadHistory(1);
    const auto entries = again.entries();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries[0].text.contains(u"device left"_s));
    QCOMPARE(entries[1].severity, EventLog::Severity::Error);
    again.setFile(nullptr);
}

void TestLogFile::warningsOfAnyCategoryAreKept()
{
    QTemporaryDir dir;
    LogFile log(dir.filePath(u"logs"_s));
    log.installMessageHandler();
    QLoggingCategory category("logfile.test");
    qCWarning(category) << "the router answered garbage";
    qCDebug(category) << "chatter that is not kept";
    const QString text = contents(log.path());
    QVERIFY2(text.contains(u"logfile.test\tthe router answered garbage"_s), qPrintable(text));
    QVERIFY(!text.contains(u"chatter"_s));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
