<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Press Desk</source>
        <translation>À propos de Press Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Press Desk&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Press Desk&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>The organisation's press contacts, validated and kept up to date from its releases.&lt;br&gt;&lt;br&gt;Database: {database}</source>
        <translation>Les contacts presse de l’organisation, validés et tenus à jour à partir de ses communiqués.&lt;br&gt;&lt;br&gt;Base de données : {database}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>{name} — {reason}</source>
        <translation>{name} — {reason}</translation>
    </message>
    <message>
        <source>Re: {topic}</source>
        <translation>Re : {topic}</translation>
    </message>
    <message>
        <source>Was the email sent?</source>
        <translation>L’e-mail est-il parti ?</translation>
    </message>
    <message>
        <source>Press Yes once you have sent the reply: the inquiry is then recorded as answered now.</source>
        <translation>Appuyez sur Oui une fois la réponse envoyée : la demande est alors enregistrée comme répondue maintenant.</translation>
    </message>
    <message>
        <source>Inquiry: {topic}</source>
        <translation>Demande : {topic}</translation>
    </message>
    <message>
        <source>{journalist} ({outlet})</source>
        <translation>{journalist} ({outlet})</translation>
    </message>
    <message>
        <source>From {journalist}, {channel}, received {received}</source>
        <translation>De {journalist}, {channel}, reçue le {received}</translation>
    </message>
    <message>
        <source>Deadline: {when}</source>
        <translation>Échéance : {when}</translation>
    </message>
    <message>
        <source>({time} for the journalist)</source>
        <translation>({time} pour le journaliste)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>&amp;Or find someone</source>
        <translation>&amp;Ou chercher quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Reason for reo&amp;pening</source>
        <translation>Raison de la réou&amp;verture</translation>
    </message>
    <message>
        <source>Type a name, an office, a country…</source>
        <translation>Un nom, un bureau, un pays…</translation>
    </message>
    <message>
        <source>Reply by &amp;email…</source>
        <translation>Répondre par e-&amp;mail…</translation>
    </message>
    <message>
        <source>Opens your mail client with the response</source>
        <translation>Ouvre votre messagerie avec la réponse</translation>
    </message>
    <message>
        <source>No valid email address for this journalist</source>
        <translation>Aucune adresse e-mail valide pour ce journaliste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurer {name}</translation>
    </message>
    <message>
        <source>Restored {name} — Ctrl+Z takes it back</source>
        <translation>{name} restauré — Ctrl+Z revient en arrière</translation>
    </message>
    <message>
        <source>&amp;History of Changes…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>Contact &amp;History…</source>
        <translation>&amp;Historique du contact…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown — scroll for more</source>
        <translation>
            <numerusform>%n modification affichée — faites défiler pour la suite</numerusform>
            <numerusform>%n modifications affichées — faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown</source>
        <translation>
            <numerusform>%n modification affichée</numerusform>
            <numerusform>%n modifications affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} — {who}: {kind} {what} “{name}”</source>
        <translation>{when} — {who} : {kind} ({what}) « {name} »</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>{name} was changed by {who} at {when} after this history was shown. Look at the new history, then choose the version again.</source>
        <translation>{name} a été modifié par {who} le {when}, après l’affichage de cet historique. Regardez le nouvel historique, puis choisissez à nouveau la version.</translation>
    </message>
    <message>
        <source>This is how {name} is now: nothing to restore.</source>
        <translation>C’est ainsi que {name} est maintenant : rien à restaurer.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>The history before this change does not say what the contact held (an import or an older restore), so this version cannot be put back.</source>
        <translation>L’historique avant cette modification ne dit pas ce que contenait le contact (une importation ou une restauration plus ancienne) : cette version ne peut pas être rétablie.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>Restaurer cette version ?</translation>
    </message>
    <message>
        <source>Put {name} back as they were after the change of {when} by {who}? Later changes are undone; Undo (Ctrl+Z) in the main window brings them back.</source>
        <translation>Remettre {name} tel qu’après la modification du {when} par {who} ? Les modifications suivantes sont annulées ; Annuler (Ctrl+Z) dans la fenêtre principale les rétablit.</translation>
    </message>
    <message>
        <source>{name} restored; Undo (Ctrl+Z) in the main window takes it back.</source>
        <translation>{name} restauré ; Annuler (Ctrl+Z) dans la fenêtre principale revient en arrière.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Every change to {name}, newest first, with the previous values.</source>
        <translation>Toutes les modifications de {name}, les plus récentes d’abord, avec les anciennes valeurs.</translation>
    </message>
    <message>
        <source>Who changed what and when in the directory, newest first.</source>
        <translation>Qui a modifié quoi et quand dans l’annuaire, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;Contact or office</source>
        <translation>&amp;Contact ou bureau</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>name of a contact or an office</source>
        <translation>nom d’un contact ou d’un bureau</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Modification choisie</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <source>Put the contact back as it was just after the selected change (Ctrl+R)</source>
        <translation>Remettre le contact tel qu’il était juste après la modification choisie (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Phones added: {0}</source>
        <translation>Téléphones ajoutés : {0}</translation>
    </message>
    <message>
        <source>Phones removed: {0}</source>
        <translation>Téléphones retirés : {0}</translation>
    </message>
    <message>
        <source>Emails added: {0}</source>
        <translation>Adresses ajoutées : {0}</translation>
    </message>
    <message>
        <source>Emails removed: {0}</source>
        <translation>Adresses retirées : {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>{entity}: {subject}</source>
        <translation>{entity} : {subject}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Previous → new values</source>
        <translation>Anciennes → nouvelles valeurs</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Honorific (Mr, Dr)</source>
        <translation>Civilité (M., Dr)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phone (office)</source>
        <translation>Téléphone (bureau)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email (work)</source>
        <translation>E-mail (travail)</translation>
    </message>
    <message>
        <source>Email (personal)</source>
        <translation>E-mail (personnel)</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Colonnes de {file}</translation>
    </message>
    <message>
        <source>Press Desk does not recognise the columns of {file}. Choose what each column holds; columns set to “Ignore” are not imported. Nothing is written until you confirm the preview that follows.</source>
        <translation>Press Desk ne reconnaît pas les colonnes de {file}. Indiquez ce que contient chaque colonne ; les colonnes « Ignorer » ne sont pas importées. Rien n’est écrit avant que vous confirmiez l’aperçu qui suit.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Press Desk field</source>
        <translation>Champ de Press Desk</translation>
    </message>
    <message>
        <source>Columns and their fields</source>
        <translation>Colonnes et champs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the column that holds the name (or the given and family names).</source>
        <translation>Choisissez la colonne qui contient le nom (ou le prénom et le nom de famille).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>{who} saved {name} at {when}, while you were editing it. Your changes are not saved yet: reload their version, or compare the two and choose field by field.</source>
        <translation>{who} a enregistré {name} le {when}, pendant que vous le modifiiez. Vos modifications ne sont pas encore enregistrées : rechargez leur version, ou comparez les deux et choisissez champ par champ.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger leur version</translation>
    </message>
    <message>
        <source>Drop your edits and show their saved version</source>
        <translation>Abandonner vos modifications et afficher leur version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>&amp;Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Keep their {field}</source>
        <translation>Garder leur valeur : {field}</translation>
    </message>
    <message>
        <source>Keep your {field}</source>
        <translation>Garder votre valeur : {field}</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Fiche du contact</translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>Sélectionnez un contact pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Archived: this contact no longer appears in searches.</source>
        <translation>Archivé : ce contact n’apparaît plus dans les recherches.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit {name} (Ctrl+E)</source>
        <translation>Modifier {name} (Ctrl+E)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archive {name} (Del)</source>
        <translation>Archiver {name} (Suppr)</translation>
    </message>
    <message>
        <source>Log an inquiry</source>
        <translation>Noter une demande</translation>
    </message>
    <message>
        <source>Log an inquiry to {name}</source>
        <translation>Noter une demande adressée à {name}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Who changed {name}, and when (Ctrl+Shift+H)</source>
        <translation>Qui a modifié {name}, et quand (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Local time unknown (no time zone or number)</source>
        <translation>Heure locale inconnue (ni fuseau horaire ni numéro)</translation>
    </message>
    <message>
        <source>Local time: {time} ({offset}, {zone})</source>
        <translation>Heure locale : {time} ({offset}, {zone})</translation>
    </message>
    <message>
        <source>(the country has several time zones)</source>
        <translation>(le pays a plusieurs fuseaux horaires)</translation>
    </message>
    <message>
        <source>Phone {value}: {reason}</source>
        <translation>Téléphone {value} : {reason}</translation>
    </message>
    <message>
        <source>Email {value}: {reason}</source>
        <translation>E-mail {value} : {reason}</translation>
    </message>
    <message>
        <source>Needs review — kept as written:</source>
        <translation>À vérifier — conservé tel quel :</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copier {number}</translation>
    </message>
    <message>
        <source>WhatsApp {number}</source>
        <translation>WhatsApp {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Write to {address}</source>
        <translation>Écrire à {address}</translation>
    </message>
    <message>
        <source>Copy {address}</source>
        <translation>Copier {address}</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Named in releases</source>
        <translation>Cité dans les communiqués</translation>
    </message>
    <message>
        <source>Reading the releases that name this person…</source>
        <translation>Lecture des communiqués qui citent cette personne…</translation>
    </message>
    <message>
        <source>No release names this person yet.</source>
        <translation>Aucun communiqué ne cite encore cette personne.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Open release {title}</source>
        <translation>Ouvrir le communiqué {title}</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>{text} copié</translation>
    </message>
    <message>
        <source>Email: {address}</source>
        <translation>E-mail : {address}</translation>
    </message>
    <message>
        <source>Languages: {list}</source>
        <translation>Langues : {list}</translation>
    </message>
    <message>
        <source>Card copied to the clipboard</source>
        <translation>Fiche copiée dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>Country “{text}” is not a country Press Desk knows.</source>
        <translation>Le pays « {text} » est inconnu de Press Desk.</translation>
    </message>
    <message>
        <source>{value} already belongs to contact {id} ({name}). Save anyway if it is shared.</source>
        <translation>{value} appartient déjà au contact {id} ({name}). Enregistrez quand même s’il est partagé.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Téléphones</translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation>&amp;E-mails</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. IOM Tajikistan</source>
        <translation>p. ex. OIM Tadjikistan</translation>
    </message>
    <message>
        <source>e.g. fr, ru, tg</source>
        <translation>p. ex. fr, ru, tg</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContactImportController</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards read</source>
        <translation>
            <numerusform>%Ln fiche lue</numerusform>
            <numerusform>%Ln fiches lues</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {created}, {updated}, {unchanged}.</source>
        <translation>{file} : {created}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values were kept as written for review.</source>
        <translation>
            <numerusform>%Ln valeur a été gardée telle quelle, à vérifier.</numerusform>
            <numerusform>%Ln valeurs ont été gardées telles quelles, à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>The import of {file} was cancelled: nothing was written.</source>
        <translation>L’importation de {file} a été annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {reason}</source>
        <translation>Rien n’a été importé de {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>added phone {value}</source>
        <translation>téléphone {value} ajouté</translation>
    </message>
    <message>
        <source>added email {value}</source>
        <translation>e-mail {value} ajouté</translation>
    </message>
    <message>
        <source>title set to {value}</source>
        <translation>fonction : {value}</translation>
    </message>
    <message>
        <source>title {old} → {value}</source>
        <translation>fonction {old} → {value}</translation>
    </message>
    <message>
        <source>notes added</source>
        <translation>notes ajoutées</translation>
    </message>
    <message>
        <source>office set to {value}</source>
        <translation>bureau : {value}</translation>
    </message>
    <message>
        <source>country set to {value}</source>
        <translation>pays : {value}</translation>
    </message>
    <message>
        <source>tags added: {value}</source>
        <translation>étiquettes ajoutées : {value}</translation>
    </message>
    <message>
        <source>languages added: {value}</source>
        <translation>langues ajoutées : {value}</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>Importer les contacts de {file}</translation>
    </message>
    <message>
        <source>&amp;Numbers without +code are in:</source>
        <translation>&amp;Numéros sans +indicatif situés en :</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Pays par défaut des numéros</translation>
    </message>
    <message>
        <source>Each contact's office country, else {country}</source>
        <translation>Le pays du bureau de chaque contact, sinon {country}</translation>
    </message>
    <message>
        <source>Each contact's office country</source>
        <translation>Le pays du bureau de chaque contact</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui se passera</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l’importation</translation>
    </message>
    <message>
        <source>Values kept as written for review</source>
        <translation>Valeurs gardées telles quelles, à vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Importer les contacts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Skipped (nothing to import)</source>
        <translation>Ignorée (rien à importer)</translation>
    </message>
    <message>
        <source>To create: {created} · to update: {updated} · unchanged: {unchanged} · problems: {problems}</source>
        <translation>À créer : {created} · à mettre à jour : {updated} · inchangés : {unchanged} · problèmes : {problems}</translation>
    </message>
    <message>
        <source>Values with a problem are kept as written and flagged for review; nothing is dropped.</source>
        <translation>Les valeurs avec un problème sont gardées telles quelles et signalées pour vérification ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Colonnes non importées : {columns}</translation>
    </message>
    <message>
        <source>An import cannot be undone (Ctrl+Z does not reach it): what is listed here is written when you choose Import.</source>
        <translation>Une importation ne peut pas être annulée (Ctrl+Z ne l’atteint pas) : ce qui est listé ici est écrit quand vous choisissez Importer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, flagged for review</source>
        <translation>{action}, à vérifier</translation>
    </message>
</context>
<context>
    <name>ContactUndoStack</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>A number or address needs review</source>
        <translation>Un numéro ou une adresse est à vérifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Pourquoi ce résultat</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name: {value}</source>
        <translation>nom : {value}</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>office: {value}</source>
        <translation>bureau : {value}</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>country: {value}</source>
        <translation>pays : {value}</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>city: {value}</source>
        <translation>ville : {value}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>title: {value}</source>
        <translation>fonction : {value}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>phone: {value}</source>
        <translation>téléphone : {value}</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>email: {value}</source>
        <translation>e-mail : {value}</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>similar to {value}</source>
        <translation>proche de {value}</translation>
    </message>
    <message>
        <source>named in a release</source>
        <translation>cité dans un communiqué</translation>
    </message>
    <message>
        <source>release: {value}</source>
        <translation>communiqué : {value}</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>The whole directory sorts by name, title, office or country; search to sort the results by any column.</source>
        <translation>L’annuaire complet se trie par nom, fonction, bureau ou pays ; lancez une recherche pour trier les résultats selon n’importe quelle colonne.</translation>
    </message>
    <message>
        <source>No contact matches “{query}”.</source>
        <translation>Aucun contact ne correspond à « {query} ».</translation>
    </message>
    <message>
        <source>No contacts yet — &lt;a href="import"&gt;import a release&lt;/a&gt; (Ctrl+I) or &lt;a href="demo"&gt;load the demo data&lt;/a&gt;.</source>
        <translation>Aucun contact pour l’instant — &lt;a href="import"&gt;importez un communiqué&lt;/a&gt; (Ctrl+I) ou &lt;a href="demo"&gt;chargez les données de démonstration&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Search names, offices, countries, releases, numbers… (Ctrl+K)</source>
        <translation>Rechercher des noms, bureaux, pays, communiqués, numéros… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Columns (right-click to choose)</source>
        <translation>Colonnes (clic droit pour choisir)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Fiche du contact</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln releases</source>
        <translation>
            <numerusform>%Ln communiqué</numerusform>
            <numerusform>%Ln communiqués</numerusform>
        </translation>
    </message>
    <message>
        <source>{contacts} · {releases}</source>
        <translation>{contacts} · {releases}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The database could not be reached: {reason}</source>
        <translation>La base de données est injoignable : {reason}</translation>
    </message>
    <message>
        <source>The database reported a problem: {reason}</source>
        <translation>La base de données a signalé un problème : {reason}</translation>
    </message>
    <message>
        <source>A file or the network could not be used: {reason}</source>
        <translation>Un fichier ou le réseau n’a pas pu être utilisé : {reason}</translation>
    </message>
    <message>
        <source>Press Desk</source>
        <translation>Press Desk</translation>
    </message>
    <message>
        <source>Something went wrong, and it is a bug in Press Desk. Your data is safe: every change is saved in one transaction or not at all.</source>
        <translation>Un problème est survenu : c’est un bogue de Press Desk. Vos données sont en sécurité : chaque modification est enregistrée en une seule transaction ou pas du tout.</translation>
    </message>
    <message>
        <source>Details are in the log: {path}</source>
        <translation>Les détails sont dans le journal : {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Quels contacts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Inclure les contacts &amp;archivés</translation>
    </message>
    <message>
        <source>Everyone in the directory</source>
        <translation>Tout l’annuaire</translation>
    </message>
    <message>
        <source>The search results for “{query}”</source>
        <translation>Les résultats de la recherche « {query} »</translation>
    </message>
    <message>
        <source>The search results (no search)</source>
        <translation>Les résultats de la recherche (aucune recherche)</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>Le contact sélectionné</translation>
    </message>
    <message>
        <source>The selected contacts</source>
        <translation>Les contacts sélectionnés</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Un bureau</translation>
    </message>
    <message>
        <source>A country</source>
        <translation>Un pays</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>Une région</translation>
    </message>
    <message>
        <source>PDF contact sheet (to print or attach)</source>
        <translation>Liste de contacts PDF (à imprimer ou joindre)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>vCard 4.0 (phones, Thunderbird, Apple)</source>
        <translation>vCard 4.0 (téléphones, Thunderbird, Apple)</translation>
    </message>
    <message>
        <source>vCard 3.0 (Outlook, Google, older phones)</source>
        <translation>vCard 3.0 (Outlook, Google, anciens téléphones)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Lettre (US)</translation>
    </message>
    <message>
        <source>Which contacts to export</source>
        <translation>Contacts à exporter</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <source>&amp;Which office:</source>
        <translation>&amp;Quel bureau :</translation>
    </message>
    <message>
        <source>&amp;Which country:</source>
        <translation>&amp;Quel pays :</translation>
    </message>
    <message>
        <source>&amp;Which region:</source>
        <translation>&amp;Quelle région :</translation>
    </message>
    <message>
        <source>A sheet to print or attach: people grouped by region, country and office, phones in international format with their kind and extension, emails and languages.</source>
        <translation>Une liste à imprimer ou à joindre : les personnes regroupées par région, pays et bureau, les numéros au format international avec leur type et leur poste, les adresses et les langues.</translation>
    </message>
    <message>
        <source>One row per contact, several phones and emails in labelled columns (UTF-8). No cell runs as a formula in a spreadsheet.</source>
        <translation>Une ligne par contact, plusieurs numéros et adresses dans des colonnes nommées (UTF-8). Aucune cellule ne s’exécute comme une formule dans un tableur.</translation>
    </message>
    <message>
        <source>A workbook with typed cells, phones as text, the header row frozen and filters on.</source>
        <translation>Un classeur aux cellules typées, les numéros en texte, la ligne d’en-tête figée et les filtres activés.</translation>
    </message>
    <message>
        <source>One card per contact for address books: Thunderbird, Apple Contacts, Android, Gmail.</source>
        <translation>Une fiche par contact pour les carnets d’adresses : Thunderbird, Contacts d’Apple, Android, Gmail.</translation>
    </message>
    <message>
        <source>One card per contact for Outlook, Google Contacts and older phones.</source>
        <translation>Une fiche par contact pour Outlook, Google Contacts et les anciens téléphones.</translation>
    </message>
    <message>
        <source>PDF contact sheet</source>
        <translation>Liste de contacts PDF</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>Fichier vCard</translation>
    </message>
    <message>
        <source>press-contacts</source>
        <translation>contacts-presse</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportation vers {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {people} to {file}.</source>
        <translation>Export terminé : {people} vers {file}.</translation>
    </message>
    <message>
        <source>Export cancelled: {file} was not written.</source>
        <translation>Exportation annulée : {file} n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Impossible d’écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>Feeds are already being checked.</source>
        <translation>Les flux sont déjà en cours de vérification.</translation>
    </message>
    <message>
        <source>Checking feeds…</source>
        <translation>Vérification des flux…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check feeds</source>
        <translation>Vérifier les flux</translation>
    </message>
    <message>
        <source>Feed check progress</source>
        <translation>Progression de la vérification des flux</translation>
    </message>
    <message>
        <source>Fetching {page}…</source>
        <translation>Téléchargement de {page}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message numerus="yes">
        <source>Feeds checked: %Ln new releases.</source>
        <translation>
            <numerusform>Flux vérifiés : %Ln nouveau communiqué.</numerusform>
            <numerusform>Flux vérifiés : %Ln nouveaux communiqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}: {new}, {seen}, {failed}</source>
        <translation>{feed} : {new}, {seen}, {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seen before</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln déjà vu</numerusform>
            <numerusform>%Ln déjà vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>• {page}: {reason}</source>
        <translation>• {page} : {reason}</translation>
    </message>
    <message>
        <source>Feeds checked</source>
        <translation>Flux vérifiés</translation>
    </message>
    <message>
        <source>{feed}: not read: {reason}</source>
        <translation>{feed} : non lu : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (tried again at the next check)</source>
        <translation>
            <numerusform>… et %n autre (nouvel essai à la prochaine vérification)</numerusform>
            <numerusform>… et %n autres (nouvel essai à la prochaine vérification)</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds are saved: add one in Settings.</source>
        <translation>Aucun flux enregistré : ajoutez-en un dans les Paramètres.</translation>
    </message>
    <message>
        <source>Feeds not checked: {reason}</source>
        <translation>Flux non vérifiés : {reason}</translation>
    </message>
    <message>
        <source>Check &amp;Feeds</source>
        <translation>Vérifier les &amp;flux</translation>
    </message>
    <message>
        <source>Import the new releases of the saved newsroom feeds</source>
        <translation>Importer les nouveaux communiqués des flux de presse enregistrés</translation>
    </message>
</context>
<context>
    <name>FeedsBox</name>
    <message>
        <source>Last check: {reason}</source>
        <translation>Dernière vérification : {reason}</translation>
    </message>
    <message>
        <source>Feed saved.</source>
        <translation>Flux enregistré.</translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation>Flux retiré.</translation>
    </message>
    <message>
        <source>Newsroom feeds</source>
        <translation>Flux de salle de presse</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>Feed address (https://…) or file</source>
        <translation>Adresse du flux (https://…) ou fichier</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <source>Saved feeds</source>
        <translation>Flux enregistrés</translation>
    </message>
    <message>
        <source>&amp;Add Feed</source>
        <translation>&amp;Ajouter le flux</translation>
    </message>
    <message>
        <source>Remo&amp;ve Feed</source>
        <translation>Reti&amp;rer le flux</translation>
    </message>
    <message>
        <source>Check the feeds when Press Desk starts</source>
        <translation>Vérifier les flux au démarrage de Press Desk</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import releases or contacts</source>
        <translation>Importer des communiqués ou des contacts</translation>
    </message>
    <message>
        <source>Releases and contacts</source>
        <translation>Communiqués et contacts</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Données de démonstration chargées.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n’a été importé : {0}</translation>
    </message>
    <message>
        <source>the import was not written.</source>
        <translation>l’import n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Demo data not loaded: {reason}</source>
        <translation>Données de démonstration non chargées : {reason}</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Import releases</source>
        <translation>Importer des communiqués</translation>
    </message>
    <message>
        <source>Working on {0}…</source>
        <translation>Traitement de {0}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>L’importation a été annulée : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Releases: {new}, {updated}, {unchanged}.</source>
        <translation>Communiqués : {new}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: {created}, {updated}, {linked}.</source>
        <translation>Contacts : {created}, {updated}, {linked}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln lié</numerusform>
            <numerusform>%Ln liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have values kept as written for review.</source>
        <translation>
            <numerusform>%n contact a des valeurs gardées telles quelles, à vérifier.</numerusform>
            <numerusform>%n contacts ont des valeurs gardées telles quelles, à vérifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu :</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus :</numerusform>
        </translation>
    </message>
    <message>
        <source>• {file}: {reason}</source>
        <translation>• {file} : {reason}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n’a été importé : {0}</translation>
    </message>
    <message>
        <source>the import was not written.</source>
        <translation>l’import n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l’importation</translation>
    </message>
    <message>
        <source>File or person</source>
        <translation>Fichier ou personne</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l’importation</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the files</source>
        <translation>Importer les fichiers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>No release files to import.</source>
        <translation>Aucun fichier de communiqué à importer.</translation>
    </message>
    <message>
        <source>Releases: {new}, {to_update}, {unchanged}.</source>
        <translation>Communiqués : {new}, {to_update}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln à mettre à jour</numerusform>
            <numerusform>%Ln à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files cannot be read and will be skipped.</source>
        <translation>
            <numerusform>%Ln fichier est illisible et sera ignoré.</numerusform>
            <numerusform>%Ln fichiers sont illisibles et seront ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <source>Release updated</source>
        <translation>Communiqué mis à jour</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>No headline found</source>
        <translation>Aucun titre trouvé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Créer le contact</translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation>Mettre à jour le contact</translation>
    </message>
    <message>
        <source>Link to existing contact</source>
        <translation>Lier au contact existant</translation>
    </message>
    <message>
        <source>Quoted, not in the directory</source>
        <translation>Cité, absent de l’annuaire</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>cité</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contact presse</translation>
    </message>
    <message>
        <source>{role}: {snippet}</source>
        <translation>{role} : {snippet}</translation>
    </message>
    <message>
        <source>{0}, flagged for review</source>
        <translation>{0}, signalé pour vérification</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Conservé tel quel</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <source>{mine} here; {theirs} {zone} for the journalist</source>
        <translation>{mine} ici ; {theirs} {zone} pour le journaliste</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>InquiriesView</name>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing open: the %n inquiries on record are answered or closed. Status: All shows them.</source>
        <translation>
            <numerusform>Rien d’ouvert : la demande enregistrée est répondue ou clôturée. Statut « Tous » la montre.</numerusform>
            <numerusform>Rien d’ouvert : les %n demandes enregistrées sont répondues ou clôturées. Statut « Tous » les montre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n inquiries on record matches these filters.</source>
        <translation>
            <numerusform>La demande enregistrée ne correspond pas à ces filtres.</numerusform>
            <numerusform>Aucune des %n demandes enregistrées ne correspond à ces filtres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inquiries could not be loaded: {0}</source>
        <translation>Les demandes n’ont pas pu être chargées : {0}</translation>
    </message>
    <message>
        <source>Export the inquiries</source>
        <translation>Exporter les demandes</translation>
    </message>
    <message>
        <source>Spreadsheet (*.{0})</source>
        <translation>Tableur (*.{0})</translation>
    </message>
    <message>
        <source>Exported one inquiry to {path}</source>
        <translation>Une demande exportée vers {path}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n inquiries to {path}</source>
        <translation>
            <numerusform>%n demande exportée vers {path}</numerusform>
            <numerusform>%n demandes exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the deadline to a calendar</source>
        <translation>Ajouter l’échéance à un agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Deadline saved to {path}: open it to add it to your calendar</source>
        <translation>Échéance enregistrée dans {path} : ouvrez-la pour l’ajouter à votre agenda</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Non exporté : {reason}</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Bureau de presse</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>&amp;Journalists</source>
        <translation>&amp;Journalistes</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>A&amp;ssignee</source>
        <translation>Respo&amp;nsable</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>B&amp;ureau</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Outl&amp;et</source>
        <translation>Méd&amp;ia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Log an inquiry…</source>
        <translation>&amp;Enregistrer une demande…</translation>
    </message>
    <message>
        <source>Log an inquiry (Ctrl+Shift+N)</source>
        <translation>Enregistrer une demande (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Assign, answer or change the status (Enter)</source>
        <translation>Attribuer, répondre ou changer le statut (Entrée)</translation>
    </message>
    <message>
        <source>Deadline to &amp;calendar…</source>
        <translation>Échéance dans l’&amp;agenda…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the log as CSV…</source>
        <translation>Exporter le registre en CSV…</translation>
    </message>
    <message>
        <source>Export the log as Excel (XLSX)…</source>
        <translation>Exporter le registre en Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No inquiries here. Log one with Ctrl+Shift+N when a journalist calls.</source>
        <translation>Aucune demande ici. Enregistrez-en une avec Ctrl+Maj+N quand un journaliste appelle.</translation>
    </message>
</context>
<context>
    <name>InquiryCommands</name>
    <message numerus="yes">
        <source>Inquiries (%n overdue)</source>
        <translation>
            <numerusform>Demandes (%n en retard)</numerusform>
            <numerusform>Demandes (%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Logged: {topic}</source>
        <translation>Enregistrée : {topic}</translation>
    </message>
    <message>
        <source>Saved: {topic}</source>
        <translation>Demande mise à jour : {topic}</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Nobody yet (assign later)</source>
        <translation>Personne pour l’instant (attribuer plus tard)</translation>
    </message>
    <message>
        <source>chosen from their card</source>
        <translation>choisi depuis sa fiche</translation>
    </message>
    <message>
        <source>{name} — {reason}</source>
        <translation>{name} — {reason}</translation>
    </message>
    <message>
        <source>One suggested assignee</source>
        <translation>Une personne suggérée</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested assignees</source>
        <translation>
            <numerusform>%n personne suggérée</numerusform>
            <numerusform>%n personnes suggérées</numerusform>
        </translation>
    </message>
    <message>
        <source>Journalist: a name is needed.</source>
        <translation>Journaliste : un nom est nécessaire.</translation>
    </message>
    <message>
        <source>Topic: a few words are needed.</source>
        <translation>Sujet : quelques mots sont nécessaires.</translation>
    </message>
    <message>
        <source>Log an inquiry</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <source>&amp;Journalist</source>
        <translation>&amp;Journaliste</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>Deadline date and time</source>
        <translation>Date et heure de l’échéance</translation>
    </message>
    <message>
        <source>The inquiry has a deadline</source>
        <translation>La demande a une échéance</translation>
    </message>
    <message>
        <source>In your time zone ({zone}). Presets: Alt+1, Alt+2, Alt+3</source>
        <translation>Dans votre fuseau horaire ({zone}). Raccourcis : Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Type a name; known journalists are suggested</source>
        <translation>Tapez un nom ; les journalistes connus sont proposés</translation>
    </message>
    <message>
        <source>e.g. Almaty process</source>
        <translation>p. ex. processus d’Almaty</translation>
    </message>
    <message>
        <source>&amp;Log inquiry</source>
        <translation>Enre&amp;gistrer la demande</translation>
    </message>
    <message>
        <source>Log inquiry (Ctrl+Enter)</source>
        <translation>Enregistrer la demande (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>About the release: {title}</source>
        <translation>À propos du communiqué : {title}</translation>
    </message>
</context>
<context>
    <name>InquiryTexts</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>named in the release “{title}”</source>
        <translation>cité dans le communiqué « {title} »</translation>
    </message>
    <message>
        <source>named in a release on this topic</source>
        <translation>cité dans un communiqué sur ce sujet</translation>
    </message>
    <message>
        <source>works at {office}, in {country}</source>
        <translation>travaille à {office}, {country}</translation>
    </message>
    <message>
        <source>works at {office}</source>
        <translation>travaille à {office}</translation>
    </message>
    <message>
        <source>officer of the office in that country</source>
        <translation>chargé du bureau dans ce pays</translation>
    </message>
    <message numerus="yes">
        <source>answered %n similar inquiries</source>
        <translation>
            <numerusform>a répondu à %n demande semblable</numerusform>
            <numerusform>a répondu à %n demandes semblables</numerusform>
        </translation>
    </message>
    <message>
        <source>answered similar inquiries</source>
        <translation>a répondu à des demandes semblables</translation>
    </message>
</context>
<context>
    <name>JournalistCard</name>
    <message>
        <source>Journalist card</source>
        <translation>Fiche du journaliste</translation>
    </message>
    <message>
        <source>Type a name or an outlet to find a journalist.</source>
        <translation>Tapez un nom ou un média pour trouver un journaliste.</translation>
    </message>
    <message>
        <source>wire</source>
        <translation>agence</translation>
    </message>
    <message>
        <source>print</source>
        <translation>presse écrite</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>radio-télévision</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Log an inquiry from this journalist</source>
        <translation>Enregistrer une demande de ce journaliste</translation>
    </message>
    <message>
        <source>Log an inquiry from {name}</source>
        <translation>Enregistrer une demande de {name}</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Inquiries (%n)</source>
        <translation>
            <numerusform>Demandes (%n)</numerusform>
            <numerusform>Demandes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No inquiry from this journalist yet.</source>
        <translation>Aucune demande de ce journaliste pour l’instant.</translation>
    </message>
    <message>
        <source>Newest first; Enter or a double click opens one.</source>
        <translation>Les plus récentes d’abord ; Entrée ou un double clic en ouvre une.</translation>
    </message>
    <message>
        <source>Inquiries from this journalist</source>
        <translation>Demandes de ce journaliste</translation>
    </message>
    <message>
        <source>deadline {when}</source>
        <translation>échéance {when}</translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation>reçue {when}</translation>
    </message>
    <message>
        <source>Email: {address}</source>
        <translation>E-mail : {address}</translation>
    </message>
</context>
<context>
    <name>JournalistsPanel</name>
    <message>
        <source>The journalists could not be loaded: {0}</source>
        <translation>Les journalistes n’ont pas pu être chargés : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n journalists</source>
        <translation>
            <numerusform>%n journaliste</numerusform>
            <numerusform>%n journalistes</numerusform>
        </translation>
    </message>
    <message>
        <source>No journalist matches. Journalists are added when you log their first inquiry.</source>
        <translation>Aucun journaliste ne correspond. Un journaliste est ajouté quand vous enregistrez sa première demande.</translation>
    </message>
    <message>
        <source>No journalists yet: they are added when you log their first inquiry (Ctrl+Shift+N).</source>
        <translation>Aucun journaliste pour l’instant : ils sont ajoutés quand vous enregistrez leur première demande (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Name, outlet, beat, email or number</source>
        <translation>Nom, média, rubrique, e-mail ou numéro</translation>
    </message>
    <message>
        <source>Find a journalist</source>
        <translation>Trouver un journaliste</translation>
    </message>
    <message>
        <source>Outlet &amp;kind</source>
        <translation>&amp;Type de média</translation>
    </message>
    <message>
        <source>Outlet kind</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Journalists found</source>
        <translation>Journalistes trouvés</translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <source>No number to call on this card</source>
        <translation>Aucun numéro à appeler sur cette fiche</translation>
    </message>
    <message>
        <source>No address to write to on this card</source>
        <translation>Aucune adresse où écrire sur cette fiche</translation>
    </message>
    <message>
        <source>No WhatsApp number on this card</source>
        <translation>Aucun numéro WhatsApp sur cette fiche</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} ajouté</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Non archivé</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archiver {name}</translation>
    </message>
    <message>
        <source>Archived {name} — Ctrl+Z brings them back</source>
        <translation>{name} archivé — Ctrl+Z pour le rétablir</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password was not saved.</source>
        <translation>Aucun trousseau système n’est disponible : le mot de passe n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouverte</translation>
    </message>
    <message>
        <source>Press Desk</source>
        <translation>Press Desk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
</context>
<context>
    <name>OfficeContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Edit office</source>
        <translation>Modifier le bureau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Switchboard &amp;phone:</source>
        <translation>&amp;Téléphone du standard :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Switchboard phone</source>
        <translation>Téléphone du standard</translation>
    </message>
    <message>
        <source>Office email</source>
        <translation>E-mail du bureau</translation>
    </message>
    <message>
        <source>e.g. Asia/Dushanbe</source>
        <translation>p. ex. Asia/Dushanbe</translation>
    </message>
    <message>
        <source>as dialled from abroad or in the country</source>
        <translation>tel que composé depuis l’étranger ou dans le pays</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the office</source>
        <translation>Enregistrer le bureau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
    <message>
        <source>An office needs a name.</source>
        <translation>Un bureau doit avoir un nom.</translation>
    </message>
    <message>
        <source>'{0}' is not an IANA time zone such as Asia/Dushanbe.</source>
        <translation>« {0} » n’est pas un fuseau horaire IANA comme Asia/Dushanbe.</translation>
    </message>
    <message>
        <source>Will be saved as {0}</source>
        <translation>Sera enregistré sous la forme {0}</translation>
    </message>
    <message>
        <source>Phone '{0}': {1}</source>
        <translation>Téléphone « {0} » : {1}</translation>
    </message>
    <message>
        <source>Email '{0}': {1}</source>
        <translation>E-mail « {0} » : {1}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error: {0}</source>
        <translation>Non enregistré à cause d’une erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Sans pays</translation>
    </message>
</context>
<context>
    <name>OfficesView</name>
    <message>
        <source>Offices by region and country</source>
        <translation>Bureaux par région et par pays</translation>
    </message>
    <message>
        <source>Contacts of the selected office</source>
        <translation>Contacts du bureau sélectionné</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Détails du bureau</translation>
    </message>
    <message>
        <source>Edit office…</source>
        <translation>Modifier le bureau…</translation>
    </message>
    <message>
        <source>Edit the selected office</source>
        <translation>Modifier le bureau sélectionné</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the contacts of the selected office</source>
        <translation>Exporter les contacts du bureau sélectionné</translation>
    </message>
    <message>
        <source>The offices could not be loaded: {0}</source>
        <translation>Les bureaux n’ont pas pu être chargés : {0}</translation>
    </message>
    <message>
        <source>No offices yet: they come with the contacts and releases you import (File → Import…, Ctrl+I), or with a contact you add (Ctrl+N).</source>
        <translation>Aucun bureau pour l’instant : ils arrivent avec les contacts et les communiqués que vous importez (Fichier → Importer…, Ctrl+I), ou avec un contact que vous ajoutez (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select an office to see its details and people.</source>
        <translation>Sélectionnez un bureau pour voir ses détails et son personnel.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <source>Press Desk</source>
        <translation>Press Desk</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Correct the connection in Settings, or work with the database on this computer for now.</source>
        <translation>Corrigez la connexion dans les Paramètres, ou travaillez pour l’instant avec la base de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Use this computer's database</source>
        <translation>Utiliser la base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>the file is on a read-only medium and was opened read-only: it can be listed and searched, not changed. Copy it to a writable folder to change it.</source>
        <translation>le fichier est sur un support en lecture seule et a été ouvert en lecture seule : on peut le parcourir et y chercher, pas le modifier. Copiez-le dans un dossier modifiable pour le changer.</translation>
    </message>
    <message>
        <source>the server role “{role}” may only read this directory: it can be listed, searched and exported, not changed. Ask the server's administrator for editor rights.</source>
        <translation>le rôle « {role} » du serveur ne peut que lire cet annuaire : on peut le parcourir, y chercher et l’exporter, pas le modifier. Demandez à l’administrateur du serveur les droits d’édition.</translation>
    </message>
    <message>
        <source>no write permission</source>
        <translation>pas de droit d’écriture</translation>
    </message>
    <message>
        <source>Read-only: you can search and export, not change the directory ({reason})</source>
        <translation>Lecture seule : vous pouvez chercher et exporter, pas modifier l’annuaire ({reason})</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>empty phone number</source>
        <translation>numéro de téléphone vide</translation>
    </message>
    <message>
        <source>this is not a phone number</source>
        <translation>ce n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>the country calling code is missing or unknown; write it as +CC or give the office's country</source>
        <translation>l’indicatif du pays manque ou est inconnu ; écrivez-le sous la forme +CC ou indiquez le pays du bureau</translation>
    </message>
    <message>
        <source>not a number for {country} and has no +country code</source>
        <translation>pas un numéro de {country}, et sans indicatif +pays</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>trop court après le préfixe international</translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation>trop court pour un numéro de téléphone</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>trop long pour un numéro de téléphone</translation>
    </message>
    <message>
        <source>the extension has {digits} digits; extensions have 10 at most</source>
        <translation>le poste a {digits} chiffres ; un poste en a 10 au plus</translation>
    </message>
    <message>
        <source>+{calling_code} is not a country calling code in use</source>
        <translation>+{calling_code} n’est pas un indicatif de pays en service</translation>
    </message>
    <message>
        <source>too short for {country}: numbers there have {expected} after +{calling_code}, this one has {digits}</source>
        <translation>trop court pour {country} : les numéros y ont {expected} après +{calling_code}, celui-ci en a {digits}</translation>
    </message>
    <message>
        <source>too long for {country}: numbers there have {expected} after +{calling_code}, this one has {digits}</source>
        <translation>trop long pour {country} : les numéros y ont {expected} après +{calling_code}, celui-ci en a {digits}</translation>
    </message>
    <message>
        <source>not a valid number for {country}: numbers there have {expected} after +{calling_code}, this one has {digits}</source>
        <translation>numéro non valide pour {country} : les numéros y ont {expected} après +{calling_code}, celui-ci en a {digits}</translation>
    </message>
    <message>
        <source>not a valid number for {country}: the digits do not form a number in use there</source>
        <translation>numéro non valide pour {country} : ces chiffres ne forment pas un numéro en service</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>numéro non valide pour {country}</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>numéro non valide</translation>
    </message>
    <message>
        <source>{number} already belongs to contact {id} ({name})</source>
        <translation>{number} appartient déjà au contact {id} ({name})</translation>
    </message>
    <message>
        <source>empty email address</source>
        <translation>adresse e-mail vide</translation>
    </message>
    <message>
        <source>the page hid this address behind an email-protection placeholder; it cannot be read from the text</source>
        <translation>la page a masqué cette adresse derrière une protection anti-spam ; elle ne peut pas être lue dans le texte</translation>
    </message>
    <message>
        <source>an address must have exactly one @-sign</source>
        <translation>une adresse doit avoir exactement un @</translation>
    </message>
    <message>
        <source>there must be something before the @-sign</source>
        <translation>il faut quelque chose avant le @</translation>
    </message>
    <message>
        <source>there must be something after the @-sign</source>
        <translation>il faut quelque chose après le @</translation>
    </message>
    <message>
        <source>the part after the @-sign ({domain}) should have a period</source>
        <translation>la partie après le @ ({domain}) doit contenir un point</translation>
    </message>
    <message>
        <source>the part after the @-sign ({domain}) is not a valid domain name</source>
        <translation>la partie après le @ ({domain}) n’est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>not a valid address: {detail}</source>
        <translation>adresse non valide : {detail}</translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation>adresse non valide</translation>
    </message>
    <message>
        <source>{address} already belongs to contact {id} ({name})</source>
        <translation>{address} appartient déjà au contact {id} ({name})</translation>
    </message>
    <message>
        <source>an office needs a name</source>
        <translation>un bureau doit avoir un nom</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>ne peut pas être vide</translation>
    </message>
    <message>
        <source>office {office} already has this name</source>
        <translation>le bureau {office} porte déjà ce nom</translation>
    </message>
    <message>
        <source>not an ISO 3166 country code (e.g. TJ) nor a country name Press Desk knows</source>
        <translation>ni un code pays ISO 3166 (p. ex. TJ) ni un nom de pays connu de Press Desk</translation>
    </message>
    <message>
        <source>not an IANA time zone such as Asia/Dushanbe</source>
        <translation>pas un fuseau horaire IANA comme Asia/Dushanbe</translation>
    </message>
    <message>
        <source>No {entity} with id {key}</source>
        <translation>aucun élément « {entity} » avec l’identifiant {key}</translation>
    </message>
    <message>
        <source>{entity} {key} was changed since you opened it: reload it and apply your change again</source>
        <translation>{entity} {key} : modifié depuis que vous l’avez ouvert ; rechargez-le puis refaites votre modification</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by {who} at {when} since you opened it: reload it and apply your change again</source>
        <translation>{entity} {key} : modifié par {who} le {when} depuis que vous l’avez ouvert ; rechargez-le puis refaites votre modification</translation>
    </message>
    <message>
        <source>The server at {where} refused the user name {user} or its password: check both in Settings.</source>
        <translation>Le serveur {where} a refusé le nom d’utilisateur {user} ou son mot de passe : vérifiez-les dans les Préférences.</translation>
    </message>
    <message>
        <source>There is no database {database} on {where}: ask its administrator to create it (CREATE DATABASE {database}).</source>
        <translation>Il n’y a pas de base de données {database} sur {where} : demandez à son administrateur de la créer (CREATE DATABASE {database}).</translation>
    </message>
    <message>
        <source>The server at {where} cannot be reached: check the host name and port, and that the server accepts connections from this computer ({reason}).</source>
        <translation>Le serveur {where} est injoignable : vérifiez le nom d’hôte et le port, et que le serveur accepte les connexions de cet ordinateur ({reason}).</translation>
    </message>
    <message>
        <source>{server} is not a PostgreSQL server</source>
        <translation>{server} n’est pas un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The database {database} was made by a newer Press Desk (schema {schema}): update Press Desk on this computer.</source>
        <translation>La base de données {database} a été créée par une version plus récente de Press Desk (schéma {schema}) : mettez Press Desk à jour sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server lacks the extension(s) {missing} that search needs: its administrator can install them (the postgresql-contrib package).</source>
        <translation>Il manque au serveur la ou les extensions {missing} dont la recherche a besoin : son administrateur peut les installer (paquet postgresql-contrib).</translation>
    </message>
    <message>
        <source>The role {user} may not create Press Desk's tables in {database}: have the database's owner start Press Desk once, or grant it (GRANT CREATE ON SCHEMA public, GRANT CREATE ON DATABASE).</source>
        <translation>Le rôle {user} ne peut pas créer les tables de Press Desk dans {database} : faites démarrer Press Desk une fois par le propriétaire de la base, ou accordez-lui ce droit (GRANT CREATE ON SCHEMA public, GRANT CREATE ON DATABASE).</translation>
    </message>
    <message>
        <source>Connected to {database}: it is empty, and Press Desk will create its tables on first use.</source>
        <translation>Connecté à {database} : elle est vide, et Press Desk y créera ses tables à la première utilisation.</translation>
    </message>
    <message>
        <source>Connected to {database} with read-only rights: search and export work, changes do not.</source>
        <translation>Connecté à {database} en lecture seule : la recherche et l’export fonctionnent, les modifications non.</translation>
    </message>
    <message>
        <source>Connected to {database}.</source>
        <translation>Connecté à {database}.</translation>
    </message>
    <message>
        <source>not a release file Press Desk reads ({suffixes})</source>
        <translation>pas un fichier de communiqué que Press Desk lit ({suffixes})</translation>
    </message>
    <message>
        <source>skipped: not a release file ({suffixes})</source>
        <translation>ignoré : pas un fichier de communiqué ({suffixes})</translation>
    </message>
    <message>
        <source>could not be read as a release: {detail}</source>
        <translation>n’a pas pu être lu comme un communiqué : {detail}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>illisible ({detail})</translation>
    </message>
    <message>
        <source>is a folder, not a release file</source>
        <translation>est un dossier, pas un fichier de communiqué</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {limit} a press release can be; it was not read</source>
        <translation>le fichier fait {size}, plus que les {limit} que peut faire un communiqué ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the page is {size}, more than the {limit} a press release can be; it was not read</source>
        <translation>la page fait {size}, plus que les {limit} que peut faire un communiqué ; elle n’a pas été lue</translation>
    </message>
    <message>
        <source>the document unzipped is {size}, more than the {limit} a press release can be; it was not read</source>
        <translation>le document décompressé fait {size}, plus que les {limit} que peut faire un communiqué ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the text is {chars} characters long, more than the {limit} a press release can be; it was not read</source>
        <translation>le texte compte {chars} caractères, plus que les {limit} que peut compter un communiqué ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
        <source>not valid UTF-16 text ({detail})</source>
        <translation>texte UTF-16 non valide ({detail})</translation>
    </message>
    <message>
        <source>the text is in none of the encodings UTF-8 or Windows-1252</source>
        <translation>le texte n’est dans aucun des encodages UTF-8 ou Windows-1252</translation>
    </message>
    <message>
        <source>is a PDF; name it with a .pdf suffix to import it</source>
        <translation>est un PDF ; donnez-lui l’extension .pdf pour l’importer</translation>
    </message>
    <message>
        <source>no readable text (it is mostly control or replacement characters, or empty)</source>
        <translation>aucun texte lisible (surtout des caractères de contrôle ou de remplacement, ou vide)</translation>
    </message>
    <message>
        <source>no readable text on the page</source>
        <translation>aucun texte lisible sur la page</translation>
    </message>
    <message>
        <source>the email's parts are nested more than {depth} deep; it was not read</source>
        <translation>les parties du courriel sont imbriquées sur plus de {depth} niveaux ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the email has more than {parts} parts; it was not read</source>
        <translation>le courriel a plus de {parts} parties ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>not a readable email ({detail})</source>
        <translation>courriel illisible ({detail})</translation>
    </message>
    <message>
        <source>the email has no text or HTML part</source>
        <translation>le courriel n’a aucune partie texte ou HTML</translation>
    </message>
    <message>
        <source>the email text cannot be decoded ({detail})</source>
        <translation>le texte du courriel ne peut pas être décodé ({detail})</translation>
    </message>
    <message>
        <source>not a readable Word document ({detail})</source>
        <translation>document Word illisible ({detail})</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>le document ne contient aucun texte</translation>
    </message>
    <message>
        <source>part {member} unzips to {size}, {ratio} times its packed size (a zip bomb, not a document); it was not read</source>
        <translation>la partie {member} se décompresse en {size}, {ratio} fois sa taille compressée (une bombe zip, pas un document) ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, more than the {limit} a press release can have; it was not read</source>
        <translation>le PDF a {pages} pages, plus que les {limit} que peut avoir un communiqué ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the text is more than {limit} characters long, more than a press release can be; it was not read</source>
        <translation>le texte compte plus de {limit} caractères, plus que ce que peut compter un communiqué ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the PDF is encrypted and cannot be read ({detail})</source>
        <translation>le PDF est chiffré et ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <source>not a readable PDF ({detail})</source>
        <translation>PDF illisible ({detail})</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image?); Press Desk reads the text of a PDF, not pictures of text: run it through OCR or import the text instead</source>
        <translation>le PDF n’a pas de couche de texte (une image numérisée ?) ; Press Desk lit le texte d’un PDF, pas des images de texte : passez-le par une reconnaissance de caractères (OCR) ou importez le texte</translation>
    </message>
    <message>
        <source>the PDF's text layer cannot be read (its fonts do not say which letters they draw); import the text or an OCR of it instead</source>
        <translation>la couche de texte du PDF est illisible (ses polices ne disent pas quelles lettres elles dessinent) ; importez le texte ou une OCR du document</translation>
    </message>
    <message>
        <source>the feed is {size}, more than the {limit} a feed can be</source>
        <translation>le flux fait {size}, plus que les {limit} que peut faire un flux</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>pas un flux RSS ou Atom</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed ({detail})</source>
        <translation>pas un flux RSS ou Atom ({detail})</translation>
    </message>
    <message>
        <source>a {kind} page is not a release Press Desk reads</source>
        <translation>une page {kind} n’est pas un communiqué que Press Desk lit</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses are fetched</source>
        <translation>seules les adresses http:// et https:// sont téléchargées</translation>
    </message>
    <message>
        <source>redirected to {target}, which is not an http(s) address</source>
        <translation>redirigé vers {target}, qui n’est pas une adresse http(s)</translation>
    </message>
    <message>
        <source>the page is {size}, more than the {limit} a release page can be</source>
        <translation>la page fait {size}, plus que les {limit} que peut faire la page d’un communiqué</translation>
    </message>
    <message>
        <source>the page is more than the {limit} a release page can be; it was not read</source>
        <translation>la page dépasse les {limit} que peut faire la page d’un communiqué ; elle n’a pas été lue</translation>
    </message>
    <message>
        <source>took longer than {seconds} s to arrive</source>
        <translation>a mis plus de {seconds} s à arriver</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
        <source>the server answered {status} {detail}</source>
        <translation>le serveur a répondu {status} {detail}</translation>
    </message>
    <message>
        <source>cannot be reached: {host} refused the connection (is the address right and the server running?)</source>
        <translation>injoignable : {host} a refusé la connexion (l’adresse est-elle juste et le serveur en marche ?)</translation>
    </message>
    <message>
        <source>cannot be reached: no server is known by the name {host} (check the address and this computer's network)</source>
        <translation>injoignable : aucun serveur ne porte le nom {host} (vérifiez l’adresse et le réseau de cet ordinateur)</translation>
    </message>
    <message>
        <source>cannot be reached safely: the server's certificate could not be verified ({detail})</source>
        <translation>impossible à joindre en sécurité : le certificat du serveur n’a pas pu être vérifié ({detail})</translation>
    </message>
    <message>
        <source>cannot be reached ({detail})</source>
        <translation>injoignable ({detail})</translation>
    </message>
    <message>
        <source>cannot be fetched ({detail})</source>
        <translation>impossible à télécharger ({detail})</translation>
    </message>
    <message>
        <source>give a feed's web address or file</source>
        <translation>indiquez l’adresse web ou le fichier d’un flux</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses or a feed file on this computer</source>
        <translation>seulement une adresse http:// ou https://, ou un fichier de flux sur cet ordinateur</translation>
    </message>
    <message>
        <source>no such file, and not an http(s) address</source>
        <translation>fichier introuvable, et pas une adresse http(s)</translation>
    </message>
    <message>
        <source>a contact needs a name; card skipped</source>
        <translation>un contact doit avoir un nom ; fiche ignorée</translation>
    </message>
    <message>
        <source>cannot be read as contacts: {detail}</source>
        <translation>illisible comme fichier de contacts : {detail}</translation>
    </message>
    <message>
        <source>cannot be read as contacts: it is not text (byte {byte} at offset {offset} cannot be decoded); is it a contact file?</source>
        <translation>illisible comme fichier de contacts : ce n’est pas du texte (l’octet {byte} à la position {offset} ne peut pas être décodé) ; est-ce bien un fichier de contacts ?</translation>
    </message>
    <message>
        <source>cannot be decoded: {detail}</source>
        <translation>impossible à décoder : {detail}</translation>
    </message>
    <message>
        <source>is a folder: give a file name</source>
        <translation>est un dossier : indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <source>cannot be written ({detail})</source>
        <translation>ne peut pas être écrit ({detail})</translation>
    </message>
    <message>
        <source>already exists; choose a new name</source>
        <translation>existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>is damaged: {detail}; the current database was left as it was</source>
        <translation>est endommagé : {detail} ; la base de données actuelle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>is damaged: {count} row(s) point to missing rows (first: {table} row {row} → {parent}); the current database was left as it was</source>
        <translation>est endommagé : {count} ligne(s) renvoient à des lignes absentes (première : {table} ligne {row} → {parent}) ; la base de données actuelle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>is damaged: cannot be upgraded ({detail}); the current database was left as it was</source>
        <translation>est endommagé : impossible de le mettre à niveau ({detail}) ; la base de données actuelle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>is a folder, not a backup file</source>
        <translation>est un dossier, pas un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>is the database in use</source>
        <translation>est la base de données en cours d’utilisation</translation>
    </message>
    <message>
        <source>is not a Press Desk backup</source>
        <translation>n’est pas une sauvegarde Press Desk</translation>
    </message>
    <message>
        <source>is not a Press Desk backup ({detail})</source>
        <translation>n’est pas une sauvegarde Press Desk ({detail})</translation>
    </message>
    <message>
        <source>This database is at schema revision {revision}, which this version of Press Desk does not know: it was made by a newer Press Desk. Update Press Desk to open it.</source>
        <translation>Cette base de données est à la révision de schéma {revision}, que cette version de Press Desk ne connaît pas : elle a été créée par une version plus récente de Press Desk. Mettez Press Desk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Colombian landlines gained the prefix 60 in 2021 (+57 1 639 7777 is now +57 601 639 7777)</source>
        <translation>les fixes colombiens ont pris le préfixe 60 en 2021 (+57 1 639 7777 est devenu +57 601 639 7777)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>File is not a zip file</source>
        <translation>ce n’est pas une archive zip</translation>
    </message>
    <message>
        <source>No /Root object! - Is this really a PDF?</source>
        <translation>aucun objet /Root : est-ce vraiment un PDF ?</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>ce n’est pas une base de données</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>quota disque dépassé</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>(page introuvable)</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>(fichier introuvable)</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>(page supprimée)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>(accès interdit)</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>(authentification requise)</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>(trop de requêtes)</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>(erreur interne du serveur)</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>(passerelle en erreur)</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>(service indisponible)</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>(délai de la passerelle dépassé)</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>balises mal appariées</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>aucun élément trouvé</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>XML mal formé (caractère non valide)</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>entité non définie</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>contenu superflu après l’élément racine</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>le certificat a expiré</translation>
    </message>
    <message>
        <source>self-signed certificate</source>
        <translation>certificat auto-signé</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>fiche contact</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>release</source>
        <translation>communiqué</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>journalist</source>
        <translation>journaliste</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>fiche {n}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>{n} digits</source>
        <translation>{n} chiffres</translation>
    </message>
    <message>
        <source>{list} or {last} digits</source>
        <translation>{list} ou {last} chiffres</translation>
    </message>
    <message>
        <source>an unknown country</source>
        <translation>un pays inconnu</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>{field} “{value}”: {reason}</source>
        <translation>{field} « {value} » : {reason}</translation>
    </message>
    <message>
        <source>{reason}; kept as written</source>
        <translation>{reason} ; conservé tel quel</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No headline was found; imported from %1</source>
        <translation>Aucun titre trouvé ; importé depuis %1</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(source inconnue)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>headline of a release</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ReleasesView</name>
    <message>
        <source>Releases</source>
        <translation>Communiqués</translation>
    </message>
    <message>
        <source>Release text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <source>No releases</source>
        <translation>Aucun communiqué</translation>
    </message>
    <message>
        <source>Log an &amp;inquiry about this release…</source>
        <translation>Enregistrer une &amp;demande sur ce communiqué…</translation>
    </message>
    <message>
        <source>No releases yet — drag release files here or use File → Import</source>
        <translation>Aucun communiqué pour l’instant — glissez des fichiers ici ou utilisez Fichier → Importer</translation>
    </message>
    <message>
        <source>Select a release to read it.</source>
        <translation>Sélectionnez un communiqué pour le lire.</translation>
    </message>
    <message>
        <source>The releases could not be loaded: {0}</source>
        <translation>Les communiqués n’ont pas pu être chargés : {0}</translation>
    </message>
    <message>
        <source>This release could not be opened: {0}</source>
        <translation>Ce communiqué n’a pas pu être ouvert : {0}</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation>(absent de l’annuaire)</translation>
    </message>
    <message>
        <source>Contacts named in this release</source>
        <translation>Contacts cités dans ce communiqué</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>cité</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contact presse</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Deadline passed: {topic}</source>
        <translation>Échéance dépassée : {topic}</translation>
    </message>
    <message>
        <source>Deadline near: {topic}</source>
        <translation>Échéance proche : {topic}</translation>
    </message>
    <message>
        <source>{journalist} — {when}</source>
        <translation>{journalist} — {when}</translation>
    </message>
    <message>
        <source>Press Desk — deadlines</source>
        <translation>Press Desk — échéances</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <source>no media contact block was found</source>
        <translation>aucun bloc de contacts presse trouvé</translation>
    </message>
    <message>
        <source>{name}: {kind} “{value}” kept as written but not valid: {reason}</source>
        <translation>{name} : {kind} « {value} » conservé tel quel mais non valide : {reason}</translation>
    </message>
    <message>
        <source>{kind} “{value}”: {reason}</source>
        <translation>{kind} « {value} » : {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse e-mail</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>Connexion impossible : {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>None (numbers need their +code)</source>
        <translation>Aucun (les numéros doivent avoir leur +indicatif)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On a team PostgreSQL server</source>
        <translation>Sur un serveur PostgreSQL d’équipe</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring. A new database is used from the next start.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système. Une nouvelle base de données est utilisée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Default &amp;country for numbers</source>
        <translation>&amp;Pays par défaut des numéros</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Remind me before a deadline</source>
        <translation>&amp;Me rappeler avant une échéance</translation>
    </message>
    <message>
        <source>Remind me before a deadline</source>
        <translation>Me rappeler avant une échéance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when it passes</source>
        <translation>Seulement quand elle est dépassée</translation>
    </message>
    <message>
        <source>Keep daily &amp;backups for</source>
        <translation>Garder les &amp;sauvegardes quotidiennes pendant</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Garder les sauvegardes quotidiennes pendant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No daily backups</source>
        <translation>Pas de sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Picture of the first page</source>
        <translation>Image de la première page</translation>
    </message>
    <message>
        <source>&amp;Show the first page</source>
        <translation>&amp;Afficher la première page</translation>
    </message>
    <message>
        <source>Draw the first page of a long sheet</source>
        <translation>Dessiner la première page d’une longue liste</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Drawing the first page…</source>
        <translation>Dessin de la première page…</translation>
    </message>
    <message>
        <source>{count} contacts: a long sheet, drawn when you ask.</source>
        <translation>{count} contacts : une longue liste, dessinée à la demande.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} on {pages}.</source>
        <translation>{people} sur {pages}.</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Pas d’aperçu : {reason}</translation>
    </message>
</context>
<context>
    <name>SheetWords</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>{count} contact</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Sans pays</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Sans bureau</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Search: {query}</source>
        <translation>Recherche : {query}</translation>
    </message>
    <message>
        <source>Selection of {count}</source>
        <translation>Sélection de {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Région : {region}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Pays : {country}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Bureau : {office}</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>archived included</source>
        <translation>archivés compris</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The summary could not be made: {0}</source>
        <translation>La synthèse n’a pas pu être faite : {0}</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>du {since} au {until}</translation>
    </message>
    <message>
        <source>inquiries received</source>
        <translation>demandes reçues</translation>
    </message>
    <message>
        <source>median time to answer</source>
        <translation>délai de réponse médian</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>répondues à temps</translation>
    </message>
    <message>
        <source>overdue now</source>
        <translation>en retard maintenant</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Ouvertes, en retard</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>52 dernières semaines</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Inquiries per week</source>
        <translation>Demandes par semaine</translation>
    </message>
    <message>
        <source>On time, late, overdue</source>
        <translation>À temps, en retard, dépassées</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>Par bureau</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>Par responsable</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Par sujet</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Rien sur cette période</translation>
    </message>
<message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>no deadline</source>
        <translation>pas d’échéance</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>en retard de %n min</numerusform>
            <numerusform>en retard de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>échéance dans %n min</numerusform>
            <numerusform>échéance dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>en retard de %n h</numerusform>
            <numerusform>en retard de %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>échéance dans %n h</numerusform>
            <numerusform>échéance dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>Dans 1 h</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>Demain 10:00</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove {item} {n}</source>
        <translation>Retirer {item} {n}</translation>
    </message>
    <message>
        <source>Kept as written, needs review: {reason}</source>
        <translation>Conservé tel quel, à vérifier : {reason}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>&amp;Copy Card</source>
        <translation>&amp;Copier la fiche</translation>
    </message>
    <message>
        <source>&amp;Archive Contact</source>
        <translation>Archi&amp;ver le contact</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>R&amp;echercher</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Bureaux</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>Co&amp;mmuniqués</translation>
    </message>
    <message>
        <source>In&amp;quiries</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>&amp;Log an Inquiry…</source>
        <translation>&amp;Enregistrer une demande…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Ca&amp;ll the Contact</source>
        <translation>A&amp;ppeler le contact</translation>
    </message>
    <message>
        <source>&amp;Write to the Contact</source>
        <translation>Écr&amp;ire au contact</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Press Desk</source>
        <translation>À &amp;propos de Press Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Search, results, card in turn</source>
        <translation>Recherche, résultats, fiche tour à tour</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>&amp;Open WhatsApp Chat</source>
        <translation>Ouvrir la discussion &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Show the card of the selected result</source>
        <translation>Afficher la fiche du résultat choisi</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>From the search to the results</source>
        <translation>De la recherche aux résultats</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
</context>
</TS>
