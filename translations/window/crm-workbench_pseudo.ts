<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Add from the catalog</source>
        <translation>[Àđđ ƒŕöɱ ŧĥé çàŧàļöĝ~~~~~~~]</translation>
    </message>
    <message>
        <source>Search by name or description</source>
        <translation>[Šéàŕçĥ ƀý ñàɱé öŕ đéšçŕîþŧîöñ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Catalog versions</source>
        <translation>[Çàŧàļöĝ ṽéŕšîöñš~~~~~~]</translation>
    </message>
    <message>
        <source>The lists below were filled from the program's built-in catalogs. A newer catalog can add items; updating appends them to this cycle's list as one step you can undo. Votes, agreed values and the ratings in the tables stay as they are, and so do the names you gave.</source>
        <translation>[Ŧĥé ļîšŧš ƀéļöŵ ŵéŕé ƒîļļéđ ƒŕöɱ ŧĥé þŕöĝŕàɱ'š ƀûîļŧ-îñ çàŧàļöĝš. À ñéŵéŕ çàŧàļöĝ çàñ àđđ îŧéɱš; ûþđàŧîñĝ àþþéñđš ŧĥéɱ ŧö ŧĥîš çýçļé'š ļîšŧ àš öñé šŧéþ ýöû çàñ ûñđö. Ṽöŧéš, àĝŕééđ ṽàļûéš àñđ ŧĥé ŕàŧîñĝš îñ ŧĥé ŧàƀļéš šŧàý àš ŧĥéý àŕé, àñđ šö đö ŧĥé ñàɱéš ýöû ĝàṽé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>CoverForm</name>
    <message>
        <source>Report title:</source>
        <translation>[Ŕéþöŕŧ ŧîŧļé:~~~~~]</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>[Þŕéþàŕéđ ƒöŕ:~~~~~]</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>[Þŕéþàŕéđ ƀý:~~~~]</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>[Çöñƒîđéñŧîàļîŧý:~~~~~~]</translation>
    </message>
    <message>
        <source>e.g. Confidential — board and CRM team only</source>
        <translation>[é.ĝ. Çöñƒîđéñŧîàļ — ƀöàŕđ àñđ ÇŔṀ ŧéàɱ öñļý~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>[Ļöĝö:~~]</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>[Ñö ļöĝö~~~]</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 2 MB; it is kept inside the document</source>
        <translation>[À ÞÑĜ öŕ ĴÞÉĜ ƒîļé öƒ àŧ ɱöšŧ 2 ṀƁ; îŧ îš ķéþŧ îñšîđé ŧĥé đöçûɱéñŧ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>[Çĥööšé &amp;ļöĝö…~~~~]</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>[Ŕéɱöṽé ļö&amp;ĝö~~~~]</translation>
    </message>
</context>
<context>
    <name>DatabaseConnectionSetup</name>
    <message>
        <source>PostgreSQL server</source>
        <translation>[ÞöšŧĝŕéŠǪĻ šéŕṽéŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>[&amp;Ĥöšŧ:~~]</translation>
    </message>
    <message>
        <source>localhost, a name or an address</source>
        <translation>[ļöçàļĥöšŧ, à ñàɱé öŕ àñ àđđŕéšš~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>[&amp;Þöŕŧ:~~]</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>[&amp;Đàŧàƀàšé:~~~]</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>[&amp;Ûšéŕ:~~]</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>[Þàšš&amp;ŵöŕđ:~~~]</translation>
    </message>
    <message>
        <source>Asked each time: never saved, not in the document.</source>
        <translation>[Àšķéđ éàçĥ ŧîɱé: ñéṽéŕ šàṽéđ, ñöŧ îñ ŧĥé đöçûɱéñŧ.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Transaction lines</source>
        <translation>[Ŧŕàñšàçŧîöñ ļîñéš~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Table or view:</source>
        <translation>[&amp;Ŧàƀļé öŕ ṽîéŵ:~~~~]</translation>
    </message>
    <message>
        <source>sales, or schema.sales</source>
        <translation>[šàļéš, öŕ šçĥéɱà.šàļéš~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>[&amp;Ǫûéŕý:~~]</translation>
    </message>
    <message>
        <source>SELECT customer_id, sold_on, amount FROM sales WHERE ...</source>
        <translation>[ŠÉĻÉÇŦ çûšŧöɱéŕ_îđ, šöļđ_öñ, àɱöûñŧ ƑŔÖṀ šàļéš ŴĤÉŔÉ ...~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>[Çöļûɱñš~~~]</translation>
    </message>
    <message>
        <source>&amp;Customer id:</source>
        <translation>[&amp;Çûšŧöɱéŕ îđ:~~~~]</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>[çöļûɱñ ñàɱé~~~~]</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>[Đ&amp;àŧé:~~]</translation>
    </message>
    <message>
        <source>a date or timestamp column</source>
        <translation>[à đàŧé öŕ ŧîɱéšŧàɱþ çöļûɱñ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>[Ļîñé ṽàļûé:~~~~]</translation>
    </message>
    <message>
        <source>One amount column</source>
        <translation>[Öñé àɱöûñŧ çöļûɱñ~~~~~~]</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>[Ǫûàñŧîŧý × ûñîŧ þŕîçé~~~~~~~]</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>[À&amp;ɱöûñŧ:~~]</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>[&amp;Ǫûàñŧîŧý:~~~]</translation>
    </message>
    <message>
        <source>optional: its sign marks returns</source>
        <translation>[öþŧîöñàļ: îŧš šîĝñ ɱàŕķš ŕéŧûŕñš~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>U&amp;nit price:</source>
        <translation>[Û&amp;ñîŧ þŕîçé:~~~~]</translation>
    </message>
    <message>
        <source>Cos&amp;t:</source>
        <translation>[Çöš&amp;ŧ:~~]</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>[öþŧîöñàļ~~~~]</translation>
    </message>
    <message>
        <source>Mar&amp;gin:</source>
        <translation>[Ṁàŕ&amp;ĝîñ:~~]</translation>
    </message>
    <message>
        <source>optional, instead of a cost</source>
        <translation>[öþŧîöñàļ, îñšŧéàđ öƒ à çöšŧ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>On a bad line:</source>
        <translation>[Öñ à ƀàđ ļîñé:~~~~]</translation>
    </message>
    <message>
        <source>S&amp;top (analyse nothing)</source>
        <translation>[Š&amp;ŧöþ (àñàļýšé ñöŧĥîñĝ)~~~~~~~]</translation>
    </message>
    <message>
        <source>S&amp;kip bad lines and count them</source>
        <translation>[Š&amp;ķîþ ƀàđ ļîñéš àñđ çöûñŧ ŧĥéɱ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document properties</source>
        <translation>[Đöçûɱéñŧ þŕöþéŕŧîéš~~~~~~~~]</translation>
    </message>
    <message>
        <source>What the report's cover says about the document. OK changes all of them in one step; Edit &gt; Undo puts them back.</source>
        <translation>[Ŵĥàŧ ŧĥé ŕéþöŕŧ'š çöṽéŕ šàýš àƀöûŧ ŧĥé đöçûɱéñŧ. ÖĶ çĥàñĝéš àļļ öƒ ŧĥéɱ îñ öñé šŧéþ; Éđîŧ &gt; Ûñđö þûŧš ŧĥéɱ ƀàçķ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Company: *</source>
        <translation>[&amp;Çöɱþàñý: *~~~]</translation>
    </message>
    <message>
        <source>The company the assessment is for (required)</source>
        <translation>[Ŧĥé çöɱþàñý ŧĥé àššéššɱéñŧ îš ƒöŕ (ŕéǫûîŕéđ)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>[&amp;Ƒàçîļîŧàŧöŕ:~~~~]</translation>
    </message>
    <message>
        <source>Who runs the workshop; shown on the report's cover</source>
        <translation>[Ŵĥö ŕûñš ŧĥé ŵöŕķšĥöþ; šĥöŵñ öñ ŧĥé ŕéþöŕŧ'š çöṽéŕ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>[&amp;Îñđûšŧŕý:~~~]</translation>
    </message>
    <message>
        <source>The company's industry in a few words, for example Regional food wholesale</source>
        <translation>[Ŧĥé çöɱþàñý'š îñđûšŧŕý îñ à ƒéŵ ŵöŕđš, ƒöŕ éẋàɱþļé Ŕéĝîöñàļ ƒööđ ŵĥöļéšàļé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>[Ç&amp;ûŕŕéñçý:~~~]</translation>
    </message>
    <message>
        <source>Every amount in the document is in this currency; pick one or type a three-letter code</source>
        <translation>[Éṽéŕý àɱöûñŧ îñ ŧĥé đöçûɱéñŧ îš îñ ŧĥîš çûŕŕéñçý; þîçķ öñé öŕ ŧýþé à ŧĥŕéé-ļéŧŧéŕ çöđé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>[Ŕéþöŕŧ &amp;ļàñĝûàĝé:~~~~~~]</translation>
    </message>
    <message>
        <source>The language the report is written in unless another is chosen when it is exported</source>
        <translation>[Ŧĥé ļàñĝûàĝé ŧĥé ŕéþöŕŧ îš ŵŕîŧŧéñ îñ ûñļéšš àñöŧĥéŕ îš çĥöšéñ ŵĥéñ îŧ îš éẋþöŕŧéđ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>ItemNotesDialog</name>
    <message>
        <source>Evidence and notes</source>
        <translation>[Éṽîđéñçé àñđ ñöŧéš~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>[&amp;Ñöŧé:~~]</translation>
    </message>
    <message>
        <source>What the room said, a figure, a quote…</source>
        <translation>[Ŵĥàŧ ŧĥé ŕööɱ šàîđ, à ƒîĝûŕé, à ǫûöŧé…~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>[&amp;Šöûŕçé:~~]</translation>
    </message>
    <message>
        <source>Where it comes from: a report, a survey, a person</source>
        <translation>[Ŵĥéŕé îŧ çöɱéš ƒŕöɱ: à ŕéþöŕŧ, à šûŕṽéý, à þéŕšöñ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>[&amp;Ƒîļé:~~]</translation>
    </message>
    <message>
        <source>Optional: path or link to a file</source>
        <translation>[Öþŧîöñàļ: þàŧĥ öŕ ļîñķ ŧö à ƒîļé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>[Ɓŕöŵšé…~~~]</translation>
    </message>
    <message>
        <source>To &amp;review</source>
        <translation>[Ŧö &amp;ŕéṽîéŵ~~~]</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>[Đéļéŧé ñöŧé~~~~]</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>[&amp;Àđđ ñöŧé~~~]</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>[Šçöþé~~]</translation>
    </message>
    <message>
        <source>Not applicable &amp;because:</source>
        <translation>[Ñöŧ àþþļîçàƀļé &amp;ƀéçàûšé:~~~~~~~~]</translation>
    </message>
    <message>
        <source>Why it does not apply (required)</source>
        <translation>[Ŵĥý îŧ đöéš ñöŧ àþþļý (ŕéǫûîŕéđ)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Applies a&amp;gain</source>
        <translation>[Àþþļîéš à&amp;ĝàîñ~~~~~]</translation>
    </message>
</context>
<context>
    <name>ModelDiagnosticsText</name>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt; (converged: %2). Log-likelihood %3 over %4 customers; gradient norm %5; %6 function evaluations, %7 starts.</source>
        <translation>[Šŧàŧûš: &lt;b&gt;%1&lt;/b&gt; (çöñṽéŕĝéđ: %2). Ļöĝ-ļîķéļîĥööđ %3 öṽéŕ %4 çûšŧöɱéŕš; ĝŕàđîéñŧ ñöŕɱ %5; %6 ƒûñçŧîöñ éṽàļûàŧîöñš, %7 šŧàŕŧš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>[ýéš~~]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[ñö~]</translation>
    </message>
    <message>
        <source>Purchase models compared</source>
        <translation>[Þûŕçĥàšé ɱöđéļš çöɱþàŕéđ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>[Ṁöđéļ~~]</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>[Ļöĝ-ļîķéļîĥööđ~~~~~~]</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>[ÀÎÇ~~]</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>[ƁÎÇ~~]</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>[Þàŕàɱéŧéŕš~~~~]</translation>
    </message>
    <message>
        <source>Holdout error per customer</source>
        <translation>[Ĥöļđöûŧ éŕŕöŕ þéŕ çûšŧöɱéŕ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>[ñö ƒîŧ~~]</translation>
    </message>
    <message>
        <source>determined</source>
        <translation>[đéŧéŕɱîñéđ~~~~]</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>[ñöŧ đéŧéŕɱîñéđ~~~~~~]</translation>
    </message>
    <message>
        <source>Total lifetime value: %1, likely between %2 and %3 given how sure the fitted parameters are.</source>
        <translation>[Ŧöŧàļ ļîƒéŧîɱé ṽàļûé: %1, ļîķéļý ƀéŧŵééñ %2 àñđ %3 ĝîṽéñ ĥöŵ šûŕé ŧĥé ƒîŧŧéđ þàŕàɱéŧéŕš àŕé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>periods of one day</source>
        <translation>[þéŕîöđš öƒ öñé đàý~~~~~~]</translation>
    </message>
    <message>
        <source>periods of one calendar month</source>
        <translation>[þéŕîöđš öƒ öñé çàļéñđàŕ ɱöñŧĥ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>periods of one week</source>
        <translation>[þéŕîöđš öƒ öñé ŵééķ~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fitted on %1 customers with a purchase (%2 repeat customers); %3, %4 periods per month.&lt;/p&gt;</source>
        <translation>[&lt;p&gt;Ƒîŧŧéđ öñ %1 çûšŧöɱéŕš ŵîŧĥ à þûŕçĥàšé (%2 ŕéþéàŧ çûšŧöɱéŕš); %3, %4 þéŕîöđš þéŕ ɱöñŧĥ.&lt;/p&gt;~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Purchases: BG/NBD</source>
        <translation>[Þûŕçĥàšéš: ƁĜ/ÑƁĐ~~~~~~]</translation>
    </message>
    <message>
        <source>r = %1, α = %2, a = %3, b = %4</source>
        <translation>[ŕ = %1, α = %2, à = %3, ƀ = %4~~]</translation>
    </message>
    <message>
        <source>Spend per purchase: Gamma-Gamma</source>
        <translation>[Šþéñđ þéŕ þûŕçĥàšé: Ĝàɱɱà-Ĝàɱɱà~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>p = %1, q = %2, v = %3</source>
        <translation>[þ = %1, ǫ = %2, ṽ = %3~~]</translation>
    </message>
    <message>
        <source>The data cannot support this model.</source>
        <translation>[Ŧĥé đàŧà çàññöŧ šûþþöŕŧ ŧĥîš ɱöđéļ.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 model: %2.&lt;/b&gt; %3</source>
        <translation>[&lt;b&gt;%1 ɱöđéļ: %2.&lt;/b&gt; %3~~]</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>[Þûŕçĥàšé~~~~]</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>[Šþéñđ~~]</translation>
    </message>
    <message>
        <source> Lifetime values are shown only where the models can give them.</source>
        <translation>[ Ļîƒéŧîɱé ṽàļûéš àŕé šĥöŵñ öñļý ŵĥéŕé ŧĥé ɱöđéļš çàñ ĝîṽé ŧĥéɱ.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>[Ñéŵ àššéššɱéñŧ~~~~~~]</translation>
    </message>
    <message>
        <source>Who the assessment is for, and where to start. Everything except the start can be changed later under File &gt; Document properties.</source>
        <translation>[Ŵĥö ŧĥé àššéššɱéñŧ îš ƒöŕ, àñđ ŵĥéŕé ŧö šŧàŕŧ. Éṽéŕýŧĥîñĝ éẋçéþŧ ŧĥé šŧàŕŧ çàñ ƀé çĥàñĝéđ ļàŧéŕ ûñđéŕ Ƒîļé &gt; Đöçûɱéñŧ þŕöþéŕŧîéš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Company: *</source>
        <translation>[&amp;Çöɱþàñý: *~~~]</translation>
    </message>
    <message>
        <source>The company the assessment is for (required)</source>
        <translation>[Ŧĥé çöɱþàñý ŧĥé àššéššɱéñŧ îš ƒöŕ (ŕéǫûîŕéđ)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>[&amp;Ƒàçîļîŧàŧöŕ:~~~~]</translation>
    </message>
    <message>
        <source>Who runs the workshop; shown on the report's cover</source>
        <translation>[Ŵĥö ŕûñš ŧĥé ŵöŕķšĥöþ; šĥöŵñ öñ ŧĥé ŕéþöŕŧ'š çöṽéŕ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>[&amp;Îñđûšŧŕý:~~~]</translation>
    </message>
    <message>
        <source>The company's industry in a few words, for example Regional food wholesale</source>
        <translation>[Ŧĥé çöɱþàñý'š îñđûšŧŕý îñ à ƒéŵ ŵöŕđš, ƒöŕ éẋàɱþļé Ŕéĝîöñàļ ƒööđ ŵĥöļéšàļé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>[Ç&amp;ûŕŕéñçý:~~~]</translation>
    </message>
    <message>
        <source>Every amount in the document is in this currency; pick one or type a three-letter code</source>
        <translation>[Éṽéŕý àɱöûñŧ îñ ŧĥé đöçûɱéñŧ îš îñ ŧĥîš çûŕŕéñçý; þîçķ öñé öŕ ŧýþé à ŧĥŕéé-ļéŧŧéŕ çöđé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>First c&amp;ycle:</source>
        <translation>[Ƒîŕšŧ ç&amp;ýçļé:~~~~]</translation>
    </message>
    <message>
        <source>The name of the first yearly cycle, usually the year</source>
        <translation>[Ŧĥé ñàɱé öƒ ŧĥé ƒîŕšŧ ýéàŕļý çýçļé, ûšûàļļý ŧĥé ýéàŕ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>[Šŧàŕŧ ƒŕöɱ~~~~]</translation>
    </message>
    <message>
        <source>A blank document, the sample workshop, or a template with the ten steps pre-filled to edit</source>
        <translation>[À ƀļàñķ đöçûɱéñŧ, ŧĥé šàɱþļé ŵöŕķšĥöþ, öŕ à ŧéɱþļàŧé ŵîŧĥ ŧĥé ŧéñ šŧéþš þŕé-ƒîļļéđ ŧö éđîŧ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>ParkingQuickAddDialog</name>
    <message>
        <source>Park a question</source>
        <translation>[Þàŕķ à ǫûéšŧîöñ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Question or idea:</source>
        <translation>[&amp;Ǫûéšŧîöñ öŕ îđéà:~~~~~~]</translation>
    </message>
    <message>
        <source>The question or idea, in the room's words</source>
        <translation>[Ŧĥé ǫûéšŧîöñ öŕ îđéà, îñ ŧĥé ŕööɱ'š ŵöŕđš~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>[&amp;Ŕàîšéđ ƀý:~~~]</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Everyone who votes: each participant becomes a column of the vote grid (Workshop ▸ Vote on this step). Enter on the last row adds the next person.</source>
        <translation>[Éṽéŕýöñé ŵĥö ṽöŧéš: éàçĥ þàŕŧîçîþàñŧ ƀéçöɱéš à çöļûɱñ öƒ ŧĥé ṽöŧé ĝŕîđ (Ŵöŕķšĥöþ ▸ Ṽöŧé öñ ŧĥîš šŧéþ). Éñŧéŕ öñ ŧĥé ļàšŧ ŕöŵ àđđš ŧĥé ñéẋŧ þéŕšöñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>[&amp;Šéļéçŧ Àļļ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>[&amp;Šŧéþ ûþ~~]</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>[Šŧéþ &amp;đöŵñ~~~]</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>[&amp;Ûñđö~~]</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>[&amp;Ŕéđö~~]</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>[Çû&amp;ŧ~]</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>[&amp;Çöþý~~]</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>[&amp;Þàšŧé~~]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Đéļéŧé~~~]</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>[Šéļéçŧ Àļļ~~~~]</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>[Šĥöŵ Đéŧàîļš...~~~~~]</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>[Ĥîđé Đéŧàîļš...~~~~~]</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Completeness</source>
        <translation>[Çöɱþļéŧéñéšš~~~~~]</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>[Öṽéŕàļļ~~~]</translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation>[Šŧéþ %1 %2~~]</translation>
    </message>
    <message>
        <source>Metric attainment (steps 6 and 8)</source>
        <translation>[Ṁéŧŕîç àŧŧàîñɱéñŧ (šŧéþš 6 àñđ 8)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Segment priority (step 6)</source>
        <translation>[Šéĝɱéñŧ þŕîöŕîŧý (šŧéþ 6)~~~~~~~~]</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>[ñö ŧîéŕ~~~]</translation>
    </message>
    <message>
        <source>Objective coverage (step 6)</source>
        <translation>[Öƀĵéçŧîṽé çöṽéŕàĝé (šŧéþ 6)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Capabilities and maturity (step 10)</source>
        <translation>[Çàþàƀîļîŧîéš àñđ ɱàŧûŕîŧý (šŧéþ 10)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Maturity index (current)</source>
        <translation>[Ṁàŧûŕîŧý îñđéẋ (çûŕŕéñŧ)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Maturity index (target)</source>
        <translation>[Ṁàŧûŕîŧý îñđéẋ (ŧàŕĝéŧ)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Building blocks (current)</source>
        <translation>[Ɓûîļđîñĝ ƀļöçķš (çûŕŕéñŧ)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Readiness areas (current)</source>
        <translation>[Ŕéàđîñéšš àŕéàš (çûŕŕéñŧ)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Alignment (steps 8 and 9)</source>
        <translation>[Àļîĝñɱéñŧ (šŧéþš 8 àñđ 9)~~~~~~~]</translation>
    </message>
    <message>
        <source>Objectives tracked by a KPI</source>
        <translation>[Öƀĵéçŧîṽéš ŧŕàçķéđ ƀý à ĶÞÎ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>KPIs serving an objective</source>
        <translation>[ĶÞÎš šéŕṽîñĝ àñ öƀĵéçŧîṽé~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Strategy-level share</source>
        <translation>[Šŧŕàŧéĝý-ļéṽéļ šĥàŕé~~~~~~~~]</translation>
    </message>
    <message>
        <source>Objective (hard data) share</source>
        <translation>[Öƀĵéçŧîṽé (ĥàŕđ đàŧà) šĥàŕé~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Outside-in share</source>
        <translation>[Öûŧšîđé-îñ šĥàŕé~~~~~~]</translation>
    </message>
    <message>
        <source>Pain priority (step 3)</source>
        <translation>[Þàîñ þŕîöŕîŧý (šŧéþ 3)~~~~~~~]</translation>
    </message>
    <message>
        <source>Top pain points addressed</source>
        <translation>[Ŧöþ þàîñ þöîñŧš àđđŕéššéđ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Importance-performance (step 5)</source>
        <translation>[Îɱþöŕŧàñçé-þéŕƒöŕɱàñçé (šŧéþ 5)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Relationship state (step 4)</source>
        <translation>[Ŕéļàŧîöñšĥîþ šŧàŧé (šŧéþ 4)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>[Þéŕçéþŧîöñ ĝàþ~~~~~~]</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>[Àššéššɱéñŧ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>[&amp;Àššéššɱéñŧ~~~~]</translation>
    </message>
    <message>
        <source>Scores, findings and recommendations of this cycle</source>
        <translation>[Šçöŕéš, ƒîñđîñĝš àñđ ŕéçöɱɱéñđàŧîöñš öƒ ŧĥîš çýçļé~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 — severity %2, step %3</source>
        <translation>[%1 — šéṽéŕîŧý %2, šŧéþ %3~~~~~]</translation>
    </message>
    <message>
        <source>%1 — because: %2 (step %3)</source>
        <translation>[%1 — ƀéçàûšé: %2 (šŧéþ %3)~~~~~]</translation>
    </message>
    <message>
        <source>Use the customer data for step 4</source>
        <translation>[Ûšé ŧĥé çûšŧöɱéŕ đàŧà ƒöŕ šŧéþ 4~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Use the customer data for step 6</source>
        <translation>[Ûšé ŧĥé çûšŧöɱéŕ đàŧà ƒöŕ šŧéþ 6~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>← Back to the steps</source>
        <translation>[← Ɓàçķ ŧö ŧĥé šŧéþš~~~~~~]</translation>
    </message>
    <message>
        <source>Step 4 now holds the customer data's shares (Ctrl+Z undoes).</source>
        <translation>[Šŧéþ 4 ñöŵ ĥöļđš ŧĥé çûšŧöɱéŕ đàŧà'š šĥàŕéš (Çŧŕļ+Ž ûñđöéš).~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Step 4 already holds these shares.</source>
        <translation>[Šŧéþ 4 àļŕéàđý ĥöļđš ŧĥéšé šĥàŕéš.~~~~~~~~ ~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of step 6 updated or added (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>[%n šéĝɱéñŧ(š) öƒ šŧéþ 6 ûþđàŧéđ öŕ àđđéđ (Çŧŕļ+Ž ûñđöéš).~~~~~~~~ ~~~~~~~~]</numerusform><numerusform>[%n šéĝɱéñŧ(š) öƒ šŧéþ 6 ûþđàŧéđ öŕ àđđéđ (Çŧŕļ+Ž ûñđöéš).~~~~~~~~ ~~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>[Çûšŧöɱéŕ đàŧà~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Customer data</source>
        <translation>[&amp;Çûšŧöɱéŕ đàŧà~~~~~]</translation>
    </message>
    <message>
        <source>What the imported transactions say: concentration, RFM, lifetime value</source>
        <translation>[Ŵĥàŧ ŧĥé îɱþöŕŧéđ ŧŕàñšàçŧîöñš šàý: çöñçéñŧŕàŧîöñ, ŔƑṀ, ļîƒéŧîɱé ṽàļûé~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Import &amp;transactions…</source>
        <translation>[Îɱþöŕŧ &amp;ŧŕàñšàçŧîöñš…~~~~~~~]</translation>
    </message>
    <message>
        <source>Add a CSV export of sales lines to this document</source>
        <translation>[Àđđ à ÇŠṼ éẋþöŕŧ öƒ šàļéš ļîñéš ŧö ŧĥîš đöçûɱéñŧ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Customer &amp;analysis settings…</source>
        <translation>[Çûšŧöɱéŕ &amp;àñàļýšîš šéŧŧîñĝš…~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Holdout check, period, horizon and discount rate of the customer analysis</source>
        <translation>[Ĥöļđöûŧ çĥéçķ, þéŕîöđ, ĥöŕîžöñ àñđ đîšçöûñŧ ŕàŧé öƒ ŧĥé çûšŧöɱéŕ àñàļýšîš~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message numerus="yes">
        <source>Draft %n action(s) from the recommendations</source>
        <translation>
            <numerusform>[Đŕàƒŧ %n àçŧîöñ(š) ƒŕöɱ ŧĥé ŕéçöɱɱéñđàŧîöñš~~~~~~~~ ~~~~~~]</numerusform><numerusform>[Đŕàƒŧ %n àçŧîöñ(š) ƒŕöɱ ŧĥé ŕéçöɱɱéñđàŧîöñš~~~~~~~~ ~~~~~~]</numerusform></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>[Ñö đöçûɱéñŧ îš öþéñ.~~~~~~~]</translation>
    </message>
    <message>
        <source>Export the action plan as</source>
        <translation>[Éẋþöŕŧ ŧĥé àçŧîöñ þļàñ àš~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, actions only (*.csv)</source>
        <translation>[Éẋçéļ ŵöŕķƀööķ (*.xlsx);;ÇŠṼ, àçŧîöñš öñļý (*.csv)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Action plan written to %1</source>
        <translation>[Àçŧîöñ þļàñ ŵŕîŧŧéñ ŧö %1~~~~~~~~]</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>[Àçŧîöñ þļàñ~~~~]</translation>
    </message>
    <message>
        <source>Report content</source>
        <translation>[Ŕéþöŕŧ çöñŧéñŧ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>[&amp;Àçŧîöñ þļàñ~~~~]</translation>
    </message>
    <message>
        <source>Who does what by when: the actions of this cycle</source>
        <translation>[Ŵĥö đöéš ŵĥàŧ ƀý ŵĥéñ: ŧĥé àçŧîöñš öƒ ŧĥîš çýçļé~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Report &amp;content</source>
        <translation>[Ŕéþöŕŧ &amp;çöñŧéñŧ~~~~~]</translation>
    </message>
    <message>
        <source>Your words for the report's sections, its cover and the sign-off</source>
        <translation>[Ýöûŕ ŵöŕđš ƒöŕ ŧĥé ŕéþöŕŧ'š šéçŧîöñš, îŧš çöṽéŕ àñđ ŧĥé šîĝñ-öƒƒ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Export Action &amp;Plan...</source>
        <translation>[Éẋþöŕŧ Àçŧîöñ &amp;Þļàñ...~~~~~~]</translation>
    </message>
    <message>
        <source>The action plan as a spreadsheet (.xlsx) or the actions as CSV</source>
        <translation>[Ŧĥé àçŧîöñ þļàñ àš à šþŕéàđšĥééŧ (.ẋļšẋ) öŕ ŧĥé àçŧîöñš àš ÇŠṼ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Cannot export the action plan: %1</source>
        <translation>[Çàññöŧ éẋþöŕŧ ŧĥé àçŧîöñ þļàñ: %1~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>[Đöçûɱéñŧ &amp;þŕöþéŕŧîéš…~~~~~~~]</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>[Ṽéŕšîöñ %1~~~]</translation>
    </message>
    <message>
        <source>The ten steps of a CRM strategy, for a workshop: one file per company, a report for the executives, a new cycle every year.</source>
        <translation>[Ŧĥé ŧéñ šŧéþš öƒ à ÇŔṀ šŧŕàŧéĝý, ƒöŕ à ŵöŕķšĥöþ: öñé ƒîļé þéŕ çöɱþàñý, à ŕéþöŕŧ ƒöŕ ŧĥé éẋéçûŧîṽéš, à ñéŵ çýçļé éṽéŕý ýéàŕ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>[Ļîçéñçé: ṀÎŦ~~~~]</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>[Ļîƀŕàŕîéš~~~~]</translation>
    </message>
    <message>
        <source>The workbench is built on these libraries, each under its own licence:</source>
        <translation>[Ŧĥé ŵöŕķƀéñçĥ îš ƀûîļŧ öñ ŧĥéšé ļîƀŕàŕîéš, éàçĥ ûñđéŕ îŧš öŵñ ļîçéñçé:~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>[Ļîƀŕàŕý~~~]</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>[Ûšéđ ƒöŕ~~~]</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>[Ļîçéñçé~~~]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Ĥéļþ~~]</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>[&amp;Ûšéŕ ĝûîđé~~~~]</translation>
    </message>
    <message>
        <source>How to prepare, run and follow up a workshop</source>
        <translation>[Ĥöŵ ŧö þŕéþàŕé, ŕûñ àñđ ƒöļļöŵ ûþ à ŵöŕķšĥöþ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>[&amp;Ķéýƀöàŕđ šĥöŕŧçûŧš~~~~~~~]</translation>
    </message>
    <message>
        <source>Every key of the window's menus and pages</source>
        <translation>[Éṽéŕý ķéý öƒ ŧĥé ŵîñđöŵ'š ɱéñûš àñđ þàĝéš~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;About CRM Strategy Workbench</source>
        <translation>[&amp;Àƀöûŧ ÇŔṀ Šŧŕàŧéĝý Ŵöŕķƀéñçĥ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source> or </source>
        <translation>[ öŕ ~]</translation>
    </message>
    <message>
        <source>Pages and panels</source>
        <translation>[Þàĝéš àñđ þàñéļš~~~~~~]</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>[Éẋþöŕŧ &amp;Ŕéþöŕŧ…~~~~~]</translation>
    </message>
    <message>
        <source>The strategy report of a cycle, to print, edit or share</source>
        <translation>[Ŧĥé šŧŕàŧéĝý ŕéþöŕŧ öƒ à çýçļé, ŧö þŕîñŧ, éđîŧ öŕ šĥàŕé~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>✔ better</source>
        <translation>[✔ ƀéŧŧéŕ~~~]</translation>
    </message>
    <message>
        <source>✘ worse</source>
        <translation>[✘ ŵöŕšé~~]</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>[= ûñçĥàñĝéđ~~~~]</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>[ñöŧ çöɱþàŕàƀļé~~~~~~]</translation>
    </message>
    <message>
        <source>✔ hit</source>
        <translation>[✔ ĥîŧ~~]</translation>
    </message>
    <message>
        <source>✘ missed</source>
        <translation>[✘ ɱîššéđ~~~]</translation>
    </message>
    <message>
        <source>no actual recorded</source>
        <translation>[ñö àçŧûàļ ŕéçöŕđéđ~~~~~~~]</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>[ñöŧ ýéŧ đûé~~~~]</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>[Ŕéļàŧîöñšĥîþ~~~~~]</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>[ĶÞÎ~~]</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>[Ṁéŧŕîç~~~]</translation>
    </message>
    <message>
        <source>Monitoring KPI (step 8): its current value, else its baseline</source>
        <translation>[Ṁöñîŧöŕîñĝ ĶÞÎ (šŧéþ 8): îŧš çûŕŕéñŧ ṽàļûé, éļšé îŧš ƀàšéļîñé~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Current metric (step 2): its baseline</source>
        <translation>[Çûŕŕéñŧ ɱéŧŕîç (šŧéþ 2): îŧš ƀàšéļîñé~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>A cycle needs a name, for example the year.</source>
        <translation>[À çýçļé ñééđš à ñàɱé, ƒöŕ éẋàɱþļé ŧĥé ýéàŕ.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>There is already a cycle named “%1”.</source>
        <translation>[Ŧĥéŕé îš àļŕéàđý à çýçļé ñàɱéđ “%1”.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>[%1 (ñéẋŧ)~~]</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 and %5 (%6 in all)</source>
        <translation>[%1, %2, %3, %4 àñđ %5 (%6 îñ àļļ)~~~~]</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>[öƀĵéçŧîṽé~~~~]</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>[öƀĵéçŧîṽéš~~~~]</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>[ĶÞÎš~~]</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>[ɱîļéšŧöñé~~~~]</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>[ɱîļéšŧöñéš~~~~]</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>[šéĝɱéñŧ~~~]</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>[šéĝɱéñŧš~~~~]</translation>
    </message>
    <message>
        <source>other item</source>
        <translation>[öŧĥéŕ îŧéɱ~~~~]</translation>
    </message>
    <message>
        <source>other items</source>
        <translation>[öŧĥéŕ îŧéɱš~~~~]</translation>
    </message>
    <message>
        <source>All</source>
        <translation>[Àļļ~~]</translation>
    </message>
    <message>
        <source>No agenda written: the calendar gets this one.

%1</source>
        <translation>[Ñö àĝéñđà ŵŕîŧŧéñ: ŧĥé çàļéñđàŕ ĝéŧš ŧĥîš öñé.

%1~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Vote from &amp;phones…</source>
        <translation>[Ṽöŧé ƒŕöɱ &amp;þĥöñéš…~~~~~~]</translation>
    </message>
    <message>
        <source>Everyone rates this step at once from their own phone</source>
        <translation>[Éṽéŕýöñé ŕàŧéš ŧĥîš šŧéþ àŧ öñçé ƒŕöɱ ŧĥéîŕ öŵñ þĥöñé~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be read.</source>
        <translation>[Ŧĥé çàŧàļöĝ %1 çàññöŧ ƀé ŕéàđ.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>%1: %2 at byte %3</source>
        <translation>[%1: %2 àŧ ƀýŧé %3~~~]</translation>
    </message>
    <message>
        <source>%1: "version" must be a whole number of 1 or more</source>
        <translation>[%1: "ṽéŕšîöñ" ɱûšŧ ƀé à ŵĥöļé ñûɱƀéŕ öƒ 1 öŕ ɱöŕé~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Add %1 '%2' from the catalog</source>
        <translation>[Àđđ %1 '%2' ƒŕöɱ ŧĥé çàŧàļöĝ~~~~~~~]</translation>
    </message>
    <message>
        <source>Add %1 items from the catalog</source>
        <translation>[Àđđ %1 îŧéɱš ƒŕöɱ ŧĥé çàŧàļöĝ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>due %1, after its objective's target date %2</source>
        <translation>[đûé %1, àƒŧéŕ îŧš öƀĵéçŧîṽé'š ŧàŕĝéŧ đàŧé %2~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>target date %1 is before the baseline date %2</source>
        <translation>[ŧàŕĝéŧ đàŧé %1 îš ƀéƒöŕé ŧĥé ƀàšéļîñé đàŧé %2~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>measured %1, before the baseline date %2</source>
        <translation>[ɱéàšûŕéđ %1, ƀéƒöŕé ŧĥé ƀàšéļîñé đàŧé %2~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>a milestone is due %1, after this target date %2</source>
        <translation>[à ɱîļéšŧöñé îš đûé %1, àƒŧéŕ ŧĥîš ŧàŕĝéŧ đàŧé %2~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>[Öþéñ ŧĥé šàɱþļé ŵöŕķšĥöþ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>You have opened the sample workshop before; the changes made to it are kept in %1.

Start again from the sample as shipped, or go on with that copy?</source>
        <translation>[Ýöû ĥàṽé öþéñéđ ŧĥé šàɱþļé ŵöŕķšĥöþ ƀéƒöŕé; ŧĥé çĥàñĝéš ɱàđé ŧö îŧ àŕé ķéþŧ îñ %1.

Šŧàŕŧ àĝàîñ ƒŕöɱ ŧĥé šàɱþļé àš šĥîþþéđ, öŕ ĝö öñ ŵîŧĥ ŧĥàŧ çöþý?~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>[&amp;Šŧàŕŧ àĝàîñ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Go on with my copy</source>
        <translation>[&amp;Ĝö öñ ŵîŧĥ ɱý çöþý~~~~~~]</translation>
    </message>
    <message>
        <source>The sample workshop is not installed (%1 is missing).</source>
        <translation>[Ŧĥé šàɱþļé ŵöŕķšĥöþ îš ñöŧ îñšŧàļļéđ (%1 îš ɱîššîñĝ).~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the sample workshop.</source>
        <translation>[Ŧĥé ƒöļđéŕ %1 çàññöŧ ƀé çŕéàŧéđ ƒöŕ ŧĥé šàɱþļé ŵöŕķšĥöþ.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 — not found
%2</source>
        <translation>[%1 — ñöŧ ƒöûñđ
%2~~~~]</translation>
    </message>
    <message>
        <source>%1
The file is not there any more: it may have been moved, renamed or deleted, or its drive is not connected.</source>
        <translation>[%1
Ŧĥé ƒîļé îš ñöŧ ŧĥéŕé àñý ɱöŕé: îŧ ɱàý ĥàṽé ƀééñ ɱöṽéđ, ŕéñàɱéđ öŕ đéļéŧéđ, öŕ îŧš đŕîṽé îš ñöŧ çöññéçŧéđ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>[ÖĶ~]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>[Šàṽé~~]</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>[Šàṽé Àļļ~~~]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Öþéñ~~]</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>[&amp;Ýéš~]</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>[Ýéš ŧö &amp;Àļļ~~~]</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>[&amp;Ñö~]</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>[Ñ&amp;ö ŧö Àļļ~~~]</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>[Àƀöŕŧ~~]</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>[Ŕéŧŕý~~]</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>[Îĝñöŕé~~~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çļöšé~~]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Çàñçéļ~~~]</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>[Đîšçàŕđ~~~]</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>[Ĥéļþ~~]</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>[Àþþļý~~]</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>[Ŕéšéŧ~~]</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>[Ŕéšŧöŕé Đéƒàûļŧš~~~~~~]</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>[&amp;Ûñđö~~]</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>[&amp;Ŕéđö~~]</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>[Çû&amp;ŧ~]</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>[&amp;Çöþý~~]</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>[Çöþý &amp;Ļîñķ Ļöçàŧîöñ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>[&amp;Þàšŧé~~]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Đéļéŧé~~~]</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>[Šéļéçŧ Àļļ~~~~]</translation>
    </message>
</context>
<context>
    <name>RenameCycleDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>[&amp;Ñàɱé:~~]</translation>
    </message>
</context>
<context>
    <name>ReportExportSetup</name>
    <message>
        <source>&amp;Contents:</source>
        <translation>[&amp;Çöñŧéñŧš:~~~]</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>[&amp;Ļàñĝûàĝé:~~~]</translation>
    </message>
    <message>
        <source>The language the report is written in; the document's language unless chosen here</source>
        <translation>[Ŧĥé ļàñĝûàĝé ŧĥé ŕéþöŕŧ îš ŵŕîŧŧéñ îñ; ŧĥé đöçûɱéñŧ'š ļàñĝûàĝé ûñļéšš çĥöšéñ ĥéŕé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>[&amp;Ƒöŕɱàŧ:~~]</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>[&amp;Þàþéŕ šîžé:~~~~]</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>[Ç&amp;ýçļé:~~]</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>[&amp;Šàṽé àš:~~]</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>[&amp;Ɓŕöŵšé…~~]</translation>
    </message>
    <message>
        <source>Sections of the full report (kept with the document for next year)</source>
        <translation>[Šéçŧîöñš öƒ ŧĥé ƒûļļ ŕéþöŕŧ (ķéþŧ ŵîŧĥ ŧĥé đöçûɱéñŧ ƒöŕ ñéẋŧ ýéàŕ)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SegmentFiguresDialog</name>
    <message>
        <source>Use the customer data for step 6</source>
        <translation>[Ûšé ŧĥé çûšŧöɱéŕ đàŧà ƒöŕ šŧéþ 6~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Choose where each group of customers goes. An existing segment keeps its name, description, growth and fit; its customers, revenue, margin and value per customer are replaced. One Ctrl+Z undoes it all.</source>
        <translation>[Çĥööšé ŵĥéŕé éàçĥ ĝŕöûþ öƒ çûšŧöɱéŕš ĝöéš. Àñ éẋîšŧîñĝ šéĝɱéñŧ ķééþš îŧš ñàɱé, đéšçŕîþŧîöñ, ĝŕöŵŧĥ àñđ ƒîŧ; îŧš çûšŧöɱéŕš, ŕéṽéñûé, ɱàŕĝîñ àñđ ṽàļûé þéŕ çûšŧöɱéŕ àŕé ŕéþļàçéđ. Öñé Çŧŕļ+Ž ûñđöéš îŧ àļļ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>[Ƒŕöɱ ŧĥé đàŧà~~~~~]</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>[Çûšŧöɱéŕš~~~~]</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>[Ŕéṽéñûé~~~]</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>[Ṁàŕĝîñ~~~]</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>[Ṽàļûé þéŕ çûšŧöɱéŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>[Ĝöéš ŧö~~~]</translation>
    </message>
</context>
<context>
    <name>StartCycleDialog</name>
    <message>
        <source>Start a new cycle</source>
        <translation>[Šŧàŕŧ à ñéŵ çýçļé~~~~~~]</translation>
    </message>
    <message>
        <source>The new cycle starts as a copy of an earlier one: every step, with each item linked to the one it was copied from, so the two cycles can be compared. It becomes the cycle in use.</source>
        <translation>[Ŧĥé ñéŵ çýçļé šŧàŕŧš àš à çöþý öƒ àñ éàŕļîéŕ öñé: éṽéŕý šŧéþ, ŵîŧĥ éàçĥ îŧéɱ ļîñķéđ ŧö ŧĥé öñé îŧ ŵàš çöþîéđ ƒŕöɱ, šö ŧĥé ŧŵö çýçļéš çàñ ƀé çöɱþàŕéđ. Îŧ ƀéçöɱéš ŧĥé çýçļé îñ ûšé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>[&amp;Ñàɱé:~~]</translation>
    </message>
    <message>
        <source>&amp;Assessment date:</source>
        <translation>[&amp;Àššéššɱéñŧ đàŧé:~~~~~~]</translation>
    </message>
    <message>
        <source>The day of the reset: milestones due by then count as hit or missed.</source>
        <translation>[Ŧĥé đàý öƒ ŧĥé ŕéšéŧ: ɱîļéšŧöñéš đûé ƀý ŧĥéñ çöûñŧ àš ĥîŧ öŕ ɱîššéđ.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Copy from:</source>
        <translation>[&amp;Çöþý ƒŕöɱ:~~~]</translation>
    </message>
</context>
<context>
    <name>TransactionImportSetup</name>
    <message>
        <source>File:</source>
        <translation>[Ƒîļé:~~]</translation>
    </message>
    <message>
        <source>A CSV export of transaction lines</source>
        <translation>[À ÇŠṼ éẋþöŕŧ öƒ ŧŕàñšàçŧîöñ ļîñéš~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>[&amp;Ɓŕöŵšé…~~]</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>[Ļàýöûŧ~~~]</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>[&amp;Đéļîɱîŧéŕ:~~~~]</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>[Ƒîŕšŧ ŕöŵ îš à &amp;ĥéàđéŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>Decimal &amp;comma (12,50)</source>
        <translation>[Đéçîɱàļ &amp;çöɱɱà (12,50)~~~~~]</translation>
    </message>
    <message>
        <source>On a bad line:</source>
        <translation>[Öñ à ƀàđ ļîñé:~~~~]</translation>
    </message>
    <message>
        <source>S&amp;top at the first bad line (import nothing)</source>
        <translation>[Š&amp;ŧöþ àŧ ŧĥé ƒîŕšŧ ƀàđ ļîñé (îɱþöŕŧ ñöŧĥîñĝ)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>S&amp;kip bad lines and list them</source>
        <translation>[Š&amp;ķîþ ƀàđ ļîñéš àñđ ļîšŧ ŧĥéɱ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>[Çöļûɱñš~~~]</translation>
    </message>
</context>
<context>
    <name>VoteAgreeDialog</name>
    <message>
        <source>Agree on a value</source>
        <translation>[Àĝŕéé öñ à ṽàļûé~~~~~~]</translation>
    </message>
    <message>
        <source>Agreed &amp;value (1–5):</source>
        <translation>[Àĝŕééđ &amp;ṽàļûé (1–5):~~~~]</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>[&amp;Ŵĥý:~]</translation>
    </message>
    <message>
        <source>Why the room settled on this value (required)</source>
        <translation>[Ŵĥý ŧĥé ŕööɱ šéŧŧļéđ öñ ŧĥîš ṽàļûé (ŕéǫûîŕéđ)~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>CRM Strategy Workbench</source>
        <translation>[ÇŔṀ Šŧŕàŧéĝý Ŵöŕķƀéñçĥ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Walk a workshop through the ten steps of a CRM strategy, see how the answers score, and write the report executives read.</source>
        <translation>[Ŵàļķ à ŵöŕķšĥöþ ŧĥŕöûĝĥ ŧĥé ŧéñ šŧéþš öƒ à ÇŔṀ šŧŕàŧéĝý, šéé ĥöŵ ŧĥé àñšŵéŕš šçöŕé, àñđ ŵŕîŧé ŧĥé ŕéþöŕŧ éẋéçûŧîṽéš ŕéàđ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>[&amp;Ñéŵ…~]</translation>
    </message>
    <message>
        <source>Start a new assessment in a new document (Ctrl+N)</source>
        <translation>[Šŧàŕŧ à ñéŵ àššéššɱéñŧ îñ à ñéŵ đöçûɱéñŧ (Çŧŕļ+Ñ)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>[&amp;Öþéñ…~~]</translation>
    </message>
    <message>
        <source>Open a document from a folder (Ctrl+O)</source>
        <translation>[Öþéñ à đöçûɱéñŧ ƒŕöɱ à ƒöļđéŕ (Çŧŕļ+Ö)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Open the &amp;sample workshop</source>
        <translation>[Öþéñ ŧĥé &amp;šàɱþļé ŵöŕķšĥöþ~~~~~~~~]</translation>
    </message>
    <message>
        <source>A finished example: Quillmere Office Supply, two cycles, to try every step on</source>
        <translation>[À ƒîñîšĥéđ éẋàɱþļé: Ǫûîļļɱéŕé Öƒƒîçé Šûþþļý, ŧŵö çýçļéš, ŧö ŧŕý éṽéŕý šŧéþ öñ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Recent &amp;documents:</source>
        <translation>[Ŕéçéñŧ &amp;đöçûɱéñŧš:~~~~~~]</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the document; Delete takes it off the list</source>
        <translation>[Éñŧéŕ öŕ à đöûƀļé-çļîçķ öþéñš ŧĥé đöçûɱéñŧ; Đéļéŧé ŧàķéš îŧ öƒƒ ŧĥé ļîšŧ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Open se&amp;lected</source>
        <translation>[Öþéñ šé&amp;ļéçŧéđ~~~~~]</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>[Ŕé&amp;ɱöṽé ƒŕöɱ ŧĥé ļîšŧ~~~~~~~]</translation>
    </message>
    <message>
        <source>Takes the document off this list and File ▸ Open Recent; the file itself stays (Delete)</source>
        <translation>[Ŧàķéš ŧĥé đöçûɱéñŧ öƒƒ ŧĥîš ļîšŧ àñđ Ƒîļé ▸ Öþéñ Ŕéçéñŧ; ŧĥé ƒîļé îŧšéļƒ šŧàýš (Đéļéŧé)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>You can also drop a .crmw document on the window to open it.</source>
        <translation>[Ýöû çàñ àļšö đŕöþ à .çŕɱŵ đöçûɱéñŧ öñ ŧĥé ŵîñđöŵ ŧö öþéñ îŧ.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui</name>
    <message>
        <source>“%1” is not a currency code: type three letters, such as EUR or USD.</source>
        <translation>[“%1” îš ñöŧ à çûŕŕéñçý çöđé: ŧýþé ŧĥŕéé ļéŧŧéŕš, šûçĥ àš ÉÛŔ öŕ ÛŠĐ.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>[%1 çàññöŧ ƀé ŕéàđ~~~~~]</translation>
    </message>
    <message>
        <source>A blank document</source>
        <translation>[À ƀļàñķ đöçûɱéñŧ~~~~~~]</translation>
    </message>
    <message>
        <source>Ten empty steps to fill in; the capability list comes from the catalog.</source>
        <translation>[Ŧéñ éɱþŧý šŧéþš ŧö ƒîļļ îñ; ŧĥé çàþàƀîļîŧý ļîšŧ çöɱéš ƒŕöɱ ŧĥé çàŧàļöĝ.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>The sample workshop</source>
        <translation>[Ŧĥé šàɱþļé ŵöŕķšĥöþ~~~~~~~]</translation>
    </message>
    <message>
        <source>Quillmere Office Supply, two yearly cycles with every step filled in: to look around or practise. Its company details are replaced by yours.</source>
        <translation>[Ǫûîļļɱéŕé Öƒƒîçé Šûþþļý, ŧŵö ýéàŕļý çýçļéš ŵîŧĥ éṽéŕý šŧéþ ƒîļļéđ îñ: ŧö ļööķ àŕöûñđ öŕ þŕàçŧîšé. Îŧš çöɱþàñý đéŧàîļš àŕé ŕéþļàçéđ ƀý ýöûŕš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Template: B2B distributor</source>
        <translation>[Ŧéɱþļàŧé: Ɓ2Ɓ đîšŧŕîƀûŧöŕ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Wholesale to business customers on contracts: key accounts, re-order rates, delivery reliability and share of wallet.</source>
        <translation>[Ŵĥöļéšàļé ŧö ƀûšîñéšš çûšŧöɱéŕš öñ çöñŧŕàçŧš: ķéý àççöûñŧš, ŕé-öŕđéŕ ŕàŧéš, đéļîṽéŕý ŕéļîàƀîļîŧý àñđ šĥàŕé öƒ ŵàļļéŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Template: retailer</source>
        <translation>[Ŧéɱþļàŧé: ŕéŧàîļéŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>Shops and a web shop selling to consumers: loyalty members, basket size, visit frequency and repeat purchase.</source>
        <translation>[Šĥöþš àñđ à ŵéƀ šĥöþ šéļļîñĝ ŧö çöñšûɱéŕš: ļöýàļŧý ɱéɱƀéŕš, ƀàšķéŧ šîžé, ṽîšîŧ ƒŕéǫûéñçý àñđ ŕéþéàŧ þûŕçĥàšé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Template: subscription business</source>
        <translation>[Ŧéɱþļàŧé: šûƀšçŕîþŧîöñ ƀûšîñéšš~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Recurring plans billed monthly or yearly: churn, recurring revenue, onboarding and upgrades.</source>
        <translation>[Ŕéçûŕŕîñĝ þļàñš ƀîļļéđ ɱöñŧĥļý öŕ ýéàŕļý: çĥûŕñ, ŕéçûŕŕîñĝ ŕéṽéñûé, öñƀöàŕđîñĝ àñđ ûþĝŕàđéš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Change analysis settings</source>
        <translation>[Çĥàñĝé àñàļýšîš šéŧŧîñĝš~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Start cycle %1 from %2</source>
        <translation>[Šŧàŕŧ çýçļé %1 ƒŕöɱ %2~~~~~~]</translation>
    </message>
    <message>
        <source>Rename cycle %1 to %2</source>
        <translation>[Ŕéñàɱé çýçļé %1 ŧö %2~~~~~~]</translation>
    </message>
    <message>
        <source>the cycle %1 is gone; you are back in %2</source>
        <translation>[ŧĥé çýçļé %1 îš ĝöñé; ýöû àŕé ƀàçķ îñ %2~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>the cycle %1 is back and in use</source>
        <translation>[ŧĥé çýçļé %1 îš ƀàçķ àñđ îñ ûšé~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Delete cycle %1</source>
        <translation>[Đéļéŧé çýçļé %1~~~~~]</translation>
    </message>
    <message>
        <source>the cycle %1 is back with everything in it; you are in %2</source>
        <translation>[ŧĥé çýçļé %1 îš ƀàçķ ŵîŧĥ éṽéŕýŧĥîñĝ îñ îŧ; ýöû àŕé îñ %2~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>the cycle %1 is gone again; you are in %2</source>
        <translation>[ŧĥé çýçļé %1 îš ĝöñé àĝàîñ; ýöû àŕé îñ %2~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Edit %1 %2 in cycle %3</source>
        <translation>[Éđîŧ %1 %2 îñ çýçļé %3~~~~~]</translation>
    </message>
    <message>
        <source>company</source>
        <translation>[çöɱþàñý~~~]</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>[ƒàçîļîŧàŧöŕ~~~~~]</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>[îñđûšŧŕý~~~~]</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>[çûŕŕéñçý~~~~]</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>[ŕéþöŕŧ ļàñĝûàĝé~~~~~~]</translation>
    </message>
    <message>
        <source>Change document properties</source>
        <translation>[Çĥàñĝé đöçûɱéñŧ þŕöþéŕŧîéš~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Change document properties (%1)</source>
        <translation>[Çĥàñĝé đöçûɱéñŧ þŕöþéŕŧîéš (%1)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>[Éđîŧ %1 %2~~]</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>[Àđđ %1~~]</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>[Đéļéŧé %1~~~]</translation>
    </message>
    <message>
        <source>Delete %1 '%2'</source>
        <translation>[Đéļéŧé %1 '%2'~~~]</translation>
    </message>
    <message>
        <source>Move %1 '%2' %3</source>
        <translation>[Ṁöṽé %1 '%2' %3~~]</translation>
    </message>
    <message>
        <source>up</source>
        <translation>[ûþ~]</translation>
    </message>
    <message>
        <source>down</source>
        <translation>[đöŵñ~~]</translation>
    </message>
    <message>
        <source>Choose the report's sections</source>
        <translation>[Çĥööšé ŧĥé ŕéþöŕŧ'š šéçŧîöñš~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>item</source>
        <translation>[îŧéɱ~~]</translation>
    </message>
    <message>
        <source>the %1 it added are gone</source>
        <translation>[ŧĥé %1 îŧ àđđéđ àŕé ĝöñé~~~~~~~]</translation>
    </message>
    <message>
        <source>the %1 are back</source>
        <translation>[ŧĥé %1 àŕé ƀàçķ~~~~]</translation>
    </message>
    <message>
        <source>the %1 it removed are back</source>
        <translation>[ŧĥé %1 îŧ ŕéɱöṽéđ àŕé ƀàçķ~~~~~~~~]</translation>
    </message>
    <message>
        <source>the %1 are removed again</source>
        <translation>[ŧĥé %1 àŕé ŕéɱöṽéđ àĝàîñ~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 other change taken back</source>
        <translation>[1 öŧĥéŕ çĥàñĝé ŧàķéñ ƀàçķ~~~~~~~~]</translation>
    </message>
    <message>
        <source>1 other change made again</source>
        <translation>[1 öŧĥéŕ çĥàñĝé ɱàđé àĝàîñ~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 other changes taken back</source>
        <translation>[%1 öŧĥéŕ çĥàñĝéš ŧàķéñ ƀàçķ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>%1 other changes made again</source>
        <translation>[%1 öŧĥéŕ çĥàñĝéš ɱàđé àĝàîñ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>[Ûñđöñé: %1~~~]</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>[Ŕéđöñé: %1~~~]</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>[%1 — %2~]</translation>
    </message>
    <message>
        <source>Vote %1: %2</source>
        <translation>[Ṽöŧé %1: %2~~]</translation>
    </message>
    <message>
        <source>Remove the vote of %1 on %2</source>
        <translation>[Ŕéɱöṽé ŧĥé ṽöŧé öƒ %1 öñ %2~~~~~~~]</translation>
    </message>
    <message>
        <source>Vote %1 by %2 on %3</source>
        <translation>[Ṽöŧé %1 ƀý %2 öñ %3~~~~]</translation>
    </message>
    <message>
        <source>Clear the agreed value of %1</source>
        <translation>[Çļéàŕ ŧĥé àĝŕééđ ṽàļûé öƒ %1~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Agreed value %1: %2</source>
        <translation>[Àĝŕééđ ṽàļûé %1: %2~~~~~]</translation>
    </message>
    <message>
        <source>Say why the room agreed on %1 for %2.</source>
        <translation>[Šàý ŵĥý ŧĥé ŕööɱ àĝŕééđ öñ %1 ƒöŕ %2.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Agree %1 on %2</source>
        <translation>[Àĝŕéé %1 öñ %2~~~]</translation>
    </message>
    <message>
        <source>Say why %1 does not apply.</source>
        <translation>[Šàý ŵĥý %1 đöéš ñöŧ àþþļý.~~~~~~~~]</translation>
    </message>
    <message>
        <source>Change why %1 does not apply</source>
        <translation>[Çĥàñĝé ŵĥý %1 đöéš ñöŧ àþþļý~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Mark %1 not applicable</source>
        <translation>[Ṁàŕķ %1 ñöŧ àþþļîçàƀļé~~~~~~~]</translation>
    </message>
    <message>
        <source>Mark %1 applicable again</source>
        <translation>[Ṁàŕķ %1 àþþļîçàƀļé àĝàîñ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Write a note, a source or a file before adding it.</source>
        <translation>[Ŵŕîŧé à ñöŧé, à šöûŕçé öŕ à ƒîļé ƀéƒöŕé àđđîñĝ îŧ.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>[Àđđ à ñöŧé ŧö %1~~~~]</translation>
    </message>
    <message>
        <source>Write the question or idea before parking it.</source>
        <translation>[Ŵŕîŧé ŧĥé ǫûéšŧîöñ öŕ îđéà ƀéƒöŕé þàŕķîñĝ îŧ.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Park "%1"</source>
        <translation>[Þàŕķ "%1"~~]</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>[(ñöŧ ŕàŧéđ)~~~~]</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>[Ɓûšîñéšš šŧŕàŧéĝý~~~~~~~]</translation>
    </message>
    <message>
        <source>Current metrics</source>
        <translation>[Çûŕŕéñŧ ɱéŧŕîçš~~~~~~]</translation>
    </message>
    <message>
        <source>Customer pain</source>
        <translation>[Çûšŧöɱéŕ þàîñ~~~~~]</translation>
    </message>
    <message>
        <source>Relationship state</source>
        <translation>[Ŕéļàŧîöñšĥîþ šŧàŧé~~~~~~~]</translation>
    </message>
    <message>
        <source>What matters to customers</source>
        <translation>[Ŵĥàŧ ɱàŧŧéŕš ŧö çûšŧöɱéŕš~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Segments &amp; objectives</source>
        <translation>[Šéĝɱéñŧš &amp; öƀĵéçŧîṽéš~~~~~~~~]</translation>
    </message>
    <message>
        <source>Segment treatment</source>
        <translation>[Šéĝɱéñŧ ŧŕéàŧɱéñŧ~~~~~~~]</translation>
    </message>
    <message>
        <source>Monitoring metrics</source>
        <translation>[Ṁöñîŧöŕîñĝ ɱéŧŕîçš~~~~~~~]</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>[Àļîĝñɱéñŧ~~~~]</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>[Çàþàƀîļîŧîéš~~~~~]</translation>
    </message>
    <message>
        <source>Where the company is heading and how it makes money.</source>
        <translation>[Ŵĥéŕé ŧĥé çöɱþàñý îš ĥéàđîñĝ àñđ ĥöŵ îŧ ɱàķéš ɱöñéý.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>How sales, service and marketing are measured today.</source>
        <translation>[Ĥöŵ šàļéš, šéŕṽîçé àñđ ɱàŕķéŧîñĝ àŕé ɱéàšûŕéđ ŧöđàý.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Where customers, partners and frontline staff say it hurts.</source>
        <translation>[Ŵĥéŕé çûšŧöɱéŕš, þàŕŧñéŕš àñđ ƒŕöñŧļîñé šŧàƒƒ šàý îŧ ĥûŕŧš.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Satisfaction, loyalty and how our view compares with the customers'.</source>
        <translation>[Šàŧîšƒàçŧîöñ, ļöýàļŧý àñđ ĥöŵ öûŕ ṽîéŵ çöɱþàŕéš ŵîŧĥ ŧĥé çûšŧöɱéŕš'.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Attributes customers value, rated for importance and performance.</source>
        <translation>[Àŧŧŕîƀûŧéš çûšŧöɱéŕš ṽàļûé, ŕàŧéđ ƒöŕ îɱþöŕŧàñçé àñđ þéŕƒöŕɱàñçé.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Customer segments and the measurable objectives set for each.</source>
        <translation>[Çûšŧöɱéŕ šéĝɱéñŧš àñđ ŧĥé ɱéàšûŕàƀļé öƀĵéçŧîṽéš šéŧ ƒöŕ éàçĥ.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>How products, pricing, communications and service differ per segment.</source>
        <translation>[Ĥöŵ þŕöđûçŧš, þŕîçîñĝ, çöɱɱûñîçàŧîöñš àñđ šéŕṽîçé đîƒƒéŕ þéŕ šéĝɱéñŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The KPIs that will track execution, with targets and owners.</source>
        <translation>[Ŧĥé ĶÞÎš ŧĥàŧ ŵîļļ ŧŕàçķ éẋéçûŧîöñ, ŵîŧĥ ŧàŕĝéŧš àñđ öŵñéŕš.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Which KPI serves which corporate objective; gaps are highlighted.</source>
        <translation>[Ŵĥîçĥ ĶÞÎ šéŕṽéš ŵĥîçĥ çöŕþöŕàŧé öƀĵéçŧîṽé; ĝàþš àŕé ĥîĝĥļîĝĥŧéđ.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Maturity today and target, resources, learning methods and plans.</source>
        <translation>[Ṁàŧûŕîŧý ŧöđàý àñđ ŧàŕĝéŧ, ŕéšöûŕçéš, ļéàŕñîñĝ ɱéŧĥöđš àñđ þļàñš.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>[%1 · %2~]</translation>
    </message>
    <message>
        <source>11 · Annual reset</source>
        <translation>[11 · Àññûàļ ŕéšéŧ~~~~~]</translation>
    </message>
    <message>
        <source>Workshop over by %1</source>
        <translation>[Ŵöŕķšĥöþ öṽéŕ ƀý %1~~~~~~]</translation>
    </message>
    <message>
        <source>Workshop: %1 left</source>
        <translation>[Ŵöŕķšĥöþ: %1 ļéƒŧ~~~~~]</translation>
    </message>
    <message>
        <source>Building blocks and readiness areas (step 10)</source>
        <translation>[Ɓûîļđîñĝ ƀļöçķš àñđ ŕéàđîñéšš àŕéàš (šŧéþ 10)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Metrics (step 2)</source>
        <translation>[Ṁéŧŕîçš (šŧéþ 2)~~~~~]</translation>
    </message>
    <message>
        <source>Customer attributes (step 5)</source>
        <translation>[Çûšŧöɱéŕ àŧŧŕîƀûŧéš (šŧéþ 5)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>%1: catalog version %2, not used in this document yet</source>
        <translation>[%1: çàŧàļöĝ ṽéŕšîöñ %2, ñöŧ ûšéđ îñ ŧĥîš đöçûɱéñŧ ýéŧ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1: version %2, up to date</source>
        <translation>[%1: ṽéŕšîöñ %2, ûþ ŧö đàŧé~~~~~~]</translation>
    </message>
    <message>
        <source>%1: this document has version %2, the catalog is at version %3 (%4 new)</source>
        <translation>[%1: ŧĥîš đöçûɱéñŧ ĥàš ṽéŕšîöñ %2, ŧĥé çàŧàļöĝ îš àŧ ṽéŕšîöñ %3 (%4 ñéŵ)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Update the %1 catalog to version %2 (%3 new)</source>
        <translation>[Ûþđàŧé ŧĥé %1 çàŧàļöĝ ŧö ṽéŕšîöñ %2 (%3 ñéŵ)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Questions to ask the room</source>
        <translation>[Ǫûéšŧîöñš ŧö àšķ ŧĥé ŕööɱ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Annual reset</source>
        <translation>[Àññûàļ ŕéšéŧ~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::AboutDialog</name>
    <message>
        <source>About CRM Strategy Workbench</source>
        <translation>[Àƀöûŧ ÇŔṀ Šŧŕàŧéĝý Ŵöŕķƀéñçĥ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ActionPlanPage</name>
    <message>
        <source>&lt;span style='font-size:large'&gt;&lt;b&gt;Action plan&lt;/b&gt;&lt;/span&gt;&lt;br&gt;What the room agreed to do: who, by when, how it is going, and which KPI will show that it worked.</source>
        <translation>[&lt;span style='font-size:large'&gt;&lt;b&gt;Àçŧîöñ þļàñ&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Ŵĥàŧ ŧĥé ŕööɱ àĝŕééđ ŧö đö: ŵĥö, ƀý ŵĥéñ, ĥöŵ îŧ îš ĝöîñĝ, àñđ ŵĥîçĥ ĶÞÎ ŵîļļ šĥöŵ ŧĥàŧ îŧ ŵöŕķéđ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Draft from recommendations</source>
        <translation>[&amp;Đŕàƒŧ ƒŕöɱ ŕéçöɱɱéñđàŧîöñš~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Adds one action for each recommendation of the assessment that no action tracks yet (Alt+D). Ctrl+Z removes all of them at once.</source>
        <translation>[Àđđš öñé àçŧîöñ ƒöŕ éàçĥ ŕéçöɱɱéñđàŧîöñ öƒ ŧĥé àššéššɱéñŧ ŧĥàŧ ñö àçŧîöñ ŧŕàçķš ýéŧ (Àļŧ+Đ). Çŧŕļ+Ž ŕéɱöṽéš àļļ öƒ ŧĥéɱ àŧ öñçé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>E&amp;xport to spreadsheet...</source>
        <translation>[É&amp;ẋþöŕŧ ŧö šþŕéàđšĥééŧ...~~~~~~~~]</translation>
    </message>
    <message>
        <source>Saves the plan as .xlsx (actions, KPIs, milestones, capability gaps, the plan of step 10) or as .csv (the actions) (Alt+X)</source>
        <translation>[Šàṽéš ŧĥé þļàñ àš .ẋļšẋ (àçŧîöñš, ĶÞÎš, ɱîļéšŧöñéš, çàþàƀîļîŧý ĝàþš, ŧĥé þļàñ öƒ šŧéþ 10) öŕ àš .çšṽ (ŧĥé àçŧîöñš) (Àļŧ+Ẋ)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) drafted from the recommendations; set owners and dates. Ctrl+Z takes them all back.</source>
        <translation>
            <numerusform>[%n àçŧîöñ(š) đŕàƒŧéđ ƒŕöɱ ŧĥé ŕéçöɱɱéñđàŧîöñš; šéŧ öŵñéŕš àñđ đàŧéš. Çŧŕļ+Ž ŧàķéš ŧĥéɱ àļļ ƀàçķ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform><numerusform>[%n àçŧîöñ(š) đŕàƒŧéđ ƒŕöɱ ŧĥé ŕéçöɱɱéñđàŧîöñš; šéŧ öŵñéŕš àñđ đàŧéš. Çŧŕļ+Ž ŧàķéš ŧĥéɱ àļļ ƀàçķ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform></translation>
    </message>
    <message>
        <source>Every recommendation already has an action.</source>
        <translation>[Éṽéŕý ŕéçöɱɱéñđàŧîöñ àļŕéàđý ĥàš àñ àçŧîöñ.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>%1 open of %n action(s)</source>
        <translation>
            <numerusform>[%1 öþéñ öƒ %n àçŧîöñ(š)~~~~~~]</numerusform><numerusform>[%1 öþéñ öƒ %n àçŧîöñ(š)~~~~~~]</numerusform></translation>
    </message>
</context>
<context>
    <name>crm::gui::AgendaPage</name>
    <message>
        <source>Plan minutes per step. The timer in the status bar counts the time spent on the step on screen and keeps it here (every 30 seconds and when the step changes); it turns red past the planned minutes.</source>
        <translation>[Þļàñ ɱîñûŧéš þéŕ šŧéþ. Ŧĥé ŧîɱéŕ îñ ŧĥé šŧàŧûš ƀàŕ çöûñŧš ŧĥé ŧîɱé šþéñŧ öñ ŧĥé šŧéþ öñ šçŕééñ àñđ ķééþš îŧ ĥéŕé (éṽéŕý 30 šéçöñđš àñđ ŵĥéñ ŧĥé šŧéþ çĥàñĝéš); îŧ ŧûŕñš ŕéđ þàšŧ ŧĥé þļàññéđ ɱîñûŧéš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Add the &amp;ten steps</source>
        <translation>[Àđđ ŧĥé &amp;ŧéñ šŧéþš~~~~~~]</translation>
    </message>
    <message>
        <source>Asks how long the workshop is and adds a slot with planned minutes for every step the agenda does not have yet</source>
        <translation>[Àšķš ĥöŵ ļöñĝ ŧĥé ŵöŕķšĥöþ îš àñđ àđđš à šļöŧ ŵîŧĥ þļàññéđ ɱîñûŧéš ƒöŕ éṽéŕý šŧéþ ŧĥé àĝéñđà đöéš ñöŧ ĥàṽé ýéŧ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Add the ten steps</source>
        <translation>[Àđđ ŧĥé ŧéñ šŧéþš~~~~~~]</translation>
    </message>
    <message>
        <source>The steps share the workshop's length by how long each usually takes, in 5-minute slots; change any of them afterwards.</source>
        <translation>[Ŧĥé šŧéþš šĥàŕé ŧĥé ŵöŕķšĥöþ'š ļéñĝŧĥ ƀý ĥöŵ ļöñĝ éàçĥ ûšûàļļý ŧàķéš, îñ 5-ɱîñûŧé šļöŧš; çĥàñĝé àñý öƒ ŧĥéɱ àƒŧéŕŵàŕđš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Workshop &amp;length (hours:minutes):</source>
        <translation>[Ŵöŕķšĥöþ &amp;ļéñĝŧĥ (ĥöûŕš:ɱîñûŧéš):~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Add the ten steps to the agenda (%1)</source>
        <translation>[Àđđ ŧĥé ŧéñ šŧéþš ŧö ŧĥé àĝéñđà (%1)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>the agenda is as it was before</source>
        <translation>[ŧĥé àĝéñđà îš àš îŧ ŵàš ƀéƒöŕé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>the ten steps are on the agenda again</source>
        <translation>[ŧĥé ŧéñ šŧéþš àŕé öñ ŧĥé àĝéñđà àĝàîñ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Every step is on the agenda with its minutes already.</source>
        <translation>[Éṽéŕý šŧéþ îš öñ ŧĥé àĝéñđà ŵîŧĥ îŧš ɱîñûŧéš àļŕéàđý.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Planned %1, spent %2 (hours:minutes)</source>
        <translation>[Þļàññéđ %1, šþéñŧ %2 (ĥöûŕš:ɱîñûŧéš)~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::AlignmentMatrixModel</name>
    <message>
        <source>This KPI serves no corporate objective</source>
        <translation>[Ŧĥîš ĶÞÎ šéŕṽéš ñö çöŕþöŕàŧé öƀĵéçŧîṽé~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>No KPI tracks this objective</source>
        <translation>[Ñö ĶÞÎ ŧŕàçķš ŧĥîš öƀĵéçŧîṽé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Unlink KPI '%1' from '%2'</source>
        <translation>[Ûñļîñķ ĶÞÎ '%1' ƒŕöɱ '%2'~~~~~~]</translation>
    </message>
    <message>
        <source>Link KPI '%1' to '%2'</source>
        <translation>[Ļîñķ ĶÞÎ '%1' ŧö '%2'~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>[Àñàļýšîš šéŧŧîñĝš~~~~~~~]</translation>
    </message>
    <message>
        <source>Check the models &amp;against the lines after the calibration end</source>
        <translation>[Çĥéçķ ŧĥé ɱöđéļš &amp;àĝàîñšŧ ŧĥé ļîñéš àƒŧéŕ ŧĥé çàļîƀŕàŧîöñ éñđ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source> months</source>
        <translation>[ ɱöñŧĥš~~~]</translation>
    </message>
    <message>
        <source>A holdout check fits the purchase models only on the lines up to the calibration end, predicts how often each customer buys after it, and compares the prediction with the purchases that really followed. The smaller the gap, the more the lifetime values can be trusted. Choose a day that leaves a few months of lines after it.</source>
        <translation>[À ĥöļđöûŧ çĥéçķ ƒîŧš ŧĥé þûŕçĥàšé ɱöđéļš öñļý öñ ŧĥé ļîñéš ûþ ŧö ŧĥé çàļîƀŕàŧîöñ éñđ, þŕéđîçŧš ĥöŵ öƒŧéñ éàçĥ çûšŧöɱéŕ ƀûýš àƒŧéŕ îŧ, àñđ çöɱþàŕéš ŧĥé þŕéđîçŧîöñ ŵîŧĥ ŧĥé þûŕçĥàšéš ŧĥàŧ ŕéàļļý ƒöļļöŵéđ. Ŧĥé šɱàļļéŕ ŧĥé ĝàþ, ŧĥé ɱöŕé ŧĥé ļîƒéŧîɱé ṽàļûéš çàñ ƀé ŧŕûšŧéđ. Çĥööšé à đàý ŧĥàŧ ļéàṽéš à ƒéŵ ɱöñŧĥš öƒ ļîñéš àƒŧéŕ îŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Holdout check:</source>
        <translation>[Ĥöļđöûŧ çĥéçķ:~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Calibration end:</source>
        <translation>[&amp;Çàļîƀŕàŧîöñ éñđ:~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Period of the model:</source>
        <translation>[&amp;Þéŕîöđ öƒ ŧĥé ɱöđéļ:~~~~~~]</translation>
    </message>
    <message>
        <source>Lifetime value &amp;horizon:</source>
        <translation>[Ļîƒéŧîɱé ṽàļûé &amp;ĥöŕîžöñ:~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Discount rate per month:</source>
        <translation>[&amp;Đîšçöûñŧ ŕàŧé þéŕ ɱöñŧĥ:~~~~~~~~]</translation>
    </message>
    <message>
        <source>The models are also fitted on the lines up to %1 and checked against the lines after it.</source>
        <translation>[Ŧĥé ɱöđéļš àŕé àļšö ƒîŧŧéđ öñ ŧĥé ļîñéš ûþ ŧö %1 àñđ çĥéçķéđ àĝàîñšŧ ŧĥé ļîñéš àƒŧéŕ îŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>No holdout check: the models are fitted on all lines, and nothing checks their predictions.</source>
        <translation>[Ñö ĥöļđöûŧ çĥéçķ: ŧĥé ɱöđéļš àŕé ƒîŧŧéđ öñ àļļ ļîñéš, àñđ ñöŧĥîñĝ çĥéçķš ŧĥéîŕ þŕéđîçŧîöñš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>holdout check: fitted up to %1</source>
        <translation>[ĥöļđöûŧ çĥéçķ: ƒîŧŧéđ ûþ ŧö %1~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>no holdout check</source>
        <translation>[ñö ĥöļđöûŧ çĥéçķ~~~~~~]</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>[ŧĥé ñéẋŧ ɱöñŧĥ~~~~~]</translation>
    </message>
    <message>
        <source>the next %1 months</source>
        <translation>[ŧĥé ñéẋŧ %1 ɱöñŧĥš~~~~~~]</translation>
    </message>
    <message>
        <source>Period: %1; lifetime value over %2 at %3 discount a month; %4.</source>
        <translation>[Þéŕîöđ: %1; ļîƒéŧîɱé ṽàļûé öṽéŕ %2 àŧ %3 đîšçöûñŧ à ɱöñŧĥ; %4.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::AssessmentPanel</name>
    <message>
        <source>Scores</source>
        <translation>[Šçöŕéš~~~]</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>[Ƒîñđîñĝš~~~~]</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>[Ŕéçöɱɱéñđàŧîöñš~~~~~~]</translation>
    </message>
    <message>
        <source>Go to step</source>
        <translation>[Ĝö ŧö šŧéþ~~~~]</translation>
    </message>
    <message>
        <source>Open the step and the row behind the selected line (Enter)</source>
        <translation>[Öþéñ ŧĥé šŧéþ àñđ ŧĥé ŕöŵ ƀéĥîñđ ŧĥé šéļéçŧéđ ļîñé (Éñŧéŕ)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>[Ƒîñđîñĝš (%1)~~~~]</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>[Ŕéçöɱɱéñđàŧîöñš (%1)~~~~~~]</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>[Ñö đöçûɱéñŧ îš öþéñ.~~~~~~~]</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation>[ àš öƒ %1~~]</translation>
    </message>
    <message>
        <source> (no assessment date)</source>
        <translation>[ (ñö àššéššɱéñŧ đàŧé)~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cycle %1&lt;/b&gt;%2&lt;br&gt;Methodology profile: %3 &lt;span style='color:gray'&gt;(hash %4)&lt;/span&gt;</source>
        <translation>[&lt;b&gt;Çýçļé %1&lt;/b&gt;%2&lt;br&gt;Ṁéŧĥöđöļöĝý þŕöƒîļé: %3 &lt;span style='color:gray'&gt;(ĥàšĥ %4)&lt;/span&gt;~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Select a line to read why; Enter opens its step.</source>
        <translation>[Šéļéçŧ à ļîñé ŧö ŕéàđ ŵĥý; Éñŧéŕ öþéñš îŧš šŧéþ.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>[Ĝö ŧö šŧéþ %1~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CatalogPicker</name>
    <message>
        <source>%1 (already in the list)</source>
        <translation>[%1 (àļŕéàđý îñ ŧĥé ļîšŧ)~~~~~~~]</translation>
    </message>
    <message>
        <source>Catalog version %1. Type to filter, Down to reach the list, Space to tick, Enter to add.</source>
        <translation>[Çàŧàļöĝ ṽéŕšîöñ %1. Ŧýþé ŧö ƒîļŧéŕ, Đöŵñ ŧö ŕéàçĥ ŧĥé ļîšŧ, Šþàçé ŧö ŧîçķ, Éñŧéŕ ŧö àđđ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CatalogUpdateDialog</name>
    <message>
        <source>&lt;br&gt;Nothing to add: the new items are in the list already.</source>
        <translation>[&lt;br&gt;Ñöŧĥîñĝ ŧö àđđ: ŧĥé ñéŵ îŧéɱš àŕé îñ ŧĥé ļîšŧ àļŕéàđý.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>&lt;br&gt;New in the catalog:</source>
        <translation>[&lt;br&gt;Ñéŵ îñ ŧĥé çàŧàļöĝ:~~~~~~]</translation>
    </message>
    <message>
        <source>The catalog names differently (your names are kept):</source>
        <translation>[Ŧĥé çàŧàļöĝ ñàɱéš đîƒƒéŕéñŧļý (ýöûŕ ñàɱéš àŕé ķéþŧ):~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Mark as version %1</source>
        <translation>[Ṁàŕķ àš ṽéŕšîöñ %1~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n new item(s), mark as version %1</source>
        <translation>
            <numerusform>[&amp;Àđđ %n ñéŵ îŧéɱ(š), ɱàŕķ àš ṽéŕšîöñ %1~~~~~~~~ ~~]</numerusform><numerusform>[&amp;Àđđ %n ñéŵ îŧéɱ(š), ɱàŕķ àš ṽéŕšîöñ %1~~~~~~~~ ~~]</numerusform></translation>
    </message>
</context>
<context>
    <name>crm::gui::CoverForm</name>
    <message>
        <source>e.g. CRM strategy review %1</source>
        <translation>[é.ĝ. ÇŔṀ šŧŕàŧéĝý ŕéṽîéŵ %1~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose the logo for the report cover</source>
        <translation>[Çĥööšé ŧĥé ļöĝö ƒöŕ ŧĥé ŕéþöŕŧ çöṽéŕ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>[Îɱàĝéš (*.png *.jpg *.jpeg);;Àļļ ƒîļéš (*)~~~~~~]</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>[Çöûļđ ñöŧ ŕéàđ %1: %2~~~~~]</translation>
    </message>
    <message>
        <source>%1 is %2 KB; a logo may be at most %3 KB. Save a smaller copy and try again.</source>
        <translation>[%1 îš %2 ĶƁ; à ļöĝö ɱàý ƀé àŧ ɱöšŧ %3 ĶƁ. Šàṽé à šɱàļļéŕ çöþý àñđ ŧŕý àĝàîñ.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>%1 cannot be the logo: %2</source>
        <translation>[%1 çàññöŧ ƀé ŧĥé ļöĝö: %2~~~~~~]</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>[%1 × %2 þîẋéļš~~~]</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>[Ñö ļöĝö~~~]</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>[Ŧĥé šŧöŕéđ ļöĝö çàññöŧ ƀé šĥöŵñ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CustomerDataPage</name>
    <message>
        <source>No document is open.</source>
        <translation>[Ñö đöçûɱéñŧ îš öþéñ.~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:large'&gt;&lt;b&gt;Customer data&lt;/b&gt;&lt;/span&gt;</source>
        <translation>[&lt;span style='font-size:large'&gt;&lt;b&gt;Çûšŧöɱéŕ đàŧà&lt;/b&gt;&lt;/span&gt;~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Import transactions…</source>
        <translation>[&amp;Îɱþöŕŧ ŧŕàñšàçŧîöñš…~~~~~~~]</translation>
    </message>
    <message>
        <source>Analyse from a &amp;database…</source>
        <translation>[Àñàļýšé ƒŕöɱ à &amp;đàŧàƀàšé…~~~~~~~~]</translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation>[Àñàļýšîš &amp;šéŧŧîñĝš…~~~~~~]</translation>
    </message>
    <message>
        <source>Holdout check, period, lifetime-value horizon and discount rate (undoable)</source>
        <translation>[Ĥöļđöûŧ çĥéçķ, þéŕîöđ, ļîƒéŧîɱé-ṽàļûé ĥöŕîžöñ àñđ đîšçöûñŧ ŕàŧé (ûñđöàƀļé)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Concentration of net value</source>
        <translation>[Çöñçéñŧŕàŧîöñ öƒ ñéŧ ṽàļûé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>[Ƒîĝûŕéš~~~]</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>[Çûšŧöɱéŕš~~~~]</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>[Ñéŧ ṽàļûé~~~~]</translation>
    </message>
    <message>
        <source>All lines, returns deducted</source>
        <translation>[Àļļ ļîñéš, ŕéŧûŕñš đéđûçŧéđ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Top 20% of customers</source>
        <translation>[Ŧöþ 20% öƒ çûšŧöɱéŕš~~~~~~]</translation>
    </message>
    <message>
        <source>Share of the net value that the top fifth of customers bring</source>
        <translation>[Šĥàŕé öƒ ŧĥé ñéŧ ṽàļûé ŧĥàŧ ŧĥé ŧöþ ƒîƒŧĥ öƒ çûšŧöɱéŕš ƀŕîñĝ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Customers for 80% of value</source>
        <translation>[Çûšŧöɱéŕš ƒöŕ 80% öƒ ṽàļûé~~~~~~~~]</translation>
    </message>
    <message>
        <source>The smallest share of customers that makes 80% of the net value</source>
        <translation>[Ŧĥé šɱàļļéšŧ šĥàŕé öƒ çûšŧöɱéŕš ŧĥàŧ ɱàķéš 80% öƒ ŧĥé ñéŧ ṽàļûé~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Gini coefficient</source>
        <translation>[Ĝîñî çöéƒƒîçîéñŧ~~~~~~]</translation>
    </message>
    <message>
        <source>0 = every customer brings the same value; near 1 = a few bring almost all</source>
        <translation>[0 = éṽéŕý çûšŧöɱéŕ ƀŕîñĝš ŧĥé šàɱé ṽàļûé; ñéàŕ 1 = à ƒéŵ ƀŕîñĝ àļɱöšŧ àļļ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Negative net value</source>
        <translation>[Ñéĝàŧîṽé ñéŧ ṽàļûé~~~~~~~]</translation>
    </message>
    <message>
        <source>Customers whose returns exceed their purchases</source>
        <translation>[Çûšŧöɱéŕš ŵĥöšé ŕéŧûŕñš éẋçééđ ŧĥéîŕ þûŕçĥàšéš~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Zero net value</source>
        <translation>[Žéŕö ñéŧ ṽàļûé~~~~~]</translation>
    </message>
    <message>
        <source>Negative margin</source>
        <translation>[Ñéĝàŧîṽé ɱàŕĝîñ~~~~~~]</translation>
    </message>
    <message>
        <source>Customers who cost more than they bring (needs a cost or margin column)</source>
        <translation>[Çûšŧöɱéŕš ŵĥö çöšŧ ɱöŕé ŧĥàñ ŧĥéý ƀŕîñĝ (ñééđš à çöšŧ öŕ ɱàŕĝîñ çöļûɱñ)~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Zero margin</source>
        <translation>[Žéŕö ɱàŕĝîñ~~~~]</translation>
    </message>
    <message>
        <source>Return lines</source>
        <translation>[Ŕéŧûŕñ ļîñéš~~~~~]</translation>
    </message>
    <message>
        <source>Lines with a negative quantity. They reduce net value; they are not purchases and not spending.</source>
        <translation>[Ļîñéš ŵîŧĥ à ñéĝàŧîṽé ǫûàñŧîŧý. Ŧĥéý ŕéđûçé ñéŧ ṽàļûé; ŧĥéý àŕé ñöŧ þûŕçĥàšéš àñđ ñöŧ šþéñđîñĝ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Left out of the spend model</source>
        <translation>[Ļéƒŧ öûŧ öƒ ŧĥé šþéñđ ɱöđéļ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Repeat customers whose repeat purchases add up to zero or less: the spend model cannot use them</source>
        <translation>[Ŕéþéàŧ çûšŧöɱéŕš ŵĥöšé ŕéþéàŧ þûŕçĥàšéš àđđ ûþ ŧö žéŕö öŕ ļéšš: ŧĥé šþéñđ ɱöđéļ çàññöŧ ûšé ŧĥéɱ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship levels&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Ŕéļàŧîöñšĥîþ ļéṽéļš&lt;/b&gt;~~~~~~~~]</translation>
    </message>
    <message>
        <source>One-time customers</source>
        <translation>[Öñé-ŧîɱé çûšŧöɱéŕš~~~~~~~]</translation>
    </message>
    <message>
        <source>One purchase day</source>
        <translation>[Öñé þûŕçĥàšé đàý~~~~~~]</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>[Ŕéþéàŧ çûšŧöɱéŕš~~~~~~]</translation>
    </message>
    <message>
        <source>Two or more purchase days (advanced customers included)</source>
        <translation>[Ŧŵö öŕ ɱöŕé þûŕçĥàšé đàýš (àđṽàñçéđ çûšŧöɱéŕš îñçļûđéđ)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Advanced customers</source>
        <translation>[Àđṽàñçéđ çûšŧöɱéŕš~~~~~~~]</translation>
    </message>
    <message>
        <source>Repeat customers among the champions or loyal, or buying in several segments</source>
        <translation>[Ŕéþéàŧ çûšŧöɱéŕš àɱöñĝ ŧĥé çĥàɱþîöñš öŕ ļöýàļ, öŕ ƀûýîñĝ îñ šéṽéŕàļ šéĝɱéñŧš~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Use for step &amp;4…</source>
        <translation>[Ûšé ƒöŕ šŧéþ &amp;4…~~~~]</translation>
    </message>
    <message>
        <source>Offer the three relationship-level shares to step 4 (undoable)</source>
        <translation>[Öƒƒéŕ ŧĥé ŧĥŕéé ŕéļàŧîöñšĥîþ-ļéṽéļ šĥàŕéš ŧö šŧéþ 4 (ûñđöàƀļé)~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>RFM grid: customers by recency and frequency score</source>
        <translation>[ŔƑṀ ĝŕîđ: çûšŧöɱéŕš ƀý ŕéçéñçý àñđ ƒŕéǫûéñçý šçöŕé~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Customers by lifetime value</source>
        <translation>[Çûšŧöɱéŕš ƀý ļîƒéŧîɱé ṽàļûé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Money-losing customers</source>
        <translation>[Ṁöñéý-ļöšîñĝ çûšŧöɱéŕš~~~~~~~~]</translation>
    </message>
    <message>
        <source>Use for step &amp;6…</source>
        <translation>[Ûšé ƒöŕ šŧéþ &amp;6…~~~~]</translation>
    </message>
    <message>
        <source>Offer customers, revenue, margin and value per customer of each segment to step 6 (undoable)</source>
        <translation>[Öƒƒéŕ çûšŧöɱéŕš, ŕéṽéñûé, ɱàŕĝîñ àñđ ṽàļûé þéŕ çûšŧöɱéŕ öƒ éàçĥ šéĝɱéñŧ ŧö šŧéþ 6 (ûñđöàƀļé)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>[Šéĝɱéñŧš~~~~]</translation>
    </message>
    <message>
        <source>Lifetime value model</source>
        <translation>[Ļîƒéŧîɱé ṽàļûé ɱöđéļ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Distribution of predicted lifetime value</source>
        <translation>[Đîšŧŕîƀûŧîöñ öƒ þŕéđîçŧéđ ļîƒéŧîɱé ṽàļûé~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>The transaction lines will be analysed when this page is shown.</source>
        <translation>[Ŧĥé ŧŕàñšàçŧîöñ ļîñéš ŵîļļ ƀé àñàļýšéđ ŵĥéñ ŧĥîš þàĝé îš šĥöŵñ.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Analysing the transaction lines…</source>
        <translation>[Àñàļýšîñĝ ŧĥé ŧŕàñšàçŧîöñ ļîñéš…~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Pareto / Lorenz curve of net value</source>
        <translation>[Þàŕéŧö / Ļöŕéñž çûŕṽé öƒ ñéŧ ṽàļûé~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>No analysis.</source>
        <translation>[Ñö àñàļýšîš.~~~~]</translation>
    </message>
    <message>
        <source>The customer data cannot be shown: %1.</source>
        <translation>[Ŧĥé çûšŧöɱéŕ đàŧà çàññöŧ ƀé šĥöŵñ: %1.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>No transactions imported yet. Import a CSV export of transaction lines (customer id, date, amount; optionally cost and segment) to see RFM, concentration and lifetime value.</source>
        <translation>[Ñö ŧŕàñšàçŧîöñš îɱþöŕŧéđ ýéŧ. Îɱþöŕŧ à ÇŠṼ éẋþöŕŧ öƒ ŧŕàñšàçŧîöñ ļîñéš (çûšŧöɱéŕ îđ, đàŧé, àɱöûñŧ; öþŧîöñàļļý çöšŧ àñđ šéĝɱéñŧ) ŧö šéé ŔƑṀ, çöñçéñŧŕàŧîöñ àñđ ļîƒéŧîɱé ṽàļûé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Money-losing customers (%1)</source>
        <translation>[Ṁöñéý-ļöšîñĝ çûšŧöɱéŕš (%1)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Read in %1, analysed in %2.</source>
        <translation>[Ŕéàđ îñ %1, àñàļýšéđ îñ %2.~~~~~~~]</translation>
    </message>
    <message>
        <source>Top 20% of customers: %1 of net value</source>
        <translation>[Ŧöþ 20% öƒ çûšŧöɱéŕš: %1 öƒ ñéŧ ṽàļûé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>80% of net value from %1 of customers</source>
        <translation>[80% öƒ ñéŧ ṽàļûé ƒŕöɱ %1 öƒ çûšŧöɱéŕš~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Gini coefficient: %1</source>
        <translation>[Ĝîñî çöéƒƒîçîéñŧ: %1~~~~~~]</translation>
    </message>
    <message>
        <source>The total net value is not positive: no concentration figures</source>
        <translation>[Ŧĥé ŧöŧàļ ñéŧ ṽàļûé îš ñöŧ þöšîŧîṽé: ñö çöñçéñŧŕàŧîöñ ƒîĝûŕéš~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>%1 customers lose money (negative margin)</source>
        <translation>[%1 çûšŧöɱéŕš ļöšé ɱöñéý (ñéĝàŧîṽé ɱàŕĝîñ)~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>%1 customers with negative net value</source>
        <translation>[%1 çûšŧöɱéŕš ŵîŧĥ ñéĝàŧîṽé ñéŧ ṽàļûé~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>no cost column</source>
        <translation>[ñö çöšŧ çöļûɱñ~~~~~]</translation>
    </message>
    <message>
        <source>not counted by the database</source>
        <translation>[ñöŧ çöûñŧéđ ƀý ŧĥé đàŧàƀàšé~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Predicted lifetime value, next %1 months</source>
        <translation>[Þŕéđîçŧéđ ļîƒéŧîɱé ṽàļûé, ñéẋŧ %1 ɱöñŧĥš~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>The document is open read-only</source>
        <translation>[Ŧĥé đöçûɱéñŧ îš öþéñ ŕéàđ-öñļý~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Import a CSV export of transaction lines</source>
        <translation>[Îɱþöŕŧ à ÇŠṼ éẋþöŕŧ öƒ ŧŕàñšàçŧîöñ ļîñéš~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>The import opens as soon as the analysis is done…</source>
        <translation>[Ŧĥé îɱþöŕŧ öþéñš àš šööñ àš ŧĥé àñàļýšîš îš đöñé…~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 (%2 lines, imported %3)</source>
        <translation>[%1 (%2 ļîñéš, îɱþöŕŧéđ %3)~~~~~~]</translation>
    </message>
    <message>
        <source>summarised by %1</source>
        <translation>[šûɱɱàŕîšéđ ƀý %1~~~~~]</translation>
    </message>
    <message>
        <source>from %1, imported %2</source>
        <translation>[ƒŕöɱ %1, îɱþöŕŧéđ %2~~~~~]</translation>
    </message>
    <message>
        <source>from %1 imports: %2</source>
        <translation>[ƒŕöɱ %1 îɱþöŕŧš: %2~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 transaction lines&lt;/b&gt; %2 (%3 lines read; %4 bad and %5 without a customer id left out). Dates %6 to %7; &lt;b&gt;%8 customers&lt;/b&gt;.</source>
        <translation>[&lt;b&gt;%1 ŧŕàñšàçŧîöñ ļîñéš&lt;/b&gt; %2 (%3 ļîñéš ŕéàđ; %4 ƀàđ àñđ %5 ŵîŧĥöûŧ à çûšŧöɱéŕ îđ ļéƒŧ öûŧ). Đàŧéš %6 ŧö %7; &lt;b&gt;%8 çûšŧöɱéŕš&lt;/b&gt;.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleComparisonPage</name>
    <message>
        <source>&lt;span style='font-size:large'&gt;&lt;b&gt;Compare cycles&lt;/b&gt;&lt;/span&gt;</source>
        <translation>[&lt;span style='font-size:large'&gt;&lt;b&gt;Çöɱþàŕé çýçļéš&lt;/b&gt;&lt;/span&gt;~~~~~~]</translation>
    </message>
    <message>
        <source>Earl&amp;ier:</source>
        <translation>[Éàŕļ&amp;îéŕ:~~~]</translation>
    </message>
    <message>
        <source>La&amp;ter:</source>
        <translation>[Ļà&amp;ŧéŕ:~~]</translation>
    </message>
    <message>
        <source>⇄ Swa&amp;p</source>
        <translation>[⇄ Šŵà&amp;þ~~]</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>[&amp;Çöþý àš ŧéẋŧ~~~~]</translation>
    </message>
    <message>
        <source>The comparison as plain text, as `crmw diff` prints it</source>
        <translation>[Ŧĥé çöɱþàŕîšöñ àš þļàîñ ŧéẋŧ, àš `çŕɱŵ đîƒƒ` þŕîñŧš îŧ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>[Ṁîļéšŧöñéš~~~~]</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>[Îŧéɱš~~]</translation>
    </message>
    <message>
        <source>Open a document with at least two cycles to compare them.</source>
        <translation>[Öþéñ à đöçûɱéñŧ ŵîŧĥ àŧ ļéàšŧ ŧŵö çýçļéš ŧö çöɱþàŕé ŧĥéɱ.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: measures &lt;span style='color:#1b6e1b'&gt;%3 better&lt;/span&gt;, &lt;span style='color:#a61b1b'&gt;%4 worse&lt;/span&gt;, %5 unchanged · maturity up in %6 and down in %7 building blocks · milestones %8 hit, %9 missed, %10 without an actual · items %11 added, %12 changed, %13 dropped</source>
        <translation>[&lt;b&gt;%1 → %2&lt;/b&gt;: ɱéàšûŕéš &lt;span style='color:#1b6e1b'&gt;%3 ƀéŧŧéŕ&lt;/span&gt;, &lt;span style='color:#a61b1b'&gt;%4 ŵöŕšé&lt;/span&gt;, %5 ûñçĥàñĝéđ · ɱàŧûŕîŧý ûþ îñ %6 àñđ đöŵñ îñ %7 ƀûîļđîñĝ ƀļöçķš · ɱîļéšŧöñéš %8 ĥîŧ, %9 ɱîššéđ, %10 ŵîŧĥöûŧ àñ àçŧûàļ · îŧéɱš %11 àđđéđ, %12 çĥàñĝéđ, %13 đŕöþþéđ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Choose two different cycles. </source>
        <translation>[Çĥööšé ŧŵö đîƒƒéŕéñŧ çýçļéš. ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Milestones of %1 (%2)</source>
        <translation>[Ṁîļéšŧöñéš öƒ %1 (%2)~~~~~]</translation>
    </message>
    <message>
        <source>Items changed (%1)</source>
        <translation>[Îŧéɱš çĥàñĝéđ (%1)~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleComparisonRadar</name>
    <message>
        <source>Both cycles need at least three rated capabilities (step 10) for the maturity radar.</source>
        <translation>[Ɓöŧĥ çýçļéš ñééđ àŧ ļéàšŧ ŧĥŕéé ŕàŧéđ çàþàƀîļîŧîéš (šŧéþ 10) ƒöŕ ŧĥé ɱàŧûŕîŧý ŕàđàŕ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleItemChangesModel</name>
    <message>
        <source>Change</source>
        <translation>[Çĥàñĝé~~~]</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>[+ àđđéđ~~]</translation>
    </message>
    <message>
        <source>− dropped</source>
        <translation>[− đŕöþþéđ~~~]</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>[~ çĥàñĝéđ~~~]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķîñđ~~]</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>[Îŧéɱ~~]</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>[Ƒîéļđš çĥàñĝéđ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleMeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>[Ṁéàšûŕé~~~]</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>[Éàŕļîéŕ~~~]</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>[Ļàŧéŕ~~]</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>[Çĥàñĝé~~~]</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>[Đîŕéçŧîöñ~~~~]</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>[Ĥîĝĥéŕ îš ƀéŧŧéŕ~~~~~~]</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>[Ļöŵéŕ îš ƀéŧŧéŕ~~~~~~]</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>[Šöûŕçé~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleMilestonesModel</name>
    <message>
        <source>Objective or KPI</source>
        <translation>[Öƀĵéçŧîṽé öŕ ĶÞÎ~~~~~~]</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>[Đûé~~]</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>[Ŧàŕĝéŧ~~~]</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>[Àçŧûàļ~~~]</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>[Ŕéšûļŧ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::DatabaseAnalysisDialog</name>
    <message>
        <source>Analyse from a database</source>
        <translation>[Àñàļýšé ƒŕöɱ à đàŧàƀàšé~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>[&amp;Àñàļýšé~~~]</translation>
    </message>
    <message>
        <source>Cancel asks the server to stop the query; nothing is kept.</source>
        <translation>[Çàñçéļ àšķš ŧĥé šéŕṽéŕ ŧö šŧöþ ŧĥé ǫûéŕý; ñöŧĥîñĝ îš ķéþŧ.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Give the database's name.</source>
        <translation>[Ĝîṽé ŧĥé đàŧàƀàšé'š ñàɱé.~~~~~~~~]</translation>
    </message>
    <message>
        <source>Write the query whose rows are the transaction lines.</source>
        <translation>[Ŵŕîŧé ŧĥé ǫûéŕý ŵĥöšé ŕöŵš àŕé ŧĥé ŧŕàñšàçŧîöñ ļîñéš.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Give the table (or view) that holds the transaction lines.</source>
        <translation>[Ĝîṽé ŧĥé ŧàƀļé (öŕ ṽîéŵ) ŧĥàŧ ĥöļđš ŧĥé ŧŕàñšàçŧîöñ ļîñéš.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Name the customer id and date columns.</source>
        <translation>[Ñàɱé ŧĥé çûšŧöɱéŕ îđ àñđ đàŧé çöļûɱñš.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Name the quantity and unit price columns.</source>
        <translation>[Ñàɱé ŧĥé ǫûàñŧîŧý àñđ ûñîŧ þŕîçé çöļûɱñš.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Name the amount column.</source>
        <translation>[Ñàɱé ŧĥé àɱöûñŧ çöļûɱñ.~~~~~~~~]</translation>
    </message>
    <message>
        <source>Name a cost or a margin column, not both.</source>
        <translation>[Ñàɱé à çöšŧ öŕ à ɱàŕĝîñ çöļûɱñ, ñöŧ ƀöŧĥ.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>[Çöññéçŧîñĝ ŧö ŧĥé šéŕṽéŕ…~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Cancelling… the server is asked to stop the query.</source>
        <translation>[Çàñçéļļîñĝ… ŧĥé šéŕṽéŕ îš àšķéđ ŧö šŧöþ ŧĥé ǫûéŕý.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The server computes one row per customer…</source>
        <translation>[Ŧĥé šéŕṽéŕ çöɱþûŧéš öñé ŕöŵ þéŕ çûšŧöɱéŕ…~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Large tables take the server a while; Cancel stops it.</source>
        <translation>[Ļàŕĝé ŧàƀļéš ŧàķé ŧĥé šéŕṽéŕ à ŵĥîļé; Çàñçéļ šŧöþš îŧ.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Receiving the customers…</source>
        <translation>[Ŕéçéîṽîñĝ ŧĥé çûšŧöɱéŕš…~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>[%1 öƒ %2 çûšŧöɱéŕš~~~~~]</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value models…</source>
        <translation>[Ƒîŧŧîñĝ ŧĥé ļîƒéŧîɱé-ṽàļûé ɱöđéļš…~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::DateLineEdit</name>
    <message>
        <source>Type the whole date as %1; Up and Down change it by a day</source>
        <translation>[Ŧýþé ŧĥé ŵĥöļé đàŧé àš %1; Ûþ àñđ Đöŵñ çĥàñĝé îŧ ƀý à đàý~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>[Çĥööšé ŧĥé đàŧé îñ à çàļéñđàŕ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>[ÝÝÝÝ-ṀṀ-ĐĐ~~~~]</translation>
    </message>
    <message>
        <source>This is not a date. Type it as %1.</source>
        <translation>[Ŧĥîš îš ñöŧ à đàŧé. Ŧýþé îŧ àš %1.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Choose a date from %1 to %2.</source>
        <translation>[Çĥööšé à đàŧé ƒŕöɱ %1 ŧö %2.~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::DocumentDrop</name>
    <message>
        <source>%1 is not a CRM Workbench document: only .crmw files open by dropping them here (File ▸ Import JSON reads a .json file).</source>
        <translation>[%1 îš ñöŧ à ÇŔṀ Ŵöŕķƀéñçĥ đöçûɱéñŧ: öñļý .çŕɱŵ ƒîļéš öþéñ ƀý đŕöþþîñĝ ŧĥéɱ ĥéŕé (Ƒîļé ▸ Îɱþöŕŧ ĴŠÖÑ ŕéàđš à .ĵšöñ ƒîļé).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Only one document opens at a time: %1 was left aside.</source>
        <translation>[Öñļý öñé đöçûɱéñŧ öþéñš àŧ à ŧîɱé: %1 ŵàš ļéƒŧ àšîđé.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::DocumentPropertiesDialog</name>
    <message>
        <source>Type the company's name.</source>
        <translation>[Ŧýþé ŧĥé çöɱþàñý'š ñàɱé.~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::EntityTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>[&amp;Àđđ~]</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Enter, or Enter on the last row)</source>
        <translation>[Àđđ à ŕöŵ (Çŧŕļ+Éñŧéŕ, öŕ Éñŧéŕ öñ ŧĥé ļàšŧ ŕöŵ)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Đéļéŧé~~~]</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete); Ctrl+Z brings it back</source>
        <translation>[Đéļéŧé ŧĥé šéļéçŧéđ ŕöŵ (Đéļéŧé); Çŧŕļ+Ž ƀŕîñĝš îŧ ƀàçķ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>[↑ Ûþ~]</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>[Ṁöṽé ŧĥé šéļéçŧéđ ŕöŵ ûþ (Àļŧ+Ûþ)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>[↓ Đöŵñ~~]</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>[Ṁöṽé ŧĥé šéļéçŧéđ ŕöŵ đöŵñ (Àļŧ+Đöŵñ)~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::EntityTableModel</name>
    <message>
        <source>none</source>
        <translation>[ñöñé~~]</translation>
    </message>
    <message>
        <source>Agreed by the room: %1 (%2). The scores and the report use it. Your own value: %3.</source>
        <translation>[Àĝŕééđ ƀý ŧĥé ŕööɱ: %1 (%2). Ŧĥé šçöŕéš àñđ ŧĥé ŕéþöŕŧ ûšé îŧ. Ýöûŕ öŵñ ṽàļûé: %3.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>The room's %n vote(s) give a median of %1; the scores and the report use it. Your own value: %2. Agree on a value in the vote grid to settle it.</source>
        <translation>
            <numerusform>[Ŧĥé ŕööɱ'š %n ṽöŧé(š) ĝîṽé à ɱéđîàñ öƒ %1; ŧĥé šçöŕéš àñđ ŧĥé ŕéþöŕŧ ûšé îŧ. Ýöûŕ öŵñ ṽàļûé: %2. Àĝŕéé öñ à ṽàļûé îñ ŧĥé ṽöŧé ĝŕîđ ŧö šéŧŧļé îŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</numerusform><numerusform>[Ŧĥé ŕööɱ'š %n ṽöŧé(š) ĝîṽé à ɱéđîàñ öƒ %1; ŧĥé šçöŕéš àñđ ŧĥé ŕéþöŕŧ ûšé îŧ. Ýöûŕ öŵñ ṽàļûé: %2. Àĝŕéé öñ à ṽàļûé îñ ŧĥé ṽöŧé ĝŕîđ ŧö šéŧŧļé îŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <source>%1 · agreed</source>
        <translation>[%1 · àĝŕééđ~~~]</translation>
    </message>
    <message>
        <source>%1 · vote</source>
        <translation>[%1 · ṽöŧé~~]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>[%1: %2~]</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>[Ŕöŵ %1, %2: %3~~]</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>[Ŕéǫûîŕéđ~~~~]</translation>
    </message>
    <message>
        <source>%1 in row %2: %3 (kept the previous value)</source>
        <translation>[%1 îñ ŕöŵ %2: %3 (ķéþŧ ŧĥé þŕéṽîöûš ṽàļûé)~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::FieldDelegate</name>
    <message>
        <source>(none)</source>
        <translation>[(ñöñé)~~]</translation>
    </message>
    <message>
        <source>(nothing to choose yet)</source>
        <translation>[(ñöŧĥîñĝ ŧö çĥööšé ýéŧ)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Space ticks an entry; Enter keeps the choice</source>
        <translation>[Šþàçé ŧîçķš àñ éñŧŕý; Éñŧéŕ ķééþš ŧĥé çĥöîçé~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Enter keeps the text; Shift+Enter or Ctrl+Enter starts a new line; Esc cancels</source>
        <translation>[Éñŧéŕ ķééþš ŧĥé ŧéẋŧ; Šĥîƒŧ+Éñŧéŕ öŕ Çŧŕļ+Éñŧéŕ šŧàŕŧš à ñéŵ ļîñé; Éšç çàñçéļš~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>[Šéṽéŕîŧý~~~~]</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>[Šŧéþ~~]</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>[Ƒîñđîñĝ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ItemNotesDialog</name>
    <message>
        <source>Notes and scope — %1</source>
        <translation>[Ñöŧéš àñđ šçöþé — %1~~~~~~]</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>[Àŧŧàçĥ à ƒîļé~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not applicable&lt;/b&gt;: left out of the scores and of completeness, which say so in their reasons.</source>
        <translation>[&lt;b&gt;Ñöŧ àþþļîçàƀļé&lt;/b&gt;: ļéƒŧ öûŧ öƒ ŧĥé šçöŕéš àñđ öƒ çöɱþļéŧéñéšš, ŵĥîçĥ šàý šö îñ ŧĥéîŕ ŕéàšöñš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>This item counts in the scores.</source>
        <translation>[Ŧĥîš îŧéɱ çöûñŧš îñ ŧĥé šçöŕéš.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>C&amp;hange the reason</source>
        <translation>[Ç&amp;ĥàñĝé ŧĥé ŕéàšöñ~~~~~~]</translation>
    </message>
    <message>
        <source>Mark not a&amp;pplicable</source>
        <translation>[Ṁàŕķ ñöŧ à&amp;þþļîçàƀļé~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::MainWindow</name>
    <message>
        <source>The window stays in %1.</source>
        <translation>[Ŧĥé ŵîñđöŵ šŧàýš îñ %1.~~~~~~~]</translation>
    </message>
    <message>
        <source>The window will be in %1 when you start the program again.</source>
        <translation>[Ŧĥé ŵîñđöŵ ŵîļļ ƀé îñ %1 ŵĥéñ ýöû šŧàŕŧ ŧĥé þŕöĝŕàɱ àĝàîñ.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>[Ļàñĝûàĝé~~~~]</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>[&amp;Ļàñĝûàĝé~~~]</translation>
    </message>
    <message>
        <source>Same as the &amp;system</source>
        <translation>[Šàɱé àš ŧĥé &amp;šýšŧéɱ~~~~~~]</translation>
    </message>
    <message>
        <source>Takes effect when the program starts again</source>
        <translation>[Ŧàķéš éƒƒéçŧ ŵĥéñ ŧĥé þŕöĝŕàɱ šŧàŕŧš àĝàîñ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>[&amp;Ñéŵ…~]</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>[&amp;Öþéñ…~~]</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>[&amp;Îɱþöŕŧ ĴŠÖÑ…~~~~]</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>[&amp;Éẋþöŕŧ ĴŠÖÑ…~~~~]</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>[&amp;Çļöšé~~]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Ǫûîŧ~~]</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>[&amp;Ûñđö~~]</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>[&amp;Ŕéđö~~]</translation>
    </message>
    <message>
        <source>Step &amp;help</source>
        <translation>[Šŧéþ &amp;ĥéļþ~~~]</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>[&amp;Þŕöĵéçŧöŕ ɱöđé~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>[&amp;Ɓàçķ~~]</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>[&amp;Ñéẋŧ~~]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;Ƒîļé~~]</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>[Öþéñ &amp;Ŕéçéñŧ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>[&amp;Éđîŧ~~]</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>[&amp;Ĝö~]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>[&amp;Ṽîéŵ~~]</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>[← Ɓàçķ~~]</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>[Þŕéṽîöûš šŧéþ (Çŧŕļ+ÞĝÛþ)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>[Ñéẋŧ →~~]</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDn)</source>
        <translation>[Ñéẋŧ šŧéþ (Çŧŕļ+ÞĝĐñ)~~~~~~~]</translation>
    </message>
    <message>
        <source>No document is open. Ctrl+N creates one, Ctrl+O opens one, Ctrl+I imports a JSON file.</source>
        <translation>[Ñö đöçûɱéñŧ îš öþéñ. Çŧŕļ+Ñ çŕéàŧéš öñé, Çŧŕļ+Ö öþéñš öñé, Çŧŕļ+Î îɱþöŕŧš à ĴŠÖÑ ƒîļé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>[Ĥéļþ ƒöŕ ŧĥîš šŧéþ~~~~~~]</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>[Ç&amp;ýçļé:~~]</translation>
    </message>
    <message>
        <source>Every change is saved to the file at once.</source>
        <translation>[Éṽéŕý çĥàñĝé îš šàṽéđ ŧö ŧĥé ƒîļé àŧ öñçé.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>[Ĥéļþ ƒöŕ ŧĥîš þàĝé~~~~~~]</translation>
    </message>
    <message>
        <source>No help text for this step yet (%1).</source>
        <translation>[Ñö ĥéļþ ŧéẋŧ ƒöŕ ŧĥîš šŧéþ ýéŧ (%1).~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>CRM Strategy Workbench</source>
        <translation>[ÇŔṀ Šŧŕàŧéĝý Ŵöŕķƀéñçĥ~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 — %2 — cycle %3 — %4</source>
        <translation>[%1 — %2 — çýçļé %3 — %4~~]</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>[ (ŕéàđ-öñļý)~~~~]</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>[Çàññöŧ öþéñ ŧĥé đöçûɱéñŧ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>[Šàṽé ŧĥé ñéŵ àššéššɱéñŧ àš~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>CRM Workbench documents (*.crmw)</source>
        <translation>[ÇŔṀ Ŵöŕķƀéñçĥ đöçûɱéñŧš (*.crmw)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Cannot create the document</source>
        <translation>[Çàññöŧ çŕéàŧé ŧĥé đöçûɱéñŧ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>[Öþéñ àššéššɱéñŧ~~~~~~]</translation>
    </message>
    <message>
        <source>CRM Workbench documents (*.crmw);;All files (*)</source>
        <translation>[ÇŔṀ Ŵöŕķƀéñçĥ đöçûɱéñŧš (*.crmw);;Àļļ ƒîļéš (*)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>[Çàññöŧ îɱþöŕŧ~~~~~]</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>[%1 çàññöŧ ƀé ŕéàđ.~~~~~]</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>[Îɱþöŕŧ ĴŠÖÑ~~~~]</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>[ĴŠÖÑ ƒîļéš (*.json)~~~~]</translation>
    </message>
    <message>
        <source>Save the imported assessment as</source>
        <translation>[Šàṽé ŧĥé îɱþöŕŧéđ àššéššɱéñŧ àš~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>[%1 çàññöŧ ƀé ŵŕîŧŧéñ.~~~~~~]</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>[%1 çöûļđ ñöŧ ƀé ŵŕîŧŧéñ çöɱþļéŧéļý.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>[Éẋþöŕŧéđ ŧö %1~~~~]</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>[Éẋþöŕŧ ĴŠÖÑ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>[&amp;Ûñđö %1~~]</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>[&amp;Ŕéđö %1~~]</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>[Šŧéþ %1 öƒ %2: %3~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::NarrativeEditor</name>
    <message>
        <source>&amp;Sections</source>
        <translation>[&amp;Šéçŧîöñš~~~]</translation>
    </message>
    <message>
        <source>Your words for this section of the report. They appear in the report above the generated figures. Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 bullets, Ctrl+Shift+7 numbers.</source>
        <translation>[Ýöûŕ ŵöŕđš ƒöŕ ŧĥîš šéçŧîöñ öƒ ŧĥé ŕéþöŕŧ. Ŧĥéý àþþéàŕ îñ ŧĥé ŕéþöŕŧ àƀöṽé ŧĥé ĝéñéŕàŧéđ ƒîĝûŕéš. Çŧŕļ+Ɓ ƀöļđ, Çŧŕļ+Î îŧàļîç, Çŧŕļ+Šĥîƒŧ+8 ƀûļļéŧš, Çŧŕļ+Šĥîƒŧ+7 ñûɱƀéŕš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>[Ɓöļđ~~]</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>[Ɓöļđ (Çŧŕļ+Ɓ)~~~~]</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>[Îŧàļîç~~~]</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>[Îŧàļîç (Çŧŕļ+Î)~~~~~]</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>[• Ļîšŧ~~]</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8, or * and a space at the start of a line)</source>
        <translation>[Ɓûļļéŧ ļîšŧ (Çŧŕļ+Šĥîƒŧ+8, öŕ * àñđ à šþàçé àŧ ŧĥé šŧàŕŧ öƒ à ļîñé)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>[1. Ļîšŧ~~]</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>[Ñûɱƀéŕéđ ļîšŧ (Çŧŕļ+Šĥîƒŧ+7)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>This section has your text</source>
        <translation>[Ŧĥîš šéçŧîöñ ĥàš ýöûŕ ŧéẋŧ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>[Ñö ŧéẋŧ ýéŧ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::NewDocumentDialog</name>
    <message>
        <source>Type the company's name.</source>
        <translation>[Ŧýþé ŧĥé çöɱþàñý'š ñàɱé.~~~~~~~~]</translation>
    </message>
    <message>
        <source>The first cycle needs a name, for example the year.</source>
        <translation>[Ŧĥé ƒîŕšŧ çýçļé ñééđš à ñàɱé, ƒöŕ éẋàɱþļé ŧĥé ýéàŕ.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ParkingLotPage</name>
    <message>
        <source>A question or idea to come back to later…</source>
        <translation>[À ǫûéšŧîöñ öŕ îđéà ŧö çöɱé ƀàçķ ŧö ļàŧéŕ…~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>[ŕàîšéđ ƀý~~~~]</translation>
    </message>
    <message>
        <source>&amp;Park:</source>
        <translation>[&amp;Þàŕķ:~~]</translation>
    </message>
    <message>
        <source>&amp;Hide closed items</source>
        <translation>[&amp;Ĥîđé çļöšéđ îŧéɱš~~~~~~]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Đéļéŧé~~~]</translation>
    </message>
    <message>
        <source>Park for step %1</source>
        <translation>[Þàŕķ ƒöŕ šŧéþ %1~~~~~]</translation>
    </message>
    <message>
        <source>Adds the question to the parking lot, linked to step %1 · %2 (Ctrl+Shift+L from anywhere)</source>
        <translation>[Àđđš ŧĥé ǫûéšŧîöñ ŧö ŧĥé þàŕķîñĝ ļöŧ, ļîñķéđ ŧö šŧéþ %1 · %2 (Çŧŕļ+Šĥîƒŧ+Ļ ƒŕöɱ àñýŵĥéŕé)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 open, %2 closed</source>
        <translation>[%1 öþéñ, %2 çļöšéđ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ParkingQuickAddDialog</name>
    <message>
        <source>For step &lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation>[Ƒöŕ šŧéþ &lt;b&gt;%1 · %2&lt;/b&gt;~~~]</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>[Þàŕķ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::PresenterView</name>
    <message>
        <source>CRM Strategy Workbench — presenter view</source>
        <translation>[ÇŔṀ Šŧŕàŧéĝý Ŵöŕķƀéñçĥ — þŕéšéñŧéŕ ṽîéŵ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Look outward, look inward, then decide what to keep, change or drop.</source>
        <translation>[Ļööķ öûŧŵàŕđ, ļööķ îñŵàŕđ, ŧĥéñ đéçîđé ŵĥàŧ ŧö ķééþ, çĥàñĝé öŕ đŕöþ.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>No votes yet. The room rates %1 from 1 to 5.</source>
        <translation>[Ñö ṽöŧéš ýéŧ. Ŧĥé ŕööɱ ŕàŧéš %1 ƒŕöɱ 1 ŧö 5.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source> and </source>
        <translation>[ àñđ ~~]</translation>
    </message>
    <message>
        <source>Objective &lt;b&gt;%1&lt;/b&gt; has no KPI.</source>
        <translation>[Öƀĵéçŧîṽé &lt;b&gt;%1&lt;/b&gt; ĥàš ñö ĶÞÎ.~~~~~~~]</translation>
    </message>
    <message>
        <source>KPI &lt;b&gt;%1&lt;/b&gt; serves no objective.</source>
        <translation>[ĶÞÎ &lt;b&gt;%1&lt;/b&gt; šéŕṽéš ñö öƀĵéçŧîṽé.~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 objectives, %2 KPIs, %3 links</source>
        <translation>[%1 öƀĵéçŧîṽéš, %2 ĶÞÎš, %3 ļîñķš~~~~~~~~]</translation>
    </message>
    <message>
        <source>Every objective has a KPI and every KPI serves an objective.</source>
        <translation>[Éṽéŕý öƀĵéçŧîṽé ĥàš à ĶÞÎ àñđ éṽéŕý ĶÞÎ šéŕṽéš àñ öƀĵéçŧîṽé.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>[çýçļé %1~~]</translation>
    </message>
    <message>
        <source>1 open question parked for this step</source>
        <translation>[1 öþéñ ǫûéšŧîöñ þàŕķéđ ƒöŕ ŧĥîš šŧéþ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>%1 open questions parked for this step</source>
        <translation>[%1 öþéñ ǫûéšŧîöñš þàŕķéđ ƒöŕ ŧĥîš šŧéþ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::RadarChart</name>
    <message>
        <source>Rate at least three capabilities to see the maturity radar.</source>
        <translation>[Ŕàŧé àŧ ļéàšŧ ŧĥŕéé çàþàƀîļîŧîéš ŧö šéé ŧĥé ɱàŧûŕîŧý ŕàđàŕ.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::RecommendationTableModel</name>
    <message>
        <source>#</source>
        <translation>[#~]</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>[Îɱþàçŧ~~~]</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>[Ñéẋŧ àçŧîöñ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::RecoveryOffer</name>
    <message>
        <source>%1 is damaged and was not opened (%2). A recovered copy can be made beside it; the file itself stays as it is.</source>
        <translation>[%1 îš đàɱàĝéđ àñđ ŵàš ñöŧ öþéñéđ (%2). À ŕéçöṽéŕéđ çöþý çàñ ƀé ɱàđé ƀéšîđé îŧ; ŧĥé ƒîļé îŧšéļƒ šŧàýš àš îŧ îš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>The document is damaged</source>
        <translation>[Ŧĥé đöçûɱéñŧ îš đàɱàĝéđ~~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened as it is.</source>
        <translation>[%1 îš đàɱàĝéđ àñđ çàññöŧ ƀé öþéñéđ àš îŧ îš.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Everything that can still be read can be copied into a new file beside it and opened. The damaged file is not changed.</source>
        <translation>[Éṽéŕýŧĥîñĝ ŧĥàŧ çàñ šŧîļļ ƀé ŕéàđ çàñ ƀé çöþîéđ îñŧö à ñéŵ ƒîļé ƀéšîđé îŧ àñđ öþéñéđ. Ŧĥé đàɱàĝéđ ƒîļé îš ñöŧ çĥàñĝéđ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Open a recovered copy</source>
        <translation>[Öþéñ à ŕéçöṽéŕéđ çöþý~~~~~~~~]</translation>
    </message>
    <message>
        <source>Nothing in %1 could be read, so no recovered copy was made (%2).</source>
        <translation>[Ñöŧĥîñĝ îñ %1 çöûļđ ƀé ŕéàđ, šö ñö ŕéçöṽéŕéđ çöþý ŵàš ɱàđé (%2).~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>No recovered copy of %1 could be made: %2</source>
        <translation>[Ñö ŕéçöṽéŕéđ çöþý öƒ %1 çöûļđ ƀé ɱàđé: %2~~~~~~~~ ~~~~]</translation>
    </message>
    <message numerus="yes">
        <source>Opened the recovered copy %1: %n row(s) carried over</source>
        <translation>
            <numerusform>[Öþéñéđ ŧĥé ŕéçöṽéŕéđ çöþý %1: %n ŕöŵ(š) çàŕŕîéđ öṽéŕ~~~~~~~~ ~~~~~~~]</numerusform><numerusform>[Öþéñéđ ŧĥé ŕéçöṽéŕéđ çöþý %1: %n ŕöŵ(š) çàŕŕîéđ öṽéŕ~~~~~~~~ ~~~~~~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n unreadable value(s) left empty</source>
        <translation>
            <numerusform>[, %n ûñŕéàđàƀļé ṽàļûé(š) ļéƒŧ éɱþŧý~~~~~~~~ ~~]</numerusform><numerusform>[, %n ûñŕéàđàƀļé ṽàļûé(š) ļéƒŧ éɱþŧý~~~~~~~~ ~~]</numerusform></translation>
    </message>
    <message>
        <source>. %1 is unchanged.</source>
        <translation>[. %1 îš ûñçĥàñĝéđ.~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::RenameCycleDialog</name>
    <message>
        <source>Rename cycle %1</source>
        <translation>[Ŕéñàɱé çýçļé %1~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>[&amp;Ŕéñàɱé~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ReportContentPage</name>
    <message>
        <source>&lt;span style='font-size:large'&gt;&lt;b&gt;Report content&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Your own words for the report's sections, its cover and who signs it off. The figures come from the steps.</source>
        <translation>[&lt;span style='font-size:large'&gt;&lt;b&gt;Ŕéþöŕŧ çöñŧéñŧ&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Ýöûŕ öŵñ ŵöŕđš ƒöŕ ŧĥé ŕéþöŕŧ'š šéçŧîöñš, îŧš çöṽéŕ àñđ ŵĥö šîĝñš îŧ öƒƒ. Ŧĥé ƒîĝûŕéš çöɱé ƒŕöɱ ŧĥé šŧéþš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cover&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Çöṽéŕ&lt;/b&gt;~~]</translation>
    </message>
    <message>
        <source>Section &amp;texts</source>
        <translation>[Šéçŧîöñ &amp;ŧéẋŧš~~~~~]</translation>
    </message>
    <message>
        <source>C&amp;over and sign-off</source>
        <translation>[Ç&amp;öṽéŕ àñđ šîĝñ-öƒƒ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>[Éẋþöŕŧ ŕéþöŕŧ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>[&amp;Éẋþöŕŧ~~]</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>[Ƒûļļ ŕéþöŕŧ~~~~]</translation>
    </message>
    <message>
        <source>Brief: two pages for the executives</source>
        <translation>[Ɓŕîéƒ: ŧŵö þàĝéš ƒöŕ ŧĥé éẋéçûŧîṽéš~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>[À4~]</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>[Ļéŧŧéŕ~~~]</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>[&amp;Öþéñ ƒîļé~~~]</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>[Öþéñ &amp;ƒöļđéŕ~~~~]</translation>
    </message>
    <message>
        <source>Export &amp;another…</source>
        <translation>[Éẋþöŕŧ &amp;àñöŧĥéŕ…~~~~~]</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>[Šàṽé ŧĥé ŕéþöŕŧ àš~~~~~~]</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>[%1 ƒîļéš (*.%2)~~]</translation>
    </message>
    <message>
        <source>Choose where to save the report first.</source>
        <translation>[Çĥööšé ŵĥéŕé ŧö šàṽé ŧĥé ŕéþöŕŧ ƒîŕšŧ.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>[Ŵŕîŧîñĝ %1…~~~]</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>[Çàñçéļļîñĝ…~~~~]</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written to %1.</source>
        <translation>[Çàñçéļļéđ: ñöŧĥîñĝ ŵàš ŵŕîŧŧéñ ŧö %1.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>The report was not written. %1</source>
        <translation>[Ŧĥé ŕéþöŕŧ ŵàš ñöŧ ŵŕîŧŧéñ. %1~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>[Ŧĥé ŕéþöŕŧ ŵàš ŵŕîŧŧéñ ŧö %1.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>The report was written to %1, but it cannot be shown here.</source>
        <translation>[Ŧĥé ŕéþöŕŧ ŵàš ŵŕîŧŧéñ ŧö %1, ƀûŧ îŧ çàññöŧ ƀé šĥöŵñ ĥéŕé.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ReportPreview</name>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>[◀ &amp;Þŕéṽîöûš þàĝé~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>[&amp;Ñéẋŧ þàĝé ▶~~~]</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>[Þàĝé %1 öƒ %2~~~]</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>[Ñö þŕéṽîéŵ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetDecisionsPanel</name>
    <message>
        <source>&lt;b&gt;Phase 3 · Reset.&lt;/b&gt; With what the room learned looking outward and inward, decide for each objective, KPI and segment treatment: &lt;i&gt;keep&lt;/i&gt;, &lt;i&gt;change&lt;/i&gt; (say what changes) or &lt;i&gt;drop&lt;/i&gt; — and &lt;i&gt;add&lt;/i&gt; what is new. Every decision needs its reason, so next year's reset can judge it.</source>
        <translation>[&lt;b&gt;Þĥàšé 3 · Ŕéšéŧ.&lt;/b&gt; Ŵîŧĥ ŵĥàŧ ŧĥé ŕööɱ ļéàŕñéđ ļööķîñĝ öûŧŵàŕđ àñđ îñŵàŕđ, đéçîđé ƒöŕ éàçĥ öƀĵéçŧîṽé, ĶÞÎ àñđ šéĝɱéñŧ ŧŕéàŧɱéñŧ: &lt;i&gt;ķééþ&lt;/i&gt;, &lt;i&gt;çĥàñĝé&lt;/i&gt; (šàý ŵĥàŧ çĥàñĝéš) öŕ &lt;i&gt;đŕöþ&lt;/i&gt; — àñđ &lt;i&gt;àđđ&lt;/i&gt; ŵĥàŧ îš ñéŵ. Éṽéŕý đéçîšîöñ ñééđš îŧš ŕéàšöñ, šö ñéẋŧ ýéàŕ'š ŕéšéŧ çàñ ĵûđĝé îŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Add a row for each &amp;open item</source>
        <translation>[Àđđ à ŕöŵ ƒöŕ éàçĥ &amp;öþéñ îŧéɱ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Adds a “keep” row for every objective, KPI and treatment without a decision; change the decision where needed and write each reason.</source>
        <translation>[Àđđš à “ķééþ” ŕöŵ ƒöŕ éṽéŕý öƀĵéçŧîṽé, ĶÞÎ àñđ ŧŕéàŧɱéñŧ ŵîŧĥöûŧ à đéçîšîöñ; çĥàñĝé ŧĥé đéçîšîöñ ŵĥéŕé ñééđéđ àñđ ŵŕîŧé éàçĥ ŕéàšöñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>[Ŕöŵ %1~~]</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>[Ŕöŵ %1 (%2)~~]</translation>
    </message>
    <message>
        <source>%1: a reason is required.</source>
        <translation>[%1: à ŕéàšöñ îš ŕéǫûîŕéđ.~~~~~~~]</translation>
    </message>
    <message>
        <source>%1: say what changes.</source>
        <translation>[%1: šàý ŵĥàŧ çĥàñĝéš.~~~~~~]</translation>
    </message>
    <message>
        <source>%1: name the new item under “Change or new item”.</source>
        <translation>[%1: ñàɱé ŧĥé ñéŵ îŧéɱ ûñđéŕ “Çĥàñĝé öŕ ñéŵ îŧéɱ”.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>%1: choose the item this decision is about.</source>
        <translation>[%1: çĥööšé ŧĥé îŧéɱ ŧĥîš đéçîšîöñ îš àƀöûŧ.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>… and %1 more (the cells in yellow).</source>
        <translation>[… àñđ %1 ɱöŕé (ŧĥé çéļļš îñ ýéļļöŵ).~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Every objective, KPI and treatment has a decision.</source>
        <translation>[Éṽéŕý öƀĵéçŧîṽé, ĶÞÎ àñđ ŧŕéàŧɱéñŧ ĥàš à đéçîšîöñ.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Still without a decision: %1.</source>
        <translation>[Šŧîļļ ŵîŧĥöûŧ à đéçîšîöñ: %1.~~~~~~~~ ~]</translation>
    </message>
    <message numerus="yes">
        <source>Add %n open decision(s)</source>
        <translation>
            <numerusform>[Àđđ %n öþéñ đéçîšîöñ(š)~~~~~~~]</numerusform><numerusform>[Àđđ %n öþéñ đéçîšîöñ(š)~~~~~~~]</numerusform></translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetFlowPage</name>
    <message>
        <source>Start a new cycle…</source>
        <translation>[Šŧàŕŧ à ñéŵ çýçļé…~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;1  Outward: customers</source>
        <translation>[&amp;1  Öûŧŵàŕđ: çûšŧöɱéŕš~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;2  Inward: employees</source>
        <translation>[&amp;2  Îñŵàŕđ: éɱþļöýééš~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;3  Reset: decisions</source>
        <translation>[&amp;3  Ŕéšéŧ: đéçîšîöñš~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;4  Schedule</source>
        <translation>[&amp;4  Šçĥéđûļé~~~~]</translation>
    </message>
    <message>
        <source>Is the strategy creating the customer experience and buying patterns it meant to? (Alt+1)</source>
        <translation>[Îš ŧĥé šŧŕàŧéĝý çŕéàŧîñĝ ŧĥé çûšŧöɱéŕ éẋþéŕîéñçé àñđ ƀûýîñĝ þàŧŧéŕñš îŧ ɱéàñŧ ŧö? (Àļŧ+1)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Do employees understand and apply the strategy? (Alt+2)</source>
        <translation>[Đö éɱþļöýééš ûñđéŕšŧàñđ àñđ àþþļý ŧĥé šŧŕàŧéĝý? (Àļŧ+2)~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Keep, change or drop each objective, KPI and treatment (Alt+3)</source>
        <translation>[Ķééþ, çĥàñĝé öŕ đŕöþ éàçĥ öƀĵéçŧîṽé, ĶÞÎ àñđ ŧŕéàŧɱéñŧ (Àļŧ+3)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>The next reset and its preparation, as a calendar file (Alt+4)</source>
        <translation>[Ŧĥé ñéẋŧ ŕéšéŧ àñđ îŧš þŕéþàŕàŧîöñ, àš à çàļéñđàŕ ƒîļé (Àļŧ+4)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>← Previous phase</source>
        <translation>[← Þŕéṽîöûš þĥàšé~~~~~~]</translation>
    </message>
    <message>
        <source>Next phase →</source>
        <translation>[Ñéẋŧ þĥàšé →~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase 2 · Look inward.&lt;/b&gt; Do the people who manage customer relationships understand the strategy, accept it and apply it? Record a short survey or a few interviews per department: how well the strategy is understood and applied (1–5), and where day-to-day practice has drifted from the plan.</source>
        <translation>[&lt;b&gt;Þĥàšé 2 · Ļööķ îñŵàŕđ.&lt;/b&gt; Đö ŧĥé þéöþļé ŵĥö ɱàñàĝé çûšŧöɱéŕ ŕéļàŧîöñšĥîþš ûñđéŕšŧàñđ ŧĥé šŧŕàŧéĝý, àççéþŧ îŧ àñđ àþþļý îŧ? Ŕéçöŕđ à šĥöŕŧ šûŕṽéý öŕ à ƒéŵ îñŧéŕṽîéŵš þéŕ đéþàŕŧɱéñŧ: ĥöŵ ŵéļļ ŧĥé šŧŕàŧéĝý îš ûñđéŕšŧööđ àñđ àþþļîéđ (1–5), àñđ ŵĥéŕé đàý-ŧö-đàý þŕàçŧîçé ĥàš đŕîƒŧéđ ƒŕöɱ ŧĥé þļàñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:large'&gt;&lt;b&gt;Annual reset · cycle %1&lt;/b&gt;&lt;/span&gt;</source>
        <translation>[&lt;span style='font-size:large'&gt;&lt;b&gt;Àññûàļ ŕéšéŧ · çýçļé %1&lt;/b&gt;&lt;/span&gt;~~~~~~~]</translation>
    </message>
    <message>
        <source>Compared with cycle &lt;b&gt;%1&lt;/b&gt;%2. Walk the three phases, then set the date of the next reset.</source>
        <translation>[Çöɱþàŕéđ ŵîŧĥ çýçļé &lt;b&gt;%1&lt;/b&gt;%2. Ŵàļķ ŧĥé ŧĥŕéé þĥàšéš, ŧĥéñ šéŧ ŧĥé đàŧé öƒ ŧĥé ñéẋŧ ŕéšéŧ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>; milestones due by %1 count</source>
        <translation>[; ɱîļéšŧöñéš đûé ƀý %1 çöûñŧ~~~~~~~~]</translation>
    </message>
    <message>
        <source>This is the document's first cycle, so there is nothing to compare yet. A year after the workshop, start a new cycle (Ctrl+Shift+C): it copies this one, and the reset compares the two.</source>
        <translation>[Ŧĥîš îš ŧĥé đöçûɱéñŧ'š ƒîŕšŧ çýçļé, šö ŧĥéŕé îš ñöŧĥîñĝ ŧö çöɱþàŕé ýéŧ. À ýéàŕ àƒŧéŕ ŧĥé ŵöŕķšĥöþ, šŧàŕŧ à ñéŵ çýçļé (Çŧŕļ+Šĥîƒŧ+Ç): îŧ çöþîéš ŧĥîš öñé, àñđ ŧĥé ŕéšéŧ çöɱþàŕéš ŧĥé ŧŵö.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetMeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>[Ṁéàšûŕé~~~]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķîñđ~~]</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>[Öƀĵéçŧîṽé~~~~]</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>[Šûƀĵéçŧîṽé~~~~]</translation>
    </message>
    <message>
        <source>Objective: hard data (orders, times, counts)</source>
        <translation>[Öƀĵéçŧîṽé: ĥàŕđ đàŧà (öŕđéŕš, ŧîɱéš, çöûñŧš)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Subjective: perception (surveys, complaints, compliments)</source>
        <translation>[Šûƀĵéçŧîṽé: þéŕçéþŧîöñ (šûŕṽéýš, çöɱþļàîñŧš, çöɱþļîɱéñŧš)~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>[Ļéṽéļ~~]</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>[Šŧŕàŧéĝý~~~~]</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>[Ŧàçŧîç~~~]</translation>
    </message>
    <message>
        <source>Strategy level: does the strategy as a whole work?</source>
        <translation>[Šŧŕàŧéĝý ļéṽéļ: đöéš ŧĥé šŧŕàŧéĝý àš à ŵĥöļé ŵöŕķ?~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Tactic level: do the chosen actions work?</source>
        <translation>[Ŧàçŧîç ļéṽéļ: đö ŧĥé çĥöšéñ àçŧîöñš ŵöŕķ?~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>[Ļàšŧ çýçļé~~~~]</translation>
    </message>
    <message>
        <source>Last (%1)</source>
        <translation>[Ļàšŧ (%1)~~]</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>[Ŧĥîš çýçļé~~~~]</translation>
    </message>
    <message>
        <source>This (%1)</source>
        <translation>[Ŧĥîš (%1)~~]</translation>
    </message>
    <message>
        <source>This cycle's value of the KPI: type to change it.</source>
        <translation>[Ŧĥîš çýçļé'š ṽàļûé öƒ ŧĥé ĶÞÎ: ŧýþé ŧö çĥàñĝé îŧ.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>No value recorded for this cycle yet: the KPI's baseline is shown. Type this year's value.</source>
        <translation>[Ñö ṽàļûé ŕéçöŕđéđ ƒöŕ ŧĥîš çýçļé ýéŧ: ŧĥé ĶÞÎ'š ƀàšéļîñé îš šĥöŵñ. Ŧýþé ŧĥîš ýéàŕ'š ṽàļûé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>[Ŧàŕĝéŧ~~~]</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>[Çĥàñĝé~~~]</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>[Đîŕéçŧîöñ~~~~]</translation>
    </message>
    <message>
        <source>new this cycle</source>
        <translation>[ñéŵ ŧĥîš çýçļé~~~~~]</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>[Ĥîĝĥéŕ îš ƀéŧŧéŕ~~~~~~]</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>[Ļöŵéŕ îš ƀéŧŧéŕ~~~~~~]</translation>
    </message>
    <message>
        <source>%1, step 4 survey</source>
        <translation>[%1, šŧéþ 4 šûŕṽéý~~~~]</translation>
    </message>
    <message>
        <source>%1: %2 (kept the previous value)</source>
        <translation>[%1: %2 (ķéþŧ ŧĥé þŕéṽîöûš ṽàļûé)~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetMilestonesModel</name>
    <message>
        <source>Objective or KPI (last cycle)</source>
        <translation>[Öƀĵéçŧîṽé öŕ ĶÞÎ (ļàšŧ çýçļé)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>[Đûé~~]</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>[Ŧàŕĝéŧ~~~]</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>[Àçŧûàļ~~~]</translation>
    </message>
    <message>
        <source>The value reached by the due date: type it to record it.</source>
        <translation>[Ŧĥé ṽàļûé ŕéàçĥéđ ƀý ŧĥé đûé đàŧé: ŧýþé îŧ ŧö ŕéçöŕđ îŧ.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>[Ŕéšûļŧ~~~]</translation>
    </message>
    <message>
        <source>Actual of %1 due %2: %3 (kept the previous value)</source>
        <translation>[Àçŧûàļ öƒ %1 đûé %2: %3 (ķéþŧ ŧĥé þŕéṽîöûš ṽàļûé)~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Record the actual of a milestone of %1</source>
        <translation>[Ŕéçöŕđ ŧĥé àçŧûàļ öƒ à ɱîļéšŧöñé öƒ %1~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetOutwardPanel</name>
    <message>
        <source>&lt;b&gt;Phase 1 · Look outward.&lt;/b&gt; Is the strategy creating the experiences, buying patterns and recommendations it aimed for? Compare this cycle with the last one and with the targets; type this year's KPI values and milestone actuals where they are missing. Look at both hard data and perception, at strategy and at tactic level.</source>
        <translation>[&lt;b&gt;Þĥàšé 1 · Ļööķ öûŧŵàŕđ.&lt;/b&gt; Îš ŧĥé šŧŕàŧéĝý çŕéàŧîñĝ ŧĥé éẋþéŕîéñçéš, ƀûýîñĝ þàŧŧéŕñš àñđ ŕéçöɱɱéñđàŧîöñš îŧ àîɱéđ ƒöŕ? Çöɱþàŕé ŧĥîš çýçļé ŵîŧĥ ŧĥé ļàšŧ öñé àñđ ŵîŧĥ ŧĥé ŧàŕĝéŧš; ŧýþé ŧĥîš ýéàŕ'š ĶÞÎ ṽàļûéš àñđ ɱîļéšŧöñé àçŧûàļš ŵĥéŕé ŧĥéý àŕé ɱîššîñĝ. Ļööķ àŧ ƀöŧĥ ĥàŕđ đàŧà àñđ þéŕçéþŧîöñ, àŧ šŧŕàŧéĝý àñđ àŧ ŧàçŧîç ļéṽéļ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Objective (hard data)</source>
        <translation>[Öƀĵéçŧîṽé (ĥàŕđ đàŧà)~~~~~~~]</translation>
    </message>
    <message>
        <source>Subjective (perception)</source>
        <translation>[Šûƀĵéçŧîṽé (þéŕçéþŧîöñ)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Strategy level</source>
        <translation>[Šŧŕàŧéĝý ļéṽéļ~~~~~~]</translation>
    </message>
    <message>
        <source>Tactic level</source>
        <translation>[Ŧàçŧîç ļéṽéļ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>[&amp;Ķîñđ:~~]</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>[&amp;Ļéṽéļ:~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Šĥöŵ&lt;/b&gt;~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measures&lt;/b&gt; — this cycle against the last one and the target; grey italic values are baselines still waiting for this year's figure</source>
        <translation>[&lt;b&gt;Ṁéàšûŕéš&lt;/b&gt; — ŧĥîš çýçļé àĝàîñšŧ ŧĥé ļàšŧ öñé àñđ ŧĥé ŧàŕĝéŧ; ĝŕéý îŧàļîç ṽàļûéš àŕé ƀàšéļîñéš šŧîļļ ŵàîŧîñĝ ƒöŕ ŧĥîš ýéàŕ'š ƒîĝûŕé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Only milestones &amp;due by this cycle's assessment date</source>
        <translation>[Öñļý ɱîļéšŧöñéš &amp;đûé ƀý ŧĥîš çýçļé'š àššéššɱéñŧ đàŧé~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last cycle's milestones&lt;/b&gt; — type the actual reached by the due date</source>
        <translation>[&lt;b&gt;Ļàšŧ çýçļé'š ɱîļéšŧöñéš&lt;/b&gt; — ŧýþé ŧĥé àçŧûàļ ŕéàçĥéđ ƀý ŧĥé đûé đàŧé~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>No earlier cycle to compare with.</source>
        <translation>[Ñö éàŕļîéŕ çýçļé ŧö çöɱþàŕé ŵîŧĥ.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&lt;span style='color:#1b6e1b'&gt;%1 hit&lt;/span&gt; · &lt;span style='color:#a61b1b'&gt;%2 missed&lt;/span&gt; · %3 without an actual</source>
        <translation>[&lt;span style='color:#1b6e1b'&gt;%1 ĥîŧ&lt;/span&gt; · &lt;span style='color:#a61b1b'&gt;%2 ɱîššéđ&lt;/span&gt; · %3 ŵîŧĥöûŧ àñ àçŧûàļ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetSchedulePanel</name>
    <message>
        <source>&lt;b&gt;Follow through.&lt;/b&gt; Put the next reset and its preparation meetings in the calendar today, with who attends. A meeting without an agenda gets the one shown in grey, drawn from the three phases. Export the schedule as an iCalendar file (.ics) that any calendar program imports.</source>
        <translation>[&lt;b&gt;Ƒöļļöŵ ŧĥŕöûĝĥ.&lt;/b&gt; Þûŧ ŧĥé ñéẋŧ ŕéšéŧ àñđ îŧš þŕéþàŕàŧîöñ ɱééŧîñĝš îñ ŧĥé çàļéñđàŕ ŧöđàý, ŵîŧĥ ŵĥö àŧŧéñđš. À ɱééŧîñĝ ŵîŧĥöûŧ àñ àĝéñđà ĝéŧš ŧĥé öñé šĥöŵñ îñ ĝŕéý, đŕàŵñ ƒŕöɱ ŧĥé ŧĥŕéé þĥàšéš. Éẋþöŕŧ ŧĥé šçĥéđûļé àš àñ îÇàļéñđàŕ ƒîļé (.îçš) ŧĥàŧ àñý çàļéñđàŕ þŕöĝŕàɱ îɱþöŕŧš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Plan next year's reset</source>
        <translation>[&amp;Þļàñ ñéẋŧ ýéàŕ'š ŕéšéŧ~~~~~~~]</translation>
    </message>
    <message>
        <source>Adds a progress review in six months, a preparation meeting and the reset itself a year after this cycle's assessment date</source>
        <translation>[Àđđš à þŕöĝŕéšš ŕéṽîéŵ îñ šîẋ ɱöñŧĥš, à þŕéþàŕàŧîöñ ɱééŧîñĝ àñđ ŧĥé ŕéšéŧ îŧšéļƒ à ýéàŕ àƒŧéŕ ŧĥîš çýçļé'š àššéššɱéñŧ đàŧé~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>E&amp;xport schedule (.ics)…</source>
        <translation>[É&amp;ẋþöŕŧ šçĥéđûļé (.îçš)…~~~~~~~]</translation>
    </message>
    <message>
        <source>No meeting planned yet: &lt;i&gt;Plan next year's reset&lt;/i&gt; adds the reset, its preparation and a progress review.</source>
        <translation>[Ñö ɱééŧîñĝ þļàññéđ ýéŧ: &lt;i&gt;Þļàñ ñéẋŧ ýéàŕ'š ŕéšéŧ&lt;/i&gt; àđđš ŧĥé ŕéšéŧ, îŧš þŕéþàŕàŧîöñ àñđ à þŕöĝŕéšš ŕéṽîéŵ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda of “%1”&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>[&lt;b&gt;Àĝéñđà öƒ “%1”&lt;/b&gt; %2&lt;br&gt;%3~~~~]</translation>
    </message>
    <message>
        <source>&lt;i&gt;(none written: the calendar file gets this one)&lt;/i&gt;</source>
        <translation>[&lt;i&gt;(ñöñé ŵŕîŧŧéñ: ŧĥé çàļéñđàŕ ƒîļé ĝéŧš ŧĥîš öñé)&lt;/i&gt;~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>The schedule of cycle %1 is empty: add the next reset first.</source>
        <translation>[Ŧĥé šçĥéđûļé öƒ çýçļé %1 îš éɱþŧý: àđđ ŧĥé ñéẋŧ ŕéšéŧ ƒîŕšŧ.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>[%1 çàññöŧ ƀé ŵŕîŧŧéñ: %2~~~~~~]</translation>
    </message>
    <message>
        <source>%1 reset schedule %2.ics</source>
        <translation>[%1 ŕéšéŧ šçĥéđûļé %2.îçš~~~~~~~]</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>[Éẋþöŕŧ ŧĥé šçĥéđûļé~~~~~~~]</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>[îÇàļéñđàŕ ƒîļéš (*.ics)~~~~~~]</translation>
    </message>
    <message>
        <source>The schedule was exported to %1.</source>
        <translation>[Ŧĥé šçĥéđûļé ŵàš éẋþöŕŧéđ ŧö %1.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>CRM progress review</source>
        <translation>[ÇŔṀ þŕöĝŕéšš ŕéṽîéŵ~~~~~~~]</translation>
    </message>
    <message>
        <source>Prepare the CRM strategy reset %1</source>
        <translation>[Þŕéþàŕé ŧĥé ÇŔṀ šŧŕàŧéĝý ŕéšéŧ %1~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>CRM strategy reset %1</source>
        <translation>[ÇŔṀ šŧŕàŧéĝý ŕéšéŧ %1~~~~~~~]</translation>
    </message>
    <message>
        <source>Plan the reset %1</source>
        <translation>[Þļàñ ŧĥé ŕéšéŧ %1~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetWorkspace</name>
    <message>
        <source>Annual reset</source>
        <translation>[Àññûàļ ŕéšéŧ~~~~~]</translation>
    </message>
    <message>
        <source>Annual reset: compare cycles</source>
        <translation>[Àññûàļ ŕéšéŧ: çöɱþàŕé çýçļéš~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Start new cycle…</source>
        <translation>[&amp;Šŧàŕŧ ñéŵ çýçļé…~~~~~]</translation>
    </message>
    <message>
        <source>Re&amp;name cycle…</source>
        <translation>[Ŕé&amp;ñàɱé çýçļé…~~~~]</translation>
    </message>
    <message>
        <source>&amp;Delete cycle…</source>
        <translation>[&amp;Đéļéŧé çýçļé…~~~~]</translation>
    </message>
    <message>
        <source>Go to the &amp;reset phases</source>
        <translation>[Ĝö ŧö ŧĥé &amp;ŕéšéŧ þĥàšéš~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Compare cycles…</source>
        <translation>[&amp;Çöɱþàŕé çýçļéš…~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Export schedule (.ics)…</source>
        <translation>[&amp;Éẋþöŕŧ šçĥéđûļé (.îçš)…~~~~~~~]</translation>
    </message>
    <message>
        <source>The three phases of the annual reset: outward, inward, reset</source>
        <translation>[Ŧĥé ŧĥŕéé þĥàšéš öƒ ŧĥé àññûàļ ŕéšéŧ: öûŧŵàŕđ, îñŵàŕđ, ŕéšéŧ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Measures, maturity, milestones and items of any two cycles side by side</source>
        <translation>[Ṁéàšûŕéš, ɱàŧûŕîŧý, ɱîļéšŧöñéš àñđ îŧéɱš öƒ àñý ŧŵö çýçļéš šîđé ƀý šîđé~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>[&amp;Ŕéšéŧ~~]</translation>
    </message>
    <message>
        <source>The last cycle of a document cannot be deleted.</source>
        <translation>[Ŧĥé ļàšŧ çýçļé öƒ à đöçûɱéñŧ çàññöŧ ƀé đéļéŧéđ.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Delete cycle “%1” with %2?

Edit ▸ Undo (Ctrl+Z) brings it back while the document stays open.</source>
        <translation>[Đéļéŧé çýçļé “%1” ŵîŧĥ %2?

Éđîŧ ▸ Ûñđö (Çŧŕļ+Ž) ƀŕîñĝš îŧ ƀàçķ ŵĥîļé ŧĥé đöçûɱéñŧ šŧàýš öþéñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Cycle %1 is the document's only cycle and cannot be deleted.</source>
        <translation>[Çýçļé %1 îš ŧĥé đöçûɱéñŧ'š öñļý çýçļé àñđ çàññöŧ ƀé đéļéŧéđ.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Delete cycle %1</source>
        <translation>[Đéļéŧé çýçļé %1~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Delete cycle %1</source>
        <translation>[&amp;Đéļéŧé çýçļé %1~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::RoomVotePanel</name>
    <message>
        <source>Vote from phones</source>
        <translation>[Ṽöŧé ƒŕöɱ þĥöñéš~~~~~~]</translation>
    </message>
    <message>
        <source>A round on this step</source>
        <translation>[À ŕöûñđ öñ ŧĥîš šŧéþ~~~~~~~]</translation>
    </message>
    <message>
        <source>What the room rates</source>
        <translation>[Ŵĥàŧ ŧĥé ŕööɱ ŕàŧéš~~~~~~~]</translation>
    </message>
    <message>
        <source>%1 (the room's network)</source>
        <translation>[%1 (ŧĥé ŕööɱ'š ñéŧŵöŕķ)~~~~~~]</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only, for trying it out)</source>
        <translation>[127.0.0.1 (ŧĥîš çöɱþûŧéŕ öñļý, ƒöŕ ŧŕýîñĝ îŧ öûŧ)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Open the round</source>
        <translation>[&amp;Öþéñ ŧĥé ŕöûñđ~~~~~]</translation>
    </message>
    <message>
        <source>Phones reach this computer at</source>
        <translation>[Þĥöñéš ŕéàçĥ ŧĥîš çöɱþûŧéŕ àŧ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>[Ŧĥé ŕöûñđ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Remove their votes</source>
        <translation>[&amp;Ŕéɱöṽé ŧĥéîŕ ṽöŧéš~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>[&amp;Çļöšé ŧĥé ŕöûñđ~~~~~]</translation>
    </message>
    <message>
        <source>Re-o&amp;pen</source>
        <translation>[Ŕé-ö&amp;þéñ~~]</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>[Þéŕšöñ:~~~]</translation>
    </message>
    <message>
        <source>The room votes from phones on steps 3, 5 and 10</source>
        <translation>[Ŧĥé ŕööɱ ṽöŧéš ƒŕöɱ þĥöñéš öñ šŧéþš 3, 5 àñđ 10~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>A round on step %1 · %2</source>
        <translation>[À ŕöûñđ öñ šŧéþ %1 · %2~~~~~]</translation>
    </message>
    <message>
        <source>Tick what the room rates; the step needs items to rate.</source>
        <translation>[Ŧîçķ ŵĥàŧ ŧĥé ŕööɱ ŕàŧéš; ŧĥé šŧéþ ñééđš îŧéɱš ŧö ŕàŧé.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Votes from phones (%1 from %2)</source>
        <translation>[Ṽöŧéš ƒŕöɱ þĥöñéš (%1 ƒŕöɱ %2)~~~~~~~~]</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>[àñšŵéŕ~~~]</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>[àñšŵéŕš~~~]</translation>
    </message>
    <message>
        <source>person</source>
        <translation>[þéŕšöñ~~~]</translation>
    </message>
    <message>
        <source>people</source>
        <translation>[þéöþļé~~~]</translation>
    </message>
    <message>
        <source>The votes of %1 could not be removed.</source>
        <translation>[Ŧĥé ṽöŧéš öƒ %1 çöûļđ ñöŧ ƀé ŕéɱöṽéđ.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>[Ĵöîñ çöđé: %1~~~~]</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>[%1 ƒŕöɱ %2~~]</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>[ṽöŧé~~]</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>[ṽöŧéš~~]</translation>
    </message>
    <message>
        <source>Scan the code or open the address and type the code.</source>
        <translation>[Šçàñ ŧĥé çöđé öŕ öþéñ ŧĥé àđđŕéšš àñđ ŧýþé ŧĥé çöđé.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>The round is closed: phones can no longer vote.</source>
        <translation>[Ŧĥé ŕöûñđ îš çļöšéđ: þĥöñéš çàñ ñö ļöñĝéŕ ṽöŧé.~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ScoreTreeModel</name>
    <message>
        <source>%1: select a score to read its reason.</source>
        <translation>[%1: šéļéçŧ à šçöŕé ŧö ŕéàđ îŧš ŕéàšöñ.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (step %4)</source>
        <translation>[%1: %2 — %3 (šŧéþ %4)~~]</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>[%1: %2 — %3~]</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>[Šçöŕé~~]</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>[Ṽàļûé~~]</translation>
    </message>
    <message>
        <source>Level / band</source>
        <translation>[Ļéṽéļ / ƀàñđ~~~~]</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>[Ŕéàšöñ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::SegmentFiguresDialog</name>
    <message>
        <source>Add as a new segment</source>
        <translation>[Àđđ àš à ñéŵ šéĝɱéñŧ~~~~~~~]</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>[Ļéàṽé öûŧ~~~~]</translation>
    </message>
    <message>
        <source>Update “%1”</source>
        <translation>[Ûþđàŧé “%1”~~~]</translation>
    </message>
    <message>
        <source>&amp;Use these figures</source>
        <translation>[&amp;Ûšé ŧĥéšé ƒîĝûŕéš~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::SetCatalogVersionCommand</name>
    <message>
        <source>Record version %1 of the %2 catalog</source>
        <translation>[Ŕéçöŕđ ṽéŕšîöñ %1 öƒ ŧĥé %2 çàŧàļöĝ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>[Ķéýƀöàŕđ šĥöŕŧçûŧš~~~~~~~]</translation>
    </message>
    <message>
        <source>Type to find an action or a key</source>
        <translation>[Ŧýþé ŧö ƒîñđ àñ àçŧîöñ öŕ à ķéý~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>[&amp;Ƒîñđ:~~]</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>[Ṁéñû~~]</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>[Àçŧîöñ~~~]</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>[Ķéýš~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::SingletonForm</name>
    <message>
        <source>%1: %2 (kept the previous value)</source>
        <translation>[%1: %2 (ķéþŧ ŧĥé þŕéṽîöûš ṽàļûé)~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::StagedDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>[&amp;Çàñçéļ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::StartCycleDialog</name>
    <message>
        <source>&amp;Start cycle</source>
        <translation>[&amp;Šŧàŕŧ çýçļé~~~~]</translation>
    </message>
    <message>
        <source>Copies %1.</source>
        <translation>[Çöþîéš %1.~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::StepPage</name>
    <message>
        <source>From &amp;catalog…</source>
        <translation>[Ƒŕöɱ &amp;çàŧàļöĝ…~~~~]</translation>
    </message>
    <message>
        <source>&lt;div&gt;Net Promoter Score&lt;/div&gt;&lt;div style='font-size:xx-large'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/div&gt;&lt;div&gt;(promoters − detractors) ÷ all responses × 100&lt;/div&gt;</source>
        <translation>[&lt;div&gt;Ñéŧ Þŕöɱöŧéŕ Šçöŕé&lt;/div&gt;&lt;div style='font-size:xx-large'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/div&gt;&lt;div&gt;(þŕöɱöŧéŕš − đéŧŕàçŧöŕš) ÷ àļļ ŕéšþöñšéš × 100&lt;/div&gt;~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&lt;div&gt;Net Promoter Score&lt;/div&gt;&lt;div style='font-size:xx-large'&gt;&lt;b&gt;–&lt;/b&gt;&lt;/div&gt;&lt;div&gt;Enter promoter, passive and detractor counts.&lt;/div&gt;</source>
        <translation>[&lt;div&gt;Ñéŧ Þŕöɱöŧéŕ Šçöŕé&lt;/div&gt;&lt;div style='font-size:xx-large'&gt;&lt;b&gt;–&lt;/b&gt;&lt;/div&gt;&lt;div&gt;Éñŧéŕ þŕöɱöŧéŕ, þàššîṽé àñđ đéŧŕàçŧöŕ çöûñŧš.&lt;/div&gt;~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPIs (rows) × corporate objectives (columns)&lt;/b&gt; — Space ticks a cell</source>
        <translation>[&lt;b&gt;ĶÞÎš (ŕöŵš) × çöŕþöŕàŧé öƀĵéçŧîṽéš (çöļûɱñš)&lt;/b&gt; — Šþàçé ŧîçķš à çéļļ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Objective &lt;b&gt;%1&lt;/b&gt; has no KPI.</source>
        <translation>[Öƀĵéçŧîṽé &lt;b&gt;%1&lt;/b&gt; ĥàš ñö ĶÞÎ.~~~~~~~]</translation>
    </message>
    <message>
        <source>KPI &lt;b&gt;%1&lt;/b&gt; serves no objective.</source>
        <translation>[ĶÞÎ &lt;b&gt;%1&lt;/b&gt; šéŕṽéš ñö öƀĵéçŧîṽé.~~~~~~~~]</translation>
    </message>
    <message>
        <source>Every objective has a KPI and every KPI serves an objective.</source>
        <translation>[Éṽéŕý öƀĵéçŧîṽé ĥàš à ĶÞÎ àñđ éṽéŕý ĶÞÎ šéŕṽéš àñ öƀĵéçŧîṽé.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::StepSidebar</name>
    <message>
        <source>%1 complete</source>
        <translation>[%1 çöɱþļéŧé~~~~]</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>[Šŧîļļ öþéñ:~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::StepTimerLabel</name>
    <message>
        <source>Clock %1 of %2</source>
        <translation>[Çļöçķ %1 öƒ %2~~~]</translation>
    </message>
    <message>
        <source>Clock %1</source>
        <translation>[Çļöçķ %1~~]</translation>
    </message>
    <message>
        <source>Clock of the annual reset: %1</source>
        <translation>[Çļöçķ öƒ ŧĥé àññûàļ ŕéšéŧ: %1~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Clock of step %1: %2</source>
        <translation>[Çļöçķ öƒ šŧéþ %1: %2~~~~~]</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>[ (þàûšéđ)~~~]</translation>
    </message>
    <message>
        <source>Time spent on this step over all visits; kept in the document</source>
        <translation>[Ŧîɱé šþéñŧ öñ ŧĥîš šŧéþ öṽéŕ àļļ ṽîšîŧš; ķéþŧ îñ ŧĥé đöçûɱéñŧ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Time spent on this step; not kept: the document is read-only</source>
        <translation>[Ŧîɱé šþéñŧ öñ ŧĥîš šŧéþ; ñöŧ ķéþŧ: ŧĥé đöçûɱéñŧ îš ŕéàđ-öñļý~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::TransactionImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>[šéɱîçöļöñ~~~~]</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>[ŧàƀ~~]</translation>
    </message>
    <message>
        <source>blanks</source>
        <translation>[ƀļàñķš~~~]</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>[çöɱɱà~~]</translation>
    </message>
    <message>
        <source>Import transactions</source>
        <translation>[Îɱþöŕŧ ŧŕàñšàçŧîöñš~~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>[&amp;Îɱþöŕŧ~~]</translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation>[Îɱþöŕŧ &amp;àñöŧĥéŕ ƒîļé…~~~~~~~]</translation>
    </message>
    <message>
        <source>Cancel leaves the document exactly as it was: the lines are written in one transaction, all or nothing.</source>
        <translation>[Çàñçéļ ļéàṽéš ŧĥé đöçûɱéñŧ éẋàçŧļý àš îŧ ŵàš: ŧĥé ļîñéš àŕé ŵŕîŧŧéñ îñ öñé ŧŕàñšàçŧîöñ, àļļ öŕ ñöŧĥîñĝ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>[Çöɱɱà  ,~~]</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>[Šéɱîçöļöñ  ;~~~~]</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>[Ŧàƀ~~]</translation>
    </message>
    <message>
        <source>Spaces (runs of blanks)</source>
        <translation>[Šþàçéš (ŕûñš öƒ ƀļàñķš)~~~~~~~~]</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows, as they will be read:</source>
        <translation>[Þŕéṽîéŵ öƒ ŧĥé ƒîŕšŧ %1 ŕöŵš, àš ŧĥéý ŵîļļ ƀé ŕéàđ:~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Lines read:</source>
        <translation>[Ļîñéš ŕéàđ:~~~~]</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>[Îɱþöŕŧéđ:~~~~]</translation>
    </message>
    <message>
        <source>Skipped, bad line:</source>
        <translation>[Šķîþþéđ, ƀàđ ļîñé:~~~~~~]</translation>
    </message>
    <message>
        <source>Skipped, no customer id:</source>
        <translation>[Šķîþþéđ, ñö çûšŧöɱéŕ îđ:~~~~~~~~]</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>[ÇŠṼ àñđ ŧéẋŧ ƒîļéš (*.csv *.txt *.tsv);;Àļļ ƒîļéš (*)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>[%1 çàññöŧ ƀé ŕéàđ: %2~~~~~]</translation>
    </message>
    <message>
        <source>Detected: %1 delimiter, %2, decimal %3%4.</source>
        <translation>[Đéŧéçŧéđ: %1 đéļîɱîŧéŕ, %2, đéçîɱàļ %3%4.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>[à ĥéàđéŕ ŕöŵ~~~~]</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>[ñö ĥéàđéŕ ŕöŵ~~~~~]</translation>
    </message>
    <message>
        <source>point</source>
        <translation>[þöîñŧ~~]</translation>
    </message>
    <message>
        <source>, dates %1</source>
        <translation>[, đàŧéš %1~~]</translation>
    </message>
    <message>
        <source>Check every guess against the preview.</source>
        <translation>[Çĥéçķ éṽéŕý ĝûéšš àĝàîñšŧ ŧĥé þŕéṽîéŵ.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 lines imported earlier from %2</source>
        <translation>[&amp;Ŕéþļàçé ŧĥé %1 ļîñéš îɱþöŕŧéđ éàŕļîéŕ ƒŕöɱ %2~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 lines of the %2 earlier imports</source>
        <translation>[&amp;Ŕéþļàçé ŧĥé %1 ļîñéš öƒ ŧĥé %2 éàŕļîéŕ îɱþöŕŧš~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>[Çĥööšé à ƒîļé ŧö îɱþöŕŧ.~~~~~~~~]</translation>
    </message>
    <message>
        <source>The file cannot be read or is empty.</source>
        <translation>[Ŧĥé ƒîļé çàññöŧ ƀé ŕéàđ öŕ îš éɱþŧý.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>This document is open read-only: nothing can be imported into it.</source>
        <translation>[Ŧĥîš đöçûɱéñŧ îš öþéñ ŕéàđ-öñļý: ñöŧĥîñĝ çàñ ƀé îɱþöŕŧéđ îñŧö îŧ.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>[Ŕéàđîñĝ %1…~~~]</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>[Çàñçéļļîñĝ… ñöŧĥîñĝ ŵîļļ ƀé îɱþöŕŧéđ.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>%1 rows read · %2</source>
        <translation>[%1 ŕöŵš ŕéàđ · %2~~~~]</translation>
    </message>
    <message>
        <source>Writing the lines into the document…</source>
        <translation>[Ŵŕîŧîñĝ ŧĥé ļîñéš îñŧö ŧĥé đöçûɱéñŧ…~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>%1 of %2 lines written · %3</source>
        <translation>[%1 öƒ %2 ļîñéš ŵŕîŧŧéñ · %3~~~~~~]</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>[Šàṽîñĝ ŧĥé đöçûɱéñŧ…~~~~~~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Reading took %2, writing %3.</source>
        <translation>[&lt;b&gt;%1&lt;/b&gt; Ŕéàđîñĝ ŧööķ %2, ŵŕîŧîñĝ %3.~~~~~~~~]</translation>
    </message>
    <message>
        <source>No line was left out.</source>
        <translation>[Ñö ļîñé ŵàš ļéƒŧ öûŧ.~~~~~~~]</translation>
    </message>
    <message>
        <source>Lines left out (the first %1 of %2 are listed):</source>
        <translation>[Ļîñéš ļéƒŧ öûŧ (ŧĥé ƒîŕšŧ %1 öƒ %2 àŕé ļîšŧéđ):~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Lines left out:</source>
        <translation>[Ļîñéš ļéƒŧ öûŧ:~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>[Ûšéŕ ĝûîđé~~~~]</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>[Ƒîñđ îñ ŧĥé ĝûîđé (Éñŧéŕ: ñéẋŧ)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>[&amp;Ƒîñđ:~~]</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>[Ñöŧ ƒöûñđ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteAgreeDialog</name>
    <message>
        <source>Agree</source>
        <translation>[Àĝŕéé~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteGridModel</name>
    <message>
        <source>(no name)</source>
        <translation>[(ñö ñàɱé)~~~]</translation>
    </message>
    <message>
        <source>%1 gives %2 a %3</source>
        <translation>[%1 ĝîṽéš %2 à %3~~~]</translation>
    </message>
    <message>
        <source>%1 has not voted on %2 yet: type 1–5</source>
        <translation>[%1 ĥàš ñöŧ ṽöŧéđ öñ %2 ýéŧ: ŧýþé 1–5~~~~~~~~]</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>[Àĝŕééđ: %1~~~]</translation>
    </message>
    <message>
        <source>Not applicable (%1): left out of the scores</source>
        <translation>[Ñöŧ àþþļîçàƀļé (%1): ļéƒŧ öûŧ öƒ ŧĥé šçöŕéš~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>The agreed value: %1</source>
        <translation>[Ŧĥé àĝŕééđ ṽàļûé: %1~~~~~~]</translation>
    </message>
    <message>
        <source>The only vote</source>
        <translation>[Ŧĥé öñļý ṽöŧé~~~~~]</translation>
    </message>
    <message>
        <source>The median of %1 votes, rounded half up</source>
        <translation>[Ŧĥé ɱéđîàñ öƒ %1 ṽöŧéš, ŕöûñđéđ ĥàļƒ ûþ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>No votes yet: the value typed in the step's table</source>
        <translation>[Ñö ṽöŧéš ýéŧ: ŧĥé ṽàļûé ŧýþéđ îñ ŧĥé šŧéþ'š ŧàƀļé~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>[đîšàĝŕééš~~~~]</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>[Ñ/À~]</translation>
    </message>
    <message>
        <source>%1 — not applicable: %2</source>
        <translation>[%1 — ñöŧ àþþļîçàƀļé: %2~~~~~~]</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>[Ṁéàñ~~]</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>[Ṁéđîàñ~~~]</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>[Ṁîñ–ɱàẋ~~~]</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>[Šþŕéàđ (ŠĐ)~~~~]</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>[Đîšàĝŕééš~~~~]</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>[Àĝŕééđ~~~]</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>[Ûšéđ~~]</translation>
    </message>
    <message>
        <source>Mean of the votes</source>
        <translation>[Ṁéàñ öƒ ŧĥé ṽöŧéš~~~~~~]</translation>
    </message>
    <message>
        <source>Median of the votes</source>
        <translation>[Ṁéđîàñ öƒ ŧĥé ṽöŧéš~~~~~~~]</translation>
    </message>
    <message>
        <source>Lowest and highest vote</source>
        <translation>[Ļöŵéšŧ àñđ ĥîĝĥéšŧ ṽöŧé~~~~~~~~]</translation>
    </message>
    <message>
        <source>Standard deviation of the votes (population)</source>
        <translation>[Šŧàñđàŕđ đéṽîàŧîöñ öƒ ŧĥé ṽöŧéš (þöþûļàŧîöñ)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Spread above the methodology profile's threshold (workshop.disagreement_sd)</source>
        <translation>[Šþŕéàđ àƀöṽé ŧĥé ɱéŧĥöđöļöĝý þŕöƒîļé'š ŧĥŕéšĥöļđ (ŵöŕķšĥöþ.đîšàĝŕééɱéñŧ_šđ)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>The value the room agreed on (Agree…)</source>
        <translation>[Ŧĥé ṽàļûé ŧĥé ŕööɱ àĝŕééđ öñ (Àĝŕéé…)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>The value the scores use: the agreed value when set, else the median</source>
        <translation>[Ŧĥé ṽàļûé ŧĥé šçöŕéš ûšé: ŧĥé àĝŕééđ ṽàļûé ŵĥéñ šéŧ, éļšé ŧĥé ɱéđîàñ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>A vote is a number from 1 to 5, not "%1".</source>
        <translation>[À ṽöŧé îš à ñûɱƀéŕ ƒŕöɱ 1 ŧö 5, ñöŧ "%1".~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteGridView</name>
    <message>
        <source>The room agrees on every item so far: no spread above the threshold.</source>
        <translation>[Ŧĥé ŕööɱ àĝŕééš öñ éṽéŕý îŧéɱ šö ƒàŕ: ñö šþŕéàđ àƀöṽé ŧĥé ŧĥŕéšĥöļđ.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>That was the last cell: every participant's vote on this dimension is in.</source>
        <translation>[Ŧĥàŧ ŵàš ŧĥé ļàšŧ çéļļ: éṽéŕý þàŕŧîçîþàñŧ'š ṽöŧé öñ ŧĥîš đîɱéñšîöñ îš îñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Votes go in a participant's column: move there with the arrow keys or Home.</source>
        <translation>[Ṽöŧéš ĝö îñ à þàŕŧîçîþàñŧ'š çöļûɱñ: ɱöṽé ŧĥéŕé ŵîŧĥ ŧĥé àŕŕöŵ ķéýš öŕ Ĥöɱé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Votes are 1 to 5; %1 was not recorded.</source>
        <translation>[Ṽöŧéš àŕé 1 ŧö 5; %1 ŵàš ñöŧ ŕéçöŕđéđ.~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::VotePage</name>
    <message>
        <source>&amp;Dimension:</source>
        <translation>[&amp;Đîɱéñšîöñ:~~~~]</translation>
    </message>
    <message>
        <source>Move &amp;down after a vote</source>
        <translation>[Ṁöṽé &amp;đöŵñ àƒŧéŕ à ṽöŧé~~~~~~~]</translation>
    </message>
    <message>
        <source>Takes one participant's votes down the column instead of the room's votes across a row</source>
        <translation>[Ŧàķéš öñé þàŕŧîçîþàñŧ'š ṽöŧéš đöŵñ ŧĥé çöļûɱñ îñšŧéàđ öƒ ŧĥé ŕööɱ'š ṽöŧéš àçŕöšš à ŕöŵ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>1–5 votes and moves on · Tab skips · 0 or Delete clears · Ctrl+Z undoes · F8 next disagreement · Ctrl+Enter agrees</source>
        <translation>[1–5 ṽöŧéš àñđ ɱöṽéš öñ · Ŧàƀ šķîþš · 0 öŕ Đéļéŧé çļéàŕš · Çŧŕļ+Ž ûñđöéš · Ƒ8 ñéẋŧ đîšàĝŕééɱéñŧ · Çŧŕļ+Éñŧéŕ àĝŕééš~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Type 1–5 in a participant's column: the vote is saved and the cursor moves on to the next participant. Tab and Shift+Tab move between votes, Enter goes to the next item, 0 or Delete removes a vote, Ctrl+Z undoes, F8 jumps to the next item the room disagrees on, Ctrl+Enter agrees on the row's value.</source>
        <translation>[Ŧýþé 1–5 îñ à þàŕŧîçîþàñŧ'š çöļûɱñ: ŧĥé ṽöŧé îš šàṽéđ àñđ ŧĥé çûŕšöŕ ɱöṽéš öñ ŧö ŧĥé ñéẋŧ þàŕŧîçîþàñŧ. Ŧàƀ àñđ Šĥîƒŧ+Ŧàƀ ɱöṽé ƀéŧŵééñ ṽöŧéš, Éñŧéŕ ĝöéš ŧö ŧĥé ñéẋŧ îŧéɱ, 0 öŕ Đéļéŧé ŕéɱöṽéš à ṽöŧé, Çŧŕļ+Ž ûñđöéš, Ƒ8 ĵûɱþš ŧö ŧĥé ñéẋŧ îŧéɱ ŧĥé ŕööɱ đîšàĝŕééš öñ, Çŧŕļ+Éñŧéŕ àĝŕééš öñ ŧĥé ŕöŵ'š ṽàļûé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>[&amp;Àĝŕéé…~~]</translation>
    </message>
    <message>
        <source>Set the value the room agreed on for the selected row, with the reason (Ctrl+Enter)</source>
        <translation>[Šéŧ ŧĥé ṽàļûé ŧĥé ŕööɱ àĝŕééđ öñ ƒöŕ ŧĥé šéļéçŧéđ ŕöŵ, ŵîŧĥ ŧĥé ŕéàšöñ (Çŧŕļ+Éñŧéŕ)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Clear agreement</source>
        <translation>[Çļéàŕ àĝŕééɱéñŧ~~~~~~]</translation>
    </message>
    <message>
        <source>Agree…</source>
        <translation>[Àĝŕéé…~~]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Votes on step %1 · %2&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Ṽöŧéš öñ šŧéþ %1 · %2&lt;/b&gt;~~~~~]</translation>
    </message>
    <message>
        <source>Step %1 has nothing to vote on. The room votes in step 3 (pain: severity and frequency), step 5 (customer attributes: importance and performance) and step 10 (capabilities: current and target maturity).</source>
        <translation>[Šŧéþ %1 ĥàš ñöŧĥîñĝ ŧö ṽöŧé öñ. Ŧĥé ŕööɱ ṽöŧéš îñ šŧéþ 3 (þàîñ: šéṽéŕîŧý àñđ ƒŕéǫûéñçý), šŧéþ 5 (çûšŧöɱéŕ àŧŧŕîƀûŧéš: îɱþöŕŧàñçé àñđ þéŕƒöŕɱàñçé) àñđ šŧéþ 10 (çàþàƀîļîŧîéš: çûŕŕéñŧ àñđ ŧàŕĝéŧ ɱàŧûŕîŧý).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Add the participants first (Workshop ▸ Participants): each one becomes a column here.</source>
        <translation>[Àđđ ŧĥé þàŕŧîçîþàñŧš ƒîŕšŧ (Ŵöŕķšĥöþ ▸ Þàŕŧîçîþàñŧš): éàçĥ öñé ƀéçöɱéš à çöļûɱñ ĥéŕé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>This step has no items yet: add them in the step's table, then vote.</source>
        <translation>[Ŧĥîš šŧéþ ĥàš ñö îŧéɱš ýéŧ: àđđ ŧĥéɱ îñ ŧĥé šŧéþ'š ŧàƀļé, ŧĥéñ ṽöŧé.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>The room disagrees on:</source>
        <translation>[Ŧĥé ŕööɱ đîšàĝŕééš öñ:~~~~~~~~]</translation>
    </message>
    <message>
        <source>Select the row to agree on first.</source>
        <translation>[Šéļéçŧ ŧĥé ŕöŵ ŧö àĝŕéé öñ ƒîŕšŧ.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>No votes on %1 yet: the room votes first, then agrees.</source>
        <translation>[Ñö ṽöŧéš öñ %1 ýéŧ: ŧĥé ŕööɱ ṽöŧéš ƒîŕšŧ, ŧĥéñ àĝŕééš.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteSpreadModel</name>
    <message>
        <source>Item</source>
        <translation>[Îŧéɱ~~]</translation>
    </message>
    <message>
        <source>Rated for</source>
        <translation>[Ŕàŧéđ ƒöŕ~~~~]</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>[Ṽöŧéš~~]</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>[Ṁéđîàñ~~~]</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>[Ṁîñ–ɱàẋ~~~]</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>[Šþŕéàđ~~~]</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>[Àĝŕééđ~~~]</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>[Ŕööɱ~~]</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>[đîšàĝŕééš~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::WelcomePage</name>
    <message>
        <source>Remove from the list</source>
        <translation>[Ŕéɱöṽé ƒŕöɱ ŧĥé ļîšŧ~~~~~~~]</translation>
    </message>
    <message>
        <source>Recent &amp;documents:</source>
        <translation>[Ŕéçéñŧ &amp;đöçûɱéñŧš:~~~~~~]</translation>
    </message>
    <message>
        <source>No documents opened yet: the ones you open are listed here.</source>
        <translation>[Ñö đöçûɱéñŧš öþéñéđ ýéŧ: ŧĥé öñéš ýöû öþéñ àŕé ļîšŧéđ ĥéŕé.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>%1 is not there any more. Remove it from the list, or open the document where it is now with Open….</source>
        <translation>[%1 îš ñöŧ ŧĥéŕé àñý ɱöŕé. Ŕéɱöṽé îŧ ƒŕöɱ ŧĥé ļîšŧ, öŕ öþéñ ŧĥé đöçûɱéñŧ ŵĥéŕé îŧ îš ñöŵ ŵîŧĥ Öþéñ….~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::WorkshopMode</name>
    <message>
        <source>&amp;Vote</source>
        <translation>[&amp;Ṽöŧé~~]</translation>
    </message>
    <message>
        <source>Partici&amp;pants</source>
        <translation>[Þàŕŧîçî&amp;þàñŧš~~~~~]</translation>
    </message>
    <message>
        <source>Parking &amp;lot</source>
        <translation>[Þàŕķîñĝ &amp;ļöŧ~~~~]</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>[À&amp;ĝéñđà~~]</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>[Ŵöŕķšĥöþ~~~~]</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>[&amp;Þàŕŧîçîþàñŧš~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Vote on this step</source>
        <translation>[&amp;Ṽöŧé öñ ŧĥîš šŧéþ~~~~~~]</translation>
    </message>
    <message>
        <source>Park a &amp;question…</source>
        <translation>[Þàŕķ à &amp;ǫûéšŧîöñ…~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Notes and evidence…</source>
        <translation>[&amp;Ñöŧéš àñđ éṽîđéñçé…~~~~~~]</translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation>[Ñöŧ &amp;àþþļîçàƀļé…~~~~~]</translation>
    </message>
    <message>
        <source>A&amp;genda &amp;&amp; timer</source>
        <translation>[À&amp;ĝéñđà &amp;&amp; ŧîɱéŕ~~~~]</translation>
    </message>
    <message>
        <source>Pa&amp;use the step timer</source>
        <translation>[Þà&amp;ûšé ŧĥé šŧéþ ŧîɱéŕ~~~~~~~]</translation>
    </message>
    <message>
        <source>Pre&amp;senter view</source>
        <translation>[Þŕé&amp;šéñŧéŕ ṽîéŵ~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Catalog versions…</source>
        <translation>[&amp;Çàŧàļöĝ ṽéŕšîöñš…~~~~~~]</translation>
    </message>
    <message>
        <source>Which catalog versions this document uses, and what newer ones add</source>
        <translation>[Ŵĥîçĥ çàŧàļöĝ ṽéŕšîöñš ŧĥîš đöçûɱéñŧ ûšéš, àñđ ŵĥàŧ ñéŵéŕ öñéš àđđ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Evidence and notes on the selected row's item</source>
        <translation>[Éṽîđéñçé àñđ ñöŧéš öñ ŧĥé šéļéçŧéđ ŕöŵ'š îŧéɱ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Mark the selected row's item not applicable, with a reason</source>
        <translation>[Ṁàŕķ ŧĥé šéļéçŧéđ ŕöŵ'š îŧéɱ ñöŧ àþþļîçàƀļé, ŵîŧĥ à ŕéàšöñ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>[&amp;Ŵöŕķšĥöþ~~~]</translation>
    </message>
    <message>
        <source>A newer catalog is available. %1. Workshop ▸ Catalog versions… lists what changed and updates (undoable).</source>
        <translation>[À ñéŵéŕ çàŧàļöĝ îš àṽàîļàƀļé. %1. Ŵöŕķšĥöþ ▸ Çàŧàļöĝ ṽéŕšîöñš… ļîšŧš ŵĥàŧ çĥàñĝéđ àñđ ûþđàŧéš (ûñđöàƀļé).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Select a row in one of the steps' tables (or the vote grid) first: notes and "not applicable" belong to that item.</source>
        <translation>[Šéļéçŧ à ŕöŵ îñ öñé öƒ ŧĥé šŧéþš' ŧàƀļéš (öŕ ŧĥé ṽöŧé ĝŕîđ) ƒîŕšŧ: ñöŧéš àñđ "ñöŧ àþþļîçàƀļé" ƀéļöñĝ ŧö ŧĥàŧ îŧéɱ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::ColumnMappingForm</name>
    <message>
        <source>With an amount column, the quantity only gives the sign of a line: a negative quantity is a return.</source>
        <translation>[Ŵîŧĥ àñ àɱöûñŧ çöļûɱñ, ŧĥé ǫûàñŧîŧý öñļý ĝîṽéš ŧĥé šîĝñ öƒ à ļîñé: à ñéĝàŧîṽé ǫûàñŧîŧý îš à ŕéŧûŕñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Cost of the line, for the margin (choose cost or margin, not both).</source>
        <translation>[Çöšŧ öƒ ŧĥé ļîñé, ƒöŕ ŧĥé ɱàŕĝîñ (çĥööšé çöšŧ öŕ ɱàŕĝîñ, ñöŧ ƀöŧĥ).~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>Margin of the line; cost = amount - margin (choose cost or margin, not both).</source>
        <translation>[Ṁàŕĝîñ öƒ ŧĥé ļîñé; çöšŧ = àɱöûñŧ - ɱàŕĝîñ (çĥööšé çöšŧ öŕ ɱàŕĝîñ, ñöŧ ƀöŧĥ).~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>A customer's segment is the one with most of their net value.</source>
        <translation>[À çûšŧöɱéŕ'š šéĝɱéñŧ îš ŧĥé öñé ŵîŧĥ ɱöšŧ öƒ ŧĥéîŕ ñéŧ ṽàļûé.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <source>One amount column</source>
        <translation>[Öñé àɱöûñŧ çöļûɱñ~~~~~~]</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>[Ǫûàñŧîŧý × ûñîŧ þŕîçé~~~~~~~]</translation>
    </message>
    <message>
        <source>&amp;Customer id:</source>
        <translation>[&amp;Çûšŧöɱéŕ îđ:~~~~]</translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation>[&amp;Öŕđéŕ îđ:~~~]</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>[&amp;Đàŧé:~~]</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>[Đàŧé &amp;ƒöŕɱàŧ:~~~~]</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>[Ļîñé ṽàļûé:~~~~]</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>[&amp;Àɱöûñŧ:~~]</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>[&amp;Ǫûàñŧîŧý:~~~]</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>[&amp;Ûñîŧ þŕîçé:~~~~]</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>[&amp;Šéĝɱéñŧ:~~~]</translation>
    </message>
    <message>
        <source>Cos&amp;t:</source>
        <translation>[Çöš&amp;ŧ:~~]</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>[&amp;Ṁàŕĝîñ:~~]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>[(ñöñé)~~]</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>[(çĥööšé à çöļûɱñ)~~~~~~]</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>[Çöļûɱñ %1~~~]</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer id.</source>
        <translation>[Çĥööšé ŧĥé çöļûɱñ ŧĥàŧ ĥöļđš ŧĥé çûšŧöɱéŕ îđ.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>[Çĥööšé ŧĥé çöļûɱñ ŧĥàŧ ĥöļđš ŧĥé đàŧé.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation>[Çĥööšé ŧĥé çöļûɱñ ŧĥàŧ ĥöļđš ŧĥé àɱöûñŧ.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>Choose the quantity and the unit price columns.</source>
        <translation>[Çĥööšé ŧĥé ǫûàñŧîŧý àñđ ŧĥé ûñîŧ þŕîçé çöļûɱñš.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>Choose a cost column or a margin column, not both.</source>
        <translation>[Çĥööšé à çöšŧ çöļûɱñ öŕ à ɱàŕĝîñ çöļûɱñ, ñöŧ ƀöŧĥ.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>[çûšŧöɱéŕ îđ~~~~]</translation>
    </message>
    <message>
        <source>date</source>
        <translation>[đàŧé~~]</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>[öŕđéŕ îđ~~~]</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>[ǫûàñŧîŧý~~~~]</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>[çöšŧ~~]</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>[ɱàŕĝîñ~~~]</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>[šéĝɱéñŧ~~~]</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>[àɱöûñŧ~~~]</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>[ûñîŧ þŕîçé~~~~]</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both the %2 and the %3.</source>
        <translation>[Çöļûɱñ %1 îš çĥöšéñ ƒöŕ ƀöŧĥ ŧĥé %2 àñđ ŧĥé %3.~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::CsvPreviewModel</name>
    <message>
        <source>This line has fewer fields</source>
        <translation>[Ŧĥîš ļîñé ĥàš ƒéŵéŕ ƒîéļđš~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>[Çöļûɱñ %1~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>[Çûšŧöɱéŕ~~~~]</translation>
    </message>
    <message>
        <source>CLV %1 mo.</source>
        <translation>[ÇĻṼ %1 ɱö.~~]</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value over the horizon, discounted</source>
        <translation>[Þŕéđîçŧéđ çûšŧöɱéŕ ļîƒéŧîɱé ṽàļûé öṽéŕ ŧĥé ĥöŕîžöñ, đîšçöûñŧéđ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>[Þ(àļîṽé)~~~]</translation>
    </message>
    <message>
        <source>Probability that the customer still buys (BG/NBD model)</source>
        <translation>[Þŕöƀàƀîļîŧý ŧĥàŧ ŧĥé çûšŧöɱéŕ šŧîļļ ƀûýš (ƁĜ/ÑƁĐ ɱöđéļ)~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Purchases %1 mo.</source>
        <translation>[Þûŕçĥàšéš %1 ɱö.~~~~~]</translation>
    </message>
    <message>
        <source>Expected purchases over the lifetime-value horizon</source>
        <translation>[Éẋþéçŧéđ þûŕçĥàšéš öṽéŕ ŧĥé ļîƒéŧîɱé-ṽàļûé ĥöŕîžöñ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>[Ñéŧ ṽàļûé~~~~]</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>[Ṁàŕĝîñ~~~]</translation>
    </message>
    <message>
        <source>Net value minus cost, over every line (returns included)</source>
        <translation>[Ñéŧ ṽàļûé ɱîñûš çöšŧ, öṽéŕ éṽéŕý ļîñé (ŕéŧûŕñš îñçļûđéđ)~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>[Þûŕçĥàšé đàýš~~~~~]</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>[Ļàšŧ þûŕçĥàšé~~~~~]</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>[ŔƑṀ~~]</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores, 1-5 (5 = best)</source>
        <translation>[Ŕéçéñçý, ƒŕéǫûéñçý àñđ ɱöñéŧàŕý šçöŕéš, 1-5 (5 = ƀéšŧ)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation>[ŔƑṀ ĝŕöûþ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::LineErrorModel</name>
    <message>
        <source>Line</source>
        <translation>[Ļîñé~~]</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>[Çöļûɱñ~~~]</translation>
    </message>
    <message>
        <source>whole line</source>
        <translation>[ŵĥöļé ļîñé~~~~]</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>[Ŧéẋŧ~~]</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>[Þŕöƀļéɱ~~~]</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>[çûšŧöɱéŕ îđ~~~~]</translation>
    </message>
    <message>
        <source>no customer id: counted, not imported</source>
        <translation>[ñö çûšŧöɱéŕ îđ: çöûñŧéđ, ñöŧ îɱþöŕŧéđ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::RfmGrid</name>
    <message>
        <source>Recency %1, frequency %2: %3 customers (%4)</source>
        <translation>[Ŕéçéñçý %1, ƒŕéǫûéñçý %2: %3 çûšŧöɱéŕš (%4)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2: %3 customers (%4), mean P(alive) %5, mean lifetime value %6</source>
        <translation>[Ŕéçéñçý %1, ƒŕéǫûéñçý %2: %3 çûšŧöɱéŕš (%4), ɱéàñ Þ(àļîṽé) %5, ɱéàñ ļîƒéŧîɱé ṽàļûé %6~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <source>Frequency score (5 = buys most often)</source>
        <translation>[Ƒŕéǫûéñçý šçöŕé (5 = ƀûýš ɱöšŧ öƒŧéñ)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <source>Recency (5 = latest)</source>
        <translation>[Ŕéçéñçý (5 = ļàŧéšŧ)~~~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::SegmentRollupModel</name>
    <message>
        <source>RFM group</source>
        <translation>[ŔƑṀ ĝŕöûþ~~~~]</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>[Šéĝɱéñŧ~~~]</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>[Çûšŧöɱéŕš~~~~]</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>[Ñéŧ ṽàļûé~~~~]</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>[Ṁàŕĝîñ~~~]</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>[Ṁàŕĝîñ %~~~]</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>[Ṁéàñ ÇĻṼ~~~]</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>[Ṁéàñ Þ(àļîṽé)~~~~]</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>[Çĥûŕñ ŕîšķ~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::ValueHistogram</name>
    <message>
        <source>%1M</source>
        <translation>[%1Ṁ~]</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>[%1ķ~]</translation>
    </message>
    <message>
        <source>No lifetime values to show</source>
        <translation>[Ñö ļîƒéŧîɱé ṽàļûéš ŧö šĥöŵ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>[Çûšŧöɱéŕš~~~~]</translation>
    </message>
</context>
<context>
    <name>crm::room_votes::VoteServer</name>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>[Çàññöŧ ļîšŧéñ öñ %1 þöŕŧ %2.~~~~~~~~]</translation>
    </message>
</context>
</TS>