// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/userinput.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUserInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortTextIsQuotedAsItIs();
    void longTextIsCutAt80();
    void controlCharactersAreHidden();
};

void TestUserInput::shortTextIsQuotedAsItIs()
{
    QCOMPARE(UserInput::quote(u"12Q"_s), u"\"12Q\""_s);
    QCOMPARE(UserInput::quote(QString()), u"\"\""_s);
    const QString eighty(80, u'x');
    QCOMPARE(UserInput::quote(eighty), u'"' + eighty + u'"');
}

void TestUserInput::longTextIsCutAt80()
{
    const QString quoted = UserInput::quote(QString(100000, u'x'));
    QCOMPARE(quoted.size(), 82); // two quotes around 79 characters and "…"
    QVERIFY(quoted.endsWith(u"x\u2026\""_s));
    // Never half of a character made of two UTF-16 units.
    const QString emoji = QString(78, u'x') + u"\U0001F600\U0001F600"_s;
    const QString cut = UserInput::quote(emoji);
    QVERIFY(!cut.at(cut.size() - 3).isHighSurrogate());
}

void TestUserInput::controlCharactersAreHidden()
{
    QCOMPARE(UserInput::quote(u"a\nb\x1b[2Jc\x7f"_s), u"\"a?b?[2Jc?\""_s);
}

QTEST_APPLESS_MAIN(TestUserInput)
#include "tst_userinput.moc"
