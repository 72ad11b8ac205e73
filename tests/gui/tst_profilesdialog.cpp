// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The speed profiles editor: edits the user's copy, checked like `pisonet-cli profiles check`.
#include "app/appengine.h"
#include "app/dialogs/profilesdialog.h"
#include "core/settings/appsettings.h"
#include "core/vouchers/profilecatalog.h"
#include "keychain/passwordstore.h"
#include "testdata.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editSaveReload();
    void badRateIsRefusedAndNothingSaved();
    void badPriceNamesTheField();
    void restoreDefaults();
    void engineUsesSavedProfiles();
    void lockDeviceIsACheckBox();

private:
    static QTableWidget* table(ProfilesDialog& dialog) { return dialog.findChild<QTableWidget*>(u"profilesTable"_s); }
    static void setCell(ProfilesDialog& dialog, int row, int column, const QString& text)
    {
        table(dialog)->item(row, column)->setText(text);
    }
    static void clickSave(ProfilesDialog& dialog)
    {
        dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_shipped = QStringLiteral(PISONET_SOURCE_DIR "/profiles.json");
    QString m_user;
};

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // A folder that does not exist yet, as on a fresh PC.
    m_user = m_dir->filePath(u"data/PisoNet Manager/profiles.json"_s);
}

void TestProfilesDialog::editSaveReload()
{
    {
        ProfilesDialog dialog(m_shipped, m_user, m_shipped);
        dialog.show();
        QCOMPARE(table(dialog)->rowCount(), 3);
        QCOMPARE(table(dialog)->item(0, 0)->text(), u"BASIC"_s);
        setCell(dialog, 0, 1, u"7"_s);
        setCell(dialog, 0, 5, u"3M"_s);
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.errorText().isEmpty());
    }
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY2(catalog.load(m_user, &errors), qPrintable(errors.join(u'\n')));
    QCOMPARE(catalog.profiles().size(), 3);
    QCOMPARE(catalog.profiles().at(0).price, 7.0);
    QCOMPARE(catalog.profiles().at(0).rateDown.toRouterOs(), u"3M"_s);
    QCOMPARE(catalog.profiles().at(2).name, u"PREMIUM"_s);

    ProfilesDialog reopened(m_user, m_user, m_shipped);
    QCOMPARE(table(reopened)->item(0, 1)->text(), u"7"_s);
    QCOMPARE(table(reopened)->item(0, 5)->text(), u"3M"_s);
}

void TestProfilesDialog::badRateIsRefusedAndNothingSaved()
{
    QStringList errors;
    QVERIFY(QDir().mkpath(QFileInfo(m_user).absolutePath()));
    QFile::copy(m_shipped, m_user);
    QFile before(m_user);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray saved = before.readAll();
    before.close();

    ProfilesDialog dialog(m_user, m_user, m_shipped);
    dialog.show();
    setCell(dialog, 0, 4, u"12Q"_s);
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    // The same words as `pisonet-cli profiles check`, field and profile named.
    QVERIFY(!ProfileCatalog::parse(dialog.enteredJson(), QDir::toNativeSeparators(m_user), &errors));
    QCOMPARE(dialog.errorText(), errors.join(u'\n'));
    QVERIFY2(dialog.errorText().contains(u"profile 1 (\"BASIC\"): field \"rate_up\""_s),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(u"12Q"_s));

    QFile after(m_user);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), saved);
}

void TestProfilesDialog::badPriceNamesTheField()
{
    ProfilesDialog dialog(m_shipped, m_user, m_shipped);
    setCell(dialog, 1, 1, u"ten"_s);
    setCell(dialog, 2, 2, u"forever"_s);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.errorText().contains(u"profile 2 (\"STANDARD\"): field \"price\": expected a number"_s));
    QVERIFY(dialog.errorText().contains(u"profile 3 (\"PREMIUM\"): field \"validity\""_s));
    QVERIFY(!QFileInfo::exists(m_user));
}

void TestProfilesDialog::restoreDefaults()
{
    ProfilesDialog dialog(m_shipped, m_user, m_shipped);
    dialog.findChild<QPushButton*>(u"removeButton"_s)->click(); // no row selected: nothing happens
    table(dialog)->setCurrentCell(0, 0);
    dialog.findChild<QPushButton*>(u"removeButton"_s)->click();
    QCOMPARE(table(dialog)->rowCount(), 2);
    dialog.findChild<QPushButton*>(u"addButton"_s)->click();
    QCOMPARE(table(dialog)->rowCount(), 3);
    dialog.findChild<QPushButton*>(u"defaultsButton"_s)->click();
    QCOMPARE(table(dialog)->rowCount(), 3);
    QCOMPARE(table(dialog)->item(0, 0)->text(), u"BASIC"_s);
    // An added row left blank is not a profile.
    dialog.findChild<QPushButton*>(u"addButton"_s)->click();
    QVERIFY(dialog.save());
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY(catalog.load(m_user, &errors));
    QCOMPARE(catalog.profiles().size(), 3);
}

void TestProfilesDialog::engineUsesSavedProfiles()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_user).absolutePath()));
    QVERIFY(QFile::copy(m_shipped, m_user));
    qputenv("PISONET_PROFILES", QFile::encodeName(m_user));
    AppSettings settings(m_dir->filePath(u"settings.ini"_s));
    settings.setDatabasePath(m_dir->filePath(u"pisonet.db"_s));
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY2(engine.initialise(&error), qPrintable(error));
    QCOMPARE(engine.profiles().names(), QStringList({u"BASIC"_s, u"STANDARD"_s, u"PREMIUM"_s}));

    ProfilesDialog dialog(m_user, m_user, m_shipped);
    setCell(dialog, 0, 0, u"TEN-PESO"_s);
    QVERIFY(dialog.save());
    QSignalSpy changed(&engine, &AppEngine::profilesChanged);
    engine.reloadProfiles();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(engine.profiles().names().first(), u"TEN-PESO"_s);
    qunsetenv("PISONET_PROFILES");
}

// "Lock to first device" (the last column, after Data) is a check box: ticked, the profile gets
// "lock_device": true; unticked, the file keeps the old format (no such key).
void TestProfilesDialog::lockDeviceIsACheckBox()
{
    {
        ProfilesDialog dialog(m_shipped, m_user, m_shipped);
        dialog.show();
        QTableWidgetItem* lock = table(dialog)->item(1, 7);
        QVERIFY(lock != nullptr);
        QCOMPARE(lock->checkState(), Qt::Unchecked);
        QVERIFY(!dialog.enteredJson().contains("lock_device"));
        lock->setCheckState(Qt::Checked);
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY2(catalog.load(m_user, &errors), qPrintable(errors.join(u'\n')));
    QVERIFY(!catalog.profiles().at(0).lockDevice);
    QVERIFY(catalog.profiles().at(1).lockDevice);
    ProfilesDialog reopened(m_user, m_user, m_shipped);
    QCOMPARE(table(reopened)->item(1, 7)->checkState(), Qt::Checked);
    QCOMPARE(table(reopened)->item(0, 7)->checkState(), Qt::Unchecked);
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
