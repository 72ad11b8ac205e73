// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues are complete: lupdate, run over the sources into temporary copies of
// translations/*.ts (the tracked files are never rewritten), finds no unfinished, vanished or
// obsolete message in Filipino and no missing English plural form; and every Filipino text keeps
// its source's placeholders and accelerator.
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;

    QString name() const { return context + u": \""_s + source.left(90).replace(u'\n', u"\\n"_s) + u'"'; }
};

QList<Message> read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message {context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
            }
        } else if (name == "numerusform"_L1) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%L?[0-9]|%n"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

bool hasAccelerator(const QString& text)
{
    QString plain = text;
    plain.remove(u"&&"_s);
    static const QRegularExpression accelerator(u"&[^&\\s]"_s);
    static const QRegularExpression entity(u"&(lt|gt|amp|quot|nbsp);"_s);
    return accelerator.match(plain).hasMatch() && !entity.match(plain).hasMatch();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lupdateFindsNothingToDo();
    void filipinoKeepsPlaceholdersAndAccelerators();

private:
    QString tracked(const QString& name) const { return QStringLiteral(PISONET_SOURCE_DIR "/translations/") + name; }
    QTemporaryDir m_dir;
    QList<Message> m_filipino;
    QList<Message> m_english;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& name : {u"pisonet_en.ts"_s, u"pisonet_fil.ts"_s}) {
        QVERIFY2(QFile::copy(tracked(name), m_dir.filePath(name)), qPrintable(tracked(name)));
        QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    // The same sources and options as the update_translations target, but keeping what vanished
    // (no -no-obsolete) so that it can be named.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PISONET_LUPDATE),
                  {u"-locations"_s, u"none"_s, u"@"_s + QStringLiteral(PISONET_TRANSLATABLE_LIST), u"-ts"_s,
                   m_dir.filePath(u"pisonet_en.ts"_s), m_dir.filePath(u"pisonet_fil.ts"_s)});
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish within 60 s");
    // lupdate's notes about code it cannot place are noise here; its errors come last.
    QStringList said = QString::fromLocal8Bit(lupdate.readAll()).split(u'\n', Qt::SkipEmptyParts);
    said.removeIf([](const QString& line) {
        return line.contains(u"Qualifying with unknown"_s) || line.contains(u"without context"_s)
            || line.contains(u"lacks Q_OBJECT"_s) || line.contains(u"undeclared qualified"_s);
    });
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(said.mid(std::max(0, int(said.size()) - 8)).join(u'\n')));
    QString error;
    m_filipino = read(m_dir.filePath(u"pisonet_fil.ts"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_english = read(m_dir.filePath(u"pisonet_en.ts"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_filipino.size() > 100);
}

void TestTranslations::lupdateFindsNothingToDo()
{
    QStringList problems;
    for (const Message& message : std::as_const(m_filipino)) {
        if (message.type == "unfinished"_L1) {
            problems.append(u"unfinished in pisonet_fil.ts: "_s + message.name());
        } else if (message.type == "vanished"_L1 || message.type == "obsolete"_L1) {
            problems.append(u"no longer in the sources (%1) in pisonet_fil.ts: "_s.arg(message.type) + message.name());
        } else if (message.translations.contains(QString())) {
            problems.append(u"empty translation in pisonet_fil.ts: "_s + message.name());
        }
    }
    for (const Message& message : std::as_const(m_english)) {
        if (message.type == "vanished"_L1 || message.type == "obsolete"_L1) {
            problems.append(u"no longer in the sources (%1) in pisonet_en.ts: "_s.arg(message.type) + message.name());
        } else if (message.numerus
                   && (message.type == "unfinished"_L1 || message.translations.size() != 2
                       || message.translations.contains(QString()))) {
            problems.append(u"English plural forms (one, other) missing in pisonet_en.ts: "_s + message.name());
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"\n"_s + problems.join(u'\n')
                        + u"\nRun the update_translations target, translate, and mark the messages finished "
                          "(docs/translations.md)."_s));
}

void TestTranslations::filipinoKeepsPlaceholdersAndAccelerators()
{
    QStringList problems;
    for (const Message& message : std::as_const(m_filipino)) {
        for (const QString& text : message.translations) {
            if (text.isEmpty()) {
                continue;
            }
            if (placeholders(text) != placeholders(message.source)) {
                problems.append(u"placeholders differ: "_s + message.name() + u" -> \""_s + text + u'"');
            }
            if (hasAccelerator(message.source) != hasAccelerator(text)) {
                problems.append(u"accelerator (&) lost or added: "_s + message.name() + u" -> \""_s + text + u'"');
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
