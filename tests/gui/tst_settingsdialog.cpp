// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings > Local HTTP API: the web-admin password (set, never shown) and the refusal to listen
// beyond this PC without one, in the real dialog, offscreen.
#include "app/appengine.h"
#include "app/dialogs/settingsdialog.h"
#include "core/settings/appsettings.h"
#include "httpapi/webpassword.h"
#include "keychain/passwordstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webAdminPasswordAndListenRefusal();
};

void TestSettingsDialog::webAdminPasswordAndListenRefusal()
{
    QTemporaryDir folder;
    AppSettings settings(folder.filePath(u"settings.ini"_s));
    const QString database = folder.filePath(u"data/pisonet.db"_s);
    settings.setDatabasePath(database);
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY2(engine.initialise(&error), qPrintable(error));

    SettingsDialog dialog(&engine);
    auto* password = dialog.findChild<QLineEdit*>(u"webPasswordLineEdit"_s);
    auto* message = dialog.findChild<QLabel*>(u"apiMessageLabel"_s);
    auto* save = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QVERIFY(password && message && save);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(password->text().isEmpty());
    dialog.findChild<QCheckBox*>(u"apiCheckBox"_s)->setChecked(true);
    dialog.findChild<QLineEdit*>(u"listenLineEdit"_s)->setText(u"0.0.0.0:0"_s);

    // Beyond this PC without a password: refused, and nothing is saved.
    save->click();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(message->text().contains(u"web-admin password"_s), qPrintable(message->text()));
    QVERIFY(!settings.apiEnabled());
    QVERIFY(!WebPassword::isSet(database));

    password->setText(u"short"_s);
    save->click();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(message->text().contains(u"at least 8"_s), qPrintable(message->text()));
    QVERIFY(!WebPassword::isSet(database));

    // With one: saved as a hash beside the database, and the server listens.
    password->setText(u"a good web password"_s);
    save->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(password->text().isEmpty()); // never kept or shown
    QVERIFY(settings.apiEnabled());
    QVERIFY(engine.hasWebPassword());
    QVERIFY(WebPassword::verify(u"a good web password"_s, WebPassword::stored(database)));
    QFile file(WebPassword::filePath(database));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("a good web password"));
    QVERIFY2(engine.apiStatus().startsWith(u"on"_s), qPrintable(engine.apiStatus()));

    // Settings written by hand (or a password file removed) cannot get past the engine either.
    file.close();
    QVERIFY(QFile::remove(WebPassword::filePath(database)));
    engine.applyApiSettings();
    QVERIFY2(engine.apiStatus().contains(u"web-admin password"_s), qPrintable(engine.apiStatus()));
    settings.setApiListen(u"127.0.0.1:0"_s);
    engine.applyApiSettings();
    QVERIFY2(engine.apiStatus().startsWith(u"on"_s), qPrintable(engine.apiStatus()));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
