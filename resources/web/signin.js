// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in page: the web-admin password for a session cookie, then on to Bandwidth Control.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
    const {t, request} = window.Pisonet;
    const form = document.getElementById('signin-form');
    const input = document.getElementById('password');
    const button = document.getElementById('signin-button');
    const error = document.getElementById('signin-error');
    let lastError = null; // [key, values], so a language switch shows it in the new language

    function showError(key, values) {
        lastError = key ? [key, values] : null;
        error.textContent = key ? t(key, values) : '';
    }
    document.addEventListener('pisonet:language', () => showError(...(lastError || [null])));

    const session = await request('GET', '/admin/session');
    if (session.status === 0) {
        showError('notReachable');
    } else if (session.data.signed_in) {
        window.location.replace('/admin/bandwidth');
        return;
    } else if (session.data.password_set === false) {
        document.getElementById('no-password').hidden = false;
    }

    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        button.disabled = true;
        button.textContent = t('checking');
        showError(null);
        const answer = await request('POST', '/admin/signin', {password: input.value});
        button.disabled = false;
        button.textContent = t('signIn');
        if (answer.status === 200) {
            window.location.replace('/admin/bandwidth');
            return;
        }
        input.select();
        if (answer.status === 401) {
            showError('wrongPassword', {n: answer.data.tries_left});
        } else if (answer.status === 429) {
            const seconds = Number(answer.headers.get('Retry-After')) || 300;
            showError('lockedOut', {n: Math.ceil(seconds / 60)});
        } else if (answer.status === 0) {
            showError('notReachable');
        } else if (answer.status === 403 && session.data.password_set === false) {
            showError('noPassword');
        } else {
            lastError = null;
            error.textContent = answer.data.error || String(answer.status);
        }
    });
    input.focus();
});
