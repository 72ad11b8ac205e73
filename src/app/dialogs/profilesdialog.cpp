// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/profilesdialog.h"

#include "core/traffic/datasize.h"
#include "core/vouchers/profilecatalog.h"
#include "ui_profilesdialog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace
{
enum Column
{
    Name,
    Price,
    Validity,
    Devices,
    Upload,
    Download,
    Data, // optional data cap
    LockDevice, // a check box: "lock_device"; the last column
    ColumnCount
};

// A number when the cell reads as one (in the C or the user's locale), else the text itself.
QJsonValue numberOrText(const QString& text)
{
    bool ok = false;
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok) {
        number = QLocale().toDouble(text, &ok);
    }
    return ok ? QJsonValue(number) : QJsonValue(text);
}
} // namespace

ProfilesDialog::ProfilesDialog(const QString& readPath,
                               const QString& savePath,
                               const QString& defaultsPath,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_savePath(savePath)
    , m_defaultsPath(defaultsPath)
{
    m_ui->setupUi(this);
    m_ui->pathLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(savePath)));
    m_ui->errorLabel->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addRow({});
        m_ui->profilesTable->setCurrentCell(m_ui->profilesTable->rowCount() - 1, Name);
        m_ui->profilesTable->editItem(m_ui->profilesTable->currentItem());
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->profilesTable->currentRow();
        if (row >= 0) {
            m_ui->profilesTable->removeRow(row);
        }
    });
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { showFile(m_defaultsPath); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfilesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showFile(readPath);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::showFile(const QString& path)
{
    ProfileCatalog catalog;
    QStringList errors;
    if (catalog.load(path, &errors)) {
        showProfiles(catalog.profiles());
        m_ui->errorLabel->hide();
    } else {
        showProfiles({});
        m_ui->errorLabel->setText(errors.join(u'\n'));
        m_ui->errorLabel->show();
    }
}

void ProfilesDialog::showProfiles(const QList<Profile>& profiles)
{
    m_ui->profilesTable->setRowCount(0);
    for (const Profile& profile : profiles) {
        addRow({profile.name, QString::number(profile.price), profile.validity, QString::number(profile.users),
                profile.rateUp.toRouterOs(), profile.rateDown.toRouterOs(),
                profile.dataBytes > 0 ? DataSize::toRouterOs(profile.dataBytes) : QString(),
                profile.lockDevice ? u"true"_s : QString()});
    }
    m_ui->profilesTable->resizeColumnsToContents();
}

void ProfilesDialog::addRow(const QStringList& cells)
{
    const int row = m_ui->profilesTable->rowCount();
    m_ui->profilesTable->insertRow(row);
    for (int column = 0; column < LockDevice; ++column) {
        m_ui->profilesTable->setItem(row, column, new QTableWidgetItem(cells.value(column)));
    }
    auto* lock = new QTableWidgetItem;
    lock->setFlags((lock->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    lock->setCheckState(cells.value(LockDevice) == u"true"_s ? Qt::Checked : Qt::Unchecked);
    lock->setToolTip(tr("A code of this profile works only on the first device that uses it, until you unlock it "
                        "on the Vouchers page."));
    m_ui->profilesTable->setItem(row, LockDevice, lock);
}

QByteArray ProfilesDialog::enteredJson() const
{
    QJsonArray profiles;
    for (int row = 0; row < m_ui->profilesTable->rowCount(); ++row) {
        auto cell = [&](int column) {
            const QTableWidgetItem* item = m_ui->profilesTable->item(row, column);
            return item != nullptr ? item->text().trimmed() : QString();
        };
        bool empty = true;
        for (int column = 0; column < ColumnCount; ++column) {
            empty = empty && cell(column).isEmpty();
        }
        if (empty) {
            continue; // an added row left blank
        }
        QJsonObject profile {{u"name"_s, cell(Name)},         {u"price"_s, numberOrText(cell(Price))},
                             {u"validity"_s, cell(Validity)}, {u"users"_s, numberOrText(cell(Devices))},
                             {u"rate_up"_s, cell(Upload)},    {u"rate_down"_s, cell(Download)}};
        if (!cell(Data).isEmpty()) {
            profile.insert(u"data"_s, cell(Data)); // checked by ProfileCatalog like the rest
        }
        const QTableWidgetItem* lock = m_ui->profilesTable->item(row, LockDevice);
        if (lock != nullptr && lock->checkState() == Qt::Checked) {
            profile.insert(u"lock_device"_s, true); // left out otherwise: the file stays in the old format
        }
        profiles.append(profile);
    }
    return QJsonDocument(QJsonObject {{u"profiles"_s, profiles}}).toJson(QJsonDocument::Indented);
}

QString ProfilesDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

bool ProfilesDialog::save()
{
    QStringList errors;
    if (!ProfileCatalog::save(m_savePath, enteredJson(), &errors)) {
        m_ui->errorLabel->setText(errors.join(u'\n'));
        m_ui->errorLabel->show();
        return false;
    }
    m_ui->errorLabel->hide();
    accept();
    return true;
}
