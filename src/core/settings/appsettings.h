// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/connectionsettings.h"
#include "core/settings/routerconfig.h"

#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

// The program's settings, each key declared once with its type and default. The router password
// is not here: it lives in the operating system's credential store (see PasswordStore).
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // The user's settings (%APPDATA%/PisoNet/PisoNet Manager.ini on Windows).
    AppSettings(QObject* parent = nullptr);
    // A given file: tests and portable installs.
    explicit AppSettings(const QString& file, QObject* parent = nullptr);
    ~AppSettings() override;

    // Empty host: no router configured yet (the demo router is offered).
    ConnectionSettings router() const;
    void setRouter(const ConnectionSettings& router); // the password field is ignored
    bool hasRouter() const { return !router().host.isEmpty(); }

    // Every router of the shop, the first one first: the router of router() (named "main" unless
    // renamed) followed by those added later. Empty when none is set up.
    QList<RouterConfig> routers() const;
    std::optional<RouterConfig> findRouter(const QString& name) const;
    // Adds a router at the end (the first one when none is set up); empty when done, else why not
    // (bad name or address, a name already taken). Nothing changes on a refusal.
    QString addRouter(const RouterConfig& router);
    // Empty when done, else why not (no such router). The next router moves up when the first goes.
    QString removeRouter(const QString& name);
    // Changes the router of that name where it is in the list (a router keeps its name: vouchers
    // and sessions are filed under it); empty when done, else why not (no such router, bad
    // address). Nothing changes on a refusal.
    QString updateRouter(const RouterConfig& router);

    int refreshSeconds() const;
    void setRefreshSeconds(int seconds);
    QString hotspotDnsName() const;
    void setHotspotDnsName(const QString& name);
    QString shopName() const;
    void setShopName(const QString& name);
    // Paper of printed vouchers as VoucherSheet names it: "a4", "58mm" or "80mm".
    QString voucherPaper() const;
    void setVoucherPaper(const QString& paper);
    // A batch made in the window goes to the voucher printer at once.
    bool printAfterGenerating() const;
    void setPrintAfterGenerating(bool print);
    // The printer chosen last in the Print dialog; empty: the system's default printer.
    QString voucherPrinter() const;
    void setVoucherPrinter(const QString& printer);
    // "" follows the system; "en", "fil".
    QString language() const;
    void setLanguage(const QString& language);
    bool apiEnabled() const;
    void setApiEnabled(bool enabled);
    QString apiListen() const;
    void setApiListen(const QString& listen);
    QString databasePath() const; // empty: the default
    void setDatabasePath(const QString& path);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray tableState() const;
    void setTableState(const QByteArray& state);
    // Where the last PDF or CSV was saved; empty before the first save.
    QString lastSaveFolder() const;
    void setLastSaveFolder(const QString& folder);

    // Writes to disk now; false with a reason when the file cannot be written.
    bool sync(QString* error = nullptr);
    QString fileName() const { return m_settings->fileName(); }

Q_SIGNALS:
    void changed(const QString& key);

private:
    ConnectionSettings readRouter(const QString& prefix) const;
    void writeRouter(const QString& prefix, const ConnectionSettings& router);
    void setRouters(const QList<RouterConfig>& routers);
    QVariant value(const QString& key, const QVariant& fallback) const;
    void setValue(const QString& key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
};
