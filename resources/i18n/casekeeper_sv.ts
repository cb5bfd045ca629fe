<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>About</name>
    <message>
        <source>About Case Keeper</source>
        <translation>Om Case Keeper</translation>
    </message>
    <message>
        <source>Keeps the record of your dispute with Klarna: contacts, promises, complaint steps, deadlines and evidence. Independent of Klarna; it does not give legal advice.</source>
        <translation>Dokumenterar din tvist med Klarna: kontakter, löften, klagomålssteg, tidsfrister och bevis. Oberoende av Klarna; ger ingen juridisk rådgivning.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Ingenting lämnar den här datorn.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Visa din datamapp i filhanteraren</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>Din datamapp</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>for example %1</source>
        <translation>till exempel %1</translation>
    </message>
    <message>
        <source>Street and number, then postcode and town on the next line</source>
        <translation>Gata och nummer, sedan postnummer och ort på nästa rad</translation>
    </message>
    <message>
        <source>Your postal address, printed on your letters so Klarna can answer you by post.</source>
        <translation>Din postadress. Den skrivs ut på dina brev så att Klarna kan svara dig per post.</translation>
    </message>
    <message>
        <source>The zone of the case's country</source>
        <translation>Tidszonen i ärendets land</translation>
    </message>
    <message>
        <source>The time zone of the times in your dossier and letters</source>
        <translation>Tidszonen för tiderna i din sammanställning och dina brev</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Butik</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Vad som &amp;hände</translation>
    </message>
    <message>
        <source>What you &amp;want</source>
        <translation>Vad du &amp;vill</translation>
    </message>
    <message>
        <source>&amp;Order number</source>
        <translation>&amp;Ordernummer</translation>
    </message>
    <message>
        <source>&amp;Klarna reference</source>
        <translation>&amp;Klarna-referens</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Belopp</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Purchase &amp;date</source>
        <translation>Köp&amp;datum</translation>
    </message>
    <message>
        <source>Klarna pro&amp;duct</source>
        <translation>Klarna-pro&amp;dukt</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Your &amp;e-mail</source>
        <translation>Din &amp;e-post</translation>
    </message>
    <message>
        <source>Your postal add&amp;ress</source>
        <translation>Din post&amp;adress</translation>
    </message>
    <message>
        <source>Klarna a&amp;ccount</source>
        <translation>Klarna-&amp;konto</translation>
    </message>
    <message>
        <source>Time &amp;zone of documents</source>
        <translation>&amp;Tidszon för dokument</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Escalation ladder</source>
        <translation>Eskaleringstrappa</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Nuvarande steg: %1</translation>
    </message>
    <message>
        <source>This is an example case, to explore the app. It raises no reminders.</source>
        <translation>Det här är ett exempelärende för att utforska appen. Det ger inga påminnelser.</translation>
    </message>
    <message>
        <source>Delete the e&amp;xample</source>
        <translation>Ta bort e&amp;xemplet</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Klarna %1</source>
        <translation>Klarna %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Inget ärende valt</translation>
    </message>
    <message>
        <source>Create a case with New case (Ctrl+N).</source>
        <translation>Skapa ett ärende med Nytt ärende (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Example: %1</source>
        <extracomment>set_cases was called at least once (an empty list is filled too)</extracomment>
        <translation>Exempel: %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>senaste kontakt %1</translation>
    </message>
    <message>
        <source>Promises not kept: %1</source>
        <translation>Löften som inte hållits: %1</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Visa ärenden</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Avslutade ärenden</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>No case matches “%1”. Escape clears the search.</source>
        <translation>Inget ärende matchar ”%1”. Esc rensar sökningen.</translation>
    </message>
    <message>
        <source>More than %1 entries match “%2”, so every case is still listed. Type more letters to narrow the list.</source>
        <translation>Fler än %1 poster matchar ”%2”, så alla ärenden visas fortfarande. Skriv fler bokstäver för att begränsa listan.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyaste först</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Bevis (%1)</translation>
    </message>
    <message>
        <source>Deadlines (%1)</source>
        <translation>Frister (%1)</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagar</numerusform></translation></message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>öppet nu</translation>
    </message>
    <message>
        <source>open now, closes %1 (in %2)</source>
        <translation>öppet nu, stänger %1 (om %2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>closed, opens %1 (in %2)</source>
        <translation>stängt, öppnar %1 (om %2)</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>okända öppettider</translation>
    </message>
    <message>
        <source>no opening hours</source>
        <translation>inga öppettider</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Log a contact…</source>
        <translation>Registrera en kontakt…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalera…</translation>
    </message>
    <message>
        <source>Open the evidence</source>
        <translation>Öppna bevisen</translation>
    </message>
    <message>
        <source>Show the contact</source>
        <translation>Visa kontakten</translation>
    </message>
    <message>
        <source>Show the promise</source>
        <translation>Visa löftet</translation>
    </message>
    <message>
        <source>Open the details</source>
        <translation>Öppna uppgifterna</translation>
    </message>
    <message>
        <source>Before you export: what could be completed</source>
        <translation>Innan du exporterar: det här kan kompletteras</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message>
        <source>Nothing is missing: the dossier is complete.</source>
        <translation>Inget saknas: sammanställningen är komplett.</translation>
    </message>
    <message numerus="yes">
        <source>%n things could make the dossier stronger. You can fix them first, or export anyway.</source>
        <translation><numerusform>%n sak kan göra sammanställningen starkare. Du kan åtgärda den först eller exportera ändå.</numerusform><numerusform>%n saker kan göra sammanställningen starkare. Du kan åtgärda dem först eller exportera ändå.</numerusform></translation></message>
</context>
<context>
    <name>CloseCase</name>
    <message>
        <source>Close the case</source>
        <translation>Avsluta ärendet</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>Avsluta ”%1”</translation>
    </message>
    <message>
        <source>&amp;Resolved: I got what I asked for</source>
        <translation>&amp;Löst: jag fick det jag bad om</translation>
    </message>
    <message>
        <source>&amp;Not resolved: I am stopping here without a solution</source>
        <translation>&amp;Inte löst: jag slutar här utan lösning</translation>
    </message>
    <message>
        <source>For example: refunded on 3 December</source>
        <translation>Till exempel: återbetalt den 3 december</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Hur slutade det?</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>&amp;Avsluta ärendet</translation>
    </message>
    <message>
        <source>You can reopen the case later; nothing in it is changed.</source>
        <translation>Du kan öppna ärendet igen senare; inget i det ändras.</translation>
    </message>
    <message>
        <source>Say whether it is resolved or not.</source>
        <translation>Ange om det är löst eller inte.</translation>
    </message>
    <message>
        <source>Say in a few words how it ended.</source>
        <translation>Beskriv med några ord hur det slutade.</translation>
    </message>
</context>
<context>
    <name>ContactKlarna</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiera %1</translation>
    </message>
    <message>
        <source>(your correction)</source>
        <translation>(din rättelse)</translation>
    </message>
    <message>
        <source>Klarna's time: %1 · Your time: %2</source>
        <translation>Klarnas tid: %1 · Din tid: %2</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>numret</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>adressen</translation>
    </message>
    <message>
        <source>the web address</source>
        <translation>webbadressen</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Inte känt än.</translation>
    </message>
    <message>
        <source>Opening message (edit it before you copy it):</source>
        <translation>Inledande meddelande (redigera det innan du kopierar):</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Inledande meddelande</translation>
    </message>
    <message>
        <source>the opening message</source>
        <translation>det inledande meddelandet</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>senast kontrollerat %1</translation>
    </message>
    <message>
        <source>Contact Klarna — %1</source>
        <translation>Kontakta Klarna – %1</translation>
    </message>
    <message>
        <source>Ways to reach Klarna and whether they are open now:</source>
        <translation>Så når du Klarna och vad som är öppet nu:</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Details of “%1” saved.</source>
        <translation>Uppgifterna för ”%1” har sparats.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>Flyttat till papperskorgen: %1</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>opening hours</source>
        <translation>öppettider</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadress</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>webbadress</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>tidsfrist</translation>
    </message>
    <message>
        <source>Case Keeper cannot read these hours. Use the rows above, or write the days as Mo Tu We Th Fr Sa Su and the times in 24-hour form, with “;” between rules, for example “Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off” (PH off: closed on public holidays), or write “unknown”.</source>
        <translation>Case Keeper kan inte läsa de här öppettiderna. Använd raderna ovan, eller skriv dagarna som Mo Tu We Th Fr Sa Su och tiderna i 24-timmarsformat, med ”;” mellan reglerna, till exempel ”Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off” (PH off: stängt på helgdagar), eller skriv ”unknown”.</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Vad som ska rättas</translation>
    </message>
    <message>
        <source>Opening hours, day by day</source>
        <translation>Öppettider, dag för dag</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Spara rättelse</translation>
    </message>
    <message>
        <source>Reset to shipped value</source>
        <translation>Återställ medföljande värde</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vad</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Medföljande</translation>
    </message>
    <message>
        <source>&amp;Your value</source>
        <translation>&amp;Ditt värde</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancerat</translation>
    </message>
    <message>
        <source>Advanced: the same hours in OpenStreetMap syntax, written by the rows above, e.g. Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off.</source>
        <translation>Avancerat: samma öppettider i OpenStreetMap-syntax, skrivna av raderna ovan, t.ex. Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off.</translation>
    </message>
    <message>
        <source>Example: 14 business-days, 8 weeks, 2 months.</source>
        <translation>Exempel: 14 business-days (arbetsdagar), 8 weeks (veckor), 2 months (månader).</translation>
    </message>
    <message>
        <source>One line of the address per line.</source>
        <translation>En adressrad per rad.</translation>
    </message>
    <message>
        <source>Leave empty to clear it.</source>
        <translation>Lämna tomt för att rensa.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Inte tillämpad: %1</translation>
    </message>
    <message>
        <source>Case Keeper's own value changed since you corrected it.</source>
        <translation>Case Keepers eget värde har ändrats sedan du rättade det.</translation>
    </message>
    <message>
        <source>If Klarna's hours, numbers, addresses or time limits for your country are wrong here, correct them. Your corrections stay in your own data and are marked “your correction”.</source>
        <translation>Om Klarnas öppettider, nummer, adresser eller tidsfrister för ditt land är fel här kan du rätta dem. Dina rättelser sparas i dina egna data och märks ”din rättelse”.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Shipped value</source>
        <translation>Medföljande värde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Your corrections</source>
        <translation>Dina rättelser</translation>
    </message>
    <message>
        <source>No corrections yet: Case Keeper's own values are used.</source>
        <translation>Inga rättelser än: Case Keepers egna värden används.</translation>
    </message>
    <message>
        <source>Correct Klarna's details</source>
        <translation>Rätta uppgifter om Klarna</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>%1, %2, %3 and %4</source>
        <translation>%1, %2, %3 och %4</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n kontakt</numerusform><numerusform>%n kontakter</numerusform></translation></message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation><numerusform>%n löfte</numerusform><numerusform>%n löften</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stage changes</source>
        <translation><numerusform>%n stegbyte</numerusform><numerusform>%n stegbyten</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n bilaga</numerusform><numerusform>%n bilagor</numerusform></translation></message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example {example} or 2026-12-31</source>
        <translation>till exempel {example}</translation>
    </message>
    <message>
        <source>unknown ({hint})</source>
        <translation>okänt ({hint})</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Okänt datum</translation>
    </message>
    <message>
        <source>Type a date, for example {example}.</source>
        <translation>Skriv ett datum, till exempel {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists. Type it like {example} or 2026-12-31 (years 1990 to 2100).</source>
        <translation>”{text}” är inget datum som finns. Skriv det som {example} (år 1990 till 2100).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type it like 14:30.</source>
        <translation>”{text}” är ingen tid. Skriv den som 14:30.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(impossible date, written outside Case Keeper: correct it)</source>
        <translation>(omöjligt datum, skrivet utanför Case Keeper: rätta det)</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Vem ska agera</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Not applicable (case closed)</source>
        <translation>Gäller inte (ärendet är avslutat)</translation>
    </message>
    <message numerus="yes">
        <source>(%n days)</source>
        <translation><numerusform>(%n dag)</numerusform><numerusform>(%n dagar)</numerusform></translation></message>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Deadlines are worked out from the steps and contacts you log, using the rules for the case's country. Each rule names its source; check the ones marked “not verified”.</source>
        <translation>Tidsfristerna räknas fram utifrån stegen och kontakterna du registrerar, med reglerna för ärendets land. Varje regel anger sin källa; kontrollera dem som är märkta ”inte bekräftad”.</translation>
    </message>
</context>
<context>
    <name>DeleteCase</name>
    <message>
        <source>Delete this case?</source>
        <translation>Ta bort ärendet?</translation>
    </message>
    <message>
        <source>“%1” goes to the trash with everything it holds: %2.</source>
        <translation>”%1” flyttas till papperskorgen med allt innehåll: %2.</translation>
    </message>
    <message>
        <source>You can restore it from Edit &gt; Trash, or delete it forever there. Backups keep their own copies, under their own retention.</source>
        <translation>Du kan återställa det via Redigera &gt; Papperskorg eller ta bort det för gott där. Säkerhetskopior behåller sina egna kopior enligt sin egen lagringstid.</translation>
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation>&amp;Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>&amp;Behåll ärendet</translation>
    </message>
    <message>
        <source>Case moved to the trash: %1</source>
        <translation>Ärendet flyttades till papperskorgen: %1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Revert</source>
        <translation>Ångra ändringar</translation>
    </message>
    <message>
        <source>Save the case's details (Ctrl+S)</source>
        <translation>Spara ärendets uppgifter (Ctrl+S)</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Du har osparade ändringar.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Slänga det du skrivit?</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>Det du skrivit i formuläret är inte sparat. Stänga och förlora det?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>E&amp;xport dossier…</source>
        <translation>E&amp;xportera sammanställning…</translation>
    </message>
    <message>
        <source>A PDF file of the case for an ombudsman, a bank or a court (Ctrl+Shift+E)</source>
        <translation>En PDF-fil av ärendet för en tvistlösningsnämnd, en bank eller en domstol (Ctrl+Skift+E)</translation>
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation>Exportera frister till &amp;kalendern…</translation>
    </message>
    <message>
        <source>Export this case's deadlines to ca&amp;lendar…</source>
        <translation>Exportera ärendets frister till ka&amp;lendern…</translation>
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Skriv ett brev…</translation>
    </message>
    <message>
        <source>Draft a letter to Klarna from the case</source>
        <translation>Skriv ett utkast till ett brev till Klarna utifrån ärendet</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Förfaller</translation>
    </message>
    <message>
        <source>What is due across your open cases (Ctrl+D)</source>
        <translation>Det som förfaller i dina öppna ärenden (Ctrl+D)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Correct these details if they are wrong for you</source>
        <translation>Rätta de här uppgifterna om de är fel för dig</translation>
    </message>
    <message>
        <source>Remind me when it opens</source>
        <translation>Påminn mig när det öppnar</translation>
    </message>
    <message>
        <source>Cancel the reminder</source>
        <translation>Avbryt påminnelsen</translation>
    </message>
    <message>
        <source>You asked to be reminded when it opens; click to cancel that reminder</source>
        <translation>Du bad om en påminnelse när det öppnar; klicka för att avbryta påminnelsen</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <translation>Spara kalenderfilen som</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar program to add the deadlines.</source>
        <translation>%1 har sparats. Öppna filen i ditt kalenderprogram för att lägga till tidsfristerna.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Släpp filer här för att bifoga dem</translation>
    </message>
    <message>
        <source>Drop files here to attach them, or</source>
        <translation>Släpp filer här för att bifoga dem, eller</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Välj filer…</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>Försenade (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>I dag (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Den här veckan (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Senare (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Vem ska agera</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
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
        <translation>Du</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>okänt land</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Vad som förfaller</translation>
    </message>
    <message>
        <source>Deadlines due across your open cases</source>
        <translation>Tidsfrister som förfaller i dina öppna ärenden</translation>
    </message>
    <message>
        <source>Nothing is due in your open cases.</source>
        <translation>Inget förfaller i dina öppna ärenden.</translation>
    </message>
    <message>
        <source>Double-click a deadline to open its case.</source>
        <translation>Dubbelklicka på en tidsfrist för att öppna dess ärende.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Your data is safe. The details were written to the log file; please report the problem.</source>
        <translation>Något gick fel och åtgärden slutfördes inte. Dina data är säkra. Detaljerna har skrivits till loggfilen; rapportera gärna problemet.</translation>
    </message>
</context>
<context>
    <name>Escalate</name>
    <message>
        <source>Who handles it</source>
        <translation>Vem som hanterar det</translation>
    </message>
    <message>
        <source>How to ask</source>
        <translation>Hur du begär det</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>What it must contain</source>
        <translation>Vad det måste innehålla</translation>
    </message>
    <message>
        <source>Their clock</source>
        <translation>Deras tidsfrist</translation>
    </message>
    <message>
        <source>no clock stated</source>
        <translation>ingen tidsfrist angiven</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>senast kontrollerat %1</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalera</translation>
    </message>
    <message>
        <source>Steps of the ladder</source>
        <translation>Stegen i trappan</translation>
    </message>
    <message>
        <source>(you are here)</source>
        <translation>(du är här)</translation>
    </message>
    <message>
        <source>← suggested</source>
        <translation>← föreslås</translation>
    </message>
    <message>
        <source>What this step needs</source>
        <translation>Vad steget kräver</translation>
    </message>
    <message>
        <source>Why this step is suggested</source>
        <translation>Varför steget föreslås</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>&amp;Record this step</source>
        <translation>&amp;Registrera steget</translation>
    </message>
    <message>
        <source>The complaint ladder for this country:</source>
        <translation>Klagomålstrappan för det här landet:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Choose a case first, then drop the files again.</source>
        <translation>Välj ett ärende först och släpp sedan filerna igen.</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Välj filer att bifoga</translation>
    </message>
    <message>
        <source>%1 is a program or script. It is kept as evidence but Case Keeper will not open it; never run it.</source>
        <translation>%1 är ett program eller skript. Det sparas som bevis men Case Keeper öppnar det inte; kör det aldrig.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files. A copy named %2 is in %3; open it with a program of your choice.</source>
        <translation>Inget program på den här datorn öppnar %1-filer. En kopia med namnet %2 finns i %3; öppna den med valfritt program.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown; the copy %2 is there.</source>
        <translation>Mappen %1 kunde inte visas; kopian %2 finns där.</translation>
    </message>
    <message>
        <source>A copy of %1 could not be made to open it: %2</source>
        <translation>Det gick inte att göra en kopia av %1 för att öppna den: %2</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Kontrollsumma (SHA-256)</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Visa i &amp;mapp</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Change the title, the document date or the contact this exhibit belongs to</source>
        <translation>Ändra rubriken, dokumentdatumet eller kontakten som bilagan hör till</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Flytta till &amp;papperskorgen</translation>
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation>Redigera bilaga %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(ingen kontakt)</translation>
    </message>
    <message>
        <source>File: %1 (the file and its fingerprint never change)</source>
        <translation>Fil: %1 (filen och dess kontrollsumma ändras aldrig)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>Document &amp;date</source>
        <translation>Dokument&amp;datum</translation>
    </message>
    <message>
        <source>Belongs to the &amp;contact</source>
        <translation>Hör till &amp;kontakten</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Ljudinspelning</translation>
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
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>ExportDossier</name>
    <message>
        <source>Export dossier</source>
        <translation>Exportera sammanställning</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportförlopp</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Avbryt exporten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>A PDF file of the case “%1” for an ombudsman, a bank or a court.</source>
        <translation>En PDF-fil av ärendet ”%1” för en tvistlösningsnämnd, en bank eller en domstol.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportera ändå</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Spara sammanställningen som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation>Välj först var sammanställningen ska sparas.</translation>
    </message>
    <message>
        <source>Preparing the dossier…</source>
        <translation>Förbereder sammanställningen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message numerus="yes">
        <source>The dossier is ready: %1 (%n pages).</source>
        <translation><numerusform>Sammanställningen är klar: %1 (%n sida).</numerusform><numerusform>Sammanställningen är klar: %1 (%n sidor).</numerusform></translation></message>
    <message>
        <source>Some original files were too large to go inside the PDF; they are in %1, beside it. Send both files together.</source>
        <translation>Några originalfiler var för stora för PDF-filen; de ligger bredvid den i %1. Skicka båda filerna tillsammans.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Sammanställningens språk</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Hela ärendet</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Endast från</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Include the exhibits (documents and photos)</source>
        <translation>Ta med bilagorna (dokument och foton)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Hide personal details (redaction)</source>
        <translation>Dölj personuppgifter (maskering)</translation>
    </message>
    <message>
        <source>Masks e-mail addresses, phone numbers, IBAN and account numbers, and your own name, address and e-mail in the pages of the dossier.</source>
        <translation>Maskerar e-postadresser, telefonnummer, IBAN och kontonummer samt ditt eget namn, din adress och e-post på sammanställningens sidor.</translation>
    </message>
    <message>
        <source>Other words to hide, one per line</source>
        <translation>Andra ord att dölja, ett per rad</translation>
    </message>
    <message>
        <source>Attach only the original files in which nothing had to be hidden</source>
        <translation>Bifoga bara originalfiler där inget behövde döljas</translation>
    </message>
    <message>
        <source>Attach no original files</source>
        <translation>Bifoga inga originalfiler</translation>
    </message>
    <message>
        <source>Attach all original files (they still show what the pages hide)</source>
        <translation>Bifoga alla originalfiler (de visar fortfarande det som sidorna döljer)</translation>
    </message>
    <message>
        <source>Original files cannot be masked. Which ones should go with the dossier?</source>
        <translation>Originalfiler kan inte maskeras. Vilka ska följa med sammanställningen?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Case Keeper user guide</source>
        <translation>Användarguide för Case Keeper</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Sök i guiden…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Sök i guiden</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Ingen träff</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>%1: öppet</translation>
    </message>
    <message>
        <source>%1, opens at</source>
        <translation>%1, öppnar kl.</translation>
    </message>
    <message>
        <source>%1, opens again at</source>
        <translation>%1, öppnar igen kl.</translation>
    </message>
    <message>
        <source>%1, closes at</source>
        <translation>%1, stänger kl.</translation>
    </message>
    <message>
        <source>%1, closes again at</source>
        <translation>%1, stänger igen kl.</translation>
    </message>
    <message>
        <source>%1, a second period (after a break)</source>
        <translation>%1, en andra period (efter en paus)</translation>
    </message>
    <message>
        <source>Hours not &amp;known</source>
        <translation>Öppettider &amp;okända</translation>
    </message>
    <message>
        <source>Case Keeper then never says whether it is open.</source>
        <translation>Case Keeper säger då aldrig om det är öppet.</translation>
    </message>
    <message>
        <source>Closed on public &amp;holidays</source>
        <translation>Stängt på &amp;helgdagar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Break, then</source>
        <translation>Paus, sedan</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>00:00 in “To” means midnight: from 00:00 to 00:00 is open all day.</source>
        <translation>00:00 i ”Till” betyder midnatt: från 00:00 till 00:00 är öppet hela dagen.</translation>
    </message>
    <message>
        <source>On %1 a period closes before it opens: change its “to” time (00:00 means midnight).</source>
        <translation>%1: en period stänger innan den öppnar. Ändra dess ”till”-tid (00:00 betyder midnatt).</translation>
    </message>
    <message>
        <source>On %1 the second period starts before the first one ends: change its “from” time.</source>
        <translation>%1: den andra perioden börjar innan den första slutar. Ändra dess ”från”-tid.</translation>
    </message>
    <message>
        <source>These hours use more of the OpenStreetMap syntax than the rows can show (for example months, exceptions or notes). They are kept as they are in the Advanced field below: change them there, or clear that field to start again with the rows.</source>
        <translation>De här öppettiderna använder mer av OpenStreetMap-syntaxen än raderna kan visa (till exempel månader, undantag eller anteckningar). De sparas som de är i fältet Avancerat nedan: ändra dem där, eller töm fältet för att börja om med raderna.</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Give the case a short title, for example “Coat never delivered”.</source>
        <translation>Ge ärendet en kort rubrik, till exempel ”Jackan levererades aldrig”.</translation>
    </message>
    <message>
        <source>Write a positive amount with at most two decimals, for example 129,99.</source>
        <translation>Skriv ett positivt belopp med högst två decimaler, till exempel 129,99.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, GBP or SEK.</source>
        <translation>Använd en valutakod med tre bokstäver, till exempel SEK, EUR eller GBP.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as FR, BE, DE or GB.</source>
        <translation>Använd en landskod med två bokstäver, till exempel SE, FR, DE eller GB.</translation>
    </message>
    <message>
        <source>Choose a date between 1990 and 2100.</source>
        <translation>Välj ett datum mellan 1990 och 2100.</translation>
    </message>
    <message>
        <source>Choose a date and time between 1990 and 2100.</source>
        <translation>Välj datum och tid mellan 1990 och 2100.</translation>
    </message>
    <message>
        <source>Give a whole number of minutes between 0 and 1440.</source>
        <translation>Ange ett helt antal minuter mellan 0 och 1440.</translation>
    </message>
    <message>
        <source>Say what they promised, or clear the due date.</source>
        <translation>Ange vad de lovade, eller rensa förfallodatumet.</translation>
    </message>
    <message>
        <source>This text is too long or contains characters that cannot be kept.</source>
        <translation>Texten är för lång eller innehåller tecken som inte kan sparas.</translation>
    </message>
    <message>
        <source>“%1” reads as %2, with more than two decimals. For a thousand or more, type it like %3, or without separators.</source>
        <translation>”%1” blir %2, med fler än två decimaler. För tusen eller mer skriver du det som %3, eller utan avgränsare.</translation>
    </message>
    <message>
        <source>Type a positive amount with at most two decimals, like %1 or %2.</source>
        <translation>Skriv ett positivt belopp med högst två decimaler, till exempel %1 eller %2.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Add a &amp;promise…</source>
        <translation>Lägg till ett &amp;löfte…</translation>
    </message>
    <message>
        <source>Record a promise Klarna made, in a contact already logged or on its own</source>
        <translation>Registrera ett löfte från Klarna, i en redan registrerad kontakt eller separat</translation>
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Markera som &amp;hållet…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Markera som &amp;brutet…</translation>
    </message>
    <message>
        <source>Set back to &amp;pending</source>
        <translation>Återställ till &amp;väntande</translation>
    </message>
    <message>
        <source>Move the promise to the trash</source>
        <translation>Flytta löftet till papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Add a &amp;promise to this contact…</source>
        <translation>Lägg till ett &amp;löfte i kontakten…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Flytta till &amp;papperskorgen</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Löfte: %1</translation>
    </message>
    <message>
        <source>Step changed.</source>
        <translation>Steget har ändrats.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Help centre</source>
        <translation>Hjälpcenter</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Klarna-appen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Supervisor asked for</source>
        <translation>Chef begärd</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Formal complaint</source>
        <translation>Formellt klagomål</translation>
    </message>
    <message>
        <source>Internal reviewer</source>
        <translation>Klagomålsansvarig</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Extern tvistlösning</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Domstol</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>confirmed on a Klarna or official page</source>
        <translation>bekräftat på en sida från Klarna eller en myndighet</translation>
    </message>
    <message>
        <source>from a consumer guide, not confirmed by Klarna</source>
        <translation>från en konsumentguide, inte bekräftat av Klarna</translation>
    </message>
    <message>
        <source>inferred from another country's rules, not confirmed</source>
        <translation>härlett från ett annat lands regler, inte bekräftat</translation>
    </message>
    <message>
        <source>not confirmed: no source found</source>
        <translation>inte bekräftat: ingen källa hittades</translation>
    </message>
    <message>
        <source>from your own records</source>
        <translation>från dina egna uppgifter</translation>
    </message>
    <message>
        <source>They promised something</source>
        <translation>Löfte lämnat</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalerat</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslaget</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Vidarekopplad</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Holding reply: Klarna needs more time</source>
        <translation>Preliminärt svar: Klarna behöver mer tid</translation>
    </message>
    <message>
        <source>Klarna's final response</source>
        <translation>Klarnas slutliga svar</translation>
    </message>
    <message>
        <source>Your letter was received (delivery or receipt)</source>
        <translation>Brevet mottaget (leverans eller mottagningsbevis)</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Människa</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Chattbot</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Osäker</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Closed, not resolved</source>
        <translation>Avslutat, inte löst</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>väntande</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>hållet</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>brutet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Hållen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Överskriden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Goods not received</source>
        <translation>Varan inte mottagen</translation>
    </message>
    <message>
        <source>Damaged or not as described</source>
        <translation>Skadad eller inte som beskriven</translation>
    </message>
    <message>
        <source>Return not registered</source>
        <translation>Retur inte registrerad</translation>
    </message>
    <message>
        <source>Refund not received</source>
        <translation>Återbetalning inte mottagen</translation>
    </message>
    <message>
        <source>Payment not allocated</source>
        <translation>Betalning inte registrerad</translation>
    </message>
    <message>
        <source>Unauthorised purchase</source>
        <translation>Obehörigt köp</translation>
    </message>
    <message>
        <source>Debt collection letter</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <source>Account or login problem</source>
        <translation>Problem med konto eller inloggning</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>Pay in 3 or 4</source>
        <translation>Dela upp i 3 eller 4</translation>
    </message>
    <message>
        <source>Pay in 30 days</source>
        <translation>Betala inom 30 dagar</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Delbetalning</translation>
    </message>
    <message>
        <source>Klarna Card</source>
        <translation>Klarna-kort</translation>
    </message>
    <message>
        <source>Other or not sure</source>
        <translation>Annat eller osäker</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Formal complaint</source>
        <translation>Formellt klagomål</translation>
    </message>
    <message>
        <source>Request for a final response</source>
        <translation>Begäran om slutligt svar</translation>
    </message>
    <message>
        <source>Reminder of a broken promise</source>
        <translation>Påminnelse om ett brutet löfte</translation>
    </message>
    <message>
        <source>Referral to Klarna's internal reviewer</source>
        <translation>Hänskjutande till Klarnas klagomålsansvarig</translation>
    </message>
    <message>
        <source>Request for your personal data (GDPR art. 15)</source>
        <translation>Begäran om registerutdrag (artikel 15 GDPR)</translation>
    </message>
    <message>
        <source>Cover note for the ombudsman or external body</source>
        <translation>Följebrev till tvistlösningsnämnden eller annat externt organ</translation>
    </message>
    <message>
        <source>No address is known for this recipient in your country's rules: complete it before sending.</source>
        <translation>Ingen adress är känd för mottagaren i ditt lands regler: fyll i den innan du skickar.</translation>
    </message>
    <message>
        <source>Send it through Klarna's customer service (%1), the route of your country's rules (%2).</source>
        <translation>Skicka det via Klarnas kundservice (%1), den väg som reglerna för ditt land anger (%2).</translation>
    </message>
    <message>
        <source>Recipient's address from your country's rules (checked). Source: %1</source>
        <translation>Mottagarens adress från ditt lands regler (kontrollerad). Källa: %1</translation>
    </message>
    <message>
        <source>The recipient's address is not verified for your country: check it before sending. Source: %1</source>
        <translation>Mottagarens adress är inte bekräftad för ditt land: kontrollera den innan du skickar. Källa: %1</translation>
    </message>
    <message>
        <source>address from a third-party guide, not confirmed by Klarna</source>
        <translation>adress från en guide av tredje part, inte bekräftad av Klarna</translation>
    </message>
    <message>
        <source>Or by registered post, as an option: %1 (%2).</source>
        <translation>Eller, om du vill, med rekommenderat brev: %1 (%2).</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Skriv ett brev</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Typ av brev</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Brevets språk</translation>
    </message>
    <message>
        <source>The promise</source>
        <translation>Löftet</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Brev</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Löfte</translation>
    </message>
    <message>
        <source>Case Keeper prepares a draft from your case. Read it and change anything you want: you decide whether to send it, and you send it yourself.</source>
        <translation>Case Keeper skriver ett utkast utifrån ditt ärende. Läs det och ändra vad du vill: du bestämmer om det ska skickas, och du skickar det själv.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Spara som text…</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Kopiera som text</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Markera som skickat…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>You changed this letter. A new draft will replace your changes. Continue?</source>
        <extracomment>asks "lose your changes?" with the question given; tests replace it</extracomment>
        <translation>Du har ändrat brevet. Ett nytt utkast ersätter dina ändringar. Fortsätta?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Slänga dina ändringar?</translation>
    </message>
    <message>
        <source>You changed this letter but have not saved, copied or sent it. Close it and lose your changes?</source>
        <translation>Du har ändrat brevet men inte sparat, kopierat eller skickat det. Stänga och förlora ändringarna?</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Spara brevet som</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparat som %1.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Brevet finns i urklipp.</translation>
    </message>
    <message>
        <source>Logged in the timeline as sent.</source>
        <translation>Registrerat som skickat i tidslinjen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Recipient, one line each</source>
        <translation>Mottagare, en rad per uppgift</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Brevets text</translation>
    </message>
    <message>
        <source>Enclosures, one per line</source>
        <translation>Bilagor, en per rad</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Ämne</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation>B&amp;ilagor</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Markera som skickat</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Skickat den</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Skickat med</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Kollinummer</translation>
    </message>
    <message>
        <source>for example 1A00112233445</source>
        <translation>till exempel 1A00112233445</translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation>Skickat &amp;den</translation>
    </message>
    <message>
        <source>Sent &amp;by</source>
        <translation>Skickat &amp;med</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Kollinummer</translation>
    </message>
</context>
<context>
    <name>LiveCall</name>
    <message>
        <source>Call &amp;Klarna…</source>
        <translation>Ring &amp;Klarna…</translation>
    </message>
    <message>
        <source>Call mode: the number, your references, timers and notes; the call is logged when you hang up</source>
        <translation>Samtalsläge: numret, dina referenser, tidtagning och anteckningar; samtalet registreras när du lägger på</translation>
    </message>
    <message>
        <source>Live c&amp;hat with Klarna…</source>
        <translation>C&amp;hatta med Klarna…</translation>
    </message>
    <message>
        <source>Chat mode: timer and notes; paste the transcript at the end and the chat is logged</source>
        <translation>Chattläge: tidtagning och anteckningar; klistra in chattloggen i slutet så registreras chatten</translation>
    </message>
    <message>
        <source>Call mode…</source>
        <translation>Samtalsläge…</translation>
    </message>
    <message>
        <source>Chat mode…</source>
        <translation>Chattläge…</translation>
    </message>
    <message>
        <source>A small window on top with your references, timers and notes; logs the contact at the end</source>
        <translation>Ett litet fönster överst med dina referenser, tidtagning och anteckningar; registrerar kontakten i slutet</translation>
    </message>
    <message>
        <source>Call Klarna</source>
        <translation>Ring Klarna</translation>
    </message>
    <message>
        <source>Chat with Klarna</source>
        <translation>Chatta med Klarna</translation>
    </message>
    <message>
        <source>Your references</source>
        <translation>Dina referenser</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Ha till hands</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Tidtagning</translation>
    </message>
    <message>
        <source>An &amp;agent answered</source>
        <translation>En &amp;handläggare svarade</translation>
    </message>
    <message>
        <source>An &amp;agent joined</source>
        <translation>En &amp;handläggare anslöt</translation>
    </message>
    <message>
        <source>What they say, as it is said</source>
        <translation>Vad de säger, ordagrant</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <source>A&amp;gent's name</source>
        <translation>Handläggarens &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Reference given</source>
        <translation>Angiven &amp;referens</translation>
    </message>
    <message>
        <source>&amp;Transcript (paste it at the end)</source>
        <translation>&amp;Chattlogg (klistra in den i slutet)</translation>
    </message>
    <message>
        <source>Trans&amp;ferred</source>
        <translation>&amp;Vidarekopplad</translation>
    </message>
    <message>
        <source>Asked for a &amp;supervisor</source>
        <translation>Bad om en &amp;chef</translation>
    </message>
    <message>
        <source>&amp;Hang up and log the call</source>
        <translation>&amp;Lägg på och registrera samtalet</translation>
    </message>
    <message>
        <source>&amp;End and log the chat</source>
        <translation>&amp;Avsluta och registrera chatten</translation>
    </message>
    <message>
        <source>(not in the case yet)</source>
        <translation>(inte i ärendet än)</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Väntar %1</translation>
    </message>
    <message>
        <source>Talking %1 (waited %2)</source>
        <translation>Samtal %1 (väntade %2)</translation>
    </message>
    <message>
        <source>I was transferred.</source>
        <translation>Jag blev vidarekopplad.</translation>
    </message>
    <message>
        <source>I asked for a supervisor.</source>
        <translation>Jag bad om en chef.</translation>
    </message>
    <message>
        <source>Close without logging? The times and notes will be lost; the button at the bottom logs them.</source>
        <translation>Stänga utan att registrera? Tiderna och anteckningarna går förlorade; knappen längst ned registrerar dem.</translation>
    </message>
    <message>
        <source>Klarna reference</source>
        <translation>Klarna-referens</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Reference of %1</source>
        <translation>Referens från %1</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>Kontots e-post</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Köpdatum</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Handlare</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>Vad du begär</translation>
    </message>
    <message>
        <source>Waiting times by weekday and hour</source>
        <translation>Väntetider per veckodag och timme</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Bästa tid att ringa</translation>
    </message>
    <message numerus="yes">
        <source>From your %n logged calls, the shortest waits were on %2 around %3 (about %4 min). Next time the line is open then: %5.</source>
        <translation><numerusform>Enligt ditt %n registrerade samtal var väntetiden kortast på %2 runt %3 (cirka %4 min). Nästa gång linjen är öppen då: %5.</numerusform><numerusform>Enligt dina %n registrerade samtal var väntetiden kortast på %2 runt %3 (cirka %4 min). Nästa gång linjen är öppen då: %5.</numerusform></translation></message>
    <message numerus="yes">
        <source>From your %n logged calls: none of the times you called is open in the coming week.</source>
        <translation><numerusform>Enligt ditt %n registrerade samtal: tiden då du ringde är inte öppen den kommande veckan.</numerusform><numerusform>Enligt dina %n registrerade samtal: ingen av tiderna då du ringde är öppen den kommande veckan.</numerusform></translation></message>
    <message>
        <source>Average waiting minutes per weekday and hour (your time); a few calls are only a hint.</source>
        <translation>Genomsnittlig väntetid i minuter per veckodag och timme (din tid); några få samtal ger bara en fingervisning.</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>the name they gave, if any</source>
        <translation>namnet de angav, om något</translation>
    </message>
    <message>
        <source>case or ticket number they gave</source>
        <translation>ärende- eller ticketnummer de angav</translation>
    </message>
    <message>
        <source>Paste the chat transcript here</source>
        <translation>Klistra in chattloggen här</translation>
    </message>
    <message>
        <source>for example: refund within 5 working days</source>
        <translation>till exempel: återbetalning inom 5 arbetsdagar</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigera kontakt</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrera en kontakt</translation>
    </message>
    <message>
        <source>Save and log &amp;another</source>
        <translation>Spara och registrera &amp;en till</translation>
    </message>
    <message>
        <source>I contacted Klarna</source>
        <translation>Jag kontaktade Klarna</translation>
    </message>
    <message>
        <source>Klarna contacted me</source>
        <translation>Klarna kontaktade mig</translation>
    </message>
    <message>
        <source>I asked for a human</source>
        <translation>Jag bad om en människa</translation>
    </message>
    <message>
        <source>I asked for a supervisor</source>
        <translation>Jag bad om en chef</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Attach the proof of posting…</source>
        <translation>Bifoga inlämningskvittot…</translation>
    </message>
    <message>
        <source>What was said, in your own words</source>
        <translation>Vad som sades, med dina egna ord</translation>
    </message>
    <message>
        <source>The date a letter to you asks you to answer or pay by, such as a debt collector's deadline: it becomes your own deadline.</source>
        <translation>Datumet då ett brev till dig kräver svar eller betalning, till exempel ett inkassobolags tidsfrist: det blir din egen tidsfrist.</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Filer att bifoga</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Riktning</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <source>Bot or human</source>
        <translation>Chattbot eller människa</translation>
    </message>
    <message>
        <source>Trans&amp;ferred to</source>
        <translation>&amp;Vidarekopplad till</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Re&amp;ferens</translation>
    </message>
    <message>
        <source>&amp;Number dialled</source>
        <translation>&amp;Slaget nummer</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Samtalslängd</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Chattlogg</translation>
    </message>
    <message>
        <source>Trac&amp;king number</source>
        <translation>K&amp;ollinummer</translation>
    </message>
    <message>
        <source>E-mail s&amp;ubject</source>
        <translation>E-postens &amp;ämne</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Vad som &amp;hände</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>Answer or pay by</source>
        <translation>Svara eller betala senast</translation>
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation>De &amp;lovade</translation>
    </message>
    <message>
        <source>Promise d&amp;ue on</source>
        <translation>Löftet &amp;förfaller</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Välj filer att bifoga</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>&amp;Import e-mails…</source>
        <translation>&amp;Importera e-post…</translation>
    </message>
    <message>
        <source>Turn saved e-mails (.eml, Outlook .msg, mbox) into contacts with their attachments as exhibits</source>
        <translation>Gör sparade e-postmeddelanden (.eml, Outlook .msg, mbox) till kontakter, med deras bifogade filer som bilagor</translation>
    </message>
    <message>
        <source>I wrote to Klarna</source>
        <translation>Jag skrev till Klarna</translation>
    </message>
    <message>
        <source>Klarna wrote to me</source>
        <translation>Klarna skrev till mig</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Riktning</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Skickat</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszon</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ammanfattning</translation>
    </message>
    <message>
        <source>Choose e-mails to import</source>
        <translation>Välj e-post att importera</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>E-post (*.eml *.msg *.mbox *.mbx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose a case first, then import the e-mails again.</source>
        <translation>Välj ett ärende först och importera sedan e-posten igen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <source>Import e-mails</source>
        <translation>Importera e-post</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Läser meddelandena…</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>S&amp;luta läsa</translation>
    </message>
    <message>
        <source>Messages to import</source>
        <translation>Meddelanden att importera</translation>
    </message>
    <message>
        <source>Notes and refused messages</source>
        <translation>Anteckningar och avvisade meddelanden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Saving contact %1 of %2…</source>
        <translation>Sparar kontakt %1 av %2…</translation>
    </message>
    <message>
        <source>Reading message %1 of %2…</source>
        <translation>Läser meddelande %1 av %2…</translation>
    </message>
    <message>
        <source>Reading was stopped: nothing will be imported. Close this window, or choose the files again.</source>
        <translation>Läsningen stoppades: inget kommer att importeras. Stäng fönstret eller välj filerna igen.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts will be created. Check each one and correct what is wrong, then Import.</source>
        <translation><numerusform>%n kontakt skapas. Kontrollera den, rätta det som är fel och klicka sedan på Importera.</numerusform><numerusform>%n kontakter skapas. Kontrollera var och en, rätta det som är fel och klicka sedan på Importera.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n messages cannot be imported (listed on the right); the others are imported only if you click Import.</source>
        <translation><numerusform>%n meddelande kan inte importeras (listas till höger); de andra importeras bara om du klickar på Importera.</numerusform><numerusform>%n meddelanden kan inte importeras (listas till höger); de andra importeras bara om du klickar på Importera.</numerusform></translation></message>
    <message numerus="yes">
        <source>Also make the %n instalments stated in “%2” the case's payment plan (it replaces the current one)</source>
        <translation><numerusform>Gör också den %n delbetalning som anges i ”%2” till ärendets betalplan (ersätter den nuvarande)</numerusform><numerusform>Gör också de %n delbetalningar som anges i ”%2” till ärendets betalplan (ersätter den nuvarande)</numerusform></translation></message>
    <message>
        <source>to Klarna</source>
        <translation>till Klarna</translation>
    </message>
    <message>
        <source>from Klarna</source>
        <translation>från Klarna</translation>
    </message>
    <message>
        <source>Exhibit: %1 (%2)</source>
        <translation>Bilaga: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Inget importerades: %1</translation>
    </message>
    <message>
        <source>Imported %1, with %2.</source>
        <translation>Importerade %1, med %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails as contacts</source>
        <translation><numerusform>%n e-postmeddelande som kontakt</numerusform><numerusform>%n e-postmeddelanden som kontakter</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n bilaga</numerusform><numerusform>%n bilagor</numerusform></translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ä&amp;rende</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Skapa ett nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Edit selected entry…</source>
        <translation>Re&amp;digera markerad post…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move the selected entry to the trash</source>
        <translation>Flytta den markerade posten till papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrera kontakt…</translation>
    </message>
    <message>
        <source>Log a call, chat, letter or e-mail (Ctrl+L)</source>
        <translation>Registrera ett samtal, en chatt, ett brev eller ett e-postmeddelande (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalera…</translation>
    </message>
    <message>
        <source>Take the next step of the complaint (Ctrl+E)</source>
        <translation>Ta nästa steg i klagomålet (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Bifoga filer…</translation>
    </message>
    <message>
        <source>Add documents or photos to the case</source>
        <translation>Lägg till dokument eller foton i ärendet</translation>
    </message>
    <message>
        <source>&amp;Contact Klarna…</source>
        <translation>&amp;Kontakta Klarna…</translation>
    </message>
    <message>
        <source>Phone numbers, addresses and whether Klarna is open now (Ctrl+K)</source>
        <translation>Telefonnummer, adresser och om Klarna har öppet nu (Ctrl+K)</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>A&amp;vsluta ärende…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>Öppna ärendet &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Ta bort ärende…</translation>
    </message>
    <message>
        <source>Move the case, with everything it holds, to the trash</source>
        <translation>Flytta ärendet med allt innehåll till papperskorgen</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>&amp;Nyaste först</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>How to use Case Keeper, in this window's language (F1)</source>
        <translation>Så använder du Case Keeper, på fönstrets språk (F1)</translation>
    </message>
    <message>
        <source>&amp;About Case Keeper</source>
        <translation>&amp;Om Case Keeper</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Choose or create a case first.</source>
        <translation>Välj eller skapa ett ärende först.</translation>
    </message>
    <message>
        <source>Contact changed.</source>
        <translation>Kontakten har ändrats.</translation>
    </message>
    <message>
        <source>Search all cases…</source>
        <translation>Sök i alla ärenden…</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>Sök i alla ärenden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The case details have unsaved changes. Save them?</source>
        <translation>Ärendets uppgifter har osparade ändringar. Spara dem?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a problem report</source>
        <translation>Kopiera de tekniska detaljerna för att klistra in dem i en felrapport</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Vad är problemet?</translation>
    </message>
    <message>
        <source>Something else (blank case)</source>
        <translation>Något annat (tomt ärende)</translation>
    </message>
    <message>
        <source>&amp;Create the case</source>
        <translation>&amp;Skapa ärendet</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Klarna must answer your step “%1”</source>
        <translation>Klarna måste svara på ditt steg ”%1”</translation>
    </message>
    <message>
        <source>Klarna must keep its promise</source>
        <translation>Klarna måste hålla sitt löfte</translation>
    </message>
    <message>
        <source>No rules known for this country (%1): no deadline can be worked out. Choose a supported country in the case's details.</source>
        <translation>Inga regler är kända för det här landet (%1): ingen tidsfrist kan räknas ut. Välj ett land som stöds i ärendets uppgifter.</translation>
    </message>
    <message>
        <source>Klarna should reply to your letter or message</source>
        <translation>Klarna bör svara på ditt brev eller meddelande</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation><numerusform>%n dag kvar</numerusform><numerusform>%n dagar kvar</numerusform></translation></message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation><numerusform>%n dag för sent</numerusform><numerusform>%n dagar för sent</numerusform></translation></message>
    <message>
        <source>nothing: this case is closed.</source>
        <translation>inget: ärendet är avslutat.</translation>
    </message>
    <message>
        <source>start by contacting Klarna, and log the contact.</source>
        <translation>börja med att kontakta Klarna och registrera kontakten.</translation>
    </message>
    <message>
        <source>For this problem (“%1”), the first steps are under Escalate.</source>
        <translation>För det här problemet (”%1”) finns de första stegen under Eskalera.</translation>
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation>%1 senast %2 (%3).</translation>
    </message>
    <message>
        <source>overdue since %1: %2. Consider the next step, “%3”.</source>
        <translation>försenat sedan %1: %2. Överväg nästa steg, ”%3”.</translation>
    </message>
    <message>
        <source>if the problem is not solved, the next step is “%1”.</source>
        <translation>om problemet inte är löst är nästa steg ”%1”.</translation>
    </message>
    <message>
        <source>log each contact with Klarna as it happens.</source>
        <translation>registrera varje kontakt med Klarna när den sker.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: start by contacting Klarna, and log the contact.</source>
        <translation>Inget är registrerat än: börja med att kontakta Klarna och registrera kontakten.</translation>
    </message>
    <message>
        <source>Klarna did not answer your step “%1” within %2: the answer was due on %3.</source>
        <translation>Klarna svarade inte på ditt steg ”%1” inom %2: svaret skulle ha kommit senast %3.</translation>
    </message>
    <message>
        <source>Klarna's answer to your step “%1” is due on %2. Wait for it; if it does not solve the problem, this is the next step.</source>
        <translation>Klarnas svar på ditt steg ”%1” ska komma senast %2. Vänta på det; om det inte löser problemet är det här nästa steg.</translation>
    </message>
    <message>
        <source>Klarna answered your step “%1” on %2 and the problem is not solved.</source>
        <translation>Klarna svarade på ditt steg ”%1” den %2 och problemet är inte löst.</translation>
    </message>
    <message>
        <source>The problem is not resolved.</source>
        <translation>Problemet är inte löst.</translation>
    </message>
    <message numerus="yes">
        <source>The problem is not solved after %n contacts with Klarna.</source>
        <translation><numerusform>Problemet är inte löst efter %n kontakt med Klarna.</numerusform><numerusform>Problemet är inte löst efter %n kontakter med Klarna.</numerusform></translation></message>
    <message>
        <source>Promises not kept: %1.</source>
        <translation>Löften som inte hållits: %1.</translation>
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response first: ask for it in writing.</source>
        <translation>Steget ”%1” kräver först Klarnas slutliga svar: begär det skriftligt.</translation>
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response, which has not come: this step is open to you instead.</source>
        <translation>Steget ”%1” kräver Klarnas slutliga svar, som inte har kommit: i stället kan du ta det här steget.</translation>
    </message>
    <message>
        <source>Track for this problem: %1.</source>
        <translation>Väg för det här problemet: %1.</translation>
    </message>
    <message>
        <source>Do now: %1</source>
        <translation>Gör nu: %1</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Källa: %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>&amp;Payment plan…</source>
        <translation>&amp;Betalplan…</translation>
    </message>
    <message>
        <source>The instalments of the purchase and the dispute's payment pause</source>
        <translation>Köpets delbetalningar och betalningspausen under tvisten</translation>
    </message>
    <message>
        <source>Choose a case first, then open its payment plan.</source>
        <translation>Välj ett ärende först och öppna sedan dess betalplan.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>förfaller</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betald</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausad</translation>
    </message>
    <message>
        <source>charged by Klarna</source>
        <translation>dragen av Klarna</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>återbetald</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Betalplan</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>till exempel %1</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>varannan vecka</translation>
    </message>
    <message>
        <source>every 30 days</source>
        <translation>var 30:e dag</translation>
    </message>
    <message>
        <source>&amp;Make the schedule</source>
        <translation>&amp;Skapa betalplanen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid or charged on</source>
        <translation>Betald eller dragen den</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Delbetalningar</translation>
    </message>
    <message>
        <source>the first contact</source>
        <translation>den första kontakten</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>inte förlängd</translation>
    </message>
    <message>
        <source>Total, instalments, first, rhythm</source>
        <translation>Totalt, delbetalningar, första, intervall</translation>
    </message>
    <message>
        <source>Payments &amp;paused on</source>
        <translation>Betalningar &amp;pausade den</translation>
    </message>
    <message>
        <source>Pause &amp;extended until</source>
        <translation>Paus &amp;förlängd till</translation>
    </message>
    <message>
        <source>Payments paused until %1.</source>
        <translation>Betalningarna är pausade till %1.</translation>
    </message>
    <message>
        <source>%1 is held back; it resumes then unless the pause is extended.</source>
        <translation>%1 hålls inne; betalningen fortsätter då om inte pausen förlängs.</translation>
    </message>
    <message>
        <source>Charged while the dispute is open: %1.</source>
        <translation>Dragits medan tvisten pågår: %1.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>While Case Keeper is open, remind me of a deadline (in the window, and as a system notification where there is one):</source>
        <translation>Påminn mig om en tidsfrist medan Case Keeper är öppet (i fönstret och som systemavisering där det finns):</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Samma dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation><numerusform>%n dag innan</numerusform><numerusform>%n dagar innan</numerusform></translation></message>
    <message>
        <source>The same lead times are used for calendar files.</source>
        <translation>Samma framförhållning används för kalenderfiler.</translation>
    </message>
    <message>
        <source>Also remind me while Case Keeper is closed (system notifications)</source>
        <translation>Påminn mig även när Case Keeper är stängt (systemaviseringar)</translation>
    </message>
    <message>
        <source>Asks your system to check a few times an hour; nothing leaves this computer. Turning it off removes that schedule.</source>
        <translation>Ber systemet att kontrollera några gånger i timmen; inget lämnar datorn. Stänger du av det tas schemat bort.</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Inga aviseringar från</translation>
    </message>
    <message>
        <source>until</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>Corrections to Klarna's details</source>
        <translation>Rättelser av uppgifter om Klarna</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Standardland</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation>Standard&amp;land</translation>
    </message>
    <message>
        <source>The country gives the opening hours and the complaint rules shown for new cases.</source>
        <translation>Landet styr vilka öppettider och klagomålsregler som visas för nya ärenden.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>Add a promise</source>
        <translation>Lägg till ett löfte</translation>
    </message>
    <message>
        <source>On its own (not in a logged contact)</source>
        <translation>Separat (inte i en registrerad kontakt)</translation>
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation>De &amp;lovade</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Senast</translation>
    </message>
    <message>
        <source>In the &amp;contact</source>
        <translation>I &amp;kontakten</translation>
    </message>
    <message>
        <source>Klarna's promise</source>
        <translation>Klarnas löfte</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>inget datum angivet</translation>
    </message>
    <message>
        <source>“%1” (due %2)</source>
        <translation>”%1” (förfaller %2)</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Hållet</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>&amp;Brutet</translation>
    </message>
    <message>
        <source>&amp;Pending (not settled yet)</source>
        <translation>&amp;Väntande (inte avgjort än)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>Settled in the contact</source>
        <translation>Avgjort i kontakten</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show what is due</source>
        <translation>Visa det som förfaller</translation>
    </message>
    <message>
        <source>…and %1 more in the Due view (Ctrl+D).</source>
        <translation>…och %1 till i vyn Förfaller (Ctrl+D).</translation>
    </message>
    <message>
        <source>%1: %2 by %3.</source>
        <translation>%1: %2 senast %3.</translation>
    </message>
    <message>
        <source>I will remind you when %1 opens (%2).</source>
        <translation>Jag påminner dig när %1 öppnar (%2).</translation>
    </message>
    <message>
        <source>%1 is open now.</source>
        <translation>%1 är öppet nu.</translation>
    </message>
    <message>
        <source>Case Keeper reminder</source>
        <translation>Påminnelse från Case Keeper</translation>
    </message>
    <message>
        <source>The reminder was about case %1, which is in the trash. To see it again, restore it from Edit → Trash.</source>
        <translation>Påminnelsen gällde ärende %1, som ligger i papperskorgen. Återställ det via Redigera → Papperskorg för att se det igen.</translation>
    </message>
    <message>
        <source>The reminder was about case %1, which is not in this data folder (it may have been deleted for good, or it belongs to another data folder). Nothing was changed.</source>
        <translation>Påminnelsen gällde ärende %1, som inte finns i den här datamappen (det kan ha tagits bort för gott eller höra till en annan datamapp). Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>See the copies of your data, back up now or restore</source>
        <translation>Se kopiorna av dina data, säkerhetskopiera nu eller återställ</translation>
    </message>
    <message>
        <source>Export all &amp;data…</source>
        <translation>Exportera alla &amp;data…</translation>
    </message>
    <message>
        <source>Export this &amp;case…</source>
        <translation>Exportera &amp;ärendet…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papperskorg…</translation>
    </message>
    <message>
        <source>Check data &amp;integrity…</source>
        <translation>Kontrollera data&amp;integritet…</translation>
    </message>
    <message>
        <source>Case Keeper archives (*.zip)</source>
        <translation>Case Keeper-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportera alla data</translation>
    </message>
    <message>
        <source>Export this case</source>
        <translation>Exportera ärendet</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importera ärenden</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Case Keeper copies your case file when you close it and every half hour while data changes. Restoring puts a copy back; your data as it is now is kept as a backup first.</source>
        <translation>Case Keeper kopierar din ärendefil när du stänger den och varje halvtimme medan data ändras. En återställning lägger tillbaka en kopia; dina nuvarande data sparas först som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa säkerhetskopian?</translation>
    </message>
    <message>
        <source>Your cases will be put back as they were on %1 (%2). Anything you changed after that will not be shown, but it is not lost: your data as it is now is kept as a backup first, and you can restore it in the same way.</source>
        <translation>Dina ärenden återställs till hur de var %1 (%2). Det du ändrat efter det visas inte, men det går inte förlorat: dina nuvarande data sparas först som en säkerhetskopia, och du kan återställa den på samma sätt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>The scheduled backup could not be made: %1</source>
        <translation>Den schemalagda säkerhetskopieringen kunde inte göras: %1</translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>molnlagring</translation>
    </message>
    <message>
        <source>You asked for it</source>
        <translation>Du bad om den</translation>
    </message>
    <message>
        <source>When the app closed</source>
        <translation>När appen stängdes</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Schemalagd</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Före en uppdatering</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation><numerusform>%n ärende</numerusform><numerusform>%n ärenden</numerusform></translation></message>
    <message>
        <source>Backed up on %1 (%2).</source>
        <translation>Säkerhetskopierat %1 (%2).</translation>
    </message>
    <message>
        <source>Your cases were restored from the backup %1 (%2).</source>
        <translation>Dina ärenden återställdes från säkerhetskopian %1 (%2).</translation>
    </message>
    <message>
        <source>Your data as it was just before is kept as the backup %1.</source>
        <translation>Dina data som de var strax innan sparas som säkerhetskopian %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files listed with this backup are missing; run Tools &gt; Check data integrity.</source>
        <translation><numerusform>%n bevisfil som hör till säkerhetskopian saknas; kör Verktyg &gt; Kontrollera dataintegritet.</numerusform><numerusform>%n bevisfiler som hör till säkerhetskopian saknas; kör Verktyg &gt; Kontrollera dataintegritet.</numerusform></translation></message>
    <message>
        <source>The case file</source>
        <translation>Ärendefilen</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Länkar mellan poster</translation>
    </message>
    <message>
        <source>Evidence originals (every file's fingerprint)</source>
        <translation>Bevisoriginal (varje fils kontrollsumma)</translation>
    </message>
    <message>
        <source>No stray files in the evidence folder</source>
        <translation>Inga främmande filer i bevismappen</translation>
    </message>
    <message>
        <source>The history of changes (audit log)</source>
        <translation>Ändringshistoriken (granskningslogg)</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n fil</numerusform><numerusform>%n filer</numerusform></translation></message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n post</numerusform><numerusform>%n poster</numerusform></translation></message>
    <message numerus="yes">
        <source>%n leftovers of interrupted operations, harmless: removed at the next start</source>
        <translation><numerusform>%n rest av en avbruten åtgärd, ofarlig: tas bort vid nästa start</numerusform><numerusform>%n rester av avbrutna åtgärder, ofarliga: tas bort vid nästa start</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals no exhibit refers to, harmless</source>
        <translation><numerusform>%n original som ingen bilaga hänvisar till, ofarligt</numerusform><numerusform>%n original som ingen bilaga hänvisar till, ofarliga</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files Case Keeper did not put there, left alone</source>
        <translation><numerusform>%n fil som Case Keeper inte lagt där, lämnad orörd</numerusform><numerusform>%n filer som Case Keeper inte lagt där, lämnade orörda</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files being added by another window now</source>
        <translation><numerusform>%n fil läggs till av ett annat fönster just nu</numerusform><numerusform>%n filer läggs till av ett annat fönster just nu</numerusform></translation></message>
    <message>
        <source>Every part was verified. Your data is intact.</source>
        <translation>Alla delar har kontrollerats. Dina data är intakta.</translation>
    </message>
    <message>
        <source>Problems were found. Nothing was changed.</source>
        <translation>Problem hittades. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The case file is damaged. First save what can still be read, then restore the latest good backup (File &gt; Backups…); do not delete the data folder.</source>
        <translation>Ärendefilen är skadad. Spara först det som går att läsa och återställ sedan den senaste fungerande säkerhetskopian (Arkiv &gt; Säkerhetskopior…); ta inte bort datamappen.</translation>
    </message>
    <message>
        <source>Evidence originals are missing or have changed. Put the original files back from your own copies or an export; a backup of the case file does not hold them.</source>
        <translation>Bevisoriginal saknas eller har ändrats. Lägg tillbaka originalfilerna från dina egna kopior eller en export; en säkerhetskopia av ärendefilen innehåller dem inte.</translation>
    </message>
    <message>
        <source>The records or their history do not match: something changed the case file outside Case Keeper. Your records are still readable; keep this report and ask for help.</source>
        <translation>Posterna och deras historik stämmer inte överens: något har ändrat ärendefilen utanför Case Keeper. Dina poster går fortfarande att läsa; spara rapporten och be om hjälp.</translation>
    </message>
    <message>
        <source>If you made these changes yourself on purpose, or put an older copy of the case file in place by hand, run casekeeper-cli check --accept-changes: it takes the case file as it is now as the new reference (noted in the history; no record is changed).</source>
        <translation>Om du själv har gjort ändringarna avsiktligt, eller lagt tillbaka en äldre kopia av ärendefilen för hand, kör casekeeper-cli check --accept-changes: ärendefilen som den är nu blir den nya referensen (antecknas i historiken; ingen post ändras).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n readable records to %2.</source>
        <translation><numerusform>Sparade %n läsbar post i %2.</numerusform><numerusform>Sparade %n läsbara poster i %2.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n parts could not be read completely.</source>
        <translation><numerusform>%n del kunde inte läsas helt.</numerusform><numerusform>%n delar kunde inte läsas helt.</numerusform></translation></message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>Exporterade %1 och %2 till %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation><numerusform>%n bevisfil</numerusform><numerusform>%n bevisfiler</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals were left out because they are missing or no longer match their fingerprint; the archive says so.</source>
        <translation><numerusform>%n original utelämnades eftersom det saknas eller inte längre stämmer med sin kontrollsumma; arkivet anger det.</numerusform><numerusform>%n original utelämnades eftersom de saknas eller inte längre stämmer med sin kontrollsumma; arkivet anger det.</numerusform></translation></message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Importerade %1 och %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence files</source>
        <translation><numerusform>%n ny bevisfil</numerusform><numerusform>%n nya bevisfiler</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits came without their original (missing or altered where the archive was made); Tools &gt; Check data integrity lists them.</source>
        <translation><numerusform>%n bilaga kom utan sitt original (saknades eller var ändrat där arkivet skapades); Verktyg &gt; Kontrollera dataintegritet listar den.</numerusform><numerusform>%n bilagor kom utan sina original (saknades eller var ändrade där arkivet skapades); Verktyg &gt; Kontrollera dataintegritet listar dem.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n cases were already here and were left unchanged.</source>
        <translation><numerusform>%n ärende fanns redan och lämnades oförändrat.</numerusform><numerusform>%n ärenden fanns redan och lämnades oförändrade.</numerusform></translation></message>
    <message>
        <source>Your data folder %1 seems to be inside a %2 folder. Syncing the case file while Case Keeper is open can damage it. Choose a folder outside it, and use File &gt; Export all data… to move your cases between computers.</source>
        <translation>Din datamapp %1 verkar ligga i en %2-mapp. Om ärendefilen synkas medan Case Keeper är öppet kan den skadas. Välj en mapp utanför, och använd Arkiv &gt; Exportera alla data… för att flytta dina ärenden mellan datorer.</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>inget läsbart</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n kontakt</numerusform><numerusform>%n kontakter</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n bilaga</numerusform><numerusform>%n bilagor</numerusform></translation></message>
    <message>
        <source>unknown size</source>
        <translation>okänd storlek</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Your case file is in use by another program.</source>
        <translation>Din ärendefil används av ett annat program.</translation>
    </message>
    <message>
        <source>Your case file was written by a newer version.</source>
        <translation>Din ärendefil skrevs av en nyare version.</translation>
    </message>
    <message>
        <source>This is not a Case Keeper case file.</source>
        <translation>Det här är ingen ärendefil från Case Keeper.</translation>
    </message>
    <message>
        <source>Your case file cannot be saved: it is read-only.</source>
        <translation>Din ärendefil kan inte sparas: den är skrivskyddad.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <source>Your data folder is not there.</source>
        <translation>Din datamapp finns inte.</translation>
    </message>
    <message>
        <source>Your case file is empty.</source>
        <translation>Din ärendefil är tom.</translation>
    </message>
    <message>
        <source>Your case file is missing.</source>
        <translation>Din ärendefil saknas.</translation>
    </message>
    <message>
        <source>Your case file is cut short.</source>
        <translation>Din ärendefil är avkortad.</translation>
    </message>
    <message>
        <source>Your case file is damaged.</source>
        <translation>Din ärendefil är skadad.</translation>
    </message>
    <message>
        <source>Your case file could not be opened.</source>
        <translation>Din ärendefil kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Your data is not damaged; do not restore a backup. Nothing was changed.</source>
        <translation>Dina data är inte skadade; återställ ingen säkerhetskopia. Inget har ändrats.</translation>
    </message>
    <message>
        <source>another Case Keeper window or command, a backup or sync program, or a database viewer</source>
        <translation>ett annat Case Keeper-fönster eller kommando, ett program för säkerhetskopiering eller synkning, eller ett databasverktyg</translation>
    </message>
    <message>
        <source>Case Keeper waited, but another program keeps the file open (%1). Close it, then choose Try again.</source>
        <translation>Case Keeper väntade, men ett annat program håller filen öppen (%1). Stäng det och välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>Install the Case Keeper version that wrote it (schema %1) or a later one to open it. Your data is not damaged and has not been changed; do not restore a backup, which would lose the newer work.</source>
        <translation>Installera den version av Case Keeper som skrev filen (schema %1) eller en senare för att öppna den. Dina data är inte skadade och har inte ändrats; återställ ingen säkerhetskopia, då förloras det nyare arbetet.</translation>
    </message>
    <message>
        <source>The file %1 was not made by Case Keeper; it has not been changed.</source>
        <translation>Filen %1 skapades inte av Case Keeper; den har inte ändrats.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder %1, or whether the drive is write-protected, then choose Try again.</source>
        <translation>Kontrollera behörigheterna för mappen %1, eller om enheten är skrivskyddad, och välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>Only %1 is free on the disk holding %2. Free at least %3, then choose Try again.</source>
        <translation>Bara %1 är ledigt på disken med %2. Frigör minst %3 och välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. If your cases are on a removable drive or a network folder, connect it, then choose Try again. No new, empty case file was made.</source>
        <translation>Mappen %1 hittas inte. Om dina ärenden ligger på en flyttbar enhet eller i en nätverksmapp, anslut den och välj sedan Försök igen. Ingen ny, tom ärendefil skapades.</translation>
    </message>
    <message>
        <source>The case file could not be opened; the reason is below. Nothing was changed.</source>
        <translation>Ärendefilen kunde inte öppnas; orsaken står nedan. Inget har ändrats.</translation>
    </message>
    <message>
        <source>The case file holds nothing (0 bytes): its contents were lost, for example when the disk filled or the computer stopped while it was being written.</source>
        <translation>Ärendefilen är tom (0 byte): innehållet gick förlorat, till exempel när disken blev full eller datorn stängdes av medan filen skrevs.</translation>
    </message>
    <message>
        <source>The case file is missing, although backups exist.</source>
        <translation>Ärendefilen saknas, trots att det finns säkerhetskopior.</translation>
    </message>
    <message>
        <source>The case file is cut short (%1): part of it was never written or was lost.</source>
        <translation>Ärendefilen är avkortad (%1): en del skrevs aldrig eller gick förlorad.</translation>
    </message>
    <message>
        <source>The case file cannot be read completely.</source>
        <translation>Ärendefilen kan inte läsas helt.</translation>
    </message>
    <message>
        <source>First save what can still be read (this does not change the case file).</source>
        <translation>Spara först det som fortfarande går att läsa (det ändrar inte ärendefilen).</translation>
    </message>
    <message>
        <source>No usable backup was found; keep the data folder as it is and ask for help.</source>
        <translation>Ingen användbar säkerhetskopia hittades; låt datamappen vara som den är och be om hjälp.</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 and holds %2. The current file holds %3.</source>
        <translation>Den senaste fungerande säkerhetskopian är från %1 och innehåller %2. Den nuvarande filen innehåller %3.</translation>
    </message>
    <message>
        <source>Anything added after %1 would be lost by a restore.</source>
        <translation>Allt som lagts till efter %1 skulle gå förlorat vid en återställning.</translation>
    </message>
    <message>
        <source>Check data integrity</source>
        <translation>Kontrollera dataintegritet</translation>
    </message>
    <message>
        <source>Checking the case file, the links between records, the fingerprint of every evidence file and the history of changes. Nothing is changed.</source>
        <translation>Kontrollerar ärendefilen, länkarna mellan posterna, kontrollsumman för varje bevisfil och ändringshistoriken. Inget ändras.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultat av kontrollen</translation>
    </message>
    <message>
        <source>Evidence file %1 of %2</source>
        <translation>Bevisfil %1 av %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollerad</translation>
    </message>
    <message>
        <source>Save what can still be read</source>
        <translation>Spara det som fortfarande går att läsa</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>Case Keeper cannot open your cases</source>
        <translation>Case Keeper kan inte öppna dina ärenden</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Vad som gick fel</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2).</source>
        <translation>Den senaste fungerande säkerhetskopian är från %1 (%2).</translation>
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation>Ingen användbar säkerhetskopia hittades.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>&amp;Återställ den senaste fungerande säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Save what can still be read…</source>
        <translation>&amp;Spara det som går att läsa…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Säkerhetskopian återställdes inte: %1</translation>
    </message>
</context>
<context>
    <name>StageEdit</name>
    <message>
        <source>Stage change</source>
        <translation>Stegbyte</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referens</translation>
    </message>
    <message>
        <source>&amp;Letter or message</source>
        <translation>&amp;Brev eller meddelande</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation>&amp;Flytta till papperskorgen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Klarna's phone and chat now</source>
        <translation>Klarnas telefon och chatt nu</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>Contacts, steps and files are saved as you add them</source>
        <translation>Kontakter, steg och filer sparas när du lägger till dem</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Allt är sparat</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nothing logged yet. Log your first contact with Klarna with Log contact (Ctrl+L), or attach a document by dropping it here.</source>
        <translation>Inget registrerat än. Registrera din första kontakt med Klarna med Registrera kontakt (Ctrl+L), eller bifoga ett dokument genom att släppa det här.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenat</translation>
    </message>
    <message>
        <source>promise: %1, %2</source>
        <translation>löfte: %1, %2</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistent</translation>
    </message>
    <message>
        <source>human</source>
        <translation>människa</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>chattbot</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>kolli %1</translation>
    </message>
    <message>
        <source>waited %1 min</source>
        <translation>väntade %1 min</translation>
    </message>
    <message>
        <source>call %1 min</source>
        <translation>samtal %1 min</translation>
    </message>
    <message>
        <source>asked for a human</source>
        <translation>bad om en människa</translation>
    </message>
    <message>
        <source>asked for a supervisor</source>
        <translation>bad om en chef</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Steg: %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 %2</source>
        <translation>Bevis tillagt: %1 %2</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Löfte: %1</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>&amp;Use these</source>
        <translation>&amp;Använd dessa</translation>
    </message>
    <message numerus="yes">
        <source>Found in the transcript (%n messages):</source>
        <translation><numerusform>Hittat i chattloggen (%n meddelande):</numerusform><numerusform>Hittat i chattloggen (%n meddelanden):</numerusform></translation></message>
    <message>
        <source>agent %1 (human);</source>
        <translation>handläggare %1 (människa);</translation>
    </message>
    <message>
        <source>bot %1;</source>
        <translation>chattbot %1;</translation>
    </message>
    <message>
        <source>only the bot answered;</source>
        <translation>bara chattboten svarade;</translation>
    </message>
    <message>
        <source>you asked for a human;</source>
        <translation>du bad om en människa;</translation>
    </message>
    <message>
        <source>transferred to %1;</source>
        <translation>vidarekopplad till %1;</translation>
    </message>
    <message>
        <source>references %1.</source>
        <translation>referenser %1.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Whole case</source>
        <translation>Helt ärende</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Stegbyte</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>with everything it holds</source>
        <translation>med allt innehåll</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Nothing you delete is lost: it waits here, and the dossier leaves it out until you restore it.</source>
        <translation>Inget du tar bort går förlorat: det ligger kvar här, och sammanställningen utelämnar det tills du återställer det.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Borttagna poster</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Ta bort för &amp;gott…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <source>Restored to the case “%1”.</source>
        <translation>Återställt till ärendet ”%1”.</translation>
    </message>
    <message>
        <source>The case “%1” and everything it holds: %2.</source>
        <translation>Ärendet ”%1” med allt innehåll: %2.</translation>
    </message>
    <message>
        <source>This cannot be undone. Stored files that no other case uses are deleted too. Backups keep their own copies, under their own retention.</source>
        <translation>Det går inte att ångra. Sparade filer som inget annat ärende använder tas också bort. Säkerhetskopior behåller sina egna kopior enligt sin egen lagringstid.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Ta bort för gott?</translation>
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation>&amp;Ta bort för gott</translation>
    </message>
    <message>
        <source>&amp;Keep it in the trash</source>
        <translation>&amp;Behåll i papperskorgen</translation>
    </message>
    <message>
        <source>Deleted forever: %1, %2.</source>
        <translation>Borttaget för gott: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n post</numerusform><numerusform>%n poster</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stored files</source>
        <translation><numerusform>%n sparad fil</numerusform><numerusform>%n sparade filer</numerusform></translation></message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Ångra borttagningen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>France</source>
        <translation>Frankrike</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österrike</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederländerna</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Case Keeper has no rules checked for this country yet: it uses general guidance, without opening hours or addresses.</source>
        <translation>Case Keeper har inga kontrollerade regler för det här landet än: allmänna råd används, utan öppettider eller adresser.</translation>
    </message>
    <message>
        <source>%1 (%2): general guidance only</source>
        <translation>%1 (%2): bara allmänna råd</translation>
    </message>
    <message>
        <source>Welcome to Case Keeper</source>
        <translation>Välkommen till Case Keeper</translation>
    </message>
    <message>
        <source>Case Keeper keeps the record of your dispute with Klarna: every contact, every promise, every step of the complaint and every document, on this computer only. Nothing is sent anywhere.</source>
        <translation>Case Keeper dokumenterar din tvist med Klarna: varje kontakt, varje löfte, varje steg i klagomålet och varje dokument, bara på den här datorn. Inget skickas någonstans.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ditt land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Add a sample case to see how it works</source>
        <translation>Lägg till ett exempelärende för att se hur det fungerar</translation>
    </message>
    <message>
        <source>You can delete it later.</source>
        <translation>Du kan ta bort det senare.</translation>
    </message>
    <message>
        <source>Remind me of deadlines even while Case Keeper is closed</source>
        <translation>Påminn mig om tidsfrister även när Case Keeper är stängt</translation>
    </message>
    <message>
        <source>System notifications; you can turn this off in Preferences. Nothing leaves this computer.</source>
        <translation>Systemaviseringar; du kan stänga av det i Inställningar. Inget lämnar datorn.</translation>
    </message>
    <message>
        <source>Your &amp;country</source>
        <translation>Ditt &amp;land</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
</context>
</TS>