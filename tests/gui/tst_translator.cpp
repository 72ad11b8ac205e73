// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The program's language as a user meets it: Qt's own standard buttons and context menus follow
// Filipino (from our embedded qtbase_fil, Qt ships none), and counts read right in both languages.
#include "cli/bandwidthcommands.h"
#include "cli/datacommands.h"
#include "cli/voucherscommands.h"
#include "i18n/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardButtonsInFilipino();
    void contextMenuInFilipino();
    void pluralForms();
    void commandLineInFilipino();
    void cleanupTestCase();
};

void TestTranslator::standardButtonsInFilipino()
{
    Translator::apply(u"fil"_s);
    QCOMPARE(Translator::current(), u"fil"_s);
    QCOMPARE(QLocale().language(), QLocale::Filipino);
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), u"I-save"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Kanselahin"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), u"OK"_s);

    // Back to English: Qt's own words again, nothing of the Filipino catalogue left installed.
    Translator::apply(u"en"_s);
    QCOMPARE(Translator::current(), u"en"_s);
    QDialogButtonBox english(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
    QCOMPARE(english.button(QDialogButtonBox::Save)->text(), u"Save"_s);
}

void TestTranslator::contextMenuInFilipino()
{
    Translator::apply(u"fil"_s);
    QLineEdit edit;
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        texts.append(action->text().section(u'\t', 0, 0));
    }
    QVERIFY2(texts.contains(u"&Kopyahin"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"I-&paste"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY2(texts.contains(u"Piliin Lahat"_s), qPrintable(texts.join(u", "_s)));
}

void TestTranslator::pluralForms()
{
    const char* source = "%n voucher(s) put on the router.";
    Translator::apply(u"en"_s);
    QCOMPARE(QCoreApplication::translate("VouchersPage", source, nullptr, 1), u"1 voucher put on the router."_s);
    QCOMPARE(QCoreApplication::translate("VouchersPage", source, nullptr, 3), u"3 vouchers put on the router."_s);
    Translator::apply(u"fil"_s);
    QCOMPARE(QCoreApplication::translate("VouchersPage", source, nullptr, 3), u"3 voucher ang nailagay sa router."_s);
}

// pisonet-cli's commands look their texts up under the context lupdate files them in (their class),
// so the command line is Filipino too (it was English: the lookup used the file's name).
void TestTranslator::commandLineInFilipino()
{
    Translator::apply(u"fil"_s);
    QCOMPARE(VouchersListCommand().description(), u"Ilista ang mga voucher at ang status nila."_s);
    QCOMPARE(ReportsSalesCommand().description(), u"Mga naibentang voucher at kita bawat araw at profile."_s);
    QCOMPARE(SetBandwidthCommand().description(),
             u"Limitahan ang bilis ng device (isang pisonet-<MAC> simple queue)."_s);
    QCOMPARE(VouchersShowCommand().description(),
             u"Ipakita ang isang voucher at bawat device na gumamit nito (puwedeng magpalit ng MAC ang mga phone)."_s);
    QCOMPARE(VouchersUnlockCommand().description(),
             u"Palayain ang voucher na nakatali sa unang device nito (profile na \"lock_device\") para magamit ito ng "
             "ibang device."_s);
    QCOMPARE(VouchersSellCommand().description(),
             u"Magbenta ng isang voucher ngayon (coin slot, script ng shop): gagawin, ilalagay sa router, bibilangin "
             "bilang benta."_s);
    // Qt's own part of the help text.
    QCommandLineParser parser;
    parser.addHelpOption();
    QVERIFY2(parser.helpText().contains(u"Mga option:"_s), qPrintable(parser.helpText()));
}

void TestTranslator::cleanupTestCase()
{
    Translator::apply(u"en"_s);
}

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
