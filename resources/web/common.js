// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What every page of the web admin shares: the language (the browser's, or the one chosen here),
// requests to PisoNet Manager (with the session's CSRF token on changes), and building elements.
// Values from the router are only ever put in as text (textContent), never as HTML.
'use strict';

(function () {
    const strings = window.PISONET_STRINGS;
    const storageKey = 'pisonet.language';
    let language = 'en';
    let csrfToken = '';

    function browserLanguage() {
        const saved = window.localStorage.getItem(storageKey);
        if (saved && strings[saved]) {
            return saved;
        }
        for (const tag of navigator.languages || [navigator.language || '']) {
            const lower = String(tag).toLowerCase();
            if (lower.startsWith('fil') || lower.startsWith('tl')) {
                return 'fil';
            }
            if (lower.startsWith('en')) {
                return 'en';
            }
        }
        return 'en';
    }

    function t(key, values) {
        let text = (strings[language] && strings[language][key]) || strings.en[key] || key;
        for (const [name, value] of Object.entries(values || {})) {
            text = text.split('{' + name + '}').join(String(value));
        }
        return text;
    }

    function translatePage() {
        document.documentElement.lang = language;
        for (const element of document.querySelectorAll('[data-i18n]')) {
            element.textContent = t(element.dataset.i18n);
        }
        if (document.body.dataset.title) {
            document.title = t(document.body.dataset.title);
        }
        const button = document.getElementById('language-button');
        if (button) {
            button.textContent = t('language');
        }
    }

    function setLanguage(next) {
        language = strings[next] ? next : 'en';
        window.localStorage.setItem(storageKey, language);
        translatePage();
        document.dispatchEvent(new Event('pisonet:language'));
    }

    // {status, data, headers}; status 0 when PisoNet Manager could not be reached at all.
    async function request(method, path, body) {
        const headers = {};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        if (method !== 'GET' && csrfToken) {
            headers['X-CSRF-Token'] = csrfToken;
        }
        try {
            const response = await fetch(path, {
                method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
                credentials: 'same-origin',
                cache: 'no-store',
            });
            let data = {};
            try {
                data = await response.json();
            } catch (error) {
                data = {};
            }
            return {status: response.status, data, headers: response.headers};
        } catch (error) {
            return {status: 0, data: {}, headers: new Headers()};
        }
    }

    // <tag class="className">text</tag>, the text as text.
    function element(tag, className, text) {
        const made = document.createElement(tag);
        if (className) {
            made.className = className;
        }
        if (text !== undefined && text !== null) {
            made.textContent = String(text);
        }
        return made;
    }

    // Bits per second as people read them: 950 kbps, 1.2 Mbps.
    function formatRate(bits) {
        const value = Number(bits) || 0;
        const units = [[1e9, 'Gbps'], [1e6, 'Mbps'], [1e3, 'kbps']];
        for (const [size, unit] of units) {
            if (value >= size) {
                const scaled = value / size;
                return (scaled >= 100 ? Math.round(scaled) : Math.round(scaled * 10) / 10) + ' ' + unit;
            }
        }
        return Math.round(value) + ' bps';
    }

    // A RouterOS rate ("512k", "1M", "1500k", "0") in bits per second; 0 = no limit.
    function parseRouterRate(text) {
        const match = /^([0-9.]+)([kMG]?)$/.exec(String(text || '').trim());
        if (!match) {
            return 0;
        }
        const scale = {'': 1, k: 1e3, M: 1e6, G: 1e9}[match[2]];
        return Number(match[1]) * scale;
    }

    // For pages that need a signed-in browser: false (and off to the sign-in page) without one.
    async function startSignedIn() {
        const session = await request('GET', '/admin/session');
        if (!session.data.signed_in) {
            window.location.replace('/admin');
            return false;
        }
        csrfToken = session.data.csrf_token || '';
        return true;
    }

    // True (and off to the sign-in page) when the answer says the session is over.
    function signedOut(answer) {
        if (answer.status === 401) {
            window.location.replace('/admin');
            return true;
        }
        return false;
    }

    // A short note in the page's #toast, gone after 15 s.
    let toastTimer = 0;
    function showToast(text) {
        const toast = document.getElementById('toast');
        toast.textContent = text;
        toast.hidden = !text;
        window.clearTimeout(toastTimer);
        toastTimer = window.setTimeout(() => {
            toast.hidden = true;
        }, 15000);
    }

    document.addEventListener('DOMContentLoaded', () => {
        language = browserLanguage();
        translatePage();
        const button = document.getElementById('language-button');
        if (button) {
            button.addEventListener('click', () => setLanguage(language === 'fil' ? 'en' : 'fil'));
        }
        const signOut = document.getElementById('signout-button');
        if (signOut) {
            signOut.addEventListener('click', async () => {
                await request('POST', '/admin/signout');
                window.location.replace('/admin');
            });
        }
    });

    window.Pisonet = {
        t,
        setLanguage,
        language: () => language,
        startSignedIn,
        signedOut,
        showToast,
        request,
        element,
        formatRate,
        parseRouterRate,
    };
})();
