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
        <translation>&quot;%1&quot; ay hindi IP address (gamitin hal. 127.0.0.1:5000)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>&quot;%1&quot; ay hindi port number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address and port (use e.g. [::1]:5000)</source>
        <translation>&quot;%1&quot; ay hindi address at port (gamitin hal. [::1]:5000)</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:5000</source>
        <translation>isulat ang IPv6 address sa loob ng bracket, hal. [::1]:5000</translation>
    </message>
    <message>
        <source>the HTTP API and the web admin listen on %1, not only on this PC: customers on the shop Wi-Fi (and anyone else on that network) can reach them, and only the token and the web-admin password stand between them and your speed limits. Keep the port closed in the router&apos;s firewall, and never forward it to the internet.</source>
        <translation>nakikinig ang HTTP API at ang web admin sa %1, hindi lang sa PC na ito: maaabot sila ng mga customer sa Wi-Fi ng shop (at ng kahit sino sa network na iyon), at ang token at ang password ng web admin lang ang pumipigil sa kanila sa mga speed limit mo. Isara ang port sa firewall ng router, at huwag itong i-forward sa internet.</translation>
    </message>
    <message>
        <source>will not listen on %1 without a web-admin password: anyone on the shop Wi-Fi could reach the web admin. Set a password first (Settings, or &quot;pisonet-cli web password&quot;), or listen on 127.0.0.1.</source>
        <translation>hindi makikinig sa %1 nang walang password ng web admin: maaabot ng kahit sino sa Wi-Fi ng shop ang web admin. Maglagay muna ng password (Settings, o &quot;pisonet-cli web password&quot;), o makinig sa 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>ApiService</name>
    <message>
        <source>missing or wrong API token (send &quot;Authorization: Bearer &lt;token&gt;&quot;)</source>
        <translation>wala o mali ang API token (ipadala ang &quot;Authorization: Bearer &lt;token&gt;&quot;)</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>walang ganitong endpoint: %1</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 ay tumatanggap ng %2, hindi %3</translation>
    </message>
    <message>
        <source>router unreachable: %1</source>
        <translation>hindi maabot ang router: %1</translation>
    </message>
    <message>
        <source>no data from the router yet; try again in a moment</source>
        <translation>wala pang datos mula sa router; subukan ulit maya-maya</translation>
    </message>
    <message>
        <source>parameter &quot;status&quot;: expected one of %1</source>
        <translation>parameter na &quot;status&quot;: inaasahan ang isa sa %1</translation>
    </message>
    <message>
        <source>parameter &quot;limit&quot;: expected a number from 1 to 100000</source>
        <translation>parameter na &quot;limit&quot;: inaasahan ang numero mula 1 hanggang 100000</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: missing (expected a rate like &quot;1M&quot;, or give &quot;profile&quot;)</source>
        <translation>field na &quot;%1&quot;: wala (inaasahan ang bilis tulad ng &quot;1M&quot;, o ibigay ang &quot;profile&quot;)</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: expected a date like 2026-01-31</source>
        <translation>parameter na &quot;%1&quot;: inaasahan ang petsa tulad ng 2026-01-31</translation>
    </message>
    <message>
        <source>parameter &quot;to&quot; is before &quot;from&quot;</source>
        <translation>ang parameter na &quot;to&quot; ay bago pa ang &quot;from&quot;</translation>
    </message>
    <message>
        <source>field &quot;count&quot;: expected a whole number from 1 to %1</source>
        <translation>field na &quot;count&quot;: inaasahan ang buong numero mula 1 hanggang %1</translation>
    </message>
    <message>
        <source>made over the HTTP API (%1)</source>
        <translation>ginawa sa HTTP API (%1)</translation>
    </message>
    <message>
        <source>field &quot;code&quot;: missing</source>
        <translation>field na &quot;code&quot;: wala</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 vouchers %2 made (batch %3) [%4]</source>
        <translation>%1 voucher na %2 ang ginawa (batch %3) [%4]</translation>
    </message>
    <message>
        <source>field &quot;amount&quot;: expected the price in pesos, like 10</source>
        <translation>field &quot;amount&quot;: presyo sa piso ang inaasahan, gaya ng 10</translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: expected a profile name, like &quot;STANDARD&quot;</source>
        <translation>field &quot;profile&quot;: pangalan ng profile ang inaasahan, gaya ng &quot;STANDARD&quot;</translation>
    </message>
    <message>
        <source>voucher %1 (%2) sold and put on the router [%3]</source>
        <translation>naibenta ang voucher %1 (%2) at nailagay sa router [%3]</translation>
    </message>
    <message>
        <source>parameter &quot;router&quot;: no router named &quot;%1&quot; (routers: %2)</source>
        <translation>parameter na &quot;router&quot;: walang router na &quot;%1&quot; (mga router: %2)</translation>
    </message>
    <message>
        <source>no data from the router yet</source>
        <translation>wala pang datos mula sa router</translation>
    </message>
    <message>
        <source>no data from the routers yet: %1</source>
        <translation>wala pang datos mula sa mga router: %1</translation>
    </message>
    <message>
        <source>field &quot;router&quot;: expected a router&apos;s name (routers: %1)</source>
        <translation>field na &quot;router&quot;: inaasahan ang pangalan ng router (mga router: %1)</translation>
    </message>
    <message>
        <source>field &quot;router&quot;: no router named &quot;%1&quot; (routers: %2)</source>
        <translation>field na &quot;router&quot;: walang router na &quot;%1&quot; (mga router: %2)</translation>
    </message>
    <message>
        <source>the device %1 is online on more than one router (%2): say which with the field &quot;router&quot;</source>
        <translation>online ang device na %1 sa higit sa isang router (%2): sabihin kung alin gamit ang field na &quot;router&quot;</translation>
    </message>
    <message>
        <source>field &quot;router&quot;: missing; several routers are set up (%1): name the one the voucher is for</source>
        <translation>field &quot;router&quot;: kulang; may ilang router na naka-set up (%1): pangalanan kung para saan ang voucher</translation>
    </message>
</context>
<context>
    <name>ApiTokenCommand</name>
    <message>
        <source>Print the HTTP API token (made on first use); --renew replaces it.</source>
        <translation>Ipakita ang token ng HTTP API (ginagawa sa unang gamit); pinapalitan ito ng --renew.</translation>
    </message>
    <message>
        <source>Replace the token; the old one stops working.</source>
        <translation>Palitan ang token; hindi na gagana ang luma.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>New token (a running server picks it up when restarted):</source>
        <translation>Bagong token (makukuha ito ng tumatakbong server pag ni-restart):</translation>
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
        <source>The router password could not be read from the system&apos;s credential store (%1). Enter it in Settings.</source>
        <translation>Hindi mabasa ang password ng router mula sa credential store ng system (%1). Ilagay ito sa Settings.</translation>
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
        <source>HTTP API %1</source>
        <translation>HTTP API %1</translation>
    </message>
    <message>
        <source>not running: %1</source>
        <translation>hindi tumatakbo: %1</translation>
    </message>
    <message>
        <source>Database update: %1</source>
        <translation>Update ng database: %1</translation>
    </message>
    <message>
        <source>Voucher %1 is %2 but in use by %3.</source>
        <translation>Ang voucher %1 ay %2 pero ginagamit ng %3.</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>Hindi magawa ang demo database: %1</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>Hindi mabuksan ang database: %1</translation>
    </message>
    <message>
        <source>The web-admin password was changed; browsers signed in before must sign in again.</source>
        <translation>Pinalitan ang password ng web admin; kailangang mag-sign in ulit ang mga browser na naka-sign in dati.</translation>
    </message>
    <message>
        <source>on, http://%1:%2/admin/api/ (web admin: /admin)</source>
        <translation>bukas, http://%1:%2/admin/api/ (web admin: /admin)</translation>
    </message>
    <message>
        <source>Connected to router %1 at %2.</source>
        <translation>Nakakonekta na sa router %1 sa %2.</translation>
    </message>
    <message>
        <source>Router %1 problem: %2</source>
        <translation>Problema sa router %1: %2</translation>
    </message>
    <message>
        <source>Router &apos;%1&apos; (%2)</source>
        <translation>router na &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>The password of router %1 could not be read from the system&apos;s credential store (%2). Enter it in Settings.</source>
        <translation>Hindi mabasa ang password ng router %1 mula sa credential store ng system (%2). Ilagay ito sa Settings.</translation>
    </message>
    <message>
        <source>The demo router &apos;%1&apos;</source>
        <translation>Ang demo router na &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No router is set up: showing the built-in demo routers (simulated customers).</source>
        <translation>Walang naka-set up na router: ipinapakita ang mga built-in na demo router (mga simulated na customer).</translation>
    </message>
    <message>
        <source>Stopped watching router %1 (%2): removed in Settings.</source>
        <translation>Hindi na binabantayan ang router %1 (%2): tinanggal sa Settings.</translation>
    </message>
    <message>
        <source>Watching router %1 (%2) from now on.</source>
        <translation>Binabantayan na ang router %1 (%2) mula ngayon.</translation>
    </message>
    <message>
        <source>The password of router %1 could not be deleted from the system&apos;s credential store (%2).</source>
        <translation>Hindi mabura ang password ng router %1 sa credential store ng system (%2).</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>cannot save the settings to %1</source>
        <translation>hindi ma-save ang settings sa %1</translation>
    </message>
    <message>
        <source>there is already a router named %1</source>
        <translation>may router na na may pangalang %1</translation>
    </message>
    <message>
        <source>there is no router named %1</source>
        <translation>walang router na may pangalang %1</translation>
    </message>
</context>
<context>
    <name>BandwidthAction</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>BandwidthController</name>
    <message>
        <source>%1 is not online now: the limit %2 will be applied when it logs in.</source>
        <translation>Hindi online ngayon ang %1: ilalapat ang limit na %2 pag nag-log in ito.</translation>
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
        <source>Limit of %1 removed.</source>
        <translation>Inalis ang limit ng %1.</translation>
    </message>
    <message>
        <source>%1 has no limit; nothing changed.</source>
        <translation>Walang limit ang %1; walang binago.</translation>
    </message>
    <message>
        <source>%1: the database could not be written (%2). Nothing was changed on the router.</source>
        <translation>%1: hindi maisulat ang database (%2). Walang binago sa router.</translation>
    </message>
    <message>
        <source>Router: %1 [%2]</source>
        <translation>Router: %1 [%2]</translation>
    </message>
    <message>
        <source>Router change failed: %1 [%2]</source>
        <translation>Pumalya ang pagbabago sa router: %1 [%2]</translation>
    </message>
    <message>
        <source>The operator&apos;s record for %1 could not be put back: %2</source>
        <translation>Hindi maibalik ang record ng operator para sa %1: %2</translation>
    </message>
    <message>
        <source>the router is not reachable (%1); nothing was changed and nothing was kept</source>
        <translation>hindi maabot ang router (%1); walang binago at walang itinabi</translation>
    </message>
    <message>
        <source>%1 is not online now; nothing was changed. Use --remember (&quot;Keep this limit&quot;) to apply the limit when it logs in.</source>
        <translation>Hindi online ngayon ang %1; walang binago. Gamitin ang --remember (&quot;Itabi ang limit na ito&quot;) para ilapat ang limit pag nag-log in ito.</translation>
    </message>
    <message>
        <source>The limit of %1 was not kept</source>
        <translation>Hindi naitabi ang limit ng %1</translation>
    </message>
    <message>
        <source>The router is not reachable (%1): the limit %2 for %3 is kept and applied when the router is back.</source>
        <translation>Hindi maabot ang router (%1): itinabi ang limit na %2 para sa %3 at ilalapat pagbalik ng router.</translation>
    </message>
    <message>
        <source>Limit %1 for %2 kept for later [%3]</source>
        <translation>Itinabi ang limit na %1 para sa %2 para mamaya [%3]</translation>
    </message>
    <message>
        <source>The limit of %1 was not set</source>
        <translation>Hindi nailagay ang limit ng %1</translation>
    </message>
    <message>
        <source>The router did not take the limit now (%1): %2 for %3 is kept and applied when the router answers again.</source>
        <translation>Hindi tinanggap ng router ang limit ngayon (%1): itinabi ang %2 para sa %3 at ilalapat pag sumagot ulit ang router.</translation>
    </message>
    <message>
        <source>the router is not reachable (%1); nothing was changed</source>
        <translation>hindi maabot ang router (%1); walang binago</translation>
    </message>
    <message>
        <source>The limit of %1 was not removed</source>
        <translation>Hindi naalis ang limit ng %1</translation>
    </message>
    <message>
        <source>%1 removed the limit</source>
        <translation>inalis ng %1 ang limit</translation>
    </message>
    <message>
        <source>Limit of %1 removed. The speed limit of voucher %2 stays off for this customer until you set a limit again.</source>
        <translation>Inalis ang limit ng %1. Mananatiling walang speed limit ng voucher %2 ang customer na ito hanggang lagyan mo ulit ng limit.</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>operator limits could not be read: %1</source>
        <translation>hindi mabasa ang mga limit ng operator: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>awtomatiko</translation>
    </message>
    <message>
        <source>The operator&apos;s record for voucher code %1 could not be put back: %2</source>
        <translation>Hindi maibalik ang record ng operator para sa voucher code na %1: %2</translation>
    </message>
    <message>
        <source>%1 is not logged in with a voucher code; nothing was changed.</source>
        <translation>Hindi naka-log in ang %1 gamit ang voucher code; walang binago.</translation>
    </message>
    <message>
        <source>%1 is not online now, so its voucher code is not known; nothing was changed.</source>
        <translation>Hindi online ngayon ang %1, kaya hindi alam ang voucher code nito; walang binago.</translation>
    </message>
    <message>
        <source>Kept for voucher code %1, whatever device uses it.</source>
        <translation>Itinabi para sa voucher code na %1, kahit anong device ang gumamit nito.</translation>
    </message>
    <message>
        <source>Limit %1 kept for voucher code %2 (set on %3) [%4]</source>
        <translation>Itinabi ang limit na %1 para sa voucher code na %2 (itinakda sa %3) [%4]</translation>
    </message>
</context>
<context>
    <name>BandwidthLimit</name>
    <message>
        <source>%1 down / %2 up</source>
        <translation>%1 down / %2 up</translation>
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
        <translation>&amp;Alisin ang limit</translation>
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
        <source>Reconnecting in %1 s</source>
        <translation>Kokonekta ulit sa %1 s</translation>
    </message>
    <message>
        <source>Not connected · not retrying</source>
        <translation>Hindi nakakonekta · hindi na susubok ulit</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kumokonekta…</translation>
    </message>
    <message numerus="yes">
        <source>%n speed limit(s) made elsewhere (another program, PC or an earlier install) were found and kept as they are, until those customers leave. The Logs page says which.</source>
        <translation>
            <numerusform>%n speed limit na gawa sa ibang lugar (ibang programa, PC o dating install) ang nakita at hinayaan kung ano sila, hanggang umalis ang mga customer na iyon. Nasa pahina ng Mga Log kung alin.</numerusform>
            <numerusform>%n speed limit na gawa sa ibang lugar (ibang programa, PC o dating install) ang nakita at hinayaan kung ano sila, hanggang umalis ang mga customer na iyon. Nasa pahina ng Mga Log kung alin.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Speed limits may not work on this router.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baka hindi gumana ang mga speed limit sa router na ito.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turn &amp;FastTrack off…</source>
        <translation>Patayin ang &amp;FastTrack…</translation>
    </message>
    <message>
        <source>&amp;Show me</source>
        <translation>&amp;Ipakita</translation>
    </message>
    <message>
        <source>Turn FastTrack off</source>
        <translation>Patayin ang FastTrack</translation>
    </message>
    <message>
        <source>Disable the router&apos;s FastTrack rule %1? Speed limits then work for every customer; the router&apos;s processor does a little more work per connection. You can turn it on again in Winbox (IP &gt; Firewall &gt; Filter Rules).</source>
        <translation>I-disable ang FastTrack rule %1 ng router? Gagana na ang mga speed limit para sa bawat customer; kaunting dagdag na trabaho ang processor ng router bawat koneksyon. Mabubuksan mo ulit ito sa Winbox (IP &gt; Firewall &gt; Filter Rules).</translation>
    </message>
    <message>
        <source>FastTrack is still on: %1</source>
        <translation>Bukas pa rin ang FastTrack: %1</translation>
    </message>
    <message>
        <source>Router: disabled firewall filter rule %1 (FastTrack) (why: the operator asked, so speed limits work) [window]</source>
        <translation>Router: na-disable ang firewall filter rule %1 (FastTrack) (bakit: hiniling ng operator, para gumana ang mga speed limit) [window]</translation>
    </message>
    <message>
        <source>FastTrack is off: speed limits now apply.</source>
        <translation>Patay na ang FastTrack: gumagana na ang mga speed limit.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot; (searched codes, MACs in any spelling, and IPs).</source>
        <translation>Walang customer na tumugma sa &quot;%1&quot; (hinanap sa mga code, MAC sa kahit anong sulat, at IP).</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>Setting the limit of %1 (%2) to %3…</source>
        <translation>Inilalagay ang limit ng %1 (%2) sa %3…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove the speed limit of %1 (%2)? This removes the voucher&apos;s speed limit for this customer until you set one again.</source>
        <translation>Alisin ang speed limit ni %1 (%2)? Aalisin nito ang speed limit ng voucher para sa customer na ito hanggang lagyan mo ulit.</translation>
    </message>
    <message>
        <source>Log %1 (%2) out now? They can log in again while their voucher has time.</source>
        <translation>I-log out na si %1 (%2)? Puwede silang mag-log in ulit habang may oras pa ang voucher nila.</translation>
    </message>
    <message>
        <source>%1 was not logged out: %2</source>
        <translation>Hindi na-log out ang %1: %2</translation>
    </message>
    <message>
        <source>Router: logged %1 (%2) out (why: the operator kicked them) [window]</source>
        <translation>Router: na-log out si %1 (%2) (bakit: ni-kick ng operator) [window]</translation>
    </message>
    <message>
        <source>%1 was logged out.</source>
        <translation>Na-log out na ang %1.</translation>
    </message>
    <message>
        <source>All routers</source>
        <translation>Lahat ng router</translation>
    </message>
    <message>
        <source>Show the users of</source>
        <translation>Ipakita ang mga user ng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speed limits may not work on some routers.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baka hindi gumana ang mga speed limit sa ilang router.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no router named %1 any more.</source>
        <translation>Wala nang router na may pangalang %1.</translation>
    </message>
</context>
<context>
    <name>BandwidthPlanner</name>
    <message>
        <source>adopted queue follows the device&apos;s address %1</source>
        <translation>sinusundan ng inampong queue ang address ng device na %1</translation>
    </message>
    <message>
        <source>%1 removed the limit</source>
        <translation>inalis ng %1 ang limit</translation>
    </message>
    <message>
        <source>device left</source>
        <translation>umalis ang device</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PisoNet Manager command line, version %1</source>
        <translation>PisoNet Manager command line, bersyon %1</translation>
    </message>
    <message>
        <source>Usage: pisonet-cli &lt;command&gt; [options]</source>
        <translation>Paggamit: pisonet-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Mga command:</translation>
    </message>
    <message>
        <source>Run &quot;pisonet-cli &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 bad usage or input, 2 router unreachable or login refused, 3 router refused the command.</source>
        <translation>Patakbuhin ang &quot;pisonet-cli &lt;command&gt; --help&quot; para sa mga option ng command.
Mga exit code: 0 tagumpay, 1 maling paggamit o input, 2 hindi maabot ang router o tinanggihan ang login, 3 tinanggihan ng router ang command.</translation>
    </message>
    <message>
        <source>error: unknown command %1</source>
        <translation>error: hindi kilalang command na %1</translation>
    </message>
</context>
<context>
    <name>CodeGenerator</name>
    <message>
        <source>code length must be from %1 to %2, not %3</source>
        <translation>ang haba ng code ay dapat mula %1 hanggang %2, hindi %3</translation>
    </message>
    <message>
        <source>prefix %1 is longer than 8 characters</source>
        <translation>ang prefix na %1 ay mas mahaba sa 8 character</translation>
    </message>
    <message>
        <source>prefix %1 may only use %2 (no 0, O, 1, I or L)</source>
        <translation>ang prefix na %1 ay puwede lang gumamit ng %2 (walang 0, O, 1, I o L)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Ipakita ang tulong na ito.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>ControlLoop</name>
    <message>
        <source>Kept the speed limit %1 (%2) of %3 (%4): made elsewhere, left as it is until the device leaves.</source>
        <translation>Hinayaan ang speed limit na %1 (%2) ng %3 (%4): gawa sa ibang lugar, hindi gagalawin hanggang umalis ang device.</translation>
    </message>
    <message>
        <source>no max-limit</source>
        <translation>walang max-limit</translation>
    </message>
    <message>
        <source>not on the router yet</source>
        <translation>wala pa sa router</translation>
    </message>
    <message numerus="yes">
        <source>Router: added %n hotspot user(s) for vouchers (why: %1): %2</source>
        <translation>
            <numerusform>Router: nagdagdag ng %n hotspot user para sa mga voucher (bakit: %1): %2</numerusform>
            <numerusform>Router: nagdagdag ng %n hotspot user para sa mga voucher (bakit: %1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Vouchers not put on the router yet: %1</source>
        <translation>Mga voucher na hindi pa nailalagay sa router: %1</translation>
    </message>
    <message>
        <source>Voucher not put on the router: %1</source>
        <translation>Hindi nailagay sa router ang voucher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) marked as on the router are not there (router reset, or another router?): %1</source>
        <translation>
            <numerusform>%n voucher na nakamarkang nasa router ay wala roon (na-reset ang router, o ibang router?): %1</numerusform>
            <numerusform>%n voucher na nakamarkang nasa router ay wala roon (na-reset ang router, o ibang router?): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Router: hotspot user %1 bound to %2 (why: its profile locks a voucher to the first device that uses it)</source>
        <translation>Router: itinali ang hotspot user na %1 sa %2 (bakit: ikinakandado ng profile nito ang voucher sa unang device na gumamit nito)</translation>
    </message>
    <message>
        <source>Voucher %1 could not be bound to %2 on the router: %3</source>
        <translation>Hindi maitali ang voucher %1 sa %2 sa router: %3</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>use bytes with k, M or G as RouterOS does (k = 1000, M = 1000000, G = 1000000000), e.g. 500M or 1G</source>
        <translation>gumamit ng bytes na may k, M o G gaya ng RouterOS (k = 1000, M = 1000000, G = 1000000000), hal. 500M o 1G</translation>
    </message>
    <message>
        <source>too large (at most 100G)</source>
        <translation>masyadong malaki (hanggang 100G lang)</translation>
    </message>
    <message>
        <source>not a whole number of bytes</source>
        <translation>hindi buong bilang ng bytes</translation>
    </message>
    <message>
        <source>must be more than 0 (leave &quot;%1&quot; out for no data cap)</source>
        <translation>dapat higit sa 0 (alisin ang &quot;%1&quot; kung walang data cap)</translation>
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
        <source>cannot save: %1</source>
        <translation>hindi ma-save: %1</translation>
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
        <source>operator decisions to remove a voucher&apos;s speed limit</source>
        <translation>mga desisyon ng operator na alisin ang speed limit ng voucher</translation>
    </message>
    <message>
        <source>the last hour of speeds per router, for the charts</source>
        <translation>ang huling oras ng mga bilis bawat router, para sa mga chart</translation>
    </message>
    <message>
        <source>vouchers of other tools: time limit, speed, devices, status, MAC and developer codes read from their own columns; a voucher with a value that cannot be read is not put on the router</source>
        <translation>mga voucher ng ibang tool: limit sa oras, bilis, device, status, MAC at developer code na binasa mula sa sarili nilang column; hindi inilalagay sa router ang voucher na may halagang hindi mabasa</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>hindi mabuksan ang database: %1</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating it (%3); nothing was changed</source>
        <translation>hindi ma-back up ang %1 sa %2 bago ito i-update (%3); walang binago</translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation>puno na ba ang disk?</translation>
    </message>
    <message>
        <source>cannot update the database to this version of PisoNet Manager: %1</source>
        <translation>hindi ma-update ang database sa bersyong ito ng PisoNet Manager: %1</translation>
    </message>
    <message>
        <source>cannot update the database %1: %2</source>
        <translation>hindi ma-update ang database na %1: %2</translation>
    </message>
    <message>
        <source>updating the database %1 to schema %2 failed: %3. Nothing was changed.</source>
        <translation>pumalya ang pag-update ng database na %1 sa schema %2: %3. Walang binago.</translation>
    </message>
    <message>
        <source>updating the database %1 failed: %2. Nothing was changed.</source>
        <translation>pumalya ang pag-update ng database na %1: %2. Walang binago.</translation>
    </message>
    <message>
        <source>data caps on vouchers (existing vouchers keep none) and coin-slot sales with their idempotency keys</source>
        <translation>data cap ng mga voucher (walang cap ang mga dati nang voucher) at mga benta mula sa coin slot kasama ang kanilang idempotency key</translation>
    </message>
    <message>
        <source>every device a voucher was used from, operator limits per voucher code, and vouchers bound to their first device</source>
        <translation>bawat device na gumamit ng voucher, mga limit ng operator bawat voucher code, at mga voucher na nakatali sa unang device nila</translation>
    </message>
    <message>
        <source>several routers: the router each voucher was put on and each session was seen on</source>
        <translation>ilang router: ang router kung saan inilagay ang bawat voucher at kung saan nakita ang bawat session</translation>
    </message>
    <message>
        <source>cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation>hindi mabuksan ang %1: ang PostgreSQL driver ng Qt (QPSQL) ay hindi naka-install</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>hindi mabuksan ang database na %1: %2</translation>
    </message>
    <message>
        <source>%1.%2 holds &quot;%3&quot;, which is no time</source>
        <translation>ang %1.%2 ay may &quot;%3&quot;, na hindi oras</translation>
    </message>
    <message>
        <source>%1.%2: %3 values that are no time were left empty</source>
        <translation>%1.%2: %3 value na hindi oras ang iniwang blangko</translation>
    </message>
    <message>
        <source>times with their time zone on PostgreSQL (timestamp with time zone); on SQLite times stay UTC text</source>
        <translation>mga oras na may time zone sa PostgreSQL (timestamp with time zone); sa SQLite, UTC text pa rin ang mga oras</translation>
    </message>
    <message>
        <source>every router a voucher was put on (a voucher may be on several), so revoking or unlocking it reaches each of them</source>
        <translation>bawat router na pinaglagyan ng voucher (puwedeng nasa ilan ang isang voucher), para maabot ng pagbawi o pag-unlock ang bawat isa</translation>
    </message>
    <message>
        <source>another PC kept changing the same data at the same moment; gave up after %1 attempts (nothing was changed): %2</source>
        <translation>may ibang PC na paulit-ulit na nagbabago ng parehong data sa parehong sandali; sumuko pagkatapos ng %1 subok (walang nabago): %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the source must be a SQLite file, and %1 is none</source>
        <translation>dapat SQLite file ang pinagkukunan, at hindi ganoon ang %1</translation>
    </message>
    <message>
        <source>cannot read %1 into a temporary copy (is the disk full?)</source>
        <translation>hindi mabasa ang %1 papunta sa pansamantalang kopya (puno na ba ang disk?)</translation>
    </message>
    <message>
        <source>the source and the target are the same file</source>
        <translation>iisang file ang pinagkukunan at ang pupuntahan</translation>
    </message>
    <message>
        <source>table %1 (not PisoNet Manager&apos;s) was not copied</source>
        <translation>ang table na %1 (hindi sa PisoNet Manager) ay hindi kinopya</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); nothing was copied. Copy into an empty database, or add to it with --append</source>
        <translation>may laman nang datos ang %1 (table %2); walang kinopya. Kumopya sa walang lamang database, o dagdagan ito gamit ang --append</translation>
    </message>
    <message>
        <source>column %1.%2 (not PisoNet Manager&apos;s) was not copied</source>
        <translation>ang column na %1.%2 (hindi sa PisoNet Manager) ay hindi kinopya</translation>
    </message>
    <message>
        <source>row %1 of table %2: %3</source>
        <translation>row %1 ng table na %2: %3</translation>
    </message>
    <message>
        <source>table %1: %2 rows in the source, %3 arrived</source>
        <translation>table na %1: %2 row sa pinagkukunan, %3 ang dumating</translation>
    </message>
    <message>
        <source>copying into %1 failed, nothing was copied: %2</source>
        <translation>pumalya ang pagkopya sa %1, walang kinopya: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 at %2 pa</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher code(s) are in both databases (%1); nothing was copied. A code must be unique in the shared database: revoke or rename them in one shop first</source>
        <translation>
            <numerusform>%n voucher code ang nasa parehong database (%1); walang kinopya. Dapat natatangi ang bawat code sa shared database: bawiin o palitan muna ang mga ito sa isang shop</numerusform>
            <numerusform>%n voucher code ang nasa parehong database (%1); walang kinopya. Dapat natatangi ang bawat code sa shared database: bawiin o palitan muna ang mga ito sa isang shop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table %1: %n row(s) with a key the target already has were left as the target has them</source>
        <translation>
            <numerusform>table %1: %n row na may key na mayroon na ang target ang iniwang gaya ng nasa target</numerusform>
            <numerusform>table %1: %n row na may key na mayroon na ang target ang iniwang gaya ng nasa target</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1: %2 times that could not be read were left empty</source>
        <translation>table %1: %2 oras na hindi mabasa ang iniwang blangko</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>cannot write to %1: the file is read-only</source>
        <translation>hindi maisulat sa %1: read-only ang file</translation>
    </message>
    <message>
        <source>cannot write next to %1: the folder %2 is read-only</source>
        <translation>hindi maisulat sa tabi ng %1: read-only ang folder na %2</translation>
    </message>
    <message>
        <source>the database %1 is busy: another program (or another PisoNet Manager) is using it; close it or try again in a moment</source>
        <translation>abala ang database na %1: may ibang programa (o ibang PisoNet Manager) na gumagamit nito; isara iyon o subukan ulit maya-maya</translation>
    </message>
    <message>
        <source>cannot write to %1: it is read-only</source>
        <translation>hindi maisulat sa %1: read-only ito</translation>
    </message>
    <message>
        <source>cannot write to %1: the disk is full; free some space and try again</source>
        <translation>hindi maisulat sa %1: puno na ang disk; magbakante ng espasyo at subukan ulit</translation>
    </message>
    <message>
        <source>%1 is not a PisoNet Manager database or it is damaged; restore a backup copy</source>
        <translation>ang %1 ay hindi database ng PisoNet Manager o sira ito; ibalik ang isang backup na kopya</translation>
    </message>
    <message>
        <source>%1 already has a row with the same %2; nothing was saved</source>
        <translation>may row na ang %1 na may parehong %2; walang na-save</translation>
    </message>
    <message>
        <source>%1 needs a value for %2; nothing was saved</source>
        <translation>kailangan ng %1 ng halaga para sa %2; walang na-save</translation>
    </message>
    <message>
        <source>%1 refused the change (%2); nothing was saved</source>
        <translation>tinanggihan ng %1 ang pagbabago (%2); walang na-save</translation>
    </message>
    <message>
        <source>cannot open the database %1 (is the disk or folder there?)</source>
        <translation>hindi mabuksan ang database na %1 (nandiyan ba ang disk o folder?)</translation>
    </message>
    <message>
        <source>cannot read or write %1: the disk reported an error</source>
        <translation>hindi mabasa o maisulat ang %1: nag-ulat ng error ang disk</translation>
    </message>
    <message>
        <source>the database %1 reported a problem</source>
        <translation>may problemang iniulat ang database na %1</translation>
    </message>
    <message>
        <source>the database %1 reported a problem: %2</source>
        <translation>may problemang iniulat ang database na %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>an unknown time</source>
        <translation>hindi alam na oras</translation>
    </message>
    <message>
        <source>%1 already manages this database (%2) since %3 (process %4 on %5). Only one program may watch the router and change its limits at a time: close it first, or use it instead. Commands that only read (users, queues, vouchers list, reports) still work.</source>
        <translation>Ang %1 na ang humahawak sa database na ito (%2) mula %3 (process %4 sa %5). Isang programa lang ang puwedeng magbantay sa router at magpalit ng mga limit nito sa isang pagkakataon: isara muna iyon, o iyon na lang ang gamitin. Gumagana pa rin ang mga command na nagbabasa lang (users, queues, vouchers list, reports).</translation>
    </message>
    <message>
        <source>Another program</source>
        <translation>Ibang programa</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>computer na ito</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 next to the database (%2)</source>
        <translation>hindi magawa ang lock file na %1 sa tabi ng database (%2)</translation>
    </message>
    <message>
        <source>no permission, or read-only</source>
        <translation>walang pahintulot, o read-only</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>hindi kilalang error</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database address %1 is not usable: %2 (write postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME)</source>
        <translation>hindi magamit ang address ng database na %1: %2 (isulat ang postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME)</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>hindi ito valid na URL</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>walang user na nakasaad</translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation>walang server na nakasaad</translation>
    </message>
    <message>
        <source>it names no database (letters, digits, _ . - after the last /)</source>
        <translation>walang database na nakasaad (mga letra, numero, _ . - pagkatapos ng huling /)</translation>
    </message>
    <message>
        <source>options after ? or # are not supported</source>
        <translation>hindi suportado ang mga option pagkatapos ng ? o #</translation>
    </message>
</context>
<context>
    <name>DbCopyCommand</name>
    <message>
        <source>Copy every row of a shop&apos;s SQLite file into another database, such as a shared PostgreSQL one (the file is not changed).</source>
        <translation>Kopyahin ang bawat row ng SQLite file ng shop papunta sa ibang database, tulad ng shared na PostgreSQL (hindi binabago ang file).</translation>
    </message>
    <message>
        <source>The SQLite file to copy from.</source>
        <translation>Ang SQLite file na kokopyahin.</translation>
    </message>
    <message>
        <source>The database to copy into: postgresql://USER@HOST[:PORT]/DBNAME (password from PGPASSWORD) or a SQLite file.</source>
        <translation>Ang database na pagkokopyahan: postgresql://USER@HOST[:PORT]/DBNAME (password mula sa PGPASSWORD) o isang SQLite file.</translation>
    </message>
    <message>
        <source>Add to a database that already holds data (refused otherwise).</source>
        <translation>Magdagdag sa database na may laman nang datos (tinatanggihan kung wala ito).</translation>
    </message>
    <message>
        <source>error: say where from and where to: db copy --from FILE --to postgresql://...</source>
        <translation>error: sabihin kung saan galing at saan papunta: db copy --from FILE --to postgresql://...</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Copied %1 into %2; the row counts match.</source>
        <translation>Nakopya ang %1 sa %2; tugma ang bilang ng mga row.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ROW</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Paalala: %1</translation>
    </message>
</context>
<context>
    <name>DbMigrateCommand</name>
    <message>
        <source>%1 is up to date (schema %2).</source>
        <translation>Updated na ang %1 (schema %2).</translation>
    </message>
    <message>
        <source>%1 updated from schema %2 to %3.</source>
        <translation>Na-update ang %1 mula schema %2 papuntang %3.</translation>
    </message>
    <message>
        <source>Bring the database up to date (a byte-for-byte copy is made first; a failure changes nothing).</source>
        <translation>I-update ang database (may byte-for-byte na kopya muna; walang nababago kapag pumalya).</translation>
    </message>
    <message>
        <source>Copy of the old file (made by an earlier attempt): %1</source>
        <translation>Kopya ng lumang file (ginawa ng naunang subok): %1</translation>
    </message>
    <message>
        <source>Copy of the old file, byte for byte: %1</source>
        <translation>Kopya ng lumang file, byte for byte: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Paalala: %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Check the router for settings that stop speed limits from working.</source>
        <translation>Suriin ang router para sa mga setting na pumipigil sa mga speed limit.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>the request head is larger than %1 KiB</source>
        <translation>ang request head ay mas malaki sa %1 KiB</translation>
    </message>
    <message>
        <source>this is not an HTTP/1.1 request</source>
        <translation>hindi ito HTTP/1.1 na request</translation>
    </message>
    <message>
        <source>the request target is longer than %1 KiB</source>
        <translation>ang request target ay mas mahaba sa %1 KiB</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>HTTP/1.0 at HTTP/1.1 lang ang sinasalita rito</translation>
    </message>
    <message>
        <source>the request has more than %1 header fields</source>
        <translation>ang request ay may higit sa %1 na header field</translation>
    </message>
    <message>
        <source>malformed header field</source>
        <translation>sirang header field</translation>
    </message>
    <message>
        <source>the length of the body is unclear (Transfer-Encoding)</source>
        <translation>hindi malinaw ang haba ng body (Transfer-Encoding)</translation>
    </message>
    <message>
        <source>only the chunked transfer coding is supported</source>
        <translation>ang chunked transfer coding lang ang suportado</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>hindi valid na Content-Length</translation>
    </message>
    <message>
        <source>the method %1 is not supported</source>
        <translation>hindi suportado ang method na %1</translation>
    </message>
    <message>
        <source>invalid request target</source>
        <translation>hindi valid na request target</translation>
    </message>
    <message>
        <source>only &quot;Expect: 100-continue&quot; is understood</source>
        <translation>ang &quot;Expect: 100-continue&quot; lang ang naiintindihan</translation>
    </message>
    <message>
        <source>the body is larger than %1 KiB</source>
        <translation>ang body ay mas malaki sa %1 KiB</translation>
    </message>
    <message>
        <source>malformed chunked body</source>
        <translation>sirang chunked body</translation>
    </message>
    <message>
        <source>the request did not arrive in time</source>
        <translation>hindi dumating sa oras ang request</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>hindi makapakinig sa %1:%2: %3</translation>
    </message>
    <message>
        <source>too many connections; try again in a moment</source>
        <translation>sobrang daming koneksyon; subukan ulit maya-maya</translation>
    </message>
</context>
<context>
    <name>JsonOutput</name>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Ipakita bilang JSON na mababasa ng makina.</translation>
    </message>
</context>
<context>
    <name>LegacyVouchers</name>
    <message>
        <source>Never put on the router because %1: %2. They are kept; revoke them (pisonet-cli vouchers revoke CODE) or make new ones.</source>
        <translation>Hindi kailanman ilalagay sa router dahil %1: %2. Itinatabi sila; bawiin sila (pisonet-cli vouchers revoke CODE) o gumawa ng bago.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No speed in the old database for %1: they get 1M up / 2M down.</source>
        <translation>Walang bilis sa lumang database para sa %1: bibigyan sila ng 1M up / 2M down.</translation>
    </message>
    <message>
        <source>Already on the router without a time limit (put there by an earlier version): %1. Revoke them, or set their limit-uptime on the router.</source>
        <translation>Nasa router na nang walang limit sa oras (inilagay ng naunang bersyon): %1. Bawiin sila, o lagyan ng limit-uptime sa router.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) of another tool read: %1 with a time limit, %2 developer code(s) without one, %3 that cannot be used.</source>
        <translation>
            <numerusform>%n voucher ng ibang tool ang nabasa: %1 na may limit sa oras, %2 developer code na wala nito, %3 na hindi magagamit.</numerusform>
            <numerusform>%n voucher ng ibang tool ang nabasa: %1 na may limit sa oras, %2 developer code na wala nito, %3 na hindi magagamit.</numerusform>
        </translation>
    </message>
    <message>
        <source>its time limit cannot be read (%1)</source>
        <translation>hindi mabasa ang time limit nito (%1)</translation>
    </message>
    <message>
        <source>it has no time limit (%1) but is not a developer code</source>
        <translation>wala itong time limit (%1) pero hindi ito developer code</translation>
    </message>
    <message>
        <source>the old database gives it no time limit</source>
        <translation>walang time limit na ibinibigay dito ang lumang database</translation>
    </message>
    <message>
        <source>its number of devices cannot be read (%1)</source>
        <translation>hindi mabasa ang bilang ng device nito (%1)</translation>
    </message>
    <message>
        <source>its speed cannot be read (%1)</source>
        <translation>hindi mabasa ang bilis nito (%1)</translation>
    </message>
    <message>
        <source>it has only one of %1 and %2</source>
        <translation>isa lang sa %1 at %2 ang mayroon ito</translation>
    </message>
    <message>
        <source>its status %1 is not a word PisoNet Manager knows</source>
        <translation>ang status nito na %1 ay hindi salitang alam ng PisoNet Manager</translation>
    </message>
    <message>
        <source>its device address cannot be read (%1); left empty</source>
        <translation>hindi mabasa ang device address nito (%1); iniwang blangko</translation>
    </message>
    <message>
        <source>its price cannot be read (%1); counted as 0</source>
        <translation>hindi mabasa ang presyo nito (%1); binilang na 0</translation>
    </message>
    <message>
        <source>its first use cannot be read (%1)</source>
        <translation>hindi mabasa ang unang gamit nito (%1)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 at %2 pa</translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message>
        <source>profiles.json to use (or PISONET_PROFILES).</source>
        <translation>profiles.json na gagamitin (o PISONET_PROFILES).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Database updated from schema %1 to %2 (backup: %3).</source>
        <translation>Na-update ang database mula schema %1 papuntang %2 (backup: %3).</translation>
    </message>
    <message>
        <source>Database file, or a shared database as postgresql://USER@HOST[:PORT]/DBNAME with the password in PGPASSWORD (or PISONET_DB; default: the one the window uses, %1).</source>
        <translation>Database file, o shared na database bilang postgresql://USER@HOST[:PORT]/DBNAME na nasa PGPASSWORD ang password (o PISONET_DB; default: ang ginagamit ng window, %1).</translation>
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
    <message>
        <source>Open log &amp;folder</source>
        <translation>Buksan ang &amp;folder ng log</translation>
    </message>
</context>
<context>
    <name>MacAddress</name>
    <message>
        <source>%1 is not a MAC address (expected six pairs of hex digits, like AA:BB:CC:DD:EE:FF)</source>
        <translation>ang %1 ay hindi MAC address (inaasahan ang anim na pares ng hex digit, tulad ng AA:BB:CC:DD:EE:FF)</translation>
    </message>
    <message>
        <source>%1 is the all-zero address, not a device&apos;s address</source>
        <translation>ang %1 ay all-zero address, hindi address ng device</translation>
    </message>
    <message>
        <source>%1 is the broadcast address, not a device&apos;s address</source>
        <translation>ang %1 ay broadcast address, hindi address ng device</translation>
    </message>
    <message>
        <source>%1 is a multicast (group) address, not a device&apos;s address: a device&apos;s first byte is even, like AA:BB:CC:DD:EE:FF</source>
        <translation>ang %1 ay multicast (group) address, hindi address ng device: even ang unang byte ng device, tulad ng AA:BB:CC:DD:EE:FF</translation>
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
    <message>
        <source>&amp;Try again</source>
        <translation>Su&amp;bukan ulit</translation>
    </message>
    <message>
        <source>&lt;b&gt;The router refused the user name or password.&lt;/b&gt; %1 Check them in Settings (the router user needs the api, read and write policies). PisoNet Manager does not try again by itself, so the router does not lock the user out.</source>
        <translation>&lt;b&gt;Tinanggihan ng router ang user name o password.&lt;/b&gt; %1 Tingnan sila sa Settings (kailangan ng router user ang api, read at write na policy). Hindi kusang susubok ulit ang PisoNet Manager, para hindi i-lock ng router ang user.</translation>
    </message>
    <message>
        <source>Reconnected, refreshing…</source>
        <translation>Nakakonekta ulit, nagre-refresh…</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Tinanggihan ang login</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 refused the user name or password.&lt;/b&gt; %2 Not retried by itself, so the router does not lock the user out.</source>
        <translation>&lt;b&gt;Tinanggihan ng %1 ang user name o password.&lt;/b&gt; %2 Hindi kusang susubok ulit, para hindi i-lock ng router ang user.</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>susubok ulit sa %1 s</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>kumokonekta ulit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is not reachable&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Hindi maabot ang %1&lt;/b&gt; — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n router(s): %1</source>
        <translation>
            <numerusform>%n router: %1</numerusform>
            <numerusform>%n router: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 sa %2 ang nakakonekta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo routers.&lt;/b&gt; No router is set up yet, so the two routers, their customers and their traffic here are simulated. Nothing is changed on a real router.</source>
        <translation>&lt;b&gt;Mga demo router.&lt;/b&gt; Wala pang naka-set up na router, kaya simulated ang dalawang router, ang mga customer nila at ang traffic dito. Walang binabago sa totoong router.</translation>
    </message>
    <message>
        <source>Demo routers: %1</source>
        <translation>Mga demo router: %1</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Lumabas</translation>
    </message>
    <message>
        <source>Choose 0-%1: </source>
        <translation>Pumili ng 0-%1: </translation>
    </message>
    <message>
        <source>Please type a number from 0 to %1.</source>
        <translation>Mag-type ng numero mula 0 hanggang %1.</translation>
    </message>
    <message>
        <source> [y/N]: </source>
        <translation> [y/N]: </translation>
    </message>
    <message>
        <source>Please answer y or n.</source>
        <translation>Sumagot ng y o n.</translation>
    </message>
    <message>
        <source>%1 (e.g. %2, 0 = no limit): </source>
        <translation>%1 (hal. %2, 0 = walang limit): </translation>
    </message>
    <message>
        <source>Cannot reach the router. Check Settings &gt; Test Router Connection.</source>
        <translation>Hindi maabot ang router. Tingnan ang Settings &gt; Test Router Connection.</translation>
    </message>
    <message>
        <source>PisoNet Manager</source>
        <translation>PisoNet Manager</translation>
    </message>
    <message>
        <source> (built-in demo router)</source>
        <translation> (demo router)</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Pangunahing menu</translation>
    </message>
    <message>
        <source>Online Users</source>
        <translation>Mga User na Online</translation>
    </message>
    <message>
        <source>Router Status</source>
        <translation>Status ng Router</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
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
        <translation>Paalam.</translation>
    </message>
    <message>
        <source>Router:   %1 (%2)</source>
        <translation>Router:   %1 (%2)</translation>
    </message>
    <message>
        <source>RouterOS: %1</source>
        <translation>RouterOS: %1</translation>
    </message>
    <message>
        <source>Board:    %1</source>
        <translation>Board:    %1</translation>
    </message>
    <message>
        <source>Uptime:   %1</source>
        <translation>Uptime:   %1</translation>
    </message>
    <message>
        <source>View users with traffic stats</source>
        <translation>Tingnan ang mga user at ang traffic nila</translation>
    </message>
    <message>
        <source>Set a limit</source>
        <translation>Lagyan ng limit</translation>
    </message>
    <message>
        <source>Remove a limit</source>
        <translation>Alisin ang limit</translation>
    </message>
    <message>
        <source>View all queues</source>
        <translation>Tingnan lahat ng queue</translation>
    </message>
    <message>
        <source>Custom rates</source>
        <translation>Sariling bilis</translation>
    </message>
    <message>
        <source>Speed for %1</source>
        <translation>Bilis para sa %1</translation>
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
        <translation>Limitahan ang %1 sa %2?</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Walang binago.</translation>
    </message>
    <message>
        <source>%1 is not online. Apply the limit when it logs in?</source>
        <translation>Hindi online ang %1. Ilapat ang limit pag nag-log in ito?</translation>
    </message>
    <message>
        <source>Remove the limit of %1?</source>
        <translation>Alisin ang limit ng %1?</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Hindi nagawa: %1</translation>
    </message>
    <message>
        <source>Test Router Connection</source>
        <translation>Test Router Connection</translation>
    </message>
    <message>
        <source>Show connection settings</source>
        <translation>Ipakita ang settings ng koneksyon</translation>
    </message>
    <message>
        <source>Connected and logged in.</source>
        <translation>Nakakonekta at naka-login.</translation>
    </message>
    <message>
        <source>Check the address, the API service (/ip service enable api) and the user&apos;s api/read/write policies.</source>
        <translation>Tingnan ang address, ang API service (/ip service enable api) at ang api/read/write na policy ng user.</translation>
    </message>
    <message>
        <source>Router:   %1</source>
        <translation>Router:   %1</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>User:     %1</source>
        <translation>User:     %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>wala pa</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>nakalagay (nakatago)</translation>
    </message>
    <message>
        <source>API-SSL:  %1</source>
        <translation>API-SSL:  %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bukas</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nakapatay</translation>
    </message>
    <message>
        <source>Change them with --host/--port/--user/--tls or PISONET_ROUTER_HOST, PISONET_ROUTER_PORT, PISONET_ROUTER_USER, PISONET_ROUTER_PASSWORD.</source>
        <translation>Palitan sila gamit ang --host/--port/--user/--tls o PISONET_ROUTER_HOST, PISONET_ROUTER_PORT, PISONET_ROUTER_USER, PISONET_ROUTER_PASSWORD.</translation>
    </message>
    <message>
        <source>MAC address (e.g. AA:BB:CC:DD:EE:FF; Enter or 0 to go back): </source>
        <translation>MAC address (hal. AA:BB:CC:DD:EE:FF; Enter o 0 para bumalik): </translation>
    </message>
    <message>
        <source>MAC address, or the user&apos;s # from the list (Enter or 0 to go back): </source>
        <translation>MAC address, o ang # ng user sa listahan (Enter o 0 para bumalik): </translation>
    </message>
</context>
<context>
    <name>MenuCommand</name>
    <message>
        <source>Interactive menu (the default on a terminal).</source>
        <translation>Interactive na menu (default sa terminal).</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Isara ang mensahe</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Watch users and keep their speed limits right, until Ctrl-C (one line per poll).</source>
        <translation>Bantayan ang mga user at panatilihing tama ang mga speed limit nila, hanggang Ctrl-C (isang linya bawat poll).</translation>
    </message>
    <message>
        <source>Seconds between polls, 2 to 300 (default 10).</source>
        <translation>Segundo sa pagitan ng mga poll, 2 hanggang 300 (default 10).</translation>
    </message>
    <message>
        <source>Stop after this many polls (default: run until stopped).</source>
        <translation>Huminto pagkatapos ng ganitong dami ng poll (default: tuloy-tuloy hanggang ihinto).</translation>
    </message>
    <message>
        <source>error: --interval must be a number of seconds from 2 to 300</source>
        <translation>error: ang --interval ay dapat bilang ng segundo mula 2 hanggang 300</translation>
    </message>
    <message>
        <source>error: --polls must be a whole number of at least 1</source>
        <translation>error: ang --polls ay dapat buong numero na hindi bababa sa 1</translation>
    </message>
    <message>
        <source>voucher %1 activated by %2</source>
        <translation>nagamit na ang voucher %1 ng %2</translation>
    </message>
    <message>
        <source>voucher %1 used up</source>
        <translation>ubos na ang oras ng voucher %1</translation>
    </message>
    <message>
        <source>database problem: %1</source>
        <translation>problema sa database: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>pumalya: %1</translation>
    </message>
    <message>
        <source>router problem: %1 (showing the last data, retrying)</source>
        <translation>problema sa router: %1 (ipinapakita ang huling datos, susubok ulit)</translation>
    </message>
    <message>
        <source>%1 online (+%2 -%3), down %4, up %5</source>
        <translation>%1 online (+%2 -%3), down %4, up %5</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Huminto na.</translation>
    </message>
    <message>
        <source>End the session of a used or revoked voucher that is online anyway (default: only warn).</source>
        <translation>Tapusin ang session ng nagamit na o binawing voucher na online pa rin (default: babala lang).</translation>
    </message>
    <message>
        <source>Voucher %1 activated by %2.</source>
        <translation>Nagamit na ang voucher %1 ng %2.</translation>
    </message>
    <message>
        <source>Voucher %1 used up.</source>
        <translation>Ubos na ang oras ng voucher %1.</translation>
    </message>
    <message numerus="yes">
        <source>kept %n speed limit(s) made elsewhere: %1</source>
        <translation>
            <numerusform>hinayaan ang %n speed limit na gawa sa ibang lugar: %1</numerusform>
            <numerusform>hinayaan ang %n speed limit na gawa sa ibang lugar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Router problem: %1</source>
        <translation>Problema sa router: %1</translation>
    </message>
    <message>
        <source>Connected to the router at %1.</source>
        <translation>Nakakonekta na sa router sa %1.</translation>
    </message>
    <message>
        <source>warning: voucher %1 is %2 but in use by %3 (a code that should be dead)%4</source>
        <translation>babala: ang voucher %1 ay %2 pero ginagamit ng %3 (code na dapat patay na)%4</translation>
    </message>
    <message>
        <source>; ending the session</source>
        <translation>; tinatapos ang session</translation>
    </message>
    <message>
        <source>Voucher %1 is %2 but in use by %3.</source>
        <translation>Ang voucher %1 ay %2 pero ginagamit ng %3.</translation>
    </message>
    <message>
        <source>session of voucher %1 on %2 ended</source>
        <translation>tinapos ang session ng voucher %1 sa %2</translation>
    </message>
    <message>
        <source>could not end the session of voucher %1 on %2: %3</source>
        <translation>hindi matapos ang session ng voucher %1 sa %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>limits: %1 of %n queue change(s) applied</source>
        <translation>
            <numerusform>mga limit: %1 sa %n pagbabago sa queue ang nailapat</numerusform>
            <numerusform>mga limit: %1 sa %n pagbabago sa queue ang nailapat</numerusform>
        </translation>
    </message>
    <message>
        <source>Router %1 problem: %2</source>
        <translation>Problema sa router %1: %2</translation>
    </message>
    <message>
        <source>Connected to router %1 at %2.</source>
        <translation>Nakakonekta na sa router %1 sa %2.</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>hindi magawa ang folder na %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>hindi maisulat ang %1: %2</translation>
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
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: hindi magawa ang folder</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: hindi maisulat ang file (%2)</translation>
    </message>
    <message>
        <source>expected a text like &quot;500M&quot; or &quot;1G&quot;</source>
        <translation>inaasahan ang text na gaya ng &quot;500M&quot; o &quot;1G&quot;</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>inaasahan ang true o false</translation>
    </message>
</context>
<context>
    <name>ProfilesCheckCommand</name>
    <message>
        <source>Check a profiles.json (default: the one in use) and list its profiles.</source>
        <translation>Suriin ang isang profiles.json (default: ang ginagamit) at ilista ang mga profile nito.</translation>
    </message>
    <message>
        <source>The profiles.json to check.</source>
        <translation>Ang profiles.json na susuriin.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>Valid ang %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>PANGALAN</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRESYO</translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation>BISA</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>UPLOAD</source>
        <translation>UPLOAD</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>DOWNLOAD</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>walang cap</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>first device</source>
        <translation>unang device</translation>
    </message>
    <message>
        <source>LOCKED TO</source>
        <translation>NAKATALI SA</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Speed Profiles</source>
        <translation>Mga Speed Profile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
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
        <source>Devices</source>
        <translation>Device</translation>
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
        <source>&amp;Add Profile</source>
        <translation>&amp;Magdagdag ng Profile</translation>
    </message>
    <message>
        <source>&amp;Remove Profile</source>
        <translation>&amp;Alisin ang Profile</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Ibalik ang mga &amp;Default</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Na-save sa %1</translation>
    </message>
    <message>
        <source>What each kind of voucher costs and gives. Speeds like 512K, 2M or 1G; validity like 30m, 1h, 1d, 1w or unlimited; data (optional) like 500M or 1G.</source>
        <translation>Magkano ang bawat uri ng voucher at ano ang kasama. Bilis gaya ng 512K, 2M o 1G; bisa gaya ng 30m, 1h, 1d, 1w o unlimited; data (kung gusto) gaya ng 500M o 1G.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lock to first device</source>
        <translation>Itali sa unang device</translation>
    </message>
    <message>
        <source>A code of this profile works only on the first device that uses it, until you unlock it on the Vouchers page.</source>
        <translation>Gagana lang ang code ng profile na ito sa unang device na gumamit nito, hanggang i-unlock mo ito sa page na Mga Voucher.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>hindi valid na JSON ang body: %1 sa offset %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>ang body ay dapat JSON object</translation>
    </message>
    <message>
        <source>field &quot;mac&quot;: missing (expected &quot;AA:BB:CC:DD:EE:FF&quot;)</source>
        <translation>field na &quot;mac&quot;: wala (inaasahan ang &quot;AA:BB:CC:DD:EE:FF&quot;)</translation>
    </message>
    <message>
        <source>field &quot;mac&quot;: %1</source>
        <translation>field na &quot;mac&quot;: %1</translation>
    </message>
    <message>
        <source>field &quot;profile&quot;: no profile &quot;%1&quot; (profiles: %2)</source>
        <translation>field na &quot;profile&quot;: walang profile na &quot;%1&quot; (mga profile: %2)</translation>
    </message>
</context>
<context>
    <name>QueueAction</name>
    <message>
        <source>add %1 for %2 at %3</source>
        <translation>idagdag ang %1 para sa %2 sa %3</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limit %1</translation>
    </message>
    <message>
        <source>set %1: %2</source>
        <translation>itakda ang %1: %2</translation>
    </message>
    <message>
        <source>%1 (why: %2)</source>
        <translation>%1 (bakit: %2)</translation>
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
        <translation>Ilista lahat ng simple queue sa router kasama ang mga limit, bilis at bytes.</translation>
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
        <source>Remove %1? The device&apos;s limit is forgotten too.</source>
        <translation>Alisin ang %1? Makakalimutan din ang limit ng device.</translation>
    </message>
    <message>
        <source>Select one of PisoNet&apos;s queues (pisonet-&lt;MAC&gt;) first; other queues are never changed.</source>
        <translation>Pumili muna ng isa sa mga queue ng PisoNet (pisonet-&lt;MAC&gt;); hindi ginagalaw ang ibang queue.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>%1 not removed: %2</source>
        <translation>Hindi naalis ang %1: %2</translation>
    </message>
    <message>
        <source>Queues of the router</source>
        <translation>Mga queue ng router</translation>
    </message>
    <message>
        <source>Remove %1 on router %2? The device&apos;s limit is forgotten too.</source>
        <translation>Alisin ang %1 sa router %2? Makakalimutan din ang limit ng device.</translation>
    </message>
</context>
<context>
    <name>RateLimit</name>
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
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>unknown unit %1 (use k, M or G, e.g. 512k, 2M or 3 Mbps)</source>
        <translation>hindi kilalang unit na %1 (gamitin ang k, M o G, hal. 512k, 2M o 3 Mbps)</translation>
    </message>
</context>
<context>
    <name>RemoveBandwidthCommand</name>
    <message>
        <source>Remove a device&apos;s speed limit (its pisonet-&lt;MAC&gt; queue).</source>
        <translation>Alisin ang speed limit ng device (ang pisonet-&lt;MAC&gt; queue nito).</translation>
    </message>
    <message>
        <source>The device, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation>Ang device, hal. AA:BB:CC:DD:EE:FF.</translation>
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
    <message>
        <source>Saves the table shown below for a spreadsheet.</source>
        <translation>Sine-save ang table sa ibaba para sa spreadsheet.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Benta</translation>
    </message>
    <message>
        <source>Data used per day</source>
        <translation>Datos na nagamit bawat araw</translation>
    </message>
    <message>
        <source>Top users</source>
        <translation>Mga nangungunang user</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Nothing sold yet from %1 to %2.&lt;/p&gt;&lt;p&gt;A voucher counts as sold on the day a customer first uses it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Wala pang naibenta mula %1 hanggang %2.&lt;/p&gt;&lt;p&gt;Binibilang na naibenta ang voucher sa araw na una itong ginamit ng customer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revenue per day, %1 – %2 (total %3)</source>
        <translation>Kita bawat araw, %1 – %2 (kabuuan %3)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>I-export bilang CSV</translation>
    </message>
</context>
<context>
    <name>ReportsSalesCommand</name>
    <message>
        <source>Vouchers sold and revenue per day and profile.</source>
        <translation>Mga naibentang voucher at kita bawat araw at profile.</translation>
    </message>
    <message>
        <source>Sales from %1 to %2</source>
        <translation>Benta mula %1 hanggang %2</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>PETSA</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>SOLD</source>
        <translation>NAIBENTA</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>KITA</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n voucher(s), revenue %1</source>
        <translation>
            <numerusform>Kabuuan: %n voucher, kita %1</numerusform>
            <numerusform>Kabuuan: %n voucher, kita %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsUsageCommand</name>
    <message>
        <source>Data used per day, and the top users.</source>
        <translation>Datos na nagamit bawat araw, at ang mga nangungunang user.</translation>
    </message>
    <message>
        <source>How many top users to list (default 10).</source>
        <translation>Ilang nangungunang user ang ililista (default 10).</translation>
    </message>
    <message>
        <source>Data used from %1 to %2</source>
        <translation>Datos na nagamit mula %1 hanggang %2</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>PETSA</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation>NA-DOWNLOAD</translation>
    </message>
    <message>
        <source>UPLOADED</source>
        <translation>NA-UPLOAD</translation>
    </message>
    <message>
        <source>Top users</source>
        <translation>Mga nangungunang user</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
</context>
<context>
    <name>RouterConfig</name>
    <message>
        <source>a router needs a name</source>
        <translation>kailangan ng pangalan ang router</translation>
    </message>
    <message>
        <source>%1 is not a router name: use up to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>ang %1 ay hindi pangalan ng router: gumamit ng hanggang %2 na letra, numero, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, na nagsisimula sa letra o numero</translation>
    </message>
    <message>
        <source>a router needs an address (--host)</source>
        <translation>kailangan ng address ang router (--host)</translation>
    </message>
    <message>
        <source>%1 is not a router address: give an IP address or a host name</source>
        <translation>ang %1 ay hindi address ng router: magbigay ng IP address o host name</translation>
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
    <message>
        <source>%1; reconnecting to %2</source>
        <translation>%1; kumokonekta ulit sa %2</translation>
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
        <source>API port (or PISONET_ROUTER_PORT); default 8728, 8729 with --tls.</source>
        <translation>API port (o PISONET_ROUTER_PORT); default 8728, 8729 kung may --tls.</translation>
    </message>
    <message>
        <source>Router user (or PISONET_ROUTER_USER); default admin.</source>
        <translation>User ng router (o PISONET_ROUTER_USER); default admin.</translation>
    </message>
    <message>
        <source>Use API-SSL (port 8729).</source>
        <translation>Gamitin ang API-SSL (port 8729).</translation>
    </message>
    <message>
        <source>With --tls: require a certificate valid for the host (default: accept the router&apos;s self-signed certificate).</source>
        <translation>Kung may --tls: kailangan ng certificate na valid para sa host (default: tanggapin ang self-signed na certificate ng router).</translation>
    </message>
    <message>
        <source>With --tls: SHA-256 fingerprint (hex) the router&apos;s certificate must have.</source>
        <translation>Kung may --tls: SHA-256 fingerprint (hex) na dapat mayroon ang certificate ng router.</translation>
    </message>
    <message>
        <source>Seconds to wait for the router (default 10).</source>
        <translation>Ilang segundo hihintayin ang router (default 10).</translation>
    </message>
    <message>
        <source>error: --password-stdin given but standard input is empty</source>
        <translation>error: may --password-stdin pero walang laman ang standard input</translation>
    </message>
    <message>
        <source>error: --pin must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation>error: ang --pin ay dapat SHA-256 fingerprint: 64 na hex digit</translation>
    </message>
    <message>
        <source>error: --timeout must be a number of seconds from 0.1 to 3600</source>
        <translation>error: ang --timeout ay dapat bilang ng segundo mula 0.1 hanggang 3600</translation>
    </message>
    <message>
        <source>error: cannot start the demo router: %1</source>
        <translation>error: hindi masimulan ang demo router: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Router address (or PISONET_ROUTER_HOST; default: the router set up in the window).</source>
        <translation>Address ng router (o PISONET_ROUTER_HOST; default: ang router na naka-set up sa window).</translation>
    </message>
    <message>
        <source>Read the router password from the first line of standard input (otherwise from PISONET_ROUTER_PASSWORD, or the password the window saved).</source>
        <translation>Basahin ang password ng router sa unang linya ng standard input (kung hindi, mula sa PISONET_ROUTER_PASSWORD, o ang password na na-save ng window).</translation>
    </message>
    <message>
        <source>Use the built-in demo router (simulated customers) and a throwaway database: nothing real is read or changed.</source>
        <translation>Gamitin ang demo router (kunwaring mga customer) at pansamantalang database: walang totoong binabasa o binabago.</translation>
    </message>
    <message>
        <source>Using the built-in demo router (simulated customers) and a throwaway database.</source>
        <translation>Ginagamit ang demo router (kunwaring mga customer) at pansamantalang database.</translation>
    </message>
    <message>
        <source>no router is set up: set it up in PisoNet Manager&apos;s Settings, or give --host (or PISONET_ROUTER_HOST); --demo tries the built-in demo router</source>
        <translation>walang naka-set up na router: i-set up ito sa Settings ng PisoNet Manager, o ibigay ang --host (o PISONET_ROUTER_HOST); sinusubukan ng --demo ang demo router</translation>
    </message>
    <message>
        <source>warning: the router password could not be read from the system&apos;s credential store (%1); set PISONET_ROUTER_PASSWORD or use --password-stdin</source>
        <translation>babala: hindi mabasa ang password ng router mula sa credential store ng system (%1); itakda ang PISONET_ROUTER_PASSWORD o gamitin ang --password-stdin</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>walang sagot</translation>
    </message>
    <message>
        <source>Name of the router to use, as &quot;pisonet-cli routers list&quot; shows it (default: the first one).</source>
        <translation>Pangalan ng router na gagamitin, gaya ng ipinapakita ng &quot;pisonet-cli routers list&quot; (default: ang una).</translation>
    </message>
    <message>
        <source>there is no router named %1 (&quot;pisonet-cli routers list&quot; shows them)</source>
        <translation>walang router na may pangalang %1 (ipinapakita sila ng &quot;pisonet-cli routers list&quot;)</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535, not %1</source>
        <translation>dapat numero mula 1 hanggang 65535 ang port, hindi %1</translation>
    </message>
</context>
<context>
    <name>RouterTestCommand</name>
    <message>
        <source>Connect to the router, log in and show its identity, version and uptime.</source>
        <translation>Kumonekta sa router, mag-log in at ipakita ang identity, bersyon at uptime nito.</translation>
    </message>
    <message>
        <source>pre-6.43 challenge</source>
        <translation>lumang challenge (bago 6.43)</translation>
    </message>
    <message>
        <source>current (6.43+)</source>
        <translation>kasalukuyan (6.43+)</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>Router:</translation>
    </message>
    <message>
        <source> [demo router]</source>
        <translation> [demo router]</translation>
    </message>
    <message>
        <source>RouterOS:</source>
        <translation>RouterOS:</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Board:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Uptime:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Round trip:</translation>
    </message>
</context>
<context>
    <name>RoutersAddCommand</name>
    <message>
        <source>Add a router to watch (password from PISONET_ROUTER_PASSWORD or standard input).</source>
        <translation>Magdagdag ng router na babantayan (password mula sa PISONET_ROUTER_PASSWORD o standard input).</translation>
    </message>
    <message>
        <source>A short name for the router: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Maikling pangalan para sa router: mga letra, numero, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The router&apos;s address.</source>
        <translation>Ang address ng router.</translation>
    </message>
    <message>
        <source>API port (default 8728, 8729 with --tls).</source>
        <translation>API port (default 8728, 8729 kung may --tls).</translation>
    </message>
    <message>
        <source>Router user (default admin).</source>
        <translation>User ng router (default admin).</translation>
    </message>
    <message>
        <source>Use API-SSL (port 8729).</source>
        <translation>Gamitin ang API-SSL (port 8729).</translation>
    </message>
    <message>
        <source>With --tls: require a certificate valid for the host (default: accept the router&apos;s self-signed certificate).</source>
        <translation>Kung may --tls: kailangan ng certificate na valid para sa host (default: tanggapin ang self-signed na certificate ng router).</translation>
    </message>
    <message>
        <source>--user must not be empty</source>
        <translation>hindi puwedeng walang laman ang --user</translation>
    </message>
    <message>
        <source>there is already a router named %1</source>
        <translation>may router na na may pangalang %1</translation>
    </message>
    <message>
        <source>no password: set PISONET_ROUTER_PASSWORD or give it on the first line of standard input</source>
        <translation>walang password: i-set ang PISONET_ROUTER_PASSWORD o ibigay ito sa unang linya ng standard input</translation>
    </message>
    <message>
        <source>Router %1 added (%2).</source>
        <translation>Naidagdag ang router %1 (%2).</translation>
    </message>
    <message>
        <source>the password could not be saved in the system&apos;s credential store (%1); the router was not added. On Linux a Secret Service must be running (gnome-keyring or KeePassXC, for example); without one, give the router with --host and --user and its password with PISONET_ROUTER_PASSWORD on each run</source>
        <translation>hindi ma-save ang password sa credential store ng system (%1); hindi naidagdag ang router. Sa Linux, dapat may tumatakbong Secret Service (gnome-keyring o KeePassXC, halimbawa); kung wala, ibigay ang router gamit ang --host at --user at ang password nito gamit ang PISONET_ROUTER_PASSWORD sa bawat takbo</translation>
    </message>
    <message>
        <source>note: the system&apos;s credential store did not answer (%1); this router has no password, so there is nothing to keep there</source>
        <translation>paalala: hindi sumagot ang credential store ng system (%1); walang password ang router na ito, kaya walang kailangang itabi doon</translation>
    </message>
</context>
<context>
    <name>RoutersListCommand</name>
    <message>
        <source>List the routers set up; the first is the default of --router.</source>
        <translation>Ilista ang mga naka-set up na router; ang una ang default ng --router.</translation>
    </message>
    <message>
        <source>No router is set up (pisonet-cli routers add NAME --host ADDRESS).</source>
        <translation>Wala pang naka-set up na router (pisonet-cli routers add NAME --host ADDRESS).</translation>
    </message>
</context>
<context>
    <name>RoutersRemoveCommand</name>
    <message>
        <source>Forget a router (nothing on the router changes).</source>
        <translation>Kalimutan ang isang router (walang nababago sa router).</translation>
    </message>
    <message>
        <source>The router&apos;s name, as &quot;pisonet-cli routers list&quot; shows it.</source>
        <translation>Ang pangalan ng router, gaya ng ipinapakita ng &quot;pisonet-cli routers list&quot;.</translation>
    </message>
    <message>
        <source>Router %1 removed.</source>
        <translation>Inalis ang router %1.</translation>
    </message>
    <message>
        <source>warning: its password could not be deleted from the system&apos;s credential store (%1)</source>
        <translation>babala: hindi mabura ang password nito sa credential store ng system (%1)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Run the monitor and the local JSON HTTP API headless, until Ctrl-C.</source>
        <translation>Patakbuhin ang monitor at ang lokal na JSON HTTP API nang walang window, hanggang Ctrl-C.</translation>
    </message>
    <message>
        <source>error: --listen: %1</source>
        <translation>error: --listen: %1</translation>
    </message>
    <message>
        <source>error: cannot make the API token: %1</source>
        <translation>error: hindi magawa ang API token: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>HTTP API on http://%1:%2/admin/api/ (send &quot;Authorization: Bearer &lt;token&gt;&quot;; pisonet-cli api token prints it).</source>
        <translation>HTTP API sa http://%1:%2/admin/api/ (ipadala ang &quot;Authorization: Bearer &lt;token&gt;&quot;; ipinapakita ito ng pisonet-cli api token).</translation>
    </message>
    <message>
        <source>Address and port of the API and the web admin (default 127.0.0.1:5000; IPv6 as [::1]:5000). Anything but a loopback address lets other devices on the network reach them, and needs a web-admin password (pisonet-cli web password).</source>
        <translation>Address at port ng API at ng web admin (default 127.0.0.1:5000; IPv6 bilang [::1]:5000). Kapag hindi loopback address, maaabot sila ng ibang device sa network, at kailangan ng password ng web admin (pisonet-cli web password).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>babala: %1</translation>
    </message>
    <message>
        <source>Web admin on http://%1:%2/admin</source>
        <translation>Web admin sa http://%1:%2/admin</translation>
    </message>
    <message>
        <source> (no web-admin password yet: set one with &quot;pisonet-cli web password&quot;)</source>
        <translation> (wala pang password ang web admin: maglagay gamit ang &quot;pisonet-cli web password&quot;)</translation>
    </message>
</context>
<context>
    <name>SetBandwidthCommand</name>
    <message>
        <source>Limit a device&apos;s speed (a pisonet-&lt;MAC&gt; simple queue).</source>
        <translation>Limitahan ang bilis ng device (isang pisonet-&lt;MAC&gt; simple queue).</translation>
    </message>
    <message>
        <source>The device, e.g. AA:BB:CC:DD:EE:FF.</source>
        <translation>Ang device, hal. AA:BB:CC:DD:EE:FF.</translation>
    </message>
    <message>
        <source>Upload limit, e.g. 512k or 1M (bits/s).</source>
        <translation>Limit ng upload, hal. 512k o 1M (bits/s).</translation>
    </message>
    <message>
        <source>Download limit, e.g. 1M or 2M (bits/s).</source>
        <translation>Limit ng download, hal. 1M o 2M (bits/s).</translation>
    </message>
    <message>
        <source>Use the rates of a profile from profiles.json, e.g. BASIC.</source>
        <translation>Gamitin ang bilis ng isang profile mula sa profiles.json, hal. BASIC.</translation>
    </message>
    <message>
        <source>If the device is not online now, apply the limit when it logs in.</source>
        <translation>Kung hindi online ngayon ang device, ilapat ang limit pag nag-log in ito.</translation>
    </message>
    <message>
        <source>error: give either --upload and --download, or --profile</source>
        <translation>error: ibigay ang --upload at --download, o ang --profile</translation>
    </message>
    <message>
        <source>error: give both --upload and --download (0 means no limit)</source>
        <translation>error: ibigay pareho ang --upload at --download (0 ay walang limit)</translation>
    </message>
    <message>
        <source>upload rate</source>
        <translation>bilis ng upload</translation>
    </message>
    <message>
        <source>download rate</source>
        <translation>bilis ng download</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error: no profile %1 (profiles: %2)</source>
        <translation>error: walang profile na %1 (mga profile: %2)</translation>
    </message>
    <message>
        <source>Keep the limit for the voucher code the device is logged in with: it follows the code to any device (a phone that changes its MAC).</source>
        <translation>Itabi ang limit para sa voucher code na gamit ng device sa pag-log in: sinusundan nito ang code sa kahit anong device (phone na nagpapalit ng MAC).</translation>
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
    <message>
        <source>&amp;Keep this limit (next logins too; applied when the router is back)</source>
        <translation>&amp;Itabi ang limit na ito (pati sa susunod na login; ilalapat pagbalik ng router)</translation>
    </message>
    <message>
        <source>Choose a preset, or type the speeds (e.g. 2M or 3 Mbps; 0 = no limit).</source>
        <translation>Pumili ng preset, o i-type ang bilis (hal. 2M o 3 Mbps; 0 = walang limit).</translation>
    </message>
    <message>
        <source>Keep it for voucher &amp;code %1 (follows the code to any device)</source>
        <translation>Itabi para sa voucher &amp;code na %1 (sinusundan ang code sa kahit anong device)</translation>
    </message>
    <message>
        <source>Stored against the code, not the MAC: applied to whatever device logs in with it, e.g. a phone that uses a private (random) MAC address.</source>
        <translation>Itinatabi para sa code, hindi sa MAC: ilalapat sa kahit anong device na mag-log in gamit ito, hal. phone na gumagamit ng private (random) na MAC address.</translation>
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
        <translation>Pa&amp;ngalan ng shop:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>W&amp;ika:</translation>
    </message>
    <message>
        <source>Local HTTP API</source>
        <translation>Lokal na HTTP API</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>&amp;Makinig sa:</translation>
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
        <source>Speed profiles:</source>
        <translation>Mga speed profile:</translation>
    </message>
    <message>
        <source>Edit &amp;Speed Profiles…</source>
        <translation>I-&amp;edit ang mga Speed Profile…</translation>
    </message>
    <message>
        <source>&amp;Enable the API (coin-slot controllers, scripts) and the web admin (phones)</source>
        <translation>&amp;Buksan ang API (coin-slot controller, script) at ang web admin (cellphone)</translation>
    </message>
    <message>
        <source>&amp;Web admin password:</source>
        <translation>Passw&amp;ord ng web admin:</translation>
    </message>
    <message>
        <source>set (type a new one to change it)</source>
        <translation>nakalagay (mag-type ng bago para palitan)</translation>
    </message>
    <message>
        <source>not set: needed to listen beyond this PC (at least %1 characters)</source>
        <translation>wala pa: kailangan para makinig lampas sa PC na ito (hindi bababa sa %1 character)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1 (RouterOS %2, %3, up %4).&lt;br/&gt;Round trip: &lt;b&gt;%5 ms&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Nakakonekta&lt;/b&gt; sa %1 (RouterOS %2, %3, bukas nang %4).&lt;br/&gt;Round trip: &lt;b&gt;%5 ms&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hindi na-save:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Remo&amp;ve router…</source>
        <translation>Alisin an&amp;g router…</translation>
    </message>
    <message>
        <source>Router to edit</source>
        <translation>Router na ie-edit</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>New router…</source>
        <translation>Bagong router…</translation>
    </message>
    <message>
        <source>unchanged (kept in the credential store)</source>
        <translation>hindi binago (nakatabi sa credential store)</translation>
    </message>
    <message>
        <source>Remove router</source>
        <translation>Alisin ang router</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not removed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hindi naalis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Router %1 removed from the settings.</source>
        <translation>Inalis ang router %1 sa settings.</translation>
    </message>
    <message>
        <source>Router %1 saved (%2).</source>
        <translation>Na-save ang router %1 (%2).</translation>
    </message>
    <message>
        <source>Forget the router %1? Nothing on that router changes; its saved password is deleted. PisoNet Manager stops watching it at once.</source>
        <translation>Kalimutan ang router %1? Walang magbabago sa router na iyon; mabubura ang naka-save na password nito. Titigil agad ang PisoNet Manager sa pagbabantay dito.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Run a simulated MikroTik router (RouterOS API) on 127.0.0.1 until stopped.</source>
        <translation>Magpatakbo ng kunwaring MikroTik router (RouterOS API) sa 127.0.0.1 hanggang ihinto.</translation>
    </message>
    <message>
        <source>Port to listen on (default 8728; 0 picks a free one).</source>
        <translation>Port na pakikinggan (default 8728; pipili ng bakante ang 0).</translation>
    </message>
    <message>
        <source>Online hotspot users to start with (default 10).</source>
        <translation>Mga hotspot user na online sa simula (default 10).</translation>
    </message>
    <message>
        <source>API user name (default admin).</source>
        <translation>User name ng API (default admin).</translation>
    </message>
    <message>
        <source>API password of the simulated router (default empty; or PISONET_SIM_PASSWORD).</source>
        <translation>API password ng kunwaring router (default walang laman; o PISONET_SIM_PASSWORD).</translation>
    </message>
    <message>
        <source>Ask for the pre-6.43 challenge login.</source>
        <translation>Hingin ang lumang challenge login (bago 6.43).</translation>
    </message>
    <message>
        <source>Let users come and go over time.</source>
        <translation>Hayaang dumating at umalis ang mga user habang tumatagal.</translation>
    </message>
    <message>
        <source>Random seed for the generated users.</source>
        <translation>Random seed para sa mga ginawang user.</translation>
    </message>
    <message>
        <source>error: --port must be a number from 0 to 65535</source>
        <translation>error: ang --port ay dapat numero mula 0 hanggang 65535</translation>
    </message>
    <message>
        <source>error: --users must be a number from 0 to 100000</source>
        <translation>error: ang --users ay dapat numero mula 0 hanggang 100000</translation>
    </message>
    <message>
        <source>error: --seed must be a whole number</source>
        <translation>error: ang --seed ay dapat buong numero</translation>
    </message>
    <message>
        <source>error: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>error: hindi makapakinig sa 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Simulator stopped.</source>
        <translation>Huminto na ang simulator.</translation>
    </message>
    <message>
        <source>One more online user with exactly this name (any text, e.g. to test how it is shown); may be repeated. They get the addresses 02:00:5E:00:01:01, 10.5.99.1, and onwards.</source>
        <translation>Isa pang user na online na may eksaktong ganitong pangalan (kahit anong text, hal. para makita kung paano ito ipinapakita); puwedeng ulitin. Makukuha nila ang mga address na 02:00:5E:00:01:01, 10.5.99.1, at pataas.</translation>
    </message>
    <message>
        <source>error: at most 250 --session users</source>
        <translation>error: hanggang 250 --session na user lang</translation>
    </message>
    <message numerus="yes">
        <source>Simulated RouterOS API listening on 127.0.0.1:%1 (user &quot;%2&quot;, %n online user(s)). Ctrl-C stops it.</source>
        <translation>
            <numerusform>Kunwaring RouterOS API na nakikinig sa 127.0.0.1:%1 (user &quot;%2&quot;, %n user na online). Ihihinto ng Ctrl-C.</numerusform>
            <numerusform>Kunwaring RouterOS API na nakikinig sa 127.0.0.1:%1 (user &quot;%2&quot;, %n user na online). Ihihinto ng Ctrl-C.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many routers to simulate (default 1, at most 20), on consecutive ports from --port, each with its own identity, user (admin, admin2, ...), addresses (10.5.x.x, 10.6.x.x, ...) and devices.</source>
        <translation>Ilang router ang gagayahin (default 1, hanggang 20), sa magkakasunod na port mula sa --port, bawat isa may sariling identity, user (admin, admin2, ...), address (10.5.x.x, 10.6.x.x, ...) at mga device.</translation>
    </message>
    <message>
        <source>error: --routers must be a number from 1 to %1</source>
        <translation>error: ang --routers ay dapat numero mula 1 hanggang %1</translation>
    </message>
    <message numerus="yes">
        <source>error: %n router(s) from port %1 would go past port 65535</source>
        <translation>
            <numerusform>error: lalampas sa port 65535 ang %n router mula sa port %1</numerusform>
            <numerusform>error: lalampas sa port 65535 ang %n router mula sa port %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Simulated router %1 &quot;%2&quot; listening on 127.0.0.1:%3 (user &quot;%4&quot;, addresses 10.%5.x.x, %n online user(s)).</source>
        <translation>
            <numerusform>Kunwaring router %1 &quot;%2&quot; na nakikinig sa 127.0.0.1:%3 (user &quot;%4&quot;, mga address 10.%5.x.x, %n user na online).</numerusform>
            <numerusform>Kunwaring router %1 &quot;%2&quot; na nakikinig sa 127.0.0.1:%3 (user &quot;%4&quot;, mga address 10.%5.x.x, %n user na online).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl-C stops them.</source>
        <translation>Ihihinto sila ng Ctrl-C.</translation>
    </message>
    <message>
        <source>Devices waiting at the hotspot login page, not logged in (default 0), for trying &quot;vouchers activate&quot;. They get the addresses 02:00:5E:00:02:01, 10.5.98.1, and onwards.</source>
        <translation>Mga device na naghihintay sa hotspot login page, hindi naka-log in (default 0), para subukan ang &quot;vouchers activate&quot;. Makukuha nila ang mga address na 02:00:5E:00:02:01, 10.5.98.1, at pataas.</translation>
    </message>
    <message>
        <source>error: --waiting must be a number from 0 to 250</source>
        <translation>error: dapat numero mula 0 hanggang 250 ang --waiting</translation>
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
    <message>
        <source>Download limit</source>
        <translation>Limit ng download</translation>
    </message>
    <message>
        <source>Upload limit</source>
        <translation>Limit ng upload</translation>
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
        <translation>(luma: %1)</translation>
    </message>
    <message>
        <source>No users online.</source>
        <translation>Walang user na online.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
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
        <translation>NA-DOWNLOAD</translation>
    </message>
    <message>
        <source>UPLOADED</source>
        <translation>NA-UPLOAD</translation>
    </message>
    <message>
        <source>DOWN RATE</source>
        <translation>BILIS DOWN</translation>
    </message>
    <message>
        <source>UP RATE</source>
        <translation>BILIS UP</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>TAGAL ONLINE</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>NATITIRANG ORAS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online, downloading %1, uploading %2.</source>
        <translation>
            <numerusform>%n user ang online, download %1, upload %2.</numerusform>
            <numerusform>%n user ang online, download %1, upload %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The router has no simple queues.</source>
        <translation>Walang simple queue ang router.</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>atin</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamic</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>naka-disable</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>PANGALAN</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>BYTES (DOWN/UP)</source>
        <translation>BYTES (DOWN/UP)</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Ayusin:</translation>
    </message>
    <message>
        <source>LIMIT (DOWN/UP)</source>
        <translation>LIMIT (DOWN/UP)</translation>
    </message>
    <message>
        <source> (adopted)</source>
        <translation> (inampon)</translation>
    </message>
    <message>
        <source>MAX LIMIT (DOWN/UP)</source>
        <translation>MAX LIMIT (DOWN/UP)</translation>
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
    <message>
        <source>Made elsewhere (another program, PC or an earlier install). Kept as it is until the device leaves; set a limit to replace it.</source>
        <translation>Gawa sa ibang lugar (ibang programa, PC o dating install). Hindi gagalawin hanggang umalis ang device; lagyan ng limit para palitan ito.</translation>
    </message>
    <message>
        <source>The speed of the voucher %1.</source>
        <translation>Ang bilis ng voucher %1.</translation>
    </message>
    <message>
        <source>Set by the operator.</source>
        <translation>Itinakda ng operator.</translation>
    </message>
    <message>
        <source> · adopted</source>
        <translation> · inampon</translation>
    </message>
    <message>
        <source>Data left</source>
        <translation>Natitirang data</translation>
    </message>
    <message>
        <source>no data cap</source>
        <translation>walang data cap</translation>
    </message>
    <message>
        <source>This phone uses a private (random) MAC address; it can change when it reconnects</source>
        <translation>Gumagamit ang phone na ito ng private (random) na MAC address; puwede itong magbago pag kumonekta ulit</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>List online users with traffic, speeds and limits.</source>
        <translation>Ilista ang mga user na online kasama ang traffic, bilis at mga limit.</translation>
    </message>
    <message>
        <source>One poll only: users without a queue show no current speed.</source>
        <translation>Isang poll lang: walang kasalukuyang bilis ang mga user na walang queue.</translation>
    </message>
    <message>
        <source>Users of every router set up, each row naming its router. A router that cannot be read is reported on stderr (exit 2) and the others&apos; rows still print.</source>
        <translation>Mga user ng bawat naka-set up na router, nakasaad sa bawat row ang router nito. Iniuulat sa stderr (exit 2) ang router na hindi mabasa at ipinapakita pa rin ang mga row ng iba.</translation>
    </message>
    <message>
        <source>error: --all-routers cannot be used with --router, --host or --demo</source>
        <translation>error: hindi puwedeng gamitin ang --all-routers kasama ng --router, --host o --demo</translation>
    </message>
    <message>
        <source>error: no router is set up (pisonet-cli routers add NAME --host ADDRESS)</source>
        <translation>error: wala pang naka-set up na router (pisonet-cli routers add NAME --host ADDRESS)</translation>
    </message>
    <message>
        <source>(router %1 left out)</source>
        <translation>(hindi isinama ang router %1)</translation>
    </message>
    <message>
        <source>Router %1:</source>
        <translation>Router %1:</translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>it has no time limit (validity %1) and is not a developer code: it would give unlimited time</source>
        <translation>wala itong limit sa oras (bisa %1) at hindi ito developer code: walang katapusang oras ang ibibigay nito</translation>
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
        <source>voucher %1 is %2 and cannot be used</source>
        <translation>ang voucher %1 ay %2 at hindi na magagamit</translation>
    </message>
    <message>
        <source>voucher %1 is not on the router yet: push it first</source>
        <translation>wala pa sa router ang voucher %1: ilagay muna ito sa router</translation>
    </message>
    <message>
        <source>%1 is not waiting at the hotspot login page</source>
        <translation>hindi naghihintay sa hotspot login page ang %1</translation>
    </message>
    <message>
        <source>%1 is logged in with voucher %2.</source>
        <translation>Naka-log in ang %1 gamit ang voucher %2.</translation>
    </message>
    <message>
        <source>the router has no hotspot user %1</source>
        <translation>walang hotspot user na %1 sa router</translation>
    </message>
    <message>
        <source>voucher %1 is not bound to a device</source>
        <translation>hindi nakatali sa device ang voucher %1</translation>
    </message>
    <message>
        <source>Voucher %1 stays bound to %2: the router did not take the change (%3).</source>
        <translation>Nakatali pa rin ang voucher %1 sa %2: hindi tinanggap ng router ang pagbabago (%3).</translation>
    </message>
    <message>
        <source>Voucher %1 is unlocked on the router, but the record was not updated: %2</source>
        <translation>Naka-unlock na ang voucher %1 sa router, pero hindi na-update ang record: %2</translation>
    </message>
    <message>
        <source>Voucher %1 unlocked: it can now be used from another device.</source>
        <translation>Na-unlock ang voucher %1: puwede na itong gamitin sa ibang device.</translation>
    </message>
    <message>
        <source>not updated: %1</source>
        <translation>hindi na-update: %1</translation>
    </message>
    <message>
        <source>hotspot user removed: %1, sessions ended: %2</source>
        <translation>tinanggal ang hotspot user: %1, tinapos ang mga session: %2</translation>
    </message>
    <message>
        <source>Voucher %1 revoked; it is on no router set up now (%2), so no router was changed.</source>
        <translation>Binawi ang voucher %1; wala ito sa alinmang naka-set up na router ngayon (%2), kaya walang router na binago.</translation>
    </message>
    <message>
        <source>Voucher %1 is revoked here, but not every router could be updated (%2); those are retried when you revoke again.</source>
        <translation>Binawi na ang voucher %1 dito, pero hindi lahat ng router ay na-update (%2); susubukan ulit ang mga iyon kapag binawi mo ulit.</translation>
    </message>
    <message>
        <source>Voucher %1 revoked (%2).</source>
        <translation>Binawi ang voucher %1 (%2).</translation>
    </message>
    <message>
        <source>voucher %1 is on no router set up now: put it on one first</source>
        <translation>wala ang voucher %1 sa alinmang naka-set up na router ngayon: ilagay muna ito sa isa</translation>
    </message>
    <message>
        <source>voucher %1 is not on router %2: put it there first</source>
        <translation>wala ang voucher %1 sa router %2: ilagay muna ito doon</translation>
    </message>
    <message>
        <source>there is no router named %1</source>
        <translation>walang router na ang pangalan ay %1</translation>
    </message>
    <message>
        <source>not changed: %1</source>
        <translation>hindi nabago: %1</translation>
    </message>
    <message>
        <source>no longer bound</source>
        <translation>hindi na nakatali</translation>
    </message>
    <message>
        <source>Router%1: hotspot user %2 no longer bound to %3 (why: the operator unlocked the device) [%4]</source>
        <translation>Router%1: hindi na nakatali ang hotspot user %2 sa %3 (bakit: in-unlock ng operator ang device) [%4]</translation>
    </message>
    <message>
        <source>Voucher %1 stays bound to %2: not every router took the change (%3).</source>
        <translation>Nakatali pa rin ang voucher %1 sa %2: hindi lahat ng router ay tumanggap ng pagbabago (%3).</translation>
    </message>
</context>
<context>
    <name>VoucherPusher</name>
    <message>
        <source>could not create hotspot user profile %1: %2 — the router user needs write rights, or create the profile yourself (shared-users=%3, no rate-limit)</source>
        <translation>hindi magawa ang hotspot user profile na %1: %2 — kailangan ng router user ng write na karapatan, o gawin mo mismo ang profile (shared-users=%3, walang rate-limit)</translation>
    </message>
</context>
<context>
    <name>VoucherRoll</name>
    <message>
        <source>%1 mm roll</source>
        <translation>%1 mm na rolyo</translation>
    </message>
    <message>
        <source>there are no vouchers to print</source>
        <translation>walang voucher na ipi-print</translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation>hindi masimulang mag-print sa printer o file</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>tumanggi ang printer sa bagong pahina</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Scan, or log in at %1</source>
        <translation>I-scan, o mag-log in sa %1</translation>
    </message>
</context>
<context>
    <name>VoucherSeller</name>
    <message>
        <source>give either an amount (the price in pesos) or a profile name</source>
        <translation>magbigay ng halaga (presyo sa piso) o ng pangalan ng profile</translation>
    </message>
    <message>
        <source>no profile costs %1 (prices: %2)</source>
        <translation>walang profile na nagkakahalaga ng %1 (mga presyo: %2)</translation>
    </message>
    <message>
        <source>%1 profiles cost %2: %3; sell by profile name instead</source>
        <translation>%1 profile ang nagkakahalaga ng %2: %3; ibenta na lang ayon sa pangalan ng profile</translation>
    </message>
    <message>
        <source>no profile %1 (profiles: %2)</source>
        <translation>walang profile na %1 (mga profile: %2)</translation>
    </message>
    <message>
        <source>profile %1 has no time limit: it cannot be sold as a voucher</source>
        <translation>walang time limit ang profile %1: hindi ito maibebenta bilang voucher</translation>
    </message>
    <message>
        <source>the idempotency key %1 was used for another sale (%2); use a new key for a new sale</source>
        <translation>nagamit na ang idempotency key %1 sa ibang benta (%2); gumamit ng bagong key para sa bagong benta</translation>
    </message>
    <message>
        <source>the idempotency key must be 1 to %1 printable ASCII characters without spaces</source>
        <translation>ang idempotency key ay dapat 1 hanggang %1 na printable na ASCII character na walang espasyo</translation>
    </message>
    <message>
        <source>the idempotency key %1 is in use for another sale</source>
        <translation>ginagamit pa ang idempotency key %1 sa ibang benta</translation>
    </message>
    <message>
        <source>sold (%1)</source>
        <translation>naibenta (%1)</translation>
    </message>
    <message>
        <source>the router could not take the voucher, nothing was sold: %1</source>
        <translation>hindi natanggap ng router ang voucher, walang naibenta: %1</translation>
    </message>
    <message>
        <source>voucher %1 is on the router but the sale could not be saved: %2</source>
        <translation>nasa router na ang voucher %1 pero hindi na-save ang benta: %2</translation>
    </message>
    <message>
        <source>there is no router named %1</source>
        <translation>walang router na ang pangalan ay %1</translation>
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
    <message>
        <source>profile %1 has no time limit: only developer codes may be unlimited (make them as developer codes, or give the profile a validity like 1h)</source>
        <translation>walang limit sa oras ang profile na %1: developer code lang ang puwedeng walang limit (gawin silang developer code, o bigyan ang profile ng bisa tulad ng 1h)</translation>
    </message>
    <message>
        <source>no free voucher code found after %1 attempts</source>
        <translation>walang nahanap na bakanteng voucher code pagkatapos ng %1 na subok</translation>
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
    <message>
        <source>Not on the router yet</source>
        <translation>Wala pa sa router</translation>
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
        <source>Revoked: this code no longer works and is never printed.</source>
        <translation>Binawi: hindi na gumagana ang code na ito at hindi na ipi-print kailanman.</translation>
    </message>
    <message>
        <source>Not on the router yet: a customer cannot log in with it until it is there.</source>
        <translation>Wala pa sa router: hindi makakapag-log in dito ang customer hangga&apos;t wala ito roon.</translation>
    </message>
    <message>
        <source>Data left</source>
        <translation>Natitirang data</translation>
    </message>
    <message>
        <source>Used up: its time or data is spent; it is never printed again.</source>
        <translation>Ubos na: naubos ang oras o data nito; hindi na ito ipi-print ulit.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sa %2</translation>
    </message>
    <message>
        <source>Devices that used this code:</source>
        <translation>Mga device na gumamit ng code na ito:</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>%1 (private MAC)</source>
        <translation>%1 (private MAC)</translation>
    </message>
    <message>
        <source>Bound to %1: it works only on that device until you unlock it.</source>
        <translation>Nakatali sa %1: gagana lang ito sa device na iyon hanggang i-unlock mo ito.</translation>
    </message>
    <message>
        <source>Its profile binds it to the first device that uses it.</source>
        <translation>Itinatali ito ng profile nito sa unang device na gumamit nito.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (naka-lock)</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
</context>
<context>
    <name>VouchersActivateCommand</name>
    <message>
        <source>Log a device that waits at the hotspot login page in with a voucher.</source>
        <translation>I-log in gamit ang voucher ang device na naghihintay sa hotspot login page.</translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation>Ang voucher code.</translation>
    </message>
    <message>
        <source>The waiting device&apos;s MAC address.</source>
        <translation>Ang MAC address ng naghihintay na device.</translation>
    </message>
    <message>
        <source>error: give the device with --mac</source>
        <translation>error: ibigay ang device gamit ang --mac</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>VouchersGenerateCommand</name>
    <message>
        <source>Make a batch of voucher codes of one profile (one transaction).</source>
        <translation>Gumawa ng isang batch ng voucher code ng iisang profile (isang transaction).</translation>
    </message>
    <message>
        <source>Profile from profiles.json, e.g. BASIC.</source>
        <translation>Profile mula sa profiles.json, hal. BASIC.</translation>
    </message>
    <message>
        <source>How many vouchers (1 to 100000).</source>
        <translation>Ilang voucher (1 hanggang 100000).</translation>
    </message>
    <message>
        <source>Code length, 4 to 16 (default 6).</source>
        <translation>Haba ng code, 4 hanggang 16 (default 6).</translation>
    </message>
    <message>
        <source>Text every code starts with (letters/digits, no 0/O/1/I/L).</source>
        <translation>Text na simula ng bawat code (letra/numero, walang 0/O/1/I/L).</translation>
    </message>
    <message>
        <source>Developer codes: no time limit, still speed-limited.</source>
        <translation>Developer code: walang limit sa oras, may speed limit pa rin.</translation>
    </message>
    <message>
        <source>A note kept with the batch.</source>
        <translation>Paalalang itatabi kasama ng batch.</translation>
    </message>
    <message>
        <source>Also put them on the router as hotspot users.</source>
        <translation>Ilagay din sila sa router bilang mga hotspot user.</translation>
    </message>
    <message>
        <source>error: give --profile and --count, e.g. vouchers generate --profile BASIC --count 50</source>
        <translation>error: ibigay ang --profile at --count, hal. vouchers generate --profile BASIC --count 50</translation>
    </message>
    <message>
        <source>error: --count must be a number from 1 to %1</source>
        <translation>error: ang --count ay dapat numero mula 1 hanggang %1</translation>
    </message>
    <message>
        <source>error: --length must be a number</source>
        <translation>error: ang --length ay dapat numero</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>walang limit sa oras</translation>
    </message>
    <message>
        <source>The vouchers are saved; push them later with: pisonet-cli vouchers push --batch %1</source>
        <translation>Na-save ang mga voucher; ilagay sila sa router mamaya gamit ang: pisonet-cli vouchers push --batch %1</translation>
    </message>
    <message>
        <source>error: no profile %1 (profiles: %2)</source>
        <translation>error: walang profile na %1 (mga profile: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n %2 voucher(s) (%3, %4, %5).</source>
        <translation>
            <numerusform>Batch %1: %n %2 voucher (%3, %4, %5).</numerusform>
            <numerusform>Batch %1: %n %2 voucher (%3, %4, %5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VouchersListCommand</name>
    <message>
        <source>List vouchers with their status.</source>
        <translation>Ilista ang mga voucher at ang status nila.</translation>
    </message>
    <message>
        <source>Only new, pushed, active, used or revoked vouchers.</source>
        <translation>Mga new, pushed, active, used o revoked na voucher lang.</translation>
    </message>
    <message>
        <source>Part of a code or MAC address.</source>
        <translation>Bahagi ng code o MAC address.</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Ang batch na ito lang.</translation>
    </message>
    <message>
        <source>At most this many (newest first).</source>
        <translation>Hanggang ganitong dami lang (pinakabago muna).</translation>
    </message>
    <message>
        <source>error: --limit must be a number of at least 1</source>
        <translation>error: ang --limit ay dapat numero na hindi bababa sa 1</translation>
    </message>
    <message>
        <source>No vouchers match.</source>
        <translation>Walang tumugmang voucher.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRESYO</translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation>BISA</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>BILIS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>GINAWA</translation>
    </message>
    <message>
        <source>ACTIVATED</source>
        <translation>NA-ACTIVATE</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>NAGAMIT</translation>
    </message>
    <message>
        <source>error: --status must be one of %1, not %2</source>
        <translation>error: ang --status ay dapat isa sa %1, hindi %2</translation>
    </message>
    <message>
        <source>Never put on the router: %1: %2</source>
        <translation>Hindi kailanman ilalagay sa router: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s).</source>
        <translation>
            <numerusform>%n voucher.</numerusform>
            <numerusform>%n voucher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <source>Put them on the &amp;router</source>
        <translation>Ilagay &amp;sila sa router</translation>
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
        <source>There is no valid profile: check profiles.json (see Logs).</source>
        <translation>Walang valid na profile: tingnan ang profiles.json (at ang Mga Log).</translation>
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
        <source>Revoke voucher</source>
        <translation>Bawiin ang voucher</translation>
    </message>
    <message>
        <source>Revoke %1? It stops working at once; the record is kept.</source>
        <translation>Bawiin ang %1? Hihinto agad ito; itatabi ang record.</translation>
    </message>
    <message>
        <source>New vouchers are put on the router at once, or as soon as it can be reached.</source>
        <translation>Inilalagay agad sa router ang mga bagong voucher, o sa sandaling maabot ito.</translation>
    </message>
    <message>
        <source>Cards of the selected vouchers; with none selected, of the newest batch. Used-up and revoked codes are never printed.</source>
        <translation>Mga card ng napiling voucher; kung walang napili, ng pinakabagong batch. Hindi kailanman ipi-print ang mga ubos na at binawing code.</translation>
    </message>
    <message>
        <source>Logs a device that waits at the hotspot login page in with the selected voucher.</source>
        <translation>Ila-log in ang device na naghihintay sa hotspot login page gamit ang napiling voucher.</translation>
    </message>
    <message>
        <source>Put on &amp;router</source>
        <translation>Ilagay sa &amp;router</translation>
    </message>
    <message>
        <source>Put the selected vouchers that are not on the router yet there now (with none selected: all of them).</source>
        <translation>Ilagay na ngayon sa router ang mga napiling voucher na wala pa roon (kung walang napili: lahat sila).</translation>
    </message>
    <message numerus="yes">
        <source>could not add the hotspot user of %n voucher(s): %1</source>
        <translation>
            <numerusform>hindi maidagdag ang hotspot user ng %n voucher: %1</numerusform>
            <numerusform>hindi maidagdag ang hotspot user ng %n voucher: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> — the router user needs write rights (in Winbox: System &gt; Users &gt; Groups, policy &quot;write&quot;)</source>
        <translation> — kailangan ng router user ng write na karapatan (sa Winbox: System &gt; Users &gt; Groups, policy na &quot;write&quot;)</translation>
    </message>
    <message>
        <source>Vouchers not on the router yet: %1. They are tried again when the router answers.</source>
        <translation>Mga voucher na wala pa sa router: %1. Susubukan ulit pag sumagot ang router.</translation>
    </message>
    <message>
        <source>Try &amp;now</source>
        <translation>Subukan &amp;ngayon</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) put on the router.</source>
        <translation>
            <numerusform>%n voucher ang nailagay sa router.</numerusform>
            <numerusform>%n voucher ang nailagay sa router.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) that were on the router are not there any more (was the router reset, or is this another router?).</source>
        <translation>
            <numerusform>%n voucher na nasa router dati ay wala na roon (na-reset ba ang router, o ibang router ba ito?).</numerusform>
            <numerusform>%n voucher na nasa router dati ay wala na roon (na-reset ba ang router, o ibang router ba ito?).</numerusform>
        </translation>
    </message>
    <message>
        <source>Put them &amp;back</source>
        <translation>I&amp;balik sila</translation>
    </message>
    <message>
        <source>put back by the operator</source>
        <translation>ibinalik ng operator</translation>
    </message>
    <message>
        <source>Vouchers not made: %1</source>
        <translation>Hindi nagawa ang mga voucher: %1</translation>
    </message>
    <message>
        <source>new batch %1</source>
        <translation>bagong batch %1</translation>
    </message>
    <message>
        <source>Every voucher is on the router already (used and revoked ones are not put back).</source>
        <translation>Nasa router na ang bawat voucher (hindi ibinabalik ang mga ubos na at binawi).</translation>
    </message>
    <message numerus="yes">
        <source>Putting %n voucher(s) on the router…</source>
        <translation>
            <numerusform>Inilalagay sa router ang %n voucher…</numerusform>
            <numerusform>Inilalagay sa router ang %n voucher…</numerusform>
        </translation>
    </message>
    <message>
        <source>the operator asked</source>
        <translation>hiniling ng operator</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected voucher(s)</source>
        <translation>
            <numerusform>ang %n napiling voucher</numerusform>
            <numerusform>ang %n napiling voucher</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>batch %1</translation>
    </message>
    <message>
        <source>Nothing to print: make a batch, or select the vouchers to print.</source>
        <translation>Walang ipi-print: gumawa ng batch, o piliin ang mga voucher na ipi-print.</translation>
    </message>
    <message>
        <source>Nothing to print: every code of %1 is used up or revoked.</source>
        <translation>Walang ipi-print: ubos na o binawi ang bawat code ng %1.</translation>
    </message>
    <message>
        <source>Selected to print: %1</source>
        <translation>Napiling ipi-print: %1</translation>
    </message>
    <message>
        <source>Selected to print: %1 (%2 used up or revoked: left out)</source>
        <translation>Napiling ipi-print: %1 (%2 ubos na o binawi: hindi isinama)</translation>
    </message>
    <message>
        <source>Nothing selected: prints batch %1</source>
        <translation>Walang napili: ipi-print ang batch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n used-up or revoked code(s) left out.</source>
        <translation>
            <numerusform>%n code na ubos na o binawi ang hindi isinama.</numerusform>
            <numerusform>%n code na ubos na o binawi ang hindi isinama.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these code(s) is not on the router yet: a customer cannot log in with it until it is.</source>
        <translation>
            <numerusform>%n sa mga code na ito ang wala pa sa router: hindi makakapag-log in dito ang customer hangga&apos;t wala ito roon.</numerusform>
            <numerusform>%n sa mga code na ito ang wala pa sa router: hindi makakapag-log in dito ang customer hangga&apos;t wala sila roon.</numerusform>
        </translation>
    </message>
    <message>
        <source>printed, the operator asked</source>
        <translation>na-print, hiniling ng operator</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Hindi na-save: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher card(s) saved to %1.</source>
        <translation>
            <numerusform>%n voucher card ang na-save sa %1.</numerusform>
            <numerusform>%n voucher card ang na-save sa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Hindi na-print: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher card(s) sent to the printer.</source>
        <translation>
            <numerusform>%n voucher card ang ipinadala sa printer.</numerusform>
            <numerusform>%n voucher card ang ipinadala sa printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the voucher to revoke first.</source>
        <translation>Piliin muna ang voucher na babawiin.</translation>
    </message>
    <message>
        <source>%1 (why: the operator revoked %2) [window]</source>
        <translation>%1 (bakit: binawi ng operator ang %2) [window]</translation>
    </message>
    <message>
        <source>%1 not revoked: %2</source>
        <translation>Hindi nabawi ang %1: %2</translation>
    </message>
    <message>
        <source>Select the voucher to use first, then pick the device.</source>
        <translation>Piliin muna ang voucher na gagamitin, saka piliin ang device.</translation>
    </message>
    <message>
        <source>%1 is %2: pick another voucher.</source>
        <translation>Ang %1 ay %2: pumili ng ibang voucher.</translation>
    </message>
    <message>
        <source>%1 is not on the router yet: put it there first, then log the device in.</source>
        <translation>Wala pa sa router ang %1: ilagay muna ito roon, saka i-log in ang device.</translation>
    </message>
    <message>
        <source>Put it on the &amp;router</source>
        <translation>Ilagay it&amp;o sa router</translation>
    </message>
    <message>
        <source>%1 [window]</source>
        <translation>%1 [window]</translation>
    </message>
    <message>
        <source>Not logged in: %1</source>
        <translation>Hindi na-log in: %1</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n %2 voucher(s) made.</source>
        <translation>
            <numerusform>Batch %1: %n %2 voucher ang ginawa.</numerusform>
            <numerusform>Batch %1: %n %2 voucher ang ginawa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n voucher(s) made; putting them on the router…</source>
        <translation>
            <numerusform>Batch %1: %n voucher ang ginawa; inilalagay sila sa router…</numerusform>
            <numerusform>Batch %1: %n voucher ang ginawa; inilalagay sila sa router…</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a&amp;fter generating</source>
        <translation>I-print pagkagawa (&amp;f)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>What Save as PDF, Print and Print after generating print on: cards on A4 sheets, or tickets for a 58 mm or 80 mm roll (thermal) printer.</source>
        <translation>Kung saan ipi-print ng I-save bilang PDF, I-print at I-print pagkagawa: mga card sa A4 na papel, o mga tiket para sa 58 mm o 80 mm na rolyo (thermal printer).</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 na papel</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm na rolyo</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm na rolyo</translation>
    </message>
    <message>
        <source>A batch made here goes to the printer chosen last in Print… (else the system&apos;s default printer) at once, without a dialog.</source>
        <translation>Ang batch na gagawin dito ay agad ipi-print sa printer na huling pinili sa I-print… (o sa default na printer ng system), nang walang dialog.</translation>
    </message>
    <message>
        <source>Batch %1 not printed: %2</source>
        <translation>Hindi na-print ang batch %1: %2</translation>
    </message>
    <message>
        <source>Print &amp;again…</source>
        <translation>I-print &amp;ulit…</translation>
    </message>
    <message>
        <source>the printer %1 is not there (switched off or removed?)</source>
        <translation>wala ang printer na %1 (patay o tinanggal?)</translation>
    </message>
    <message>
        <source>no printer chosen: choose one once with Print…, or set a default printer in the system</source>
        <translation>walang napiling printer: pumili minsan gamit ang I-print…, o mag-set ng default na printer sa system</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Mga Voucher</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n voucher(s) made and sent to the printer; putting them on the router…</source>
        <translation>
            <numerusform>Batch %1: %n voucher ang nagawa at naipadala sa printer; inilalagay sa router…</numerusform>
            <numerusform>Batch %1: %n voucher ang nagawa at naipadala sa printer; inilalagay sa router…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n voucher(s) made, but not printed: %2</source>
        <translation>
            <numerusform>Batch %1: %n voucher ang nagawa, pero hindi na-print: %2</numerusform>
            <numerusform>Batch %1: %n voucher ang nagawa, pero hindi na-print: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unlock device</source>
        <translation>I-unlock ang &amp;device</translation>
    </message>
    <message>
        <source>Frees the selected voucher from the device it is bound to (profiles with &quot;lock_device&quot;), so the customer can log in from another device or a new private MAC.</source>
        <translation>Pinapalaya ang napiling voucher mula sa device na kinatatalian nito (mga profile na may &quot;lock_device&quot;), para makapag-log in ang customer sa ibang device o bagong private MAC.</translation>
    </message>
    <message>
        <source>Select the voucher to unlock first.</source>
        <translation>Piliin muna ang voucher na i-a-unlock.</translation>
    </message>
    <message>
        <source>%1 is not bound to a device; nothing to unlock.</source>
        <translation>Hindi nakatali sa device ang %1; walang i-a-unlock.</translation>
    </message>
    <message>
        <source>Unlock device</source>
        <translation>I-unlock ang device</translation>
    </message>
    <message>
        <source>Unlock %1 from %2? The customer can then log in with it from another device.</source>
        <translation>I-unlock ang %1 mula sa %2? Makakapag-log in na ang customer gamit ito sa ibang device.</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>All routers</source>
        <translation>Lahat ng router</translation>
    </message>
    <message>
        <source>Put on router</source>
        <translation>Ilagay sa router</translation>
    </message>
    <message>
        <source>The router &quot;Put on router&quot; and new batches put vouchers on: one, or all.</source>
        <translation>Ang router kung saan inilalagay ng &quot;Ilagay sa router&quot; at ng mga bagong batch ang mga voucher: isa, o lahat.</translation>
    </message>
</context>
<context>
    <name>VouchersPrintCommand</name>
    <message>
        <source>Print voucher cards with QR codes to a PDF file.</source>
        <translation>I-print sa PDF file ang mga voucher card na may QR code.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Ang PDF file na isusulat.</translation>
    </message>
    <message>
        <source>Only this batch (default: every voucher not used yet).</source>
        <translation>Ang batch na ito lang (default: bawat voucher na hindi pa nagagamit).</translation>
    </message>
    <message>
        <source>The hotspot&apos;s DNS name for the QR login link (or PISONET_HOTSPOT_DNS).</source>
        <translation>Ang DNS name ng hotspot para sa QR login link (o PISONET_HOTSPOT_DNS).</translation>
    </message>
    <message>
        <source>Shop name on the cards.</source>
        <translation>Pangalan ng shop sa mga card.</translation>
    </message>
    <message>
        <source>error: give the file to write with --pdf FILE</source>
        <translation>error: ibigay ang file na isusulat gamit ang --pdf FILE</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) written to %1.</source>
        <translation>
            <numerusform>%n voucher ang naisulat sa %1.</numerusform>
            <numerusform>%n voucher ang naisulat sa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>a4 (cards on A4 sheets, the default), 58mm or 80mm (tickets for a thermal roll printer).</source>
        <translation>a4 (mga card sa A4 na papel, ang default), 58mm o 80mm (mga tiket para sa thermal na rolyong printer).</translation>
    </message>
    <message>
        <source>error: --paper is one of %1, not &quot;%2&quot;</source>
        <translation>error: ang --paper ay isa sa %1, hindi &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n used-up or revoked code(s) left out.</source>
        <translation>
            <numerusform>%n code na ubos na o binawi ang hindi isinama.</numerusform>
            <numerusform>%n code na ubos na o binawi ang hindi isinama.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VouchersPushCommand</name>
    <message>
        <source>Put new vouchers on the router as hotspot users (safe to run again after a failure).</source>
        <translation>Ilagay sa router ang mga bagong voucher bilang hotspot user (ligtas patakbuhin ulit pagkatapos pumalya).</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Ang batch na ito lang.</translation>
    </message>
    <message>
        <source>No new vouchers to push.</source>
        <translation>Walang bagong voucher na ilalagay sa router.</translation>
    </message>
</context>
<context>
    <name>VouchersRevokeCommand</name>
    <message>
        <source>The voucher code.</source>
        <translation>Ang voucher code.</translation>
    </message>
    <message>
        <source>Withdraw a voucher: remove it from every router it is on (or the one --router names) and end its sessions.</source>
        <translation>Bawiin ang voucher: tanggalin ito sa bawat router na kinalalagyan nito (o sa router na pinangalanan ng --router) at tapusin ang mga session nito.</translation>
    </message>
</context>
<context>
    <name>VouchersSellCommand</name>
    <message>
        <source>Sell one voucher now (a coin slot, a shop script): made, put on the router, counted as sold.</source>
        <translation>Magbenta ng isang voucher ngayon (coin slot, script ng shop): gagawin, ilalagay sa router, bibilangin bilang benta.</translation>
    </message>
    <message>
        <source>The price paid, in pesos: the profile with this price.</source>
        <translation>Ang ibinayad, sa piso: ang profile na may ganitong presyo.</translation>
    </message>
    <message>
        <source>Or the profile by name, e.g. STANDARD.</source>
        <translation>O ang profile ayon sa pangalan, hal. STANDARD.</translation>
    </message>
    <message>
        <source>A key for this sale: run again with the same key, the same voucher comes back.</source>
        <translation>Key para sa bentang ito: patakbuhin ulit gamit ang parehong key, babalik ang parehong voucher.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>--idempotency-key is empty</source>
        <translation>walang laman ang --idempotency-key</translation>
    </message>
    <message>
        <source>give --amount or --profile, e.g. vouchers sell --amount 10</source>
        <translation>ibigay ang --amount o --profile, hal. vouchers sell --amount 10</translation>
    </message>
    <message>
        <source>--amount must be the price in pesos, like 10, not %1</source>
        <translation>ang --amount ay dapat presyo sa piso, gaya ng 10, hindi %1</translation>
    </message>
    <message>
        <source>Sold: %1 (%2, %3, %4, %5 pesos)%6.</source>
        <translation>Naibenta: %1 (%2, %3, %4, %5 piso)%6.</translation>
    </message>
    <message>
        <source>, sold before with this key</source>
        <translation>, naibenta na dati gamit ang key na ito</translation>
    </message>
</context>
<context>
    <name>VouchersShowCommand</name>
    <message>
        <source>Show one voucher and every device that used it (phones may change their MAC).</source>
        <translation>Ipakita ang isang voucher at bawat device na gumamit nito (puwedeng magpalit ng MAC ang mga phone).</translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation>Ang voucher code.</translation>
    </message>
    <message>
        <source>error: no voucher with code %1</source>
        <translation>error: walang voucher na may code na %1</translation>
    </message>
    <message>
        <source>Voucher %1: %2, %3, %4, %5</source>
        <translation>Voucher %1: %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>Locked to the first device that uses it; not bound now.</source>
        <translation>Naka-lock sa unang device na gagamit nito; hindi nakatali ngayon.</translation>
    </message>
    <message>
        <source>Bound to device %1 (vouchers unlock %2 frees it).</source>
        <translation>Nakatali sa device na %1 (pinapalaya ito ng vouchers unlock %2).</translation>
    </message>
    <message>
        <source>Not used by any device yet.</source>
        <translation>Wala pang device na gumamit nito.</translation>
    </message>
    <message>
        <source>private (random)</source>
        <translation>private (random)</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>UNANG NAKITA</translation>
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
        <source>MAC KIND</source>
        <translation>URI NG MAC</translation>
    </message>
</context>
<context>
    <name>VouchersUnlockCommand</name>
    <message>
        <source>Free a voucher bound to its first device (profile &quot;lock_device&quot;) so another device can use it.</source>
        <translation>Palayain ang voucher na nakatali sa unang device nito (profile na &quot;lock_device&quot;) para magamit ito ng ibang device.</translation>
    </message>
    <message>
        <source>The voucher code.</source>
        <translation>Ang voucher code.</translation>
    </message>
</context>
<context>
    <name>WaitingDeviceDialog</name>
    <message>
        <source>Log a waiting device in</source>
        <translation>I-log in ang naghihintay na device</translation>
    </message>
    <message>
        <source>Devices waiting at the hotspot login page</source>
        <translation>Mga device na naghihintay sa hotspot login page</translation>
    </message>
    <message>
        <source>Waiting devices</source>
        <translation>Mga naghihintay na device</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Tingnan ulit</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>&amp;MAC address:</translation>
    </message>
    <message>
        <source>pick a device above, or type it: AA:BB:CC:DD:EE:FF</source>
        <translation>pumili ng device sa itaas, o i-type ito: AA:BB:CC:DD:EE:FF</translation>
    </message>
    <message>
        <source>Log a device in with voucher &lt;b&gt;%1&lt;/b&gt;. These devices are at the hotspot login page now; pick the customer&apos;s (their phone&apos;s Wi-Fi settings show its MAC address).</source>
        <translation>I-log in ang device gamit ang voucher na &lt;b&gt;%1&lt;/b&gt;. Nasa hotspot login page ngayon ang mga device na ito; piliin ang sa customer (makikita ang MAC address nito sa Wi-Fi settings ng cellphone niya).</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Tagal ng paghihintay</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Mag-&amp;log in</translation>
    </message>
    <message>
        <source>Looking for devices at the login page…</source>
        <translation>Naghahanap ng mga device sa login page…</translation>
    </message>
    <message>
        <source>Cannot read the waiting devices: %1. You can still type the MAC address.</source>
        <translation>Hindi mabasa ang mga naghihintay na device: %1. Puwede mo pa ring i-type ang MAC address.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <source>No device is waiting at the login page. Ask the customer to connect to the Wi-Fi and open a web page, then look again.</source>
        <translation>Walang device na naghihintay sa login page. Sabihan ang customer na kumonekta sa Wi-Fi at magbukas ng web page, saka tumingin ulit.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) waiting.</source>
        <translation>
            <numerusform>%n device ang naghihintay.</numerusform>
            <numerusform>%n device ang naghihintay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Hindi nabasa: %1.</translation>
    </message>
</context>
<context>
    <name>WebAdmin</name>
    <message>
        <source>no such page: %1</source>
        <translation>walang ganitong pahina: %1</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 ay tumatanggap ng %2, hindi %3</translation>
    </message>
    <message>
        <source>a sign-in from another site&apos;s page is refused</source>
        <translation>tinatanggihan ang pag-sign in mula sa pahina ng ibang site</translation>
    </message>
    <message>
        <source>not signed in, or the session ended: sign in again at /admin</source>
        <translation>hindi naka-sign in, o natapos na ang session: mag-sign in ulit sa /admin</translation>
    </message>
    <message>
        <source>missing or wrong CSRF token (X-CSRF-Token): reload the page</source>
        <translation>wala o mali ang CSRF token (X-CSRF-Token): i-reload ang pahina</translation>
    </message>
    <message>
        <source>field &quot;password&quot;: missing</source>
        <translation>field na &quot;password&quot;: wala</translation>
    </message>
    <message>
        <source>no web-admin password is set yet: set one in PisoNet Manager&apos;s Settings, or with &quot;pisonet-cli web password&quot;</source>
        <translation>wala pang password ang web admin: maglagay sa Settings ng PisoNet Manager, o gamit ang &quot;pisonet-cli web password&quot;</translation>
    </message>
    <message>
        <source>Web admin: %1 wrong passwords from %2; that address may not sign in for %3 minutes.</source>
        <translation>Web admin: %1 maling password mula sa %2; hindi makakapag-sign in ang address na iyon sa loob ng %3 minuto.</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>maling password</translation>
    </message>
    <message>
        <source>Web admin: signed in from %1.</source>
        <translation>Web admin: nag-sign in mula sa %1.</translation>
    </message>
    <message>
        <source>Web admin: signed out from %1.</source>
        <translation>Web admin: nag-sign out mula sa %1.</translation>
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
    <message numerus="yes">
        <source>too many wrong passwords from this device: try again in %n minute(s)</source>
        <translation>
            <numerusform>sobrang daming maling password mula sa device na ito: subukan ulit pagkalipas ng %n minuto</numerusform>
            <numerusform>sobrang daming maling password mula sa device na ito: subukan ulit pagkalipas ng %n minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing from the program</source>
        <translation>wala sa programa ang %1</translation>
    </message>
</context>
<context>
    <name>WebPassword</name>
    <message>
        <source>the web-admin password must have at least %1 characters</source>
        <translation>ang password ng web admin ay dapat may hindi bababa sa %1 character</translation>
    </message>
    <message>
        <source>the web-admin password must not begin or end with a space</source>
        <translation>ang password ng web admin ay hindi dapat magsimula o magtapos sa space</translation>
    </message>
</context>
<context>
    <name>WebPasswordCommand</name>
    <message>
        <source>Set the web admin&apos;s password (first line of standard input, or typed twice on a terminal).</source>
        <translation>Itakda ang password ng web admin (unang linya ng standard input, o i-type nang dalawang beses sa terminal).</translation>
    </message>
    <message>
        <source>New web-admin password (at least %1 characters): </source>
        <translation>Bagong password ng web admin (hindi bababa sa %1 character): </translation>
    </message>
    <message>
        <source>error: no password given (type it, or pipe it into standard input)</source>
        <translation>error: walang ibinigay na password (i-type ito, o i-pipe sa standard input)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Ulitin ang password: </translation>
    </message>
    <message>
        <source>error: the two passwords differ; nothing was changed</source>
        <translation>error: magkaiba ang dalawang password; walang binago</translation>
    </message>
    <message>
        <source>Web-admin password set (kept as a salted hash in %1). Browsers signed in with the old one must sign in again.</source>
        <translation>Naitakda ang password ng web admin (itinatabi bilang salted hash sa %1). Kailangang mag-sign in ulit ang mga browser na naka-sign in gamit ang luma.</translation>
    </message>
</context>
<context>
    <name>WinCredentialStore</name>
    <message>
        <source>Windows Credential Manager: %1</source>
        <translation>Windows Credential Manager: %1</translation>
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
