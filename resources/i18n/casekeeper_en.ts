<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    </context>
<context>
    <name>CaseForm</name>
    </context>
<context>
    <name>CaseHeader</name>
    </context>
<context>
    <name>CaseList</name>
    </context>
<context>
    <name>CasePage</name>
    </context>
<context>
    <name>Channels</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation></message>
    </context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n things could make the dossier stronger. You can fix them first, or export anyway.</source>
        <translation><numerusform>%n thing could make the dossier stronger. You can fix it first, or export anyway.</numerusform><numerusform>%n things could make the dossier stronger. You can fix them first, or export anyway.</numerusform></translation></message>
</context>
<context>
    <name>CloseCase</name>
    </context>
<context>
    <name>ContactKlarna</name>
    </context>
<context>
    <name>Controller</name>
    </context>
<context>
    <name>Corrections</name>
    </context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation><numerusform>%n promise</numerusform><numerusform>%n promises</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stage changes</source>
        <translation><numerusform>%n stage change</numerusform><numerusform>%n stage changes</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n exhibit</numerusform><numerusform>%n exhibits</numerusform></translation></message>
</context>
<context>
    <name>DateField</name>
    </context>
<context>
    <name>Dates</name>
    </context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>(%n days)</source>
        <translation><numerusform>(%n day)</numerusform><numerusform>(%n days)</numerusform></translation></message>
    </context>
<context>
    <name>DeleteCase</name>
    </context>
<context>
    <name>Details</name>
    </context>
<context>
    <name>Discard</name>
    </context>
<context>
    <name>Documents</name>
    </context>
<context>
    <name>DropZone</name>
    </context>
<context>
    <name>Due</name>
    </context>
<context>
    <name>Errors</name>
    </context>
<context>
    <name>Escalate</name>
    </context>
<context>
    <name>Evidence</name>
    </context>
<context>
    <name>ExportDossier</name>
    <message numerus="yes">
        <source>The dossier is ready: %1 (%n pages).</source>
        <translation><numerusform>The dossier is ready: %1 (%n page).</numerusform><numerusform>The dossier is ready: %1 (%n pages).</numerusform></translation></message>
    </context>
<context>
    <name>Help</name>
    </context>
<context>
    <name>Hours</name>
    </context>
<context>
    <name>Input</name>
    </context>
<context>
    <name>Journal</name>
    </context>
<context>
    <name>Labels</name>
    </context>
<context>
    <name>Letters</name>
    </context>
<context>
    <name>LiveCall</name>
    <message numerus="yes">
        <source>From your %n logged calls, the shortest waits were on %2 around %3 (about %4 min). Next time the line is open then: %5.</source>
        <translation><numerusform>From your %n logged call, the shortest wait was on %2 around %3 (about %4 min). Next time the line is open then: %5.</numerusform><numerusform>From your %n logged calls, the shortest waits were on %2 around %3 (about %4 min). Next time the line is open then: %5.</numerusform></translation></message>
    <message numerus="yes">
        <source>From your %n logged calls: none of the times you called is open in the coming week.</source>
        <translation><numerusform>From your %n logged call: the time you called is not open in the coming week.</numerusform><numerusform>From your %n logged calls: none of the times you called is open in the coming week.</numerusform></translation></message>
    </context>
<context>
    <name>LogContact</name>
    </context>
<context>
    <name>MailImport</name>
    <message numerus="yes">
        <source>%n contacts will be created. Check each one and correct what is wrong, then Import.</source>
        <translation><numerusform>%n contact will be created. Check it and correct what is wrong, then Import.</numerusform><numerusform>%n contacts will be created. Check each one and correct what is wrong, then Import.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n messages cannot be imported (listed on the right); the others are imported only if you click Import.</source>
        <translation><numerusform>%n message cannot be imported (listed on the right); the others are imported only if you click Import.</numerusform><numerusform>%n messages cannot be imported (listed on the right); the others are imported only if you click Import.</numerusform></translation></message>
    <message numerus="yes">
        <source>Also make the %n instalments stated in “%2” the case's payment plan (it replaces the current one)</source>
        <translation><numerusform>Also make the %n instalment stated in “%2” the case's payment plan (it replaces the current one)</numerusform><numerusform>Also make the %n instalments stated in “%2” the case's payment plan (it replaces the current one)</numerusform></translation></message>
    <message numerus="yes">
        <source>%n e-mails as contacts</source>
        <translation><numerusform>%n e-mail as a contact</numerusform><numerusform>%n e-mails as contacts</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n exhibit</numerusform><numerusform>%n exhibits</numerusform></translation></message>
    </context>
<context>
    <name>MainWindow</name>
    </context>
<context>
    <name>MessageBar</name>
    </context>
<context>
    <name>NewCase</name>
    </context>
<context>
    <name>NextStep</name>
    <message numerus="yes">
        <source>%n days left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation></message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation></message>
    <message numerus="yes">
        <source>The problem is not solved after %n contacts with Klarna.</source>
        <translation><numerusform>The problem is not solved after %n contact with Klarna.</numerusform><numerusform>The problem is not solved after %n contacts with Klarna.</numerusform></translation></message>
    </context>
<context>
    <name>Plan</name>
    </context>
<context>
    <name>Preferences</name>
    <message numerus="yes">
        <source>%n days before</source>
        <translation><numerusform>%n day before</numerusform><numerusform>%n days before</numerusform></translation></message>
    </context>
<context>
    <name>Promise</name>
    </context>
<context>
    <name>Reminders</name>
    </context>
<context>
    <name>Safety</name>
    <message numerus="yes">
        <source>%n cases</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation></message>
    <message numerus="yes">
        <source>%n evidence files listed with this backup are missing; run Tools &gt; Check data integrity.</source>
        <translation><numerusform>%n evidence file listed with this backup is missing; run Tools &gt; Check data integrity.</numerusform><numerusform>%n evidence files listed with this backup are missing; run Tools &gt; Check data integrity.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation></message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation></message>
    <message numerus="yes">
        <source>%n leftovers of interrupted operations, harmless: removed at the next start</source>
        <translation><numerusform>%n leftover of an interrupted operation, harmless: removed at the next start</numerusform><numerusform>%n leftovers of interrupted operations, harmless: removed at the next start</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals no exhibit refers to, harmless</source>
        <translation><numerusform>%n original no exhibit refers to, harmless</numerusform><numerusform>%n originals no exhibit refers to, harmless</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files Case Keeper did not put there, left alone</source>
        <translation><numerusform>%n file Case Keeper did not put there, left alone</numerusform><numerusform>%n files Case Keeper did not put there, left alone</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files being added by another window now</source>
        <translation><numerusform>%n file being added by another window now</numerusform><numerusform>%n files being added by another window now</numerusform></translation></message>
    <message numerus="yes">
        <source>Saved %n readable records to %2.</source>
        <translation><numerusform>Saved %n readable record to %2.</numerusform><numerusform>Saved %n readable records to %2.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n parts could not be read completely.</source>
        <translation><numerusform>%n part could not be read completely.</numerusform><numerusform>%n parts could not be read completely.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation><numerusform>%n evidence file</numerusform><numerusform>%n evidence files</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals were left out because they are missing or no longer match their fingerprint; the archive says so.</source>
        <translation><numerusform>%n original was left out because it is missing or no longer matches its fingerprint; the archive says so.</numerusform><numerusform>%n originals were left out because they are missing or no longer match their fingerprint; the archive says so.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n new evidence files</source>
        <translation><numerusform>%n new evidence file</numerusform><numerusform>%n new evidence files</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits came without their original (missing or altered where the archive was made); Tools &gt; Check data integrity lists them.</source>
        <translation><numerusform>%n exhibit came without its original (missing or altered where the archive was made); Tools &gt; Check data integrity lists it.</numerusform><numerusform>%n exhibits came without their original (missing or altered where the archive was made); Tools &gt; Check data integrity lists them.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n cases were already here and were left unchanged.</source>
        <translation><numerusform>%n case was already here and was left unchanged.</numerusform><numerusform>%n cases were already here and were left unchanged.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n exhibit</numerusform><numerusform>%n exhibits</numerusform></translation></message>
    </context>
<context>
    <name>StageEdit</name>
    </context>
<context>
    <name>Status</name>
    </context>
<context>
    <name>Timeline</name>
    </context>
<context>
    <name>Transcript</name>
    <message numerus="yes">
        <source>Found in the transcript (%n messages):</source>
        <translation><numerusform>Found in the transcript (%n message):</numerusform><numerusform>Found in the transcript (%n messages):</numerusform></translation></message>
    </context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stored files</source>
        <translation><numerusform>%n stored file</numerusform><numerusform>%n stored files</numerusform></translation></message>
</context>
<context>
    <name>UndoBar</name>
    </context>
<context>
    <name>Welcome</name>
    </context>
</TS>