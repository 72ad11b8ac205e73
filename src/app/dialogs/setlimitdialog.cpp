// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/setlimitdialog.h"

#include "ui_setlimitdialog.h"

#include <QKeyEvent>
#include <QPushButton>

SetLimitDialog::SetLimitDialog(const MacAddress& mac,
                               const QString& who,
                               const std::optional<BandwidthLimit>& current,
                               const ProfileCatalog& profiles,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetLimitDialog>())
    , m_profiles(profiles.profiles())
{
    m_ui->setupUi(this);
    m_ui->deviceLabel->setText(tr("Speed limit for <b>%1</b> (%2). It stays for this device until you remove it.")
                                   .arg(who.toHtmlEscaped(), mac.toString()));
    // A phone with a private MAC may come back as a new device: a limit kept for its code follows it.
    m_ui->rememberForCodeCheckBox->setText(
        tr("Keep it for voucher &code %1 (follows the code to any device)").arg(who));
    m_ui->rememberForCodeCheckBox->setToolTip(
        tr("Stored against the code, not the MAC: applied to whatever device logs in with it, e.g. a phone that "
           "uses a private (random) MAC address."));
    m_ui->rememberForCodeCheckBox->setVisible(!who.isEmpty());
    connect(m_ui->rememberForCodeCheckBox, &QCheckBox::toggled, m_ui->rememberCheckBox, &QWidget::setDisabled);
    m_ui->presetComboBox->addItem(tr("Custom speeds"));
    for (const Profile& profile : std::as_const(m_profiles)) {
        m_ui->presetComboBox->addItem(
            tr("%1 — %2 down / %3 up").arg(profile.name, profile.rateDown.toDisplay(), profile.rateUp.toDisplay()));
    }
    if (current) {
        m_ui->downloadLineEdit->setText(current->download.toRouterOs());
        m_ui->uploadLineEdit->setText(current->upload.toRouterOs());
    }
    QPushButton* apply = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    apply->setText(tr("&Apply limit"));
    // Enter applies a valid limit (and does nothing while it is not valid); Escape cancels.
    for (QAbstractButton* button : m_ui->buttonBox->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
        }
    }
    apply->setDefault(true);
    // Room for two lines of explanation from the start: the fields above never move.
    m_ui->reasonLabel->setMinimumHeight(m_ui->reasonLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_ui->reasonLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_ui->presetComboBox, &QComboBox::currentIndexChanged, this, &SetLimitDialog::presetChosen);
    connect(m_ui->downloadLineEdit, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_ui->uploadLineEdit, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SetLimitDialog::~SetLimitDialog() = default;

void SetLimitDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (canApply()) {
            accept();
        }
        return; // never "close and forget" on an invalid input
    }
    QDialog::keyPressEvent(event);
}

void SetLimitDialog::presetChosen(int index)
{
    if (index <= 0 || index > m_profiles.size()) {
        return;
    }
    const Profile& profile = m_profiles[index - 1];
    const QSignalBlocker blockDown(m_ui->downloadLineEdit);
    const QSignalBlocker blockUp(m_ui->uploadLineEdit);
    m_ui->downloadLineEdit->setText(profile.rateDown.toRouterOs());
    m_ui->uploadLineEdit->setText(profile.rateUp.toRouterOs());
    validate();
}

bool SetLimitDialog::remember() const
{
    return m_ui->rememberCheckBox->isChecked();
}

bool SetLimitDialog::rememberForCode() const
{
    return !m_ui->rememberForCodeCheckBox->isHidden() && m_ui->rememberForCodeCheckBox->isChecked();
}

QString SetLimitDialog::reason() const
{
    return m_ui->reasonLabel->text();
}

bool SetLimitDialog::canApply() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Apply)->isEnabled();
}

void SetLimitDialog::validate()
{
    QString error;
    const auto download = RateLimit::parse(m_ui->downloadLineEdit->text(), tr("Download"), &error);
    const auto upload = download ? RateLimit::parse(m_ui->uploadLineEdit->text(), tr("Upload"), &error) : std::nullopt;
    const bool valid = download && upload;
    if (valid) {
        m_limit = {*upload, *download};
        m_ui->reasonLabel->setText(tr("The device will get at most %1.").arg(m_limit.toDisplay()));
        // A typed value that matches no preset shows as custom.
        int preset = 0;
        for (qsizetype i = 0; i < m_profiles.size(); ++i) {
            if (m_profiles[i].limit() == m_limit) {
                preset = int(i) + 1;
            }
        }
        const QSignalBlocker block(m_ui->presetComboBox);
        m_ui->presetComboBox->setCurrentIndex(preset);
    } else if (!m_touched && m_ui->downloadLineEdit->text().isEmpty() && m_ui->uploadLineEdit->text().isEmpty()) {
        // Nothing typed yet: a hint, not an error.
        m_ui->reasonLabel->setText(tr("Choose a preset, or type the speeds (e.g. 2M or 3 Mbps; 0 = no limit)."));
    } else {
        m_ui->reasonLabel->setText(error);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(valid);
}
