// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Vouchers on a phone: today's sales, make a batch from a profile (PisoNet Manager puts new
// vouchers on the router after its next good poll), the latest vouchers with the devices that used
// each, and Revoke or Unlock device after a question. Codes, names and addresses are put in as text.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
    const {t, request, element, signedOut, showToast} = window.Pisonet;
    const byId = (id) => document.getElementById(id);
    let profiles = [];
    let vouchers = [];
    let sales = null;

    if (!(await window.Pisonet.startSignedIn())) {
        return;
    }

    function money(value) {
        return '₱' + Number(value || 0).toLocaleString(undefined, {maximumFractionDigits: 2});
    }

    function renderSales() {
        if (!sales) {
            return;
        }
        byId('sales').textContent = t('salesLine', {n: sales.sold, amount: money(sales.revenue)});
        byId('sales-rows').replaceChildren(
            ...sales.rows.map((row) => element('li', '', t('salesRow', {profile: row.profile, n: row.sold,
                amount: money(row.revenue)}))),
        );
    }

    function renderProfiles() {
        const select = byId('generate-profile');
        const chosen = select.value;
        select.replaceChildren(...profiles.map((profile) => {
            const option = element('option', '', t('profileOption', {name: profile.name,
                price: money(profile.price), validity: profile.validity, speeds: profile.speeds}));
            option.value = profile.name;
            return option;
        }));
        if (chosen) {
            select.value = chosen;
        }
    }

    function when(iso) {
        const time = new Date(iso);
        return Number.isNaN(time.getTime()) ? '' : time.toLocaleString(undefined, {dateStyle: 'short', timeStyle: 'short'});
    }

    // The devices that used a code (phones with a private MAC may show up more than once) and the
    // device it is bound to, as in the window's Vouchers page.
    function deviceParts(voucher) {
        const parts = [];
        const devices = voucher.devices || [];
        if (devices.length > 0) {
            const details = element('details', 'devices');
            details.append(element('summary', '', t('devicesUsed', {n: devices.length})));
            const list = element('ul', 'plain-list');
            list.append(...devices.map((device) => {
                const item = element('li', '', when(device.first_seen) + ' · ');
                item.append(element('span', 'mono', device.mac),
                    (device.mac_randomised ? ' ' + t('privateMac') : '') + (device.ip ? ' · ' + device.ip : ''));
                return item;
            }));
            details.append(list);
            parts.push(details);
        }
        if (voucher.locked_mac) {
            parts.push(element('p', 'bound', t('boundTo', {mac: voucher.locked_mac})));
            const unlock = element('button', 'unlock', t('unlock'));
            unlock.type = 'button';
            unlock.addEventListener('click', () => askToUnlock(voucher));
            parts.push(unlock);
        } else if (voucher.lock_device && voucher.status !== 'revoked' && voucher.status !== 'used') {
            parts.push(element('p', 'muted', t('bindsFirstDevice')));
        }
        return parts;
    }

    function renderVouchers() {
        const items = vouchers.map((voucher) => {
            const item = element('li', 'voucher status-' + voucher.status);
            item.dataset.code = voucher.code;
            const line = element('div', 'voucher-line');
            line.append(element('span', 'code mono', voucher.code),
                element('span', 'badge', t('status_' + voucher.status)));
            item.append(line, element('div', 'muted', t('voucherDetails', {profile: voucher.profile,
                price: money(voucher.price), validity: voucher.validity})), ...deviceParts(voucher));
            if (voucher.status !== 'revoked' && voucher.status !== 'used') {
                const revoke = element('button', 'revoke', t('revoke'));
                revoke.type = 'button';
                revoke.addEventListener('click', () => askToRevoke(voucher));
                item.append(revoke);
            }
            return item;
        });
        byId('voucher-list').replaceChildren(...items);
        byId('empty').hidden = vouchers.length > 0;
    }

    async function load() {
        const status = byId('status-filter').value;
        const [list, today] = await Promise.all([
            request('GET', '/admin/api/vouchers?limit=50' + (status ? '&status=' + encodeURIComponent(status) : '')),
            request('GET', '/admin/api/sales'),
        ]);
        if (signedOut(list) || signedOut(today)) {
            return;
        }
        vouchers = list.status === 200 ? list.data.vouchers : [];
        sales = today.status === 200 ? today.data : null;
        renderVouchers();
        renderSales();
    }

    byId('generate-form').addEventListener('submit', async (event) => {
        event.preventDefault();
        const button = byId('generate-button');
        const message = byId('generate-message');
        button.disabled = true;
        const answer = await request('POST', '/admin/api/vouchers/generate',
            {profile: byId('generate-profile').value, count: Number(byId('generate-count').value)});
        button.disabled = false;
        if (signedOut(answer)) {
            return;
        }
        if (answer.status !== 200) {
            message.textContent = answer.status === 0 ? t('notReachable') : answer.data.error || String(answer.status);
            message.classList.add('error');
            return;
        }
        message.classList.remove('error');
        message.textContent = t('made', {n: answer.data.codes.length, profile: answer.data.profile});
        byId('new-codes').replaceChildren(...answer.data.codes.map((code) => element('li', 'mono', code)));
        load();
    });

    // One question dialog for Revoke and Unlock device: the question, its button, and the request
    // that runs when the operator confirms.
    const dialog = byId('confirm-dialog');
    let confirmed = null;
    function ask(question, buttonText, path, body) {
        confirmed = {path, body};
        byId('confirm-question').textContent = question;
        byId('confirm-button').textContent = buttonText;
        byId('confirm-error').textContent = '';
        byId('confirm-button').disabled = false;
        dialog.showModal();
    }
    function askToRevoke(voucher) {
        ask(t('revokeQuestion', {code: voucher.code}), t('revoke'), '/admin/api/vouchers/revoke', {code: voucher.code});
    }
    function askToUnlock(voucher) {
        ask(t('unlockQuestion', {code: voucher.code, mac: voucher.locked_mac}), t('unlock'),
            '/admin/api/vouchers/unlock', {code: voucher.code});
    }
    byId('confirm-cancel').addEventListener('click', () => dialog.close());
    byId('confirm-form').addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!confirmed) {
            return;
        }
        byId('confirm-button').disabled = true;
        const answer = await request('POST', confirmed.path, confirmed.body);
        if (signedOut(answer)) {
            return;
        }
        if (answer.status !== 200) {
            byId('confirm-button').disabled = false;
            byId('confirm-error').textContent = answer.status === 0 ? t('notReachable') : answer.data.error || '';
            return;
        }
        dialog.close();
        showToast(answer.data.message || '');
        load();
    });

    byId('status-filter').addEventListener('change', load);
    document.addEventListener('pisonet:language', () => {
        renderProfiles();
        renderVouchers();
        renderSales();
    });

    const answer = await request('GET', '/admin/api/profiles');
    profiles = answer.status === 200 ? answer.data.profiles : [];
    renderProfiles();
    await load();
});
