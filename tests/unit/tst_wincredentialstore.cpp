// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Windows only: the real Credential Manager, under a key no one else uses, removed at the end.
#include "keychain/passwordstore.h"
#include "keychain/wincredentialstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestWinCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void missingIsEmptyWithoutError();
    void writeReadOverwriteRemove();
    void emptyPasswordRemoves();
    void passwordStoreAnswersLater();

private:
    QString m_key;
};

void TestWinCredentialStore::init()
{
    m_key = PasswordStore::key(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                               QStringLiteral("pisonet"));
}

void TestWinCredentialStore::cleanup()
{
    QString error;
    QVERIFY2(WinCredentialStore::remove(m_key, &error), qPrintable(error));
}

void TestWinCredentialStore::missingIsEmptyWithoutError()
{
    QString error;
    QCOMPARE(WinCredentialStore::read(m_key, &error), QString());
    QCOMPARE(error, QString());
    QVERIFY(WinCredentialStore::remove(m_key, &error));
}

void TestWinCredentialStore::writeReadOverwriteRemove()
{
    QString error;
    const QString secret = QStringLiteral("pä$$wörd ₱ \"quoted\"");
    QVERIFY2(WinCredentialStore::write(m_key, secret, &error), qPrintable(error));
    QCOMPARE(WinCredentialStore::read(m_key, &error), secret);
    QVERIFY2(WinCredentialStore::write(m_key, QStringLiteral("second"), &error), qPrintable(error));
    QCOMPARE(WinCredentialStore::read(m_key, &error), QStringLiteral("second"));
    QVERIFY2(WinCredentialStore::remove(m_key, &error), qPrintable(error));
    QCOMPARE(WinCredentialStore::read(m_key, &error), QString());
    QCOMPARE(error, QString());
}

void TestWinCredentialStore::emptyPasswordRemoves()
{
    QString error;
    QVERIFY(WinCredentialStore::write(m_key, QStringLiteral("x"), &error));
    QVERIFY(WinCredentialStore::write(m_key, QString(), &error));
    QCOMPARE(WinCredentialStore::read(m_key, &error), QString());
    QCOMPARE(error, QString());
}

void TestWinCredentialStore::passwordStoreAnswersLater()
{
    PasswordStore store;
    bool written = false;
    QString writeError = QStringLiteral("not called");
    store.write(m_key, QStringLiteral("via store"), [&](const QString& error) {
        written = true;
        writeError = error;
    });
    QVERIFY(!written); // never from inside the call, as with QtKeychain
    QTRY_VERIFY(written);
    QCOMPARE(writeError, QString());

    bool read = false;
    QString password;
    store.read(m_key, [&](const QString& value, const QString& error) {
        read = true;
        password = value;
        QCOMPARE(error, QString());
    });
    QVERIFY(!read);
    QTRY_VERIFY(read);
    QCOMPARE(password, QStringLiteral("via store"));
}

QTEST_GUILESS_MAIN(TestWinCredentialStore)
#include "tst_wincredentialstore.moc"
