<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiDecoder</name>
    <message>
        <source>reserved control byte 0x%1 in the API stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API word of %1 bytes is longer than allowed</source>
        <translation type="unfinished"></translation>
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
        <source>&quot;%1&quot; is not an address and port (use e.g. [::1]:5000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTTP API and the web admin listen on %1, not only on this PC: customers on the shop Wi-Fi (and anyone else on that network) can reach them, and only the token and the web-admin password stand between them and your speed limits. Keep the port closed in the router&apos;s firewall, and never forward it to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will not listen on %1 without a web-admin password: anyone on the shop Wi-Fi could reach the web admin. Set a password first (Settings, or &quot;pisonet-cli web password&quot;), or listen on 127.0.0.1.</source>
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
        <source>field &quot;%1&quot;: missing (expected a rate like &quot;1M&quot;, or give &quot;profile&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: expected a date like 2026-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;to&quot; is before &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;count&quot;: expected a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made over the HTTP API (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;code&quot;: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vouchers %2 made (batch %3) [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;amount&quot;: expected the price in pesos, like 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: expected a profile name, like &quot;STANDARD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 (%2) sold and put on the router [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;router&quot;: no router named &quot;%1&quot; (routers: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from the router yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from the routers yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;router&quot;: expected a router&apos;s name (routers: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;router&quot;: no router named &quot;%1&quot; (routers: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device %1 is online on more than one router (%2): say which with the field &quot;router&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;router&quot;: missing; several routers are set up (%1): name the one the voucher is for</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database updated from schema %1 to %2 (backup: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 activated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router password could not be read from the system&apos;s credential store (%1). Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the system&apos;s credential store (%1); it is kept until PisoNet Manager closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is %2 but in use by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web-admin password was changed; browsers signed in before must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, http://%1:%2/admin/api/ (web admin: /admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to router %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of router %1 could not be read from the system&apos;s credential store (%2). Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo router &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router is set up: showing the built-in demo routers (simulated customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching router %1 (%2): removed in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching router %1 (%2) from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of router %1 could not be deleted from the system&apos;s credential store (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>cannot save the settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a router named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no router named %1</source>
        <translation type="unfinished"></translation>
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
        <source>%1 is not online now: the limit %2 will be applied when it logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 limited to %2 (queue %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the limit %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit of %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no limit; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database could not be written (%2). Nothing was changed on the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router change failed: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s record for %1 could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router is not reachable (%1); nothing was changed and nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not online now; nothing was changed. Use --remember (&quot;Keep this limit&quot;) to apply the limit when it logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router is not reachable (%1): the limit %2 for %3 is kept and applied when the router is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 for %2 kept for later [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 was not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router did not take the limit now (%1): %2 for %3 is kept and applied when the router answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router is not reachable (%1); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit of %1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit of %1 removed. The speed limit of voucher %2 stays off for this customer until you set a limit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator limits could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s record for voucher code %1 could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not logged in with a voucher code; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not online now, so its voucher code is not known; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for voucher code %1, whatever device uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 kept for voucher code %2 (set on %3) [%4]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthLimit</name>
    <message>
        <source>%1 down / %2 up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthPage</name>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search voucher code, MAC or IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the data of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online · downloading %1 · uploading %2</source>
        <translation>
            <numerusform>%n user online · downloading %1 · uploading %2</numerusform>
            <numerusform>%n users online · downloading %1 · uploading %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a user to see their speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 · next in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the speed limit of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected · not retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n speed limit(s) made elsewhere (another program, PC or an earlier install) were found and kept as they are, until those customers leave. The Logs page says which.</source>
        <translation>
            <numerusform>%n speed limit made elsewhere (another program, PC or an earlier install) was found and kept as it is, until that customer leaves. The Logs page says which.</numerusform>
            <numerusform>%n speed limits made elsewhere (another program, PC or an earlier install) were found and kept as they are, until those customers leave. The Logs page says which.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Speed limits may not work on this router.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;FastTrack off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn FastTrack off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the router&apos;s FastTrack rule %1? Speed limits then work for every customer; the router&apos;s processor does a little more work per connection. You can turn it on again in Winbox (IP &gt; Firewall &gt; Filter Rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FastTrack is still on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router: disabled firewall filter rule %1 (FastTrack) (why: the operator asked, so speed limits work) [window]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FastTrack is off: speed limits now apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot; (searched codes, MACs in any spelling, and IPs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the limit of %1 (%2) to %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the speed limit of %1 (%2)? This removes the voucher&apos;s speed limit for this customer until you set one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1 (%2) out now? They can log in again while their voucher has time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not logged out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router: logged %1 (%2) out (why: the operator kicked them) [window]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the users of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Speed limits may not work on some routers.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no router named %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandwidthPlanner</name>
    <message>
        <source>adopted queue follows the device&apos;s address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
    <message>
        <source>error: unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeGenerator</name>
    <message>
        <source>code length must be from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix %1 is longer than 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix %1 may only use %2 (no 0, O, 1, I or L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlLoop</name>
    <message>
        <source>Kept the speed limit %1 (%2) of %3 (%4): made elsewhere, left as it is until the device leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no max-limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the router yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Router: added %n hotspot user(s) for vouchers (why: %1): %2</source>
        <translation>
            <numerusform>Router: added %n hotspot user for vouchers (why: %1): %2</numerusform>
            <numerusform>Router: added %n hotspot users for vouchers (why: %1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers not put on the router yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher not put on the router: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) marked as on the router are not there (router reset, or another router?): %1</source>
        <translation>
            <numerusform>%n voucher marked as on the router is not there (router reset, or another router?): %1</numerusform>
            <numerusform>%n vouchers marked as on the router are not there (router reset, or another router?): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Router: hotspot user %1 bound to %2 (why: its profile locks a voucher to the first device that uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 could not be bound to %2 on the router: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use bytes with k, M or G as RouterOS does (k = 1000, M = 1000000, G = 1000000000), e.g. 500M or 1G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (at most 100G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0 (leave &quot;%1&quot; out for no data cap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the existing vouchers table has no &quot;code&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator bandwidth limits per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vouchers, batches and sessions (legacy voucher tables are kept and get the missing columns, e.g. rate_limit_up/rate_limit_down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program settings kept with the data (the HTTP API token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 was made by a newer PisoNet Manager (schema %2; this version knows up to %3). It was not changed: update PisoNet Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator decisions to remove a voucher&apos;s speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last hour of speeds per router, for the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vouchers of other tools: time limit, speed, devices, status, MAC and developer codes read from their own columns; a voucher with a value that cannot be read is not put on the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating it (%3); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the database to this version of PisoNet Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the database %1 to schema %2 failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the database %1 failed: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data caps on vouchers (existing vouchers keep none) and coin-slot sales with their idempotency keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every device a voucher was used from, operator limits per voucher code, and vouchers bound to their first device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several routers: the router each voucher was put on and each session was seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 holds &quot;%3&quot;, which is no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: %3 values that are no time were left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times with their time zone on PostgreSQL (timestamp with time zone); on SQLite times stay UTC text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every router a voucher was put on (a voucher may be on several), so revoking or unlocking it reaches each of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another PC kept changing the same data at the same moment; gave up after %1 attempts (nothing was changed): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the source must be a SQLite file, and %1 is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 into a temporary copy (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source and the target are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 (not PisoNet Manager&apos;s) was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); nothing was copied. Copy into an empty database, or add to it with --append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1.%2 (not PisoNet Manager&apos;s) was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2 rows in the source, %3 arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying into %1 failed, nothing was copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher code(s) are in both databases (%1); nothing was copied. A code must be unique in the shared database: revoke or rename them in one shop first</source>
        <translation>
            <numerusform>%n voucher code is in both databases (%1); nothing was copied. A code must be unique in the shared database: revoke or rename it in one shop first</numerusform>
            <numerusform>%n voucher codes are in both databases (%1); nothing was copied. A code must be unique in the shared database: revoke or rename them in one shop first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) with a key the target already has were left as the target has them</source>
        <translation>
            <numerusform>table %1: %n row with a key the target already has was left as the target has it</numerusform>
            <numerusform>table %1: %n rows with a key the target already has were left as the target has them</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1: %2 times that could not be read were left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>cannot write to %1: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write next to %1: the folder %2 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is busy: another program (or another PisoNet Manager) is using it; close it or try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: the disk is full; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PisoNet Manager database or it is damaged; restore a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a row with the same %2; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value for %2; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change (%2); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1 (is the disk or folder there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write %1: the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 reported a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already manages this database (%2) since %3 (process %4 on %5). Only one program may watch the router and change its limits at a time: close it first, or use it instead. Commands that only read (users, queues, vouchers list, reports) still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1 next to the database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission, or read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database address %1 is not usable: %2 (write postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (letters, digits, _ . - after the last /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options after ? or # are not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCopyCommand</name>
    <message>
        <source>Copy every row of a shop&apos;s SQLite file into another database, such as a shared PostgreSQL one (the file is not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy into: postgresql://USER@HOST[:PORT]/DBNAME (password from PGPASSWORD) or a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a database that already holds data (refused otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say where from and where to: db copy --from FILE --to postgresql://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 into %2; the row counts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbMigrateCommand</name>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated from schema %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the database up to date (a byte-for-byte copy is made first; a failure changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the old file (made by an earlier attempt): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the old file, byte for byte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
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
    <name>HttpConnection</name>
    <message>
        <source>the request head is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an HTTP/1.1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request target is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request has more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of the body is unclear (Transfer-Encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the chunked transfer coding is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;Expect: 100-continue&quot; is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunked body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request did not arrive in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many connections; try again in a moment</source>
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
    <name>LegacyVouchers</name>
    <message>
        <source>Never put on the router because %1: %2. They are kept; revoke them (pisonet-cli vouchers revoke CODE) or make new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed in the old database for %1: they get 1M up / 2M down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the router without a time limit (put there by an earlier version): %1. Revoke them, or set their limit-uptime on the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) of another tool read: %1 with a time limit, %2 developer code(s) without one, %3 that cannot be used.</source>
        <translation>
            <numerusform>%n voucher of another tool read: %1 with a time limit, %2 developer code(s) without one, %3 that cannot be used.</numerusform>
            <numerusform>%n vouchers of another tool read: %1 with a time limit, %2 developer code(s) without one, %3 that cannot be used.</numerusform>
        </translation>
    </message>
    <message>
        <source>its time limit cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no time limit (%1) but is not a developer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old database gives it no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number of devices cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its speed cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has only one of %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its status %1 is not a word PisoNet Manager knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its device address cannot be read (%1); left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its price cannot be read (%1); counted as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first use cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message>
        <source>profiles.json to use (or PISONET_PROFILES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database updated from schema %1 to %2 (backup: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file, or a shared database as postgresql://USER@HOST[:PORT]/DBNAME with the password in PGPASSWORD (or PISONET_DB; default: the one the window uses, %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message>
        <source>%1 is not a MAC address (expected six pairs of hex digits, like AA:BB:CC:DD:EE:FF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the all-zero address, not a device&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the broadcast address, not a device&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multicast (group) address, not a device&apos;s address: a device&apos;s first byte is even, like AA:BB:CC:DD:EE:FF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PisoNet Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PisoNet Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the data of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The router cannot be reached.&lt;/b&gt; %1 %2 Retrying by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo router.&lt;/b&gt; No router is set up yet, so the customers and their traffic here are simulated. Nothing is changed on a real router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up my router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · RouterOS %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PisoNet Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PisoNet Manager %1&lt;/h3&gt;&lt;p&gt;Vouchers, live bandwidth and per-user speed limits for PisoWiFi and PisoNet shops on MikroTik routers.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The router refused the user name or password.&lt;/b&gt; %1 Check them in Settings (the router user needs the api, read and write policies). PisoNet Manager does not try again by itself, so the router does not lock the user out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected, refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 refused the user name or password.&lt;/b&gt; %2 Not retried by itself, so the router does not lock the user out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not reachable&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n router(s): %1</source>
        <translation>
            <numerusform>%n router: %1</numerusform>
            <numerusform>%n routers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo routers.&lt;/b&gt; No router is set up yet, so the two routers, their customers and their traffic here are simulated. Nothing is changed on a real router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo routers: %1</source>
        <translation type="unfinished"></translation>
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
        <source>%1 (e.g. %2, 0 = no limit): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the router. Check Settings &gt; Test Router Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PisoNet Manager</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them with --host/--port/--user/--tls or PISONET_ROUTER_HOST, PISONET_ROUTER_PORT, PISONET_ROUTER_USER, PISONET_ROUTER_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address (e.g. AA:BB:CC:DD:EE:FF; Enter or 0 to go back): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address, or the user&apos;s # from the list (Enter or 0 to go back): </source>
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
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
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
    <message>
        <source>End the session of a used or revoked voucher that is online anyway (default: only warn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 activated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept %n speed limit(s) made elsewhere: %1</source>
        <translation>
            <numerusform>kept %n speed limit made elsewhere: %1</numerusform>
            <numerusform>kept %n speed limits made elsewhere: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Router problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the router at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: voucher %1 is %2 but in use by %3 (a code that should be dead)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ending the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is %2 but in use by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session of voucher %1 on %2 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not end the session of voucher %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>limits: %1 of %n queue change(s) applied</source>
        <translation>
            <numerusform>limits: %1 of %n queue change applied</numerusform>
            <numerusform>limits: %1 of %n queue changes applied</numerusform>
        </translation>
    </message>
    <message>
        <source>Router %1 problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to router %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCatalog</name>
    <message>
        <source>%1: line %2, column %3: %4 (not valid JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with a &quot;profiles&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;profiles&quot; list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object like {&quot;name&quot;: &quot;BASIC&quot;, ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name: another profile is already called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, like 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown duration &quot;%1&quot; (use 30m, 1h, 2h, 1d, 1w or unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of devices from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text like &quot;512K&quot; or &quot;2M&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text like &quot;500M&quot; or &quot;1G&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCKED TO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Speed Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each kind of voucher costs and gives. Speeds like 512K, 2M or 1G; validity like 30m, 1h, 1d, 1w or unlimited; data (optional) like 500M or 1G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock to first device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code of this profile works only on the first device that uses it, until you unlock it on the Vouchers page.</source>
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
    <message>
        <source>field &quot;profile&quot;: no profile &quot;%1&quot; (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueAction</name>
    <message>
        <source>add %1 for %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (why: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (down / up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes (down / up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic (made by the router)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PisoNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove PisoNet queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PisoNet&apos;s queues (bold) are named pisonet-&amp;lt;MAC&amp;gt; and are kept right automatically; other queues are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? The device&apos;s limit is forgotten too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of PisoNet&apos;s queues (pisonet-&lt;MAC&gt;) first; other queues are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues of the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 on router %2? The device&apos;s limit is forgotten too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
    <message>
        <source>empty (use bits/s with k, M or G, e.g. 512k or 2M; 0 for no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a speed cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (use bits/s with k, M or G, e.g. 512k or 2M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large (at most 100G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number of bits per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit %1 (use k, M or G, e.g. 512k, 2M or 3 Mbps)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the table shown below for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Nothing sold yet from %1 to %2.&lt;/p&gt;&lt;p&gt;A voucher counts as sold on the day a customer first uses it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per day, %1 – %2 (total %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>Total: %n voucher(s), revenue %1</source>
        <translation>
            <numerusform>Total: %n voucher, revenue %1</numerusform>
            <numerusform>Total: %n vouchers, revenue %1</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterConfig</name>
    <message>
        <source>a router needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a router name: use up to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a router needs an address (--host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a router address: give an IP address or a host name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterConnection</name>
    <message>
        <source>router not reachable at %1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router at %1 accepted the connection but did not answer the login within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the router was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no router address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router&apos;s certificate does not match the pinned fingerprint (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password for %1 (router said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device at %1 does not speak the RouterOS API (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router at %1 refused the login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router closed the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router refused the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router did not answer %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with the router at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router not reachable at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: the router closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; reconnecting to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterDiagnostics</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FastTrack is on (firewall filter rule %1, chain %2): fast-tracked traffic skips simple queues, so speed limits do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Winbox: IP &gt; Firewall &gt; Filter Rules, disable the &quot;fasttrack connection&quot; rule. Or in the terminal: /ip firewall filter disable [find action=fasttrack-connection]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &quot;%1&quot; (target %2) is above &quot;%3&quot; and also matches %4: the first matching queue wins, so the PisoNet limit may not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a dynamic queue made by the hotspot: remove the rate-limit from the hotspot user profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Winbox: Queues &gt; Simple Queues, drag &quot;%1&quot; below the pisonet- queues, or disable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot user profile &quot;%1&quot; has rate-limit %2: RouterOS adds its own queue for each user at the top of the list, which limits on top of PisoNet Manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Winbox: IP &gt; Hotspot &gt; User Profiles &gt; %1, clear Rate Limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: FastTrack is off, no queue shadows PisoNet&apos;s, no hotspot profile has its own rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterSession</name>
    <message>
        <source>API port (or PISONET_ROUTER_PORT); default 8728, 8729 with --tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router user (or PISONET_ROUTER_USER); default admin.</source>
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
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router address (or PISONET_ROUTER_HOST; default: the router set up in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the router password from the first line of standard input (otherwise from PISONET_ROUTER_PASSWORD, or the password the window saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo router (simulated customers) and a throwaway database: nothing real is read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the built-in demo router (simulated customers) and a throwaway database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no router is set up: set it up in PisoNet Manager&apos;s Settings, or give --host (or PISONET_ROUTER_HOST); --demo tries the built-in demo router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the router password could not be read from the system&apos;s credential store (%1); set PISONET_ROUTER_PASSWORD or use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the router to use, as &quot;pisonet-cli routers list&quot; shows it (default: the first one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no router named %1 (&quot;pisonet-cli routers list&quot; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535, not %1</source>
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
    <name>RoutersAddCommand</name>
    <message>
        <source>Add a router to watch (password from PISONET_ROUTER_PASSWORD or standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the router: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API port (default 8728, 8729 with --tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router user (default admin).</source>
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
        <source>--user must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a router named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: set PISONET_ROUTER_PASSWORD or give it on the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password could not be saved in the system&apos;s credential store (%1); the router was not added. On Linux a Secret Service must be running (gnome-keyring or KeePassXC, for example); without one, give the router with --host and --user and its password with PISONET_ROUTER_PASSWORD on each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the system&apos;s credential store did not answer (%1); this router has no password, so there is nothing to keep there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutersListCommand</name>
    <message>
        <source>List the routers set up; the first is the default of --router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router is set up (pisonet-cli routers add NAME --host ADDRESS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutersRemoveCommand</name>
    <message>
        <source>Forget a router (nothing on the router changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router&apos;s name, as &quot;pisonet-cli routers list&quot; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: its password could not be deleted from the system&apos;s credential store (%1)</source>
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
    <message>
        <source>Address and port of the API and the web admin (default 127.0.0.1:5000; IPv6 as [::1]:5000). Anything but a loopback address lets other devices on the network reach them, and needs a web-admin password (pisonet-cli web password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web admin on http://%1:%2/admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no web-admin password yet: set one with &quot;pisonet-cli web password&quot;)</source>
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
    <message>
        <source>error: no profile %1 (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the limit for the voucher code the device is logged in with: it follows the code to any device (a phone that changes its MAC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetLimitDialog</name>
    <message>
        <source>Set speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2M (bits per second; 0 = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 512k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit for &lt;b&gt;%1&lt;/b&gt; (%2). It stays for this device until you remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom speeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 down / %3 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device will get at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this limit (next logins too; applied when the router is back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset, or type the speeds (e.g. 2M or 3 Mbps; 0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it for voucher &amp;code %1 (follows the code to any device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored against the code, not the MAC: applied to whatever device logs in with it, e.g. a phone that uses a private (random) MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router (MikroTik, RouterOS API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.88.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (8728, or 8729 with API-SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system&apos;s credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use API-&amp;SSL (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require a valid certificate (off: accept the router&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Router Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot &amp;DNS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the QR codes on vouchers, e.g. wifi.shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made when the API is first enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the router&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Logged in, but:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Speed Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable the API (coin-slot controllers, scripts) and the web admin (phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web admin password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (type a new one to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: needed to listen beyond this PC (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1 (RouterOS %2, %3, up %4).&lt;br/&gt;Round trip: &lt;b&gt;%5 ms&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the credential store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not removed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 removed from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the router %1? Nothing on that router changes; its saved password is deleted. PisoNet Manager stops watching it at once.</source>
        <translation type="unfinished"></translation>
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
        <source>Simulator stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more online user with exactly this name (any text, e.g. to test how it is shown); may be repeated. They get the addresses 02:00:5E:00:01:01, 10.5.99.1, and onwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: at most 250 --session users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Simulated RouterOS API listening on 127.0.0.1:%1 (user &quot;%2&quot;, %n online user(s)). Ctrl-C stops it.</source>
        <translation>
            <numerusform>Simulated RouterOS API listening on 127.0.0.1:%1 (user &quot;%2&quot;, %n online user). Ctrl-C stops it.</numerusform>
            <numerusform>Simulated RouterOS API listening on 127.0.0.1:%1 (user &quot;%2&quot;, %n online users). Ctrl-C stops it.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many routers to simulate (default 1, at most 20), on consecutive ports from --port, each with its own identity, user (admin, admin2, ...), addresses (10.5.x.x, 10.6.x.x, ...) and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --routers must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>error: %n router(s) from port %1 would go past port 65535</source>
        <translation>
            <numerusform>error: %n router from port %1 would go past port 65535</numerusform>
            <numerusform>error: %n routers from port %1 would go past port 65535</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Simulated router %1 &quot;%2&quot; listening on 127.0.0.1:%3 (user &quot;%4&quot;, addresses 10.%5.x.x, %n online user(s)).</source>
        <translation>
            <numerusform>Simulated router %1 &quot;%2&quot; listening on 127.0.0.1:%3 (user &quot;%4&quot;, addresses 10.%5.x.x, %n online user).</numerusform>
            <numerusform>Simulated router %1 &quot;%2&quot; listening on 127.0.0.1:%3 (user &quot;%4&quot;, addresses 10.%5.x.x, %n online users).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl-C stops them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices waiting at the hotspot login page, not logged in (default 0), for trying &quot;vouchers activate&quot;. They get the addresses 02:00:5E:00:02:01, 10.5.98.1, and onwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --waiting must be a number from 0 to 250</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficChart</name>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficFormat</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
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
        <source>DOWN RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UP RATE</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online, downloading %1, uploading %2.</source>
        <translation>
            <numerusform>%n user online, downloading %1, uploading %2.</numerusform>
            <numerusform>%n users online, downloading %1, uploading %2.</numerusform>
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
        <source>BYTES (DOWN/UP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMIT (DOWN/UP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (adopted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX LIMIT (DOWN/UP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTrafficModel</name>
    <message>
        <source>User (voucher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (down / up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made elsewhere (another program, PC or an earlier install). Kept as it is until the device leaves; set a limit to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed of the voucher %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone uses a private (random) MAC address; it can change when it reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Users of every router set up, each row naming its router. A router that cannot be read is reported on stderr (exit 2) and the others&apos; rows still print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --all-routers cannot be used with --router, --host or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no router is set up (pisonet-cli routers add NAME --host ADDRESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(router %1 left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>it has no time limit (validity %1) and is not a developer code: it would give unlimited time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherManager</name>
    <message>
        <source>no voucher with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is revoked here, but the router could not be updated: %2 (it is retried when you revoke again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 is %2 and cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 is not on the router yet: push it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not waiting at the hotspot login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is logged in with voucher %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router has no hotspot user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 is not bound to a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 stays bound to %2: the router did not take the change (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is unlocked on the router, but the record was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 unlocked: it can now be used from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotspot user removed: %1, sessions ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 revoked; it is on no router set up now (%2), so no router was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is revoked here, but not every router could be updated (%2); those are retried when you revoke again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 revoked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 is on no router set up now: put it on one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 is not on router %2: put it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no router named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router%1: hotspot user %2 no longer bound to %3 (why: the operator unlocked the device) [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 stays bound to %2: not every router took the change (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherPusher</name>
    <message>
        <source>could not create hotspot user profile %1: %2 — the router user needs write rights, or create the profile yourself (shared-users=%3, no rate-limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherRoll</name>
    <message>
        <source>%1 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no vouchers to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or log in at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherSeller</name>
    <message>
        <source>give either an amount (the price in pesos) or a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile costs %1 (prices: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 profiles cost %2: %3; sell by profile name instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile %1 (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has no time limit: it cannot be sold as a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the idempotency key %1 was used for another sale (%2); use a new key for a new sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the idempotency key must be 1 to %1 printable ASCII characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the idempotency key %1 is in use for another sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router could not take the voucher, nothing was sold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voucher %1 is on the router but the sale could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no router named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherSheet</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no vouchers to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1  ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or log in at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherStore</name>
    <message>
        <source>the number of vouchers must be from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes of length %2 would be too easy to guess; use longer codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voucher with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has no time limit: only developer codes may be unlimited (make them as developer codes, or give the profile a validity like 1h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free voucher code found after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (down / up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the router yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: this code no longer works and is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the router yet: a customer cannot log in with it until it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used up: its time or data is spent; it is never printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices that used this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private MAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to %1: it works only on that device until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its profile binds it to the first device that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
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
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vouchers are saved; push them later with: pisonet-cli vouchers push --batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no profile %1 (profiles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n %2 voucher(s) (%3, %4, %5).</source>
        <translation>
            <numerusform>Batch %1: %n %2 voucher (%3, %4, %5).</numerusform>
            <numerusform>Batch %1: %n %2 vouchers (%3, %4, %5).</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --status must be one of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put on the router: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s).</source>
        <translation>
            <numerusform>%n voucher.</numerusform>
            <numerusform>%n vouchers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Put them on the &amp;router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ₱%2, %3, %4 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a waiting device in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid profile: check profiles.json (see Logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save vouchers as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? It stops working at once; the record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vouchers are put on the router at once, or as soon as it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of the selected vouchers; with none selected, of the newest batch. Used-up and revoked codes are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs a device that waits at the hotspot login page in with the selected voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on &amp;router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected vouchers that are not on the router yet there now (with none selected: all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>could not add the hotspot user of %n voucher(s): %1</source>
        <translation>
            <numerusform>could not add the hotspot user of %n voucher: %1</numerusform>
            <numerusform>could not add the hotspot user of %n vouchers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — the router user needs write rights (in Winbox: System &gt; Users &gt; Groups, policy &quot;write&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers not on the router yet: %1. They are tried again when the router answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) put on the router.</source>
        <translation>
            <numerusform>%n voucher put on the router.</numerusform>
            <numerusform>%n vouchers put on the router.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) that were on the router are not there any more (was the router reset, or is this another router?).</source>
        <translation>
            <numerusform>%n voucher that was on the router is not there any more (was the router reset, or is this another router?).</numerusform>
            <numerusform>%n vouchers that were on the router are not there any more (was the router reset, or is this another router?).</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put back by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every voucher is on the router already (used and revoked ones are not put back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Putting %n voucher(s) on the router…</source>
        <translation>
            <numerusform>Putting %n voucher on the router…</numerusform>
            <numerusform>Putting %n vouchers on the router…</numerusform>
        </translation>
    </message>
    <message>
        <source>the operator asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n selected voucher(s)</source>
        <translation>
            <numerusform>the %n selected voucher</numerusform>
            <numerusform>the %n selected vouchers</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: make a batch, or select the vouchers to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: every code of %1 is used up or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected to print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected to print: %1 (%2 used up or revoked: left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected: prints batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n used-up or revoked code(s) left out.</source>
        <translation>
            <numerusform>%n used-up or revoked code left out.</numerusform>
            <numerusform>%n used-up or revoked codes left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these code(s) is not on the router yet: a customer cannot log in with it until it is.</source>
        <translation>
            <numerusform>%n of these codes is not on the router yet: a customer cannot log in with it until it is.</numerusform>
            <numerusform>%n of these codes are not on the router yet: a customer cannot log in with them until they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>printed, the operator asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher card(s) saved to %1.</source>
        <translation>
            <numerusform>%n voucher card saved to %1.</numerusform>
            <numerusform>%n voucher cards saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voucher card(s) sent to the printer.</source>
        <translation>
            <numerusform>%n voucher card sent to the printer.</numerusform>
            <numerusform>%n voucher cards sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the voucher to revoke first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (why: the operator revoked %2) [window]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the voucher to use first, then pick the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: pick another voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the router yet: put it there first, then log the device in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on the &amp;router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [window]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n %2 voucher(s) made.</source>
        <translation>
            <numerusform>Batch %1: %n %2 voucher made.</numerusform>
            <numerusform>Batch %1: %n %2 vouchers made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n voucher(s) made; putting them on the router…</source>
        <translation>
            <numerusform>Batch %1: %n voucher made; putting it on the router…</numerusform>
            <numerusform>Batch %1: %n vouchers made; putting them on the router…</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a&amp;fter generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Save as PDF, Print and Print after generating print on: cards on A4 sheets, or tickets for a 58 mm or 80 mm roll (thermal) printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch made here goes to the printer chosen last in Print… (else the system&apos;s default printer) at once, without a dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer %1 is not there (switched off or removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer chosen: choose one once with Print…, or set a default printer in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n voucher(s) made and sent to the printer; putting them on the router…</source>
        <translation>
            <numerusform>Batch %1: %n voucher made and sent to the printer; putting it on the router…</numerusform>
            <numerusform>Batch %1: %n vouchers made and sent to the printer; putting them on the router…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n voucher(s) made, but not printed: %2</source>
        <translation>
            <numerusform>Batch %1: %n voucher made, but not printed: %2</numerusform>
            <numerusform>Batch %1: %n vouchers made, but not printed: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unlock device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frees the selected voucher from the device it is bound to (profiles with &quot;lock_device&quot;), so the customer can log in from another device or a new private MAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the voucher to unlock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not bound to a device; nothing to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1 from %2? The customer can then log in with it from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router &quot;Put on router&quot; and new batches put vouchers on: one, or all.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n voucher(s) written to %1.</source>
        <translation>
            <numerusform>%n voucher written to %1.</numerusform>
            <numerusform>%n vouchers written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a4 (cards on A4 sheets, the default), 58mm or 80mm (tickets for a thermal roll printer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --paper is one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n used-up or revoked code(s) left out.</source>
        <translation>
            <numerusform>%n used-up or revoked code left out.</numerusform>
            <numerusform>%n used-up or revoked codes left out.</numerusform>
        </translation>
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
        <source>The voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a voucher: remove it from every router it is on (or the one --router names) and end its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersSellCommand</name>
    <message>
        <source>Sell one voucher now (a coin slot, a shop script): made, put on the router, counted as sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price paid, in pesos: the profile with this price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the profile by name, e.g. STANDARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key for this sale: run again with the same key, the same voucher comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idempotency-key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --amount or --profile, e.g. vouchers sell --amount 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount must be the price in pesos, like 10, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold: %1 (%2, %3, %4, %5 pesos)%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sold before with this key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersShowCommand</name>
    <message>
        <source>Show one voucher and every device that used it (phones may change their MAC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no voucher with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1: %2, %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked to the first device that uses it; not bound now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to device %1 (vouchers unlock %2 frees it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC KIND</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VouchersUnlockCommand</name>
    <message>
        <source>Free a voucher bound to its first device (profile &quot;lock_device&quot;) so another device can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingDeviceDialog</name>
    <message>
        <source>Log a waiting device in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices waiting at the hotspot login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a device above, or type it: AA:BB:CC:DD:EE:FF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a device in with voucher &lt;b&gt;%1&lt;/b&gt;. These devices are at the hotspot login page now; pick the customer&apos;s (their phone&apos;s Wi-Fi settings show its MAC address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for devices at the login page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the waiting devices: %1. You can still type the MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is waiting at the login page. Ask the customer to connect to the Wi-Fi and open a web page, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) waiting.</source>
        <translation>
            <numerusform>%n device waiting.</numerusform>
            <numerusform>%n devices waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebAdmin</name>
    <message>
        <source>no such page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-in from another site&apos;s page is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in, or the session ended: sign in again at /admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or wrong CSRF token (X-CSRF-Token): reload the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;password&quot;: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no web-admin password is set yet: set one in PisoNet Manager&apos;s Settings, or with &quot;pisonet-cli web password&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web admin: %1 wrong passwords from %2; that address may not sign in for %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web admin: signed in from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web admin: signed out from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device will get at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passwords from this device: try again in %n minute(s)</source>
        <translation>
            <numerusform>too many wrong passwords from this device: try again in %n minute</numerusform>
            <numerusform>too many wrong passwords from this device: try again in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebPassword</name>
    <message>
        <source>the web-admin password must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web-admin password must not begin or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebPasswordCommand</name>
    <message>
        <source>Set the web admin&apos;s password (first line of standard input, or typed twice on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New web-admin password (at least %1 characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no password given (type it, or pipe it into standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web-admin password set (kept as a salted hash in %1). Browsers signed in with the old one must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinCredentialStore</name>
    <message>
        <source>Windows Credential Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PisoNet Manager cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
