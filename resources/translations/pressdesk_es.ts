<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Press Desk</source>
        <translation>Acerca de Press Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Press Desk&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Press Desk&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>The organisation's press contacts, validated and kept up to date from its releases.&lt;br&gt;&lt;br&gt;Database: {database}</source>
        <translation>Los contactos de prensa de la organización, validados y actualizados a partir de sus comunicados.&lt;br&gt;&lt;br&gt;Base de datos: {database}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie por ahora</translation>
    </message>
    <message>
        <source>{name} — {reason}</source>
        <translation>{name} — {reason}</translation>
    </message>
    <message>
        <source>Re: {topic}</source>
        <translation>Re: {topic}</translation>
    </message>
    <message>
        <source>Was the email sent?</source>
        <translation>¿Se envió el correo?</translation>
    </message>
    <message>
        <source>Press Yes once you have sent the reply: the inquiry is then recorded as answered now.</source>
        <translation>Pulse Sí cuando haya enviado la respuesta: la consulta se registrará como respondida ahora.</translation>
    </message>
    <message>
        <source>Inquiry: {topic}</source>
        <translation>Consulta: {topic}</translation>
    </message>
    <message>
        <source>{journalist} ({outlet})</source>
        <translation>{journalist} ({outlet})</translation>
    </message>
    <message>
        <source>From {journalist}, {channel}, received {received}</source>
        <translation>De {journalist}, {channel}, recibida el {received}</translation>
    </message>
    <message>
        <source>Deadline: {when}</source>
        <translation>Plazo: {when}</translation>
    </message>
    <message>
        <source>({time} for the journalist)</source>
        <translation>({time} para el periodista)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Asignar a</translation>
    </message>
    <message>
        <source>&amp;Or find someone</source>
        <translation>O &amp;buscar a alguien</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Reason for reo&amp;pening</source>
        <translation>Motivo de la reapert&amp;ura</translation>
    </message>
    <message>
        <source>Type a name, an office, a country…</source>
        <translation>Un nombre, una oficina, un país…</translation>
    </message>
    <message>
        <source>Reply by &amp;email…</source>
        <translation>Responder por c&amp;orreo…</translation>
    </message>
    <message>
        <source>Opens your mail client with the response</source>
        <translation>Abre su programa de correo con la respuesta</translation>
    </message>
    <message>
        <source>No valid email address for this journalist</source>
        <translation>No hay una dirección de correo válida para este periodista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurar {name}</translation>
    </message>
    <message>
        <source>Restored {name} — Ctrl+Z takes it back</source>
        <translation>{name} restaurado — Ctrl+Z lo revierte</translation>
    </message>
    <message>
        <source>&amp;History of Changes…</source>
        <translation>&amp;Historial de cambios…</translation>
    </message>
    <message>
        <source>Contact &amp;History…</source>
        <translation>&amp;Historial del contacto…</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Ningún cambio coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown — scroll for more</source>
        <translation>
            <numerusform>%n cambio mostrado — desplácese para ver más</numerusform>
            <numerusform>%n cambios mostrados — desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes shown</source>
        <translation>
            <numerusform>%n cambio mostrado</numerusform>
            <numerusform>%n cambios mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} — {who}: {kind} {what} “{name}”</source>
        <translation>{when} — {who}: {kind} ({what}) «{name}»</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>{name} was changed by {who} at {when} after this history was shown. Look at the new history, then choose the version again.</source>
        <translation>{who} modificó a {name} el {when}, después de mostrarse este historial. Revise el nuevo historial y vuelva a elegir la versión.</translation>
    </message>
    <message>
        <source>This is how {name} is now: nothing to restore.</source>
        <translation>Así está {name} ahora: nada que restaurar.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>The history before this change does not say what the contact held (an import or an older restore), so this version cannot be put back.</source>
        <translation>El historial anterior a este cambio no dice qué contenía el contacto (una importación o una restauración más antigua), así que esta versión no se puede recuperar.</translation>
    </message>
    <message>
        <source>Restore this version?</source>
        <translation>¿Restaurar esta versión?</translation>
    </message>
    <message>
        <source>Put {name} back as they were after the change of {when} by {who}? Later changes are undone; Undo (Ctrl+Z) in the main window brings them back.</source>
        <translation>¿Dejar a {name} como estaba tras el cambio del {when} hecho por {who}? Los cambios posteriores se deshacen; Deshacer (Ctrl+Z) en la ventana principal los recupera.</translation>
    </message>
    <message>
        <source>{name} restored; Undo (Ctrl+Z) in the main window takes it back.</source>
        <translation>{name} restaurado; Deshacer (Ctrl+Z) en la ventana principal lo revierte.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Every change to {name}, newest first, with the previous values.</source>
        <translation>Todos los cambios de {name}, primero los más recientes, con los valores anteriores.</translation>
    </message>
    <message>
        <source>Who changed what and when in the directory, newest first.</source>
        <translation>Quién cambió qué y cuándo en el directorio, primero lo más reciente.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>&amp;Contact or office</source>
        <translation>&amp;Contacto u oficina</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>name of a contact or an office</source>
        <translation>nombre de un contacto o de una oficina</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Cambio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurar esta versión…</translation>
    </message>
    <message>
        <source>Put the contact back as it was just after the selected change (Ctrl+R)</source>
        <translation>Dejar el contacto como estaba justo después del cambio seleccionado (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Phones added: {0}</source>
        <translation>Teléfonos añadidos: {0}</translation>
    </message>
    <message>
        <source>Phones removed: {0}</source>
        <translation>Teléfonos quitados: {0}</translation>
    </message>
    <message>
        <source>Emails added: {0}</source>
        <translation>Correos añadidos: {0}</translation>
    </message>
    <message>
        <source>Emails removed: {0}</source>
        <translation>Correos quitados: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{entity}: {subject}</source>
        <translation>{entity}: {subject}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Previous → new values</source>
        <translation>Valores anteriores → nuevos</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Honorific (Mr, Dr)</source>
        <translation>Tratamiento (Sr., Dr.)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Phone (office)</source>
        <translation>Teléfono (oficina)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
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
        <translation>Correo (trabajo)</translation>
    </message>
    <message>
        <source>Email (personal)</source>
        <translation>Correo (personal)</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Columnas de {file}</translation>
    </message>
    <message>
        <source>Press Desk does not recognise the columns of {file}. Choose what each column holds; columns set to “Ignore” are not imported. Nothing is written until you confirm the preview that follows.</source>
        <translation>Press Desk no reconoce las columnas de {file}. Elija qué contiene cada columna; las columnas en «Ignorar» no se importan. No se escribe nada hasta que confirme la vista previa que sigue.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Press Desk field</source>
        <translation>Campo de Press Desk</translation>
    </message>
    <message>
        <source>Columns and their fields</source>
        <translation>Columnas y campos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the column that holds the name (or the given and family names).</source>
        <translation>Elija la columna que contiene el nombre (o el nombre y los apellidos).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>{who} saved {name} at {when}, while you were editing it. Your changes are not saved yet: reload their version, or compare the two and choose field by field.</source>
        <translation>{who} guardó a {name} el {when}, mientras usted lo editaba. Sus cambios aún no se han guardado: recargue su versión, o compare las dos y elija campo por campo.</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recargar la suya</translation>
    </message>
    <message>
        <source>Drop your edits and show their saved version</source>
        <translation>Descartar sus cambios y mostrar la versión guardada por la otra persona</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>&amp;Guardar mis elecciones</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Valor de la otra persona</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El de la otra persona</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>Keep their {field}</source>
        <translation>Conservar el valor de la otra persona: {field}</translation>
    </message>
    <message>
        <source>Keep your {field}</source>
        <translation>Conservar su valor: {field}</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>Seleccione un contacto para ver su ficha.</translation>
    </message>
    <message>
        <source>Archived: this contact no longer appears in searches.</source>
        <translation>Archivado: este contacto ya no aparece en las búsquedas.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit {name} (Ctrl+E)</source>
        <translation>Editar a {name} (Ctrl+E)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive {name} (Del)</source>
        <translation>Archivar a {name} (Supr)</translation>
    </message>
    <message>
        <source>Log an inquiry</source>
        <translation>Registrar una consulta</translation>
    </message>
    <message>
        <source>Log an inquiry to {name}</source>
        <translation>Registrar una consulta a {name}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Who changed {name}, and when (Ctrl+Shift+H)</source>
        <translation>Quién modificó a {name}, y cuándo (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Local time unknown (no time zone or number)</source>
        <translation>Hora local desconocida (sin zona horaria ni número)</translation>
    </message>
    <message>
        <source>Local time: {time} ({offset}, {zone})</source>
        <translation>Hora local: {time} ({offset}, {zone})</translation>
    </message>
    <message>
        <source>(the country has several time zones)</source>
        <translation>(el país tiene varias zonas horarias)</translation>
    </message>
    <message>
        <source>Phone {value}: {reason}</source>
        <translation>Teléfono {value}: {reason}</translation>
    </message>
    <message>
        <source>Email {value}: {reason}</source>
        <translation>Correo {value}: {reason}</translation>
    </message>
    <message>
        <source>Needs review — kept as written:</source>
        <translation>Por revisar — conservado tal como estaba escrito:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
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
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {number}</source>
        <translation>Copiar {number}</translation>
    </message>
    <message>
        <source>WhatsApp {number}</source>
        <translation>WhatsApp {number}</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Write to {address}</source>
        <translation>Escribir a {address}</translation>
    </message>
    <message>
        <source>Copy {address}</source>
        <translation>Copiar {address}</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Named in releases</source>
        <translation>Citado en comunicados</translation>
    </message>
    <message>
        <source>Reading the releases that name this person…</source>
        <translation>Leyendo los comunicados que mencionan a esta persona…</translation>
    </message>
    <message>
        <source>No release names this person yet.</source>
        <translation>Ningún comunicado menciona aún a esta persona.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Open release {title}</source>
        <translation>Abrir el comunicado {title}</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>{text} copiado</translation>
    </message>
    <message>
        <source>Email: {address}</source>
        <translation>Correo: {address}</translation>
    </message>
    <message>
        <source>Languages: {list}</source>
        <translation>Idiomas: {list}</translation>
    </message>
    <message>
        <source>Card copied to the clipboard</source>
        <translation>Ficha copiada al portapapeles</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>Country “{text}” is not a country Press Desk knows.</source>
        <translation>El país «{text}» no es un país que Press Desk conozca.</translation>
    </message>
    <message>
        <source>{value} already belongs to contact {id} ({name}). Save anyway if it is shared.</source>
        <translation>{value} ya pertenece al contacto {id} ({name}). Guarde de todos modos si es compartido.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation>C&amp;orreos</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>e.g. IOM Tajikistan</source>
        <translation>p. ej. OIM Tayikistán</translation>
    </message>
    <message>
        <source>e.g. fr, ru, tg</source>
        <translation>p. ej. fr, ru, tg</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ContactImportController</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards read</source>
        <translation>
            <numerusform>%Ln ficha leída</numerusform>
            <numerusform>%Ln fichas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {created}, {updated}, {unchanged}.</source>
        <translation>{file}: {created}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln creado</numerusform>
            <numerusform>%Ln creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values were kept as written for review.</source>
        <translation>
            <numerusform>%Ln valor se conservó tal cual, por revisar.</numerusform>
            <numerusform>%Ln valores se conservaron tal cual, por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import of {file} was cancelled: nothing was written.</source>
        <translation>La importación de {file} se canceló: no se escribió nada.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {reason}</source>
        <translation>No se importó nada de {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>added phone {value}</source>
        <translation>teléfono {value} añadido</translation>
    </message>
    <message>
        <source>added email {value}</source>
        <translation>correo {value} añadido</translation>
    </message>
    <message>
        <source>title set to {value}</source>
        <translation>cargo: {value}</translation>
    </message>
    <message>
        <source>title {old} → {value}</source>
        <translation>cargo {old} → {value}</translation>
    </message>
    <message>
        <source>notes added</source>
        <translation>notas añadidas</translation>
    </message>
    <message>
        <source>office set to {value}</source>
        <translation>oficina: {value}</translation>
    </message>
    <message>
        <source>country set to {value}</source>
        <translation>país: {value}</translation>
    </message>
    <message>
        <source>tags added: {value}</source>
        <translation>etiquetas añadidas: {value}</translation>
    </message>
    <message>
        <source>languages added: {value}</source>
        <translation>idiomas añadidos: {value}</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>Importar los contactos de {file}</translation>
    </message>
    <message>
        <source>&amp;Numbers without +code are in:</source>
        <translation>&amp;Números sin +prefijo están en:</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>País predeterminado de los teléfonos</translation>
    </message>
    <message>
        <source>Each contact's office country, else {country}</source>
        <translation>El país de la oficina de cada contacto; si no, {country}</translation>
    </message>
    <message>
        <source>Each contact's office country</source>
        <translation>El país de la oficina de cada contacto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Lo que pasará</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Values kept as written for review</source>
        <translation>Valores conservados tal cual, por revisar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Importar los contactos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped (nothing to import)</source>
        <translation>Omitida (nada que importar)</translation>
    </message>
    <message>
        <source>To create: {created} · to update: {updated} · unchanged: {unchanged} · problems: {problems}</source>
        <translation>Por crear: {created} · por actualizar: {updated} · sin cambios: {unchanged} · problemas: {problems}</translation>
    </message>
    <message>
        <source>Values with a problem are kept as written and flagged for review; nothing is dropped.</source>
        <translation>Los valores con un problema se conservan tal cual y se marcan para revisión; no se pierde nada.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}</source>
        <translation>Columnas no importadas: {columns}</translation>
    </message>
    <message>
        <source>An import cannot be undone (Ctrl+Z does not reach it): what is listed here is written when you choose Import.</source>
        <translation>Una importación no se puede deshacer (Ctrl+Z no la alcanza): lo que se lista aquí se escribe al elegir Importar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cards</source>
        <translation>
            <numerusform>%Ln ficha</numerusform>
            <numerusform>%Ln fichas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, flagged for review</source>
        <translation>{action}, por revisar</translation>
    </message>
</context>
<context>
    <name>ContactUndoStack</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>A number or address needs review</source>
        <translation>Un número o una dirección necesita revisión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Por qué coincide</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>name: {value}</source>
        <translation>nombre: {value}</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>office: {value}</source>
        <translation>oficina: {value}</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>country: {value}</source>
        <translation>país: {value}</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>city: {value}</source>
        <translation>ciudad: {value}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>title: {value}</source>
        <translation>cargo: {value}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>phone: {value}</source>
        <translation>teléfono: {value}</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>email: {value}</source>
        <translation>correo: {value}</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>similar to {value}</source>
        <translation>parecido a {value}</translation>
    </message>
    <message>
        <source>named in a release</source>
        <translation>citado en un comunicado</translation>
    </message>
    <message>
        <source>release: {value}</source>
        <translation>comunicado: {value}</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>The whole directory sorts by name, title, office or country; search to sort the results by any column.</source>
        <translation>El directorio completo se ordena por nombre, cargo, oficina o país; busque para ordenar los resultados por cualquier columna.</translation>
    </message>
    <message>
        <source>No contact matches “{query}”.</source>
        <translation>Ningún contacto coincide con «{query}».</translation>
    </message>
    <message>
        <source>No contacts yet — &lt;a href="import"&gt;import a release&lt;/a&gt; (Ctrl+I) or &lt;a href="demo"&gt;load the demo data&lt;/a&gt;.</source>
        <translation>Aún no hay contactos — &lt;a href="import"&gt;importe un comunicado&lt;/a&gt; (Ctrl+I) o &lt;a href="demo"&gt;cargue los datos de demostración&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Search names, offices, countries, releases, numbers… (Ctrl+K)</source>
        <translation>Buscar nombres, oficinas, países, comunicados, números… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Columns (right-click to choose)</source>
        <translation>Columnas (clic derecho para elegir)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln releases</source>
        <translation>
            <numerusform>%Ln comunicado</numerusform>
            <numerusform>%Ln comunicados</numerusform>
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
        <translation>No se pudo acceder a la base de datos: {reason}</translation>
    </message>
    <message>
        <source>The database reported a problem: {reason}</source>
        <translation>La base de datos informó de un problema: {reason}</translation>
    </message>
    <message>
        <source>A file or the network could not be used: {reason}</source>
        <translation>No se pudo usar un archivo o la red: {reason}</translation>
    </message>
    <message>
        <source>Press Desk</source>
        <translation>Press Desk</translation>
    </message>
    <message>
        <source>Something went wrong, and it is a bug in Press Desk. Your data is safe: every change is saved in one transaction or not at all.</source>
        <translation>Algo salió mal y es un error de Press Desk. Sus datos están a salvo: cada cambio se guarda en una sola transacción o no se guarda.</translation>
    </message>
    <message>
        <source>Details are in the log: {path}</source>
        <translation>Los detalles están en el registro: {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Qué contactos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactos:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Include &amp;archived contacts</source>
        <translation>Incluir los contactos &amp;archivados</translation>
    </message>
    <message>
        <source>Everyone in the directory</source>
        <translation>Todo el directorio</translation>
    </message>
    <message>
        <source>The search results for “{query}”</source>
        <translation>Los resultados de la búsqueda «{query}»</translation>
    </message>
    <message>
        <source>The search results (no search)</source>
        <translation>Los resultados de la búsqueda (sin búsqueda)</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>El contacto seleccionado</translation>
    </message>
    <message>
        <source>The selected contacts</source>
        <translation>Los contactos seleccionados</translation>
    </message>
    <message>
        <source>An office</source>
        <translation>Una oficina</translation>
    </message>
    <message>
        <source>A country</source>
        <translation>Un país</translation>
    </message>
    <message>
        <source>A region</source>
        <translation>Una región</translation>
    </message>
    <message>
        <source>PDF contact sheet (to print or attach)</source>
        <translation>Lista de contactos PDF (para imprimir o adjuntar)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>vCard 4.0 (phones, Thunderbird, Apple)</source>
        <translation>vCard 4.0 (teléfonos, Thunderbird, Apple)</translation>
    </message>
    <message>
        <source>vCard 3.0 (Outlook, Google, older phones)</source>
        <translation>vCard 3.0 (Outlook, Google, teléfonos antiguos)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Which contacts to export</source>
        <translation>Contactos que exportar</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Press contacts</source>
        <translation>Contactos de prensa</translation>
    </message>
    <message>
        <source>&amp;Which office:</source>
        <translation>&amp;Qué oficina:</translation>
    </message>
    <message>
        <source>&amp;Which country:</source>
        <translation>&amp;Qué país:</translation>
    </message>
    <message>
        <source>&amp;Which region:</source>
        <translation>&amp;Qué región:</translation>
    </message>
    <message>
        <source>A sheet to print or attach: people grouped by region, country and office, phones in international format with their kind and extension, emails and languages.</source>
        <translation>Una lista para imprimir o adjuntar: las personas agrupadas por región, país y oficina, los teléfonos en formato internacional con su tipo y extensión, los correos y los idiomas.</translation>
    </message>
    <message>
        <source>One row per contact, several phones and emails in labelled columns (UTF-8). No cell runs as a formula in a spreadsheet.</source>
        <translation>Una fila por contacto, varios teléfonos y correos en columnas con nombre (UTF-8). Ninguna celda se ejecuta como fórmula en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>A workbook with typed cells, phones as text, the header row frozen and filters on.</source>
        <translation>Un libro con celdas tipadas, los teléfonos como texto, la fila de encabezado inmovilizada y los filtros activados.</translation>
    </message>
    <message>
        <source>One card per contact for address books: Thunderbird, Apple Contacts, Android, Gmail.</source>
        <translation>Una tarjeta por contacto para libretas de direcciones: Thunderbird, Contactos de Apple, Android, Gmail.</translation>
    </message>
    <message>
        <source>One card per contact for Outlook, Google Contacts and older phones.</source>
        <translation>Una tarjeta por contacto para Outlook, Google Contacts y teléfonos antiguos.</translation>
    </message>
    <message>
        <source>PDF contact sheet</source>
        <translation>Lista de contactos PDF</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>Archivo vCard</translation>
    </message>
    <message>
        <source>press-contacts</source>
        <translation>contactos-prensa</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando a {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {people} to {file}.</source>
        <translation>Exportación terminada: {people} a {file}.</translation>
    </message>
    <message>
        <source>Export cancelled: {file} was not written.</source>
        <translation>Exportación cancelada: no se escribió {file}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>No se pudo escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>Feeds are already being checked.</source>
        <translation>Ya se están revisando los canales.</translation>
    </message>
    <message>
        <source>Checking feeds…</source>
        <translation>Revisando los canales…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check feeds</source>
        <translation>Revisar los canales</translation>
    </message>
    <message>
        <source>Feed check progress</source>
        <translation>Progreso de la revisión de canales</translation>
    </message>
    <message>
        <source>Fetching {page}…</source>
        <translation>Descargando {page}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message numerus="yes">
        <source>Feeds checked: %Ln new releases.</source>
        <translation>
            <numerusform>Canales revisados: %Ln comunicado nuevo.</numerusform>
            <numerusform>Canales revisados: %Ln comunicados nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}: {new}, {seen}, {failed}</source>
        <translation>{feed}: {new}, {seen}, {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seen before</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln ya visto</numerusform>
            <numerusform>%Ln ya vistos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln con error</numerusform>
            <numerusform>%Ln con error</numerusform>
        </translation>
    </message>
    <message>
        <source>• {page}: {reason}</source>
        <translation>• {page}: {reason}</translation>
    </message>
    <message>
        <source>Feeds checked</source>
        <translation>Canales revisados</translation>
    </message>
    <message>
        <source>{feed}: not read: {reason}</source>
        <translation>{feed}: no leído: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (tried again at the next check)</source>
        <translation>
            <numerusform>… y %n más (se reintentará en la próxima comprobación)</numerusform>
            <numerusform>… y %n más (se reintentarán en la próxima comprobación)</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds are saved: add one in Settings.</source>
        <translation>No hay canales guardados: añada uno en Configuración.</translation>
    </message>
    <message>
        <source>Feeds not checked: {reason}</source>
        <translation>Canales no revisados: {reason}</translation>
    </message>
    <message>
        <source>Check &amp;Feeds</source>
        <translation>Re&amp;visar canales</translation>
    </message>
    <message>
        <source>Import the new releases of the saved newsroom feeds</source>
        <translation>Importar los comunicados nuevos de los canales de prensa guardados</translation>
    </message>
</context>
<context>
    <name>FeedsBox</name>
    <message>
        <source>Last check: {reason}</source>
        <translation>Última comprobación: {reason}</translation>
    </message>
    <message>
        <source>Feed saved.</source>
        <translation>Canal guardado.</translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation>Canal quitado.</translation>
    </message>
    <message>
        <source>Newsroom feeds</source>
        <translation>Canales de sala de prensa</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>Ca&amp;nales</translation>
    </message>
    <message>
        <source>Feed address (https://…) or file</source>
        <translation>Dirección del canal (https://…) o archivo</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Dirección del canal</translation>
    </message>
    <message>
        <source>Saved feeds</source>
        <translation>Canales guardados</translation>
    </message>
    <message>
        <source>&amp;Add Feed</source>
        <translation>&amp;Añadir canal</translation>
    </message>
    <message>
        <source>Remo&amp;ve Feed</source>
        <translation>&amp;Quitar canal</translation>
    </message>
    <message>
        <source>Check the feeds when Press Desk starts</source>
        <translation>Revisar los canales al iniciar Press Desk</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import releases or contacts</source>
        <translation>Importar comunicados o contactos</translation>
    </message>
    <message>
        <source>Releases and contacts</source>
        <translation>Comunicados y contactos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Cargando los datos de demostración…</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Datos de demostración cargados.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message>
        <source>the import was not written.</source>
        <translation>la importación no se guardó.</translation>
    </message>
    <message>
        <source>Demo data not loaded: {reason}</source>
        <translation>Datos de demostración no cargados: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import releases</source>
        <translation>Importar comunicados</translation>
    </message>
    <message>
        <source>Working on {0}…</source>
        <translation>Procesando {0}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>La importación se canceló: no se escribió nada.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Releases: {new}, {updated}, {unchanged}.</source>
        <translation>Comunicados: {new}, {updated}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts: {created}, {updated}, {linked}.</source>
        <translation>Contactos: {created}, {updated}, {linked}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln creado</numerusform>
            <numerusform>%Ln creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked</source>
        <comment>contacts</comment>
        <translation>
            <numerusform>%Ln vinculado</numerusform>
            <numerusform>%Ln vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts have values kept as written for review.</source>
        <translation>
            <numerusform>%n contacto tiene valores guardados tal cual, para revisar.</numerusform>
            <numerusform>%n contactos tienen valores guardados tal cual, para revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read:</source>
        <translation>
            <numerusform>No se pudo leer %n archivo:</numerusform>
            <numerusform>No se pudieron leer %n archivos:</numerusform>
        </translation>
    </message>
    <message>
        <source>• {file}: {reason}</source>
        <translation>• {file}: {reason}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message>
        <source>the import was not written.</source>
        <translation>la importación no se guardó.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>File or person</source>
        <translation>Archivo o persona</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué ocurrirá</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the files</source>
        <translation>Importar los archivos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>No release files to import.</source>
        <translation>No hay archivos de comunicados para importar.</translation>
    </message>
    <message>
        <source>Releases: {new}, {to_update}, {unchanged}.</source>
        <translation>Comunicados: {new}, {to_update}, {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln por actualizar</numerusform>
            <numerusform>%Ln por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <comment>releases</comment>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files cannot be read and will be skipped.</source>
        <translation>
            <numerusform>%Ln archivo no se puede leer y se omitirá.</numerusform>
            <numerusform>%Ln archivos no se pueden leer y se omitirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Comunicado nuevo</translation>
    </message>
    <message>
        <source>Release updated</source>
        <translation>Comunicado actualizado</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>No headline found</source>
        <translation>No se encontró ningún titular</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Crear contacto</translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation>Actualizar contacto</translation>
    </message>
    <message>
        <source>Link to existing contact</source>
        <translation>Vincular al contacto existente</translation>
    </message>
    <message>
        <source>Quoted, not in the directory</source>
        <translation>Citado, no está en el directorio</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>citado</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contacto de prensa</translation>
    </message>
    <message>
        <source>{role}: {snippet}</source>
        <translation>{role}: {snippet}</translation>
    </message>
    <message>
        <source>{0}, flagged for review</source>
        <translation>{0}, marcado para revisión</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Conservado tal cual</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
</context>
<context>
    <name>InquiriesModel</name>
    <message>
        <source>{mine} here; {theirs} {zone} for the journalist</source>
        <translation>{mine} aquí; {theirs} {zone} para el periodista</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
</context>
<context>
    <name>InquiriesView</name>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing open: the %n inquiries on record are answered or closed. Status: All shows them.</source>
        <translation>
            <numerusform>Nada abierto: la consulta registrada está respondida o cerrada. Estado «Todos» la muestra.</numerusform>
            <numerusform>Nada abierto: las %n consultas registradas están respondidas o cerradas. Estado «Todos» las muestra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n inquiries on record matches these filters.</source>
        <translation>
            <numerusform>La consulta registrada no coincide con estos filtros.</numerusform>
            <numerusform>Ninguna de las %n consultas registradas coincide con estos filtros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inquiries could not be loaded: {0}</source>
        <translation>No se pudieron cargar las consultas: {0}</translation>
    </message>
    <message>
        <source>Export the inquiries</source>
        <translation>Exportar las consultas</translation>
    </message>
    <message>
        <source>Spreadsheet (*.{0})</source>
        <translation>Hoja de cálculo (*.{0})</translation>
    </message>
    <message>
        <source>Exported one inquiry to {path}</source>
        <translation>Una consulta exportada a {path}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n inquiries to {path}</source>
        <translation>
            <numerusform>%n consulta exportada a {path}</numerusform>
            <numerusform>%n consultas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the deadline to a calendar</source>
        <translation>Añadir el plazo a un calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Deadline saved to {path}: open it to add it to your calendar</source>
        <translation>Plazo guardado en {path}: ábralo para añadirlo a su calendario</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>No exportado: {reason}</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>&amp;Journalists</source>
        <translation>Periodi&amp;stas</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>A&amp;ssignee</source>
        <translation>Respo&amp;nsable</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>O&amp;ficina</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Outl&amp;et</source>
        <translation>M&amp;edio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Log an inquiry…</source>
        <translation>&amp;Registrar una consulta…</translation>
    </message>
    <message>
        <source>Log an inquiry (Ctrl+Shift+N)</source>
        <translation>Registrar una consulta (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>Respon&amp;der…</translation>
    </message>
    <message>
        <source>Assign, answer or change the status (Enter)</source>
        <translation>Asignar, responder o cambiar el estado (Intro)</translation>
    </message>
    <message>
        <source>Deadline to &amp;calendar…</source>
        <translation>Plazo al &amp;calendario…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export the log as CSV…</source>
        <translation>Exportar el registro en CSV…</translation>
    </message>
    <message>
        <source>Export the log as Excel (XLSX)…</source>
        <translation>Exportar el registro en Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>No inquiries here. Log one with Ctrl+Shift+N when a journalist calls.</source>
        <translation>No hay consultas aquí. Registre una con Ctrl+Mayús+N cuando llame un periodista.</translation>
    </message>
</context>
<context>
    <name>InquiryCommands</name>
    <message numerus="yes">
        <source>Inquiries (%n overdue)</source>
        <translation>
            <numerusform>Consultas (%n vencida)</numerusform>
            <numerusform>Consultas (%n vencidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Logged: {topic}</source>
        <translation>Registrada: {topic}</translation>
    </message>
    <message>
        <source>Saved: {topic}</source>
        <translation>Consulta actualizada: {topic}</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Nobody yet (assign later)</source>
        <translation>Nadie por ahora (asignar más tarde)</translation>
    </message>
    <message>
        <source>chosen from their card</source>
        <translation>elegido desde su ficha</translation>
    </message>
    <message>
        <source>{name} — {reason}</source>
        <translation>{name} — {reason}</translation>
    </message>
    <message>
        <source>One suggested assignee</source>
        <translation>Una persona sugerida</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested assignees</source>
        <translation>
            <numerusform>%n persona sugerida</numerusform>
            <numerusform>%n personas sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <source>Journalist: a name is needed.</source>
        <translation>Periodista: se necesita un nombre.</translation>
    </message>
    <message>
        <source>Topic: a few words are needed.</source>
        <translation>Tema: se necesitan algunas palabras.</translation>
    </message>
    <message>
        <source>Log an inquiry</source>
        <translation>Registrar una consulta</translation>
    </message>
    <message>
        <source>&amp;Journalist</source>
        <translation>Peri&amp;odista</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>P&amp;lazo</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Recibida el</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Asignar a</translation>
    </message>
    <message>
        <source>Deadline date and time</source>
        <translation>Fecha y hora del plazo</translation>
    </message>
    <message>
        <source>The inquiry has a deadline</source>
        <translation>La consulta tiene un plazo</translation>
    </message>
    <message>
        <source>In your time zone ({zone}). Presets: Alt+1, Alt+2, Alt+3</source>
        <translation>En su zona horaria ({zone}). Atajos: Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Type a name; known journalists are suggested</source>
        <translation>Escriba un nombre; se sugieren los periodistas conocidos</translation>
    </message>
    <message>
        <source>e.g. Almaty process</source>
        <translation>p. ej. proceso de Almaty</translation>
    </message>
    <message>
        <source>&amp;Log inquiry</source>
        <translation>Re&amp;gistrar la consulta</translation>
    </message>
    <message>
        <source>Log inquiry (Ctrl+Enter)</source>
        <translation>Registrar la consulta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>About the release: {title}</source>
        <translation>Sobre el comunicado: {title}</translation>
    </message>
</context>
<context>
    <name>InquiryTexts</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>named in the release “{title}”</source>
        <translation>citado en el comunicado «{title}»</translation>
    </message>
    <message>
        <source>named in a release on this topic</source>
        <translation>citado en un comunicado sobre este tema</translation>
    </message>
    <message>
        <source>works at {office}, in {country}</source>
        <translation>trabaja en {office}, {country}</translation>
    </message>
    <message>
        <source>works at {office}</source>
        <translation>trabaja en {office}</translation>
    </message>
    <message>
        <source>officer of the office in that country</source>
        <translation>responsable de la oficina en ese país</translation>
    </message>
    <message numerus="yes">
        <source>answered %n similar inquiries</source>
        <translation>
            <numerusform>respondió %n consulta similar</numerusform>
            <numerusform>respondió %n consultas similares</numerusform>
        </translation>
    </message>
    <message>
        <source>answered similar inquiries</source>
        <translation>respondió consultas similares</translation>
    </message>
</context>
<context>
    <name>JournalistCard</name>
    <message>
        <source>Journalist card</source>
        <translation>Ficha del periodista</translation>
    </message>
    <message>
        <source>Type a name or an outlet to find a journalist.</source>
        <translation>Escriba un nombre o un medio para encontrar a un periodista.</translation>
    </message>
    <message>
        <source>wire</source>
        <translation>agencia</translation>
    </message>
    <message>
        <source>print</source>
        <translation>prensa escrita</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>radio y televisión</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Log an inquiry from this journalist</source>
        <translation>Registrar una consulta de este periodista</translation>
    </message>
    <message>
        <source>Log an inquiry from {name}</source>
        <translation>Registrar una consulta de {name}</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>Inquiries (%n)</source>
        <translation>
            <numerusform>Consultas (%n)</numerusform>
            <numerusform>Consultas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No inquiry from this journalist yet.</source>
        <translation>Todavía ninguna consulta de este periodista.</translation>
    </message>
    <message>
        <source>Newest first; Enter or a double click opens one.</source>
        <translation>Las más recientes primero; Intro o un doble clic abre una.</translation>
    </message>
    <message>
        <source>Inquiries from this journalist</source>
        <translation>Consultas de este periodista</translation>
    </message>
    <message>
        <source>deadline {when}</source>
        <translation>plazo {when}</translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation>recibida {when}</translation>
    </message>
    <message>
        <source>Email: {address}</source>
        <translation>Correo: {address}</translation>
    </message>
</context>
<context>
    <name>JournalistsPanel</name>
    <message>
        <source>The journalists could not be loaded: {0}</source>
        <translation>No se pudieron cargar los periodistas: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n journalists</source>
        <translation>
            <numerusform>%n periodista</numerusform>
            <numerusform>%n periodistas</numerusform>
        </translation>
    </message>
    <message>
        <source>No journalist matches. Journalists are added when you log their first inquiry.</source>
        <translation>Ningún periodista coincide. Un periodista se añade al registrar su primera consulta.</translation>
    </message>
    <message>
        <source>No journalists yet: they are added when you log their first inquiry (Ctrl+Shift+N).</source>
        <translation>Todavía no hay periodistas: se añaden al registrar su primera consulta (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Name, outlet, beat, email or number</source>
        <translation>Nombre, medio, sección, correo o número</translation>
    </message>
    <message>
        <source>Find a journalist</source>
        <translation>Buscar un periodista</translation>
    </message>
    <message>
        <source>Outlet &amp;kind</source>
        <translation>&amp;Tipo de medio</translation>
    </message>
    <message>
        <source>Outlet kind</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <source>Journalists found</source>
        <translation>Periodistas encontrados</translation>
    </message>
</context>
<context>
    <name>KeyboardCommands</name>
    <message>
        <source>No number to call on this card</source>
        <translation>No hay ningún número al que llamar en esta ficha</translation>
    </message>
    <message>
        <source>No address to write to on this card</source>
        <translation>No hay ninguna dirección a la que escribir en esta ficha</translation>
    </message>
    <message>
        <source>No WhatsApp number on this card</source>
        <translation>No hay ningún número de WhatsApp en esta ficha</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>Added {name}</source>
        <translation>{name} añadido</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>No archivado</translation>
    </message>
    <message>
        <source>Archive {name}</source>
        <translation>Archivar {name}</translation>
    </message>
    <message>
        <source>Archived {name} — Ctrl+Z brings them back</source>
        <translation>{name} archivado — Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>Password not stored</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password was not saved.</source>
        <translation>No hay un llavero del sistema disponible, así que la contraseña no se guardó.</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>no abierta</translation>
    </message>
    <message>
        <source>Press Desk</source>
        <translation>Press Desk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
</context>
<context>
    <name>OfficeContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Edit office</source>
        <translation>Editar oficina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Switchboard &amp;phone:</source>
        <translation>&amp;Teléfono de la centralita:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Switchboard phone</source>
        <translation>Teléfono de la centralita</translation>
    </message>
    <message>
        <source>Office email</source>
        <translation>Correo de la oficina</translation>
    </message>
    <message>
        <source>e.g. Asia/Dushanbe</source>
        <translation>p. ej. Asia/Dushanbe</translation>
    </message>
    <message>
        <source>as dialled from abroad or in the country</source>
        <translation>tal como se marca desde el extranjero o en el país</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the office</source>
        <translation>Guardar la oficina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <source>An office needs a name.</source>
        <translation>Una oficina necesita un nombre.</translation>
    </message>
    <message>
        <source>'{0}' is not an IANA time zone such as Asia/Dushanbe.</source>
        <translation>«{0}» no es una zona horaria IANA como Asia/Dushanbe.</translation>
    </message>
    <message>
        <source>Will be saved as {0}</source>
        <translation>Se guardará como {0}</translation>
    </message>
    <message>
        <source>Phone '{0}': {1}</source>
        <translation>Teléfono «{0}»: {1}</translation>
    </message>
    <message>
        <source>Email '{0}': {1}</source>
        <translation>Correo «{0}»: {1}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Not saved because of an unexpected error: {0}</source>
        <translation>No guardado por un error inesperado: {0}</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Sin país</translation>
    </message>
</context>
<context>
    <name>OfficesView</name>
    <message>
        <source>Offices by region and country</source>
        <translation>Oficinas por región y país</translation>
    </message>
    <message>
        <source>Contacts of the selected office</source>
        <translation>Contactos de la oficina seleccionada</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Detalles de la oficina</translation>
    </message>
    <message>
        <source>Edit office…</source>
        <translation>Editar oficina…</translation>
    </message>
    <message>
        <source>Edit the selected office</source>
        <translation>Editar la oficina seleccionada</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the contacts of the selected office</source>
        <translation>Exportar los contactos de la oficina seleccionada</translation>
    </message>
    <message>
        <source>The offices could not be loaded: {0}</source>
        <translation>No se pudieron cargar las oficinas: {0}</translation>
    </message>
    <message>
        <source>No offices yet: they come with the contacts and releases you import (File → Import…, Ctrl+I), or with a contact you add (Ctrl+N).</source>
        <translation>Aún no hay oficinas: llegan con los contactos y comunicados que importe (Archivo → Importar…, Ctrl+I), o con un contacto que añada (Ctrl+N).</translation>
    </message>
    <message>
        <source>Select an office to see its details and people.</source>
        <translation>Seleccione una oficina para ver sus detalles y su personal.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
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
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>Correct the connection in Settings, or work with the database on this computer for now.</source>
        <translation>Corrija la conexión en Configuración o trabaje por ahora con la base de datos de este equipo.</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir Configuración…</translation>
    </message>
    <message>
        <source>Use this computer's database</source>
        <translation>Usar la base de datos de este equipo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichero</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>the file is on a read-only medium and was opened read-only: it can be listed and searched, not changed. Copy it to a writable folder to change it.</source>
        <translation>el archivo está en un soporte de solo lectura y se abrió en solo lectura: se puede listar y buscar, no modificar. Cópielo a una carpeta con permiso de escritura para cambiarlo.</translation>
    </message>
    <message>
        <source>the server role “{role}” may only read this directory: it can be listed, searched and exported, not changed. Ask the server's administrator for editor rights.</source>
        <translation>el rol «{role}» del servidor solo puede leer este directorio: se puede listar, buscar y exportar, no modificar. Pida al administrador del servidor permisos de edición.</translation>
    </message>
    <message>
        <source>no write permission</source>
        <translation>sin permiso de escritura</translation>
    </message>
    <message>
        <source>Read-only: you can search and export, not change the directory ({reason})</source>
        <translation>Solo lectura: puede buscar y exportar, no modificar el directorio ({reason})</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>empty phone number</source>
        <translation>número de teléfono vacío</translation>
    </message>
    <message>
        <source>this is not a phone number</source>
        <translation>esto no es un número de teléfono</translation>
    </message>
    <message>
        <source>the country calling code is missing or unknown; write it as +CC or give the office's country</source>
        <translation>falta el prefijo del país o es desconocido; escríbalo como +CC o indique el país de la oficina</translation>
    </message>
    <message>
        <source>not a number for {country} and has no +country code</source>
        <translation>no es un número de {country} y no tiene prefijo +país</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>demasiado corto tras el prefijo internacional</translation>
    </message>
    <message>
        <source>too short to be a phone number</source>
        <translation>demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <source>the extension has {digits} digits; extensions have 10 at most</source>
        <translation>la extensión tiene {digits} dígitos; una extensión tiene 10 como máximo</translation>
    </message>
    <message>
        <source>+{calling_code} is not a country calling code in use</source>
        <translation>+{calling_code} no es un prefijo de país en uso</translation>
    </message>
    <message>
        <source>too short for {country}: numbers there have {expected} after +{calling_code}, this one has {digits}</source>
        <translation>demasiado corto para {country}: allí los números tienen {expected} después de +{calling_code}, este tiene {digits}</translation>
    </message>
    <message>
        <source>too long for {country}: numbers there have {expected} after +{calling_code}, this one has {digits}</source>
        <translation>demasiado largo para {country}: allí los números tienen {expected} después de +{calling_code}, este tiene {digits}</translation>
    </message>
    <message>
        <source>not a valid number for {country}: numbers there have {expected} after +{calling_code}, this one has {digits}</source>
        <translation>número no válido para {country}: allí los números tienen {expected} después de +{calling_code}, este tiene {digits}</translation>
    </message>
    <message>
        <source>not a valid number for {country}: the digits do not form a number in use there</source>
        <translation>número no válido para {country}: estos dígitos no forman un número en uso</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>número no válido para {country}</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>{number} already belongs to contact {id} ({name})</source>
        <translation>{number} ya pertenece al contacto {id} ({name})</translation>
    </message>
    <message>
        <source>empty email address</source>
        <translation>dirección de correo vacía</translation>
    </message>
    <message>
        <source>the page hid this address behind an email-protection placeholder; it cannot be read from the text</source>
        <translation>la página ocultó esta dirección tras una protección contra spam; no se puede leer en el texto</translation>
    </message>
    <message>
        <source>an address must have exactly one @-sign</source>
        <translation>una dirección debe tener exactamente una @</translation>
    </message>
    <message>
        <source>there must be something before the @-sign</source>
        <translation>debe haber algo antes de la @</translation>
    </message>
    <message>
        <source>there must be something after the @-sign</source>
        <translation>debe haber algo después de la @</translation>
    </message>
    <message>
        <source>the part after the @-sign ({domain}) should have a period</source>
        <translation>la parte después de la @ ({domain}) debe tener un punto</translation>
    </message>
    <message>
        <source>the part after the @-sign ({domain}) is not a valid domain name</source>
        <translation>la parte después de la @ ({domain}) no es un nombre de dominio válido</translation>
    </message>
    <message>
        <source>not a valid address: {detail}</source>
        <translation>dirección no válida: {detail}</translation>
    </message>
    <message>
        <source>not a valid address</source>
        <translation>dirección no válida</translation>
    </message>
    <message>
        <source>{address} already belongs to contact {id} ({name})</source>
        <translation>{address} ya pertenece al contacto {id} ({name})</translation>
    </message>
    <message>
        <source>an office needs a name</source>
        <translation>una oficina necesita un nombre</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>office {office} already has this name</source>
        <translation>la oficina {office} ya tiene este nombre</translation>
    </message>
    <message>
        <source>not an ISO 3166 country code (e.g. TJ) nor a country name Press Desk knows</source>
        <translation>no es un código de país ISO 3166 (p. ej. TJ) ni un nombre de país que Press Desk conozca</translation>
    </message>
    <message>
        <source>not an IANA time zone such as Asia/Dushanbe</source>
        <translation>no es una zona horaria IANA como Asia/Dushanbe</translation>
    </message>
    <message>
        <source>No {entity} with id {key}</source>
        <translation>ningún elemento «{entity}» con el identificador {key}</translation>
    </message>
    <message>
        <source>{entity} {key} was changed since you opened it: reload it and apply your change again</source>
        <translation>{entity} {key}: se modificó después de que lo abriera; vuelva a cargarlo y repita su cambio</translation>
    </message>
    <message>
        <source>{entity} {key} was changed by {who} at {when} since you opened it: reload it and apply your change again</source>
        <translation>{entity} {key}: {who} lo modificó el {when} después de que lo abriera; vuelva a cargarlo y repita su cambio</translation>
    </message>
    <message>
        <source>The server at {where} refused the user name {user} or its password: check both in Settings.</source>
        <translation>El servidor {where} rechazó el usuario {user} o su contraseña: compruebe ambos en Preferencias.</translation>
    </message>
    <message>
        <source>There is no database {database} on {where}: ask its administrator to create it (CREATE DATABASE {database}).</source>
        <translation>No hay ninguna base de datos {database} en {where}: pida a su administrador que la cree (CREATE DATABASE {database}).</translation>
    </message>
    <message>
        <source>The server at {where} cannot be reached: check the host name and port, and that the server accepts connections from this computer ({reason}).</source>
        <translation>No se puede conectar con el servidor {where}: compruebe el nombre del host y el puerto, y que el servidor acepte conexiones desde este equipo ({reason}).</translation>
    </message>
    <message>
        <source>{server} is not a PostgreSQL server</source>
        <translation>{server} no es un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>The database {database} was made by a newer Press Desk (schema {schema}): update Press Desk on this computer.</source>
        <translation>La base de datos {database} la creó una versión más reciente de Press Desk (esquema {schema}): actualice Press Desk en este equipo.</translation>
    </message>
    <message>
        <source>The server lacks the extension(s) {missing} that search needs: its administrator can install them (the postgresql-contrib package).</source>
        <translation>Al servidor le faltan las extensiones {missing} que necesita la búsqueda: su administrador puede instalarlas (paquete postgresql-contrib).</translation>
    </message>
    <message>
        <source>The role {user} may not create Press Desk's tables in {database}: have the database's owner start Press Desk once, or grant it (GRANT CREATE ON SCHEMA public, GRANT CREATE ON DATABASE).</source>
        <translation>El rol {user} no puede crear las tablas de Press Desk en {database}: haga que el propietario de la base de datos inicie Press Desk una vez, o concédale el permiso (GRANT CREATE ON SCHEMA public, GRANT CREATE ON DATABASE).</translation>
    </message>
    <message>
        <source>Connected to {database}: it is empty, and Press Desk will create its tables on first use.</source>
        <translation>Conectado a {database}: está vacía y Press Desk creará sus tablas en el primer uso.</translation>
    </message>
    <message>
        <source>Connected to {database} with read-only rights: search and export work, changes do not.</source>
        <translation>Conectado a {database} con permisos de solo lectura: la búsqueda y la exportación funcionan, los cambios no.</translation>
    </message>
    <message>
        <source>Connected to {database}.</source>
        <translation>Conectado a {database}.</translation>
    </message>
    <message>
        <source>not a release file Press Desk reads ({suffixes})</source>
        <translation>no es un archivo de comunicado que Press Desk lea ({suffixes})</translation>
    </message>
    <message>
        <source>skipped: not a release file ({suffixes})</source>
        <translation>omitido: no es un archivo de comunicado ({suffixes})</translation>
    </message>
    <message>
        <source>could not be read as a release: {detail}</source>
        <translation>no se pudo leer como comunicado: {detail}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>is a folder, not a release file</source>
        <translation>es una carpeta, no un archivo de comunicado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {limit} a press release can be; it was not read</source>
        <translation>el archivo ocupa {size}, más que los {limit} que puede ocupar un comunicado; no se ha leído</translation>
    </message>
    <message>
        <source>the page is {size}, more than the {limit} a press release can be; it was not read</source>
        <translation>la página ocupa {size}, más que los {limit} que puede ocupar un comunicado; no se ha leído</translation>
    </message>
    <message>
        <source>the document unzipped is {size}, more than the {limit} a press release can be; it was not read</source>
        <translation>el documento descomprimido ocupa {size}, más que los {limit} que puede ocupar un comunicado; no se ha leído</translation>
    </message>
    <message>
        <source>the text is {chars} characters long, more than the {limit} a press release can be; it was not read</source>
        <translation>el texto tiene {chars} caracteres, más que los {limit} que puede tener un comunicado; no se ha leído</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>not valid UTF-16 text ({detail})</source>
        <translation>texto UTF-16 no válido ({detail})</translation>
    </message>
    <message>
        <source>the text is in none of the encodings UTF-8 or Windows-1252</source>
        <translation>el texto no está en ninguna de las codificaciones UTF-8 o Windows-1252</translation>
    </message>
    <message>
        <source>is a PDF; name it with a .pdf suffix to import it</source>
        <translation>es un PDF; póngale la extensión .pdf para importarlo</translation>
    </message>
    <message>
        <source>no readable text (it is mostly control or replacement characters, or empty)</source>
        <translation>no hay texto legible (casi todo son caracteres de control o de sustitución, o está vacío)</translation>
    </message>
    <message>
        <source>no readable text on the page</source>
        <translation>no hay texto legible en la página</translation>
    </message>
    <message>
        <source>the email's parts are nested more than {depth} deep; it was not read</source>
        <translation>las partes del correo están anidadas en más de {depth} niveles; no se ha leído</translation>
    </message>
    <message>
        <source>the email has more than {parts} parts; it was not read</source>
        <translation>el correo tiene más de {parts} partes; no se ha leído</translation>
    </message>
    <message>
        <source>not a readable email ({detail})</source>
        <translation>correo ilegible ({detail})</translation>
    </message>
    <message>
        <source>the email has no text or HTML part</source>
        <translation>el correo no tiene ninguna parte de texto o HTML</translation>
    </message>
    <message>
        <source>the email text cannot be decoded ({detail})</source>
        <translation>el texto del correo no se puede descodificar ({detail})</translation>
    </message>
    <message>
        <source>not a readable Word document ({detail})</source>
        <translation>documento de Word ilegible ({detail})</translation>
    </message>
    <message>
        <source>the document has no text</source>
        <translation>el documento no contiene texto</translation>
    </message>
    <message>
        <source>part {member} unzips to {size}, {ratio} times its packed size (a zip bomb, not a document); it was not read</source>
        <translation>la parte {member} se descomprime en {size}, {ratio} veces su tamaño comprimido (una bomba zip, no un documento); no se ha leído</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, more than the {limit} a press release can have; it was not read</source>
        <translation>el PDF tiene {pages} páginas, más que las {limit} que puede tener un comunicado; no se ha leído</translation>
    </message>
    <message>
        <source>the text is more than {limit} characters long, more than a press release can be; it was not read</source>
        <translation>el texto tiene más de {limit} caracteres, más de lo que puede tener un comunicado; no se ha leído</translation>
    </message>
    <message>
        <source>the PDF is encrypted and cannot be read ({detail})</source>
        <translation>el PDF está cifrado y no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>not a readable PDF ({detail})</source>
        <translation>PDF ilegible ({detail})</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image?); Press Desk reads the text of a PDF, not pictures of text: run it through OCR or import the text instead</source>
        <translation>el PDF no tiene capa de texto (¿una imagen escaneada?); Press Desk lee el texto de un PDF, no imágenes de texto: páselo por un reconocimiento de caracteres (OCR) o importe el texto</translation>
    </message>
    <message>
        <source>the PDF's text layer cannot be read (its fonts do not say which letters they draw); import the text or an OCR of it instead</source>
        <translation>la capa de texto del PDF es ilegible (sus fuentes no indican qué letras dibujan); importe el texto o un OCR del documento</translation>
    </message>
    <message>
        <source>the feed is {size}, more than the {limit} a feed can be</source>
        <translation>el canal ocupa {size}, más que los {limit} que puede ocupar un canal</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>no es un canal RSS o Atom</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed ({detail})</source>
        <translation>no es un canal RSS o Atom ({detail})</translation>
    </message>
    <message>
        <source>a {kind} page is not a release Press Desk reads</source>
        <translation>una página {kind} no es un comunicado que Press Desk lea</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses are fetched</source>
        <translation>solo se descargan direcciones http:// y https://</translation>
    </message>
    <message>
        <source>redirected to {target}, which is not an http(s) address</source>
        <translation>redirigido a {target}, que no es una dirección http(s)</translation>
    </message>
    <message>
        <source>the page is {size}, more than the {limit} a release page can be</source>
        <translation>la página ocupa {size}, más que los {limit} que puede ocupar la página de un comunicado</translation>
    </message>
    <message>
        <source>the page is more than the {limit} a release page can be; it was not read</source>
        <translation>la página supera los {limit} que puede ocupar la página de un comunicado; no se leyó</translation>
    </message>
    <message>
        <source>took longer than {seconds} s to arrive</source>
        <translation>tardó más de {seconds} s en llegar</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>sin respuesta en {seconds} s</translation>
    </message>
    <message>
        <source>the server answered {status} {detail}</source>
        <translation>el servidor respondió {status} {detail}</translation>
    </message>
    <message>
        <source>cannot be reached: {host} refused the connection (is the address right and the server running?)</source>
        <translation>no se puede acceder: {host} rechazó la conexión (¿es correcta la dirección y está en marcha el servidor?)</translation>
    </message>
    <message>
        <source>cannot be reached: no server is known by the name {host} (check the address and this computer's network)</source>
        <translation>no se puede acceder: ningún servidor se llama {host} (compruebe la dirección y la red de este equipo)</translation>
    </message>
    <message>
        <source>cannot be reached safely: the server's certificate could not be verified ({detail})</source>
        <translation>no se puede acceder de forma segura: no se pudo verificar el certificado del servidor ({detail})</translation>
    </message>
    <message>
        <source>cannot be reached ({detail})</source>
        <translation>no se puede acceder ({detail})</translation>
    </message>
    <message>
        <source>cannot be fetched ({detail})</source>
        <translation>no se puede descargar ({detail})</translation>
    </message>
    <message>
        <source>give a feed's web address or file</source>
        <translation>indique la dirección web o el archivo de un canal</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses or a feed file on this computer</source>
        <translation>solo direcciones http:// y https:// o un archivo de canal en este equipo</translation>
    </message>
    <message>
        <source>no such file, and not an http(s) address</source>
        <translation>no existe ese archivo y no es una dirección http(s)</translation>
    </message>
    <message>
        <source>a contact needs a name; card skipped</source>
        <translation>un contacto necesita un nombre; ficha omitida</translation>
    </message>
    <message>
        <source>cannot be read as contacts: {detail}</source>
        <translation>no se puede leer como contactos: {detail}</translation>
    </message>
    <message>
        <source>cannot be read as contacts: it is not text (byte {byte} at offset {offset} cannot be decoded); is it a contact file?</source>
        <translation>no se puede leer como contactos: no es texto (el byte {byte} en la posición {offset} no se puede decodificar); ¿es un archivo de contactos?</translation>
    </message>
    <message>
        <source>cannot be decoded: {detail}</source>
        <translation>no se puede decodificar: {detail}</translation>
    </message>
    <message>
        <source>is a folder: give a file name</source>
        <translation>es una carpeta: indique un nombre de archivo</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <source>cannot be written ({detail})</source>
        <translation>no se puede escribir ({detail})</translation>
    </message>
    <message>
        <source>already exists; choose a new name</source>
        <translation>ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>is damaged: {detail}; the current database was left as it was</source>
        <translation>está dañado: {detail}; la base de datos actual no se ha modificado</translation>
    </message>
    <message>
        <source>is damaged: {count} row(s) point to missing rows (first: {table} row {row} → {parent}); the current database was left as it was</source>
        <translation>está dañado: {count} fila(s) remiten a filas que faltan (primera: {table} fila {row} → {parent}); la base de datos actual no se ha modificado</translation>
    </message>
    <message>
        <source>is damaged: cannot be upgraded ({detail}); the current database was left as it was</source>
        <translation>está dañado: no se puede actualizar ({detail}); la base de datos actual no se ha modificado</translation>
    </message>
    <message>
        <source>is a folder, not a backup file</source>
        <translation>es una carpeta, no un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is the database in use</source>
        <translation>es la base de datos en uso</translation>
    </message>
    <message>
        <source>is not a Press Desk backup</source>
        <translation>no es una copia de seguridad de Press Desk</translation>
    </message>
    <message>
        <source>is not a Press Desk backup ({detail})</source>
        <translation>no es una copia de seguridad de Press Desk ({detail})</translation>
    </message>
    <message>
        <source>This database is at schema revision {revision}, which this version of Press Desk does not know: it was made by a newer Press Desk. Update Press Desk to open it.</source>
        <translation>Esta base de datos está en la revisión de esquema {revision}, que esta versión de Press Desk no conoce: la creó una versión más reciente de Press Desk. Actualice Press Desk para abrirla.</translation>
    </message>
    <message>
        <source>Colombian landlines gained the prefix 60 in 2021 (+57 1 639 7777 is now +57 601 639 7777)</source>
        <translation>los fijos colombianos ganaron el prefijo 60 en 2021 (+57 1 639 7777 ahora es +57 601 639 7777)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File is not a zip file</source>
        <translation>no es un archivo zip</translation>
    </message>
    <message>
        <source>No /Root object! - Is this really a PDF?</source>
        <translation>no hay objeto /Root: ¿es realmente un PDF?</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>no es una base de datos</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>cuota de disco superada</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>(página no encontrada)</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>(archivo no encontrado)</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>(página eliminada)</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>(acceso prohibido)</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>(se requiere autenticación)</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>(demasiadas solicitudes)</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>(error interno del servidor)</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>(puerta de enlace errónea)</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>(servicio no disponible)</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>(tiempo de espera de la puerta de enlace agotado)</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>etiquetas desparejadas</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>no se encontró ningún elemento</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>XML mal formado (carácter no válido)</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>entidad no definida</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>contenido sobrante tras el elemento raíz</translation>
    </message>
    <message>
        <source>certificate has expired</source>
        <translation>el certificado ha caducado</translation>
    </message>
    <message>
        <source>self-signed certificate</source>
        <translation>certificado autofirmado</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>release</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>journalist</source>
        <translation>periodista</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>ficha {n}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>línea {n}</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>fila {n}</translation>
    </message>
    <message>
        <source>{n} digits</source>
        <translation>{n} dígitos</translation>
    </message>
    <message>
        <source>{list} or {last} digits</source>
        <translation>{list} o {last} dígitos</translation>
    </message>
    <message>
        <source>an unknown country</source>
        <translation>un país desconocido</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>{field} “{value}”: {reason}</source>
        <translation>{field} «{value}»: {reason}</translation>
    </message>
    <message>
        <source>{reason}; kept as written</source>
        <translation>{reason}; se conserva tal como está escrito</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(sin titular)</translation>
    </message>
    <message>
        <source>No headline was found; imported from %1</source>
        <translation>No se encontró ningún titular; importado de %1</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(origen desconocido)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>headline of a release</comment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>ReleasesView</name>
    <message>
        <source>Releases</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <source>Release text</source>
        <translation>Texto del comunicado</translation>
    </message>
    <message>
        <source>No releases</source>
        <translation>Sin comunicados</translation>
    </message>
    <message>
        <source>Log an &amp;inquiry about this release…</source>
        <translation>Registrar una &amp;consulta sobre este comunicado…</translation>
    </message>
    <message>
        <source>No releases yet — drag release files here or use File → Import</source>
        <translation>Aún no hay comunicados — arrastre archivos aquí o use Archivo → Importar</translation>
    </message>
    <message>
        <source>Select a release to read it.</source>
        <translation>Seleccione un comunicado para leerlo.</translation>
    </message>
    <message>
        <source>The releases could not be loaded: {0}</source>
        <translation>No se pudieron cargar los comunicados: {0}</translation>
    </message>
    <message>
        <source>This release could not be opened: {0}</source>
        <translation>No se pudo abrir este comunicado: {0}</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(sin titular)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>(not in the directory)</source>
        <translation>(no está en el directorio)</translation>
    </message>
    <message>
        <source>Contacts named in this release</source>
        <translation>Contactos citados en este comunicado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>citado</translation>
    </message>
    <message>
        <source>media contact</source>
        <translation>contacto de prensa</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Deadline passed: {topic}</source>
        <translation>Plazo vencido: {topic}</translation>
    </message>
    <message>
        <source>Deadline near: {topic}</source>
        <translation>Plazo próximo: {topic}</translation>
    </message>
    <message>
        <source>{journalist} — {when}</source>
        <translation>{journalist} — {when}</translation>
    </message>
    <message>
        <source>Press Desk — deadlines</source>
        <translation>Press Desk — plazos</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <source>no media contact block was found</source>
        <translation>no se encontró ningún bloque de contactos de prensa</translation>
    </message>
    <message>
        <source>{name}: {kind} “{value}” kept as written but not valid: {reason}</source>
        <translation>{name}: {kind} «{value}» conservado tal cual pero no válido: {reason}</translation>
    </message>
    <message>
        <source>{kind} “{value}”: {reason}</source>
        <translation>{kind} «{value}»: {reason}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Cannot connect: {reason}</source>
        <translation>No se puede conectar: {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>None (numbers need their +code)</source>
        <translation>Ninguno (los números necesitan su prefijo +)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>On a team PostgreSQL server</source>
        <translation>En un servidor PostgreSQL del equipo</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring. A new database is used from the next start.</source>
        <translation>La contraseña se guarda en el llavero del sistema. Una nueva base de datos se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Default &amp;country for numbers</source>
        <translation>&amp;País predeterminado para los números</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Remind me before a deadline</source>
        <translation>&amp;Recordarme antes de un plazo</translation>
    </message>
    <message>
        <source>Remind me before a deadline</source>
        <translation>Recordarme antes de un plazo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when it passes</source>
        <translation>Solo cuando vence</translation>
    </message>
    <message>
        <source>Keep daily &amp;backups for</source>
        <translation>Conservar las &amp;copias diarias durante</translation>
    </message>
    <message>
        <source>Keep daily backups for</source>
        <translation>Conservar las copias diarias durante</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>No daily backups</source>
        <translation>Sin copias diarias</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Picture of the first page</source>
        <translation>Imagen de la primera página</translation>
    </message>
    <message>
        <source>&amp;Show the first page</source>
        <translation>&amp;Mostrar la primera página</translation>
    </message>
    <message>
        <source>Draw the first page of a long sheet</source>
        <translation>Dibujar la primera página de una lista larga</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Drawing the first page…</source>
        <translation>Dibujando la primera página…</translation>
    </message>
    <message>
        <source>{count} contacts: a long sheet, drawn when you ask.</source>
        <translation>{count} contactos: una lista larga, se dibuja cuando la pida.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>{people} on {pages}.</source>
        <translation>{people} en {pages}.</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Sin vista previa: {reason}</translation>
    </message>
</context>
<context>
    <name>SheetWords</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contactos</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>{count} contacto</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Centralita</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Sin país</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Sin oficina</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
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
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Search: {query}</source>
        <translation>Búsqueda: {query}</translation>
    </message>
    <message>
        <source>Selection of {count}</source>
        <translation>Selección de {count}</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>Región: {region}</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>País: {country}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Oficina: {office}</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>archived included</source>
        <translation>archivados incluidos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>The summary could not be made: {0}</source>
        <translation>No se pudo hacer el resumen: {0}</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>del {since} al {until}</translation>
    </message>
    <message>
        <source>inquiries received</source>
        <translation>consultas recibidas</translation>
    </message>
    <message>
        <source>median time to answer</source>
        <translation>tiempo medio de respuesta (mediana)</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>respondidas a tiempo</translation>
    </message>
    <message>
        <source>overdue now</source>
        <translation>vencidas ahora</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Abiertas, vencidas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Últimas 52 semanas</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Inquiries per week</source>
        <translation>Consultas por semana</translation>
    </message>
    <message>
        <source>On time, late, overdue</source>
        <translation>A tiempo, tarde, vencidas</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>Por oficina</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>Por responsable</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nada en este periodo</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n min</source>
        <translation>
            <numerusform>vencida hace %n min</numerusform>
            <numerusform>vencida hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n min</source>
        <translation>
            <numerusform>vence en %n min</numerusform>
            <numerusform>vence en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n h</source>
        <translation>
            <numerusform>vencida hace %n h</numerusform>
            <numerusform>vencida hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n h</source>
        <translation>
            <numerusform>vence en %n h</numerusform>
            <numerusform>vence en %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>vencida hace %n día</numerusform>
            <numerusform>vencida hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>vence en %n día</numerusform>
            <numerusform>vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>In 1 h</source>
        <translation>En 1 h</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fin del día</translation>
    </message>
    <message>
        <source>Tomorrow 10:00</source>
        <translation>Mañana 10:00</translation>
    </message>
</context>
<context>
    <name>ValueListEditor</name>
    <message>
        <source>Remove {item} {n}</source>
        <translation>Quitar {item} {n}</translation>
    </message>
    <message>
        <source>Kept as written, needs review: {reason}</source>
        <translation>Conservado tal cual, por revisar: {reason}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>Cargar datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Editar contacto…</translation>
    </message>
    <message>
        <source>&amp;Copy Card</source>
        <translation>&amp;Copiar ficha</translation>
    </message>
    <message>
        <source>&amp;Archive Contact</source>
        <translation>&amp;Archivar contacto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Offices</source>
        <translation>&amp;Oficinas</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>Co&amp;municados</translation>
    </message>
    <message>
        <source>In&amp;quiries</source>
        <translation>Co&amp;nsultas</translation>
    </message>
    <message>
        <source>&amp;Log an Inquiry…</source>
        <translation>Re&amp;gistrar una consulta…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Ca&amp;ll the Contact</source>
        <translation>&amp;Llamar al contacto</translation>
    </message>
    <message>
        <source>&amp;Write to the Contact</source>
        <translation>Escr&amp;ibir al contacto</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Press Desk</source>
        <translation>Acerca &amp;de Press Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Search, results, card in turn</source>
        <translation>Búsqueda, resultados, ficha por turnos</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>&amp;Open WhatsApp Chat</source>
        <translation>Abrir chat de &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Show the card of the selected result</source>
        <translation>Mostrar la ficha del resultado elegido</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>From the search to the results</source>
        <translation>De la búsqueda a los resultados</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
</context>
</TS>
