<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv">
<context>
    <name>About</name>
    <message>
        <source>About Case Keeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the record of your dispute with Klarna: contacts, promises, complaint steps, deadlines and evidence. Independent of Klarna; it does not give legal advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>for example 74,50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street and number, then postcode and town on the next line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your postal address, printed on your letters so Klarna can answer you by post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone of the case's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone of the times in your dossier and letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you &amp;want</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Klarna reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase &amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna pro&amp;duct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your postal add&amp;ress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna a&amp;ccount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;zone of documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Escalation ladder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an example case, to explore the app. It raises no reminders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the e&amp;xample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a case with New case (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Example: %1</source>
        <extracomment>set_cases was called at least once (an empty list is filled too)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promises not kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case matches “%1”. Escape clears the search.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Channels</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open now, closes %1 (in %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed, opens %1 (in %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hours unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no opening hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Log a contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before you export: what could be completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is missing: the dossier is complete.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n things could make the dossier stronger. You can fix them first, or export anyway.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
</context>
<context>
    <name>CloseCase</name>
    <message>
        <source>Close the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolved: I got what I asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not resolved: I am stopping here without a solution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: refunded on 3 December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How did it end?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can reopen the case later; nothing in it is changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say whether it is resolved or not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say in a few words how it ended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactKlarna</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(your correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna's time: %1 · Your time: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening message (edit it before you copy it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the opening message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact Klarna — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ways to reach Klarna and whether they are open now:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Details of “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>opening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset to shipped value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example: Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off (PH off = closed on public holidays; “unknown” if you do not know).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example: 14 business-days, 8 weeks, 2 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line of the address per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty to clear it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper's own value changed since you corrected it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If Klarna's hours, numbers, addresses or time limits for your country are wrong here, correct them. Your corrections stay in your own data and are marked “your correction”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your corrections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No corrections yet: Case Keeper's own values are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct Klarna's details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>%1, %2, %3 and %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n stage changes</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example {example} or 2026-12-31</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown ({hint})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a date, for example {example}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a date that exists. Type it like {example} or 2026-12-31 (years 1990 to 2100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a time. Type it like 14:30.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who must act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%n days)</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines are worked out from the steps and contacts you log, using the rules for the case's country. Each rule names its source; check the ones marked “not verified”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteCase</name>
    <message>
        <source>Delete this case?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” goes to the trash with everything it holds: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can restore it from Edit &gt; Trash, or delete it forever there. Backups keep their own copies, under their own retention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case moved to the trash: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the case's details (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>E&amp;xport dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PDF file of the case for an ombudsman, a bank or a court (Ctrl+Shift+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this case's deadlines to ca&amp;lendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft a letter to Klarna from the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is due across your open cases (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct these details if they are wrong for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me when it opens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You asked to be reminded when it opens; click to cancel that reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the calendar file as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1. Open it with your calendar program to add the deadlines.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop files here to attach them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop files here to attach them, or</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who must act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines due across your open cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is due in your open cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a deadline to open its case.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Your data is safe. The details were written to the log file; please report the problem.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Escalate</name>
    <message>
        <source>Who handles it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it must contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no clock stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps of the ladder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(you are here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this step needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this step is suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record this step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The complaint ladder for this country:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Choose a case first, then drop the files again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a program or script. It is kept as evidence but Case Keeper will not open it; never run it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program on this computer opens %1 files. A copy named %2 is in %3; open it with a program of your choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be shown; the copy %2 is there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy of %1 could not be made to open it: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the title, the document date or the contact this exhibit belongs to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no contact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1 (the file and its fingerprint never change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document &amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belongs to the &amp;contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDossier</name>
    <message>
        <source>Export dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PDF file of the case “%1” for an ombudsman, a bank or a court.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The dossier is ready: %1 (%n pages).</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Some original files were too large to go inside the PDF; they are in %1, beside it. Send both files together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include the exhibits (documents and photos)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide personal details (redaction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masks e-mail addresses, phone numbers, IBAN and account numbers, and your own name, address and e-mail in the pages of the dossier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other words to hide, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach only the original files in which nothing had to be hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach no original files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach all original files (they still show what the pages hide)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original files cannot be masked. Which ones should go with the dossier?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Case Keeper user guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the guide…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Give the case a short title, for example “Coat never delivered”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a positive amount with at most two decimals, for example 129,99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, GBP or SEK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a two-letter country code such as FR, BE, DE or GB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date between 1990 and 2100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a date and time between 1990 and 2100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a whole number of minutes between 0 and 1440.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what they promised, or clear the due date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too long or contains characters that cannot be kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Add a &amp;promise…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a promise Klarna made, in a contact already logged or on its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;kept…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set back to &amp;pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the promise to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a &amp;promise to this contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Help centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formal complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ombudsman</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirmed on a Klarna or official page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from a consumer guide, not confirmed by Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inferred from another country's rules, not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not confirmed: no source found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from your own records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They promised something</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holding reply: Klarna needs more time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna's final response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your letter was received (delivery or receipt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Human</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed, not resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goods not received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged or not as described</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return not registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund not received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment not allocated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unauthorised purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debt collection letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account or login problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay in 3 or 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay in 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Financing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other or not sure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Formal complaint (registered letter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request for a final response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder of a broken promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to Klarna's internal reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request for your personal data (GDPR art. 15)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover note for the ombudsman or external body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No address is known for this recipient in your country's rules: complete it before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient's address from your country's rules (checked). Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's address is not verified for your country: check it before sending. Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper prepares a draft from your case. Read it and change anything you want: you decide whether to send it, and you send it yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You changed this letter. A new draft will replace your changes. Continue?</source>
        <extracomment>asks "lose your changes?" with the question given; tests replace it</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You changed this letter but have not saved, copied or sent it. Close it and lose your changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the letter as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in the timeline as sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient, one line each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enclosures, one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example 1A00112233445</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LiveCall</name>
    <message>
        <source>Call &amp;Klarna…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call mode: the number, your references, timers and notes; the call is logged when you hang up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live c&amp;hat with Klarna…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat mode: timer and notes; paste the transcript at the end and the chat is logged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A small window on top with your references, timers and notes; logs the contact at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat with Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An &amp;agent answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An &amp;agent joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they say, as it is said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;gent's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transcript (paste it at the end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trans&amp;ferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for a &amp;supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hang up and log the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End and log the chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in the case yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking %1 (waited %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I was transferred.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I asked for a supervisor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without logging? The times and notes will be lost; the button at the bottom logs them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you ask for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting times by weekday and hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best time to call</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>From your %n logged calls, the shortest waits were on %2 around %3 (about %4 min). Next time the line is open then: %5.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>From your %n logged calls: none of the times you called is open in the coming week.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Average waiting minutes per weekday and hour (your time); a few calls are only a hint.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>the name they gave, if any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>case or ticket number they gave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the chat transcript here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example: refund within 5 working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and log &amp;another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I contacted Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna contacted me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I asked for a human</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I asked for a supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the proof of posting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was said, in your own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot or human</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trans&amp;ferred to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number dialled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trac&amp;king number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail s&amp;ubject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise d&amp;ue on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>&amp;Import e-mails…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn saved e-mails (.eml, Outlook .msg, mbox) into contacts with their attachments as exhibits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I wrote to Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna wrote to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose e-mails to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a case first, then import the e-mails again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import e-mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes and refused messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving contact %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading message %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading was stopped: nothing will be imported. Close this window, or choose the files again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contacts will be created. Check each one and correct what is wrong, then Import.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n messages cannot be imported (listed on the right); the others are imported only if you click Import.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>Also make the %n instalments stated in “%2” the case's payment plan (it replaces the current one)</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>to Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1, with %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n e-mails as contacts</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit selected entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected entry to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log a call, chat, letter or e-mail (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the next step of the complaint (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add documents or photos to the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contact Klarna…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone numbers, addresses and whether Klarna is open now (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the case, with everything it holds, to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to use Case Keeper, in this window's language (F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Case Keeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose or create a case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search all cases…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search all cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case details have unsaved changes. Save them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the technical details, to paste them into a problem report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>New case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is the problem?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something else (blank case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create the case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Klarna must answer your step “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna must keep its promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna should reply to your letter or message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>nothing: this case is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start by contacting Klarna, and log the contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For this problem (“%1”), the first steps are under Escalate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue since %1: %2. Consider the next step, “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if the problem is not solved, the next step is “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log each contact with Klarna as it happens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is recorded yet: start by contacting Klarna, and log the contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna did not answer your step “%1” within %2: the answer was due on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna's answer to your step “%1” is due on %2. Wait for it; if it does not solve the problem, this is the next step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna answered your step “%1” on %2 and the problem is not solved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The problem is not resolved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The problem is not solved after %n contacts with Klarna.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Promises not kept: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response first: ask for it in writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response, which has not come: this step is open to you instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track for this problem: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>&amp;Payment plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instalments of the purchase and the dispute's payment pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a case first, then open its payment plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>charged by Klarna</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example 74,50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due on (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid or charged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instalments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not extended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total, instalments, first, rhythm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments &amp;paused on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause &amp;extended until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments paused until %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is held back; it resumes then unless the pause is extended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charged while the dispute is open: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>While Case Keeper is open, remind me of a deadline (in the window, and as a system notification where there is one):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>The same lead times are used for calendar files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also remind me while Case Keeper is closed (system notifications)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks your system to check a few times an hour; nothing leaves this computer. Turning it off removes that schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notifications from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrections to Klarna's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The country gives the opening hours and the complaint rules shown for new cases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>Add a promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On its own (not in a logged contact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the &amp;contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Klarna's promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (due %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pending (not settled yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settled in the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…and %1 more in the Due view (Ctrl+D).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 by %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I will remind you when %1 opens (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is open now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper reminder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the copies of your data, back up now or restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export all &amp;data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this &amp;case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check data &amp;integrity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper archives (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export all data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper copies your case file when you close it and every half hour while data changes. Restoring puts a copy back; your data as it is now is kept as a backup first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your cases will be put back as they were on %1 (%2). Anything you changed after that will not be shown, but it is not lost: your data as it is now is kept as a backup first, and you can restore it in the same way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scheduled backup could not be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cloud storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You asked for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the app closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Backed up on %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your cases were restored from the backup %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data as it was just before is kept as the backup %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evidence files listed with this backup are missing; run Tools &gt; Check data integrity.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>The case file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links between records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence originals (every file's fingerprint)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stray files in the evidence folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history of changes (audit log)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n leftovers of interrupted operations, harmless: removed at the next start</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n originals no exhibit refers to, harmless</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n files Case Keeper did not put there, left alone</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n files being added by another window now</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Every part was verified. Your data is intact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems were found. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is damaged. First save what can still be read, then restore the latest good backup (File &gt; Backups…); do not delete the data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence originals are missing or have changed. Put the original files back from your own copies or an export; a backup of the case file does not hold them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records or their history do not match: something changed the case file outside Case Keeper. Your records are still readable; keep this report and ask for help.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n readable records to %2.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n parts could not be read completely.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n originals were left out because they are missing or no longer match their fingerprint; the archive says so.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new evidence files</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n exhibits came without their original (missing or altered where the archive was made); Tools &gt; Check data integrity lists them.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n cases were already here and were left unchanged.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>Your data folder %1 seems to be inside a %2 folder. Syncing the case file while Case Keeper is open can damage it. Choose a folder outside it, and use File &gt; Export all data… to move your cases between computers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>unknown size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file is in use by another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file was written by a newer version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Case Keeper case file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file cannot be saved: it is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data folder is not there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file is cut short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your case file could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data is not damaged; do not restore a backup. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another Case Keeper window or command, a backup or sync program, or a database viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper waited, but another program keeps the file open (%1). Close it, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install the Case Keeper version that wrote it (schema %1) or a later one to open it. Your data is not damaged and has not been changed; do not restore a backup, which would lose the newer work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 was not made by Case Keeper; it has not been changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the permissions of the folder %1, or whether the drive is write-protected, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1 is free on the disk holding %2. Free at least %3, then choose Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be found. If your cases are on a removable drive or a network folder, connect it, then choose Try again. No new, empty case file was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file could not be opened; the reason is below. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file holds nothing (0 bytes): its contents were lost, for example when the disk filled or the computer stopped while it was being written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is missing, although backups exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file is cut short (%1): part of it was never written or was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file cannot be read completely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First save what can still be read (this does not change the case file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable backup was found; keep the data folder as it is and ask for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest good backup is from %1 and holds %2. The current file holds %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything added after %1 would be lost by a restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check data integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the case file, the links between records, the fingerprint of every evidence file and the history of changes. Nothing is changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence file %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save what can still be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper cannot open your cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest good backup is from %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save what can still be read…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageEdit</name>
    <message>
        <source>Stage change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Letter or message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Klarna's phone and chat now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts, steps and files are saved as you add them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything is saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Nothing logged yet. Log your first contact with Klarna with Log contact (Ctrl+L), or attach a document by dropping it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promise: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tracking %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waited %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asked for a human</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asked for a supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence added: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>&amp;Use these</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Found in the transcript (%n messages):</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message>
        <source>agent %1 (human);</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bot %1;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the bot answered;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you asked for a human;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transferred to %1;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>references %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Whole case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with everything it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing you delete is lost: it waits here, and the dossier leaves it out until you restore it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored to the case “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case “%1” and everything it holds: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cannot be undone. Stored files that no other case uses are deleted too. Backups keep their own copies, under their own retention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete forever?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep it in the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted forever: %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
    <message numerus="yes">
        <source>%n stored files</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation></message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>France</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper has no rules checked for this country yet: it uses general guidance, without opening hours or addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): general guidance only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Case Keeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case Keeper keeps the record of your dispute with Klarna: every contact, every promise, every step of the complaint and every document, on this computer only. Nothing is sent anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a sample case to see how it works (you can delete it later)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me of deadlines even while Case Keeper is closed (system notifications; you can turn this off in Preferences)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>