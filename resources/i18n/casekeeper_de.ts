<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>About Case Keeper</source>
        <translation>Über Case Keeper</translation>
    </message>
    <message>
        <source>Keeps the record of your dispute with Klarna: contacts, promises, complaint steps, deadlines and evidence. Independent of Klarna; it does not give legal advice.</source>
        <translation>Dokumentiert Ihren Streitfall mit Klarna: Kontakte, Zusagen, Beschwerdeschritte, Fristen und Nachweise. Unabhängig von Klarna; keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Ihren Datenordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>Ihr Datenordner</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>Street and number, then postcode and town on the next line</source>
        <translation>Straße und Hausnummer, in der nächsten Zeile PLZ und Ort</translation>
    </message>
    <message>
        <source>Your postal address, printed on your letters so Klarna can answer you by post.</source>
        <translation>Ihre Postanschrift; sie steht auf Ihren Briefen, damit Klarna Ihnen per Post antworten kann.</translation>
    </message>
    <message>
        <source>The zone of the case's country</source>
        <translation>Die Zeitzone des Landes des Falls</translation>
    </message>
    <message>
        <source>The time zone of the times in your dossier and letters</source>
        <translation>Die Zeitzone der Uhrzeiten in Ihrem Dossier und Ihren Briefen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Händler</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <source>What you &amp;want</source>
        <translation>Was Sie &amp;möchten</translation>
    </message>
    <message>
        <source>&amp;Order number</source>
        <translation>&amp;Bestellnummer</translation>
    </message>
    <message>
        <source>&amp;Klarna reference</source>
        <translation>&amp;Klarna-Referenz</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Be&amp;trag</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Purchase &amp;date</source>
        <translation>Kauf&amp;datum</translation>
    </message>
    <message>
        <source>Klarna pro&amp;duct</source>
        <translation>Klarna-Pr&amp;odukt</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Your &amp;e-mail</source>
        <translation>Ihre &amp;E-Mail</translation>
    </message>
    <message>
        <source>Your postal add&amp;ress</source>
        <translation>Ihre Post&amp;anschrift</translation>
    </message>
    <message>
        <source>Klarna a&amp;ccount</source>
        <translation>Klarna-Kon&amp;to</translation>
    </message>
    <message>
        <source>Time &amp;zone of documents</source>
        <translation>&amp;Zeitzone der Dokumente</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Escalation ladder</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Aktuelle Stufe: %1</translation>
    </message>
    <message>
        <source>This is an example case, to explore the app. It raises no reminders.</source>
        <translation>Dies ist ein Beispielfall, um die App kennenzulernen. Er löst keine Erinnerungen aus.</translation>
    </message>
    <message>
        <source>Delete the e&amp;xample</source>
        <translation>Beispiel &amp;löschen</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Klarna %1</source>
        <translation>Klarna %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Kein Fall ausgewählt</translation>
    </message>
    <message>
        <source>Create a case with New case (Ctrl+N).</source>
        <translation>Legen Sie einen Fall an mit „Neuer Fall“ (Strg+N).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Example: %1</source>
        <extracomment>set_cases was called at least once (an empty list is filled too)</extracomment>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>letzter Kontakt am %1</translation>
    </message>
    <message>
        <source>Promises not kept: %1</source>
        <translation>Nicht eingehaltene Zusagen: %1</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Fälle anzeigen</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Abgeschlossene Fälle</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>No case matches “%1”. Escape clears the search.</source>
        <translation>Kein Fall passt zu „%1“. Esc leert die Suche.</translation>
    </message>
    <message>
        <source>More than %1 entries match “%2”, so every case is still listed. Type more letters to narrow the list.</source>
        <translation>Mehr als %1 Einträge passen zu „%2“, daher werden weiterhin alle Fälle angezeigt. Tippen Sie weitere Buchstaben, um die Liste einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Nachweise (%1)</translation>
    </message>
    <message>
        <source>Deadlines (%1)</source>
        <translation>Fristen (%1)</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation></message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <source>open now, closes %1 (in %2)</source>
        <translation>jetzt geöffnet, schließt %1 (in %2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>closed, opens %1 (in %2)</source>
        <translation>geschlossen, öffnet %1 (in %2)</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>Öffnungszeiten unbekannt</translation>
    </message>
    <message>
        <source>no opening hours</source>
        <translation>keine Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Log a contact…</source>
        <translation>Kontakt erfassen…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <source>Open the evidence</source>
        <translation>Nachweise öffnen</translation>
    </message>
    <message>
        <source>Show the contact</source>
        <translation>Kontakt anzeigen</translation>
    </message>
    <message>
        <source>Show the promise</source>
        <translation>Zusage anzeigen</translation>
    </message>
    <message>
        <source>Open the details</source>
        <translation>Details öffnen</translation>
    </message>
    <message>
        <source>Before you export: what could be completed</source>
        <translation>Vor dem Export: was sich noch ergänzen lässt</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Nothing is missing: the dossier is complete.</source>
        <translation>Es fehlt nichts: Das Dossier ist vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>%n things could make the dossier stronger. You can fix them first, or export anyway.</source>
        <translation><numerusform>%n Punkt könnte das Dossier stärker machen. Sie können ihn zuerst ergänzen oder trotzdem exportieren.</numerusform><numerusform>%n Punkte könnten das Dossier stärker machen. Sie können sie zuerst ergänzen oder trotzdem exportieren.</numerusform></translation></message>
</context>
<context>
    <name>CloseCase</name>
    <message>
        <source>Close the case</source>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>„%1“ abschließen</translation>
    </message>
    <message>
        <source>&amp;Resolved: I got what I asked for</source>
        <translation>&amp;Gelöst: Ich habe bekommen, was ich verlangt habe</translation>
    </message>
    <message>
        <source>&amp;Not resolved: I am stopping here without a solution</source>
        <translation>&amp;Nicht gelöst: Ich höre hier ohne Lösung auf</translation>
    </message>
    <message>
        <source>For example: refunded on 3 December</source>
        <translation>Zum Beispiel: am 3. Dezember erstattet</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Wie ist es ausgegangen?</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>Fall ab&amp;schließen</translation>
    </message>
    <message>
        <source>You can reopen the case later; nothing in it is changed.</source>
        <translation>Sie können den Fall später wieder öffnen; an seinem Inhalt ändert sich nichts.</translation>
    </message>
    <message>
        <source>Say whether it is resolved or not.</source>
        <translation>Geben Sie an, ob der Fall gelöst ist oder nicht.</translation>
    </message>
    <message>
        <source>Say in a few words how it ended.</source>
        <translation>Beschreiben Sie in wenigen Worten, wie es ausgegangen ist.</translation>
    </message>
</context>
<context>
    <name>ContactKlarna</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>(your correction)</source>
        <translation>(Ihre Korrektur)</translation>
    </message>
    <message>
        <source>Klarna's time: %1 · Your time: %2</source>
        <translation>Uhrzeit bei Klarna: %1 · Ihre Uhrzeit: %2</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>die Nummer</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>the web address</source>
        <translation>die Webadresse</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Opening message (edit it before you copy it):</source>
        <translation>Eröffnungsnachricht (vor dem Kopieren anpassen):</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Eröffnungsnachricht</translation>
    </message>
    <message>
        <source>the opening message</source>
        <translation>die Eröffnungsnachricht</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>Contact Klarna — %1</source>
        <translation>Klarna kontaktieren – %1</translation>
    </message>
    <message>
        <source>Ways to reach Klarna and whether they are open now:</source>
        <translation>So erreichen Sie Klarna, und was gerade geöffnet ist:</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Details of “%1” saved.</source>
        <translation>Details von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>In den Papierkorb verschoben: %1</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Case Keeper cannot read these hours. Use the rows above, or write the days as Mo Tu We Th Fr Sa Su and the times in 24-hour form, with “;” between rules, for example “Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off” (PH off: closed on public holidays), or write “unknown”.</source>
        <translation>Case Keeper kann diese Öffnungszeiten nicht lesen. Verwenden Sie die Zeilen oben, oder schreiben Sie die Tage als Mo Tu We Th Fr Sa Su und die Uhrzeiten im 24-Stunden-Format, mit „;“ zwischen den Regeln, zum Beispiel „Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off“ (PH off: an Feiertagen geschlossen), oder schreiben Sie „unknown“.</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Was korrigiert wird</translation>
    </message>
    <message>
        <source>Opening hours, day by day</source>
        <translation>Öffnungszeiten, Tag für Tag</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Reset to shipped value</source>
        <translation>Auf mitgelieferten Wert zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>&amp;Your value</source>
        <translation>&amp;Ihr Wert</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Advanced: the same hours in OpenStreetMap syntax, written by the rows above, e.g. Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off.</source>
        <translation>Erweitert: dieselben Öffnungszeiten in OpenStreetMap-Schreibweise, von den Zeilen oben geschrieben, z. B. Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off.</translation>
    </message>
    <message>
        <source>Example: 14 business-days, 8 weeks, 2 months.</source>
        <translation>Beispiel: 14 business-days (Arbeitstage), 8 weeks (Wochen), 2 months (Monate).</translation>
    </message>
    <message>
        <source>One line of the address per line.</source>
        <translation>Eine Adresszeile pro Zeile.</translation>
    </message>
    <message>
        <source>Leave empty to clear it.</source>
        <translation>Leer lassen, um den Wert zu löschen.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Case Keeper's own value changed since you corrected it.</source>
        <translation>Der Wert von Case Keeper hat sich seit Ihrer Korrektur geändert.</translation>
    </message>
    <message>
        <source>If Klarna's hours, numbers, addresses or time limits for your country are wrong here, correct them. Your corrections stay in your own data and are marked “your correction”.</source>
        <translation>Wenn die Öffnungszeiten, Nummern, Adressen oder Fristen von Klarna für Ihr Land hier falsch sind, korrigieren Sie sie. Ihre Korrekturen bleiben in Ihren eigenen Daten und sind als „Ihre Korrektur“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Shipped value</source>
        <translation>Mitgelieferter Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your corrections</source>
        <translation>Ihre Korrekturen</translation>
    </message>
    <message>
        <source>No corrections yet: Case Keeper's own values are used.</source>
        <translation>Noch keine Korrekturen: Die Werte von Case Keeper werden verwendet.</translation>
    </message>
    <message>
        <source>Correct Klarna's details</source>
        <translation>Angaben zu Klarna korrigieren</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>%1, %2, %3 and %4</source>
        <translation>%1, %2, %3 und %4</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n Kontakt</numerusform><numerusform>%n Kontakte</numerusform></translation></message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation><numerusform>%n Zusage</numerusform><numerusform>%n Zusagen</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stage changes</source>
        <translation><numerusform>%n Stufenwechsel</numerusform><numerusform>%n Stufenwechsel</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n Anlage</numerusform><numerusform>%n Anlagen</numerusform></translation></message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example {example} or 2026-12-31</source>
        <translation>zum Beispiel {example} oder 2026-12-31</translation>
    </message>
    <message>
        <source>unknown ({hint})</source>
        <translation>unbekannt ({hint})</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Type a date, for example {example}.</source>
        <translation>Geben Sie ein Datum ein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists. Type it like {example} or 2026-12-31 (years 1990 to 2100).</source>
        <translation>„{text}“ ist kein gültiges Datum. Geben Sie es wie {example} oder 2026-12-31 ein (Jahre 1990 bis 2100).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type it like 14:30.</source>
        <translation>„{text}“ ist keine Uhrzeit. Geben Sie sie wie 14:30 ein.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(impossible date, written outside Case Keeper: correct it)</source>
        <translation>(unmögliches Datum, außerhalb von Case Keeper geschrieben: bitte korrigieren)</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Not applicable (case closed)</source>
        <translation>Entfällt (Fall abgeschlossen)</translation>
    </message>
    <message numerus="yes">
        <source>(%n days)</source>
        <translation><numerusform>(%n Tag)</numerusform><numerusform>(%n Tage)</numerusform></translation></message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Deadlines are worked out from the steps and contacts you log, using the rules for the case's country. Each rule names its source; check the ones marked “not verified”.</source>
        <translation>Die Fristen werden aus den erfassten Schritten und Kontakten nach den Regeln für das Land des Falls berechnet. Jede Regel nennt ihre Quelle; prüfen Sie die als „nicht bestätigt“ markierten.</translation>
    </message>
</context>
<context>
    <name>DeleteCase</name>
    <message>
        <source>Delete this case?</source>
        <translation>Diesen Fall löschen?</translation>
    </message>
    <message>
        <source>“%1” goes to the trash with everything it holds: %2.</source>
        <translation>„%1“ kommt mit seinem gesamten Inhalt in den Papierkorb: %2.</translation>
    </message>
    <message>
        <source>You can restore it from Edit &gt; Trash, or delete it forever there. Backups keep their own copies, under their own retention.</source>
        <translation>Sie können ihn unter Bearbeiten &gt; Papierkorb wiederherstellen oder dort endgültig löschen. Sicherungen behalten ihre eigenen Kopien, mit eigener Aufbewahrungsdauer.</translation>
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>Fall &amp;behalten</translation>
    </message>
    <message>
        <source>Case moved to the trash: %1</source>
        <translation>Fall in den Papierkorb verschoben: %1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save the case's details (Ctrl+S)</source>
        <translation>Details des Falls speichern (Strg+S)</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Sie haben ungespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>Ihre Eingaben in diesem Formular sind nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>E&amp;xport dossier…</source>
        <translation>Dossier e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A PDF file of the case for an ombudsman, a bank or a court (Ctrl+Shift+E)</source>
        <translation>Eine PDF-Datei des Falls für eine Schlichtungsstelle, eine Bank oder ein Gericht (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation>Fristen in den &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Export this case's deadlines to ca&amp;lendar…</source>
        <translation>Fristen dieses Falls in den Ka&amp;lender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Brief schreiben…</translation>
    </message>
    <message>
        <source>Draft a letter to Klarna from the case</source>
        <translation>Einen Brief an Klarna aus dem Fall entwerfen</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>What is due across your open cases (Ctrl+D)</source>
        <translation>Was in Ihren offenen Fällen fällig ist (Strg+D)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct these details if they are wrong for you</source>
        <translation>Korrigieren Sie diese Angaben, wenn sie für Sie falsch sind</translation>
    </message>
    <message>
        <source>Remind me when it opens</source>
        <translation>Erinnern, wenn geöffnet wird</translation>
    </message>
    <message>
        <source>Cancel the reminder</source>
        <translation>Erinnerung aufheben</translation>
    </message>
    <message>
        <source>You asked to be reminded when it opens; click to cancel that reminder</source>
        <translation>Sie wollten erinnert werden, wenn geöffnet wird; klicken Sie, um diese Erinnerung aufzuheben</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <translation>Kalenderdatei speichern unter</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar program to add the deadlines.</source>
        <translation>%1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um die Fristen hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Dateien hier ablegen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Drop files here to attach them, or</source>
        <translation>Dateien hier ablegen, um sie anzuhängen, oder</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien auswählen…</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Diese Woche (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Später (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <source>Deadlines due across your open cases</source>
        <translation>Fällige Fristen in Ihren offenen Fällen</translation>
    </message>
    <message>
        <source>Nothing is due in your open cases.</source>
        <translation>In Ihren offenen Fällen ist nichts fällig.</translation>
    </message>
    <message>
        <source>Double-click a deadline to open its case.</source>
        <translation>Doppelklicken Sie auf eine Frist, um ihren Fall zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Your data is safe. The details were written to the log file; please report the problem.</source>
        <translation>Etwas ist schiefgelaufen, und diese Aktion wurde nicht abgeschlossen. Ihre Daten sind sicher. Die Einzelheiten stehen in der Protokolldatei; bitte melden Sie das Problem.</translation>
    </message>
</context>
<context>
    <name>Escalate</name>
    <message>
        <source>Who handles it</source>
        <translation>Wer zuständig ist</translation>
    </message>
    <message>
        <source>How to ask</source>
        <translation>Wie Sie es verlangen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What it must contain</source>
        <translation>Was enthalten sein muss</translation>
    </message>
    <message>
        <source>Their clock</source>
        <translation>Frist der zuständigen Stelle</translation>
    </message>
    <message>
        <source>no clock stated</source>
        <translation>keine Frist angegeben</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Steps of the ladder</source>
        <translation>Stufen der Eskalation</translation>
    </message>
    <message>
        <source>(you are here)</source>
        <translation>(Sie sind hier)</translation>
    </message>
    <message>
        <source>← suggested</source>
        <translation>← empfohlen</translation>
    </message>
    <message>
        <source>What this step needs</source>
        <translation>Was dieser Schritt braucht</translation>
    </message>
    <message>
        <source>Why this step is suggested</source>
        <translation>Warum dieser Schritt empfohlen wird</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Record this step</source>
        <translation>Schritt &amp;erfassen</translation>
    </message>
    <message>
        <source>The complaint ladder for this country:</source>
        <translation>Die Beschwerdestufen für dieses Land:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Choose a case first, then drop the files again.</source>
        <translation>Wählen Sie zuerst einen Fall aus und legen Sie die Dateien dann erneut ab.</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Dateien zum Anhängen auswählen</translation>
    </message>
    <message>
        <source>%1 is a program or script. It is kept as evidence but Case Keeper will not open it; never run it.</source>
        <translation>%1 ist ein Programm oder Skript. Es wird als Nachweis aufbewahrt, aber Case Keeper öffnet es nicht; führen Sie es nie aus.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files. A copy named %2 is in %3; open it with a program of your choice.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1-Dateien. Eine Kopie namens %2 liegt in %3; öffnen Sie sie mit einem Programm Ihrer Wahl.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown; the copy %2 is there.</source>
        <translation>Der Ordner %1 konnte nicht angezeigt werden; die Kopie %2 liegt dort.</translation>
    </message>
    <message>
        <source>A copy of %1 could not be made to open it: %2</source>
        <translation>Zum Öffnen konnte keine Kopie von %1 angelegt werden: %2</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the title, the document date or the contact this exhibit belongs to</source>
        <translation>Titel, Dokumentdatum oder zugehörigen Kontakt dieser Anlage ändern</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation>Anlage %1 bearbeiten</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
    </message>
    <message>
        <source>File: %1 (the file and its fingerprint never change)</source>
        <translation>Datei: %1 (die Datei und ihre Prüfsumme ändern sich nie)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Document &amp;date</source>
        <translation>Dokument&amp;datum</translation>
    </message>
    <message>
        <source>Belongs to the &amp;contact</source>
        <translation>Gehört zum &amp;Kontakt</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Tonaufnahme</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ExportDossier</name>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A PDF file of the case “%1” for an ombudsman, a bank or a court.</source>
        <translation>Eine PDF-Datei des Falls „%1“ für eine Schlichtungsstelle, eine Bank oder ein Gericht.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Dossier speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation>Wählen Sie zuerst, wo das Dossier gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Preparing the dossier…</source>
        <translation>Dossier wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>The dossier is ready: %1 (%n pages).</source>
        <translation><numerusform>Das Dossier ist fertig: %1 (%n Seite).</numerusform><numerusform>Das Dossier ist fertig: %1 (%n Seiten).</numerusform></translation></message>
    <message>
        <source>Some original files were too large to go inside the PDF; they are in %1, beside it. Send both files together.</source>
        <translation>Einige Originaldateien waren zu groß für das PDF; sie liegen daneben in %1. Senden Sie beide Dateien zusammen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Sprache des Dossiers</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Der ganze Fall</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur vom</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Include the exhibits (documents and photos)</source>
        <translation>Anlagen beifügen (Dokumente und Fotos)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Hide personal details (redaction)</source>
        <translation>Persönliche Angaben schwärzen</translation>
    </message>
    <message>
        <source>Masks e-mail addresses, phone numbers, IBAN and account numbers, and your own name, address and e-mail in the pages of the dossier.</source>
        <translation>Schwärzt E-Mail-Adressen, Telefonnummern, IBAN und Kontonummern sowie Ihren Namen, Ihre Anschrift und E-Mail auf den Seiten des Dossiers.</translation>
    </message>
    <message>
        <source>Other words to hide, one per line</source>
        <translation>Weitere zu schwärzende Wörter, eines pro Zeile</translation>
    </message>
    <message>
        <source>Attach only the original files in which nothing had to be hidden</source>
        <translation>Nur Originaldateien anhängen, in denen nichts geschwärzt werden musste</translation>
    </message>
    <message>
        <source>Attach no original files</source>
        <translation>Keine Originaldateien anhängen</translation>
    </message>
    <message>
        <source>Attach all original files (they still show what the pages hide)</source>
        <translation>Alle Originaldateien anhängen (sie zeigen, was auf den Seiten geschwärzt ist)</translation>
    </message>
    <message>
        <source>Original files cannot be masked. Which ones should go with the dossier?</source>
        <translation>Originaldateien lassen sich nicht schwärzen. Welche sollen dem Dossier beiliegen?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Case Keeper user guide</source>
        <translation>Case Keeper – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Im Handbuch suchen…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Geöffnet am %1</translation>
    </message>
    <message>
        <source>%1, opens at</source>
        <translation>%1, öffnet um</translation>
    </message>
    <message>
        <source>%1, opens again at</source>
        <translation>%1, öffnet wieder um</translation>
    </message>
    <message>
        <source>%1, closes at</source>
        <translation>%1, schließt um</translation>
    </message>
    <message>
        <source>%1, closes again at</source>
        <translation>%1, schließt wieder um</translation>
    </message>
    <message>
        <source>%1, a second period (after a break)</source>
        <translation>%1, ein zweiter Zeitraum (nach einer Pause)</translation>
    </message>
    <message>
        <source>Hours not &amp;known</source>
        <translation>Öffnungszeiten &amp;unbekannt</translation>
    </message>
    <message>
        <source>Case Keeper then never says whether it is open.</source>
        <translation>Case Keeper sagt dann nie, ob geöffnet ist.</translation>
    </message>
    <message>
        <source>Closed on public &amp;holidays</source>
        <translation>An &amp;Feiertagen geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Break, then</source>
        <translation>Pause, dann</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>00:00 in “To” means midnight: from 00:00 to 00:00 is open all day.</source>
        <translation>00:00 bei „Bis“ bedeutet Mitternacht: von 00:00 bis 00:00 ist den ganzen Tag geöffnet.</translation>
    </message>
    <message>
        <source>On %1 a period closes before it opens: change its “to” time (00:00 means midnight).</source>
        <translation>Am %1 endet ein Zeitraum, bevor er beginnt: Ändern Sie seine „Bis“-Zeit (00:00 bedeutet Mitternacht).</translation>
    </message>
    <message>
        <source>On %1 the second period starts before the first one ends: change its “from” time.</source>
        <translation>Am %1 beginnt der zweite Zeitraum, bevor der erste endet: Ändern Sie seine „Von“-Zeit.</translation>
    </message>
    <message>
        <source>These hours use more of the OpenStreetMap syntax than the rows can show (for example months, exceptions or notes). They are kept as they are in the Advanced field below: change them there, or clear that field to start again with the rows.</source>
        <translation>Diese Öffnungszeiten nutzen mehr von der OpenStreetMap-Schreibweise, als die Zeilen zeigen können (zum Beispiel Monate, Ausnahmen oder Hinweise). Sie bleiben unverändert im Feld „Erweitert“ unten: Ändern Sie sie dort, oder leeren Sie das Feld, um mit den Zeilen neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Give the case a short title, for example “Coat never delivered”.</source>
        <translation>Geben Sie dem Fall einen kurzen Titel, zum Beispiel „Mantel nie geliefert“.</translation>
    </message>
    <message>
        <source>Write a positive amount with at most two decimals, for example 129,99.</source>
        <translation>Geben Sie einen positiven Betrag mit höchstens zwei Nachkommastellen ein, zum Beispiel 129,99.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, GBP or SEK.</source>
        <translation>Verwenden Sie einen dreistelligen Währungscode wie EUR, GBP oder SEK.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as FR, BE, DE or GB.</source>
        <translation>Verwenden Sie einen zweistelligen Ländercode wie FR, BE, DE oder GB.</translation>
    </message>
    <message>
        <source>Choose a date between 1990 and 2100.</source>
        <translation>Wählen Sie ein Datum zwischen 1990 und 2100.</translation>
    </message>
    <message>
        <source>Choose a date and time between 1990 and 2100.</source>
        <translation>Wählen Sie Datum und Uhrzeit zwischen 1990 und 2100.</translation>
    </message>
    <message>
        <source>Give a whole number of minutes between 0 and 1440.</source>
        <translation>Geben Sie eine ganze Zahl von Minuten zwischen 0 und 1440 ein.</translation>
    </message>
    <message>
        <source>Say what they promised, or clear the due date.</source>
        <translation>Geben Sie an, was zugesagt wurde, oder löschen Sie das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>This text is too long or contains characters that cannot be kept.</source>
        <translation>Dieser Text ist zu lang oder enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>“%1” reads as %2, with more than two decimals. For a thousand or more, type it like %3, or without separators.</source>
        <translation>„%1“ ergibt %2, mit mehr als zwei Nachkommastellen. Für tausend oder mehr geben Sie den Betrag wie %3 oder ohne Trennzeichen ein.</translation>
    </message>
    <message>
        <source>Type a positive amount with at most two decimals, like %1 or %2.</source>
        <translation>Geben Sie einen positiven Betrag mit höchstens zwei Nachkommastellen ein, wie %1 oder %2.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Add a &amp;promise…</source>
        <translation>&amp;Zusage hinzufügen…</translation>
    </message>
    <message>
        <source>Record a promise Klarna made, in a contact already logged or on its own</source>
        <translation>Eine Zusage von Klarna erfassen, zu einem bereits erfassten Kontakt oder für sich allein</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Als &amp;eingehalten markieren…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Als &amp;nicht eingehalten markieren…</translation>
    </message>
    <message>
        <source>Set back to &amp;pending</source>
        <translation>Zurück auf &amp;offen setzen</translation>
    </message>
    <message>
        <source>Move the promise to the trash</source>
        <translation>Zusage in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Add a &amp;promise to this contact…</source>
        <translation>&amp;Zusage zu diesem Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Zusage: %1</translation>
    </message>
    <message>
        <source>Step changed.</source>
        <translation>Schritt geändert.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Help centre</source>
        <translation>Hilfe-Center</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Klarna-App</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Supervisor asked for</source>
        <translation>Teamleitung verlangt</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Formal complaint</source>
        <translation>Förmliche Beschwerde</translation>
    </message>
    <message>
        <source>Internal reviewer</source>
        <translation>Interne Beschwerdestelle</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Externe Schlichtungsstelle</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>confirmed on a Klarna or official page</source>
        <translation>bestätigt auf einer Seite von Klarna oder einer Behörde</translation>
    </message>
    <message>
        <source>from a consumer guide, not confirmed by Klarna</source>
        <translation>aus einem Verbraucherratgeber, nicht von Klarna bestätigt</translation>
    </message>
    <message>
        <source>inferred from another country's rules, not confirmed</source>
        <translation>aus den Regeln eines anderen Landes abgeleitet, nicht bestätigt</translation>
    </message>
    <message>
        <source>not confirmed: no source found</source>
        <translation>nicht bestätigt: keine Quelle gefunden</translation>
    </message>
    <message>
        <source>from your own records</source>
        <translation>aus Ihren eigenen Aufzeichnungen</translation>
    </message>
    <message>
        <source>They promised something</source>
        <translation>Zusage erteilt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Holding reply: Klarna needs more time</source>
        <translation>Zwischenbescheid: Klarna braucht mehr Zeit</translation>
    </message>
    <message>
        <source>Klarna's final response</source>
        <translation>Abschließende Antwort von Klarna</translation>
    </message>
    <message>
        <source>Your letter was received (delivery or receipt)</source>
        <translation>Brief zugestellt (Zustellung oder Empfangsbestätigung)</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed, not resolved</source>
        <translation>Abgeschlossen, nicht gelöst</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>nicht eingehalten</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Goods not received</source>
        <translation>Ware nicht erhalten</translation>
    </message>
    <message>
        <source>Damaged or not as described</source>
        <translation>Beschädigt oder nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Return not registered</source>
        <translation>Rücksendung nicht erfasst</translation>
    </message>
    <message>
        <source>Refund not received</source>
        <translation>Erstattung nicht erhalten</translation>
    </message>
    <message>
        <source>Payment not allocated</source>
        <translation>Zahlung nicht zugeordnet</translation>
    </message>
    <message>
        <source>Unauthorised purchase</source>
        <translation>Nicht autorisierter Kauf</translation>
    </message>
    <message>
        <source>Debt collection letter</source>
        <translation>Inkassoschreiben</translation>
    </message>
    <message>
        <source>Account or login problem</source>
        <translation>Problem mit Konto oder Anmeldung</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Pay in 3 or 4</source>
        <translation>In 3 oder 4 Raten bezahlen</translation>
    </message>
    <message>
        <source>Pay in 30 days</source>
        <translation>In 30 Tagen bezahlen</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Klarna Card</source>
        <translation>Klarna-Karte</translation>
    </message>
    <message>
        <source>Other or not sure</source>
        <translation>Sonstiges oder unklar</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Formal complaint</source>
        <translation>Förmliche Beschwerde</translation>
    </message>
    <message>
        <source>Request for a final response</source>
        <translation>Bitte um eine abschließende Antwort</translation>
    </message>
    <message>
        <source>Reminder of a broken promise</source>
        <translation>Erinnerung an eine nicht eingehaltene Zusage</translation>
    </message>
    <message>
        <source>Referral to Klarna's internal reviewer</source>
        <translation>Vorlage bei Klarnas interner Beschwerdestelle</translation>
    </message>
    <message>
        <source>Request for your personal data (GDPR art. 15)</source>
        <translation>Auskunft über Ihre personenbezogenen Daten (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Cover note for the ombudsman or external body</source>
        <translation>Begleitschreiben an die Schlichtungsstelle oder eine andere externe Stelle</translation>
    </message>
    <message>
        <source>No address is known for this recipient in your country's rules: complete it before sending.</source>
        <translation>Für diesen Empfänger ist in den Regeln Ihres Landes keine Adresse bekannt: Ergänzen Sie sie vor dem Versand.</translation>
    </message>
    <message>
        <source>Send it through Klarna's customer service (%1), the route of your country's rules (%2).</source>
        <translation>Senden Sie ihn über den Kundenservice von Klarna (%1), den Weg, den die Regeln Ihres Landes vorsehen (%2).</translation>
    </message>
    <message>
        <source>Recipient's address from your country's rules (checked). Source: %1</source>
        <translation>Empfängeradresse aus den Regeln Ihres Landes (geprüft). Quelle: %1</translation>
    </message>
    <message>
        <source>The recipient's address is not verified for your country: check it before sending. Source: %1</source>
        <translation>Die Empfängeradresse ist für Ihr Land nicht bestätigt: Prüfen Sie sie vor dem Versand. Quelle: %1</translation>
    </message>
    <message>
        <source>address from a third-party guide, not confirmed by Klarna</source>
        <translation>Adresse aus einem Ratgeber Dritter, nicht von Klarna bestätigt</translation>
    </message>
    <message>
        <source>Or by registered post, as an option: %1 (%2).</source>
        <translation>Oder wahlweise per Einschreiben: %1 (%2).</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Brief schreiben</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Art des Briefs</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <source>The promise</source>
        <translation>Die Zusage</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Zusage</translation>
    </message>
    <message>
        <source>Case Keeper prepares a draft from your case. Read it and change anything you want: you decide whether to send it, and you send it yourself.</source>
        <translation>Case Keeper erstellt einen Entwurf aus Ihrem Fall. Lesen Sie ihn und ändern Sie, was Sie möchten: Sie entscheiden, ob Sie ihn senden, und Sie senden ihn selbst.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Als Text speichern…</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Als gesendet markieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>You changed this letter. A new draft will replace your changes. Continue?</source>
        <extracomment>asks "lose your changes?" with the question given; tests replace it</extracomment>
        <translation>Sie haben diesen Brief geändert. Ein neuer Entwurf ersetzt Ihre Änderungen. Fortfahren?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed this letter but have not saved, copied or sent it. Close it and lose your changes?</source>
        <translation>Sie haben diesen Brief geändert, aber weder gespeichert, kopiert noch gesendet. Schließen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Brief speichern unter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Der Brief ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Logged in the timeline as sent.</source>
        <translation>Im Verlauf als gesendet erfasst.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Recipient, one line each</source>
        <translation>Empfänger, eine Zeile pro Angabe</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Text des Briefs</translation>
    </message>
    <message>
        <source>Enclosures, one per line</source>
        <translation>Anlagen, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation>An&amp;lagen</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet per</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>for example 1A00112233445</source>
        <translation>zum Beispiel 1A00112233445</translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation>Gesendet &amp;am</translation>
    </message>
    <message>
        <source>Sent &amp;by</source>
        <translation>Gesendet &amp;per</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>Sendungs&amp;nummer</translation>
    </message>
</context>
<context>
    <name>LiveCall</name>
    <message>
        <source>Call &amp;Klarna…</source>
        <translation>&amp;Klarna anrufen…</translation>
    </message>
    <message>
        <source>Call mode: the number, your references, timers and notes; the call is logged when you hang up</source>
        <translation>Anrufmodus: die Nummer, Ihre Referenzen, Zeitmesser und Notizen; der Anruf wird beim Auflegen erfasst</translation>
    </message>
    <message>
        <source>Live c&amp;hat with Klarna…</source>
        <translation>Live-C&amp;hat mit Klarna…</translation>
    </message>
    <message>
        <source>Chat mode: timer and notes; paste the transcript at the end and the chat is logged</source>
        <translation>Chatmodus: Zeitmesser und Notizen; fügen Sie am Ende das Protokoll ein, dann wird der Chat erfasst</translation>
    </message>
    <message>
        <source>Call mode…</source>
        <translation>Anrufmodus…</translation>
    </message>
    <message>
        <source>Chat mode…</source>
        <translation>Chatmodus…</translation>
    </message>
    <message>
        <source>A small window on top with your references, timers and notes; logs the contact at the end</source>
        <translation>Ein kleines Fenster im Vordergrund mit Ihren Referenzen, Zeitmessern und Notizen; erfasst den Kontakt am Ende</translation>
    </message>
    <message>
        <source>Call Klarna</source>
        <translation>Klarna anrufen</translation>
    </message>
    <message>
        <source>Chat with Klarna</source>
        <translation>Mit Klarna chatten</translation>
    </message>
    <message>
        <source>Your references</source>
        <translation>Ihre Referenzen</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Bereithalten</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zeitmesser</translation>
    </message>
    <message>
        <source>An &amp;agent answered</source>
        <translation>Ein &amp;Mitarbeiter hat sich gemeldet</translation>
    </message>
    <message>
        <source>An &amp;agent joined</source>
        <translation>Ein &amp;Mitarbeiter ist beigetreten</translation>
    </message>
    <message>
        <source>What they say, as it is said</source>
        <translation>Was gesagt wird, wörtlich</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>A&amp;gent's name</source>
        <translation>Name des Mitar&amp;beiters</translation>
    </message>
    <message>
        <source>&amp;Reference given</source>
        <translation>Genannte &amp;Referenz</translation>
    </message>
    <message>
        <source>&amp;Transcript (paste it at the end)</source>
        <translation>&amp;Protokoll (am Ende einfügen)</translation>
    </message>
    <message>
        <source>Trans&amp;ferred</source>
        <translation>&amp;Weitergeleitet</translation>
    </message>
    <message>
        <source>Asked for a &amp;supervisor</source>
        <translation>&amp;Teamleitung verlangt</translation>
    </message>
    <message>
        <source>&amp;Hang up and log the call</source>
        <translation>&amp;Auflegen und Anruf erfassen</translation>
    </message>
    <message>
        <source>&amp;End and log the chat</source>
        <translation>Chat b&amp;eenden und erfassen</translation>
    </message>
    <message>
        <source>(not in the case yet)</source>
        <translation>(noch nicht im Fall)</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Wartezeit %1</translation>
    </message>
    <message>
        <source>Talking %1 (waited %2)</source>
        <translation>Gespräch %1 (gewartet %2)</translation>
    </message>
    <message>
        <source>I was transferred.</source>
        <translation>Ich wurde weitergeleitet.</translation>
    </message>
    <message>
        <source>I asked for a supervisor.</source>
        <translation>Ich habe nach der Teamleitung gefragt.</translation>
    </message>
    <message>
        <source>Close without logging? The times and notes will be lost; the button at the bottom logs them.</source>
        <translation>Ohne Erfassen schließen? Die Zeiten und Notizen gehen verloren; die Schaltfläche unten erfasst sie.</translation>
    </message>
    <message>
        <source>Klarna reference</source>
        <translation>Klarna-Referenz</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Reference of %1</source>
        <translation>Referenz vom %1</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>E-Mail des Kontos</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>Was Sie verlangen</translation>
    </message>
    <message>
        <source>Waiting times by weekday and hour</source>
        <translation>Wartezeiten nach Wochentag und Uhrzeit</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Beste Zeit für einen Anruf</translation>
    </message>
    <message numerus="yes">
        <source>From your %n logged calls, the shortest waits were on %2 around %3 (about %4 min). Next time the line is open then: %5.</source>
        <translation><numerusform>Bei Ihrem %n erfassten Anruf war die Wartezeit am %2 gegen %3 am kürzesten (etwa %4 Min.). Nächstes Mal, wenn die Leitung dann offen ist: %5.</numerusform><numerusform>Bei Ihren %n erfassten Anrufen war die Wartezeit am %2 gegen %3 am kürzesten (etwa %4 Min.). Nächstes Mal, wenn die Leitung dann offen ist: %5.</numerusform></translation></message>
    <message numerus="yes">
        <source>From your %n logged calls: none of the times you called is open in the coming week.</source>
        <translation><numerusform>Aus Ihrem %n erfassten Anruf: Zu dieser Zeit ist die Leitung in der kommenden Woche nicht offen.</numerusform><numerusform>Aus Ihren %n erfassten Anrufen: Zu keiner dieser Zeiten ist die Leitung in der kommenden Woche offen.</numerusform></translation></message>
    <message>
        <source>Average waiting minutes per weekday and hour (your time); a few calls are only a hint.</source>
        <translation>Durchschnittliche Wartezeit in Minuten nach Wochentag und Stunde (Ihre Uhrzeit); wenige Anrufe sind nur ein Anhaltspunkt.</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>the name they gave, if any</source>
        <translation>der genannte Name, falls vorhanden</translation>
    </message>
    <message>
        <source>case or ticket number they gave</source>
        <translation>genannte Fall- oder Ticketnummer</translation>
    </message>
    <message>
        <source>Paste the chat transcript here</source>
        <translation>Chatprotokoll hier einfügen</translation>
    </message>
    <message>
        <source>for example: refund within 5 working days</source>
        <translation>zum Beispiel: Erstattung innerhalb von 5 Werktagen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Save and log &amp;another</source>
        <translation>Speichern und &amp;weiteren erfassen</translation>
    </message>
    <message>
        <source>I contacted Klarna</source>
        <translation>Ich habe Klarna kontaktiert</translation>
    </message>
    <message>
        <source>Klarna contacted me</source>
        <translation>Klarna hat mich kontaktiert</translation>
    </message>
    <message>
        <source>I asked for a human</source>
        <translation>Ich habe nach einem Menschen gefragt</translation>
    </message>
    <message>
        <source>I asked for a supervisor</source>
        <translation>Ich habe nach der Teamleitung gefragt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Attach the proof of posting…</source>
        <translation>Einlieferungsbeleg anhängen…</translation>
    </message>
    <message>
        <source>What was said, in your own words</source>
        <translation>Was gesagt wurde, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>The date a letter to you asks you to answer or pay by, such as a debt collector's deadline: it becomes your own deadline.</source>
        <translation>Das Datum, bis zu dem ein Schreiben an Sie eine Antwort oder Zahlung verlangt, etwa die Frist eines Inkassobüros: Es wird zu Ihrer eigenen Frist.</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Anzuhängende Dateien</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>Bot or human</source>
        <translation>Chatbot oder Mensch</translation>
    </message>
    <message>
        <source>Trans&amp;ferred to</source>
        <translation>&amp;Weitergeleitet an</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Re&amp;ferenz</translation>
    </message>
    <message>
        <source>&amp;Number dialled</source>
        <translation>&amp;Gewählte Nummer</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Gesprächsdauer</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Trac&amp;king number</source>
        <translation>Sendungs&amp;nummer</translation>
    </message>
    <message>
        <source>E-mail s&amp;ubject</source>
        <translation>E-Mail-&amp;Betreff</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Answer or pay by</source>
        <translation>Antworten oder zahlen bis</translation>
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation>&amp;Zugesagt wurde</translation>
    </message>
    <message>
        <source>Promise d&amp;ue on</source>
        <translation>Zusage &amp;fällig am</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Dateien zum Anhängen auswählen</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>&amp;Import e-mails…</source>
        <translation>E-Mails &amp;importieren…</translation>
    </message>
    <message>
        <source>Turn saved e-mails (.eml, Outlook .msg, mbox) into contacts with their attachments as exhibits</source>
        <translation>Gespeicherte E-Mails (.eml, Outlook .msg, mbox) als Kontakte übernehmen, ihre Anhänge als Anlagen</translation>
    </message>
    <message>
        <source>I wrote to Klarna</source>
        <translation>Ich habe Klarna geschrieben</translation>
    </message>
    <message>
        <source>Klarna wrote to me</source>
        <translation>Klarna hat mir geschrieben</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Choose e-mails to import</source>
        <translation>Zu importierende E-Mails auswählen</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>E-Mails (*.eml *.msg *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a case first, then import the e-mails again.</source>
        <translation>Wählen Sie zuerst einen Fall aus und importieren Sie die E-Mails dann erneut.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Import e-mails</source>
        <translation>E-Mails importieren</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Nachrichten werden gelesen…</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>Lesen a&amp;nhalten</translation>
    </message>
    <message>
        <source>Messages to import</source>
        <translation>Zu importierende Nachrichten</translation>
    </message>
    <message>
        <source>Notes and refused messages</source>
        <translation>Hinweise und abgelehnte Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Saving contact %1 of %2…</source>
        <translation>Kontakt %1 von %2 wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading message %1 of %2…</source>
        <translation>Nachricht %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading was stopped: nothing will be imported. Close this window, or choose the files again.</source>
        <translation>Das Lesen wurde angehalten: Es wird nichts importiert. Schließen Sie dieses Fenster oder wählen Sie die Dateien erneut.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts will be created. Check each one and correct what is wrong, then Import.</source>
        <translation><numerusform>%n Kontakt wird angelegt. Prüfen Sie ihn, korrigieren Sie, was falsch ist, und klicken Sie dann auf Importieren.</numerusform><numerusform>%n Kontakte werden angelegt. Prüfen Sie jeden, korrigieren Sie, was falsch ist, und klicken Sie dann auf Importieren.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n messages cannot be imported (listed on the right); the others are imported only if you click Import.</source>
        <translation><numerusform>%n Nachricht kann nicht importiert werden (rechts aufgeführt); die anderen werden erst importiert, wenn Sie auf Importieren klicken.</numerusform><numerusform>%n Nachrichten können nicht importiert werden (rechts aufgeführt); die anderen werden erst importiert, wenn Sie auf Importieren klicken.</numerusform></translation></message>
    <message numerus="yes">
        <source>Also make the %n instalments stated in “%2” the case's payment plan (it replaces the current one)</source>
        <translation><numerusform>Auch die in „%2“ genannte %n Rate als Zahlungsplan des Falls übernehmen (ersetzt den bisherigen)</numerusform><numerusform>Auch die in „%2“ genannten %n Raten als Zahlungsplan des Falls übernehmen (ersetzt den bisherigen)</numerusform></translation></message>
    <message>
        <source>to Klarna</source>
        <translation>an Klarna</translation>
    </message>
    <message>
        <source>from Klarna</source>
        <translation>von Klarna</translation>
    </message>
    <message>
        <source>Exhibit: %1 (%2)</source>
        <translation>Anlage: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1, with %2.</source>
        <translation>Importiert: %1, mit %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails as contacts</source>
        <translation><numerusform>%n E-Mail als Kontakt</numerusform><numerusform>%n E-Mails als Kontakte</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n Anlage</numerusform><numerusform>%n Anlagen</numerusform></translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Einen neuen Fall anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Edit selected entry…</source>
        <translation>Ausgewählten Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected entry to the trash</source>
        <translation>Den ausgewählten Eintrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log a call, chat, letter or e-mail (Ctrl+L)</source>
        <translation>Anruf, Chat, Brief oder E-Mail erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>Es&amp;kalieren…</translation>
    </message>
    <message>
        <source>Take the next step of the complaint (Ctrl+E)</source>
        <translation>Den nächsten Schritt der Beschwerde gehen (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>Add documents or photos to the case</source>
        <translation>Dokumente oder Fotos zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Contact Klarna…</source>
        <translation>Klarna &amp;kontaktieren…</translation>
    </message>
    <message>
        <source>Phone numbers, addresses and whether Klarna is open now (Ctrl+K)</source>
        <translation>Telefonnummern, Adressen und ob Klarna gerade erreichbar ist (Strg+K)</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Fall ab&amp;schließen…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>Fall wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>Fall &amp;löschen…</translation>
    </message>
    <message>
        <source>Move the case, with everything it holds, to the trash</source>
        <translation>Den Fall mit seinem gesamten Inhalt in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>&amp;Neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use Case Keeper, in this window's language (F1)</source>
        <translation>So verwenden Sie Case Keeper, in der Sprache dieses Fensters (F1)</translation>
    </message>
    <message>
        <source>&amp;About Case Keeper</source>
        <translation>Ü&amp;ber Case Keeper</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Choose or create a case first.</source>
        <translation>Wählen Sie zuerst einen Fall aus oder legen Sie einen an.</translation>
    </message>
    <message>
        <source>Contact changed.</source>
        <translation>Kontakt geändert.</translation>
    </message>
    <message>
        <source>Search all cases…</source>
        <translation>Alle Fälle durchsuchen…</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>Alle Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The case details have unsaved changes. Save them?</source>
        <translation>Die Details des Falls haben ungespeicherte Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a problem report</source>
        <translation>Die technischen Details kopieren, um sie in eine Fehlermeldung einzufügen</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Something else (blank case)</source>
        <translation>Etwas anderes (leerer Fall)</translation>
    </message>
    <message>
        <source>&amp;Create the case</source>
        <translation>Fall &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Klarna must answer your step “%1”</source>
        <translation>Klarna muss auf Ihren Schritt „%1“ antworten</translation>
    </message>
    <message>
        <source>Klarna must keep its promise</source>
        <translation>Klarna muss seine Zusage einhalten</translation>
    </message>
    <message>
        <source>No rules known for this country (%1): no deadline can be worked out. Choose a supported country in the case's details.</source>
        <translation>Für dieses Land (%1) sind keine Regeln bekannt: Es lässt sich keine Frist berechnen. Wählen Sie in den Angaben zum Fall ein unterstütztes Land.</translation>
    </message>
    <message>
        <source>Klarna should reply to your letter or message</source>
        <translation>Klarna sollte auf Ihren Brief oder Ihre Nachricht antworten</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation><numerusform>noch %n Tag</numerusform><numerusform>noch %n Tage</numerusform></translation></message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation><numerusform>%n Tag überfällig</numerusform><numerusform>%n Tage überfällig</numerusform></translation></message>
    <message>
        <source>nothing: this case is closed.</source>
        <translation>nichts: Dieser Fall ist abgeschlossen.</translation>
    </message>
    <message>
        <source>start by contacting Klarna, and log the contact.</source>
        <translation>Kontaktieren Sie zuerst Klarna und erfassen Sie den Kontakt.</translation>
    </message>
    <message>
        <source>For this problem (“%1”), the first steps are under Escalate.</source>
        <translation>Für dieses Problem („%1“) finden Sie die ersten Schritte unter Eskalieren.</translation>
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation>%1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>overdue since %1: %2. Consider the next step, “%3”.</source>
        <translation>überfällig seit %1: %2. Erwägen Sie den nächsten Schritt, „%3“.</translation>
    </message>
    <message>
        <source>if the problem is not solved, the next step is “%1”.</source>
        <translation>wenn das Problem nicht gelöst ist, ist der nächste Schritt „%1“.</translation>
    </message>
    <message>
        <source>log each contact with Klarna as it happens.</source>
        <translation>erfassen Sie jeden Kontakt mit Klarna, sobald er stattfindet.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: start by contacting Klarna, and log the contact.</source>
        <translation>Noch nichts erfasst: Kontaktieren Sie zuerst Klarna und erfassen Sie den Kontakt.</translation>
    </message>
    <message>
        <source>Klarna did not answer your step “%1” within %2: the answer was due on %3.</source>
        <translation>Klarna hat auf Ihren Schritt „%1“ nicht fristgerecht geantwortet (Frist: %2): Die Antwort war am %3 fällig.</translation>
    </message>
    <message>
        <source>Klarna's answer to your step “%1” is due on %2. Wait for it; if it does not solve the problem, this is the next step.</source>
        <translation>Klarnas Antwort auf Ihren Schritt „%1“ ist am %2 fällig. Warten Sie sie ab; wenn sie das Problem nicht löst, ist dies der nächste Schritt.</translation>
    </message>
    <message>
        <source>Klarna answered your step “%1” on %2 and the problem is not solved.</source>
        <translation>Klarna hat am %2 auf Ihren Schritt „%1“ geantwortet, und das Problem ist nicht gelöst.</translation>
    </message>
    <message>
        <source>The problem is not resolved.</source>
        <translation>Das Problem ist nicht gelöst.</translation>
    </message>
    <message numerus="yes">
        <source>The problem is not solved after %n contacts with Klarna.</source>
        <translation><numerusform>Das Problem ist nach %n Kontakt mit Klarna nicht gelöst.</numerusform><numerusform>Das Problem ist nach %n Kontakten mit Klarna nicht gelöst.</numerusform></translation></message>
    <message>
        <source>Promises not kept: %1.</source>
        <translation>Nicht eingehaltene Zusagen: %1.</translation>
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response first: ask for it in writing.</source>
        <translation>Der Schritt „%1“ setzt zuerst eine abschließende Antwort von Klarna voraus: Fordern Sie sie schriftlich an.</translation>
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response, which has not come: this step is open to you instead.</source>
        <translation>Der Schritt „%1“ setzt eine abschließende Antwort von Klarna voraus, die nicht gekommen ist: Stattdessen steht Ihnen dieser Schritt offen.</translation>
    </message>
    <message>
        <source>Track for this problem: %1.</source>
        <translation>Weg für dieses Problem: %1.</translation>
    </message>
    <message>
        <source>Do now: %1</source>
        <translation>Jetzt tun: %1</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Quelle: %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>&amp;Payment plan…</source>
        <translation>&amp;Zahlungsplan…</translation>
    </message>
    <message>
        <source>The instalments of the purchase and the dispute's payment pause</source>
        <translation>Die Raten des Kaufs und die Zahlungspause während des Streitfalls</translation>
    </message>
    <message>
        <source>Choose a case first, then open its payment plan.</source>
        <translation>Wählen Sie zuerst einen Fall aus und öffnen Sie dann seinen Zahlungsplan.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>charged by Klarna</source>
        <translation>von Klarna eingezogen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>alle 2 Wochen</translation>
    </message>
    <message>
        <source>every 30 days</source>
        <translation>alle 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Make the schedule</source>
        <translation>Raten&amp;plan erstellen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid or charged on</source>
        <translation>Bezahlt oder eingezogen am</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>the first contact</source>
        <translation>der erste Kontakt</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>nicht verlängert</translation>
    </message>
    <message>
        <source>Total, instalments, first, rhythm</source>
        <translation>Gesamtbetrag, Raten, erste Rate, Rhythmus</translation>
    </message>
    <message>
        <source>Payments &amp;paused on</source>
        <translation>Zahlungen &amp;pausiert am</translation>
    </message>
    <message>
        <source>Pause &amp;extended until</source>
        <translation>Pause &amp;verlängert bis</translation>
    </message>
    <message>
        <source>Payments paused until %1.</source>
        <translation>Zahlungen pausiert bis %1.</translation>
    </message>
    <message>
        <source>%1 is held back; it resumes then unless the pause is extended.</source>
        <translation>%1 wird zurückgehalten; danach geht es weiter, sofern die Pause nicht verlängert wird.</translation>
    </message>
    <message>
        <source>Charged while the dispute is open: %1.</source>
        <translation>Während des offenen Streitfalls eingezogen: %1.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>While Case Keeper is open, remind me of a deadline (in the window, and as a system notification where there is one):</source>
        <translation>Solange Case Keeper geöffnet ist, an eine Frist erinnern (im Fenster und, wo vorhanden, als Systembenachrichtigung):</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Am selben Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation><numerusform>%n Tag vorher</numerusform><numerusform>%n Tage vorher</numerusform></translation></message>
    <message>
        <source>The same lead times are used for calendar files.</source>
        <translation>Dieselben Vorlaufzeiten gelten für Kalenderdateien.</translation>
    </message>
    <message>
        <source>Also remind me while Case Keeper is closed (system notifications)</source>
        <translation>Auch erinnern, wenn Case Keeper geschlossen ist (Systembenachrichtigungen)</translation>
    </message>
    <message>
        <source>Asks your system to check a few times an hour; nothing leaves this computer. Turning it off removes that schedule.</source>
        <translation>Lässt Ihr System einige Male pro Stunde nachsehen; nichts verlässt diesen Computer. Ausschalten entfernt diesen Zeitplan.</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Keine Benachrichtigungen von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Corrections to Klarna's details</source>
        <translation>Korrekturen der Angaben zu Klarna</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation>Standard&amp;land</translation>
    </message>
    <message>
        <source>The country gives the opening hours and the complaint rules shown for new cases.</source>
        <translation>Das Land bestimmt die Öffnungszeiten und Beschwerderegeln, die für neue Fälle angezeigt werden.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>Add a promise</source>
        <translation>Zusage hinzufügen</translation>
    </message>
    <message>
        <source>On its own (not in a logged contact)</source>
        <translation>Für sich allein (nicht in einem erfassten Kontakt)</translation>
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation>&amp;Zugesagt wurde</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>In the &amp;contact</source>
        <translation>Im &amp;Kontakt</translation>
    </message>
    <message>
        <source>Klarna's promise</source>
        <translation>Zusage von Klarna</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>kein Datum genannt</translation>
    </message>
    <message>
        <source>“%1” (due %2)</source>
        <translation>„%1“ (fällig am %2)</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Eingehalten</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>&amp;Nicht eingehalten</translation>
    </message>
    <message>
        <source>&amp;Pending (not settled yet)</source>
        <translation>&amp;Offen (noch nicht entschieden)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Settled in the contact</source>
        <translation>Entschieden im Kontakt</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what is due</source>
        <translation>Fälliges anzeigen</translation>
    </message>
    <message>
        <source>…and %1 more in the Due view (Ctrl+D).</source>
        <translation>…und %1 weitere in der Ansicht „Fällig“ (Strg+D).</translation>
    </message>
    <message>
        <source>%1: %2 by %3.</source>
        <translation>%1: %2 bis %3.</translation>
    </message>
    <message>
        <source>I will remind you when %1 opens (%2).</source>
        <translation>Ich erinnere Sie, wenn %1 öffnet (%2).</translation>
    </message>
    <message>
        <source>%1 is open now.</source>
        <translation>%1 ist jetzt geöffnet.</translation>
    </message>
    <message>
        <source>Case Keeper reminder</source>
        <translation>Erinnerung von Case Keeper</translation>
    </message>
    <message>
        <source>The reminder was about case %1, which is in the trash. To see it again, restore it from Edit → Trash.</source>
        <translation>Die Erinnerung betraf Fall %1, der im Papierkorb liegt. Um ihn wieder zu sehen, stellen Sie ihn unter Bearbeiten → Papierkorb wieder her.</translation>
    </message>
    <message>
        <source>The reminder was about case %1, which is not in this data folder (it may have been deleted for good, or it belongs to another data folder). Nothing was changed.</source>
        <translation>Die Erinnerung betraf Fall %1, der nicht in diesem Datenordner ist (er wurde vielleicht endgültig gelöscht oder gehört zu einem anderen Datenordner). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>See the copies of your data, back up now or restore</source>
        <translation>Die Kopien Ihrer Daten ansehen, jetzt sichern oder wiederherstellen</translation>
    </message>
    <message>
        <source>Export all &amp;data…</source>
        <translation>Alle &amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Export this &amp;case…</source>
        <translation>Diesen &amp;Fall exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Check data &amp;integrity…</source>
        <translation>Daten&amp;integrität prüfen…</translation>
    </message>
    <message>
        <source>Case Keeper archives (*.zip)</source>
        <translation>Case-Keeper-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>Export this case</source>
        <translation>Diesen Fall exportieren</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Fälle importieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Case Keeper copies your case file when you close it and every half hour while data changes. Restoring puts a copy back; your data as it is now is kept as a backup first.</source>
        <translation>Case Keeper kopiert Ihre Falldatei beim Schließen und jede halbe Stunde, solange sich Daten ändern. Wiederherstellen spielt eine Kopie zurück; Ihre aktuellen Daten werden vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your cases will be put back as they were on %1 (%2). Anything you changed after that will not be shown, but it is not lost: your data as it is now is kept as a backup first, and you can restore it in the same way.</source>
        <translation>Ihre Fälle werden auf den Stand vom %1 (%2) zurückgesetzt. Was Sie danach geändert haben, wird nicht mehr angezeigt, geht aber nicht verloren: Ihre aktuellen Daten werden vorher als Sicherung aufbewahrt, und Sie können sie auf dieselbe Weise wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The scheduled backup could not be made: %1</source>
        <translation>Die geplante Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>Cloud-Speicher</translation>
    </message>
    <message>
        <source>You asked for it</source>
        <translation>Auf Ihren Wunsch</translation>
    </message>
    <message>
        <source>When the app closed</source>
        <translation>Beim Schließen der App</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation><numerusform>%n Fall</numerusform><numerusform>%n Fälle</numerusform></translation></message>
    <message>
        <source>Backed up on %1 (%2).</source>
        <translation>Gesichert am %1 (%2).</translation>
    </message>
    <message>
        <source>Your cases were restored from the backup %1 (%2).</source>
        <translation>Ihre Fälle wurden aus der Sicherung %1 (%2) wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your data as it was just before is kept as the backup %1.</source>
        <translation>Ihre Daten von unmittelbar davor sind als Sicherung %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files listed with this backup are missing; run Tools &gt; Check data integrity.</source>
        <translation><numerusform>%n zu dieser Sicherung gehörende Nachweisdatei fehlt; führen Sie Extras &gt; Datenintegrität prüfen aus.</numerusform><numerusform>%n zu dieser Sicherung gehörende Nachweisdateien fehlen; führen Sie Extras &gt; Datenintegrität prüfen aus.</numerusform></translation></message>
    <message>
        <source>The case file</source>
        <translation>Die Falldatei</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Verknüpfungen zwischen Einträgen</translation>
    </message>
    <message>
        <source>Evidence originals (every file's fingerprint)</source>
        <translation>Originale der Nachweise (Prüfsumme jeder Datei)</translation>
    </message>
    <message>
        <source>No stray files in the evidence folder</source>
        <translation>Keine fremden Dateien im Nachweisordner</translation>
    </message>
    <message>
        <source>The history of changes (audit log)</source>
        <translation>Der Änderungsverlauf (Prüfprotokoll)</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n Eintrag</numerusform><numerusform>%n Einträge</numerusform></translation></message>
    <message numerus="yes">
        <source>%n leftovers of interrupted operations, harmless: removed at the next start</source>
        <translation><numerusform>%n Rest eines abgebrochenen Vorgangs, harmlos: wird beim nächsten Start entfernt</numerusform><numerusform>%n Reste abgebrochener Vorgänge, harmlos: werden beim nächsten Start entfernt</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals no exhibit refers to, harmless</source>
        <translation><numerusform>%n Original ohne zugehörige Anlage, harmlos</numerusform><numerusform>%n Originale ohne zugehörige Anlage, harmlos</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files Case Keeper did not put there, left alone</source>
        <translation><numerusform>%n Datei, die nicht von Case Keeper stammt, unverändert gelassen</numerusform><numerusform>%n Dateien, die nicht von Case Keeper stammen, unverändert gelassen</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files being added by another window now</source>
        <translation><numerusform>%n Datei wird gerade von einem anderen Fenster hinzugefügt</numerusform><numerusform>%n Dateien werden gerade von einem anderen Fenster hinzugefügt</numerusform></translation></message>
    <message>
        <source>Every part was verified. Your data is intact.</source>
        <translation>Alle Teile wurden geprüft. Ihre Daten sind intakt.</translation>
    </message>
    <message>
        <source>Problems were found. Nothing was changed.</source>
        <translation>Es wurden Probleme gefunden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The case file is damaged. First save what can still be read, then restore the latest good backup (File &gt; Backups…); do not delete the data folder.</source>
        <translation>Die Falldatei ist beschädigt. Sichern Sie zuerst, was noch lesbar ist, und stellen Sie dann die letzte gute Sicherung wieder her (Datei &gt; Sicherungen…); löschen Sie den Datenordner nicht.</translation>
    </message>
    <message>
        <source>Evidence originals are missing or have changed. Put the original files back from your own copies or an export; a backup of the case file does not hold them.</source>
        <translation>Originale der Nachweise fehlen oder wurden verändert. Legen Sie die Originaldateien aus Ihren eigenen Kopien oder einem Export zurück; eine Sicherung der Falldatei enthält sie nicht.</translation>
    </message>
    <message>
        <source>The records or their history do not match: something changed the case file outside Case Keeper. Your records are still readable; keep this report and ask for help.</source>
        <translation>Die Einträge und ihr Verlauf passen nicht zusammen: Etwas hat die Falldatei außerhalb von Case Keeper verändert. Ihre Einträge sind weiterhin lesbar; bewahren Sie diesen Bericht auf und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <source>If you made these changes yourself on purpose, or put an older copy of the case file in place by hand, run casekeeper-cli check --accept-changes: it takes the case file as it is now as the new reference (noted in the history; no record is changed).</source>
        <translation>Wenn Sie diese Änderungen selbst absichtlich vorgenommen oder von Hand eine ältere Kopie der Falldatei eingesetzt haben, führen Sie casekeeper-cli check --accept-changes aus: Die Falldatei wird so, wie sie jetzt ist, zur neuen Referenz (im Verlauf vermerkt; kein Eintrag wird geändert).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n readable records to %2.</source>
        <translation><numerusform>%n lesbarer Eintrag in %2 gesichert.</numerusform><numerusform>%n lesbare Einträge in %2 gesichert.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n parts could not be read completely.</source>
        <translation><numerusform>%n Teil konnte nicht vollständig gelesen werden.</numerusform><numerusform>%n Teile konnten nicht vollständig gelesen werden.</numerusform></translation></message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>Nach %3 exportiert: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation><numerusform>%n Nachweisdatei</numerusform><numerusform>%n Nachweisdateien</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals were left out because they are missing or no longer match their fingerprint; the archive says so.</source>
        <translation><numerusform>%n Original wurde weggelassen, weil es fehlt oder nicht mehr zu seiner Prüfsumme passt; das Archiv vermerkt das.</numerusform><numerusform>%n Originale wurden weggelassen, weil sie fehlen oder nicht mehr zu ihrer Prüfsumme passen; das Archiv vermerkt das.</numerusform></translation></message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Importiert: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence files</source>
        <translation><numerusform>%n neue Nachweisdatei</numerusform><numerusform>%n neue Nachweisdateien</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits came without their original (missing or altered where the archive was made); Tools &gt; Check data integrity lists them.</source>
        <translation><numerusform>%n Anlage kam ohne ihr Original an (fehlte oder war verändert, wo das Archiv erstellt wurde); Extras &gt; Datenintegrität prüfen führt sie auf.</numerusform><numerusform>%n Anlagen kamen ohne ihr Original an (fehlten oder waren verändert, wo das Archiv erstellt wurde); Extras &gt; Datenintegrität prüfen führt sie auf.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n cases were already here and were left unchanged.</source>
        <translation><numerusform>%n Fall war bereits vorhanden und blieb unverändert.</numerusform><numerusform>%n Fälle waren bereits vorhanden und blieben unverändert.</numerusform></translation></message>
    <message>
        <source>Your data folder %1 seems to be inside a %2 folder. Syncing the case file while Case Keeper is open can damage it. Choose a folder outside it, and use File &gt; Export all data… to move your cases between computers.</source>
        <translation>Ihr Datenordner %1 scheint in einem %2-Ordner zu liegen. Wird die Falldatei synchronisiert, während Case Keeper geöffnet ist, kann sie beschädigt werden. Wählen Sie einen Ordner außerhalb davon und verwenden Sie Datei &gt; Alle Daten exportieren…, um Ihre Fälle auf einen anderen Computer zu übertragen.</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>nichts lesbar</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n Kontakt</numerusform><numerusform>%n Kontakte</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n Anlage</numerusform><numerusform>%n Anlagen</numerusform></translation></message>
    <message>
        <source>unknown size</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Your case file is in use by another program.</source>
        <translation>Ihre Falldatei wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Your case file was written by a newer version.</source>
        <translation>Ihre Falldatei wurde von einer neueren Version geschrieben.</translation>
    </message>
    <message>
        <source>This is not a Case Keeper case file.</source>
        <translation>Dies ist keine Falldatei von Case Keeper.</translation>
    </message>
    <message>
        <source>Your case file cannot be saved: it is read-only.</source>
        <translation>Ihre Falldatei kann nicht gespeichert werden: Sie ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Your data folder is not there.</source>
        <translation>Ihr Datenordner ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Your case file is empty.</source>
        <translation>Ihre Falldatei ist leer.</translation>
    </message>
    <message>
        <source>Your case file is missing.</source>
        <translation>Ihre Falldatei fehlt.</translation>
    </message>
    <message>
        <source>Your case file is cut short.</source>
        <translation>Ihre Falldatei ist unvollständig.</translation>
    </message>
    <message>
        <source>Your case file is damaged.</source>
        <translation>Ihre Falldatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Your case file could not be opened.</source>
        <translation>Ihre Falldatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your data is not damaged; do not restore a backup. Nothing was changed.</source>
        <translation>Ihre Daten sind nicht beschädigt; stellen Sie keine Sicherung wieder her. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>another Case Keeper window or command, a backup or sync program, or a database viewer</source>
        <translation>ein anderes Case-Keeper-Fenster oder ein Befehl, ein Sicherungs- oder Synchronisierungsprogramm oder ein Datenbank-Viewer</translation>
    </message>
    <message>
        <source>Case Keeper waited, but another program keeps the file open (%1). Close it, then choose Try again.</source>
        <translation>Case Keeper hat gewartet, aber ein anderes Programm hält die Datei geöffnet (%1). Schließen Sie es und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Install the Case Keeper version that wrote it (schema %1) or a later one to open it. Your data is not damaged and has not been changed; do not restore a backup, which would lose the newer work.</source>
        <translation>Installieren Sie zum Öffnen die Case-Keeper-Version, die sie geschrieben hat (Schema %1), oder eine neuere. Ihre Daten sind nicht beschädigt und wurden nicht verändert; stellen Sie keine Sicherung wieder her, sonst geht die neuere Arbeit verloren.</translation>
    </message>
    <message>
        <source>The file %1 was not made by Case Keeper; it has not been changed.</source>
        <translation>Die Datei %1 stammt nicht von Case Keeper; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder %1, or whether the drive is write-protected, then choose Try again.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners %1 oder ob das Laufwerk schreibgeschützt ist, und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Only %1 is free on the disk holding %2. Free at least %3, then choose Try again.</source>
        <translation>Auf dem Datenträger mit %2 sind nur %1 frei. Geben Sie mindestens %3 frei und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. If your cases are on a removable drive or a network folder, connect it, then choose Try again. No new, empty case file was made.</source>
        <translation>Der Ordner %1 wurde nicht gefunden. Wenn Ihre Fälle auf einem Wechseldatenträger oder in einem Netzwerkordner liegen, verbinden Sie ihn und wählen Sie dann „Erneut versuchen“. Es wurde keine neue, leere Falldatei angelegt.</translation>
    </message>
    <message>
        <source>The case file could not be opened; the reason is below. Nothing was changed.</source>
        <translation>Die Falldatei konnte nicht geöffnet werden; der Grund steht unten. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The case file holds nothing (0 bytes): its contents were lost, for example when the disk filled or the computer stopped while it was being written.</source>
        <translation>Die Falldatei ist leer (0 Byte): Ihr Inhalt ging verloren, zum Beispiel weil der Datenträger voll war oder der Computer beim Schreiben ausging.</translation>
    </message>
    <message>
        <source>The case file is missing, although backups exist.</source>
        <translation>Die Falldatei fehlt, obwohl Sicherungen vorhanden sind.</translation>
    </message>
    <message>
        <source>The case file is cut short (%1): part of it was never written or was lost.</source>
        <translation>Die Falldatei ist unvollständig (%1): Ein Teil wurde nie geschrieben oder ging verloren.</translation>
    </message>
    <message>
        <source>The case file cannot be read completely.</source>
        <translation>Die Falldatei kann nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>First save what can still be read (this does not change the case file).</source>
        <translation>Sichern Sie zuerst, was noch lesbar ist (die Falldatei wird dabei nicht verändert).</translation>
    </message>
    <message>
        <source>No usable backup was found; keep the data folder as it is and ask for help.</source>
        <translation>Es wurde keine brauchbare Sicherung gefunden; lassen Sie den Datenordner, wie er ist, und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 and holds %2. The current file holds %3.</source>
        <translation>Die letzte gute Sicherung ist vom %1 und enthält %2. Die aktuelle Datei enthält %3.</translation>
    </message>
    <message>
        <source>Anything added after %1 would be lost by a restore.</source>
        <translation>Alles, was nach dem %1 hinzukam, ginge durch eine Wiederherstellung verloren.</translation>
    </message>
    <message>
        <source>Check data integrity</source>
        <translation>Datenintegrität prüfen</translation>
    </message>
    <message>
        <source>Checking the case file, the links between records, the fingerprint of every evidence file and the history of changes. Nothing is changed.</source>
        <translation>Geprüft werden die Falldatei, die Verknüpfungen zwischen den Einträgen, die Prüfsumme jeder Nachweisdatei und der Änderungsverlauf. Es wird nichts verändert.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Evidence file %1 of %2</source>
        <translation>Nachweisdatei %1 von %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Save what can still be read</source>
        <translation>Sichern, was noch lesbar ist</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Case Keeper cannot open your cases</source>
        <translation>Case Keeper kann Ihre Fälle nicht öffnen</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2).</source>
        <translation>Die letzte gute Sicherung ist vom %1 (%2).</translation>
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation>Es wurde keine brauchbare Sicherung gefunden.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>Letzte gute Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save what can still be read…</source>
        <translation>&amp;Sichern, was noch lesbar ist…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>StageEdit</name>
    <message>
        <source>Stage change</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>&amp;Letter or message</source>
        <translation>&amp;Brief oder Nachricht</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Klarna's phone and chat now</source>
        <translation>Telefon und Chat von Klarna jetzt</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Contacts, steps and files are saved as you add them</source>
        <translation>Kontakte, Schritte und Dateien werden beim Hinzufügen gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Alles ist gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nothing logged yet. Log your first contact with Klarna with Log contact (Ctrl+L), or attach a document by dropping it here.</source>
        <translation>Noch nichts erfasst. Erfassen Sie Ihren ersten Kontakt mit Klarna über „Kontakt erfassen“ (Strg+L) oder hängen Sie ein Dokument an, indem Sie es hier ablegen.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>promise: %1, %2</source>
        <translation>Zusage: %1, %2</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>waited %1 min</source>
        <translation>%1 Min. gewartet</translation>
    </message>
    <message>
        <source>call %1 min</source>
        <translation>Anruf %1 Min.</translation>
    </message>
    <message>
        <source>asked for a human</source>
        <translation>nach einem Menschen gefragt</translation>
    </message>
    <message>
        <source>asked for a supervisor</source>
        <translation>nach der Teamleitung gefragt</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 %2</source>
        <translation>Nachweis hinzugefügt: %1 %2</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Zusage: %1</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>&amp;Use these</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Found in the transcript (%n messages):</source>
        <translation><numerusform>Im Protokoll gefunden (%n Nachricht):</numerusform><numerusform>Im Protokoll gefunden (%n Nachrichten):</numerusform></translation></message>
    <message>
        <source>agent %1 (human);</source>
        <translation>Mitarbeiter %1 (Mensch);</translation>
    </message>
    <message>
        <source>bot %1;</source>
        <translation>Chatbot %1;</translation>
    </message>
    <message>
        <source>only the bot answered;</source>
        <translation>nur der Chatbot hat geantwortet;</translation>
    </message>
    <message>
        <source>you asked for a human;</source>
        <translation>Sie haben nach einem Menschen gefragt;</translation>
    </message>
    <message>
        <source>transferred to %1;</source>
        <translation>weitergeleitet an %1;</translation>
    </message>
    <message>
        <source>references %1.</source>
        <translation>Referenzen %1.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Whole case</source>
        <translation>Ganzer Fall</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>with everything it holds</source>
        <translation>mit seinem gesamten Inhalt</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Nothing you delete is lost: it waits here, and the dossier leaves it out until you restore it.</source>
        <translation>Was Sie löschen, geht nicht verloren: Es wartet hier, und das Dossier lässt es weg, bis Sie es wiederherstellen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Restored to the case “%1”.</source>
        <translation>Im Fall „%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The case “%1” and everything it holds: %2.</source>
        <translation>Der Fall „%1“ mit seinem gesamten Inhalt: %2.</translation>
    </message>
    <message>
        <source>This cannot be undone. Stored files that no other case uses are deleted too. Backups keep their own copies, under their own retention.</source>
        <translation>Das lässt sich nicht rückgängig machen. Gespeicherte Dateien, die kein anderer Fall verwendet, werden ebenfalls gelöscht. Sicherungen behalten ihre eigenen Kopien, mit eigener Aufbewahrungsdauer.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it in the trash</source>
        <translation>Im Papierkorb &amp;behalten</translation>
    </message>
    <message>
        <source>Deleted forever: %1, %2.</source>
        <translation>Endgültig gelöscht: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n Eintrag</numerusform><numerusform>%n Einträge</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stored files</source>
        <translation><numerusform>%n gespeicherte Datei</numerusform><numerusform>%n gespeicherte Dateien</numerusform></translation></message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Case Keeper has no rules checked for this country yet: it uses general guidance, without opening hours or addresses.</source>
        <translation>Case Keeper hat für dieses Land noch keine geprüften Regeln: Es nutzt allgemeine Hinweise, ohne Öffnungszeiten oder Adressen.</translation>
    </message>
    <message>
        <source>%1 (%2): general guidance only</source>
        <translation>%1 (%2): nur allgemeine Hinweise</translation>
    </message>
    <message>
        <source>Welcome to Case Keeper</source>
        <translation>Willkommen bei Case Keeper</translation>
    </message>
    <message>
        <source>Case Keeper keeps the record of your dispute with Klarna: every contact, every promise, every step of the complaint and every document, on this computer only. Nothing is sent anywhere.</source>
        <translation>Case Keeper dokumentiert Ihren Streitfall mit Klarna: jeden Kontakt, jede Zusage, jeden Schritt der Beschwerde und jedes Dokument, nur auf diesem Computer. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Add a sample case to see how it works</source>
        <translation>Einen Beispielfall hinzufügen, um zu sehen, wie es funktioniert</translation>
    </message>
    <message>
        <source>You can delete it later.</source>
        <translation>Sie können ihn später löschen.</translation>
    </message>
    <message>
        <source>Remind me of deadlines even while Case Keeper is closed</source>
        <translation>Auch an Fristen erinnern, wenn Case Keeper geschlossen ist</translation>
    </message>
    <message>
        <source>System notifications; you can turn this off in Preferences. Nothing leaves this computer.</source>
        <translation>Systembenachrichtigungen; Sie können das in den Einstellungen ausschalten. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Your &amp;country</source>
        <translation>Ihr &amp;Land</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
</TS>