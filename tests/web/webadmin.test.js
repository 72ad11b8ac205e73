// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PisoNet Manager's web admin in a real browser: the system's Chromium, headless, at a phone's
// 360×740, against `pisonet-cli serve` and `pisonet-cli simulate` (started by run_browser_test.sh,
// which passes everything through the environment). Never downloads a browser.
'use strict';

const assert = require('node:assert/strict');
const {execFileSync} = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const puppeteer = require('puppeteer-core');

const env = process.env;
const base = env.PISONET_WEB_URL; // http://127.0.0.1:PORT
const password = env.PISONET_WEB_PASSWORD;
const cli = env.PISONET_CLI;
const screenshot = env.PISONET_SCREENSHOT || '';
const xssName = '<img src=x onerror=alert(1)>';

let step = 'start';
function log(text) {
    step = text;
    console.log('- ' + text);
}

// pisonet-cli with the router and database of the serve under test.
function cliJson(...args) {
    return JSON.parse(execFileSync(cli, [...args, '--json'], {env, encoding: 'utf8', timeout: 30000}));
}

function rate(text) {
    const match = /^([0-9.]+)([kMG]?)$/.exec(String(text));
    return match ? Number(match[1]) * {'': 1, k: 1e3, M: 1e6, G: 1e9}[match[2]] : NaN;
}

// The pisonet-<MAC> queue as [upload, download] in bits/s, or null.
function queueOf(mac) {
    const queue = cliJson('queues').queues.find((q) => q.name === 'pisonet-' + mac);
    return queue ? queue.max_limit.split('/').map(rate) : null;
}

async function waitFor(what, predicate, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await predicate();
        if (value) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error('timed out waiting for ' + what);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}

async function noHorizontalScroll(page, where) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${where}: the page is ${width} px wide at a 360 px viewport`);
}

async function rowButton(page, mac, selector) {
    const row = await page.$(`#users-body tr[data-mac="${mac}"]`);
    assert.ok(row, 'no row for ' + mac);
    return row.$(selector);
}

async function main() {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pisonet-chromium-'));
    const browser = await puppeteer.launch({
        executablePath: env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        userDataDir,
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--lang=en-US',
        ],
    });
    const problems = [];
    try {
        const page = await browser.newPage();
        await page.setViewport({width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true});
        await page.setExtraHTTPHeaders({'Accept-Language': 'en-US,en'});
        page.on('dialog', async (dialog) => {
            problems.push('a JavaScript dialog opened: ' + dialog.message());
            await dialog.dismiss();
        });
        page.on('pageerror', (error) => problems.push('page error: ' + error.message));
        page.on('console', (message) => {
            // A CSP violation or a failed script shows up here.
            if (message.type() === 'error' && !/status of (401|403|502)/.test(message.text())) {
                problems.push('console error: ' + message.text());
            }
        });

        log('not signed in: Bandwidth Control sends the browser to the sign-in page');
        await page.goto(base + '/admin/bandwidth', {waitUntil: 'networkidle0'});
        assert.equal(new URL(page.url()).pathname, '/admin');
        await noHorizontalScroll(page, 'sign-in page');

        log('a wrong password is refused with the tries left');
        await page.type('#password', 'not the password');
        await page.click('#signin-button');
        await page.waitForFunction(() => document.getElementById('signin-error').textContent.includes('Wrong password'));
        const wrong = await page.$eval('#signin-error', (e) => e.textContent);
        assert.match(wrong, /4 tries left/);

        log('the right password opens Bandwidth Control');
        await page.$eval('#password', (input) => {
            input.value = '';
        });
        await page.type('#password', password);
        await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#signin-button')]);
        assert.equal(new URL(page.url()).pathname, '/admin/bandwidth');
        const cookies = await browser.cookies();
        const session = cookies.find((c) => c.name === 'pisonet_session');
        assert.ok(session && session.httpOnly && session.sameSite === 'Strict' && session.path === '/admin');

        log('the table shows every simulated user');
        let online = cliJson('users').users.map((u) => u.mac).sort();
        assert.ok(online.length >= 4, 'the simulator has its users online');
        await page.waitForFunction((n) => document.querySelectorAll('#users-body tr').length === n, {}, online.length);
        const shown = await page.$$eval('#users-body tr', (rows) => rows.map((r) => r.dataset.mac).sort());
        assert.deepEqual(shown, online);

        log('a user named like HTML shows as text');
        const names = await page.$$eval('#users-body td.user', (cells) => cells.map((c) => c.textContent));
        assert.ok(names.includes(xssName), 'the user ' + xssName + ' is listed as text');
        assert.equal(await page.$$eval('#users-body img', (images) => images.length), 0);

        await noHorizontalScroll(page, 'Bandwidth Control');

        log('the page refreshes by itself within 12 s, without reloading');
        await page.evaluate(() => {
            window.notReloaded = true;
        });
        const before = Number(await page.$eval('body', (b) => b.dataset.refreshes || '0'));
        await page.waitForFunction((n) => Number(document.body.dataset.refreshes || '0') > n, {timeout: 12000}, before);
        assert.equal(await page.evaluate(() => window.notReloaded), true);
        assert.match(await page.$eval('#updated', (e) => e.textContent), /updated \d+ s ago/);

        const profiles = (await page.evaluate(async () => (await fetch('/admin/api/profiles')).json())).profiles;
        assert.ok(profiles.length > 0, 'the profiles are there as presets');
        const [first, second] = online.filter((mac) => !mac.startsWith('02:00:5E'));

        log('Set limit with a preset creates the queue on the router');
        await (await rowButton(page, first, 'button.set-limit')).click();
        await page.waitForSelector('#limit-dialog[open]');
        await noHorizontalScroll(page, 'Set limit dialog');
        await page.select('#preset', profiles[0].name);
        await page.waitForFunction(() => !document.getElementById('limit-apply').disabled);
        await page.click('#limit-apply');
        await page.waitForSelector('#limit-dialog:not([open])');
        await waitFor('the preset queue', () => queueOf(first), 15000);
        assert.deepEqual(queueOf(first), [rate(profiles[0].rate_up), rate(profiles[0].rate_down)]);

        log('typed speeds are checked with the window\'s words; a bad one cannot be applied');
        await (await rowButton(page, second, 'button.set-limit')).click();
        await page.waitForSelector('#limit-dialog[open]');
        await page.$eval('#download', (input) => {
            input.value = '';
        });
        await page.type('#download', 'fast');
        await page.waitForFunction(() => document.getElementById('limit-message').classList.contains('error'));
        assert.match(await page.$eval('#limit-message', (e) => e.textContent), /Download/);
        assert.equal(await page.$eval('#limit-apply', (b) => b.disabled), true);

        log('Set limit with custom speeds creates the queue');
        await page.$eval('#download', (input) => {
            input.value = '';
        });
        await page.$eval('#upload', (input) => {
            input.value = '';
        });
        await page.type('#download', '3 Mbps');
        await page.type('#upload', '768 kbps');
        await page.waitForFunction(() => document.getElementById('limit-message').textContent.includes('at most'));
        await page.click('#limit-apply');
        await page.waitForSelector('#limit-dialog:not([open])');
        await waitFor('the custom queue', () => queueOf(second), 15000);
        assert.deepEqual(queueOf(second), [768000, 3000000]);

        log('the limits show in the rows');
        await page.waitForFunction(
            (mac) => document.querySelector(`#users-body tr[data-mac="${mac}"]`).textContent.includes('3 Mbps'),
            {timeout: 15000},
            second,
        );
        if (screenshot) {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({path: screenshot});
            console.log('  screenshot: ' + screenshot);
        }

        log('Remove asks first, then removes the queue');
        await (await rowButton(page, first, 'button.remove-limit')).click();
        await page.waitForSelector('#remove-dialog[open]');
        assert.match(await page.$eval('#remove-question', (e) => e.textContent), new RegExp(first));
        await page.click('#remove-cancel');
        await page.waitForSelector('#remove-dialog:not([open])');
        assert.ok(queueOf(first), 'Cancel leaves the limit');
        await (await rowButton(page, first, 'button.remove-limit')).click();
        await page.waitForSelector('#remove-dialog[open]');
        await page.click('#remove-confirm');
        await page.waitForSelector('#remove-dialog:not([open])');
        await waitFor('the queue to go', () => queueOf(first) === null, 15000);

        log('a POST without the CSRF token gets 403 and changes nothing');
        const status = await page.evaluate(async (mac) => {
            const response = await fetch('/admin/api/set-bandwidth', {
                method: 'POST',
                headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({mac, upload: '1M', download: '1M'}),
            });
            return response.status;
        }, first);
        assert.equal(status, 403);
        assert.equal(queueOf(first), null);

        log('Filipino on request, and back');
        await page.click('#language-button');
        assert.equal(await page.$eval('h1', (e) => e.textContent), 'Kontrol ng Bandwidth');
        await noHorizontalScroll(page, 'Bandwidth Control in Filipino');
        await page.click('#language-button');
        assert.equal(await page.$eval('h1', (e) => e.textContent), 'Bandwidth Control');

        log('Vouchers: sales today, make a batch, revoke one after a question');
        await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('a[href="/admin/vouchers"]')]);
        assert.match(await page.$eval('#sales', (e) => e.textContent), /sold/);
        await page.$eval('#generate-count', (input) => {
            input.value = '3';
        });
        await page.click('#generate-button');
        await page.waitForFunction(() => document.querySelectorAll('#new-codes li').length === 3);
        const codes = await page.$$eval('#new-codes li', (items) => items.map((i) => i.textContent));
        await page.waitForFunction((code) => document.getElementById('voucher-list').textContent.includes(code), {}, codes[0]);
        await noHorizontalScroll(page, 'Vouchers');
        const listed = cliJson('vouchers', 'list').vouchers.map((v) => v.code);
        assert.ok(codes.every((code) => listed.includes(code)), 'the new codes are in the database');
        const revokeButton = await page.waitForSelector('#voucher-list li button.revoke');
        await revokeButton.click();
        await page.waitForSelector('#confirm-dialog[open]');
        assert.equal(await page.$eval('#confirm-button', (e) => e.textContent), 'Revoke');
        await page.click('#confirm-button');
        await page.waitForSelector('#confirm-dialog:not([open])');
        await waitFor('a revoked voucher', () => cliJson('vouchers', 'list').vouchers.some((v) => v.status === 'revoked'), 15000);

        log('Vouchers: the device a code is bound to, and Unlock device after a question');
        const waitingMac = '02:00:5E:00:02:01'; // run_browser_test.sh: simulate --waiting 1
        const bound = cliJson('vouchers', 'generate', '--profile', 'ONE-DEVICE', '--count', '1', '--push').codes[0];
        cliJson('vouchers', 'activate', bound, '--mac', waitingMac);
        const showBound = () => cliJson('vouchers', 'show', bound).voucher;
        await waitFor('the voucher bound to the device', () => showBound().locked_mac === waitingMac, 15000);
        await page.reload({waitUntil: 'networkidle0'});
        const card = `#voucher-list li[data-code="${bound}"]`;
        await page.waitForSelector(card + ' .bound');
        assert.match(await page.$eval(card + ' .bound', (e) => e.textContent), new RegExp('Bound to ' + waitingMac));
        assert.match(await page.$eval(card + ' .devices', (e) => e.textContent), /Devices that used it: 1/);
        assert.match(await page.$eval(card + ' .devices', (e) => e.textContent), /10\.5\.98\.1/);
        await noHorizontalScroll(page, 'Vouchers with a bound device');
        if (screenshot) {
            await page.$eval(card + ' details', (e) => {
                e.open = true;
            });
            await page.$eval(card, (e) => e.scrollIntoView());
            const vouchersShot = screenshot.replace(/\.png$/, '') + '-vouchers.png';
            await page.screenshot({path: vouchersShot});
            console.log('  screenshot: ' + vouchersShot);
        }
        await page.click(card + ' button.unlock');
        await page.waitForSelector('#confirm-dialog[open]');
        assert.match(await page.$eval('#confirm-question', (e) => e.textContent), new RegExp(bound + ' from ' + waitingMac));
        await page.click('#confirm-button');
        await page.waitForSelector('#confirm-dialog:not([open])');
        await waitFor('the voucher unlocked', () => showBound().locked_mac === '', 15000);
        await page.waitForFunction((selector) => !document.querySelector(selector + ' .bound'), {}, card);
        await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('a[href="/admin/bandwidth"]')]);
        online = cliJson('users').users.map((u) => u.mac).sort(); // the waiting device is online now too
        assert.ok(online.includes(waitingMac));
        await page.waitForFunction((n) => document.querySelectorAll('#users-body tr').length === n, {}, online.length);

        log('the router goes away: "router not reachable", rows greyed, the last data kept');
        process.kill(Number(env.PISONET_SIMULATOR_PID), 'SIGINT');
        await page.waitForFunction(
            () => !document.getElementById('banner').hidden && document.querySelectorAll('#users-body tr.stale').length > 0,
            {timeout: 40000},
        );
        assert.match(await page.$eval('#banner', (e) => e.textContent), /Router not reachable/);
        assert.equal(await page.$$eval('#users-body tr', (rows) => rows.length), online.length);

        log('sign out');
        await Promise.all([page.waitForNavigation(), page.click('#signout-button')]);
        assert.equal(new URL(page.url()).pathname, '/admin');

        assert.deepEqual(problems, []);
    } finally {
        await browser.close();
        fs.rmSync(userDataDir, {recursive: true, force: true});
    }
}

main().then(
    () => console.log('web admin in Chromium: 1 passed, 0 failed'),
    (error) => {
        console.error(`FAILED at "${step}": ${error.stack || error}`);
        process.exit(1);
    },
);
