// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bandwidth Control on a phone: who is online, refreshed every 10 s without reloading; Set limit
// (a preset from the profiles, or typed speeds checked by PisoNet Manager as the window checks them)
// and Remove (after a question). Changes go through the same controller as the window ("web" in
// the log). Every value from the router is put in as text.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
    const {t, request, element, formatRate, parseRouterRate, signedOut, showToast} = window.Pisonet;
    const RefreshMs = 10000;
    const byId = (id) => document.getElementById(id);

    const state = {
        users: [],
        loaded: false,
        lastUpdate: 0, // Date.now() of the last fresh data
        problem: null, // 'router' | 'app' | null
        problemText: '',
        profiles: [],
        refreshes: 0,
    };

    if (!(await window.Pisonet.startSignedIn())) {
        return;
    }

    // ---- the table ----

    function limitText(user) {
        if (!user.max_limit) {
            return t('noLimit');
        }
        const [up, down] = user.max_limit.split('/');
        const show = (rate) => (parseRouterRate(rate) === 0 ? t('unlimited') : formatRate(parseRouterRate(rate)));
        const text = '↓ ' + show(down) + ' ↑ ' + show(up);
        return user.limit_source === 'adopted' ? text + ' ' + t('adopted') : text;
    }

    function cell(row, label, text, className) {
        const td = element('td', className, text);
        td.dataset.label = label;
        row.append(td);
        return td;
    }

    function renderRows() {
        const body = byId('users-body');
        const rows = state.users.map((user) => {
            const row = element('tr', state.problem ? 'stale' : '');
            row.dataset.mac = user.mac;
            cell(row, t('colUser'), user.user || '—', 'user');
            cell(row, t('colMac'), user.mac, 'mono');
            cell(row, t('colIp'), user.ip, 'mono');
            cell(row, t('colDownloaded'), user.bytes_out_formatted);
            cell(row, t('colUploaded'), user.bytes_in_formatted);
            cell(row, t('colSpeed'), '↓ ' + formatRate(user.rate_out) + ' ↑ ' + formatRate(user.rate_in));
            cell(row, t('colLimit'), limitText(user));
            cell(row, t('colTime'), user.uptime + (user.time_left ? ' / ' + user.time_left : '')
                + (user.data_left_formatted ? ' · ' + t('dataLeft', {amount: user.data_left_formatted}) : ''));
            const actions = cell(row, '', '', 'actions');
            const set = element('button', 'primary set-limit', t('setLimit'));
            set.type = 'button';
            set.addEventListener('click', () => openLimitDialog(user));
            const remove = element('button', 'remove-limit', t('removeLimit'));
            remove.type = 'button';
            remove.disabled = !user.max_limit;
            remove.addEventListener('click', () => openRemoveDialog(user));
            actions.append(set, remove);
            return row;
        });
        body.replaceChildren(...rows);
        const empty = byId('empty');
        empty.hidden = state.users.length > 0;
        empty.textContent = state.loaded ? t('noUsers') : t('loading');
    }

    function renderStatus() {
        const down = state.users.reduce((sum, user) => sum + Number(user.rate_out || 0), 0);
        const up = state.users.reduce((sum, user) => sum + Number(user.rate_in || 0), 0);
        byId('summary').textContent = state.loaded
            ? t('online', {n: state.users.length}) + ' · ' + t('totalNow', {down: formatRate(down), up: formatRate(up)})
            : '';
        renderUpdated();
        const banner = byId('banner');
        banner.hidden = !state.problem;
        banner.textContent = state.problem === 'router'
            ? t('routerUnreachable') + (state.problemText ? ' (' + state.problemText + ')' : '')
            : state.problem === 'app' ? t('appUnreachable') : '';
    }

    function renderUpdated() {
        const updated = byId('updated');
        if (!state.lastUpdate) {
            updated.textContent = state.loaded ? '' : t('updating');
            return;
        }
        const seconds = Math.max(0, Math.round((Date.now() - state.lastUpdate) / 1000));
        updated.textContent = t('updatedAgo', {n: seconds});
    }

    function render() {
        renderRows();
        renderStatus();
    }

    async function refresh() {
        const answer = await request('GET', '/admin/api/user-traffic');
        if (signedOut(answer)) {
            return;
        }
        if (answer.status === 200) {
            state.users = answer.data.users || [];
            state.loaded = true;
            state.problem = answer.data.stale ? 'router' : null;
            state.problemText = answer.data.stale_reason || '';
            if (!answer.data.stale) {
                state.lastUpdate = Date.now();
            }
        } else if (answer.status === 0) {
            state.problem = 'app';
        } else {
            // 502: nothing was ever read from the router
            state.loaded = true;
            state.problem = 'router';
            state.problemText = answer.data.error || '';
        }
        state.refreshes += 1;
        document.body.dataset.refreshes = String(state.refreshes);
        render();
    }

    // ---- Set limit ----

    const limitDialog = byId('limit-dialog');
    const preset = byId('preset');
    const download = byId('download');
    const upload = byId('upload');
    const limitMessage = byId('limit-message');
    const apply = byId('limit-apply');
    let limitTarget = null; // {mac, user}, copied when the dialog opens: the row may change meanwhile
    let checkTimer = 0;
    let checkNumber = 0;
    let touched = false;

    function fillPresets() {
        const options = [element('option', '', t('customSpeeds'))];
        options[0].value = '';
        for (const profile of state.profiles) {
            const option = element('option', '', t('presetOption', {name: profile.name, speeds: profile.speeds}));
            option.value = profile.name;
            options.push(option);
        }
        const chosen = preset.value;
        preset.replaceChildren(...options);
        preset.value = chosen;
    }

    function chosenProfile() {
        const profile = state.profiles.find((p) => p.name === preset.value);
        return profile && download.value === profile.rate_down && upload.value === profile.rate_up ? profile : null;
    }

    async function checkSpeeds() {
        if (!touched && !download.value && !upload.value) {
            limitMessage.textContent = t('limitHint');
            limitMessage.classList.remove('error');
            apply.disabled = true;
            return;
        }
        const number = ++checkNumber;
        const query = '?download=' + encodeURIComponent(download.value) + '&upload=' + encodeURIComponent(upload.value);
        const answer = await request('GET', '/admin/check-limit' + query);
        if (number !== checkNumber || signedOut(answer)) {
            return; // typed on meanwhile
        }
        const valid = answer.status === 200 && answer.data.valid;
        limitMessage.textContent = answer.data.message || answer.data.error || '';
        limitMessage.classList.toggle('error', !valid);
        apply.disabled = !valid;
    }

    function scheduleCheck() {
        apply.disabled = true;
        window.clearTimeout(checkTimer);
        checkTimer = window.setTimeout(checkSpeeds, 200);
    }

    function openLimitDialog(user) {
        limitTarget = {mac: user.mac, user: user.user || user.mac};
        byId('limit-who').textContent = t('limitFor', {user: limitTarget.user, mac: limitTarget.mac});
        fillPresets();
        preset.value = '';
        touched = false;
        const current = user.max_limit ? user.max_limit.split('/') : ['', ''];
        upload.value = current[0] || '';
        download.value = current[1] || '';
        byId('remember').checked = false;
        apply.textContent = t('applyLimit');
        checkSpeeds();
        limitDialog.showModal();
    }

    preset.addEventListener('change', () => {
        const profile = state.profiles.find((p) => p.name === preset.value);
        if (profile) {
            download.value = profile.rate_down;
            upload.value = profile.rate_up;
            scheduleCheck();
        }
    });
    for (const input of [download, upload]) {
        input.addEventListener('input', () => {
            touched = true;
            preset.value = '';
            scheduleCheck();
        });
    }
    byId('limit-cancel').addEventListener('click', () => limitDialog.close());

    byId('limit-form').addEventListener('submit', async (event) => {
        event.preventDefault();
        if (apply.disabled || !limitTarget) {
            return; // never "close and forget" an invalid input
        }
        const profile = chosenProfile();
        const body = profile
            ? {mac: limitTarget.mac, profile: profile.name}
            : {mac: limitTarget.mac, download: download.value, upload: upload.value};
        body.remember = byId('remember').checked;
        apply.disabled = true;
        apply.textContent = t('applying');
        const answer = await request('POST', '/admin/api/set-bandwidth', body);
        apply.textContent = t('applyLimit');
        if (signedOut(answer)) {
            return;
        }
        if (answer.status === 200) {
            limitDialog.close();
            showToast(answer.data.message || '');
            refresh();
            return;
        }
        apply.disabled = false;
        limitMessage.textContent = answer.status === 0 ? t('notReachable') : answer.data.error || String(answer.status);
        limitMessage.classList.add('error');
    });

    // ---- Remove ----

    const removeDialog = byId('remove-dialog');
    let removeTarget = null;

    function openRemoveDialog(user) {
        removeTarget = {mac: user.mac, user: user.user || user.mac};
        byId('remove-question').textContent = t('removeQuestion', removeTarget);
        byId('remove-error').textContent = '';
        byId('remove-confirm').disabled = false;
        removeDialog.showModal();
    }

    byId('remove-cancel').addEventListener('click', () => removeDialog.close());
    byId('remove-form').addEventListener('submit', async (event) => {
        event.preventDefault();
        if (!removeTarget) {
            return;
        }
        byId('remove-confirm').disabled = true;
        const answer = await request('POST', '/admin/api/remove-bandwidth', {mac: removeTarget.mac});
        if (signedOut(answer)) {
            return;
        }
        if (answer.status === 200) {
            removeDialog.close();
            showToast(answer.data.message || '');
            refresh();
            return;
        }
        byId('remove-confirm').disabled = false;
        byId('remove-error').textContent = answer.status === 0 ? t('notReachable') : answer.data.error || '';
    });

    // ---- the rest of the page ----

    document.addEventListener('pisonet:language', () => {
        fillPresets();
        render();
    });

    const profiles = await request('GET', '/admin/api/profiles');
    state.profiles = profiles.status === 200 ? profiles.data.profiles || [] : [];
    render();
    await refresh();
    window.setInterval(refresh, RefreshMs);
    window.setInterval(renderUpdated, 1000);
});
