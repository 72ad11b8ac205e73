<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>ApiDecoder</name>
    <message>
        <source>reserved control byte 0x%1 in the API stream</source>
        <translation>reserved na control byte 0x%1 sa API stream</translation>
    </message>
    <message>
        <source>API word of %1 bytes is longer than allowed</source>
        <translation>ang API word na %1 bytes ay mas mahaba sa pinapayagan</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>&quot;%1&quot; is not an IP address (use e.g. 127.0.0.1:5000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>missing or wrong API token (send &quot;Authorization: Bearer &lt;token&gt;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from the router yet; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;status&quot;: expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;limit&quot;: expected a number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: no profile &quot;%1&quot; (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: missing (expected a rate like &quot;1M&quot;, or give &quot;profile&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenCommand</name>
    <message>
        <source>Print the HTTP API token (made on first use); --renew replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the token; the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token (a running server picks it up when restarted):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEngine</name>
    <message>
        <source>Connected to the router at %1.</source>
        <translation>Nakakonekta na sa router sa %1.</translation>
    </message>
    <message>
        <source>Router problem: %1</source>
        <translation>Problema sa router: %1</translation>
    </message>
    <message>
        <source>Database updated from schema %1 to %2 (backup: %3).</source>
        <translation>Na-update ang database mula schema %1 papuntang %2 (backup: %3).</translation>
    </message>
    <message>
        <source>profiles.json: %1</source>
        <translation>profiles.json: %1</translation>
    </message>
    <message>
        <source>Voucher %1 activated by %2.</source>
        <translation>Nagamit na ang voucher %1 ng %2.</translation>
    </message>
    <message>
        <source>Voucher %1 used up.</source>
        <translation>Ubos na ang oras ng voucher %1.</translation>
    </message>
    <message>
        <source>Speed limits: %1</source>
        <translation>Speed limit: %1</translation>
    </message>
    <message>
        <source>Speed limit not applied: %1</source>
        <translation>Hindi nailapat ang speed limit: %1</translation>
    </message>
    <message>
        <source>The router password could not be read from the system&apos;s credential store (%1). Enter it in Settings.</source>
        <translation>Hindi mabasa ang password ng router mula sa credential store ng system (%1). Ilagay ito sa Settings.</translation>
    </message>
    <message>
        <source>No router is set up: showing the built-in demo router (simulated customers).</source>
        <translation>Wala pang naka-set up na router: ipinapakita ang demo router (kunwaring mga customer).</translation>
    </message>
    <message>
        <source>The password could not be saved in the system&apos;s credential store (%1); it is kept until PisoNet Manager closes.</source>
        <translation>Hindi ma-save ang password sa credential store ng system (%1); itatabi ito hanggang isara ang PisoNet Manager.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nakapatay</translation>
    </message>
    <message>
        <source>on, http://%1:%2/admin/api/</source>
        <translation>bukas, http://%1:%2/admin/api/</translation>
    </message>
    <message>
        <source>HTTP API %1</source>
        <translation>HTTP API %1</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>hindi tumatakbo: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>cannot save the settings to %1</source>
        <translation>hindi ma-save ang settings sa %1</translation>
    </message>
</context>
<context>
    <name>BandwidthAction</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthController</name>
    <message>
        <source>%1 is not online now; nothing was changed. Use --remember to apply the limit when it logs in.</source>
        <translation>Hindi online ngayon ang %1; walang binago. Gamitin ang --remember para ilapat ang limit pag nag-log in ito.</translation>
    </message>
    <message>
        <source>cannot save the limit: %1</source>
        <translation>hindi ma-save ang limit: %1</translation>
    </message>
    <message>
        <source>%1 is not online now: the limit %2 will be applied when it logs in.</source>
        <translation>Hindi online ngayon ang %1: ilalapat ang limit na %2 pag nag-log in ito.</translation>
    </message>
    <message>
        <source>the router has the limit, but saving it failed: %1</source>
        <translation>nasa router na ang limit, pero hindi ito na-save: %1</translation>
    </message>
    <message>
        <source>%1 limited to %2 (queue %3).</source>
        <translation>Nilimitahan ang %1 sa %2 (queue %3).</translation>
    </message>
    <message>
        <source>%1 already has the limit %2; nothing changed.</source>
        <translation>May limit na %2 na ang %1; walang binago.</translation>
    </message>
    <message>
        <source>cannot forget the limit: %1</source>
        <translation>hindi makalimutan ang limit: %1</translation>
    </message>
    <message>
        <source>Limit of %1 removed.</source>
        <translation>Inalis ang limit ng %1.</translation>
    </message>
    <message>
        <source>%1 has no limit; nothing changed.</source>
        <translation>Walang limit ang %1; walang binago.</translation>
    </message>
</context>
<context>
    <name>BandwidthLimit</name>
    <message>
        <source>%1 up / %2 down</source>
        <translation>%1 up / %2 down</translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation>I-&amp;refresh ngayon</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Lahat ng user</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Napiling user</translation>
    </message>
    <message>
        <source>Online users</source>
        <translation>Mga user na online</translation>
    </message>
    <message>
        <source>Search voucher code, MAC or IP</source>
        <translation>Hanapin ang voucher code, MAC o IP</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Maghanap ng user</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Lagyan ng &amp;limit…</translation>
    </message>
    <message>
        <source>Re&amp;move limit</source>
        <translation>A&amp;lisin ang limit</translation>
    </message>
    <message>
        <source>Set limit…</source>
        <translation>Lagyan ng limit…</translation>
    </message>
    <message>
        <source>Remove limit</source>
        <translation>Alisin ang limit</translation>
    </message>
    <message>
        <source>Kick user</source>
        <translation>I-kick ang user</translation>
    </message>
    <message>
        <source>Copy MAC</source>
        <translation>Kopyahin ang MAC</translation>
    </message>
    <message>
        <source>Showing the data of %1: %2</source>
        <translation>Datos ng %1 ang ipinapakita: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online · downloading %1 · uploading %2</source>
        <translation>
            <numerusform>%n user ang online · download %1 · upload %2</numerusform>
            <numerusform>%n user ang online · download %1 · upload %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a user to see their speed</source>
        <translation>Pumili ng user para makita ang bilis niya</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hindi pa</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Nagre-refresh…</translation>
    </message>
    <message>
        <source>Updated %1 · next in %2 s</source>
        <translation>Na-update %1 · susunod sa %2 s</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Lagyan ng limit</translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation>Pumili muna ng user sa table.</translation>
    </message>
    <message>
        <source>Limit not set</source>
        <translation>Hindi nailagay ang limit</translation>
    </message>
    <message>
        <source>Remove the speed limit of %1 (%2)?</source>
        <translation>Alisin ang speed limit ni %1 (%2)?</translation>
    </message>
    <message>
        <source>Limit not removed</source>
        <translation>Hindi naalis ang limit</translation>
    </message>
    <message>
        <source>Log %1 out now? They can log in again while their voucher has time.</source>
        <translation>I-log out si %1 ngayon? Makakapag-log in ulit siya habang may oras pa ang voucher.</translation>
    </message>
    <message>
        <source>Not kicked</source>
        <translation>Hindi na-kick</translation>
    </message>
    <message>
        <source>%1 was logged out by the operator.</source>
        <translation>Na-log out ng operator si %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PisoNet Manager command line, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pisonet-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;pisonet-cli &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 bad usage or input, 2 router unreachable or login refused, 3 router refused the command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeGenerator</name>
    <message>
        <source>code length must be from %1 to %2, not %3</source>
        <translation>ang haba ng code ay dapat mula %1 hanggang %2, hindi %3</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is longer than 8 characters</source>
        <translation>ang prefix na &quot;%1&quot; ay lampas sa 8 character</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; may only use %2 (no 0, O, 1, I or L)</source>
        <translation>ang prefix na &quot;%1&quot; ay puwede lang gumamit ng %2 (walang 0, O, 1, I o L)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the existing vouchers table has no &quot;code&quot; column</source>
        <translation>walang &quot;code&quot; na column ang kasalukuyang vouchers table</translation>
    </message>
    <message>
        <source>operator bandwidth limits per device</source>
        <translation>mga bandwidth limit ng operator bawat device</translation>
    </message>
    <message>
        <source>vouchers, batches and sessions (legacy voucher tables are kept and get the missing columns, e.g. rate_limit_up/rate_limit_down)</source>
        <translation>mga voucher, batch at session (itinatabi ang lumang voucher table at dinadagdagan ng kulang na column, hal. rate_limit_up/rate_limit_down)</translation>
    </message>
    <message>
        <source>program settings kept with the data (the HTTP API token)</source>
        <translation>mga setting ng programa na kasama ng datos (ang HTTP API token)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>hindi magawa ang folder na %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>hindi mabuksan ang database na %1: %2</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program; close it and try again</source>
        <translation>naka-lock ng ibang programa ang database na %1; isara ito at subukan ulit</translation>
    </message>
    <message>
        <source>%1 is not a PisoNet Manager database or it is damaged (%2)</source>
        <translation>ang %1 ay hindi database ng PisoNet Manager o sira ito (%2)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>hindi makapagsimula ng transaction: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>hindi ma-save: %1</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating it; nothing was changed</source>
        <translation>hindi ma-backup ang %1 sa %2 bago i-update; walang binago</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>hindi mabasa ang schema version ng %1</translation>
    </message>
    <message>
        <source>the database %1 was made by a newer PisoNet Manager (schema %2; this version knows up to %3). It was not changed: update PisoNet Manager.</source>
        <translation>ang database na %1 ay gawa ng mas bagong PisoNet Manager (schema %2; hanggang %3 lang ang alam ng bersyong ito). Hindi ito binago: i-update ang PisoNet Manager.</translation>
    </message>
    <message>
        <source>updating the database %1 to schema %2 failed: %3</source>
        <translation>pumalya ang pag-update ng database na %1 sa schema %2: %3</translation>
    </message>
</context>
<context>
    <name>DbMigrateCommand</name>
    <message>
        <source>Bring the database up to date (a backup copy is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated from schema %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the old file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Check the router for settings that stop speed limits from working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonOutput</name>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message>
        <source>Database file (or PISONET_DB; default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles.json to use (or PISONET_PROFILES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Search the log</source>
        <translation>Maghanap sa log</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nangyari</translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address (expected six pairs of hex digits, like AA:BB:CC:DD:EE:FF)</source>
        <translation>&quot;%1&quot; ay hindi MAC address (anim na pares ng hex digit, tulad ng AA:BB:CC:DD:EE:FF)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PisoNet Manager</source>
        <translation>PisoNet Manager</translation>
    </message>
    <message>
        <source>Bandwidth Control</source>
        <translation>Kontrol ng Bandwidth</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Mga Voucher</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Mga Queue</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Mga Ulat</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Mga Log</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Mga Pahina</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>I-&amp;refresh ngayon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;ulong</translation>
    </message>
    <message>
        <source>&amp;About PisoNet Manager</source>
        <translation>T&amp;ungkol sa PisoNet Manager</translation>
    </message>
    <message>
        <source>Showing the data of %1.</source>
        <translation>Datos ng %1 ang ipinapakita.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The router cannot be reached.&lt;/b&gt; %1 %2 Retrying by itself.</source>
        <translation>&lt;b&gt;Hindi maabot ang router.&lt;/b&gt; %1 %2 Kusa itong susubok ulit.</translation>
    </message>
    <message>
        <source>Router &amp;settings…</source>
        <translation>&amp;Settings ng router…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo router.&lt;/b&gt; No router is set up yet, so the customers and their traffic here are simulated. Nothing is changed on a real router.</source>
        <translation>&lt;b&gt;Demo router.&lt;/b&gt; Wala pang naka-set up na router, kaya kunwari lang ang mga customer at traffic dito. Walang binabago sa totoong router.</translation>
    </message>
    <message>
        <source>&amp;Set up my router…</source>
        <translation>I-&amp;set up ang router ko…</translation>
    </message>
    <message>
        <source>Demo router</source>
        <translation>Demo router</translation>
    </message>
    <message>
        <source> · RouterOS %1 · %2</source>
        <translation> · RouterOS %1 · %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kumokonekta…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source> · last refresh %1</source>
        <translation> · huling refresh %1</translation>
    </message>
    <message>
        <source>About PisoNet Manager</source>
        <translation>Tungkol sa PisoNet Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PisoNet Manager %1&lt;/h3&gt;&lt;p&gt;Vouchers, live bandwidth and per-user speed limits for PisoWiFi and PisoNet shops on MikroTik routers.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PisoNet Manager %1&lt;/h3&gt;&lt;p&gt;Mga voucher, live na bandwidth at speed limit bawat user para sa mga PisoWiFi at PisoNet shop na may MikroTik router.&lt;/p&gt;&lt;p&gt;Folder ng datos: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 0-%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [y/N]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer y or n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address (e.g. AA:BB:CC:DD:EE:FF): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address, or the user&apos;s # from the list: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (e.g. %2, 0 = no limit): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the router. Check Settings &gt; Test Router Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PisoNet Manager</source>
        <translation>PisoNet Manager</translation>
    </message>
    <message>
        <source> (built-in demo router)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth Control</source>
        <translation>Kontrol ng Bandwidth</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router:   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouterOS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View users with traffic stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View all queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Limit %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not online. Apply the limit when it logs in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the limit of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Router Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected and logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, the API service (/ip service enable api) and the user&apos;s api/read/write policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-SSL:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation>nakapatay</translation>
    </message>
    <message>
        <source>Change them with --host/--port/--user/--tls or PISONET_ROUTER_HOST, PISONET_ROUTER_PORT, PISONET_ROUTER_USER, PISONET_ROUTER_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuCommand</name>
    <message>
        <source>Interactive menu (the default on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Watch users and keep their speed limits right, until Ctrl-C (one line per poll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls, 2 to 300 (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many polls (default: run until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --interval must be a number of seconds from 2 to 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --polls must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 activated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits: %1 of %2 queue changes applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router problem: %1 (showing the last data, retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online (+%2 -%3), down %4, up %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCatalog</name>
    <message>
        <source>%1: line %2, column %3: %4 (not valid JSON)</source>
        <translation>%1: linya %2, column %3: %4 (hindi valid na JSON)</translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;profiles&quot; list</source>
        <translation>%1: inaasahan ang object na may listahang &quot;profiles&quot;</translation>
    </message>
    <message>
        <source>%1: the &quot;profiles&quot; list is empty</source>
        <translation>%1: walang laman ang listahang &quot;profiles&quot;</translation>
    </message>
    <message>
        <source>%1: profile %2 (&quot;%3&quot;)</source>
        <translation>%1: profile %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: profile %2</source>
        <translation>%1: profile %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: field na &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: expected an object like {&quot;name&quot;: &quot;BASIC&quot;, ...}</source>
        <translation>%1: inaasahan ang object na tulad ng {&quot;name&quot;: &quot;BASIC&quot;, ...}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>inaasahan ang text na may laman</translation>
    </message>
    <message>
        <source>duplicate name: another profile is already called &quot;%1&quot;</source>
        <translation>dobleng pangalan: may ibang profile na &quot;%1&quot; na ang tawag</translation>
    </message>
    <message>
        <source>expected a number, like 10</source>
        <translation>inaasahan ang numero, tulad ng 10</translation>
    </message>
    <message>
        <source>cannot be negative (%1)</source>
        <translation>hindi puwedeng negatibo (%1)</translation>
    </message>
    <message>
        <source>unknown duration &quot;%1&quot; (use 30m, 1h, 2h, 1d, 1w or unlimited)</source>
        <translation>hindi kilalang tagal na &quot;%1&quot; (gamitin ang 30m, 1h, 2h, 1d, 1w o unlimited)</translation>
    </message>
    <message>
        <source>expected a whole number of devices from 1 to 1000</source>
        <translation>inaasahan ang buong bilang ng device mula 1 hanggang 1000</translation>
    </message>
    <message>
        <source>expected a text like &quot;512K&quot; or &quot;2M&quot;</source>
        <translation>inaasahan ang text tulad ng &quot;512K&quot; o &quot;2M&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: hindi mabasa ang file (%2)</translation>
    </message>
</context>
<context>
    <name>ProfilesCheckCommand</name>
    <message>
        <source>Check a profiles.json (default: the one in use) and list its profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles.json to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPLOAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;mac&quot;: missing (expected &quot;AA:BB:CC:DD:EE:FF&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;mac&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Limit (down / up)</source>
        <translation>Limit (down / up)</translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation>Bilis ng download</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Bilis ng upload</translation>
    </message>
    <message>
        <source>Bytes (down / up)</source>
        <translation>Bytes (down / up)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>dynamic (made by the router)</source>
        <translation>dynamic (gawa ng router)</translation>
    </message>
    <message>
        <source>PisoNet</source>
        <translation>PisoNet</translation>
    </message>
    <message>
        <source>other</source>
        <translation>iba</translation>
    </message>
</context>
<context>
    <name>QueuesCommand</name>
    <message>
        <source>List all simple queues on the router with limits, rates and bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Simple queues</source>
        <translation>Mga simple queue</translation>
    </message>
    <message>
        <source>&amp;Remove PisoNet queue</source>
        <translation>A&amp;lisin ang PisoNet queue</translation>
    </message>
    <message>
        <source>PisoNet&apos;s queues (bold) are named pisonet-&amp;lt;MAC&amp;gt; and are kept right automatically; other queues are never changed.</source>
        <translation>Ang mga queue ng PisoNet (naka-bold) ay may pangalang pisonet-&amp;lt;MAC&amp;gt; at kusang inaayos; hindi ginagalaw ang ibang queue.</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Alisin ang queue</translation>
    </message>
    <message>
        <source>Select one of PisoNet&apos;s queues (pisonet-…) first.</source>
        <translation>Pumili muna ng isa sa mga queue ng PisoNet (pisonet-…).</translation>
    </message>
    <message>
        <source>Remove %1? The device&apos;s limit is forgotten too.</source>
        <translation>Alisin ang %1? Makakalimutan din ang limit ng device.</translation>
    </message>
    <message>
        <source>Queue not removed</source>
        <translation>Hindi naalis ang queue</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>empty (use bits/s with k, M or G, e.g. 512k or 2M; 0 for no limit)</source>
        <translation>walang laman (gamitin ang bits/s na may k, M o G, hal. 512k o 2M; 0 para walang limit)</translation>
    </message>
    <message>
        <source>a speed cannot be negative</source>
        <translation>hindi puwedeng negatibo ang bilis</translation>
    </message>
    <message>
        <source>not a number (use bits/s with k, M or G, e.g. 512k or 2M)</source>
        <translation>hindi numero (gamitin ang bits/s na may k, M o G, hal. 512k o 2M)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (use k, M or G, e.g. 512k or 2M)</source>
        <translation>hindi kilalang unit &quot;%1&quot; (gamitin ang k, M o G, hal. 512k o 2M)</translation>
    </message>
    <message>
        <source>too large (at most 100G)</source>
        <translation>sobrang laki (hanggang 100G lang)</translation>
    </message>
    <message>
        <source>not a whole number of bits per second</source>
        <translation>hindi buong bilang ng bits bawat segundo</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>walang limit</translation>
    </message>
</context>
<context>
    <name>RemoveBandwidthCommand</name>
    <message>
        <source>Remove a device&apos;s speed limit (its pisonet-&lt;MAC&gt; queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>I-&amp;refresh</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>I-&amp;export ang CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Vouchers sold</source>
        <translation>Naibentang voucher</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mga session</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Na-download</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Na-upload</translation>
    </message>
    <message>
        <source>Revenue per day (total %1)</source>
        <translation>Kita bawat araw (kabuuan %1)</translation>
    </message>
    <message>
        <source>Export sales as CSV</source>
        <translation>I-export ang benta bilang CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Mga CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Hindi na-export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Hindi maisulat ang %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportsSalesCommand</name>
    <message>
        <source>Vouchers sold and revenue per day and profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 voucher(s), revenue %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsUsageCommand</name>
    <message>
        <source>Data used per day, and the top users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many top users to list (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPLOADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
</context>
<context>
    <name>RouterConnection</name>
    <message>
        <source>router not reachable at %1: no answer within %2 s</source>
        <translation>hindi maabot ang router sa %1: walang sagot sa loob ng %2 s</translation>
    </message>
    <message>
        <source>router at %1 accepted the connection but did not answer the login within %2 s</source>
        <translation>tinanggap ng router sa %1 ang koneksyon pero hindi sumagot sa login sa loob ng %2 s</translation>
    </message>
    <message>
        <source>the connection to the router was closed</source>
        <translation>isinara ang koneksyon sa router</translation>
    </message>
    <message>
        <source>no router address is set</source>
        <translation>walang nakatakdang address ng router</translation>
    </message>
    <message>
        <source>the router&apos;s certificate was refused: %1</source>
        <translation>tinanggihan ang certificate ng router: %1</translation>
    </message>
    <message>
        <source>the router&apos;s certificate does not match the pinned fingerprint (got %1)</source>
        <translation>hindi tugma ang certificate ng router sa naka-pin na fingerprint (natanggap: %1)</translation>
    </message>
    <message>
        <source>wrong user name or password for %1 (router said: %2)</source>
        <translation>maling user name o password para sa %1 (sabi ng router: %2)</translation>
    </message>
    <message>
        <source>not connected to the router</source>
        <translation>hindi nakakonekta sa router</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>kinansela</translation>
    </message>
    <message>
        <source>the device at %1 does not speak the RouterOS API (%2)</source>
        <translation>hindi RouterOS API ang sinasalita ng device sa %1 (%2)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>walang ibinigay na dahilan</translation>
    </message>
    <message>
        <source>the router at %1 refused the login: %2</source>
        <translation>tinanggihan ng router sa %1 ang login: %2</translation>
    </message>
    <message>
        <source>the router closed the session: %1</source>
        <translation>isinara ng router ang session: %1</translation>
    </message>
    <message>
        <source>the router refused the command</source>
        <translation>tinanggihan ng router ang utos</translation>
    </message>
    <message>
        <source>the router did not answer %1 within %2 s</source>
        <translation>hindi sumagot ang router sa %1 sa loob ng %2 s</translation>
    </message>
    <message>
        <source>TLS with the router at %1 failed: %2</source>
        <translation>pumalya ang TLS sa router sa %1: %2</translation>
    </message>
    <message>
        <source>router not reachable at %1 (%2)</source>
        <translation>hindi maabot ang router sa %1 (%2)</translation>
    </message>
    <message>
        <source>connection lost: the router closed the connection</source>
        <translation>nawala ang koneksyon: isinara ng router ang koneksyon</translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation>nawala ang koneksyon (%1)</translation>
    </message>
</context>
<context>
    <name>RouterDiagnostics</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Babala</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>FastTrack is on (firewall filter rule %1, chain %2): fast-tracked traffic skips simple queues, so speed limits do nothing.</source>
        <translation>Bukas ang FastTrack (firewall filter rule %1, chain %2): nilalampasan ng fast-tracked na traffic ang mga simple queue, kaya walang epekto ang speed limit.</translation>
    </message>
    <message>
        <source>In Winbox: IP &gt; Firewall &gt; Filter Rules, disable the &quot;fasttrack connection&quot; rule. Or in the terminal: /ip firewall filter disable [find action=fasttrack-connection]</source>
        <translation>Sa Winbox: IP &gt; Firewall &gt; Filter Rules, i-disable ang rule na &quot;fasttrack connection&quot;. O sa terminal: /ip firewall filter disable [find action=fasttrack-connection]</translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; (target %2) is above &quot;%3&quot; and also matches %4: the first matching queue wins, so the PisoNet limit may not apply.</source>
        <translation>Ang queue na &quot;%1&quot; (target %2) ay nasa itaas ng &quot;%3&quot; at tumutugma rin sa %4: ang unang tumugmang queue ang nasusunod, kaya maaaring hindi gumana ang limit ng PisoNet.</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>lahat</translation>
    </message>
    <message>
        <source>It is a dynamic queue made by the hotspot: remove the rate-limit from the hotspot user profile.</source>
        <translation>Dynamic queue ito na gawa ng hotspot: alisin ang rate-limit sa hotspot user profile.</translation>
    </message>
    <message>
        <source>In Winbox: Queues &gt; Simple Queues, drag &quot;%1&quot; below the pisonet- queues, or disable it.</source>
        <translation>Sa Winbox: Queues &gt; Simple Queues, ilipat ang &quot;%1&quot; sa ibaba ng mga pisonet- queue, o i-disable ito.</translation>
    </message>
    <message>
        <source>Hotspot user profile &quot;%1&quot; has rate-limit %2: RouterOS adds its own queue for each user at the top of the list, which limits on top of PisoNet Manager&apos;s.</source>
        <translation>May rate-limit na %2 ang hotspot user profile na &quot;%1&quot;: nagdadagdag ang RouterOS ng sariling queue bawat user sa itaas ng listahan, na dagdag na naglilimita bukod sa PisoNet Manager.</translation>
    </message>
    <message>
        <source>In Winbox: IP &gt; Hotspot &gt; User Profiles &gt; %1, clear Rate Limit.</source>
        <translation>Sa Winbox: IP &gt; Hotspot &gt; User Profiles &gt; %1, burahin ang Rate Limit.</translation>
    </message>
    <message>
        <source>No problems found: FastTrack is off, no queue shadows PisoNet&apos;s, no hotspot profile has its own rate limit.</source>
        <translation>Walang nakitang problema: patay ang FastTrack, walang queue na tumatakip sa PisoNet, walang hotspot profile na may sariling rate limit.</translation>
    </message>
</context>
<context>
    <name>RouterSession</name>
    <message>
        <source>Router address (or PISONET_ROUTER_HOST). Without one: the demo router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API port (or PISONET_ROUTER_PORT); default 8728, 8729 with --tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router user (or PISONET_ROUTER_USER); default admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the router password from the first line of standard input (otherwise from PISONET_ROUTER_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use API-SSL (port 8729).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tls: require a certificate valid for the host (default: accept the router&apos;s self-signed certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tls: SHA-256 fingerprint (hex) the router&apos;s certificate must have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the router (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --password-stdin given but standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --pin must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --timeout must be a number of seconds from 0.1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot start the demo router: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router configured (use --host or PISONET_ROUTER_HOST): using the built-in demo router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterTestCommand</name>
    <message>
        <source>Connect to the router, log in and show its identity, version and uptime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-6.43 challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current (6.43+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [demo router]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouterOS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the monitor and the local JSON HTTP API headless, until Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port of the API (default 127.0.0.1:5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot make the API token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API on http://%1:%2/admin/api/ (send &quot;Authorization: Bearer &lt;token&gt;&quot;; pisonet-cli api token prints it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetBandwidthCommand</name>
    <message>
        <source>Limit a device&apos;s speed (a pisonet-&lt;MAC&gt; simple queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload limit, e.g. 512k or 1M (bits/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download limit, e.g. 1M or 2M (bits/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rates of a profile from profiles.json, e.g. BASIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the device is not online now, apply the limit when it logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give either --upload and --download, or --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no profile &quot;%1&quot; (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give both --upload and --download (0 means no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetLimitDialog</name>
    <message>
        <source>Set speed limit</source>
        <translation>Lagyan ng speed limit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <source>&amp;Download:</source>
        <translation>&amp;Download:</translation>
    </message>
    <message>
        <source>e.g. 2M (bits per second; 0 = no limit)</source>
        <translation>hal. 2M (bits bawat segundo; 0 = walang limit)</translation>
    </message>
    <message>
        <source>&amp;Upload:</source>
        <translation>&amp;Upload:</translation>
    </message>
    <message>
        <source>e.g. 512k</source>
        <translation>hal. 512k</translation>
    </message>
    <message>
        <source>&amp;Keep this limit for the device&apos;s next logins</source>
        <translation>&amp;Itabi ang limit na ito para sa susunod na pag-login ng device</translation>
    </message>
    <message>
        <source>Speed limit for &lt;b&gt;%1&lt;/b&gt; (%2). It stays for this device until you remove it.</source>
        <translation>Speed limit para kay &lt;b&gt;%1&lt;/b&gt; (%2). Mananatili ito sa device hanggang alisin mo.</translation>
    </message>
    <message>
        <source>Custom speeds</source>
        <translation>Sariling bilis</translation>
    </message>
    <message>
        <source>%1 — %2 down / %3 up</source>
        <translation>%1 — %2 down / %3 up</translation>
    </message>
    <message>
        <source>&amp;Apply limit</source>
        <translation>I-&amp;apply ang limit</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>The device will get at most %1.</source>
        <translation>Hanggang %1 lang ang makukuha ng device.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Router (MikroTik, RouterOS API)</source>
        <translation>Router (MikroTik, RouterOS API)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>e.g. 192.168.88.1</source>
        <translation>hal. 192.168.88.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>default (8728, or 8729 with API-SSL)</source>
        <translation>default (8728, o 8729 kung API-SSL)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>kept in the system&apos;s credential store</source>
        <translation>itinatabi sa credential store ng system</translation>
    </message>
    <message>
        <source>Use API-&amp;SSL (encrypted)</source>
        <translation>Gamitin ang API-&amp;SSL (naka-encrypt)</translation>
    </message>
    <message>
        <source>&amp;Require a valid certificate (off: accept the router&apos;s own)</source>
        <translation>&amp;Kailangan ng valid na certificate (kung patay: tanggapin ang sa router)</translation>
    </message>
    <message>
        <source>&amp;Test Router Connection</source>
        <translation>I-&amp;test ang Koneksyon sa Router</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>I-&amp;refresh kada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hotspot &amp;DNS name:</source>
        <translation>&amp;DNS name ng hotspot:</translation>
    </message>
    <message>
        <source>for the QR codes on vouchers, e.g. wifi.shop</source>
        <translation>para sa mga QR code sa voucher, hal. wifi.shop</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Pangalan ng shop:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>Local HTTP API</source>
        <translation>Lokal na HTTP API</translation>
    </message>
    <message>
        <source>&amp;Enable the API for coin-slot controllers and scripts</source>
        <translation>&amp;Buksan ang API para sa coin-slot controller at mga script</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>Makinig &amp;sa:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Pa&amp;litan</translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation>Katulad ng Windows</translation>
    </message>
    <message>
        <source>made when the API is first enabled</source>
        <translation>gagawin sa unang pagbukas ng API</translation>
    </message>
    <message>
        <source>Enter the router&apos;s address first.</source>
        <translation>Ilagay muna ang address ng router.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kumokonekta sa %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hindi nakakonekta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Logged in, but:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Naka-login, pero:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected:&lt;/b&gt; %1, RouterOS %2, %3, up %4; round trip %5 ms.</source>
        <translation>&lt;b&gt;Nakakonekta:&lt;/b&gt; %1, RouterOS %2, %3, bukas nang %4; round trip %5 ms.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Run a simulated MikroTik router (RouterOS API) on 127.0.0.1 until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default 8728; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online hotspot users to start with (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user name (default admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password of the simulated router (default empty; or PISONET_SIM_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the pre-6.43 challenge login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let users come and go over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed for the generated users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --users must be a number from 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated RouterOS API listening on 127.0.0.1:%1 (user &quot;%2&quot;, %3 online users). Ctrl-C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
</context>
<context>
    <name>TrafficFormat</name>
    <message>
        <source>unlimited</source>
        <translation>walang limit</translation>
    </message>
</context>
<context>
    <name>TrafficReport</name>
    <message>
        <source>(stale: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPLOADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWN RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UP RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMIT (UP/DOWN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online, downloading %1, uploading %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The router has no simple queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX LIMIT (UP/DOWN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES (DOWN/UP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTrafficModel</name>
    <message>
        <source>User (voucher)</source>
        <translation>User (voucher)</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Na-download</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Na-upload</translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation>Bilis ng download</translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation>Bilis ng upload</translation>
    </message>
    <message>
        <source>Limit (down / up)</source>
        <translation>Limit (down / up)</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tagal online</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Natitirang oras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>List online users with traffic, speeds and limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One poll only: users without a queue show no current speed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherManager</name>
    <message>
        <source>no voucher with code %1</source>
        <translation>walang voucher na may code na %1</translation>
    </message>
    <message>
        <source>Voucher %1 is revoked here, but the router could not be updated: %2 (it is retried when you revoke again)</source>
        <translation>Binawi na rito ang voucher %1, pero hindi ma-update ang router: %2 (susubukan ulit pag binawi mo ulit)</translation>
    </message>
    <message>
        <source>Voucher %1 revoked (hotspot user removed: %2, sessions ended: %3).</source>
        <translation>Binawi ang voucher %1 (inalis na hotspot user: %2, tinapos na session: %3).</translation>
    </message>
    <message>
        <source>voucher %1 is %2 and cannot be used</source>
        <translation>ang voucher %1 ay %2 at hindi na magagamit</translation>
    </message>
    <message>
        <source>voucher %1 is not on the router yet: push it first</source>
        <translation>wala pa sa router ang voucher %1: i-push muna ito</translation>
    </message>
    <message>
        <source>%1 is not waiting at the hotspot login page</source>
        <translation>hindi naghihintay sa hotspot login page ang %1</translation>
    </message>
    <message>
        <source>%1 is logged in with voucher %2.</source>
        <translation>Naka-log in ang %1 gamit ang voucher %2.</translation>
    </message>
</context>
<context>
    <name>VoucherSheet</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>hindi maisulat ang %1: %2</translation>
    </message>
    <message>
        <source>%1 vouchers</source>
        <translation>Mga voucher ng %1</translation>
    </message>
    <message>
        <source>there are no vouchers to print</source>
        <translation>walang voucher na ipi-print</translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation>hindi makapagsimula sa printer o file</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>walang limit sa oras</translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation>↓ %1  ↑ %2</translation>
    </message>
    <message>
        <source>Scan, or log in at %1</source>
        <translation>I-scan, o mag-log in sa %1</translation>
    </message>
</context>
<context>
    <name>VoucherStore</name>
    <message>
        <source>the number of vouchers must be from 1 to %1, not %2</source>
        <translation>ang bilang ng voucher ay dapat mula 1 hanggang %1, hindi %2</translation>
    </message>
    <message>
        <source>%1 codes of length %2 would be too easy to guess; use longer codes</source>
        <translation>madaling mahulaan ang %1 code na may habang %2; gumamit ng mas mahabang code</translation>
    </message>
    <message>
        <source>no voucher with code %1</source>
        <translation>walang voucher na may code na %1</translation>
    </message>
</context>
<context>
    <name>VoucherTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Bisa</translation>
    </message>
    <message>
        <source>Speed (down / up)</source>
        <translation>Bilis (down / up)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Unang gamit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Nagamit na oras</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>walang limit sa oras</translation>
    </message>
</context>
<context>
    <name>VouchersActivateCommand</name>
    <message>
        <source>Log a device that waits at the hotspot login page in with a voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting device&apos;s MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give the device with --mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersGenerateCommand</name>
    <message>
        <source>Make a batch of voucher codes of one profile (one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile from profiles.json, e.g. BASIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many vouchers (1 to 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code length, 4 to 16 (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text every code starts with (letters/digits, no 0/O/1/I/L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer codes: no time limit, still speed-limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note kept with the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also put them on the router as hotspot users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give --profile and --count, e.g. vouchers generate --profile BASIC --count 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --count must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --length must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no profile &quot;%1&quot; (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 %3 vouchers (%4, %5, %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>walang limit sa oras</translation>
    </message>
    <message>
        <source>The vouchers are saved; push them later with: pisonet-cli vouchers push --batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersListCommand</name>
    <message>
        <source>List vouchers with their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new, pushed, active, used or revoked vouchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a code or MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --status must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --limit must be a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vouchers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voucher(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Put them on the &amp;router</source>
        <translation>Ilagay sa &amp;router</translation>
    </message>
    <message>
        <source>%1 — ₱%2, %3, %4 down</source>
        <translation>%1 — ₱%2, %3, %4 down</translation>
    </message>
    <message>
        <source>Voucher profile</source>
        <translation>Profile ng voucher</translation>
    </message>
    <message>
        <source>Number of vouchers</source>
        <translation>Bilang ng voucher</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Gumawa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Lahat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Bago</translation>
    </message>
    <message>
        <source>On the router</source>
        <translation>Nasa router</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Ginagamit</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Ubos na</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Binawi</translation>
    </message>
    <message>
        <source>Search code or MAC</source>
        <translation>Hanapin ang code o MAC</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>I-save bilang &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>I-pr&amp;int…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ba&amp;wiin</translation>
    </message>
    <message>
        <source>&amp;Log a waiting device in…</source>
        <translation>I-&amp;log in ang naghihintay na device…</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Gumawa ng</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Mga Voucher</translation>
    </message>
    <message>
        <source>There is no valid profile: check profiles.json (see Logs).</source>
        <translation>Walang valid na profile: tingnan ang profiles.json (tingnan ang Logs).</translation>
    </message>
    <message>
        <source>Vouchers not made</source>
        <translation>Hindi nagawa ang mga voucher</translation>
    </message>
    <message>
        <source>Batch %1: %2 %3 vouchers made.</source>
        <translation>Batch %1: nagawa ang %2 na %3 voucher.</translation>
    </message>
    <message>
        <source>Batch %1 is on the router (%2 added).</source>
        <translation>Nasa router na ang batch %1 (%2 ang naidagdag).</translation>
    </message>
    <message>
        <source>Batch %1 could not be put on the router: %2</source>
        <translation>Hindi mailagay sa router ang batch %1: %2</translation>
    </message>
    <message>
        <source>Not on the router yet</source>
        <translation>Wala pa sa router</translation>
    </message>
    <message>
        <source>The vouchers are saved, but the router said: %1
They are put on the router when you generate or push again.</source>
        <translation>Naka-save ang mga voucher, pero sabi ng router: %1
Mailalagay sila sa router kapag gumawa o nag-push ka ulit.</translation>
    </message>
    <message>
        <source>Save vouchers as PDF</source>
        <translation>I-save ang mga voucher bilang PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Hindi na-save</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Hindi na-print</translation>
    </message>
    <message>
        <source>Revoke voucher</source>
        <translation>Bawiin ang voucher</translation>
    </message>
    <message>
        <source>Revoke %1? It stops working at once; the record is kept.</source>
        <translation>Bawiin ang %1? Hihinto agad ito; itatabi ang record.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Bawiin</translation>
    </message>
    <message>
        <source>Log a device in</source>
        <translation>I-log in ang device</translation>
    </message>
    <message>
        <source>Select the voucher to use first.</source>
        <translation>Piliin muna ang voucher na gagamitin.</translation>
    </message>
    <message>
        <source>MAC address of the device at the login page:</source>
        <translation>MAC address ng device na nasa login page:</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Hindi na-log in</translation>
    </message>
</context>
<context>
    <name>VouchersPrintCommand</name>
    <message>
        <source>Print voucher cards with QR codes to a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch (default: every voucher not used yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotspot&apos;s DNS name for the QR login link (or PISONET_HOTSPOT_DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name on the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give the file to write with --pdf FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voucher(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersPushCommand</name>
    <message>
        <source>Put new vouchers on the router as hotspot users (safe to run again after a failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new vouchers to push.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersRevokeCommand</name>
    <message>
        <source>Withdraw a voucher: remove it from the router and end its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PisoNet Manager cannot start</source>
        <translation>Hindi makapagsimula ang PisoNet Manager</translation>
    </message>
</context>
</TS>
