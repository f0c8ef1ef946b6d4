<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Add from the catalog</source>
        <translation>Aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Search by name or description</source>
        <translation>Nach Name oder Beschreibung suchen</translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Catalog versions</source>
        <translation>Katalogversionen</translation>
    </message>
    <message>
        <source>The lists below were filled from the program&apos;s built-in catalogs. A newer catalog can add items; updating appends them to this cycle&apos;s list as one step you can undo. Votes, agreed values and the ratings in the tables stay as they are, and so do the names you gave.</source>
        <translation>Die Listen unten wurden aus den eingebauten Katalogen des Programms befüllt. Ein neuerer Katalog kann Einträge ergänzen; die Aktualisierung hängt sie in einem Schritt, den Sie rückgängig machen können, an die Liste dieses Zyklus an. Stimmen, vereinbarte Werte und die Bewertungen in den Tabellen bleiben unverändert, ebenso die von Ihnen vergebenen Namen.</translation>
    </message>
</context>
<context>
    <name>CoverForm</name>
    <message>
        <source>Report title:</source>
        <translation>Berichtstitel:</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>Erstellt für:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <source>e.g. Confidential — board and CRM team only</source>
        <translation>z. B. Vertraulich – nur Geschäftsführung und CRM-Team</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG file of at most 2 MB; it is kept inside the document</source>
        <translation>Eine PNG- oder JPEG-Datei von höchstens 2 MB; sie wird im Dokument gespeichert</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>Lo&amp;go entfernen</translation>
    </message>
</context>
<context>
    <name>DatabaseConnectionSetup</name>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost, a name or an address</source>
        <translation>localhost, ein Name oder eine Adresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Asked each time: never saved, not in the document.</source>
        <translation>Wird jedes Mal abgefragt: nie gespeichert, nicht im Dokument.</translation>
    </message>
    <message>
        <source>Transaction lines</source>
        <translation>Umsatzzeilen</translation>
    </message>
    <message>
        <source>&amp;Table or view:</source>
        <translation>&amp;Tabelle oder Sicht:</translation>
    </message>
    <message>
        <source>sales, or schema.sales</source>
        <translation>sales oder schema.sales</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>SELECT customer_id, sold_on, amount FROM sales WHERE ...</source>
        <translation>SELECT customer_id, sold_on, amount FROM sales WHERE ...</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Customer id:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>a date or timestamp column</source>
        <translation>eine Datums- oder Zeitstempelspalte</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>Zeilenwert:</translation>
    </message>
    <message>
        <source>One amount column</source>
        <translation>Eine Betragsspalte</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Menge × Stückpreis</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>optional: its sign marks returns</source>
        <translation>optional: ein negatives Vorzeichen kennzeichnet Retouren</translation>
    </message>
    <message>
        <source>U&amp;nit price:</source>
        <translation>Stück&amp;preis:</translation>
    </message>
    <message>
        <source>Cos&amp;t:</source>
        <translation>Ko&amp;sten:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Mar&amp;gin:</source>
        <translation>Mar&amp;ge:</translation>
    </message>
    <message>
        <source>optional, instead of a cost</source>
        <translation>optional, statt der Kosten</translation>
    </message>
    <message>
        <source>On a bad line:</source>
        <translation>Bei einer fehlerhaften Zeile:</translation>
    </message>
    <message>
        <source>S&amp;top (analyse nothing)</source>
        <translation>A&amp;bbrechen (nichts auswerten)</translation>
    </message>
    <message>
        <source>S&amp;kip bad lines and count them</source>
        <translation>Fehlerhafte Zeilen über&amp;springen und zählen</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document properties</source>
        <translation>Dokumenteigenschaften</translation>
    </message>
    <message>
        <source>What the report&apos;s cover says about the document. OK changes all of them in one step; Edit &gt; Undo puts them back.</source>
        <translation>Was das Deckblatt des Berichts über das Dokument sagt. OK übernimmt alle Angaben in einem Schritt; Bearbeiten &gt; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>&amp;Company: *</source>
        <translation>&amp;Unternehmen: *</translation>
    </message>
    <message>
        <source>The company the assessment is for (required)</source>
        <translation>Das Unternehmen, für das die Bewertung erstellt wird (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>Who runs the workshop; shown on the report&apos;s cover</source>
        <translation>Wer den Workshop leitet; erscheint auf dem Deckblatt des Berichts</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>The company&apos;s industry in a few words, for example Regional food wholesale</source>
        <translation>Die Branche des Unternehmens in wenigen Worten, zum Beispiel Regionaler Lebensmittelgroßhandel</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Every amount in the document is in this currency; pick one or type a three-letter code</source>
        <translation>Alle Beträge im Dokument lauten auf diese Währung; wählen Sie eine aus oder geben Sie einen dreibuchstabigen Code ein</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Berichtssprache:</translation>
    </message>
    <message>
        <source>The language the report is written in unless another is chosen when it is exported</source>
        <translation>Die Sprache, in der der Bericht geschrieben wird, sofern beim Export keine andere gewählt wird</translation>
    </message>
</context>
<context>
    <name>ItemNotesDialog</name>
    <message>
        <source>Evidence and notes</source>
        <translation>Belege und Notizen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>What the room said, a figure, a quote…</source>
        <translation>Was im Raum gesagt wurde, eine Zahl, ein Zitat…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Where it comes from: a report, a survey, a person</source>
        <translation>Woher es stammt: ein Bericht, eine Umfrage, eine Person</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Optional: path or link to a file</source>
        <translation>Optional: Pfad oder Link zu einer Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>To &amp;review</source>
        <translation>Zu &amp;prüfen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Not applicable &amp;because:</source>
        <translation>Nicht zutreffend, &amp;weil:</translation>
    </message>
    <message>
        <source>Why it does not apply (required)</source>
        <translation>Warum es nicht zutrifft (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Applies a&amp;gain</source>
        <translation>Trifft &amp;wieder zu</translation>
    </message>
</context>
<context>
    <name>ModelDiagnosticsText</name>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt; (converged: %2). Log-likelihood %3 over %4 customers; gradient norm %5; %6 function evaluations, %7 starts.</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; (konvergiert: %2). Log-Likelihood %3 über %4 Kunden; Gradientennorm %5; %6 Funktionsauswertungen, %7 Startpunkte.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Purchase models compared</source>
        <translation>Verglichene Kaufmodelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>Log-Likelihood</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Holdout error per customer</source>
        <translation>Prognosefehler je Kunde (Kontrollzeitraum)</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>keine Anpassung</translation>
    </message>
    <message>
        <source>determined</source>
        <translation>bestimmt</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>Total lifetime value: %1, likely between %2 and %3 given how sure the fitted parameters are.</source>
        <translation>Gesamter Kundenwert: %1, angesichts der Unsicherheit der geschätzten Parameter wahrscheinlich zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>periods of one day</source>
        <translation>Perioden von einem Tag</translation>
    </message>
    <message>
        <source>periods of one week</source>
        <translation>Perioden von einer Woche</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fitted on %1 customers with a purchase (%2 repeat customers); %3, %4 periods per month.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Geschätzt auf %1 Kunden mit einem Kauf (%2 Wiederkäufer); %3, %4 Perioden pro Monat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Purchases: BG/NBD</source>
        <translation>Käufe: BG/NBD</translation>
    </message>
    <message>
        <source>r = %1, α = %2, a = %3, b = %4</source>
        <translation>r = %1, α = %2, a = %3, b = %4</translation>
    </message>
    <message>
        <source>Spend per purchase: Gamma-Gamma</source>
        <translation>Ausgaben je Kauf: Gamma-Gamma</translation>
    </message>
    <message>
        <source>p = %1, q = %2, v = %3</source>
        <translation>p = %1, q = %2, v = %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 model: %2.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1-Modell: %2.&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source> Lifetime values are shown only where the models can give them.</source>
        <translation> Kundenwerte werden nur dort gezeigt, wo die Modelle sie liefern können.</translation>
    </message>
    <message>
        <source>The data cannot support this model.</source>
        <translation>Die Daten tragen dieses Modell nicht.</translation>
    </message>
    <message>
        <source>periods of one calendar month</source>
        <translation>Perioden von einem Kalendermonat</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Who the assessment is for, and where to start. Everything except the start can be changed later under File &gt; Document properties.</source>
        <translation>Für wen die Bewertung ist und womit Sie beginnen. Alles außer dem Ausgangspunkt lässt sich später unter Datei &gt; Dokumenteigenschaften ändern.</translation>
    </message>
    <message>
        <source>&amp;Company: *</source>
        <translation>&amp;Unternehmen: *</translation>
    </message>
    <message>
        <source>The company the assessment is for (required)</source>
        <translation>Das Unternehmen, für das die Bewertung erstellt wird (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>Who runs the workshop; shown on the report&apos;s cover</source>
        <translation>Wer den Workshop leitet; erscheint auf dem Deckblatt des Berichts</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>The company&apos;s industry in a few words, for example Regional food wholesale</source>
        <translation>Die Branche des Unternehmens in wenigen Worten, zum Beispiel Regionaler Lebensmittelgroßhandel</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Every amount in the document is in this currency; pick one or type a three-letter code</source>
        <translation>Alle Beträge im Dokument lauten auf diese Währung; wählen Sie eine aus oder geben Sie einen dreibuchstabigen Code ein</translation>
    </message>
    <message>
        <source>First c&amp;ycle:</source>
        <translation>Erster &amp;Zyklus:</translation>
    </message>
    <message>
        <source>The name of the first yearly cycle, usually the year</source>
        <translation>Der Name des ersten Jahreszyklus, meist das Jahr</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>A blank document, the sample workshop, or a template with the ten steps pre-filled to edit</source>
        <translation>Ein leeres Dokument, der Beispiel-Workshop oder eine Vorlage mit vorausgefüllten zehn Schritten zum Anpassen</translation>
    </message>
</context>
<context>
    <name>ParkingQuickAddDialog</name>
    <message>
        <source>Park a question</source>
        <translation>Frage parken</translation>
    </message>
    <message>
        <source>&amp;Question or idea:</source>
        <translation>&amp;Frage oder Idee:</translation>
    </message>
    <message>
        <source>The question or idea, in the room&apos;s words</source>
        <translation>Die Frage oder Idee, in den Worten der Runde</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Eingebracht von:</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Everyone who votes: each participant becomes a column of the vote grid (Workshop ▸ Vote on this step). Enter on the last row adds the next person.</source>
        <translation>Alle Stimmberechtigten: Jede teilnehmende Person wird eine Spalte der Abstimmungsraster (Workshop ▸ Abstimmung zu diesem Schritt). Die Eingabetaste in der letzten Zeile fügt die nächste Person hinzu.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Erhöhen</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Verringern</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Report content</source>
        <translation>Berichtsinhalt</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <source>Who does what by when: the actions of this cycle</source>
        <translation>Wer macht was bis wann: die Maßnahmen dieses Zyklus</translation>
    </message>
    <message>
        <source>Report &amp;content</source>
        <translation>Berichts&amp;inhalt</translation>
    </message>
    <message>
        <source>Your words for the report&apos;s sections, its cover and the sign-off</source>
        <translation>Ihre Texte für die Abschnitte des Berichts, sein Deckblatt und die Freigabe</translation>
    </message>
    <message>
        <source>Export Action &amp;Plan...</source>
        <translation>Maßnahmen&amp;plan exportieren…</translation>
    </message>
    <message>
        <source>The action plan as a spreadsheet (.xlsx) or the actions as CSV</source>
        <translation>Der Maßnahmenplan als Tabelle (.xlsx) oder die Maßnahmen als CSV</translation>
    </message>
    <message>
        <source>Cannot export the action plan: %1</source>
        <translation>Der Maßnahmenplan kann nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Draft %n action(s) from the recommendations</source>
        <translation>
            <numerusform>%n Maßnahme aus den Empfehlungen entwerfen</numerusform>
            <numerusform>%n Maßnahmen aus den Empfehlungen entwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Es ist kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>Export the action plan as</source>
        <translation>Maßnahmenplan exportieren als</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, actions only (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV, nur Maßnahmen (*.csv)</translation>
    </message>
    <message>
        <source>Action plan written to %1</source>
        <translation>Maßnahmenplan gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>The strategy report of a cycle, to print, edit or share</source>
        <translation>Der Strategiebericht eines Zyklus – zum Drucken, Bearbeiten oder Weitergeben</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Metric attainment (steps 6 and 8)</source>
        <translation>Zielerreichung der Kennzahlen (Schritte 6 und 8)</translation>
    </message>
    <message>
        <source>Segment priority (step 6)</source>
        <translation>Priorität der Kundensegmente (Schritt 6)</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>Objective coverage (step 6)</source>
        <translation>Abdeckung der Ziele (Schritt 6)</translation>
    </message>
    <message>
        <source>Capabilities and maturity (step 10)</source>
        <translation>Fähigkeiten und Reifegrad (Schritt 10)</translation>
    </message>
    <message>
        <source>Maturity index (current)</source>
        <translation>Reifegradindex (heute)</translation>
    </message>
    <message>
        <source>Maturity index (target)</source>
        <translation>Reifegradindex (Ziel)</translation>
    </message>
    <message>
        <source>Building blocks (current)</source>
        <translation>Bausteine (heute)</translation>
    </message>
    <message>
        <source>Readiness areas (current)</source>
        <translation>Handlungsfelder (heute)</translation>
    </message>
    <message>
        <source>Alignment (steps 8 and 9)</source>
        <translation>Ausrichtung (Schritte 8 und 9)</translation>
    </message>
    <message>
        <source>Objectives tracked by a KPI</source>
        <translation>Ziele, die ein KPI verfolgt</translation>
    </message>
    <message>
        <source>KPIs serving an objective</source>
        <translation>KPIs, die einem Ziel dienen</translation>
    </message>
    <message>
        <source>Strategy-level share</source>
        <translation>Anteil auf Strategieebene</translation>
    </message>
    <message>
        <source>Objective (hard data) share</source>
        <translation>Anteil objektiver Ziele (harte Daten)</translation>
    </message>
    <message>
        <source>Outside-in share</source>
        <translation>Anteil Außensicht</translation>
    </message>
    <message>
        <source>Pain priority (step 3)</source>
        <translation>Priorität der Schmerzpunkte (Schritt 3)</translation>
    </message>
    <message>
        <source>Top pain points addressed</source>
        <translation>Wichtigste Schmerzpunkte adressiert</translation>
    </message>
    <message>
        <source>Importance-performance (step 5)</source>
        <translation>Wichtigkeit und Leistung (Schritt 5)</translation>
    </message>
    <message>
        <source>Relationship state (step 4)</source>
        <translation>Stand der Kundenbeziehung (Schritt 4)</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Wahrnehmungslücke</translation>
    </message>
    <message>
        <source>%1 — severity %2, step %3</source>
        <translation>%1 – Schweregrad %2, Schritt %3</translation>
    </message>
    <message>
        <source>%1 — because: %2 (step %3)</source>
        <translation>%1 – weil: %2 (Schritt %3)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Scores, findings and recommendations of this cycle</source>
        <translation>Kennwerte, Befunde und Empfehlungen dieses Zyklus</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>Dokument&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>← Back to the steps</source>
        <translation>← Zurück zu den Schritten</translation>
    </message>
    <message>
        <source>Step 4 now holds the customer data&apos;s shares (Ctrl+Z undoes).</source>
        <translation>Schritt 4 enthält jetzt die Anteile aus den Kundendaten (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Step 4 already holds these shares.</source>
        <translation>Schritt 4 enthält diese Anteile bereits.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) of step 6 updated or added (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>%n Kundensegment in Schritt 6 aktualisiert oder hinzugefügt (Strg+Z macht es rückgängig).</numerusform>
            <numerusform>%n Kundensegmente in Schritt 6 aktualisiert oder hinzugefügt (Strg+Z macht es rückgängig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <source>&amp;Customer data</source>
        <translation>&amp;Kundendaten</translation>
    </message>
    <message>
        <source>What the imported transactions say: concentration, RFM, lifetime value</source>
        <translation>Was die importierten Umsätze zeigen: Konzentration, RFM, Kundenwert</translation>
    </message>
    <message>
        <source>Import &amp;transactions…</source>
        <translation>&amp;Transaktionen importieren…</translation>
    </message>
    <message>
        <source>Add a CSV export of sales lines to this document</source>
        <translation>Einen CSV-Export von Verkaufszeilen in dieses Dokument übernehmen</translation>
    </message>
    <message>
        <source>due %1, after its objective&apos;s target date %2</source>
        <translation>fällig am %1, nach dem Zieldatum seines Ziels (%2)</translation>
    </message>
    <message>
        <source>target date %1 is before the baseline date %2</source>
        <translation>Zieldatum %1 liegt vor dem Ausgangsdatum %2</translation>
    </message>
    <message>
        <source>measured %1, before the baseline date %2</source>
        <translation>gemessen am %1, vor dem Ausgangsdatum %2</translation>
    </message>
    <message>
        <source>a milestone is due %1, after this target date %2</source>
        <translation>ein Meilenstein ist am %1 fällig, nach diesem Zieldatum (%2)</translation>
    </message>
    <message>
        <source>Add %1 &apos;%2&apos; from the catalog</source>
        <translation>%1 „%2“ aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 items from the catalog</source>
        <translation>%1 Einträge aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be read.</source>
        <translation>Der Katalog %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2 at byte %3</source>
        <translation>%1: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number of 1 or more</source>
        <translation>%1: „version“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to prepare, run and follow up a workshop</source>
        <translation>Wie Sie einen Workshop vorbereiten, durchführen und nachbereiten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of the window&apos;s menus and pages</source>
        <translation>Alle Tasten der Menüs und Seiten des Fensters</translation>
    </message>
    <message>
        <source>&amp;About CRM Strategy Workbench</source>
        <translation>&amp;Über CRM Strategy Workbench</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The ten steps of a CRM strategy, for a workshop: one file per company, a report for the executives, a new cycle every year.</source>
        <translation>Die zehn Schritte einer CRM-Strategie, für einen Workshop: eine Datei je Unternehmen, ein Bericht für die Geschäftsführung, jedes Jahr ein neuer Zyklus.</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>Lizenz: MIT</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>The workbench is built on these libraries, each under its own licence:</source>
        <translation>Die Workbench baut auf diesen Bibliotheken auf, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Pages and panels</source>
        <translation>Seiten und Bereiche</translation>
    </message>
    <message>
        <source>%1 — not found
%2</source>
        <translation>%1 – nicht gefunden
%2</translation>
    </message>
    <message>
        <source>%1
The file is not there any more: it may have been moved, renamed or deleted, or its drive is not connected.</source>
        <translation>%1
Die Datei ist nicht mehr vorhanden: Sie wurde vielleicht verschoben, umbenannt oder gelöscht, oder ihr Laufwerk ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Open the sample workshop</source>
        <translation>Beispiel-Workshop öffnen</translation>
    </message>
    <message>
        <source>You have opened the sample workshop before; the changes made to it are kept in %1.

Start again from the sample as shipped, or go on with that copy?</source>
        <translation>Sie haben den Beispiel-Workshop schon einmal geöffnet; Ihre Änderungen daran liegen in %1.

Möchten Sie wieder mit dem ausgelieferten Beispiel beginnen oder mit dieser Kopie weiterarbeiten?</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Go on with my copy</source>
        <translation>Mit meiner Kopie &amp;weiterarbeiten</translation>
    </message>
    <message>
        <source>The sample workshop is not installed (%1 is missing).</source>
        <translation>Der Beispiel-Workshop ist nicht installiert (%1 fehlt).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created for the sample workshop.</source>
        <translation>Der Ordner %1 kann für den Beispiel-Workshop nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No agenda written: the calendar gets this one.

%1</source>
        <translation>Keine Agenda geschrieben: Der Kalender erhält diese hier.

%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>✔ better</source>
        <translation>✔ besser</translation>
    </message>
    <message>
        <source>✘ worse</source>
        <translation>✘ schlechter</translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= unverändert</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>✔ hit</source>
        <translation>✔ erreicht</translation>
    </message>
    <message>
        <source>✘ missed</source>
        <translation>✘ verfehlt</translation>
    </message>
    <message>
        <source>no actual recorded</source>
        <translation>kein Istwert erfasst</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>noch nicht fällig</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Monitoring KPI (step 8): its current value, else its baseline</source>
        <translation>Überwachungs-KPI (Schritt 8): sein aktueller Wert, sonst sein Ausgangswert</translation>
    </message>
    <message>
        <source>Current metric (step 2): its baseline</source>
        <translation>Aktuelle Kennzahl (Schritt 2): ihr Ausgangswert</translation>
    </message>
    <message>
        <source>A cycle needs a name, for example the year.</source>
        <translation>Ein Zyklus braucht einen Namen, zum Beispiel das Jahr.</translation>
    </message>
    <message>
        <source>There is already a cycle named “%1”.</source>
        <translation>Es gibt bereits einen Zyklus namens „%1“.</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation>%1 (nächster)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 and %5 (%6 in all)</source>
        <translation>%1, %2, %3, %4 und %5 (insgesamt %6)</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>other item</source>
        <translation>weiterer Eintrag</translation>
    </message>
    <message>
        <source>other items</source>
        <translation>weitere Einträge</translation>
    </message>
    <message>
        <source>Use the customer data for step 4</source>
        <translation>Kundendaten für Schritt 4 verwenden</translation>
    </message>
    <message>
        <source>Use the customer data for step 6</source>
        <translation>Kundendaten für Schritt 6 verwenden</translation>
    </message>
    <message>
        <source>Vote from &amp;phones…</source>
        <translation>Abstimmung per &amp;Handy…</translation>
    </message>
    <message>
        <source>Everyone rates this step at once from their own phone</source>
        <translation>Alle bewerten diesen Schritt gleichzeitig auf dem eigenen Handy</translation>
    </message>
    <message>
        <source>Step %1 %2</source>
        <translation>Schritt %1 %2</translation>
    </message>
    <message>
        <source>Customer &amp;analysis settings…</source>
        <translation>Einstellungen der Kunden&amp;analyse…</translation>
    </message>
    <message>
        <source>Holdout check, period, horizon and discount rate of the customer analysis</source>
        <translation>Holdout-Prüfung, Zeiteinheit, Horizont und Abzinsung der Kundenanalyse</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja für &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein für alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>RenameCycleDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>ReportExportSetup</name>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Zyklus:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Sections of the full report (kept with the document for next year)</source>
        <translation>Abschnitte des vollständigen Berichts (werden für das nächste Jahr im Dokument gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language the report is written in; the document&apos;s language unless chosen here</source>
        <translation>Die Sprache des Berichts; ohne Auswahl hier die Sprache des Dokuments</translation>
    </message>
</context>
<context>
    <name>SegmentFiguresDialog</name>
    <message>
        <source>Use the customer data for step 6</source>
        <translation>Kundendaten für Schritt 6 verwenden</translation>
    </message>
    <message>
        <source>Choose where each group of customers goes. An existing segment keeps its name, description, growth and fit; its customers, revenue, margin and value per customer are replaced. One Ctrl+Z undoes it all.</source>
        <translation>Legen Sie fest, wohin jede Kundengruppe gehört. Ein bestehendes Kundensegment behält Namen, Beschreibung, Wachstum und Passung; Kunden, Umsatz, Marge und Wert je Kunde werden ersetzt. Ein einziges Strg+Z macht alles rückgängig.</translation>
    </message>
    <message>
        <source>From the data</source>
        <translation>Aus den Daten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Value per customer</source>
        <translation>Wert je Kunde</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Zielsegment</translation>
    </message>
</context>
<context>
    <name>StartCycleDialog</name>
    <message>
        <source>Start a new cycle</source>
        <translation>Neuen Zyklus beginnen</translation>
    </message>
    <message>
        <source>The new cycle starts as a copy of an earlier one: every step, with each item linked to the one it was copied from, so the two cycles can be compared. It becomes the cycle in use.</source>
        <translation>Der neue Zyklus beginnt als Kopie eines früheren: jeder Schritt, jeder Eintrag mit dem verknüpft, aus dem er kopiert wurde, sodass sich die beiden Zyklen vergleichen lassen. Er wird zum aktiven Zyklus.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Assessment date:</source>
        <translation>&amp;Bewertungsdatum:</translation>
    </message>
    <message>
        <source>The day of the reset: milestones due by then count as hit or missed.</source>
        <translation>Der Tag der Jahresüberprüfung: Bis dahin fällige Meilensteine zählen als erreicht oder verfehlt.</translation>
    </message>
    <message>
        <source>&amp;Copy from:</source>
        <translation>&amp;Kopieren aus:</translation>
    </message>
</context>
<context>
    <name>TransactionImportSetup</name>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>A CSV export of transaction lines</source>
        <translation>Ein CSV-Export von Umsatzzeilen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Erste Zeile ist eine &amp;Kopfzeile</translation>
    </message>
    <message>
        <source>Decimal &amp;comma (12,50)</source>
        <translation>Dezimal&amp;komma (12,50)</translation>
    </message>
    <message>
        <source>On a bad line:</source>
        <translation>Bei einer fehlerhaften Zeile:</translation>
    </message>
    <message>
        <source>S&amp;top at the first bad line (import nothing)</source>
        <translation>Bei der ersten fehlerhaften Zeile a&amp;bbrechen (nichts importieren)</translation>
    </message>
    <message>
        <source>S&amp;kip bad lines and list them</source>
        <translation>Fehlerhafte Zeilen über&amp;springen und auflisten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>VoteAgreeDialog</name>
    <message>
        <source>Agree on a value</source>
        <translation>Auf einen Wert einigen</translation>
    </message>
    <message>
        <source>Agreed &amp;value (1–5):</source>
        <translation>Vereinbarter &amp;Wert (1–5):</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why the room settled on this value (required)</source>
        <translation>Warum sich die Runde auf diesen Wert geeinigt hat (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>CRM Strategy Workbench</source>
        <translation>CRM Strategy Workbench</translation>
    </message>
    <message>
        <source>Walk a workshop through the ten steps of a CRM strategy, see how the answers score, and write the report executives read.</source>
        <translation>Führen Sie einen Workshop durch die zehn Schritte einer CRM-Strategie, sehen Sie, wie die Antworten abschneiden, und schreiben Sie den Bericht für die Geschäftsführung.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a new assessment in a new document (Ctrl+N)</source>
        <translation>Eine neue Bewertung in einem neuen Dokument beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a document from a folder (Ctrl+O)</source>
        <translation>Ein Dokument aus einem Ordner öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open the &amp;sample workshop</source>
        <translation>&amp;Beispiel-Workshop öffnen</translation>
    </message>
    <message>
        <source>A finished example: Quillmere Office Supply, two cycles, to try every step on</source>
        <translation>Ein fertiges Beispiel: Quillmere Office Supply, zwei Zyklen, um jeden Schritt auszuprobieren</translation>
    </message>
    <message>
        <source>Recent &amp;documents:</source>
        <translation>Zuletzt verwendete &amp;Dokumente:</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the document; Delete takes it off the list</source>
        <translation>Eingabetaste oder Doppelklick öffnet das Dokument; Entf nimmt es von der Liste</translation>
    </message>
    <message>
        <source>Open se&amp;lected</source>
        <translation>Auswahl ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Von der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <source>Takes the document off this list and File ▸ Open Recent; the file itself stays (Delete)</source>
        <translation>Nimmt das Dokument von dieser Liste und aus Datei ▸ Zuletzt geöffnet; die Datei selbst bleibt erhalten (Entf)</translation>
    </message>
    <message>
        <source>You can also drop a .crmw document on the window to open it.</source>
        <translation>Sie können auch ein .crmw-Dokument auf das Fenster ziehen, um es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>crm::gui</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A blank document</source>
        <translation>Ein leeres Dokument</translation>
    </message>
    <message>
        <source>Ten empty steps to fill in; the capability list comes from the catalog.</source>
        <translation>Zehn leere Schritte zum Ausfüllen; die Liste der Fähigkeiten stammt aus dem Katalog.</translation>
    </message>
    <message>
        <source>The sample workshop</source>
        <translation>Der Beispiel-Workshop</translation>
    </message>
    <message>
        <source>Quillmere Office Supply, two yearly cycles with every step filled in: to look around or practise. Its company details are replaced by yours.</source>
        <translation>Quillmere Office Supply, zwei Jahreszyklen mit allen Schritten ausgefüllt: zum Umsehen oder Üben. Die Unternehmensangaben werden durch Ihre ersetzt.</translation>
    </message>
    <message>
        <source>Template: B2B distributor</source>
        <translation>Vorlage: B2B-Großhändler</translation>
    </message>
    <message>
        <source>Wholesale to business customers on contracts: key accounts, re-order rates, delivery reliability and share of wallet.</source>
        <translation>Großhandel an Geschäftskunden mit Verträgen: Schlüsselkunden, Wiederbestellquoten, Liefertreue und Share of Wallet.</translation>
    </message>
    <message>
        <source>Template: retailer</source>
        <translation>Vorlage: Einzelhändler</translation>
    </message>
    <message>
        <source>Shops and a web shop selling to consumers: loyalty members, basket size, visit frequency and repeat purchase.</source>
        <translation>Filialen und Onlineshop für Endkunden: Kundenkarteninhaber, Warenkorbgröße, Besuchshäufigkeit und Wiederkauf.</translation>
    </message>
    <message>
        <source>Template: subscription business</source>
        <translation>Vorlage: Abonnementgeschäft</translation>
    </message>
    <message>
        <source>Recurring plans billed monthly or yearly: churn, recurring revenue, onboarding and upgrades.</source>
        <translation>Wiederkehrende Tarife mit monatlicher oder jährlicher Abrechnung: Kündigungsrate, wiederkehrender Umsatz, Onboarding und Upgrades.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code: type three letters, such as EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode: Geben Sie drei Buchstaben ein, etwa EUR oder USD.</translation>
    </message>
    <message>
        <source>Workshop over by %1</source>
        <translation>Workshop-Zeit überschritten um %1</translation>
    </message>
    <message>
        <source>Workshop: %1 left</source>
        <translation>Workshop: noch %1</translation>
    </message>
    <message>
        <source>Building blocks and readiness areas (step 10)</source>
        <translation>Bausteine und Handlungsfelder (Schritt 10)</translation>
    </message>
    <message>
        <source>Metrics (step 2)</source>
        <translation>Kennzahlen (Schritt 2)</translation>
    </message>
    <message>
        <source>Customer attributes (step 5)</source>
        <translation>Kundenmerkmale (Schritt 5)</translation>
    </message>
    <message>
        <source>%1: catalog version %2, not used in this document yet</source>
        <translation>%1: Katalogversion %2, in diesem Dokument noch nicht verwendet</translation>
    </message>
    <message>
        <source>%1: version %2, up to date</source>
        <translation>%1: Version %2, aktuell</translation>
    </message>
    <message>
        <source>%1: this document has version %2, the catalog is at version %3 (%4 new)</source>
        <translation>%1: Dieses Dokument hat Version %2, der Katalog ist bei Version %3 (%4 neu)</translation>
    </message>
    <message>
        <source>Update the %1 catalog to version %2 (%3 new)</source>
        <translation>Katalog %1 auf Version %2 aktualisieren (%3 neu)</translation>
    </message>
    <message>
        <source>Annual reset</source>
        <translation>Jahresüberprüfung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>11 · Annual reset</source>
        <translation>11 · Jahresüberprüfung</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>(nicht bewertet)</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>Unternehmensstrategie</translation>
    </message>
    <message>
        <source>Current metrics</source>
        <translation>Aktuelle Kennzahlen</translation>
    </message>
    <message>
        <source>Customer pain</source>
        <translation>Schmerzpunkte der Kunden</translation>
    </message>
    <message>
        <source>Relationship state</source>
        <translation>Stand der Kundenbeziehungen</translation>
    </message>
    <message>
        <source>What matters to customers</source>
        <translation>Was Kunden wichtig ist</translation>
    </message>
    <message>
        <source>Segments &amp; objectives</source>
        <translation>Kundensegmente und Ziele</translation>
    </message>
    <message>
        <source>Segment treatment</source>
        <translation>Bearbeitung der Kundensegmente</translation>
    </message>
    <message>
        <source>Monitoring metrics</source>
        <translation>Kennzahlen zur Steuerung</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Where the company is heading and how it makes money.</source>
        <translation>Wohin sich das Unternehmen entwickelt und womit es Geld verdient.</translation>
    </message>
    <message>
        <source>How sales, service and marketing are measured today.</source>
        <translation>Wie Vertrieb, Service und Marketing heute gemessen werden.</translation>
    </message>
    <message>
        <source>Where customers, partners and frontline staff say it hurts.</source>
        <translation>Wo Kunden, Partnern und Mitarbeitenden im Kundenkontakt der Schuh drückt.</translation>
    </message>
    <message>
        <source>Satisfaction, loyalty and how our view compares with the customers&apos;.</source>
        <translation>Zufriedenheit, Kundenbindung und wie unsere Sicht im Vergleich zu der der Kunden ausfällt.</translation>
    </message>
    <message>
        <source>Attributes customers value, rated for importance and performance.</source>
        <translation>Merkmale, die Kunden schätzen, bewertet nach Wichtigkeit und Leistung.</translation>
    </message>
    <message>
        <source>Customer segments and the measurable objectives set for each.</source>
        <translation>Kundensegmente und die messbaren Ziele für jedes von ihnen.</translation>
    </message>
    <message>
        <source>How products, pricing, communications and service differ per segment.</source>
        <translation>Wie sich Produkte, Preise, Kommunikation und Service je Kundensegment unterscheiden.</translation>
    </message>
    <message>
        <source>The KPIs that will track execution, with targets and owners.</source>
        <translation>Die KPIs, mit denen die Umsetzung verfolgt wird, mit Zielwerten und Verantwortlichen.</translation>
    </message>
    <message>
        <source>Which KPI serves which corporate objective; gaps are highlighted.</source>
        <translation>Welcher KPI welchem Unternehmensziel dient; Lücken werden hervorgehoben.</translation>
    </message>
    <message>
        <source>Maturity today and target, resources, learning methods and plans.</source>
        <translation>Reifegrad heute und angestrebt, Ressourcen, Lernmethoden und Pläne.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>the %1 it added are gone</source>
        <translation>die hinzugefügten %1 sind entfernt</translation>
    </message>
    <message>
        <source>the %1 are back</source>
        <translation>die %1 sind wieder da</translation>
    </message>
    <message>
        <source>the %1 it removed are back</source>
        <translation>die entfernten %1 sind wieder da</translation>
    </message>
    <message>
        <source>the %1 are removed again</source>
        <translation>die %1 sind wieder entfernt</translation>
    </message>
    <message>
        <source>1 other change taken back</source>
        <translation>1 weitere Änderung zurückgenommen</translation>
    </message>
    <message>
        <source>1 other change made again</source>
        <translation>1 weitere Änderung wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 other changes taken back</source>
        <translation>%1 weitere Änderungen zurückgenommen</translation>
    </message>
    <message>
        <source>%1 other changes made again</source>
        <translation>%1 weitere Änderungen wiederhergestellt</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 &apos;%2&apos;</source>
        <translation>%1 „%2“ löschen</translation>
    </message>
    <message>
        <source>Move %1 &apos;%2&apos; %3</source>
        <translation>%1 „%2“ %3 verschieben</translation>
    </message>
    <message>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <source>Choose the report&apos;s sections</source>
        <translation>Abschnitte des Berichts wählen</translation>
    </message>
    <message>
        <source>Start cycle %1 from %2</source>
        <translation>Zyklus %1 auf Basis von %2 beginnen</translation>
    </message>
    <message>
        <source>Rename cycle %1 to %2</source>
        <translation>Zyklus %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>the cycle %1 is gone; you are back in %2</source>
        <translation>Der Zyklus %1 ist entfernt; Sie sind wieder in %2</translation>
    </message>
    <message>
        <source>the cycle %1 is back and in use</source>
        <translation>Der Zyklus %1 ist wieder da und aktiv</translation>
    </message>
    <message>
        <source>Delete cycle %1</source>
        <translation>Zyklus %1 löschen</translation>
    </message>
    <message>
        <source>the cycle %1 is back with everything in it; you are in %2</source>
        <translation>Der Zyklus %1 ist mit allem Inhalt wieder da; Sie sind in %2</translation>
    </message>
    <message>
        <source>the cycle %1 is gone again; you are in %2</source>
        <translation>Der Zyklus %1 ist wieder entfernt; Sie sind in %2</translation>
    </message>
    <message>
        <source>Edit %1 %2 in cycle %3</source>
        <translation>%1 %2 in Zyklus %3 bearbeiten</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Change document properties</source>
        <translation>Dokumenteigenschaften ändern</translation>
    </message>
    <message>
        <source>Change document properties (%1)</source>
        <translation>Dokumenteigenschaften ändern (%1)</translation>
    </message>
    <message>
        <source>Vote %1: %2</source>
        <translation>Stimme %1: %2</translation>
    </message>
    <message>
        <source>Remove the vote of %1 on %2</source>
        <translation>Stimme von %1 zu %2 entfernen</translation>
    </message>
    <message>
        <source>Vote %1 by %2 on %3</source>
        <translation>Stimme %1 von %2 zu %3</translation>
    </message>
    <message>
        <source>Clear the agreed value of %1</source>
        <translation>Vereinbarten Wert von %1 löschen</translation>
    </message>
    <message>
        <source>Agreed value %1: %2</source>
        <translation>Vereinbarter Wert %1: %2</translation>
    </message>
    <message>
        <source>Say why the room agreed on %1 for %2.</source>
        <translation>Begründen Sie, warum sich die Runde für %2 auf %1 geeinigt hat.</translation>
    </message>
    <message>
        <source>Agree %1 on %2</source>
        <translation>%1 für %2 vereinbaren</translation>
    </message>
    <message>
        <source>Say why %1 does not apply.</source>
        <translation>Begründen Sie, warum %1 nicht zutrifft.</translation>
    </message>
    <message>
        <source>Change why %1 does not apply</source>
        <translation>Begründung ändern, warum %1 nicht zutrifft</translation>
    </message>
    <message>
        <source>Mark %1 not applicable</source>
        <translation>%1 als nicht zutreffend markieren</translation>
    </message>
    <message>
        <source>Mark %1 applicable again</source>
        <translation>%1 wieder als zutreffend markieren</translation>
    </message>
    <message>
        <source>Write a note, a source or a file before adding it.</source>
        <translation>Schreiben Sie eine Notiz, eine Quelle oder eine Datei, bevor Sie sie hinzufügen.</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Write the question or idea before parking it.</source>
        <translation>Schreiben Sie die Frage oder Idee, bevor Sie sie parken.</translation>
    </message>
    <message>
        <source>Park &quot;%1&quot;</source>
        <translation>„%1“ parken</translation>
    </message>
    <message>
        <source>Questions to ask the room</source>
        <translation>Fragen an die Runde</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>Change analysis settings</source>
        <translation>Analyseeinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>crm::gui::AboutDialog</name>
    <message>
        <source>About CRM Strategy Workbench</source>
        <translation>Über CRM Strategy Workbench</translation>
    </message>
</context>
<context>
    <name>crm::gui::ActionPlanPage</name>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Action plan&lt;/b&gt;&lt;/span&gt;&lt;br&gt;What the room agreed to do: who, by when, how it is going, and which KPI will show that it worked.</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Maßnahmenplan&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Was die Runde beschlossen hat: wer, bis wann, wie es vorangeht und welcher KPI zeigen wird, dass es gewirkt hat.</translation>
    </message>
    <message>
        <source>&amp;Draft from recommendations</source>
        <translation>Aus Empfehlungen &amp;entwerfen</translation>
    </message>
    <message>
        <source>Adds one action for each recommendation of the assessment that no action tracks yet (Alt+D). Ctrl+Z removes all of them at once.</source>
        <translation>Legt für jede Empfehlung der Bewertung, die noch keine Maßnahme verfolgt, eine Maßnahme an (Alt+D). Strg+Z entfernt alle auf einmal.</translation>
    </message>
    <message>
        <source>E&amp;xport to spreadsheet...</source>
        <translation>In Tabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saves the plan as .xlsx (actions, KPIs, milestones, capability gaps, the plan of step 10) or as .csv (the actions) (Alt+X)</source>
        <translation>Speichert den Plan als .xlsx (Maßnahmen, KPIs, Meilensteine, Fähigkeitslücken, der Plan aus Schritt 10) oder als .csv (die Maßnahmen) (Alt+X)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) drafted from the recommendations; set owners and dates. Ctrl+Z takes them all back.</source>
        <translation>
            <numerusform>%n Maßnahme aus den Empfehlungen entworfen; legen Sie Verantwortliche und Termine fest. Strg+Z nimmt sie zurück.</numerusform>
            <numerusform>%n Maßnahmen aus den Empfehlungen entworfen; legen Sie Verantwortliche und Termine fest. Strg+Z nimmt alle zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recommendation already has an action.</source>
        <translation>Zu jeder Empfehlung gibt es bereits eine Maßnahme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 open of %n action(s)</source>
        <translation>
            <numerusform>%1 von %n Maßnahme offen</numerusform>
            <numerusform>%1 von %n Maßnahmen offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::gui::AgendaPage</name>
    <message>
        <source>Plan minutes per step. The timer in the status bar counts the time spent on the step on screen and keeps it here (every 30 seconds and when the step changes); it turns red past the planned minutes.</source>
        <translation>Planen Sie Minuten je Schritt. Der Timer in der Statusleiste zählt die Zeit, die der angezeigte Schritt auf dem Bildschirm ist, und trägt sie hier ein (alle 30 Sekunden und beim Schrittwechsel); nach Ablauf der geplanten Minuten wird er rot.</translation>
    </message>
    <message>
        <source>Add the &amp;ten steps</source>
        <translation>Die &amp;zehn Schritte einfügen</translation>
    </message>
    <message>
        <source>Asks how long the workshop is and adds a slot with planned minutes for every step the agenda does not have yet</source>
        <translation>Fragt nach der Dauer des Workshops und legt für jeden Schritt, der noch nicht auf der Agenda steht, einen Zeitblock mit geplanten Minuten an</translation>
    </message>
    <message>
        <source>Add the ten steps</source>
        <translation>Die zehn Schritte einfügen</translation>
    </message>
    <message>
        <source>The steps share the workshop&apos;s length by how long each usually takes, in 5-minute slots; change any of them afterwards.</source>
        <translation>Die Schritte teilen sich die Workshopdauer nach ihrem üblichen Zeitbedarf, in 5-Minuten-Blöcken; Sie können jeden danach ändern.</translation>
    </message>
    <message>
        <source>Workshop &amp;length (hours:minutes):</source>
        <translation>Workshop&amp;dauer (Stunden:Minuten):</translation>
    </message>
    <message>
        <source>Add the ten steps to the agenda (%1)</source>
        <translation>Die zehn Schritte in die Agenda einfügen (%1)</translation>
    </message>
    <message>
        <source>the agenda is as it was before</source>
        <translation>Die Agenda ist wie zuvor</translation>
    </message>
    <message>
        <source>the ten steps are on the agenda again</source>
        <translation>Die zehn Schritte stehen wieder auf der Agenda</translation>
    </message>
    <message>
        <source>Every step is on the agenda with its minutes already.</source>
        <translation>Alle Schritte stehen bereits mit ihren Minuten auf der Agenda.</translation>
    </message>
    <message>
        <source>Planned %1, spent %2 (hours:minutes)</source>
        <translation>Geplant %1, verbraucht %2 (Stunden:Minuten)</translation>
    </message>
</context>
<context>
    <name>crm::gui::AlignmentMatrixModel</name>
    <message>
        <source>This KPI serves no corporate objective</source>
        <translation>Dieser KPI dient keinem Unternehmensziel</translation>
    </message>
    <message>
        <source>No KPI tracks this objective</source>
        <translation>Kein KPI verfolgt dieses Ziel</translation>
    </message>
    <message>
        <source>Unlink KPI &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>KPI „%1“ von „%2“ trennen</translation>
    </message>
    <message>
        <source>Link KPI &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>KPI „%1“ mit „%2“ verknüpfen</translation>
    </message>
</context>
<context>
    <name>crm::gui::AnalysisSettingsDialog</name>
    <message>
        <source>Analysis settings</source>
        <translation>Analyseeinstellungen</translation>
    </message>
    <message>
        <source>Check the models &amp;against the lines after the calibration end</source>
        <translation>Modelle an den Zeilen nach dem Kalibrierungsende &amp;prüfen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>A holdout check fits the purchase models only on the lines up to the calibration end, predicts how often each customer buys after it, and compares the prediction with the purchases that really followed. The smaller the gap, the more the lifetime values can be trusted. Choose a day that leaves a few months of lines after it.</source>
        <translation>Bei einer Holdout-Prüfung werden die Kaufmodelle nur auf den Zeilen bis zum Kalibrierungsende geschätzt. Anschließend wird vorhergesagt, wie oft jeder Kunde danach kauft, und die Vorhersage mit den tatsächlich folgenden Käufen verglichen. Je kleiner die Abweichung, desto verlässlicher ist der berechnete Kundenwert. Wählen Sie einen Tag, nach dem noch einige Monate an Zeilen folgen.</translation>
    </message>
    <message>
        <source>Holdout check:</source>
        <translation>Holdout-Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Calibration end:</source>
        <translation>&amp;Kalibrierungsende:</translation>
    </message>
    <message>
        <source>&amp;Period of the model:</source>
        <translation>Zeit&amp;einheit des Modells:</translation>
    </message>
    <message>
        <source>Lifetime value &amp;horizon:</source>
        <translation>&amp;Horizont des Kundenwerts:</translation>
    </message>
    <message>
        <source>&amp;Discount rate per month:</source>
        <translation>&amp;Abzinsung pro Monat:</translation>
    </message>
    <message>
        <source>The models are also fitted on the lines up to %1 and checked against the lines after it.</source>
        <translation>Die Modelle werden zusätzlich auf den Zeilen bis %1 geschätzt und an den Zeilen danach geprüft.</translation>
    </message>
    <message>
        <source>No holdout check: the models are fitted on all lines, and nothing checks their predictions.</source>
        <translation>Keine Holdout-Prüfung: Die Modelle werden auf allen Zeilen geschätzt, ihre Vorhersagen werden nicht überprüft.</translation>
    </message>
    <message>
        <source>holdout check: fitted up to %1</source>
        <translation>Holdout-Prüfung: geschätzt bis %1</translation>
    </message>
    <message>
        <source>no holdout check</source>
        <translation>keine Holdout-Prüfung</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>den nächsten Monat</translation>
    </message>
    <message>
        <source>the next %1 months</source>
        <translation>die nächsten %1 Monate</translation>
    </message>
    <message>
        <source>Period: %1; lifetime value over %2 at %3 discount a month; %4.</source>
        <translation>Zeiteinheit: %1; Kundenwert über %2 bei %3 Abzinsung pro Monat; %4.</translation>
    </message>
</context>
<context>
    <name>crm::gui::AssessmentPanel</name>
    <message>
        <source>Scores</source>
        <translation>Kennwerte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Go to step</source>
        <translation>Zum Schritt</translation>
    </message>
    <message>
        <source>Open the step and the row behind the selected line (Enter)</source>
        <translation>Den Schritt und die Zeile hinter der gewählten Zeile öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>Empfehlungen (%1)</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Es ist kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation> zum %1</translation>
    </message>
    <message>
        <source> (no assessment date)</source>
        <translation> (kein Bewertungsdatum)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cycle %1&lt;/b&gt;%2&lt;br&gt;Methodology profile: %3 &lt;span style=&apos;color:gray&apos;&gt;(hash %4)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Zyklus %1&lt;/b&gt;%2&lt;br&gt;Methodikprofil: %3 &lt;span style=&apos;color:gray&apos;&gt;(Prüfsumme %4)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Select a line to read why; Enter opens its step.</source>
        <translation>Wählen Sie eine Zeile, um die Begründung zu lesen; die Eingabetaste öffnet ihren Schritt.</translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation>Zu Schritt %1</translation>
    </message>
</context>
<context>
    <name>crm::gui::CatalogPicker</name>
    <message>
        <source>%1 (already in the list)</source>
        <translation>%1 (bereits in der Liste)</translation>
    </message>
    <message>
        <source>Catalog version %1. Type to filter, Down to reach the list, Space to tick, Enter to add.</source>
        <translation>Katalogversion %1. Tippen Sie zum Filtern, Pfeil nach unten führt in die Liste, Leertaste hakt an, Eingabetaste fügt hinzu.</translation>
    </message>
</context>
<context>
    <name>crm::gui::CatalogUpdateDialog</name>
    <message>
        <source>&lt;br&gt;Nothing to add: the new items are in the list already.</source>
        <translation>&lt;br&gt;Nichts hinzuzufügen: Die neuen Einträge sind bereits in der Liste.</translation>
    </message>
    <message>
        <source>&lt;br&gt;New in the catalog:</source>
        <translation>&lt;br&gt;Neu im Katalog:</translation>
    </message>
    <message>
        <source>The catalog names differently (your names are kept):</source>
        <translation>Der Katalog benennt anders (Ihre Namen bleiben erhalten):</translation>
    </message>
    <message>
        <source>Mark as version %1</source>
        <translation>Als Version %1 markieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n new item(s), mark as version %1</source>
        <translation>
            <numerusform>%n neuen Eintrag &amp;hinzufügen, als Version %1 markieren</numerusform>
            <numerusform>%n neue Einträge &amp;hinzufügen, als Version %1 markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::gui::CoverForm</name>
    <message>
        <source>e.g. CRM strategy review %1</source>
        <translation>z. B. Überprüfung der CRM-Strategie %1</translation>
    </message>
    <message>
        <source>Choose the logo for the report cover</source>
        <translation>Logo für das Deckblatt des Berichts wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 KB; a logo may be at most %3 KB. Save a smaller copy and try again.</source>
        <translation>%1 ist %2 KB groß; ein Logo darf höchstens %3 KB groß sein. Speichern Sie eine kleinere Kopie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be the logo: %2</source>
        <translation>%1 kann nicht als Logo dienen: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>The stored logo cannot be shown</source>
        <translation>Das gespeicherte Logo kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>crm::gui::CustomerDataPage</name>
    <message>
        <source>No document is open.</source>
        <translation>Es ist kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Customer data&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Kundendaten&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Import transactions…</source>
        <translation>Transaktionen &amp;importieren…</translation>
    </message>
    <message>
        <source>Analyse from a &amp;database…</source>
        <translation>Aus &amp;Datenbank analysieren…</translation>
    </message>
    <message>
        <source>Concentration of net value</source>
        <translation>Konzentration des Nettowerts</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Nettowert</translation>
    </message>
    <message>
        <source>All lines, returns deducted</source>
        <translation>Alle Zeilen, abzüglich Retouren</translation>
    </message>
    <message>
        <source>Top 20% of customers</source>
        <translation>Top 20 % der Kunden</translation>
    </message>
    <message>
        <source>Share of the net value that the top fifth of customers bring</source>
        <translation>Anteil am Nettowert, den das oberste Fünftel der Kunden bringt</translation>
    </message>
    <message>
        <source>Customers for 80% of value</source>
        <translation>Kunden für 80 % des Werts</translation>
    </message>
    <message>
        <source>The smallest share of customers that makes 80% of the net value</source>
        <translation>Der kleinste Anteil an Kunden, der 80 % des Nettowerts erbringt</translation>
    </message>
    <message>
        <source>Gini coefficient</source>
        <translation>Gini-Koeffizient</translation>
    </message>
    <message>
        <source>0 = every customer brings the same value; near 1 = a few bring almost all</source>
        <translation>0 = jeder Kunde bringt denselben Wert; nahe 1 = wenige bringen fast alles</translation>
    </message>
    <message>
        <source>Negative net value</source>
        <translation>Negativer Nettowert</translation>
    </message>
    <message>
        <source>Customers whose returns exceed their purchases</source>
        <translation>Kunden, deren Retouren ihre Käufe übersteigen</translation>
    </message>
    <message>
        <source>Zero net value</source>
        <translation>Nettowert null</translation>
    </message>
    <message>
        <source>Negative margin</source>
        <translation>Negative Marge</translation>
    </message>
    <message>
        <source>Customers who cost more than they bring (needs a cost or margin column)</source>
        <translation>Kunden, die mehr kosten, als sie bringen (braucht eine Kosten- oder Margenspalte)</translation>
    </message>
    <message>
        <source>Zero margin</source>
        <translation>Marge null</translation>
    </message>
    <message>
        <source>&lt;b&gt;Relationship levels&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beziehungsstufen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>One-time customers</source>
        <translation>Einmalkunden</translation>
    </message>
    <message>
        <source>One purchase day</source>
        <translation>Ein Kauftag</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Wiederkäufer</translation>
    </message>
    <message>
        <source>Two or more purchase days (advanced customers included)</source>
        <translation>Zwei oder mehr Kauftage (Stammkunden eingeschlossen)</translation>
    </message>
    <message>
        <source>Advanced customers</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>Repeat customers among the champions or loyal, or buying in several segments</source>
        <translation>Wiederkäufer unter den Champions oder Treuen oder mit Käufen in mehreren Kundensegmenten</translation>
    </message>
    <message>
        <source>Use for step &amp;4…</source>
        <translation>Für Schritt &amp;4 übernehmen…</translation>
    </message>
    <message>
        <source>Offer the three relationship-level shares to step 4 (undoable)</source>
        <translation>Die drei Anteile der Beziehungsstufen an Schritt 4 übergeben (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>RFM grid: customers by recency and frequency score</source>
        <translation>RFM-Raster: Kunden nach Aktualität und Kaufhäufigkeit</translation>
    </message>
    <message>
        <source>Customers by lifetime value</source>
        <translation>Kunden nach Kundenwert</translation>
    </message>
    <message>
        <source>Money-losing customers</source>
        <translation>Kunden, die Geld kosten</translation>
    </message>
    <message>
        <source>Use for step &amp;6…</source>
        <translation>Für Schritt &amp;6 übernehmen…</translation>
    </message>
    <message>
        <source>Offer customers, revenue, margin and value per customer of each segment to step 6 (undoable)</source>
        <translation>Kunden, Umsatz, Marge und Wert je Kunde jedes Kundensegments an Schritt 6 übergeben (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Lifetime value model</source>
        <translation>Modell des Kundenwerts</translation>
    </message>
    <message>
        <source>Distribution of predicted lifetime value</source>
        <translation>Verteilung des prognostizierten Kundenwerts</translation>
    </message>
    <message>
        <source>The transaction lines will be analysed when this page is shown.</source>
        <translation>Die Umsatzzeilen werden ausgewertet, sobald diese Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>Analysing the transaction lines…</source>
        <translation>Umsatzzeilen werden ausgewertet…</translation>
    </message>
    <message>
        <source>Pareto / Lorenz curve of net value</source>
        <translation>Pareto-/Lorenzkurve des Nettowerts</translation>
    </message>
    <message>
        <source>No analysis.</source>
        <translation>Keine Auswertung.</translation>
    </message>
    <message>
        <source>The customer data cannot be shown: %1.</source>
        <translation>Die Kundendaten können nicht angezeigt werden: %1.</translation>
    </message>
    <message>
        <source>No transactions imported yet. Import a CSV export of transaction lines (customer id, date, amount; optionally cost and segment) to see RFM, concentration and lifetime value.</source>
        <translation>Noch keine Umsätze importiert. Importieren Sie einen CSV-Export von Umsatzzeilen (Kundennummer, Datum, Betrag; optional Kosten und Kundensegment), um RFM, Konzentration und Kundenwert zu sehen.</translation>
    </message>
    <message>
        <source>Money-losing customers (%1)</source>
        <translation>Kunden, die Geld kosten (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 lines, imported %3)</source>
        <translation>%1 (%2 Zeilen, importiert am %3)</translation>
    </message>
    <message>
        <source>summarised by %1</source>
        <translation>zusammengefasst von %1</translation>
    </message>
    <message>
        <source>from %1, imported %2</source>
        <translation>aus %1, importiert am %2</translation>
    </message>
    <message>
        <source>from %1 imports: %2</source>
        <translation>aus %1 Importen: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 transaction lines&lt;/b&gt; %2 (%3 lines read; %4 bad and %5 without a customer id left out). Dates %6 to %7; &lt;b&gt;%8 customers&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 Umsatzzeilen&lt;/b&gt; %2 (%3 Zeilen gelesen; %4 fehlerhafte und %5 ohne Kundennummer ausgelassen). Daten vom %6 bis %7; &lt;b&gt;%8 Kunden&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Top 20% of customers: %1 of net value</source>
        <translation>Top 20 % der Kunden: %1 des Nettowerts</translation>
    </message>
    <message>
        <source>80% of net value from %1 of customers</source>
        <translation>80 % des Nettowerts von %1 der Kunden</translation>
    </message>
    <message>
        <source>Gini coefficient: %1</source>
        <translation>Gini-Koeffizient: %1</translation>
    </message>
    <message>
        <source>The total net value is not positive: no concentration figures</source>
        <translation>Der gesamte Nettowert ist nicht positiv: keine Konzentrationskennzahlen</translation>
    </message>
    <message>
        <source>%1 customers lose money (negative margin)</source>
        <translation>%1 Kunden verursachen Verluste (negative Marge)</translation>
    </message>
    <message>
        <source>%1 customers with negative net value</source>
        <translation>%1 Kunden mit negativem Nettowert</translation>
    </message>
    <message>
        <source>no cost column</source>
        <translation>keine Kostenspalte</translation>
    </message>
    <message>
        <source>Predicted lifetime value, next %1 months</source>
        <translation>Prognostizierter Kundenwert, nächste %1 Monate</translation>
    </message>
    <message>
        <source>The document is open read-only</source>
        <translation>Das Dokument ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Import a CSV export of transaction lines</source>
        <translation>Einen CSV-Export von Umsatzzeilen importieren</translation>
    </message>
    <message>
        <source>The import opens as soon as the analysis is done…</source>
        <translation>Der Import öffnet sich, sobald die Auswertung fertig ist…</translation>
    </message>
    <message>
        <source>Analysis &amp;settings…</source>
        <translation>Analyse&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Holdout check, period, lifetime-value horizon and discount rate (undoable)</source>
        <translation>Holdout-Prüfung, Zeiteinheit, Horizont des Kundenwerts und Abzinsung (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Read in %1, analysed in %2.</source>
        <translation>Gelesen in %1, ausgewertet in %2.</translation>
    </message>
    <message>
        <source>Return lines</source>
        <translation>Retourenzeilen</translation>
    </message>
    <message>
        <source>Lines with a negative quantity. They reduce net value; they are not purchases and not spending.</source>
        <translation>Zeilen mit negativer Menge. Sie mindern den Nettowert; sie zählen weder als Kauf noch als Ausgabe.</translation>
    </message>
    <message>
        <source>Left out of the spend model</source>
        <translation>Nicht im Ausgabenmodell</translation>
    </message>
    <message>
        <source>Repeat customers whose repeat purchases add up to zero or less: the spend model cannot use them</source>
        <translation>Wiederkäufer, deren Folgekäufe sich auf null oder weniger summieren: Das Ausgabenmodell kann sie nicht verwenden</translation>
    </message>
    <message>
        <source>not counted by the database</source>
        <translation>von der Datenbank nicht gezählt</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleComparisonPage</name>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Compare cycles&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Zyklen vergleichen&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Earl&amp;ier:</source>
        <translation>&amp;Früher:</translation>
    </message>
    <message>
        <source>La&amp;ter:</source>
        <translation>&amp;Später:</translation>
    </message>
    <message>
        <source>⇄ Swa&amp;p</source>
        <translation>⇄ &amp;Tauschen</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>The comparison as plain text, as `crmw diff` prints it</source>
        <translation>Der Vergleich als reiner Text, wie `crmw diff` ihn ausgibt</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Open a document with at least two cycles to compare them.</source>
        <translation>Öffnen Sie ein Dokument mit mindestens zwei Zyklen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: measures &lt;span style=&apos;color:#1b6e1b&apos;&gt;%3 better&lt;/span&gt;, &lt;span style=&apos;color:#a61b1b&apos;&gt;%4 worse&lt;/span&gt;, %5 unchanged · maturity up in %6 and down in %7 building blocks · milestones %8 hit, %9 missed, %10 without an actual · items %11 added, %12 changed, %13 dropped</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;: Kennzahlen &lt;span style=&apos;color:#1b6e1b&apos;&gt;%3 besser&lt;/span&gt;, &lt;span style=&apos;color:#a61b1b&apos;&gt;%4 schlechter&lt;/span&gt;, %5 unverändert · Reifegrad gestiegen in %6 und gesunken in %7 Bausteinen · Meilensteine %8 erreicht, %9 verfehlt, %10 ohne Istwert · Einträge %11 hinzugefügt, %12 geändert, %13 entfallen</translation>
    </message>
    <message>
        <source>Choose two different cycles. </source>
        <translation>Wählen Sie zwei verschiedene Zyklen. </translation>
    </message>
    <message>
        <source>Milestones of %1 (%2)</source>
        <translation>Meilensteine von %1 (%2)</translation>
    </message>
    <message>
        <source>Items changed (%1)</source>
        <translation>Geänderte Einträge (%1)</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleComparisonRadar</name>
    <message>
        <source>Both cycles need at least three rated capabilities (step 10) for the maturity radar.</source>
        <translation>Für das Reifegrad-Netzdiagramm brauchen beide Zyklen mindestens drei bewertete Fähigkeiten (Schritt 10).</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleItemChangesModel</name>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ hinzugefügt</translation>
    </message>
    <message>
        <source>− dropped</source>
        <translation>− entfallen</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>~ geändert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Geänderte Felder</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleMeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>crm::gui::CycleMilestonesModel</name>
    <message>
        <source>Objective or KPI</source>
        <translation>Ziel oder KPI</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>crm::gui::DatabaseAnalysisDialog</name>
    <message>
        <source>Analyse from a database</source>
        <translation>Aus Datenbank analysieren</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>Cancel asks the server to stop the query; nothing is kept.</source>
        <translation>Abbrechen bittet den Server, die Abfrage zu beenden; nichts wird übernommen.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>Write the query whose rows are the transaction lines.</source>
        <translation>Schreiben Sie die Abfrage, deren Zeilen die Umsatzzeilen sind.</translation>
    </message>
    <message>
        <source>Give the table (or view) that holds the transaction lines.</source>
        <translation>Geben Sie die Tabelle (oder Sicht) an, die die Umsatzzeilen enthält.</translation>
    </message>
    <message>
        <source>Name the customer id and date columns.</source>
        <translation>Nennen Sie die Spalten für Kundennummer und Datum.</translation>
    </message>
    <message>
        <source>Name the quantity and unit price columns.</source>
        <translation>Nennen Sie die Spalten für Menge und Stückpreis.</translation>
    </message>
    <message>
        <source>Name the amount column.</source>
        <translation>Nennen Sie die Betragsspalte.</translation>
    </message>
    <message>
        <source>Name a cost or a margin column, not both.</source>
        <translation>Nennen Sie eine Kosten- oder eine Margenspalte, nicht beide.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling… the server is asked to stop the query.</source>
        <translation>Wird abgebrochen… Der Server wird gebeten, die Abfrage zu beenden.</translation>
    </message>
    <message>
        <source>The server computes one row per customer…</source>
        <translation>Der Server berechnet eine Zeile je Kunde…</translation>
    </message>
    <message>
        <source>Large tables take the server a while; Cancel stops it.</source>
        <translation>Große Tabellen brauchen auf dem Server eine Weile; Abbrechen beendet den Vorgang.</translation>
    </message>
    <message>
        <source>Receiving the customers…</source>
        <translation>Kunden werden empfangen…</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <source>Fitting the lifetime-value models…</source>
        <translation>Kundenwertmodelle werden geschätzt…</translation>
    </message>
</context>
<context>
    <name>crm::gui::DateLineEdit</name>
    <message>
        <source>Type the whole date as %1; Up and Down change it by a day</source>
        <translation>Geben Sie das Datum vollständig als %1 ein; die Pfeiltasten nach oben und unten ändern es um einen Tag</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Datum im Kalender auswählen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>This is not a date. Type it as %1.</source>
        <translation>Das ist kein gültiges Datum. Bitte geben Sie es als %1 ein.</translation>
    </message>
    <message>
        <source>Choose a date from %1 to %2.</source>
        <translation>Bitte wählen Sie ein Datum vom %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>crm::gui::DocumentDrop</name>
    <message>
        <source>%1 is not a CRM Workbench document: only .crmw files open by dropping them here (File ▸ Import JSON reads a .json file).</source>
        <translation>%1 ist kein CRM-Workbench-Dokument: Durch Ablegen hier öffnen sich nur .crmw-Dateien (Datei ▸ JSON importieren liest eine .json-Datei).</translation>
    </message>
    <message>
        <source>Only one document opens at a time: %1 was left aside.</source>
        <translation>Es ist immer nur ein Dokument geöffnet: %1 wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>crm::gui::DocumentPropertiesDialog</name>
    <message>
        <source>Type the company&apos;s name.</source>
        <translation>Geben Sie den Namen des Unternehmens ein.</translation>
    </message>
</context>
<context>
    <name>crm::gui::EntityTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Enter, or Enter on the last row)</source>
        <translation>Eine Zeile hinzufügen (Strg+Eingabe oder Eingabe in der letzten Zeile)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected row (Delete); Ctrl+Z brings it back</source>
        <translation>Die gewählte Zeile löschen (Entf); Strg+Z holt sie zurück</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Nach oben</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Die gewählte Zeile nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Nach unten</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Die gewählte Zeile nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>crm::gui::EntityTableModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Agreed by the room: %1 (%2). The scores and the report use it. Your own value: %3.</source>
        <translation>Von der Runde vereinbart: %1 (%2). Die Kennwerte und der Bericht verwenden ihn. Ihr eigener Wert: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The room&apos;s %n vote(s) give a median of %1; the scores and the report use it. Your own value: %2. Agree on a value in the vote grid to settle it.</source>
        <translation>
            <numerusform>Die %n Stimme der Runde ergibt einen Median von %1; die Kennwerte und der Bericht verwenden ihn. Ihr eigener Wert: %2. Einigen Sie sich in der Abstimmungstabelle auf einen Wert, um ihn festzulegen.</numerusform>
            <numerusform>Die %n Stimmen der Runde ergeben einen Median von %1; die Kennwerte und der Bericht verwenden ihn. Ihr eigener Wert: %2. Einigen Sie sich in der Abstimmungstabelle auf einen Wert, um ihn festzulegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · agreed</source>
        <translation>%1 · vereinbart</translation>
    </message>
    <message>
        <source>%1 · vote</source>
        <translation>%1 · Abstimmung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>%1 in row %2: %3 (kept the previous value)</source>
        <translation>%1 in Zeile %2: %3 (der vorige Wert bleibt)</translation>
    </message>
</context>
<context>
    <name>crm::gui::FieldDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(nothing to choose yet)</source>
        <translation>(noch nichts zur Auswahl)</translation>
    </message>
    <message>
        <source>Space ticks an entry; Enter keeps the choice</source>
        <translation>Die Leertaste hakt einen Eintrag an; die Eingabetaste übernimmt die Auswahl</translation>
    </message>
    <message>
        <source>Enter keeps the text; Shift+Enter or Ctrl+Enter starts a new line; Esc cancels</source>
        <translation>Die Eingabetaste übernimmt den Text; Umschalt+Eingabe oder Strg+Eingabe beginnt eine neue Zeile; Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>crm::gui::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>crm::gui::ItemNotesDialog</name>
    <message>
        <source>Notes and scope — %1</source>
        <translation>Notizen und Geltungsbereich – %1</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not applicable&lt;/b&gt;: left out of the scores and of completeness, which say so in their reasons.</source>
        <translation>&lt;b&gt;Nicht zutreffend&lt;/b&gt;: bleibt bei den Kennwerten und der Vollständigkeit außen vor; deren Begründungen sagen das.</translation>
    </message>
    <message>
        <source>This item counts in the scores.</source>
        <translation>Dieser Eintrag zählt in den Kennwerten.</translation>
    </message>
    <message>
        <source>C&amp;hange the reason</source>
        <translation>Begründung ä&amp;ndern</translation>
    </message>
    <message>
        <source>Mark not a&amp;pplicable</source>
        <translation>Als nicht &amp;zutreffend markieren</translation>
    </message>
</context>
<context>
    <name>crm::gui::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save the new assessment as</source>
        <translation>Neue Bewertung speichern unter</translation>
    </message>
    <message>
        <source>CRM Workbench documents (*.crmw)</source>
        <translation>CRM-Workbench-Dokumente (*.crmw)</translation>
    </message>
    <message>
        <source>Cannot create the document</source>
        <translation>Das Dokument kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <source>CRM Workbench documents (*.crmw);;All files (*)</source>
        <translation>CRM-Workbench-Dokumente (*.crmw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save the imported assessment as</source>
        <translation>Importierte Bewertung speichern unter</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Step &amp;help</source>
        <translation>Schritt&amp;hilfe</translation>
    </message>
    <message>
        <source>&amp;Projector mode</source>
        <translation>&amp;Beamer-Modus</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+PgUp)</source>
        <translation>Vorheriger Schritt (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Next step (Ctrl+PgDn)</source>
        <translation>Nächster Schritt (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>No document is open. Ctrl+N creates one, Ctrl+O opens one, Ctrl+I imports a JSON file.</source>
        <translation>Kein Dokument geöffnet. Strg+N legt eines an, Strg+O öffnet eines, Strg+I importiert eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Help for this step</source>
        <translation>Hilfe zu diesem Schritt</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Zyklus:</translation>
    </message>
    <message>
        <source>Every change is saved to the file at once.</source>
        <translation>Jede Änderung wird sofort in der Datei gespeichert.</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>Hilfe zu dieser Seite</translation>
    </message>
    <message>
        <source>No help text for this step yet (%1).</source>
        <translation>Für diesen Schritt gibt es noch keinen Hilfetext (%1).</translation>
    </message>
    <message>
        <source>CRM Strategy Workbench</source>
        <translation>CRM Strategy Workbench</translation>
    </message>
    <message>
        <source>%1 — %2 — cycle %3 — %4</source>
        <translation>%1 – %2 – Zyklus %3 – %4</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The window stays in %1.</source>
        <translation>Das Fenster bleibt auf %1.</translation>
    </message>
    <message>
        <source>The window will be in %1 when you start the program again.</source>
        <translation>Das Fenster erscheint auf %1, wenn Sie das Programm neu starten.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Same as the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Takes effect when the program starts again</source>
        <translation>Gilt ab dem nächsten Programmstart</translation>
    </message>
</context>
<context>
    <name>crm::gui::NarrativeEditor</name>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>Your words for this section of the report. They appear in the report above the generated figures. Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 bullets, Ctrl+Shift+7 numbers.</source>
        <translation>Ihre Worte für diesen Abschnitt des Berichts. Sie erscheinen im Bericht über den erzeugten Zahlen. Strg+B fett, Strg+I kursiv, Strg+Umschalt+8 Aufzählung, Strg+Umschalt+7 Nummerierung.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Strg+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Strg+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8, or * and a space at the start of a line)</source>
        <translation>Aufzählung (Strg+Umschalt+8 oder * und ein Leerzeichen am Zeilenanfang)</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Nummerierte Liste (Strg+Umschalt+7)</translation>
    </message>
    <message>
        <source>This section has your text</source>
        <translation>Dieser Abschnitt hat Ihren Text</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>Noch kein Text</translation>
    </message>
</context>
<context>
    <name>crm::gui::NewDocumentDialog</name>
    <message>
        <source>Type the company&apos;s name.</source>
        <translation>Geben Sie den Namen des Unternehmens ein.</translation>
    </message>
    <message>
        <source>The first cycle needs a name, for example the year.</source>
        <translation>Der erste Zyklus braucht einen Namen, zum Beispiel das Jahr.</translation>
    </message>
</context>
<context>
    <name>crm::gui::ParkingLotPage</name>
    <message>
        <source>A question or idea to come back to later…</source>
        <translation>Eine Frage oder Idee, auf die Sie später zurückkommen…</translation>
    </message>
    <message>
        <source>raised by</source>
        <translation>eingebracht von</translation>
    </message>
    <message>
        <source>&amp;Park:</source>
        <translation>&amp;Parken:</translation>
    </message>
    <message>
        <source>&amp;Hide closed items</source>
        <translation>Erledigte &amp;ausblenden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Park for step %1</source>
        <translation>Für Schritt %1 parken</translation>
    </message>
    <message>
        <source>Adds the question to the parking lot, linked to step %1 · %2 (Ctrl+Shift+L from anywhere)</source>
        <translation>Legt die Frage im Themenspeicher ab, verknüpft mit Schritt %1 · %2 (Strg+Umschalt+L von überall)</translation>
    </message>
    <message>
        <source>%1 open, %2 closed</source>
        <translation>%1 offen, %2 erledigt</translation>
    </message>
</context>
<context>
    <name>crm::gui::ParkingQuickAddDialog</name>
    <message>
        <source>For step &lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation>Für Schritt &lt;b&gt;%1 · %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
</context>
<context>
    <name>crm::gui::PresenterView</name>
    <message>
        <source>CRM Strategy Workbench — presenter view</source>
        <translation>CRM Strategy Workbench – Referentenansicht</translation>
    </message>
    <message>
        <source>Look outward, look inward, then decide what to keep, change or drop.</source>
        <translation>Nach außen schauen, nach innen schauen, dann entscheiden, was bleibt, sich ändert oder entfällt.</translation>
    </message>
    <message>
        <source>No votes yet. The room rates %1 from 1 to 5.</source>
        <translation>Noch keine Stimmen. Die Runde bewertet %1 von 1 bis 5.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Objective &lt;b&gt;%1&lt;/b&gt; has no KPI.</source>
        <translation>Ziel &lt;b&gt;%1&lt;/b&gt; hat keinen KPI.</translation>
    </message>
    <message>
        <source>KPI &lt;b&gt;%1&lt;/b&gt; serves no objective.</source>
        <translation>KPI &lt;b&gt;%1&lt;/b&gt; dient keinem Ziel.</translation>
    </message>
    <message>
        <source>%1 objectives, %2 KPIs, %3 links</source>
        <translation>%1 Ziele, %2 KPIs, %3 Verknüpfungen</translation>
    </message>
    <message>
        <source>Every objective has a KPI and every KPI serves an objective.</source>
        <translation>Jedes Ziel hat einen KPI, und jeder KPI dient einem Ziel.</translation>
    </message>
    <message>
        <source>cycle %1</source>
        <translation>Zyklus %1</translation>
    </message>
    <message>
        <source>1 open question parked for this step</source>
        <translation>1 offene Frage zu diesem Schritt geparkt</translation>
    </message>
    <message>
        <source>%1 open questions parked for this step</source>
        <translation>%1 offene Fragen zu diesem Schritt geparkt</translation>
    </message>
</context>
<context>
    <name>crm::gui::RadarChart</name>
    <message>
        <source>Rate at least three capabilities to see the maturity radar.</source>
        <translation>Bewerten Sie mindestens drei Fähigkeiten, um das Reifegrad-Netzdiagramm zu sehen.</translation>
    </message>
</context>
<context>
    <name>crm::gui::RecommendationTableModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächste Maßnahme</translation>
    </message>
</context>
<context>
    <name>crm::gui::RecoveryOffer</name>
    <message>
        <source>%1 is damaged and was not opened (%2). A recovered copy can be made beside it; the file itself stays as it is.</source>
        <translation>%1 ist beschädigt und wurde nicht geöffnet (%2). Daneben kann eine wiederhergestellte Kopie angelegt werden; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>The document is damaged</source>
        <translation>Das Dokument ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened as it is.</source>
        <translation>%1 ist beschädigt und kann so nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Everything that can still be read can be copied into a new file beside it and opened. The damaged file is not changed.</source>
        <translation>Alles, was sich noch lesen lässt, kann in eine neue Datei daneben kopiert und geöffnet werden. Die beschädigte Datei wird nicht verändert.</translation>
    </message>
    <message>
        <source>Open a recovered copy</source>
        <translation>Wiederhergestellte Kopie öffnen</translation>
    </message>
    <message>
        <source>Nothing in %1 could be read, so no recovered copy was made (%2).</source>
        <translation>Aus %1 ließ sich nichts lesen, daher wurde keine Kopie angelegt (%2).</translation>
    </message>
    <message>
        <source>No recovered copy of %1 could be made: %2</source>
        <translation>Von %1 konnte keine wiederhergestellte Kopie angelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened the recovered copy %1: %n row(s) carried over</source>
        <translation>
            <numerusform>Wiederhergestellte Kopie %1 geöffnet: %n Zeile übernommen</numerusform>
            <numerusform>Wiederhergestellte Kopie %1 geöffnet: %n Zeilen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unreadable value(s) left empty</source>
        <translation>
            <numerusform>, %n unlesbarer Wert leer gelassen</numerusform>
            <numerusform>, %n unlesbare Werte leer gelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>. %1 is unchanged.</source>
        <translation>. %1 ist unverändert.</translation>
    </message>
</context>
<context>
    <name>crm::gui::RenameCycleDialog</name>
    <message>
        <source>Rename cycle %1</source>
        <translation>Zyklus %1 umbenennen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
</context>
<context>
    <name>crm::gui::ReportContentPage</name>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Report content&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Your own words for the report&apos;s sections, its cover and who signs it off. The figures come from the steps.</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Berichtsinhalt&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Ihre eigenen Worte für die Abschnitte des Berichts, sein Deckblatt und die Freigabe. Die Zahlen stammen aus den Schritten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cover&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deckblatt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Section &amp;texts</source>
        <translation>Abschnitts&amp;texte</translation>
    </message>
    <message>
        <source>C&amp;over and sign-off</source>
        <translation>&amp;Deckblatt und Freigabe</translation>
    </message>
</context>
<context>
    <name>crm::gui::ReportExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Vollständiger Bericht</translation>
    </message>
    <message>
        <source>Brief: two pages for the executives</source>
        <translation>Kurzfassung: zwei Seiten für die Geschäftsführung</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Export &amp;another…</source>
        <translation>&amp;Weiteren exportieren…</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the report first.</source>
        <translation>Wählen Sie zuerst, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written to %1.</source>
        <translation>Abgebrochen: In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written. %1</source>
        <translation>Der Bericht wurde nicht geschrieben. %1</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report was written to %1, but it cannot be shown here.</source>
        <translation>Der Bericht wurde unter %1 gespeichert, kann hier aber nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>crm::gui::ReportPreview</name>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>&amp;Nächste Seite ▶</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetDecisionsPanel</name>
    <message>
        <source>&lt;b&gt;Phase 3 · Reset.&lt;/b&gt; With what the room learned looking outward and inward, decide for each objective, KPI and segment treatment: &lt;i&gt;keep&lt;/i&gt;, &lt;i&gt;change&lt;/i&gt; (say what changes) or &lt;i&gt;drop&lt;/i&gt; — and &lt;i&gt;add&lt;/i&gt; what is new. Every decision needs its reason, so next year&apos;s reset can judge it.</source>
        <translation>&lt;b&gt;Phase 3 · Neuausrichtung.&lt;/b&gt; Entscheiden Sie mit dem, was die Runde beim Blick nach außen und nach innen gelernt hat, für jedes Ziel, jeden KPI und jede Segmentbearbeitung: &lt;i&gt;beibehalten&lt;/i&gt;, &lt;i&gt;ändern&lt;/i&gt; (sagen Sie, was sich ändert) oder &lt;i&gt;streichen&lt;/i&gt; – und &lt;i&gt;ergänzen&lt;/i&gt; Sie, was neu ist. Jede Entscheidung braucht eine Begründung, damit die Jahresüberprüfung im nächsten Jahr sie beurteilen kann.</translation>
    </message>
    <message>
        <source>Add a row for each &amp;open item</source>
        <translation>Für jeden &amp;offenen Eintrag eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Adds a “keep” row for every objective, KPI and treatment without a decision; change the decision where needed and write each reason.</source>
        <translation>Legt für jedes Ziel, jeden KPI und jede Bearbeitung ohne Entscheidung eine Zeile „beibehalten“ an; ändern Sie die Entscheidung, wo nötig, und schreiben Sie jede Begründung.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>%1: a reason is required.</source>
        <translation>%1: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: say what changes.</source>
        <translation>%1: Sagen Sie, was sich ändert.</translation>
    </message>
    <message>
        <source>%1: name the new item under “Change or new item”.</source>
        <translation>%1: Nennen Sie den neuen Eintrag unter „Änderung oder neuer Eintrag“.</translation>
    </message>
    <message>
        <source>%1: choose the item this decision is about.</source>
        <translation>%1: Wählen Sie den Eintrag, um den es bei dieser Entscheidung geht.</translation>
    </message>
    <message>
        <source>… and %1 more (the cells in yellow).</source>
        <translation>… und %1 weitere (die gelben Zellen).</translation>
    </message>
    <message>
        <source>Every objective, KPI and treatment has a decision.</source>
        <translation>Jedes Ziel, jeder KPI und jede Bearbeitung hat eine Entscheidung.</translation>
    </message>
    <message>
        <source>Still without a decision: %1.</source>
        <translation>Noch ohne Entscheidung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n open decision(s)</source>
        <translation>
            <numerusform>%n offene Entscheidung hinzufügen</numerusform>
            <numerusform>%n offene Entscheidungen hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetFlowPage</name>
    <message>
        <source>Start a new cycle…</source>
        <translation>Neuen Zyklus beginnen…</translation>
    </message>
    <message>
        <source>&amp;1  Outward: customers</source>
        <translation>&amp;1  Außensicht: Kunden</translation>
    </message>
    <message>
        <source>&amp;2  Inward: employees</source>
        <translation>&amp;2  Innensicht: Mitarbeitende</translation>
    </message>
    <message>
        <source>&amp;3  Reset: decisions</source>
        <translation>&amp;3  Neuausrichtung: Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;4  Schedule</source>
        <translation>&amp;4  Terminplan</translation>
    </message>
    <message>
        <source>Is the strategy creating the customer experience and buying patterns it meant to? (Alt+1)</source>
        <translation>Schafft die Strategie das Kundenerlebnis und das Kaufverhalten, das sie anstrebte? (Alt+1)</translation>
    </message>
    <message>
        <source>Do employees understand and apply the strategy? (Alt+2)</source>
        <translation>Verstehen die Mitarbeitenden die Strategie und wenden sie sie an? (Alt+2)</translation>
    </message>
    <message>
        <source>Keep, change or drop each objective, KPI and treatment (Alt+3)</source>
        <translation>Jedes Ziel, jeden KPI und jede Bearbeitung beibehalten, ändern oder streichen (Alt+3)</translation>
    </message>
    <message>
        <source>The next reset and its preparation, as a calendar file (Alt+4)</source>
        <translation>Die nächste Jahresüberprüfung und ihre Vorbereitung als Kalenderdatei (Alt+4)</translation>
    </message>
    <message>
        <source>← Previous phase</source>
        <translation>← Vorherige Phase</translation>
    </message>
    <message>
        <source>Next phase →</source>
        <translation>Nächste Phase →</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase 2 · Look inward.&lt;/b&gt; Do the people who manage customer relationships understand the strategy, accept it and apply it? Record a short survey or a few interviews per department: how well the strategy is understood and applied (1–5), and where day-to-day practice has drifted from the plan.</source>
        <translation>&lt;b&gt;Phase 2 · Blick nach innen.&lt;/b&gt; Verstehen die Menschen, die Kundenbeziehungen gestalten, die Strategie, tragen sie sie mit und wenden sie sie an? Erfassen Sie je Abteilung eine kurze Umfrage oder einige Gespräche: wie gut die Strategie verstanden und angewandt wird (1–5) und wo der Alltag vom Plan abgewichen ist.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Annual reset · cycle %1&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Jahresüberprüfung · Zyklus %1&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Compared with cycle &lt;b&gt;%1&lt;/b&gt;%2. Walk the three phases, then set the date of the next reset.</source>
        <translation>Verglichen mit Zyklus &lt;b&gt;%1&lt;/b&gt;%2. Gehen Sie die drei Phasen durch und legen Sie dann den Termin der nächsten Jahresüberprüfung fest.</translation>
    </message>
    <message>
        <source>; milestones due by %1 count</source>
        <translation>; Meilensteine, die bis %1 fällig sind, zählen</translation>
    </message>
    <message>
        <source>This is the document&apos;s first cycle, so there is nothing to compare yet. A year after the workshop, start a new cycle (Ctrl+Shift+C): it copies this one, and the reset compares the two.</source>
        <translation>Dies ist der erste Zyklus des Dokuments, es gibt also noch nichts zu vergleichen. Beginnen Sie ein Jahr nach dem Workshop einen neuen Zyklus (Strg+Umschalt+C): Er kopiert diesen, und die Jahresüberprüfung vergleicht die beiden.</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetMeasuresModel</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektiv</translation>
    </message>
    <message>
        <source>Objective: hard data (orders, times, counts)</source>
        <translation>Objektiv: harte Daten (Aufträge, Zeiten, Anzahlen)</translation>
    </message>
    <message>
        <source>Subjective: perception (surveys, complaints, compliments)</source>
        <translation>Subjektiv: Wahrnehmung (Umfragen, Beschwerden, Lob)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Taktik</translation>
    </message>
    <message>
        <source>Strategy level: does the strategy as a whole work?</source>
        <translation>Strategieebene: Wirkt die Strategie als Ganzes?</translation>
    </message>
    <message>
        <source>Tactic level: do the chosen actions work?</source>
        <translation>Taktikebene: Wirken die gewählten Maßnahmen?</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <source>Last (%1)</source>
        <translation>Letzter (%1)</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>Dieser Zyklus</translation>
    </message>
    <message>
        <source>This (%1)</source>
        <translation>Dieser (%1)</translation>
    </message>
    <message>
        <source>This cycle&apos;s value of the KPI: type to change it.</source>
        <translation>Der Wert des KPI in diesem Zyklus: zum Ändern eintippen.</translation>
    </message>
    <message>
        <source>No value recorded for this cycle yet: the KPI&apos;s baseline is shown. Type this year&apos;s value.</source>
        <translation>Für diesen Zyklus ist noch kein Wert erfasst: Angezeigt wird der Ausgangswert des KPI. Tippen Sie den Wert dieses Jahres ein.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>new this cycle</source>
        <translation>neu in diesem Zyklus</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>%1, step 4 survey</source>
        <translation>%1, Umfrage aus Schritt 4</translation>
    </message>
    <message>
        <source>%1: %2 (kept the previous value)</source>
        <translation>%1: %2 (der vorige Wert bleibt)</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetMilestonesModel</name>
    <message>
        <source>Objective or KPI (last cycle)</source>
        <translation>Ziel oder KPI (letzter Zyklus)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>The value reached by the due date: type it to record it.</source>
        <translation>Der bis zum Fälligkeitstermin erreichte Wert: zum Erfassen eintippen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Actual of %1 due %2: %3 (kept the previous value)</source>
        <translation>Istwert von %1, fällig %2: %3 (der vorige Wert bleibt)</translation>
    </message>
    <message>
        <source>Record the actual of a milestone of %1</source>
        <translation>Istwert eines Meilensteins von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetOutwardPanel</name>
    <message>
        <source>&lt;b&gt;Phase 1 · Look outward.&lt;/b&gt; Is the strategy creating the experiences, buying patterns and recommendations it aimed for? Compare this cycle with the last one and with the targets; type this year&apos;s KPI values and milestone actuals where they are missing. Look at both hard data and perception, at strategy and at tactic level.</source>
        <translation>&lt;b&gt;Phase 1 · Blick nach außen.&lt;/b&gt; Schafft die Strategie die Erlebnisse, das Kaufverhalten und die Weiterempfehlungen, die sie anstrebte? Vergleichen Sie diesen Zyklus mit dem letzten und mit den Zielwerten; tragen Sie fehlende KPI-Werte und Istwerte der Meilensteine dieses Jahres ein. Betrachten Sie harte Daten und Wahrnehmung, auf Strategie- und auf Taktikebene.</translation>
    </message>
    <message>
        <source>Objective (hard data)</source>
        <translation>Objektiv (harte Daten)</translation>
    </message>
    <message>
        <source>Subjective (perception)</source>
        <translation>Subjektiv (Wahrnehmung)</translation>
    </message>
    <message>
        <source>Strategy level</source>
        <translation>Strategieebene</translation>
    </message>
    <message>
        <source>Tactic level</source>
        <translation>Taktikebene</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Show&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anzeigen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measures&lt;/b&gt; — this cycle against the last one and the target; grey italic values are baselines still waiting for this year&apos;s figure</source>
        <translation>&lt;b&gt;Kennzahlen&lt;/b&gt; – dieser Zyklus im Vergleich zum letzten und zum Zielwert; graue kursive Werte sind Ausgangswerte, für die die Zahl dieses Jahres noch fehlt</translation>
    </message>
    <message>
        <source>Only milestones &amp;due by this cycle&apos;s assessment date</source>
        <translation>Nur Meilensteine, die bis zum Bewertungsdatum dieses Zyklus &amp;fällig sind</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last cycle&apos;s milestones&lt;/b&gt; — type the actual reached by the due date</source>
        <translation>&lt;b&gt;Meilensteine des letzten Zyklus&lt;/b&gt; – tragen Sie den bis zum Fälligkeitstermin erreichten Istwert ein</translation>
    </message>
    <message>
        <source>No earlier cycle to compare with.</source>
        <translation>Kein früherer Zyklus zum Vergleichen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b6e1b&apos;&gt;%1 hit&lt;/span&gt; · &lt;span style=&apos;color:#a61b1b&apos;&gt;%2 missed&lt;/span&gt; · %3 without an actual</source>
        <translation>&lt;span style=&apos;color:#1b6e1b&apos;&gt;%1 erreicht&lt;/span&gt; · &lt;span style=&apos;color:#a61b1b&apos;&gt;%2 verfehlt&lt;/span&gt; · %3 ohne Istwert</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetSchedulePanel</name>
    <message>
        <source>&lt;b&gt;Follow through.&lt;/b&gt; Put the next reset and its preparation meetings in the calendar today, with who attends. A meeting without an agenda gets the one shown in grey, drawn from the three phases. Export the schedule as an iCalendar file (.ics) that any calendar program imports.</source>
        <translation>&lt;b&gt;Dranbleiben.&lt;/b&gt; Tragen Sie die nächste Jahresüberprüfung und ihre Vorbereitungstermine noch heute in den Kalender ein, mit den Teilnehmenden. Ein Termin ohne Agenda erhält die grau angezeigte, abgeleitet aus den drei Phasen. Exportieren Sie den Terminplan als iCalendar-Datei (.ics), die jedes Kalenderprogramm importiert.</translation>
    </message>
    <message>
        <source>&amp;Plan next year&apos;s reset</source>
        <translation>Jahresüberprüfung des nächsten Jahres &amp;planen</translation>
    </message>
    <message>
        <source>Adds a progress review in six months, a preparation meeting and the reset itself a year after this cycle&apos;s assessment date</source>
        <translation>Legt eine Fortschrittsbesprechung in sechs Monaten, einen Vorbereitungstermin und die Jahresüberprüfung selbst ein Jahr nach dem Bewertungsdatum dieses Zyklus an</translation>
    </message>
    <message>
        <source>E&amp;xport schedule (.ics)…</source>
        <translation>Terminplan e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>No meeting planned yet: &lt;i&gt;Plan next year&apos;s reset&lt;/i&gt; adds the reset, its preparation and a progress review.</source>
        <translation>Noch kein Termin geplant: &lt;i&gt;Jahresüberprüfung des nächsten Jahres planen&lt;/i&gt; legt die Jahresüberprüfung, ihre Vorbereitung und eine Fortschrittsbesprechung an.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda of “%1”&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Agenda von „%1“&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;i&gt;(none written: the calendar file gets this one)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(keine geschrieben: Die Kalenderdatei erhält diese hier)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The schedule of cycle %1 is empty: add the next reset first.</source>
        <translation>Der Terminplan von Zyklus %1 ist leer: Legen Sie zuerst die nächste Jahresüberprüfung an.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 reset schedule %2.ics</source>
        <translation>%1 Terminplan Jahresüberprüfung %2.ics</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Terminplan exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The schedule was exported to %1.</source>
        <translation>Der Terminplan wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>CRM progress review</source>
        <translation>CRM-Fortschrittsbesprechung</translation>
    </message>
    <message>
        <source>Prepare the CRM strategy reset %1</source>
        <translation>Überprüfung der CRM-Strategie %1 vorbereiten</translation>
    </message>
    <message>
        <source>CRM strategy reset %1</source>
        <translation>Überprüfung der CRM-Strategie %1</translation>
    </message>
    <message>
        <source>Plan the reset %1</source>
        <translation>Jahresüberprüfung %1 planen</translation>
    </message>
</context>
<context>
    <name>crm::gui::ResetWorkspace</name>
    <message>
        <source>Annual reset</source>
        <translation>Jahresüberprüfung</translation>
    </message>
    <message>
        <source>Annual reset: compare cycles</source>
        <translation>Jahresüberprüfung: Zyklen vergleichen</translation>
    </message>
    <message>
        <source>&amp;Start new cycle…</source>
        <translation>Neuen &amp;Zyklus beginnen…</translation>
    </message>
    <message>
        <source>Re&amp;name cycle…</source>
        <translation>Zyklus &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete cycle…</source>
        <translation>Zyklus &amp;löschen…</translation>
    </message>
    <message>
        <source>Go to the &amp;reset phases</source>
        <translation>Zu den &amp;Phasen der Jahresüberprüfung</translation>
    </message>
    <message>
        <source>&amp;Compare cycles…</source>
        <translation>Zyklen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Export schedule (.ics)…</source>
        <translation>Terminplan &amp;exportieren (.ics)…</translation>
    </message>
    <message>
        <source>The three phases of the annual reset: outward, inward, reset</source>
        <translation>Die drei Phasen der Jahresüberprüfung: außen, innen, Neuausrichtung</translation>
    </message>
    <message>
        <source>Measures, maturity, milestones and items of any two cycles side by side</source>
        <translation>Kennzahlen, Reifegrad, Meilensteine und Einträge zweier beliebiger Zyklen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Jahresüberprüfung</translation>
    </message>
    <message>
        <source>The last cycle of a document cannot be deleted.</source>
        <translation>Der letzte Zyklus eines Dokuments kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete cycle “%1” with %2?

Edit ▸ Undo (Ctrl+Z) brings it back while the document stays open.</source>
        <translation>Zyklus „%1“ mit %2 löschen?

Bearbeiten ▸ Rückgängig (Strg+Z) holt ihn zurück, solange das Dokument geöffnet bleibt.</translation>
    </message>
    <message>
        <source>Cycle %1 is the document&apos;s only cycle and cannot be deleted.</source>
        <translation>Zyklus %1 ist der einzige Zyklus des Dokuments und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete cycle %1</source>
        <translation>Zyklus %1 löschen</translation>
    </message>
    <message>
        <source>&amp;Delete cycle %1</source>
        <translation>Zyklus %1 &amp;löschen</translation>
    </message>
</context>
<context>
    <name>crm::gui::RoomVotePanel</name>
    <message>
        <source>Vote from phones</source>
        <translation>Abstimmung per Handy</translation>
    </message>
    <message>
        <source>A round on this step</source>
        <translation>Eine Runde zu diesem Schritt</translation>
    </message>
    <message>
        <source>What the room rates</source>
        <translation>Was die Runde bewertet</translation>
    </message>
    <message>
        <source>%1 (the room&apos;s network)</source>
        <translation>%1 (das Netz im Raum)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only, for trying it out)</source>
        <translation>127.0.0.1 (nur dieser Computer, zum Ausprobieren)</translation>
    </message>
    <message>
        <source>&amp;Open the round</source>
        <translation>Runde &amp;öffnen</translation>
    </message>
    <message>
        <source>Phones reach this computer at</source>
        <translation>Handys erreichen diesen Computer unter</translation>
    </message>
    <message>
        <source>The round</source>
        <translation>Die Runde</translation>
    </message>
    <message>
        <source>&amp;Remove their votes</source>
        <translation>Ihre Stimmen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>Runde &amp;schließen</translation>
    </message>
    <message>
        <source>Re-o&amp;pen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>The room votes from phones on steps 3, 5 and 10</source>
        <translation>Die Runde stimmt in den Schritten 3, 5 und 10 per Handy ab</translation>
    </message>
    <message>
        <source>A round on step %1 · %2</source>
        <translation>Eine Runde zu Schritt %1 · %2</translation>
    </message>
    <message>
        <source>Tick what the room rates; the step needs items to rate.</source>
        <translation>Haken Sie an, was die Runde bewertet; der Schritt braucht Einträge zum Bewerten.</translation>
    </message>
    <message>
        <source>Votes from phones (%1 from %2)</source>
        <translation>Stimmen per Handy (%1 von %2)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The votes of %1 could not be removed.</source>
        <translation>Die Stimmen von %1 konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>Teilnahmecode: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Scan the code or open the address and type the code.</source>
        <translation>Scannen Sie den Code oder öffnen Sie die Adresse und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>The round is closed: phones can no longer vote.</source>
        <translation>Die Runde ist geschlossen: Handys können nicht mehr abstimmen.</translation>
    </message>
</context>
<context>
    <name>crm::gui::ScoreTreeModel</name>
    <message>
        <source>%1: select a score to read its reason.</source>
        <translation>%1: Wählen Sie einen Kennwert, um seine Begründung zu lesen.</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (step %4)</source>
        <translation>%1: %2 – %3 (Schritt %4)</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Kennwert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Level / band</source>
        <translation>Stufe / Band</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>crm::gui::SegmentFiguresDialog</name>
    <message>
        <source>Add as a new segment</source>
        <translation>Als neues Kundensegment hinzufügen</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Update “%1”</source>
        <translation>„%1“ aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Use these figures</source>
        <translation>Diese Zahlen &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>crm::gui::SetCatalogVersionCommand</name>
    <message>
        <source>Record version %1 of the %2 catalog</source>
        <translation>Version %1 des Katalogs %2 vermerken</translation>
    </message>
</context>
<context>
    <name>crm::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Type to find an action or a key</source>
        <translation>Tippen Sie, um eine Aktion oder Taste zu finden</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>crm::gui::SingletonForm</name>
    <message>
        <source>%1: %2 (kept the previous value)</source>
        <translation>%1: %2 (der vorige Wert bleibt)</translation>
    </message>
</context>
<context>
    <name>crm::gui::StagedDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>crm::gui::StartCycleDialog</name>
    <message>
        <source>&amp;Start cycle</source>
        <translation>Zyklus &amp;beginnen</translation>
    </message>
    <message>
        <source>Copies %1.</source>
        <translation>Kopiert %1.</translation>
    </message>
</context>
<context>
    <name>crm::gui::StepPage</name>
    <message>
        <source>From &amp;catalog…</source>
        <translation>Aus &amp;Katalog…</translation>
    </message>
    <message>
        <source>&lt;div&gt;Net Promoter Score&lt;/div&gt;&lt;div style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/div&gt;&lt;div&gt;(promoters − detractors) ÷ all responses × 100&lt;/div&gt;</source>
        <translation>&lt;div&gt;Net Promoter Score&lt;/div&gt;&lt;div style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/div&gt;&lt;div&gt;(Promotoren − Kritiker) ÷ alle Antworten × 100&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;div&gt;Net Promoter Score&lt;/div&gt;&lt;div style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;–&lt;/b&gt;&lt;/div&gt;&lt;div&gt;Enter promoter, passive and detractor counts.&lt;/div&gt;</source>
        <translation>&lt;div&gt;Net Promoter Score&lt;/div&gt;&lt;div style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;–&lt;/b&gt;&lt;/div&gt;&lt;div&gt;Geben Sie die Anzahl der Promotoren, Passiven und Kritiker ein.&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPIs (rows) × corporate objectives (columns)&lt;/b&gt; — Space ticks a cell</source>
        <translation>&lt;b&gt;KPIs (Zeilen) × Unternehmensziele (Spalten)&lt;/b&gt; – die Leertaste hakt eine Zelle an</translation>
    </message>
    <message>
        <source>Objective &lt;b&gt;%1&lt;/b&gt; has no KPI.</source>
        <translation>Ziel &lt;b&gt;%1&lt;/b&gt; hat keinen KPI.</translation>
    </message>
    <message>
        <source>KPI &lt;b&gt;%1&lt;/b&gt; serves no objective.</source>
        <translation>KPI &lt;b&gt;%1&lt;/b&gt; dient keinem Ziel.</translation>
    </message>
    <message>
        <source>Every objective has a KPI and every KPI serves an objective.</source>
        <translation>Jedes Ziel hat einen KPI, und jeder KPI dient einem Ziel.</translation>
    </message>
</context>
<context>
    <name>crm::gui::StepSidebar</name>
    <message>
        <source>%1 complete</source>
        <translation>%1 vollständig</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Noch offen:</translation>
    </message>
</context>
<context>
    <name>crm::gui::StepTimerLabel</name>
    <message>
        <source>Clock %1 of %2</source>
        <translation>Zeit %1 von %2</translation>
    </message>
    <message>
        <source>Clock %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>Clock of the annual reset: %1</source>
        <translation>Zeit der Jahresüberprüfung: %1</translation>
    </message>
    <message>
        <source>Clock of step %1: %2</source>
        <translation>Zeit für Schritt %1: %2</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (angehalten)</translation>
    </message>
    <message>
        <source>Time spent on this step over all visits; kept in the document</source>
        <translation>Zeit für diesen Schritt über alle Besuche; im Dokument gespeichert</translation>
    </message>
    <message>
        <source>Time spent on this step; not kept: the document is read-only</source>
        <translation>Zeit für diesen Schritt; nicht gespeichert: Das Dokument ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>crm::gui::TransactionImportDialog</name>
    <message>
        <source>Import transactions</source>
        <translation>Transaktionen importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation>&amp;Weitere Datei importieren…</translation>
    </message>
    <message>
        <source>Cancel leaves the document exactly as it was: the lines are written in one transaction, all or nothing.</source>
        <translation>Abbrechen lässt das Dokument genau so, wie es war: Die Zeilen werden in einer Transaktion geschrieben, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Spaces (runs of blanks)</source>
        <translation>Leerzeichen (Folgen von Leerraum)</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows, as they will be read:</source>
        <translation>Vorschau der ersten %1 Zeilen, so wie sie gelesen werden:</translation>
    </message>
    <message>
        <source>Lines read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Skipped, bad line:</source>
        <translation>Übersprungen, fehlerhafte Zeile:</translation>
    </message>
    <message>
        <source>Skipped, no customer id:</source>
        <translation>Übersprungen, keine Kundennummer:</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Detected: %1 delimiter, %2, decimal %3%4.</source>
        <translation>Erkannt: Trennzeichen %1, %2, Dezimalzeichen %3%4.</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>eine Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>, dates %1</source>
        <translation>, Datumsangaben %1</translation>
    </message>
    <message>
        <source>Check every guess against the preview.</source>
        <translation>Prüfen Sie jede Annahme anhand der Vorschau.</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 lines imported earlier from %2</source>
        <translation>Die früher aus %2 importierten %1 Zeilen &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 lines of the %2 earlier imports</source>
        <translation>Die %1 Zeilen der %2 früheren Importe &amp;ersetzen</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>The file cannot be read or is empty.</source>
        <translation>Die Datei kann nicht gelesen werden oder ist leer.</translation>
    </message>
    <message>
        <source>This document is open read-only: nothing can be imported into it.</source>
        <translation>Dieses Dokument ist schreibgeschützt geöffnet: Es kann nichts hineinimportiert werden.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation>Wird abgebrochen… Es wird nichts importiert.</translation>
    </message>
    <message>
        <source>%1 rows read · %2</source>
        <translation>%1 Zeilen gelesen · %2</translation>
    </message>
    <message>
        <source>Writing the lines into the document…</source>
        <translation>Die Zeilen werden in das Dokument geschrieben…</translation>
    </message>
    <message>
        <source>%1 of %2 lines written · %3</source>
        <translation>%1 von %2 Zeilen geschrieben · %3</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Das Dokument wird gespeichert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Reading took %2, writing %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Das Lesen dauerte %2, das Schreiben %3.</translation>
    </message>
    <message>
        <source>No line was left out.</source>
        <translation>Keine Zeile wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Lines left out (the first %1 of %2 are listed):</source>
        <translation>Ausgelassene Zeilen (die ersten %1 von %2 sind aufgeführt):</translation>
    </message>
    <message>
        <source>Lines left out:</source>
        <translation>Ausgelassene Zeilen:</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>blanks</source>
        <translation>Leerzeichen</translation>
    </message>
</context>
<context>
    <name>crm::gui::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>Im Handbuch suchen (Eingabetaste: weiter)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteAgreeDialog</name>
    <message>
        <source>Agree</source>
        <translation>Einigung festhalten</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteGridModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 gives %2 a %3</source>
        <translation>%1 gibt %2 eine %3</translation>
    </message>
    <message>
        <source>%1 has not voted on %2 yet: type 1–5</source>
        <translation>%1 hat noch nicht über %2 abgestimmt: 1–5 eintippen</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Vereinbart: %1</translation>
    </message>
    <message>
        <source>Not applicable (%1): left out of the scores</source>
        <translation>Nicht zutreffend (%1): bleibt bei den Kennwerten außen vor</translation>
    </message>
    <message>
        <source>The agreed value: %1</source>
        <translation>Der vereinbarte Wert: %1</translation>
    </message>
    <message>
        <source>The only vote</source>
        <translation>Die einzige Stimme</translation>
    </message>
    <message>
        <source>The median of %1 votes, rounded half up</source>
        <translation>Der Median aus %1 Stimmen, kaufmännisch gerundet</translation>
    </message>
    <message>
        <source>No votes yet: the value typed in the step&apos;s table</source>
        <translation>Noch keine Stimmen: der in der Tabelle des Schritts eingetragene Wert</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>uneinig</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. z.</translation>
    </message>
    <message>
        <source>%1 — not applicable: %2</source>
        <translation>%1 – nicht zutreffend: %2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Streuung (SA)</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Uneinig</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Mean of the votes</source>
        <translation>Mittelwert der Stimmen</translation>
    </message>
    <message>
        <source>Median of the votes</source>
        <translation>Median der Stimmen</translation>
    </message>
    <message>
        <source>Lowest and highest vote</source>
        <translation>Niedrigste und höchste Stimme</translation>
    </message>
    <message>
        <source>Standard deviation of the votes (population)</source>
        <translation>Standardabweichung der Stimmen (Grundgesamtheit)</translation>
    </message>
    <message>
        <source>Spread above the methodology profile&apos;s threshold (workshop.disagreement_sd)</source>
        <translation>Streuung über der Schwelle des Methodikprofils (workshop.disagreement_sd)</translation>
    </message>
    <message>
        <source>The value the room agreed on (Agree…)</source>
        <translation>Der Wert, auf den sich die Runde geeinigt hat (Einigung festhalten…)</translation>
    </message>
    <message>
        <source>The value the scores use: the agreed value when set, else the median</source>
        <translation>Der Wert, den die Kennwerte verwenden: der vereinbarte Wert, falls gesetzt, sonst der Median</translation>
    </message>
    <message>
        <source>A vote is a number from 1 to 5, not &quot;%1&quot;.</source>
        <translation>Eine Stimme ist eine Zahl von 1 bis 5, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteGridView</name>
    <message>
        <source>The room agrees on every item so far: no spread above the threshold.</source>
        <translation>Die Runde ist sich bisher bei allen Einträgen einig: keine Streuung über der Schwelle.</translation>
    </message>
    <message>
        <source>That was the last cell: every participant&apos;s vote on this dimension is in.</source>
        <translation>Das war die letzte Zelle: Die Stimmen aller Teilnehmenden zu dieser Dimension sind erfasst.</translation>
    </message>
    <message>
        <source>Votes go in a participant&apos;s column: move there with the arrow keys or Home.</source>
        <translation>Stimmen gehören in die Spalte einer teilnehmenden Person: Gehen Sie mit den Pfeiltasten oder Pos1 dorthin.</translation>
    </message>
    <message>
        <source>Votes are 1 to 5; %1 was not recorded.</source>
        <translation>Stimmen gehen von 1 bis 5; %1 wurde nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>crm::gui::VotePage</name>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>Move &amp;down after a vote</source>
        <translation>Nach einer Stimme nach &amp;unten gehen</translation>
    </message>
    <message>
        <source>Takes one participant&apos;s votes down the column instead of the room&apos;s votes across a row</source>
        <translation>Geht die Stimmen einer Person in der Spalte nach unten durch statt die Stimmen der Runde entlang einer Zeile</translation>
    </message>
    <message>
        <source>1–5 votes and moves on · Tab skips · 0 or Delete clears · Ctrl+Z undoes · F8 next disagreement · Ctrl+Enter agrees</source>
        <translation>1–5 stimmt ab und geht weiter · Tab überspringt · 0 oder Entf löscht · Strg+Z macht rückgängig · F8 nächste Uneinigkeit · Strg+Eingabe einigt</translation>
    </message>
    <message>
        <source>Type 1–5 in a participant&apos;s column: the vote is saved and the cursor moves on to the next participant. Tab and Shift+Tab move between votes, Enter goes to the next item, 0 or Delete removes a vote, Ctrl+Z undoes, F8 jumps to the next item the room disagrees on, Ctrl+Enter agrees on the row&apos;s value.</source>
        <translation>Tippen Sie 1–5 in die Spalte einer teilnehmenden Person: Die Stimme wird gespeichert, und der Cursor geht zur nächsten Person. Tab und Umschalt+Tab wechseln zwischen Stimmen, Eingabe geht zum nächsten Eintrag, 0 oder Entf entfernt eine Stimme, Strg+Z macht rückgängig, F8 springt zum nächsten Eintrag, bei dem die Runde uneinig ist, Strg+Eingabe einigt sich auf den Wert der Zeile.</translation>
    </message>
    <message>
        <source>&amp;Agree…</source>
        <translation>&amp;Einigung festhalten…</translation>
    </message>
    <message>
        <source>Set the value the room agreed on for the selected row, with the reason (Ctrl+Enter)</source>
        <translation>Den Wert, auf den sich die Runde für die gewählte Zeile geeinigt hat, mit Begründung festlegen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Clear agreement</source>
        <translation>Einigung aufheben</translation>
    </message>
    <message>
        <source>Agree…</source>
        <translation>Einigung festhalten…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Votes on step %1 · %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stimmen zu Schritt %1 · %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Step %1 has nothing to vote on. The room votes in step 3 (pain: severity and frequency), step 5 (customer attributes: importance and performance) and step 10 (capabilities: current and target maturity).</source>
        <translation>In Schritt %1 gibt es nichts abzustimmen. Die Runde stimmt in Schritt 3 (Schmerzpunkte: Schwere und Häufigkeit), Schritt 5 (Kundenmerkmale: Wichtigkeit und Leistung) und Schritt 10 (Fähigkeiten: heutiger und angestrebter Reifegrad) ab.</translation>
    </message>
    <message>
        <source>Add the participants first (Workshop ▸ Participants): each one becomes a column here.</source>
        <translation>Legen Sie zuerst die Teilnehmenden an (Workshop ▸ Teilnehmende): Jede Person wird hier eine Spalte.</translation>
    </message>
    <message>
        <source>This step has no items yet: add them in the step&apos;s table, then vote.</source>
        <translation>Dieser Schritt hat noch keine Einträge: Legen Sie sie in der Tabelle des Schritts an und stimmen Sie dann ab.</translation>
    </message>
    <message>
        <source>The room disagrees on:</source>
        <translation>Die Runde ist uneinig bei:</translation>
    </message>
    <message>
        <source>Select the row to agree on first.</source>
        <translation>Wählen Sie zuerst die Zeile, auf die Sie sich einigen wollen.</translation>
    </message>
    <message>
        <source>No votes on %1 yet: the room votes first, then agrees.</source>
        <translation>Noch keine Stimmen zu %1: Die Runde stimmt zuerst ab und einigt sich dann.</translation>
    </message>
</context>
<context>
    <name>crm::gui::VoteSpreadModel</name>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Rated for</source>
        <translation>Bewertet nach</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>uneinig</translation>
    </message>
</context>
<context>
    <name>crm::gui::WelcomePage</name>
    <message>
        <source>Remove from the list</source>
        <translation>Von der Liste entfernen</translation>
    </message>
    <message>
        <source>Recent &amp;documents:</source>
        <translation>Zuletzt verwendete &amp;Dokumente:</translation>
    </message>
    <message>
        <source>No documents opened yet: the ones you open are listed here.</source>
        <translation>Noch keine Dokumente geöffnet: Die von Ihnen geöffneten erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 is not there any more. Remove it from the list, or open the document where it is now with Open….</source>
        <translation>%1 ist nicht mehr vorhanden. Entfernen Sie es von der Liste oder öffnen Sie das Dokument an seinem jetzigen Ort mit Öffnen….</translation>
    </message>
</context>
<context>
    <name>crm::gui::WorkshopMode</name>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Abstimmen</translation>
    </message>
    <message>
        <source>Partici&amp;pants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>Parking &amp;lot</source>
        <translation>&amp;Themenspeicher</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Vote on this step</source>
        <translation>&amp;Abstimmung zu diesem Schritt</translation>
    </message>
    <message>
        <source>Park a &amp;question…</source>
        <translation>&amp;Frage parken…</translation>
    </message>
    <message>
        <source>&amp;Notes and evidence…</source>
        <translation>&amp;Notizen und Belege…</translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation>Nicht &amp;zutreffend…</translation>
    </message>
    <message>
        <source>A&amp;genda &amp;&amp; timer</source>
        <translation>A&amp;genda &amp;&amp; Timer</translation>
    </message>
    <message>
        <source>Pa&amp;use the step timer</source>
        <translation>Schritt-&amp;Timer anhalten</translation>
    </message>
    <message>
        <source>Pre&amp;senter view</source>
        <translation>&amp;Referentenansicht</translation>
    </message>
    <message>
        <source>&amp;Catalog versions…</source>
        <translation>&amp;Katalogversionen…</translation>
    </message>
    <message>
        <source>Which catalog versions this document uses, and what newer ones add</source>
        <translation>Welche Katalogversionen dieses Dokument verwendet und was neuere hinzufügen</translation>
    </message>
    <message>
        <source>Evidence and notes on the selected row&apos;s item</source>
        <translation>Belege und Notizen zum Eintrag der gewählten Zeile</translation>
    </message>
    <message>
        <source>Mark the selected row&apos;s item not applicable, with a reason</source>
        <translation>Den Eintrag der gewählten Zeile mit Begründung als nicht zutreffend markieren</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>A newer catalog is available. %1. Workshop ▸ Catalog versions… lists what changed and updates (undoable).</source>
        <translation>Ein neuerer Katalog ist verfügbar. %1. Workshop ▸ Katalogversionen… zeigt die Änderungen und aktualisiert (rückgängig zu machen).</translation>
    </message>
    <message>
        <source>Select a row in one of the steps&apos; tables (or the vote grid) first: notes and &quot;not applicable&quot; belong to that item.</source>
        <translation>Wählen Sie zuerst eine Zeile in einer der Tabellen der Schritte (oder im Abstimmungsraster): Notizen und „nicht zutreffend“ gehören zu diesem Eintrag.</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::ColumnMappingForm</name>
    <message>
        <source>With an amount column, the quantity only gives the sign of a line: a negative quantity is a return.</source>
        <translation>Mit einer Betragsspalte gibt die Menge nur das Vorzeichen einer Zeile an: Eine negative Menge ist eine Retoure.</translation>
    </message>
    <message>
        <source>Cost of the line, for the margin (choose cost or margin, not both).</source>
        <translation>Kosten der Zeile, für die Marge (Kosten oder Marge wählen, nicht beides).</translation>
    </message>
    <message>
        <source>Margin of the line; cost = amount - margin (choose cost or margin, not both).</source>
        <translation>Marge der Zeile; Kosten = Betrag − Marge (Kosten oder Marge wählen, nicht beides).</translation>
    </message>
    <message>
        <source>A customer&apos;s segment is the one with most of their net value.</source>
        <translation>Das Kundensegment eines Kunden ist das mit dem größten Teil seines Nettowerts.</translation>
    </message>
    <message>
        <source>One amount column</source>
        <translation>Eine Betragsspalte</translation>
    </message>
    <message>
        <source>Quantity × unit price</source>
        <translation>Menge × Stückpreis</translation>
    </message>
    <message>
        <source>&amp;Customer id:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>&amp;Order id:</source>
        <translation>&amp;Auftragsnummer:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Line value:</source>
        <translation>Zeilenwert:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>&amp;Stückpreis:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>Kunden&amp;segment:</translation>
    </message>
    <message>
        <source>Cos&amp;t:</source>
        <translation>Ko&amp;sten:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Marge:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer id.</source>
        <translation>Wählen Sie die Spalte mit der Kundennummer.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation>Wählen Sie die Spalte mit dem Betrag.</translation>
    </message>
    <message>
        <source>Choose the quantity and the unit price columns.</source>
        <translation>Wählen Sie die Spalten für Menge und Stückpreis.</translation>
    </message>
    <message>
        <source>Choose a cost column or a margin column, not both.</source>
        <translation>Wählen Sie eine Kosten- oder eine Margenspalte, nicht beide.</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both the %2 and the %3.</source>
        <translation>Spalte %1 ist sowohl für %2 als auch für %3 gewählt.</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::CsvPreviewModel</name>
    <message>
        <source>This line has fewer fields</source>
        <translation>Diese Zeile hat weniger Felder</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>CLV %1 mo.</source>
        <translation>CLV %1 Mon.</translation>
    </message>
    <message>
        <source>Predicted customer lifetime value over the horizon, discounted</source>
        <translation>Prognostizierter, abgezinster Kundenwert über den Zeithorizont</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <source>Probability that the customer still buys (BG/NBD model)</source>
        <translation>Wahrscheinlichkeit, dass der Kunde noch kauft (BG/NBD-Modell)</translation>
    </message>
    <message>
        <source>Purchases %1 mo.</source>
        <translation>Käufe %1 Mon.</translation>
    </message>
    <message>
        <source>Expected purchases over the lifetime-value horizon</source>
        <translation>Erwartete Käufe über den Zeithorizont des Kundenwerts</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Nettowert</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Net value minus cost, over every line (returns included)</source>
        <translation>Nettowert abzüglich Kosten, über alle Zeilen (Retouren eingeschlossen)</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation>Kauftage</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary scores, 1-5 (5 = best)</source>
        <translation>Werte für Aktualität, Häufigkeit und Umsatz, 1–5 (5 = am besten)</translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation>RFM-Gruppe</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::LineErrorModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>whole line</source>
        <translation>ganze Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>no customer id: counted, not imported</source>
        <translation>keine Kundennummer: gezählt, nicht importiert</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::RfmGrid</name>
    <message>
        <source>Frequency score (5 = buys most often)</source>
        <translation>Häufigkeitswert (5 = kauft am häufigsten)</translation>
    </message>
    <message>
        <source>Recency (5 = latest)</source>
        <translation>Aktualität (5 = zuletzt)</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2: %3 customers (%4)</source>
        <translation>Aktualität %1, Häufigkeit %2: %3 Kunden (%4)</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2: %3 customers (%4), mean P(alive) %5, mean lifetime value %6</source>
        <translation>Aktualität %1, Häufigkeit %2: %3 Kunden (%4), mittlere P(aktiv) %5, mittlerer Kundenwert %6</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::SegmentRollupModel</name>
    <message>
        <source>RFM group</source>
        <translation>RFM-Gruppe</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Kundensegment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Nettowert</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>Mittlerer CLV</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>Mittlere P(aktiv)</translation>
    </message>
</context>
<context>
    <name>crm::gui::customer_data::ValueHistogram</name>
    <message>
        <source>No lifetime values to show</source>
        <translation>Keine Kundenwerte anzuzeigen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1&#xa0;Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1&#xa0;Tsd.</translation>
    </message>
</context>
<context>
    <name>crm::room_votes::VoteServer</name>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>%1 Port %2 kann nicht abgehört werden.</translation>
    </message>
</context>
</TS>
