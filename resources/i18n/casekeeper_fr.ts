<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>About Case Keeper</source>
        <translation>À propos de Case Keeper</translation>
    </message>
    <message>
        <source>Keeps the record of your dispute with Klarna: contacts, promises, complaint steps, deadlines and evidence. Independent of Klarna; it does not give legal advice.</source>
        <translation>Garde la trace de votre litige avec Klarna : contacts, promesses, étapes de réclamation, délais et preuves. Indépendant de Klarna ; ne donne pas de conseil juridique.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show your data folder in the file manager</source>
        <translation>Afficher votre dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>Votre dossier de données</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>Street and number, then postcode and town on the next line</source>
        <translation>Numéro et rue, puis code postal et ville à la ligne suivante</translation>
    </message>
    <message>
        <source>Your postal address, printed on your letters so Klarna can answer you by post.</source>
        <translation>Votre adresse postale, imprimée sur vos courriers pour que Klarna puisse vous répondre par la poste.</translation>
    </message>
    <message>
        <source>The zone of the case's country</source>
        <translation>Le fuseau du pays du dossier</translation>
    </message>
    <message>
        <source>The time zone of the times in your dossier and letters</source>
        <translation>Le fuseau horaire des heures de votre dossier et de vos courriers</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Marchand</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problème</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Ce qui s'est &amp;passé</translation>
    </message>
    <message>
        <source>What you &amp;want</source>
        <translation>Ce que vous &amp;demandez</translation>
    </message>
    <message>
        <source>&amp;Order number</source>
        <translation>Numéro de &amp;commande</translation>
    </message>
    <message>
        <source>&amp;Klarna reference</source>
        <translation>Référence &amp;Klarna</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Purchase &amp;date</source>
        <translation>&amp;Date d'achat</translation>
    </message>
    <message>
        <source>Klarna pro&amp;duct</source>
        <translation>Pro&amp;duit Klarna</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Your &amp;e-mail</source>
        <translation>Votre &amp;e-mail</translation>
    </message>
    <message>
        <source>Your postal add&amp;ress</source>
        <translation>Votre adresse post&amp;ale</translation>
    </message>
    <message>
        <source>Klarna a&amp;ccount</source>
        <translation>&amp;Compte Klarna</translation>
    </message>
    <message>
        <source>Time &amp;zone of documents</source>
        <translation>&amp;Fuseau des documents</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Escalation ladder</source>
        <translation>Étapes de la réclamation</translation>
    </message>
    <message>
        <source>Current stage: %1</source>
        <translation>Étape actuelle : %1</translation>
    </message>
    <message>
        <source>This is an example case, to explore the app. It raises no reminders.</source>
        <translation>Ceci est un dossier d’exemple, pour découvrir l’application. Il ne déclenche aucun rappel.</translation>
    </message>
    <message>
        <source>Delete the e&amp;xample</source>
        <translation>Supprimer l’e&amp;xemple</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Klarna %1</source>
        <translation>Klarna %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>À suivre : %1</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>Create a case with New case (Ctrl+N).</source>
        <translation>Créez un dossier avec Nouveau dossier (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Example: %1</source>
        <extracomment>set_cases was called at least once (an empty list is filled too)</extracomment>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>dernier contact le %1</translation>
    </message>
    <message>
        <source>Promises not kept: %1</source>
        <translation>Promesses non tenues : %1</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Dossiers affichés</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No case matches “%1”. Escape clears the search.</source>
        <translation>Aucun dossier ne correspond à « %1 ». Échap efface la recherche.</translation>
    </message>
    <message>
        <source>More than %1 entries match “%2”, so every case is still listed. Type more letters to narrow the list.</source>
        <translation>Plus de %1 entrées correspondent à « %2 » : tous les dossiers restent affichés. Tapez quelques lettres de plus pour réduire la liste.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents en premier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Pièces (%1)</translation>
    </message>
    <message>
        <source>Deadlines (%1)</source>
        <translation>Délais (%1)</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation></message>
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
        <translation>ouvert en ce moment</translation>
    </message>
    <message>
        <source>open now, closes %1 (in %2)</source>
        <translation>ouvert, ferme %1 (dans %2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>closed, opens %1 (in %2)</source>
        <translation>fermé, ouvre %1 (dans %2)</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>horaires inconnus</translation>
    </message>
    <message>
        <source>no opening hours</source>
        <translation>pas d'horaires</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Log a contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalader…</translation>
    </message>
    <message>
        <source>Open the evidence</source>
        <translation>Ouvrir les pièces</translation>
    </message>
    <message>
        <source>Show the contact</source>
        <translation>Afficher le contact</translation>
    </message>
    <message>
        <source>Show the promise</source>
        <translation>Afficher la promesse</translation>
    </message>
    <message>
        <source>Open the details</source>
        <translation>Ouvrir les détails</translation>
    </message>
    <message>
        <source>Before you export: what could be completed</source>
        <translation>Avant l’export : ce qui pourrait être complété</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Nothing is missing: the dossier is complete.</source>
        <translation>Rien ne manque : le dossier est complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n things could make the dossier stronger. You can fix them first, or export anyway.</source>
        <translation><numerusform>%n point pourrait renforcer le dossier. Vous pouvez le compléter d’abord, ou exporter quand même.</numerusform><numerusform>%n points pourraient renforcer le dossier. Vous pouvez les compléter d’abord, ou exporter quand même.</numerusform></translation></message>
</context>
<context>
    <name>CloseCase</name>
    <message>
        <source>Close the case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>Clore « %1 »</translation>
    </message>
    <message>
        <source>&amp;Resolved: I got what I asked for</source>
        <translation>&amp;Résolu : j'ai obtenu ce que je demandais</translation>
    </message>
    <message>
        <source>&amp;Not resolved: I am stopping here without a solution</source>
        <translation>&amp;Non résolu : j'arrête ici sans solution</translation>
    </message>
    <message>
        <source>For example: refunded on 3 December</source>
        <translation>Par exemple : remboursé le 3 décembre</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Comment cela s'est-il terminé ?</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>C&amp;lore le dossier</translation>
    </message>
    <message>
        <source>You can reopen the case later; nothing in it is changed.</source>
        <translation>Vous pourrez rouvrir le dossier plus tard ; rien n'y est modifié.</translation>
    </message>
    <message>
        <source>Say whether it is resolved or not.</source>
        <translation>Dites s'il est résolu ou non.</translation>
    </message>
    <message>
        <source>Say in a few words how it ended.</source>
        <translation>Dites en quelques mots comment il s'est terminé.</translation>
    </message>
</context>
<context>
    <name>ContactKlarna</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>(your correction)</source>
        <translation>(votre correction)</translation>
    </message>
    <message>
        <source>Klarna's time: %1 · Your time: %2</source>
        <translation>Heure chez Klarna : %1 · Votre heure : %2</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>le numéro</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l'adresse</translation>
    </message>
    <message>
        <source>the web address</source>
        <translation>l'adresse web</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Pas encore connu.</translation>
    </message>
    <message>
        <source>Opening message (edit it before you copy it):</source>
        <translation>Message d'ouverture (modifiez-le avant de le copier) :</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Message d'ouverture</translation>
    </message>
    <message>
        <source>the opening message</source>
        <translation>le message d'ouverture</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>Contact Klarna — %1</source>
        <translation>Contacter Klarna — %1</translation>
    </message>
    <message>
        <source>Ways to reach Klarna and whether they are open now:</source>
        <translation>Les moyens de joindre Klarna et s'ils sont ouverts en ce moment :</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Details of “%1” saved.</source>
        <translation>Détails de « %1 » enregistrés.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>Mis à la corbeille : %1</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliquée : %1</translation>
    </message>
    <message>
        <source>Case Keeper's own value changed since you corrected it.</source>
        <translation>La valeur fournie par Case Keeper a changé depuis votre correction.</translation>
    </message>
    <message>
        <source>If Klarna's hours, numbers, addresses or time limits for your country are wrong here, correct them. Your corrections stay in your own data and are marked “your correction”.</source>
        <translation>Si les horaires, numéros, adresses ou délais de Klarna pour votre pays sont faux ici, corrigez-les. Vos corrections restent dans vos propres données et sont marquées « votre correction ».</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Shipped value</source>
        <translation>Valeur fournie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Your corrections</source>
        <translation>Vos corrections</translation>
    </message>
    <message>
        <source>No corrections yet: Case Keeper's own values are used.</source>
        <translation>Aucune correction pour l’instant : les valeurs de Case Keeper sont utilisées.</translation>
    </message>
    <message>
        <source>Correct Klarna's details</source>
        <translation>Corriger les coordonnées de Klarna</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>horaires d’ouverture</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>Case Keeper cannot read these hours. Use the rows above, or write the days as Mo Tu We Th Fr Sa Su and the times in 24-hour form, with “;” between rules, for example “Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off” (PH off: closed on public holidays), or write “unknown”.</source>
        <translation>Case Keeper ne peut pas lire ces horaires. Utilisez les lignes ci-dessus, ou écrivez les jours en abrégé anglais Mo Tu We Th Fr Sa Su (lundi à dimanche) et les heures sur 24 heures, avec « ; » entre les règles, par exemple « Mo-Fr 09:00-12:30,13:30-17:00; Sa 10:00-13:00; PH off » (PH off : fermé les jours fériés), ou écrivez « unknown » (inconnu).</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Ce qu’il faut corriger</translation>
    </message>
    <message>
        <source>Opening hours, day by day</source>
        <translation>Horaires d'ouverture, jour par jour</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Reset to shipped value</source>
        <translation>Revenir à la valeur fournie</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <source>&amp;Your value</source>
        <translation>&amp;Votre valeur</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Advanced: the same hours in OpenStreetMap syntax, written by the rows above, e.g. Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off.</source>
        <translation>Avancé : les mêmes horaires en syntaxe OpenStreetMap, écrits par les lignes ci-dessus, par exemple Mo-Fr 09:00-18:00; Sa 10:00-13:00; PH off.</translation>
    </message>
    <message>
        <source>Example: 14 business-days, 8 weeks, 2 months.</source>
        <translation>Exemple : 14 business-days (jours ouvrés), 8 weeks (semaines), 2 months (mois).</translation>
    </message>
    <message>
        <source>One line of the address per line.</source>
        <translation>Une ligne de l’adresse par ligne.</translation>
    </message>
    <message>
        <source>Leave empty to clear it.</source>
        <translation>Laissez vide pour l’effacer.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>%1, %2, %3 and %4</source>
        <translation>%1, %2, %3 et %4</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation><numerusform>%n promesse</numerusform><numerusform>%n promesses</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stage changes</source>
        <translation><numerusform>%n changement d’étape</numerusform><numerusform>%n changements d’étape</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n pièce</numerusform><numerusform>%n pièces</numerusform></translation></message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>for example {example} or 2026-12-31</source>
        <translation>par exemple {example} ou 2026-12-31</translation>
    </message>
    <message>
        <source>unknown ({hint})</source>
        <translation>inconnue ({hint})</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Type a date, for example {example}.</source>
        <translation>Tapez une date, par exemple {example}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date that exists. Type it like {example} or 2026-12-31 (years 1990 to 2100).</source>
        <translation>« {text} » n’est pas une date qui existe. Tapez-la comme {example} ou 2026-12-31 (années 1990 à 2100).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type it like 14:30.</source>
        <translation>« {text} » n’est pas une heure. Tapez-la comme 14:30 ou 14h30.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>(impossible date, written outside Case Keeper: correct it)</source>
        <translation>(date impossible, écrite hors de Case Keeper : corrigez-la)</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Not applicable (case closed)</source>
        <translation>Sans objet (dossier clos)</translation>
    </message>
    <message numerus="yes">
        <source>(%n days)</source>
        <translation><numerusform>(%n jour)</numerusform><numerusform>(%n jours)</numerusform></translation></message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Deadlines are worked out from the steps and contacts you log, using the rules for the case's country. Each rule names its source; check the ones marked “not verified”.</source>
        <translation>Les délais sont calculés à partir des étapes et des contacts que vous notez, selon les règles du pays du dossier. Chaque règle cite sa source ; vérifiez celles marquées « non vérifié ».</translation>
    </message>
</context>
<context>
    <name>DeleteCase</name>
    <message>
        <source>Delete this case?</source>
        <translation>Supprimer ce dossier ?</translation>
    </message>
    <message>
        <source>“%1” goes to the trash with everything it holds: %2.</source>
        <translation>« %1 » va à la corbeille avec tout son contenu : %2.</translation>
    </message>
    <message>
        <source>You can restore it from Edit &gt; Trash, or delete it forever there. Backups keep their own copies, under their own retention.</source>
        <translation>Vous pourrez le restaurer depuis Édition &gt; Corbeille, ou l’y supprimer définitivement. Les sauvegardes gardent leurs propres copies, selon leur propre durée de conservation.</translation>
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation>&amp;Mettre à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Keep the case</source>
        <translation>&amp;Garder le dossier</translation>
    </message>
    <message>
        <source>Case moved to the trash: %1</source>
        <translation>Dossier mis à la corbeille : %1</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Save the case's details (Ctrl+S)</source>
        <translation>Enregistrer les détails du dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>Vous avez des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez tapé ?</translation>
    </message>
    <message>
        <source>What you typed in this form is not saved. Close it and lose it?</source>
        <translation>Ce que vous avez tapé dans ce formulaire n’est pas enregistré. Fermer et le perdre ?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>A PDF file of the case for an ombudsman, a bank or a court (Ctrl+Shift+E)</source>
        <translation>Un fichier PDF du dossier pour un médiateur, une banque ou un tribunal (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>E&amp;xport dossier…</source>
        <translation>E&amp;xporter le dossier…</translation>
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>É&amp;crire un courrier…</translation>
    </message>
    <message>
        <source>Draft a letter to Klarna from the case</source>
        <translation>Préparer un courrier à Klarna à partir du dossier</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Échéances</translation>
    </message>
    <message>
        <source>What is due across your open cases (Ctrl+D)</source>
        <translation>Ce qui arrive à échéance dans vos dossiers ouverts (Ctrl+D)</translation>
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation>Exporter les échéances vers le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Export this case's deadlines to ca&amp;lendar…</source>
        <translation>Exporter les échéances de ce dossier vers le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Save the calendar file as</source>
        <translation>Enregistrer le fichier de calendrier sous</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar program to add the deadlines.</source>
        <translation>%1 est enregistré. Ouvrez-le avec votre agenda pour y ajouter les échéances.</translation>
    </message>
    <message>
        <source>Remind me when it opens</source>
        <translation>Me prévenir à l’ouverture</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct these details if they are wrong for you</source>
        <translation>Corrigez ces coordonnées si elles sont fausses pour vous</translation>
    </message>
    <message>
        <source>Cancel the reminder</source>
        <translation>Annuler le rappel</translation>
    </message>
    <message>
        <source>You asked to be reminded when it opens; click to cancel that reminder</source>
        <translation>Vous avez demandé un rappel à l’ouverture ; cliquez pour annuler ce rappel</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Déposez des fichiers ici pour les joindre</translation>
    </message>
    <message>
        <source>Drop files here to attach them, or</source>
        <translation>Déposez des fichiers ici pour les joindre, ou</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd’hui (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Plus tard (%1)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Klarna</source>
        <translation>Klarna</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce qui arrive à échéance</translation>
    </message>
    <message>
        <source>Deadlines due across your open cases</source>
        <translation>Échéances de vos dossiers ouverts</translation>
    </message>
    <message>
        <source>Nothing is due in your open cases.</source>
        <translation>Aucune échéance dans vos dossiers ouverts.</translation>
    </message>
    <message>
        <source>Double-click a deadline to open its case.</source>
        <translation>Double-cliquez sur une échéance pour ouvrir son dossier.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Your data is safe. The details were written to the log file; please report the problem.</source>
        <translation>Un problème est survenu et cette action n'a pas été effectuée. Vos données sont intactes. Les détails ont été notés dans le journal technique ; merci de signaler le problème.</translation>
    </message>
</context>
<context>
    <name>Escalate</name>
    <message>
        <source>Who handles it</source>
        <translation>Qui la traite</translation>
    </message>
    <message>
        <source>How to ask</source>
        <translation>Comment la demander</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What it must contain</source>
        <translation>Ce qu'elle doit contenir</translation>
    </message>
    <message>
        <source>Their clock</source>
        <translation>Leur délai</translation>
    </message>
    <message>
        <source>no clock stated</source>
        <translation>aucun délai indiqué</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Steps of the ladder</source>
        <translation>Étapes de la réclamation</translation>
    </message>
    <message>
        <source>(you are here)</source>
        <translation>(vous êtes ici)</translation>
    </message>
    <message>
        <source>← suggested</source>
        <translation>← proposée</translation>
    </message>
    <message>
        <source>What this step needs</source>
        <translation>Ce que demande cette étape</translation>
    </message>
    <message>
        <source>Why this step is suggested</source>
        <translation>Pourquoi cette étape est proposée</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>&amp;Record this step</source>
        <translation>&amp;Enregistrer cette étape</translation>
    </message>
    <message>
        <source>The complaint ladder for this country:</source>
        <translation>Les étapes de réclamation pour ce pays :</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Choose a case first, then drop the files again.</source>
        <translation>Choisissez d'abord un dossier, puis déposez à nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Choisir les fichiers à joindre</translation>
    </message>
    <message>
        <source>%1 is a program or script. It is kept as evidence but Case Keeper will not open it; never run it.</source>
        <translation>%1 est un programme ou un script. Il est conservé comme pièce mais Case Keeper ne l'ouvrira pas ; ne l'exécutez jamais.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files. A copy named %2 is in %3; open it with a program of your choice.</source>
        <translation>Aucun programme de cet ordinateur n'ouvre les fichiers %1. Une copie nommée %2 se trouve dans %3 ; ouvrez-la avec le programme de votre choix.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown; the copy %2 is there.</source>
        <translation>Le dossier %1 n'a pas pu être affiché ; la copie %2 s'y trouve.</translation>
    </message>
    <message>
        <source>A copy of %1 could not be made to open it: %2</source>
        <translation>Impossible de faire une copie de %1 pour l'ouvrir : %2</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the title, the document date or the contact this exhibit belongs to</source>
        <translation>Modifier le titre, la date du document ou le contact auquel cette pièce se rattache</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Edit exhibit %1</source>
        <translation>Modifier la pièce %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>File: %1 (the file and its fingerprint never change)</source>
        <translation>Fichier : %1 (le fichier et son empreinte ne changent jamais)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Document &amp;date</source>
        <translation>&amp;Date du document</translation>
    </message>
    <message>
        <source>Belongs to the &amp;contact</source>
        <translation>Se rattache au &amp;contact</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Enregistrement audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>ExportDossier</name>
    <message>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A PDF file of the case “%1” for an ombudsman, a bank or a court.</source>
        <translation>Un fichier PDF du dossier « %1 » pour un médiateur, une banque ou un tribunal.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the dossier first.</source>
        <translation>Choisissez d’abord où enregistrer le dossier.</translation>
    </message>
    <message>
        <source>Preparing the dossier…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>The dossier is ready: %1 (%n pages).</source>
        <translation><numerusform>Le dossier est prêt : %1 (%n page).</numerusform><numerusform>Le dossier est prêt : %1 (%n pages).</numerusform></translation></message>
    <message>
        <source>Some original files were too large to go inside the PDF; they are in %1, beside it. Send both files together.</source>
        <translation>Certains fichiers originaux étaient trop volumineux pour le PDF ; ils sont dans %1, à côté. Envoyez les deux fichiers ensemble.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Tout le dossier</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Seulement du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Include the exhibits (documents and photos)</source>
        <translation>Joindre les pièces (documents et photos)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Hide personal details (redaction)</source>
        <translation>Masquer les données personnelles (caviardage)</translation>
    </message>
    <message>
        <source>Masks e-mail addresses, phone numbers, IBAN and account numbers, and your own name, address and e-mail in the pages of the dossier.</source>
        <translation>Masque les adresses e-mail, les numéros de téléphone, les IBAN et numéros de compte, ainsi que vos nom, adresse et e-mail dans les pages du dossier.</translation>
    </message>
    <message>
        <source>Other words to hide, one per line</source>
        <translation>Autres mots à masquer, un par ligne</translation>
    </message>
    <message>
        <source>Attach only the original files in which nothing had to be hidden</source>
        <translation>Joindre seulement les fichiers originaux où rien n’a dû être masqué</translation>
    </message>
    <message>
        <source>Attach no original files</source>
        <translation>Ne joindre aucun fichier original</translation>
    </message>
    <message>
        <source>Attach all original files (they still show what the pages hide)</source>
        <translation>Joindre tous les fichiers originaux (ils montrent encore ce que les pages masquent)</translation>
    </message>
    <message>
        <source>Original files cannot be masked. Which ones should go with the dossier?</source>
        <translation>Les fichiers originaux ne peuvent pas être masqués. Lesquels joindre au dossier ?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Case Keeper user guide</source>
        <translation>Guide d'utilisation de Case Keeper</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d'utilisation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Rechercher dans le guide…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>Hours</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>%1 : ouvert</translation>
    </message>
    <message>
        <source>%1, opens at</source>
        <translation>%1, ouvre à</translation>
    </message>
    <message>
        <source>%1, opens again at</source>
        <translation>%1, rouvre à</translation>
    </message>
    <message>
        <source>%1, closes at</source>
        <translation>%1, ferme à</translation>
    </message>
    <message>
        <source>%1, closes again at</source>
        <translation>%1, ferme de nouveau à</translation>
    </message>
    <message>
        <source>%1, a second period (after a break)</source>
        <translation>%1, une deuxième plage (après une pause)</translation>
    </message>
    <message>
        <source>Hours not &amp;known</source>
        <translation>Horaires in&amp;connus</translation>
    </message>
    <message>
        <source>Case Keeper then never says whether it is open.</source>
        <translation>Case Keeper ne dit alors jamais si c'est ouvert.</translation>
    </message>
    <message>
        <source>Closed on public &amp;holidays</source>
        <translation>Fermé les jours &amp;fériés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Break, then</source>
        <translation>Pause, puis</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d'ouverture</translation>
    </message>
    <message>
        <source>00:00 in “To” means midnight: from 00:00 to 00:00 is open all day.</source>
        <translation>00:00 dans « À » signifie minuit : de 00:00 à 00:00, c'est ouvert toute la journée.</translation>
    </message>
    <message>
        <source>On %1 a period closes before it opens: change its “to” time (00:00 means midnight).</source>
        <translation>%1 : une plage ferme avant d'ouvrir ; changez son heure « À » (00:00 signifie minuit).</translation>
    </message>
    <message>
        <source>On %1 the second period starts before the first one ends: change its “from” time.</source>
        <translation>%1 : la deuxième plage commence avant la fin de la première ; changez son heure « De ».</translation>
    </message>
    <message>
        <source>These hours use more of the OpenStreetMap syntax than the rows can show (for example months, exceptions or notes). They are kept as they are in the Advanced field below: change them there, or clear that field to start again with the rows.</source>
        <translation>Ces horaires utilisent plus de la syntaxe OpenStreetMap que les lignes ne peuvent en montrer (par exemple des mois, des exceptions ou des notes). Ils sont gardés tels quels dans le champ Avancé ci-dessous : modifiez-les là, ou videz ce champ pour repartir des lignes.</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Give the case a short title, for example “Coat never delivered”.</source>
        <translation>Donnez un titre court au dossier, par exemple « Manteau jamais livré ».</translation>
    </message>
    <message>
        <source>Write a positive amount with at most two decimals, for example 129,99.</source>
        <translation>Écrivez un montant positif avec au plus deux décimales, par exemple 129,99.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, GBP or SEK.</source>
        <translation>Utilisez un code de devise à trois lettres, par exemple EUR, GBP ou SEK.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as FR, BE, DE or GB.</source>
        <translation>Utilisez un code pays à deux lettres, par exemple FR, BE, DE ou GB.</translation>
    </message>
    <message>
        <source>Choose a date between 1990 and 2100.</source>
        <translation>Choisissez une date entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>Choose a date and time between 1990 and 2100.</source>
        <translation>Choisissez une date et une heure entre 1990 et 2100.</translation>
    </message>
    <message>
        <source>Give a whole number of minutes between 0 and 1440.</source>
        <translation>Indiquez un nombre entier de minutes entre 0 et 1440.</translation>
    </message>
    <message>
        <source>Say what they promised, or clear the due date.</source>
        <translation>Indiquez ce qui a été promis, ou effacez la date.</translation>
    </message>
    <message>
        <source>This text is too long or contains characters that cannot be kept.</source>
        <translation>Ce texte est trop long ou contient des caractères qui ne peuvent pas être conservés.</translation>
    </message>
    <message>
        <source>“%1” reads as %2, with more than two decimals. For a thousand or more, type it like %3, or without separators.</source>
        <translation>« %1 » se lit %2, avec plus de deux décimales. Pour un millier ou plus, tapez-le comme %3, ou sans séparateur.</translation>
    </message>
    <message>
        <source>Type a positive amount with at most two decimals, like %1 or %2.</source>
        <translation>Tapez un montant positif avec au plus deux décimales, comme %1 ou %2.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Mark &amp;kept…</source>
        <translation>Marquer comme &amp;tenue…</translation>
    </message>
    <message>
        <source>Mark &amp;broken…</source>
        <translation>Marquer comme &amp;non tenue…</translation>
    </message>
    <message>
        <source>Set back to &amp;pending</source>
        <translation>Remettre &amp;en attente</translation>
    </message>
    <message>
        <source>Move the promise to the trash</source>
        <translation>Mettre la promesse à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Add a &amp;promise to this contact…</source>
        <translation>Ajouter une &amp;promesse à ce contact…</translation>
    </message>
    <message>
        <source>Move to the &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Promesse : %1</translation>
    </message>
    <message>
        <source>Step changed.</source>
        <translation>Étape modifiée.</translation>
    </message>
    <message>
        <source>Add a &amp;promise…</source>
        <translation>Ajouter une &amp;promesse…</translation>
    </message>
    <message>
        <source>Record a promise Klarna made, in a contact already logged or on its own</source>
        <translation>Noter une promesse de Klarna, dans un contact déjà noté ou seule</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Help centre</source>
        <translation>Centre d'aide</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Supervisor asked for</source>
        <translation>Responsable demandé</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Formal complaint</source>
        <translation>Réclamation formelle</translation>
    </message>
    <message>
        <source>Internal reviewer</source>
        <translation>Médiateur interne</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Médiateur externe</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>confirmed on a Klarna or official page</source>
        <translation>confirmé sur une page de Klarna ou officielle</translation>
    </message>
    <message>
        <source>from a consumer guide, not confirmed by Klarna</source>
        <translation>tiré d'un guide pour consommateurs, non confirmé par Klarna</translation>
    </message>
    <message>
        <source>inferred from another country's rules, not confirmed</source>
        <translation>déduit des règles d'un autre pays, non confirmé</translation>
    </message>
    <message>
        <source>not confirmed: no source found</source>
        <translation>non confirmé : aucune source trouvée</translation>
    </message>
    <message>
        <source>from your own records</source>
        <translation>d'après vos propres notes</translation>
    </message>
    <message>
        <source>They promised something</source>
        <translation>Ils ont promis quelque chose</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Transmis à l'étape suivante</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Holding reply: Klarna needs more time</source>
        <translation>Réponse d'attente : Klarna a besoin de plus de temps</translation>
    </message>
    <message>
        <source>Klarna's final response</source>
        <translation>Réponse définitive de Klarna</translation>
    </message>
    <message>
        <source>Your letter was received (delivery or receipt)</source>
        <translation>Votre courrier a été reçu (distribution ou accusé de réception)</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humain</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed, not resolved</source>
        <translation>Clos sans solution</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>non tenue</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Goods not received</source>
        <translation>Commande non reçue</translation>
    </message>
    <message>
        <source>Damaged or not as described</source>
        <translation>Endommagé ou non conforme</translation>
    </message>
    <message>
        <source>Return not registered</source>
        <translation>Retour non enregistré</translation>
    </message>
    <message>
        <source>Refund not received</source>
        <translation>Remboursement non reçu</translation>
    </message>
    <message>
        <source>Payment not allocated</source>
        <translation>Paiement non affecté</translation>
    </message>
    <message>
        <source>Unauthorised purchase</source>
        <translation>Achat non autorisé</translation>
    </message>
    <message>
        <source>Debt collection letter</source>
        <translation>Lettre de recouvrement</translation>
    </message>
    <message>
        <source>Account or login problem</source>
        <translation>Problème de compte ou de connexion</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre problème</translation>
    </message>
    <message>
        <source>Pay in 3 or 4</source>
        <translation>Paiement en 3 ou 4 fois</translation>
    </message>
    <message>
        <source>Pay in 30 days</source>
        <translation>Paiement à 30 jours</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Klarna Card</source>
        <translation>Carte Klarna</translation>
    </message>
    <message>
        <source>Other or not sure</source>
        <translation>Autre ou je ne sais pas</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Formal complaint</source>
        <translation>Réclamation formelle</translation>
    </message>
    <message>
        <source>Request for a final response</source>
        <translation>Demande de réponse définitive</translation>
    </message>
    <message>
        <source>Reminder of a broken promise</source>
        <translation>Relance pour une promesse non tenue</translation>
    </message>
    <message>
        <source>Referral to Klarna's internal reviewer</source>
        <translation>Saisine du service de réexamen interne de Klarna</translation>
    </message>
    <message>
        <source>Request for your personal data (GDPR art. 15)</source>
        <translation>Demande d’accès à vos données personnelles (RGPD art. 15)</translation>
    </message>
    <message>
        <source>Cover note for the ombudsman or external body</source>
        <translation>Lettre d’accompagnement pour le médiateur ou l’organisme externe</translation>
    </message>
    <message>
        <source>No address is known for this recipient in your country's rules: complete it before sending.</source>
        <translation>Aucune adresse n'est connue pour ce destinataire dans les règles de votre pays : complétez-la avant l'envoi.</translation>
    </message>
    <message>
        <source>Recipient's address from your country's rules (checked). Source: %1</source>
        <translation>Adresse du destinataire tirée des règles de votre pays (vérifiée). Source : %1</translation>
    </message>
    <message>
        <source>The recipient's address is not verified for your country: check it before sending. Source: %1</source>
        <translation>L'adresse du destinataire n'est pas vérifiée pour votre pays : contrôlez-la avant l'envoi. Source : %1</translation>
    </message>
    <message>
        <source>address from a third-party guide, not confirmed by Klarna</source>
        <translation>adresse tirée d'un guide tiers, non confirmée par Klarna</translation>
    </message>
    <message>
        <source>Send it through Klarna's customer service (%1), the route of your country's rules (%2).</source>
        <translation>Envoyez-le via le service client de Klarna (%1), la voie que donnent les règles de votre pays (%2).</translation>
    </message>
    <message>
        <source>Or by registered post, as an option: %1 (%2).</source>
        <translation>Ou, au choix, par courrier recommandé : %1 (%2).</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Écrire un courrier</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>The promise</source>
        <translation>La promesse</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Courrier</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation>&amp;Promesse</translation>
    </message>
    <message>
        <source>Case Keeper prepares a draft from your case. Read it and change anything you want: you decide whether to send it, and you send it yourself.</source>
        <translation>Case Keeper prépare un brouillon à partir de votre dossier. Relisez-le et modifiez ce que vous voulez : c’est vous qui décidez de l’envoyer, et vous l’envoyez vous-même.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Enregistrer en texte…</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Marquer comme envoyé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>You changed this letter. A new draft will replace your changes. Continue?</source>
        <extracomment>asks "lose your changes?" with the question given; tests replace it</extracomment>
        <translation>Vous avez modifié cette lettre. Un nouveau brouillon remplacera vos modifications. Continuer ?</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>You changed this letter but have not saved, copied or sent it. Close it and lose your changes?</source>
        <translation>Vous avez modifié cette lettre sans l'enregistrer, la copier ni l'envoyer. La fermer et perdre vos modifications ?</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Enregistrer le courrier sous</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>The letter is on the clipboard.</source>
        <translation>Le courrier est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Logged in the timeline as sent.</source>
        <translation>Consigné comme envoyé dans la chronologie.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>for example 1A00112233445</source>
        <translation>par exemple 1A00112233445</translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation>Envoyé &amp;le</translation>
    </message>
    <message>
        <source>Sent &amp;by</source>
        <translation>Envoyé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Numéro de suivi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recipient, one line each</source>
        <translation>Destinataire, une ligne chacune</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Texte du courrier</translation>
    </message>
    <message>
        <source>Enclosures, one per line</source>
        <translation>Pièces jointes, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Enclosures</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
</context>
<context>
    <name>LiveCall</name>
    <message>
        <source>Call &amp;Klarna…</source>
        <translation>Appeler &amp;Klarna…</translation>
    </message>
    <message>
        <source>Call mode: the number, your references, timers and notes; the call is logged when you hang up</source>
        <translation>Mode appel : le numéro, vos références, les chronomètres et vos notes ; l’appel est enregistré quand vous raccrochez</translation>
    </message>
    <message>
        <source>Live c&amp;hat with Klarna…</source>
        <translation>C&amp;hat en direct avec Klarna…</translation>
    </message>
    <message>
        <source>Chat mode: timer and notes; paste the transcript at the end and the chat is logged</source>
        <translation>Mode chat : chronomètre et notes ; collez la transcription à la fin et le chat est enregistré</translation>
    </message>
    <message>
        <source>Call mode…</source>
        <translation>Mode appel…</translation>
    </message>
    <message>
        <source>Chat mode…</source>
        <translation>Mode chat…</translation>
    </message>
    <message>
        <source>A small window on top with your references, timers and notes; logs the contact at the end</source>
        <translation>Une petite fenêtre au premier plan avec vos références, les chronomètres et vos notes ; enregistre le contact à la fin</translation>
    </message>
    <message>
        <source>Call Klarna</source>
        <translation>Appeler Klarna</translation>
    </message>
    <message>
        <source>Chat with Klarna</source>
        <translation>Chat avec Klarna</translation>
    </message>
    <message>
        <source>Your references</source>
        <translation>Vos références</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>À avoir sous la main</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Chronomètre</translation>
    </message>
    <message>
        <source>An &amp;agent answered</source>
        <translation>Un &amp;conseiller a répondu</translation>
    </message>
    <message>
        <source>An &amp;agent joined</source>
        <translation>Un &amp;conseiller a rejoint le chat</translation>
    </message>
    <message>
        <source>What they say, as it is said</source>
        <translation>Ce qu’on vous dit, au moment où on le dit</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>A&amp;gent's name</source>
        <translation>Nom du conseill&amp;er</translation>
    </message>
    <message>
        <source>&amp;Reference given</source>
        <translation>Référence &amp;donnée</translation>
    </message>
    <message>
        <source>&amp;Transcript (paste it at the end)</source>
        <translation>&amp;Transcription (collez-la à la fin)</translation>
    </message>
    <message>
        <source>Trans&amp;ferred</source>
        <translation>Trans&amp;féré</translation>
    </message>
    <message>
        <source>Asked for a &amp;supervisor</source>
        <translation>Demandé un res&amp;ponsable</translation>
    </message>
    <message>
        <source>&amp;Hang up and log the call</source>
        <translation>&amp;Raccrocher et enregistrer l’appel</translation>
    </message>
    <message>
        <source>&amp;End and log the chat</source>
        <translation>Ter&amp;miner et enregistrer le chat</translation>
    </message>
    <message>
        <source>(not in the case yet)</source>
        <translation>(pas encore dans le dossier)</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Attente %1</translation>
    </message>
    <message>
        <source>Talking %1 (waited %2)</source>
        <translation>Conversation %1 (attente %2)</translation>
    </message>
    <message>
        <source>I was transferred.</source>
        <translation>Mon appel a été transféré.</translation>
    </message>
    <message>
        <source>I asked for a supervisor.</source>
        <translation>J’ai demandé un responsable.</translation>
    </message>
    <message>
        <source>Close without logging? The times and notes will be lost; the button at the bottom logs them.</source>
        <translation>Fermer sans enregistrer ? Les durées et les notes seront perdues ; le bouton du bas les enregistre.</translation>
    </message>
    <message>
        <source>Klarna reference</source>
        <translation>Référence Klarna</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Reference of %1</source>
        <translation>Référence du %1</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>E-mail du compte</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Date d’achat</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>Ce que vous demandez</translation>
    </message>
    <message>
        <source>Waiting times by weekday and hour</source>
        <translation>Temps d’attente par jour et par heure</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>Meilleur moment pour appeler</translation>
    </message>
    <message numerus="yes">
        <source>From your %n logged calls, the shortest waits were on %2 around %3 (about %4 min). Next time the line is open then: %5.</source>
        <translation><numerusform>D’après votre %n appel enregistré, l’attente était la plus courte le %2 vers %3 (environ %4 min). Prochaine fois que la ligne est ouverte à ce moment-là : %5.</numerusform><numerusform>D’après vos %n appels enregistrés, l’attente était la plus courte le %2 vers %3 (environ %4 min). Prochaine fois que la ligne est ouverte à ce moment-là : %5.</numerusform></translation></message>
    <message numerus="yes">
        <source>From your %n logged calls: none of the times you called is open in the coming week.</source>
        <translation><numerusform>D’après votre %n appel enregistré : le moment où vous avez appelé n’est pas ouvert dans la semaine à venir.</numerusform><numerusform>D’après vos %n appels enregistrés : aucun des moments où vous avez appelé n’est ouvert dans la semaine à venir.</numerusform></translation></message>
    <message>
        <source>Average waiting minutes per weekday and hour (your time); a few calls are only a hint.</source>
        <translation>Attente moyenne en minutes par jour et par heure (votre heure) ; quelques appels ne sont qu’une indication.</translation>
    </message>
</context>
<context>
    <name>LogContact</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <source>Save and log &amp;another</source>
        <translation>Enregistrer et en noter un &amp;autre</translation>
    </message>
    <message>
        <source>I contacted Klarna</source>
        <translation>J'ai contacté Klarna</translation>
    </message>
    <message>
        <source>Klarna contacted me</source>
        <translation>Klarna m'a contacté</translation>
    </message>
    <message>
        <source>the name they gave, if any</source>
        <translation>le nom donné, le cas échéant</translation>
    </message>
    <message>
        <source>I asked for a human</source>
        <translation>J'ai demandé à parler à un humain</translation>
    </message>
    <message>
        <source>I asked for a supervisor</source>
        <translation>J'ai demandé un responsable</translation>
    </message>
    <message>
        <source>case or ticket number they gave</source>
        <translation>numéro de dossier ou de ticket donné</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Paste the chat transcript here</source>
        <translation>Collez ici la transcription du chat</translation>
    </message>
    <message>
        <source>Attach the proof of posting…</source>
        <translation>Joindre la preuve de dépôt…</translation>
    </message>
    <message>
        <source>What was said, in your own words</source>
        <translation>Ce qui a été dit, avec vos mots</translation>
    </message>
    <message>
        <source>for example: refund within 5 working days</source>
        <translation>par exemple : remboursement sous 5 jours ouvrés</translation>
    </message>
    <message>
        <source>The date a letter to you asks you to answer or pay by, such as a debt collector's deadline: it becomes your own deadline.</source>
        <translation>La date avant laquelle un courrier qui vous est adressé vous demande de répondre ou de payer, comme l'échéance d'une société de recouvrement : elle devient votre propre échéance.</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>Con&amp;seiller</translation>
    </message>
    <message>
        <source>Bot or human</source>
        <translation>Robot ou humain</translation>
    </message>
    <message>
        <source>Trans&amp;ferred to</source>
        <translation>Trans&amp;féré à</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Number dialled</source>
        <translation>&amp;Numéro composé</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Temps d'attente</translation>
    </message>
    <message>
        <source>Call length</source>
        <translation>Durée de l'appel</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <source>Trac&amp;king number</source>
        <translation>Numéro de su&amp;ivi</translation>
    </message>
    <message>
        <source>E-mail s&amp;ubject</source>
        <translation>&amp;Objet de l'e-mail</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Ce qui s'est &amp;passé</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Answer or pay by</source>
        <translation>Répondre ou payer avant le</translation>
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation>Ils ont &amp;promis</translation>
    </message>
    <message>
        <source>Promise d&amp;ue on</source>
        <translation>É&amp;chéance de la promesse</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>Choisir les fichiers à joindre</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>I wrote to Klarna</source>
        <translation>J'ai écrit à Klarna</translation>
    </message>
    <message>
        <source>Klarna wrote to me</source>
        <translation>Klarna m'a écrit</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>&amp;Envoyé le</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>I&amp;nterlocuteur</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <source>&amp;Import e-mails…</source>
        <translation>&amp;Importer des e-mails…</translation>
    </message>
    <message>
        <source>Turn saved e-mails (.eml, Outlook .msg, mbox) into contacts with their attachments as exhibits</source>
        <translation>Transformer des e-mails enregistrés (.eml, .msg d'Outlook, mbox) en contacts, avec leurs pièces jointes comme pièces</translation>
    </message>
    <message>
        <source>Choose e-mails to import</source>
        <translation>Choisir les e-mails à importer</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>E-mails (*.eml *.msg *.mbox *.mbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a case first, then import the e-mails again.</source>
        <translation>Choisissez d'abord un dossier, puis importez à nouveau les e-mails.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Import e-mails</source>
        <translation>Importer des e-mails</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Lecture des messages…</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <source>Messages to import</source>
        <translation>Messages à importer</translation>
    </message>
    <message>
        <source>Notes and refused messages</source>
        <translation>Remarques et messages refusés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Saving contact %1 of %2…</source>
        <translation>Enregistrement du contact %1 sur %2…</translation>
    </message>
    <message>
        <source>Reading message %1 of %2…</source>
        <translation>Lecture du message %1 sur %2…</translation>
    </message>
    <message>
        <source>Reading was stopped: nothing will be imported. Close this window, or choose the files again.</source>
        <translation>La lecture a été arrêtée : rien ne sera importé. Fermez cette fenêtre ou choisissez à nouveau les fichiers.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts will be created. Check each one and correct what is wrong, then Import.</source>
        <translation><numerusform>%n contact sera créé. Vérifiez-le et corrigez ce qui est faux, puis cliquez sur Importer.</numerusform><numerusform>%n contacts seront créés. Vérifiez chacun et corrigez ce qui est faux, puis cliquez sur Importer.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n messages cannot be imported (listed on the right); the others are imported only if you click Import.</source>
        <translation><numerusform>%n message ne peut pas être importé (listé à droite) ; les autres ne sont importés que si vous cliquez sur Importer.</numerusform><numerusform>%n messages ne peuvent pas être importés (listés à droite) ; les autres ne sont importés que si vous cliquez sur Importer.</numerusform></translation></message>
    <message numerus="yes">
        <source>Also make the %n instalments stated in “%2” the case's payment plan (it replaces the current one)</source>
        <translation><numerusform>Reprendre aussi l’échéance indiquée dans « %2 » (%n) comme échéancier du dossier (il remplace l'actuel)</numerusform><numerusform>Reprendre aussi les %n échéances indiquées dans « %2 » comme échéancier du dossier (il remplace l'actuel)</numerusform></translation></message>
    <message>
        <source>Exhibit: %1 (%2)</source>
        <translation>Pièce : %1 (%2)</translation>
    </message>
    <message>
        <source>Imported %1, with %2.</source>
        <translation>Importé : %1, avec %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails as contacts</source>
        <translation><numerusform>%n e-mail comme contact</numerusform><numerusform>%n e-mails comme contacts</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n pièce</numerusform><numerusform>%n pièces</numerusform></translation></message>
    <message>
        <source>to Klarna</source>
        <translation>à Klarna</translation>
    </message>
    <message>
        <source>from Klarna</source>
        <translation>de Klarna</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+N)</source>
        <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <source>Log a call, chat, letter or e-mail (Ctrl+L)</source>
        <translation>Noter un appel, un chat, un courrier ou un e-mail (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Passer à l'étape suivante…</translation>
    </message>
    <message>
        <source>Take the next step of the complaint (Ctrl+E)</source>
        <translation>Passer à l'étape suivante de la réclamation (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Contact Klarna…</source>
        <translation>Contacter &amp;Klarna…</translation>
    </message>
    <message>
        <source>Phone numbers, addresses and whether Klarna is open now (Ctrl+K)</source>
        <translation>Numéros, adresses et horaires d'ouverture de Klarna en ce moment (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Add documents or photos to the case</source>
        <translation>Ajouter des documents ou des photos au dossier</translation>
    </message>
    <message>
        <source>&amp;Edit selected entry…</source>
        <translation>&amp;Modifier l'entrée choisie…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move the selected entry to the trash</source>
        <translation>Mettre l'entrée choisie à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>C&amp;lore le dossier…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Rouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>Move the case, with everything it holds, to the trash</source>
        <translation>Mettre le dossier, avec tout son contenu, à la corbeille</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <source>How to use Case Keeper, in this window's language (F1)</source>
        <translation>Comment utiliser Case Keeper, dans la langue de cette fenêtre (F1)</translation>
    </message>
    <message>
        <source>&amp;About Case Keeper</source>
        <translation>À &amp;propos de Case Keeper</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>Les plus &amp;récents en premier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Éditio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Choose or create a case first.</source>
        <translation>Choisissez ou créez d'abord un dossier.</translation>
    </message>
    <message>
        <source>Contact changed.</source>
        <translation>Contact modifié.</translation>
    </message>
    <message>
        <source>Search all cases…</source>
        <translation>Rechercher dans tous les dossiers…</translation>
    </message>
    <message>
        <source>Search all cases</source>
        <translation>Rechercher dans tous les dossiers</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The case details have unsaved changes. Save them?</source>
        <translation>Les détails du dossier ont des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them into a problem report</source>
        <translation>Copier les détails techniques, pour les coller dans un signalement de problème</translation>
    </message>
</context>
<context>
    <name>NewCase</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Quel est le problème ?</translation>
    </message>
    <message>
        <source>Something else (blank case)</source>
        <translation>Autre problème (dossier vierge)</translation>
    </message>
    <message>
        <source>&amp;Create the case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>Klarna must answer your step “%1”</source>
        <translation>Klarna doit répondre à votre étape « %1 »</translation>
    </message>
    <message>
        <source>Klarna must keep its promise</source>
        <translation>Klarna doit tenir sa promesse</translation>
    </message>
    <message>
        <source>No rules known for this country (%1): no deadline can be worked out. Choose a supported country in the case's details.</source>
        <translation>Aucune règle connue pour ce pays (%1) : aucune échéance ne peut être calculée. Choisissez un pays pris en charge dans les détails du dossier.</translation>
    </message>
    <message>
        <source>Klarna should reply to your letter or message</source>
        <translation>Klarna devrait répondre à votre courrier ou message</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation><numerusform>encore %n jour</numerusform><numerusform>encore %n jours</numerusform></translation></message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation><numerusform>%n jour de retard</numerusform><numerusform>%n jours de retard</numerusform></translation></message>
    <message>
        <source>nothing: this case is closed.</source>
        <translation>rien : ce dossier est clos.</translation>
    </message>
    <message>
        <source>start by contacting Klarna, and log the contact.</source>
        <translation>commencez par contacter Klarna, et notez ce contact.</translation>
    </message>
    <message>
        <source>For this problem (“%1”), the first steps are under Escalate.</source>
        <translation>Pour ce problème (« %1 »), les premières démarches sont dans « Passer à l'étape suivante ».</translation>
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation>%1 avant le %2 (%3).</translation>
    </message>
    <message>
        <source>overdue since %1: %2. Consider the next step, “%3”.</source>
        <translation>en retard depuis le %1 : %2. Envisagez l'étape suivante, « %3 ».</translation>
    </message>
    <message>
        <source>if the problem is not solved, the next step is “%1”.</source>
        <translation>si le problème n'est pas réglé, l'étape suivante est « %1 ».</translation>
    </message>
    <message>
        <source>log each contact with Klarna as it happens.</source>
        <translation>notez chaque contact avec Klarna au fur et à mesure.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: start by contacting Klarna, and log the contact.</source>
        <translation>Rien n'est encore noté : commencez par contacter Klarna, et notez ce contact.</translation>
    </message>
    <message>
        <source>Klarna did not answer your step “%1” within %2: the answer was due on %3.</source>
        <translation>Klarna n'a pas répondu à votre étape « %1 » dans le délai de %2 : la réponse était attendue le %3.</translation>
    </message>
    <message>
        <source>Klarna's answer to your step “%1” is due on %2. Wait for it; if it does not solve the problem, this is the next step.</source>
        <translation>La réponse de Klarna à votre étape « %1 » est attendue le %2. Attendez-la ; si elle ne règle pas le problème, voici l'étape suivante.</translation>
    </message>
    <message>
        <source>Klarna answered your step “%1” on %2 and the problem is not solved.</source>
        <translation>Klarna a répondu à votre étape « %1 » le %2 et le problème n'est pas résolu.</translation>
    </message>
    <message>
        <source>The problem is not resolved.</source>
        <translation>Le problème n'est pas résolu.</translation>
    </message>
    <message numerus="yes">
        <source>The problem is not solved after %n contacts with Klarna.</source>
        <translation><numerusform>Le problème n'est pas résolu après %n contact avec Klarna.</numerusform><numerusform>Le problème n'est pas résolu après %n contacts avec Klarna.</numerusform></translation></message>
    <message>
        <source>Promises not kept: %1.</source>
        <translation>Promesses non tenues : %1.</translation>
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response first: ask for it in writing.</source>
        <translation>L'étape « %1 » demande d'abord la réponse définitive de Klarna : demandez-la par écrit.</translation>
    </message>
    <message>
        <source>The step “%1” needs Klarna's final response, which has not come: this step is open to you instead.</source>
        <translation>L'étape « %1 » demande la réponse définitive de Klarna, qui n'est pas arrivée : cette étape-ci vous est ouverte à la place.</translation>
    </message>
    <message>
        <source>Track for this problem: %1.</source>
        <translation>Démarche propre à ce problème : %1.</translation>
    </message>
    <message>
        <source>Do now: %1</source>
        <translation>À faire tout de suite : %1</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source : %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>&amp;Payment plan…</source>
        <translation>Éc&amp;héancier…</translation>
    </message>
    <message>
        <source>The instalments of the purchase and the dispute's payment pause</source>
        <translation>Les échéances de l'achat et la suspension des paiements pendant le litige</translation>
    </message>
    <message>
        <source>Choose a case first, then open its payment plan.</source>
        <translation>Choisissez d'abord un dossier, puis ouvrez son échéancier.</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à payer</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>charged by Klarna</source>
        <translation>prélevé par Klarna</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>toutes les 2 semaines</translation>
    </message>
    <message>
        <source>every 30 days</source>
        <translation>tous les 30 jours</translation>
    </message>
    <message>
        <source>&amp;Make the schedule</source>
        <translation>&amp;Créer l'échéancier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paid or charged on</source>
        <translation>Payé ou prélevé le</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>the first contact</source>
        <translation>le premier contact</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>non prolongée</translation>
    </message>
    <message>
        <source>Total, instalments, first, rhythm</source>
        <translation>Total, échéances, première, rythme</translation>
    </message>
    <message>
        <source>Payments &amp;paused on</source>
        <translation>Paiements &amp;suspendus le</translation>
    </message>
    <message>
        <source>Pause &amp;extended until</source>
        <translation>Suspension &amp;prolongée jusqu'au</translation>
    </message>
    <message>
        <source>Payments paused until %1.</source>
        <translation>Paiements suspendus jusqu'au %1.</translation>
    </message>
    <message>
        <source>%1 is held back; it resumes then unless the pause is extended.</source>
        <translation>%1 est retenu ; le paiement reprend alors, sauf prolongation de la suspension.</translation>
    </message>
    <message>
        <source>Charged while the dispute is open: %1.</source>
        <translation>Prélevé alors que le litige est en cours : %1.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Pays par défaut</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation>&amp;Pays par défaut</translation>
    </message>
    <message>
        <source>The country gives the opening hours and the complaint rules shown for new cases.</source>
        <translation>Le pays détermine les horaires d'ouverture et les règles de réclamation des nouveaux dossiers.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>While Case Keeper is open, remind me of a deadline (in the window, and as a system notification where there is one):</source>
        <translation>Tant que Case Keeper est ouvert, me rappeler une échéance (dans la fenêtre, et par une notification du système s’il y en a) :</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Le jour même</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation><numerusform>%n jour avant</numerusform><numerusform>%n jours avant</numerusform></translation></message>
    <message>
        <source>The same lead times are used for calendar files.</source>
        <translation>Les mêmes délais servent pour les fichiers de calendrier.</translation>
    </message>
    <message>
        <source>Also remind me while Case Keeper is closed (system notifications)</source>
        <translation>Me rappeler aussi quand Case Keeper est fermé (notifications du système)</translation>
    </message>
    <message>
        <source>Asks your system to check a few times an hour; nothing leaves this computer. Turning it off removes that schedule.</source>
        <translation>Demande à votre système de vérifier quelques fois par heure ; rien ne quitte cet ordinateur. Le désactiver supprime cette planification.</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Aucune notification de</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’à</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Corrections to Klarna's details</source>
        <translation>Corrections des coordonnées de Klarna</translation>
    </message>
</context>
<context>
    <name>Promise</name>
    <message>
        <source>Klarna's promise</source>
        <translation>Promesse de Klarna</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>“%1” (due %2)</source>
        <translation>« %1 » (échéance %2)</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Tenue</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>&amp;Non tenue</translation>
    </message>
    <message>
        <source>&amp;Pending (not settled yet)</source>
        <translation>&amp;En attente (pas encore réglée)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Settled in the contact</source>
        <translation>Réglée lors du contact</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Add a promise</source>
        <translation>Ajouter une promesse</translation>
    </message>
    <message>
        <source>On its own (not in a logged contact)</source>
        <translation>Seule (dans aucun contact noté)</translation>
    </message>
    <message>
        <source>They &amp;promised</source>
        <translation>Ils ont &amp;promis</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Pour le</translation>
    </message>
    <message>
        <source>In the &amp;contact</source>
        <translation>Dans le &amp;contact</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>…and %1 more in the Due view (Ctrl+D).</source>
        <translation>…et %1 autres dans la vue Échéances (Ctrl+D).</translation>
    </message>
    <message>
        <source>%1: %2 by %3.</source>
        <translation>%1 : %2 avant le %3.</translation>
    </message>
    <message>
        <source>I will remind you when %1 opens (%2).</source>
        <translation>Je vous préviendrai à l’ouverture de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is open now.</source>
        <translation>%1 est ouvert maintenant.</translation>
    </message>
    <message>
        <source>Case Keeper reminder</source>
        <translation>Rappel de Case Keeper</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show what is due</source>
        <translation>Afficher les échéances</translation>
    </message>
    <message>
        <source>The reminder was about case %1, which is in the trash. To see it again, restore it from Edit → Trash.</source>
        <translation>Le rappel concernait le dossier %1, qui est dans la corbeille. Pour le revoir, restaurez-le depuis Édition → Corbeille.</translation>
    </message>
    <message>
        <source>The reminder was about case %1, which is not in this data folder (it may have been deleted for good, or it belongs to another data folder). Nothing was changed.</source>
        <translation>Le rappel concernait le dossier %1, qui n’est pas dans ce dossier de données (il a peut-être été supprimé définitivement, ou il appartient à un autre dossier de données). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Case Keeper archives (*.zip)</source>
        <translation>Archives Case Keeper (*.zip)</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exporter toutes les données</translation>
    </message>
    <message>
        <source>Export this case</source>
        <translation>Exporter ce dossier</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Case Keeper copies your case file when you close it and every half hour while data changes. Restoring puts a copy back; your data as it is now is kept as a backup first.</source>
        <translation>Case Keeper copie votre fichier de dossiers à la fermeture et toutes les demi-heures quand les données changent. Restaurer remet une copie en place ; vos données actuelles sont d'abord conservées dans une sauvegarde.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Your cases will be put back as they were on %1 (%2). Anything you changed after that will not be shown, but it is not lost: your data as it is now is kept as a backup first, and you can restore it in the same way.</source>
        <translation>Vos dossiers seront remis tels qu'ils étaient le %1 (%2). Ce que vous avez modifié depuis ne sera plus affiché, mais n'est pas perdu : vos données actuelles sont d'abord conservées dans une sauvegarde, que vous pourrez restaurer de la même façon.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <source>Check data integrity</source>
        <translation>Vérifier l'intégrité des données</translation>
    </message>
    <message>
        <source>Checking the case file, the links between records, the fingerprint of every evidence file and the history of changes. Nothing is changed.</source>
        <translation>Vérification du fichier de dossiers, des liens entre les enregistrements, de l'empreinte de chaque fichier de preuve et de l'historique des modifications. Rien n'est modifié.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Evidence file %1 of %2</source>
        <translation>Fichier de preuve %1 sur %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>Save what can still be read</source>
        <translation>Enregistrer ce qui peut encore être lu</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Case Keeper cannot open your cases</source>
        <translation>Case Keeper ne peut pas ouvrir vos dossiers</translation>
    </message>
    <message>
        <source>nothing readable</source>
        <translation>rien de lisible</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits</source>
        <translation><numerusform>%n pièce</numerusform><numerusform>%n pièces</numerusform></translation></message>
    <message>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Your case file is in use by another program.</source>
        <translation>Votre fichier de dossiers est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Your case file was written by a newer version.</source>
        <translation>Votre fichier de dossiers a été écrit par une version plus récente.</translation>
    </message>
    <message>
        <source>This is not a Case Keeper case file.</source>
        <translation>Ce n'est pas un fichier de dossiers de Case Keeper.</translation>
    </message>
    <message>
        <source>Your case file cannot be saved: it is read-only.</source>
        <translation>Votre fichier de dossiers ne peut pas être enregistré : il est en lecture seule.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Your data folder is not there.</source>
        <translation>Votre dossier de données est introuvable.</translation>
    </message>
    <message>
        <source>Your case file is empty.</source>
        <translation>Votre fichier de dossiers est vide.</translation>
    </message>
    <message>
        <source>Your case file is missing.</source>
        <translation>Votre fichier de dossiers a disparu.</translation>
    </message>
    <message>
        <source>Your case file is cut short.</source>
        <translation>Votre fichier de dossiers est tronqué.</translation>
    </message>
    <message>
        <source>Your case file is damaged.</source>
        <translation>Votre fichier de dossiers est endommagé.</translation>
    </message>
    <message>
        <source>Your case file could not be opened.</source>
        <translation>Votre fichier de dossiers n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Your data is not damaged; do not restore a backup. Nothing was changed.</source>
        <translation>Vos données ne sont pas endommagées ; ne restaurez pas de sauvegarde. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>another Case Keeper window or command, a backup or sync program, or a database viewer</source>
        <translation>une autre fenêtre ou commande Case Keeper, un programme de sauvegarde ou de synchronisation, ou un visualiseur de bases de données</translation>
    </message>
    <message>
        <source>Case Keeper waited, but another program keeps the file open (%1). Close it, then choose Try again.</source>
        <translation>Case Keeper a attendu, mais un autre programme garde le fichier ouvert (%1). Fermez-le, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Install the Case Keeper version that wrote it (schema %1) or a later one to open it. Your data is not damaged and has not been changed; do not restore a backup, which would lose the newer work.</source>
        <translation>Installez la version de Case Keeper qui l'a écrit (schéma %1) ou une version plus récente pour l'ouvrir. Vos données ne sont pas endommagées et n'ont pas été modifiées ; ne restaurez pas de sauvegarde, ce qui ferait perdre le travail plus récent.</translation>
    </message>
    <message>
        <source>The file %1 was not made by Case Keeper; it has not been changed.</source>
        <translation>Le fichier %1 n'a pas été créé par Case Keeper ; il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder %1, or whether the drive is write-protected, then choose Try again.</source>
        <translation>Vérifiez les autorisations du dossier %1, ou si le disque est protégé en écriture, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Only %1 is free on the disk holding %2. Free at least %3, then choose Try again.</source>
        <translation>Il ne reste que %1 de libre sur le disque qui contient %2. Libérez au moins %3, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. If your cases are on a removable drive or a network folder, connect it, then choose Try again. No new, empty case file was made.</source>
        <translation>Le dossier %1 est introuvable. Si vos dossiers sont sur un disque amovible ou un dossier réseau, connectez-le, puis choisissez Réessayer. Aucun nouveau fichier vide n'a été créé.</translation>
    </message>
    <message>
        <source>The case file could not be opened; the reason is below. Nothing was changed.</source>
        <translation>Le fichier de dossiers n'a pas pu être ouvert ; la raison figure ci-dessous. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The case file holds nothing (0 bytes): its contents were lost, for example when the disk filled or the computer stopped while it was being written.</source>
        <translation>Le fichier de dossiers ne contient rien (0 octet) : son contenu a été perdu, par exemple quand le disque s'est rempli ou que l'ordinateur s'est arrêté pendant son écriture.</translation>
    </message>
    <message>
        <source>The case file is missing, although backups exist.</source>
        <translation>Le fichier de dossiers a disparu, alors que des sauvegardes existent.</translation>
    </message>
    <message>
        <source>The case file is cut short (%1): part of it was never written or was lost.</source>
        <translation>Le fichier de dossiers est tronqué (%1) : une partie n'a jamais été écrite ou a été perdue.</translation>
    </message>
    <message>
        <source>The case file cannot be read completely.</source>
        <translation>Le fichier de dossiers ne peut pas être lu entièrement.</translation>
    </message>
    <message>
        <source>First save what can still be read (this does not change the case file).</source>
        <translation>Enregistrez d'abord ce qui peut encore être lu (cela ne modifie pas le fichier de dossiers).</translation>
    </message>
    <message>
        <source>No usable backup was found; keep the data folder as it is and ask for help.</source>
        <translation>Aucune sauvegarde utilisable n'a été trouvée ; gardez le dossier de données tel quel et demandez de l'aide.</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 and holds %2. The current file holds %3.</source>
        <translation>La dernière bonne sauvegarde date du %1 et contient %2. Le fichier actuel contient %3.</translation>
    </message>
    <message>
        <source>Anything added after %1 would be lost by a restore.</source>
        <translation>Tout ce qui a été ajouté après le %1 serait perdu par une restauration.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2).</source>
        <translation>La dernière sauvegarde intacte date du %1 (%2).</translation>
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation>Aucune sauvegarde utilisable n'a été trouvée.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest good backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde intacte</translation>
    </message>
    <message>
        <source>&amp;Save what can still be read…</source>
        <translation>&amp;Enregistrer ce qui peut encore être lu…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The scheduled backup could not be made: %1</source>
        <translation>La sauvegarde automatique n'a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Export all &amp;data…</source>
        <translation>Exporter toutes les &amp;données…</translation>
    </message>
    <message>
        <source>Export this &amp;case…</source>
        <translation>Exporter ce &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Check data &amp;integrity…</source>
        <translation>Vérifier l'&amp;intégrité des données…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>See the copies of your data, back up now or restore</source>
        <translation>Voir les copies de vos données, sauvegarder maintenant ou restaurer</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>stockage en ligne</translation>
    </message>
    <message>
        <source>You asked for it</source>
        <translation>À votre demande</translation>
    </message>
    <message>
        <source>When the app closed</source>
        <translation>À la fermeture de l'application</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation></message>
    <message numerus="yes">
        <source>%n evidence files listed with this backup are missing; run Tools &gt; Check data integrity.</source>
        <translation><numerusform>%n fichier de preuve listé avec cette sauvegarde est absent ; lancez Outils &gt; Vérifier l'intégrité des données.</numerusform><numerusform>%n fichiers de preuve listés avec cette sauvegarde sont absents ; lancez Outils &gt; Vérifier l'intégrité des données.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n fichier</numerusform><numerusform>%n fichiers</numerusform></translation></message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entrée</numerusform><numerusform>%n entrées</numerusform></translation></message>
    <message numerus="yes">
        <source>%n leftovers of interrupted operations, harmless: removed at the next start</source>
        <translation><numerusform>%n reste d'une opération interrompue, sans danger : supprimé au prochain démarrage</numerusform><numerusform>%n restes d'opérations interrompues, sans danger : supprimés au prochain démarrage</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals no exhibit refers to, harmless</source>
        <translation><numerusform>%n original auquel aucune pièce ne renvoie, sans danger</numerusform><numerusform>%n originaux auxquels aucune pièce ne renvoie, sans danger</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files Case Keeper did not put there, left alone</source>
        <translation><numerusform>%n fichier que Case Keeper n'a pas mis là, laissé tel quel</numerusform><numerusform>%n fichiers que Case Keeper n'a pas mis là, laissés tels quels</numerusform></translation></message>
    <message numerus="yes">
        <source>%n files being added by another window now</source>
        <translation><numerusform>%n fichier en cours d'ajout par une autre fenêtre</numerusform><numerusform>%n fichiers en cours d'ajout par une autre fenêtre</numerusform></translation></message>
    <message>
        <source>If you made these changes yourself on purpose, or put an older copy of the case file in place by hand, run casekeeper-cli check --accept-changes: it takes the case file as it is now as the new reference (noted in the history; no record is changed).</source>
        <translation>Si vous avez fait ces modifications vous-même exprès, ou remis à la main une ancienne copie du fichier des dossiers, lancez casekeeper-cli check --accept-changes : il prend le fichier des dossiers tel qu'il est comme nouvelle référence (c'est noté dans l'historique ; aucun élément n'est modifié).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n readable records to %2.</source>
        <translation><numerusform>%n enregistrement lisible a été enregistré dans %2.</numerusform><numerusform>%n enregistrements lisibles ont été enregistrés dans %2.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n parts could not be read completely.</source>
        <translation><numerusform>%n partie n'a pas pu être lue entièrement.</numerusform><numerusform>%n parties n'ont pas pu être lues entièrement.</numerusform></translation></message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>Exporté vers %3 : %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files</source>
        <translation><numerusform>%n fichier de preuve</numerusform><numerusform>%n fichiers de preuve</numerusform></translation></message>
    <message numerus="yes">
        <source>%n originals were left out because they are missing or no longer match their fingerprint; the archive says so.</source>
        <translation><numerusform>%n original a été laissé de côté car il manque ou ne correspond plus à son empreinte ; l'archive l'indique.</numerusform><numerusform>%n originaux ont été laissés de côté car ils manquent ou ne correspondent plus à leur empreinte ; l'archive l'indique.</numerusform></translation></message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Importé : %1 et %2.</translation>
    </message>
    <message>
        <source>Backed up on %1 (%2).</source>
        <translation>Sauvegardé le %1 (%2).</translation>
    </message>
    <message>
        <source>Your cases were restored from the backup %1 (%2).</source>
        <translation>Vos dossiers ont été restaurés depuis la sauvegarde %1 (%2).</translation>
    </message>
    <message>
        <source>Your data as it was just before is kept as the backup %1.</source>
        <translation>Vos données telles qu'elles étaient juste avant sont conservées dans la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The case file</source>
        <translation>Le fichier de dossiers</translation>
    </message>
    <message>
        <source>Links between records</source>
        <translation>Les liens entre les enregistrements</translation>
    </message>
    <message>
        <source>Evidence originals (every file's fingerprint)</source>
        <translation>Les originaux des preuves (empreinte de chaque fichier)</translation>
    </message>
    <message>
        <source>No stray files in the evidence folder</source>
        <translation>Aucun fichier égaré dans le dossier des preuves</translation>
    </message>
    <message>
        <source>The history of changes (audit log)</source>
        <translation>L'historique des modifications (journal d'audit)</translation>
    </message>
    <message>
        <source>Every part was verified. Your data is intact.</source>
        <translation>Tout a été vérifié. Vos données sont intactes.</translation>
    </message>
    <message>
        <source>Problems were found. Nothing was changed.</source>
        <translation>Des problèmes ont été trouvés. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The case file is damaged. First save what can still be read, then restore the latest good backup (File &gt; Backups…); do not delete the data folder.</source>
        <translation>Le fichier de dossiers est endommagé. Enregistrez d'abord ce qui peut encore être lu, puis restaurez la dernière bonne sauvegarde (Fichier &gt; Sauvegardes…) ; ne supprimez pas le dossier de données.</translation>
    </message>
    <message>
        <source>Evidence originals are missing or have changed. Put the original files back from your own copies or an export; a backup of the case file does not hold them.</source>
        <translation>Des originaux de preuves manquent ou ont changé. Remettez les fichiers originaux à partir de vos propres copies ou d'un export ; une sauvegarde du fichier de dossiers ne les contient pas.</translation>
    </message>
    <message>
        <source>The records or their history do not match: something changed the case file outside Case Keeper. Your records are still readable; keep this report and ask for help.</source>
        <translation>Les enregistrements ou leur historique ne concordent pas : quelque chose a modifié le fichier de dossiers en dehors de Case Keeper. Vos enregistrements restent lisibles ; gardez ce rapport et demandez de l'aide.</translation>
    </message>
    <message numerus="yes">
        <source>%n new evidence files</source>
        <translation><numerusform>%n nouveau fichier de preuve</numerusform><numerusform>%n nouveaux fichiers de preuve</numerusform></translation></message>
    <message numerus="yes">
        <source>%n exhibits came without their original (missing or altered where the archive was made); Tools &gt; Check data integrity lists them.</source>
        <translation><numerusform>%n pièce est arrivée sans son original (manquant ou modifié là où l'archive a été faite) ; Outils &gt; Vérifier l'intégrité des données la liste.</numerusform><numerusform>%n pièces sont arrivées sans leur original (manquant ou modifié là où l'archive a été faite) ; Outils &gt; Vérifier l'intégrité des données les liste.</numerusform></translation></message>
    <message numerus="yes">
        <source>%n cases were already here and were left unchanged.</source>
        <translation><numerusform>%n dossier était déjà présent et n'a pas été modifié.</numerusform><numerusform>%n dossiers étaient déjà présents et n'ont pas été modifiés.</numerusform></translation></message>
    <message>
        <source>Your data folder %1 seems to be inside a %2 folder. Syncing the case file while Case Keeper is open can damage it. Choose a folder outside it, and use File &gt; Export all data… to move your cases between computers.</source>
        <translation>Votre dossier de données %1 semble se trouver dans un dossier %2. Synchroniser le fichier de dossiers pendant que Case Keeper est ouvert peut l'endommager. Choisissez un emplacement en dehors, et utilisez Fichier &gt; Exporter toutes les données… pour transférer vos dossiers d'un ordinateur à l'autre.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n'a pas été restaurée : %1</translation>
    </message>
</context>
<context>
    <name>StageEdit</name>
    <message>
        <source>Stage change</source>
        <translation>Changement d'étape</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Letter or message</source>
        <translation>&amp;Lettre ou message</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
    <message>
        <source>&amp;Move to the trash</source>
        <translation>&amp;Mettre à la corbeille</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Klarna's phone and chat now</source>
        <translation>Téléphone et chat de Klarna en ce moment</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>État de l'enregistrement</translation>
    </message>
    <message>
        <source>Contacts, steps and files are saved as you add them</source>
        <translation>Les contacts, étapes et pièces sont enregistrés dès que vous les ajoutez</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>promise: %1, %2</source>
        <translation>promesse : %1, %2</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humain</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>robot</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>suivi %1</translation>
    </message>
    <message>
        <source>waited %1 min</source>
        <translation>attente %1 min</translation>
    </message>
    <message>
        <source>call %1 min</source>
        <translation>appel %1 min</translation>
    </message>
    <message>
        <source>asked for a human</source>
        <translation>humain demandé</translation>
    </message>
    <message>
        <source>asked for a supervisor</source>
        <translation>a demandé un responsable</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 %2</source>
        <translation>Pièce ajoutée : %1 %2</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Promesse : %1</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log your first contact with Klarna with Log contact (Ctrl+L), or attach a document by dropping it here.</source>
        <translation>Rien n’est encore noté. Notez votre premier contact avec Klarna avec Noter un contact (Ctrl+L), ou joignez un document en le déposant ici.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>&amp;Use these</source>
        <translation>&amp;Utiliser ces informations</translation>
    </message>
    <message numerus="yes">
        <source>Found in the transcript (%n messages):</source>
        <translation><numerusform>Trouvé dans la transcription (%n message) :</numerusform><numerusform>Trouvé dans la transcription (%n messages) :</numerusform></translation></message>
    <message>
        <source>agent %1 (human);</source>
        <translation>conseiller %1 (humain) ;</translation>
    </message>
    <message>
        <source>bot %1;</source>
        <translation>robot %1 ;</translation>
    </message>
    <message>
        <source>only the bot answered;</source>
        <translation>seul le robot a répondu ;</translation>
    </message>
    <message>
        <source>you asked for a human;</source>
        <translation>vous avez demandé un humain ;</translation>
    </message>
    <message>
        <source>transferred to %1;</source>
        <translation>transféré à %1 ;</translation>
    </message>
    <message>
        <source>references %1.</source>
        <translation>références %1.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Whole case</source>
        <translation>Dossier entier</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Changement d'étape</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>with everything it holds</source>
        <translation>avec tout son contenu</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Nothing you delete is lost: it waits here, and the dossier leaves it out until you restore it.</source>
        <translation>Rien de ce que vous supprimez n'est perdu : tout attend ici, et le rapport l'omet jusqu'à ce que vous le restauriez.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Enregistrements supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Supprimer &amp;définitivement…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Restored to the case “%1”.</source>
        <translation>Restauré dans le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Deleted forever: %1, %2.</source>
        <translation>Supprimé définitivement : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation></message>
    <message numerus="yes">
        <source>%n stored files</source>
        <translation><numerusform>%n fichier enregistré</numerusform><numerusform>%n fichiers enregistrés</numerusform></translation></message>
    <message>
        <source>The case “%1” and everything it holds: %2.</source>
        <translation>Le dossier « %1 » et tout son contenu : %2.</translation>
    </message>
    <message>
        <source>This cannot be undone. Stored files that no other case uses are deleted too. Backups keep their own copies, under their own retention.</source>
        <translation>Impossible d’annuler. Les fichiers enregistrés qu’aucun autre dossier n’utilise sont supprimés aussi. Les sauvegardes gardent leurs propres copies, selon leur propre durée de conservation.</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Supprimer définitivement ?</translation>
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message>
        <source>&amp;Keep it in the trash</source>
        <translation>&amp;Laisser à la corbeille</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Case Keeper has no rules checked for this country yet: it uses general guidance, without opening hours or addresses.</source>
        <translation>Case Keeper n'a pas encore de règles vérifiées pour ce pays : il donne des conseils généraux, sans horaires d'ouverture ni adresses.</translation>
    </message>
    <message>
        <source>%1 (%2): general guidance only</source>
        <translation>%1 (%2) : conseils généraux uniquement</translation>
    </message>
    <message>
        <source>Welcome to Case Keeper</source>
        <translation>Bienvenue dans Case Keeper</translation>
    </message>
    <message>
        <source>Case Keeper keeps the record of your dispute with Klarna: every contact, every promise, every step of the complaint and every document, on this computer only. Nothing is sent anywhere.</source>
        <translation>Case Keeper garde la trace de votre litige avec Klarna : chaque contact, chaque promesse, chaque étape de la réclamation et chaque document, uniquement sur cet ordinateur. Rien n'est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Votre pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Add a sample case to see how it works</source>
        <translation>Ajouter un dossier d'exemple pour voir comment cela fonctionne</translation>
    </message>
    <message>
        <source>You can delete it later.</source>
        <translation>Vous pourrez le supprimer ensuite.</translation>
    </message>
    <message>
        <source>Remind me of deadlines even while Case Keeper is closed</source>
        <translation>Me rappeler les échéances même quand Case Keeper est fermé</translation>
    </message>
    <message>
        <source>System notifications; you can turn this off in Preferences. Nothing leaves this computer.</source>
        <translation>Notifications du système ; vous pouvez le désactiver dans les Préférences. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Your &amp;country</source>
        <translation>Votre &amp;pays</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
</context>
</TS>