// A third-party RouterOS API client (node-routeros from npm) against `pisonet-cli simulate`:
// login, print, add, duplicate refused, remove. Run by thirdparty_client.sh.
const { RouterOSAPI } = require('node-routeros');
(async () => {
  const api = new RouterOSAPI({ host: '127.0.0.1', port: Number(process.argv[2]), user: 'admin', password: 'pw', timeout: 5 });
  const check = (ok, what) => { if (!ok) { throw new Error('check failed: ' + what); } };
  await api.connect();
  const identity = await api.write('/system/identity/print');
  check(identity[0].name === 'PisoNet-Demo', 'identity');
  const active = await api.write('/ip/hotspot/active/print');
  check(active.length === 3 && /^[0-9A-F:]{17}$/.test(active[0]['mac-address']), 'active sessions');
  const added = await api.write('/queue/simple/add', ['=name=third-party', '=target=10.5.50.2/32', '=max-limit=1M/2M']);
  check(added[0].ret.startsWith('*'), 'add returns the new id');
  const queues = await api.write('/queue/simple/print', ['?name=third-party']);
  check(queues.length === 1 && queues[0]['max-limit'] === '1000000/2000000', 'queue as printed');
  let refused = false;
  try { await api.write('/queue/simple/add', ['=name=third-party', '=target=10.5.50.3/32']); } catch (e) { refused = true; }
  check(refused, 'duplicate name refused');
  await api.write('/queue/simple/remove', ['=.id=' + queues[0]['.id']]);
  const after = await api.write('/queue/simple/print');
  check(after.length === 0, 'queue removed');
  console.log('node-routeros: login, print, add, duplicate refused, remove: ok');
  await api.close();
})().catch(e => { console.error('FAILED', e); process.exit(1); });
