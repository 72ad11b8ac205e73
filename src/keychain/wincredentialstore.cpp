// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/wincredentialstore.h"

#include <QByteArray>

#include <string>
#include <windows.h>
// wincred.h needs the types from windows.h: keep it after.
#include <wincred.h>

namespace
{
// The system's text for a Win32 error code, as the Credential Manager reported it.
QString systemMessage(DWORD code)
{
    wchar_t* text = nullptr;
    const DWORD length
        = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                         nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    QString message
        = length > 0 ? QString::fromWCharArray(text, static_cast<qsizetype>(length)).trimmed() : QString::number(code);
    LocalFree(text);
    return WinCredentialStore::tr("Windows Credential Manager: %1").arg(message);
}

void setError(QString* error, DWORD code)
{
    if (error) {
        *error = systemMessage(code);
    }
}
} // namespace

QString WinCredentialStore::read(const QString& key, QString* error)
{
    const std::wstring target = key.toStdWString();
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        const DWORD code = GetLastError();
        if (code != ERROR_NOT_FOUND) {
            setError(error, code);
        }
        return {};
    }
    const QString password = QString::fromUtf8(reinterpret_cast<const char*>(credential->CredentialBlob),
                                               static_cast<qsizetype>(credential->CredentialBlobSize));
    SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
    CredFree(credential);
    return password;
}

bool WinCredentialStore::write(const QString& key, const QString& password, QString* error)
{
    if (password.isEmpty()) {
        return remove(key, error);
    }
    std::wstring target = key.toStdWString();
    QByteArray blob = password.toUtf8();
    CREDENTIALW credential {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = target.data();
    credential.CredentialBlobSize = static_cast<DWORD>(blob.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool written = CredWriteW(&credential, 0) != FALSE;
    const DWORD code = written ? ERROR_SUCCESS : GetLastError();
    SecureZeroMemory(blob.data(), static_cast<SIZE_T>(blob.size()));
    if (!written) {
        setError(error, code);
    }
    return written;
}

bool WinCredentialStore::remove(const QString& key, QString* error)
{
    const std::wstring target = key.toStdWString();
    if (!CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0)) {
        const DWORD code = GetLastError();
        if (code != ERROR_NOT_FOUND) {
            setError(error, code);
            return false;
        }
    }
    return true;
}
