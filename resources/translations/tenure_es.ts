<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Sources of the chart</source>
        <translation>Fuentes del gráfico</translation>
    </message>
    <message>
        <source>Sources of the chart “%1”</source>
        <translation>Fuentes del gráfico «%1»</translation>
    </message>
    <message>
        <source>The events drawn cite no sources.</source>
        <translation>Los eventos representados no citan fuentes.</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Fuentes: </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPreset</name>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>Article column, 720 px wide</source>
        <translation>Columna de artículo, 720 px de ancho</translation>
    </message>
    <message>
        <source>Article, 1200 px wide</source>
        <translation>Artículo, 1200 px de ancho</translation>
    </message>
    <message>
        <source>Social card, 1200 × 675</source>
        <translation>Tarjeta para redes, 1200 × 675</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080</source>
        <translation>Diapositiva, 1920 × 1080</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 apaisado</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Carta apaisado</translation>
    </message>
</context>
<context>
    <name>ChartPreview</name>
    <message>
        <source>Rendering the preview…</source>
        <translation>Generando la vista previa…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
</context>
<context>
    <name>CompareChartLayout</name>
    <message>
        <source>Chief executive (co-CEOs one above the other)</source>
        <translation>Director ejecutivo (los codirectores, uno sobre otro)</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Interino</translation>
    </message>
    <message>
        <source>Date known only to the month or year (fade)</source>
        <translation>Fecha conocida solo por el mes o el año (degradado)</translation>
    </message>
    <message>
        <source>Chief executives, %1</source>
        <translation>Directores ejecutivos, %1</translation>
    </message>
    <message>
        <source>Chief executives, %1–%2</source>
        <translation>Directores ejecutivos, %1–%2</translation>
    </message>
    <message>
        <source>No chief executive on record</source>
        <translation>Ningún director ejecutivo registrado</translation>
    </message>
    <message numerus="yes">
        <source>%n more companies not shown</source>
        <translation>
            <numerusform>%n empresa más no se muestra</numerusform>
            <numerusform>%n empresas más no se muestran</numerusform>
        </translation>
    </message>
    <message>
        <source>No companies to show</source>
        <translation>No hay empresas que mostrar</translation>
    </message>
</context>
<context>
    <name>DataCheckDialog</name>
    <message>
        <source>Show &amp;guesses too (events whose dates overlap, taken in the order that makes sense)</source>
        <translation>Mostrar también las &amp;suposiciones (eventos cuyas fechas se solapan, tomados en el orden que tiene sentido)</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Comprobar los datos</translation>
    </message>
    <message>
        <source>%1, %2 — in %3 derived from the appointments and departures.</source>
        <translation>%1, %2 — en %3 deducidos de los nombramientos y las salidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n contradictions of the data</source>
        <translation>
            <numerusform>%n contradicción de los datos</numerusform>
            <numerusform>%n contradicciones de los datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guesses</source>
        <translation>
            <numerusform>%n suposición</numerusform>
            <numerusform>%n suposiciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenures</source>
        <translation>
            <numerusform>%n mandato</numerusform>
            <numerusform>%n mandatos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseFileActions</name>
    <message>
        <source>Tenure databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Tenure (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save database &amp;as…</source>
        <translation>&amp;Guardar base de datos como…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>Guardar base de datos como</translation>
    </message>
</context>
<context>
    <name>DerivationNoteModel</name>
    <message>
        <source>Order guessed</source>
        <translation>Orden supuesto</translation>
    </message>
    <message>
        <source>Departure from no known post</source>
        <translation>Salida de un cargo desconocido</translation>
    </message>
    <message>
        <source>Two holders of a sole post</source>
        <translation>Dos titulares de un cargo único</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>%1 (year only)</source>
        <translation>%1 (solo el año)</translation>
    </message>
    <message>
        <source>%1 (month only)</source>
        <translation>%1 (solo el mes)</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>no revelado</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
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
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Company identifier</source>
        <translation>Identificador de la empresa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Interino</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Inversores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Acquirer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Id. del evento</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>today (still in office)</source>
        <translation>hoy (sigue en el cargo)</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (se fue)</translation>
    </message>
    <message>
        <source>%1 (succeeded)</source>
        <translation>%1 (le sucedieron)</translation>
    </message>
    <message>
        <source>%1 (made permanent)</source>
        <translation>%1 (pasó a ser permanente)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the table to see its details.</source>
        <translation>Seleccione un evento en la línea de tiempo o en la tabla para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <source>Merge %1 names into %2</source>
        <translation>Fusionar %1 nombres en %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Rename company %1 to %2</source>
        <translation>Renombrar la empresa %1 como %2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Set colour of %1</source>
        <translation>Cambiar el color de %1</translation>
    </message>
    <message>
        <source>Map “%1” to %2</source>
        <translation>Asignar «%1» a %2</translation>
    </message>
    <message>
        <source>Forget the mapping of “%1”</source>
        <translation>Olvidar la asignación de «%1»</translation>
    </message>
    <message>
        <source>Add note %1</source>
        <translation>Añadir la nota %1</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Editar la nota %1</translation>
    </message>
    <message>
        <source>Remove note %1</source>
        <translation>Quitar la nota %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events from %1</source>
        <translation>
            <numerusform>Importar %n evento de %1</numerusform>
            <numerusform>Importar %n eventos de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Add an event by hand, with its source</source>
        <translation>Añadir un evento a mano, con su fuente</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <source>D&amp;uplicate event</source>
        <translation>D&amp;uplicar evento</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete event…</source>
        <translation>E&amp;liminar evento…</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Puede deshacerlo con Editar → Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>&amp;Importar eventos…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>E&amp;xport events…</source>
        <translation>E&amp;xportar eventos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv or .json</source>
        <translation>%1: el nombre del archivo debe terminar en .csv o .json</translation>
    </message>
    <message>
        <source>This database is open read-only (the file or its folder cannot be written), so its events cannot be changed. Save a copy with File → Save database as… to edit it.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura (no se puede escribir en el archivo o en su carpeta), así que sus eventos no se pueden cambiar. Guarde una copia con Archivo → Guardar base de datos como… para editarla.</translation>
    </message>
    <message>
        <source>skipped %1 already there</source>
        <translation>omitidos %1 que ya estaban</translation>
    </message>
    <message>
        <source>role mappings: %1 in the file</source>
        <translation>asignaciones de cargos: %1 en el archivo</translation>
    </message>
    <message>
        <source>notes: %1 in the file</source>
        <translation>notas: %1 en el archivo</translation>
    </message>
    <message>
        <source> (Edit → Companies and people… can merge them)</source>
        <translation> (Editar → Empresas y personas… puede fusionarlos)</translation>
    </message>
    <message>
        <source>Event files (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Archivos de eventos (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n names may be other spellings of names already there</source>
        <translation>
            <numerusform>%n nombre puede ser otra grafía de un nombre que ya estaba</numerusform>
            <numerusform>%n nombres pueden ser otras grafías de nombres que ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>Importado %n evento de %1</numerusform>
            <numerusform>Importados %n eventos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %n rows</source>
        <translation>
            <numerusform>rechazada %n fila</numerusform>
            <numerusform>rechazadas %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Nombramiento</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Funding round</source>
        <translation>Ronda de financiación</translation>
    </message>
    <message>
        <source>Acquisition of the company</source>
        <translation>Adquisición de la empresa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>it is in %1; choose %1 as the currency, or leave the currency out of the amount</source>
        <translation>está en %1; elija %1 como moneda, o quite la moneda del importe</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>When it was made public, if not the same day</source>
        <translation>Cuándo se hizo público, si no fue el mismo día</translation>
    </message>
    <message>
        <source>Optional: web domain, Wikidata item or ticker, to tell same-named companies apart</source>
        <translation>Opcional: dominio web, elemento de Wikidata o símbolo bursátil, para distinguir empresas con el mismo nombre</translation>
    </message>
    <message>
        <source>Names separated by &apos;;&apos;</source>
        <translation>Nombres separados por &apos;;&apos;</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Interino</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>In the source&apos;s words</source>
        <translation>Con las palabras de la fuente</translation>
    </message>
    <message>
        <source>Seed, Series A, Convertible note…</source>
        <translation>Semilla, Serie A, nota convertible…</translation>
    </message>
    <message>
        <source>e.g. $101M, 4B, 1.5 billion</source>
        <translation>p. ej. $101M, 4B, 1.5 billion</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Rumored</source>
        <translation>Rumoreada</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Anno&amp;unced:</source>
        <translation>A&amp;nunciado:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>Company &amp;identifier:</source>
        <translation>&amp;Identificador de la empresa:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason in &amp;words:</source>
        <translation>Motivo en pala&amp;bras:</translation>
    </message>
    <message>
        <source>Ac&amp;quirer:</source>
        <translation>Compra&amp;dor:</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>&amp;Valuation:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>In&amp;vestors:</source>
        <translation>In&amp;versores:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>F&amp;uentes:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>Preci&amp;o:</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <source>Company identifier</source>
        <translation>Identificador de la empresa</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Your changes to this event are not saved.</source>
        <translation>Los cambios en este evento no se han guardado.</translation>
    </message>
    <message>
        <source>The event you entered is not saved.</source>
        <translation>El evento que ha introducido no se ha guardado.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>This looks like a duplicate of “%1” (id %2).</source>
        <translation>Parece un duplicado de «%1» (id %2).</translation>
    </message>
    <message>
        <source>This may be the same as “%1” (id %2), dated %3.</source>
        <translation>Puede ser el mismo que «%1» (id %2), con fecha %3.</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Appointment</source>
        <translation>Nombramiento</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Funding round</source>
        <translation>Ronda de financiación</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Adquisición</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Nombramientos</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>Rondas de financiación</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Adquisiciones</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Otros eventos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Rumored</source>
        <translation>Rumoreada</translation>
    </message>
    <message>
        <source>Dismissed (performance)</source>
        <translation>Destituido (rendimiento)</translation>
    </message>
    <message>
        <source>Dismissed (misconduct)</source>
        <translation>Destituido (mala conducta)</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Dimitió</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Se jubiló</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Fallecimiento</translation>
    </message>
    <message>
        <source>New role elsewhere</source>
        <translation>Nuevo cargo en otra parte</translation>
    </message>
    <message>
        <source>Merger or acquisition</source>
        <translation>Fusión o adquisición</translation>
    </message>
    <message>
        <source>Interim period ended</source>
        <translation>Fin del periodo interino</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>EventSourcesField</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet: Axios, Bloomberg…</source>
        <translation>Medio: Axios, Bloomberg…</translation>
    </message>
    <message>
        <source>Published: YYYY-MM-DD</source>
        <translation>Publicado: AAAA-MM-DD</translation>
    </message>
    <message>
        <source>More sources, one a line: URL | date | outlet | title</source>
        <translation>Más fuentes, una por línea: URL | fecha | medio | título</translation>
    </message>
    <message>
        <source>Source date: %1</source>
        <translation>Fecha de la fuente: %1</translation>
    </message>
    <message>
        <source>More sources: %1</source>
        <translation>Más fuentes: %1</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Role / Round</source>
        <translation>Cargo / Ronda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>%1 (interim)</source>
        <translation>%1 (interino)</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (y %2 más)</translation>
    </message>
    <message>
        <source>%1 at a valuation of %2</source>
        <translation>%1 con una valoración de %2</translation>
    </message>
</context>
<context>
    <name>EventTablePanel</name>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Only in &amp;view</source>
        <translation>Solo lo &amp;visible</translation>
    </message>
    <message>
        <source>List only the events in the timeline&apos;s visible span</source>
        <translation>Listar solo los eventos del intervalo visible de la línea de tiempo</translation>
    </message>
    <message>
        <source>More than %L1 of %L2 events · filter: %3</source>
        <translation>Más de %L1 de %L2 eventos · filtro: %3</translation>
    </message>
    <message>
        <source>More than %L1 events</source>
        <translation>Más de %L1 eventos</translation>
    </message>
    <message>
        <source>%L1 of %L2 events · filter: %3</source>
        <translation>%L1 de %L2 eventos · filtro: %3</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 eventos</translation>
    </message>
    <message>
        <source> · in view</source>
        <translation> · a la vista</translation>
    </message>
    <message>
        <source> · the first %L1 listed</source>
        <translation> · se listan los %L1 primeros</translation>
    </message>
</context>
<context>
    <name>ExportChartContents</name>
    <message>
        <source>Events shown</source>
        <translation>Eventos mostrados</translation>
    </message>
    <message>
        <source>Current view (%1 to %2)</source>
        <translation>Vista actual (%1 a %2)</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Vista actual</translation>
    </message>
    <message>
        <source>All events (first to last)</source>
        <translation>Todos los eventos (del primero al último)</translation>
    </message>
    <message>
        <source>These dates</source>
        <translation>Estas fechas</translation>
    </message>
    <message>
        <source>YYYY[-MM[-DD]]</source>
        <translation>AAAA[-MM[-DD]]</translation>
    </message>
    <message>
        <source>A year, a month (YYYY-MM) or a day (YYYY-MM-DD); empty for no limit</source>
        <translation>Un año, un mes (AAAA-MM) o un día (AAAA-MM-DD); vacío para no poner límite</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Companies:</source>
        <translation>&amp;Empresas:</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Desde: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Hasta: %1</translation>
    </message>
    <message>
        <source>The range ends before it begins: swap the dates.</source>
        <translation>El intervalo termina antes de empezar: intercambie las fechas.</translation>
    </message>
    <message>
        <source>Tick at least one company to show.</source>
        <translation>Marque al menos una empresa que mostrar.</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>%1 × %2 px PNG</source>
        <translation>PNG de %1 × %2 px</translation>
    </message>
    <message>
        <source>%1 × %2 px SVG</source>
        <translation>SVG de %1 × %2 px</translation>
    </message>
    <message>
        <source>%1 × %2 mm PDF</source>
        <translation>PDF de %1 × %2 mm</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Actual si&amp;ze (100 %)</source>
        <translation>Tamaño &amp;real (100 %)</translation>
    </message>
    <message>
        <source>Show the chart pixel for pixel, as it will be read</source>
        <translation>Mostrar el gráfico píxel a píxel, tal como se leerá</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Cop&amp;y to Clipboard</source>
        <translation>Copiar al &amp;portapapeles</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>, and its sources in %1</source>
        <translation>, y sus fuentes en %1</translation>
    </message>
    <message>
        <source>The chart was not exported: %1</source>
        <translation>El gráfico no se ha exportado: %1</translation>
    </message>
    <message>
        <source>The chart could not be drawn: %1.</source>
        <translation>No se ha podido dibujar el gráfico: %1.</translation>
    </message>
    <message>
        <source>The chart was copied to the clipboard.</source>
        <translation>El gráfico se ha copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>ExportChartOptions</name>
    <message>
        <source>Timeline of leadership</source>
        <translation>Línea de tiempo de la dirección</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>Rondas de financiación</translation>
    </message>
    <message>
        <source>Compare companies&apos; chief executives</source>
        <translation>Comparar los directores ejecutivos de las empresas</translation>
    </message>
    <message>
        <source>Compare: one row per company, its chief executives only, on one time axis (the companies chosen, else those with the most chief executives)</source>
        <translation>Comparar: una fila por empresa, solo con sus directores ejecutivos, en un único eje de tiempo (las empresas elegidas o, si no, las que más directores ejecutivos han tenido)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Show &amp;legend</source>
        <translation>Mostrar le&amp;yenda</translation>
    </message>
    <message>
        <source>List &amp;sources</source>
        <translation>Citar las &amp;fuentes</translation>
    </message>
    <message>
        <source>&amp;Full list of sources</source>
        <translation>Lista &amp;completa de fuentes</translation>
    </message>
    <message>
        <source>Every source of the events drawn, with its title and address: in NAME-sources.txt beside an image, on a second page of a PDF</source>
        <translation>Todas las fuentes de los eventos representados, con su título y dirección: en NOMBRE-sources.txt junto a una imagen, en una segunda página de un PDF</translation>
    </message>
    <message>
        <source>Leaders&amp;hip only</source>
        <translation>Solo la &amp;dirección</translation>
    </message>
    <message>
        <source>Only the chief executive, executives and chair</source>
        <translation>Solo el director ejecutivo, los directivos y la presidencia</translation>
    </message>
    <message>
        <source>L&amp;og scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Funding: amounts raised and valuations on one logarithmic axis</source>
        <translation>Financiación: importes captados y valoraciones en un único eje logarítmico</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Fit &amp;height to the content</source>
        <translation>Ajustar la altura al co&amp;ntenido</translation>
    </message>
    <message>
        <source>As tall as the title, lanes, legend and sources need</source>
        <translation>Tan alto como lo necesiten el título, los carriles, la leyenda y las fuentes</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <source>Trans&amp;parent background</source>
        <translation>Fondo transpa&amp;rente</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>Anc&amp;ho × alto:</translation>
    </message>
    <message>
        <source>Sc&amp;ale (PNG):</source>
        <translation>Esc&amp;ala (PNG):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Archi&amp;vo:</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>The language of the legend, axis, notes and sources line, and of the dates and amounts</source>
        <translation>El idioma de la leyenda, el eje, las notas y la línea de fuentes, y el de las fechas y los importes</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search descriptions, people, sources…</source>
        <translation>Buscar en descripciones, personas, fuentes…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>%1 (identifier %2)</source>
        <translation>%1 (identificador %2)</translation>
    </message>
    <message>
        <source>%1 This date is ignored until it is corrected.</source>
        <translation>%1 Esta fecha se ignora hasta que se corrija.</translation>
    </message>
    <message>
        <source>%1. Type a word to search for.</source>
        <translation>%1. Escriba una palabra que buscar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterSummary</name>
    <message>
        <source>nothing is let through</source>
        <translation>no pasa nada</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>person: %1</source>
        <translation>persona: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n empresa</numerusform>
            <numerusform>%n empresas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>FundingChartLayout</name>
    <message>
        <source>Funding round</source>
        <translation>Ronda de financiación</translation>
    </message>
    <message>
        <source>Failed or rumored</source>
        <translation>Fallida o rumoreada</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Leadership change</source>
        <translation>Cambio en la dirección</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Nombramiento</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message numerus="yes">
        <source>%n more companies not shown: filter, or make the chart taller</source>
        <translation>
            <numerusform>%n empresa más no se muestra: filtre, o haga el gráfico más alto</numerusform>
            <numerusform>%n empresas más no se muestran: filtre, o haga el gráfico más alto</numerusform>
        </translation>
    </message>
    <message>
        <source>No companies to show</source>
        <translation>No hay empresas que mostrar</translation>
    </message>
    <message>
        <source>Too little room for the chart</source>
        <translation>No hay sitio suficiente para el gráfico</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <source>No funding rounds recorded</source>
        <translation>No hay rondas de financiación registradas</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Amount raised</source>
        <translation>Importe captado</translation>
    </message>
    <message>
        <source>Amount raised and valuation, log scale</source>
        <translation>Importe captado y valoración, escala logarítmica</translation>
    </message>
    <message numerus="yes">
        <source>%1 disclosed in %2 of %n rounds</source>
        <translation>
            <numerusform>%1 revelados en %2 de %n ronda</numerusform>
            <numerusform>%1 revelados en %2 de %n rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raised %1 in %n rounds</source>
        <translation>
            <numerusform>%1 captados en %n ronda</numerusform>
            <numerusform>%1 captados en %n rondas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed rounds</source>
        <translation>
            <numerusform>%n ronda completada</numerusform>
            <numerusform>%n rondas completadas</numerusform>
        </translation>
    </message>
    <message>
        <source>; last valued at %1</source>
        <translation>; última valoración: %1</translation>
    </message>
    <message numerus="yes">
        <source>; in %1 only, %n rounds in %2 not shown</source>
        <translation>
            <numerusform>; solo en %1, no se muestra %n ronda en %2</numerusform>
            <numerusform>; solo en %1, no se muestran %n rondas en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>interim %1</source>
        <translation>%1 interino</translation>
    </message>
</context>
<context>
    <name>FundingRounds</name>
    <message>
        <source>Funding round</source>
        <translation>Ronda de financiación</translation>
    </message>
    <message>
        <source>: %1 raised</source>
        <translation>: %1 captados</translation>
    </message>
    <message>
        <source>%1 valued at %2</source>
        <translation>%1 valorada en %2</translation>
    </message>
    <message>
        <source>%1 valuation</source>
        <translation>valoración de %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>rumored</source>
        <translation>rumoreada</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a valuation and its status: $4B failed</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>Save list…</source>
        <translation>Guardar la lista…</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Guardar la lista de problemas</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Guardar la lista</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the file and import it again.</source>
        <translation>No se ha importado nada: corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid rows</source>
        <translation>
            <numerusform>Importar la fila válida</numerusform>
            <numerusform>Importar las %n filas válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; the first %2 are listed.</source>
        <translation>
            <numerusform>%n problema en %1; se listan los %2 primeros.</numerusform>
            <numerusform>%n problemas en %1; se listan los %2 primeros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1.</source>
        <translation>
            <numerusform>%n problema en %1.</numerusform>
            <numerusform>%n problemas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings, which do not stop an import.</source>
        <translation>
            <numerusform>%n aviso, que no impide importar.</numerusform>
            <numerusform>%n avisos, que no impiden importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been imported yet: import the %n valid rows and leave the others, or fix the file and import it again.</source>
        <translation>
            <numerusform>Aún no se ha importado nada: importe la fila válida y deje las demás, o corrija el archivo e impórtelo de nuevo.</numerusform>
            <numerusform>Aún no se ha importado nada: importe las %n filas válidas y deje las demás, o corrija el archivo e impórtelo de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tenure</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <source>Wheel zooms, drag pans, Home fits all</source>
        <translation>La rueda acerca o aleja, arrastrar desplaza, Inicio lo muestra todo</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierta&gt;</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>&amp;Acerca de Tenure</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exportar grá&amp;fico…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Cop&amp;y chart to clipboard</source>
        <translation>Copiar gráfico al &amp;portapapeles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Companies and people…</source>
        <translation>E&amp;mpresas y personas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>C&amp;heck the data…</source>
        <translation>&amp;Comprobar los datos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>Ajustar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Next p&amp;anel</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Previous pan&amp;el</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>&amp;Evento siguiente</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>Evento ante&amp;rior</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Collapse all lanes</source>
        <translation>Contraer todos los carriles</translation>
    </message>
    <message>
        <source>Expand all lanes</source>
        <translation>Expandir todos los carriles</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
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
    <message>
        <source>Show &amp;legend</source>
        <translation>Mostrar le&amp;yenda</translation>
    </message>
    <message>
        <source>The chart could not be drawn</source>
        <translation>No se ha podido dibujar el gráfico</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>Gráfico copiado al portapapeles</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD):</source>
        <translation>Fecha (AAAA, AAAA-MM o AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2</source>
        <translation>«%1» no es una fecha: %2</translation>
    </message>
    <message>
        <source>About Tenure</source>
        <translation>Acerca de Tenure</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Leadership changes at companies on an interactive timeline: who ran a company when, who left, who stepped in, and how the money came and went.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Los cambios en la dirección de las empresas en una línea de tiempo interactiva: quién dirigió cada empresa y cuándo, quién se fue, quién tomó el relevo y cómo entró y salió el dinero.&lt;/p&gt;&lt;p&gt;Licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tenure</source>
        <translation>%1 (solo lectura) — Tenure</translation>
    </message>
    <message>
        <source>%1 — Tenure</source>
        <translation>%1 — Tenure</translation>
    </message>
    <message numerus="yes">
        <source>%n contradictions in the data</source>
        <translation>
            <numerusform>%n contradicción en los datos</numerusform>
            <numerusform>%n contradicciones en los datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the appointments and departures do not settle: a departure from a post nobody held, two holders of a sole post. Click to list them, with %n guesses about the order of events.</source>
        <translation>
            <numerusform>Lo que los nombramientos y las salidas no resuelven: una salida de un cargo que nadie ocupaba, dos titulares de un cargo único. Haga clic para listarlas, con %n suposición sobre el orden de los eventos.</numerusform>
            <numerusform>Lo que los nombramientos y las salidas no resuelven: una salida de un cargo que nadie ocupaba, dos titulares de un cargo único. Haga clic para listarlas, con %n suposiciones sobre el orden de los eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 trillion %2</source>
        <translation>
            <numerusform>%1 billón %2</numerusform>
            <numerusform>%1 billones %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 billion %2</source>
        <translation>
            <numerusform>%1 mil millones %2</numerusform>
            <numerusform>%1 mil millones %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 million %2</source>
        <translation>
            <numerusform>%1 millón %2</numerusform>
            <numerusform>%1 millones %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 thousand %2</source>
        <translation>
            <numerusform>%1 mil %2</numerusform>
            <numerusform>%1 mil %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n events)</source>
        <translation>
            <numerusform>%1  (%n evento)</numerusform>
            <numerusform>%1  (%n eventos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameManagerDialog</name>
    <message>
        <source>Companies and people</source>
        <translation>Empresas y personas</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Empresas</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>&amp;Cargos</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar en…</translation>
    </message>
    <message>
        <source>Merge the selected names (Ctrl+click for several) into one name</source>
        <translation>Fusionar los nombres seleccionados (Ctrl+clic para varios) en un solo nombre</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>Choose a name to rename first.</source>
        <translation>Elija primero un nombre que renombrar.</translation>
    </message>
    <message>
        <source>Choose the names to merge away first.</source>
        <translation>Elija primero los nombres que fusionar.</translation>
    </message>
    <message>
        <source>Choose a company first.</source>
        <translation>Elija primero una empresa.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nuevo nombre para %1:</translation>
    </message>
    <message>
        <source>Merge %1 into (all its events follow):</source>
        <translation>Fusionar %1 en (todos sus eventos lo siguen):</translation>
    </message>
    <message>
        <source>Merge %1 into (all their events follow):</source>
        <translation>Fusionar %1 en (todos sus eventos los siguen):</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
</context>
<context>
    <name>NameVariantsPanel</name>
    <message>
        <source>Merge &amp;variants…</source>
        <translation>Fusionar &amp;variantes…</translation>
    </message>
    <message>
        <source>No likely variants: no two names differ only in case, accents, punctuation or spacing.</source>
        <translation>No hay variantes probables: no hay dos nombres que solo difieran en mayúsculas, acentos, puntuación o espacios.</translation>
    </message>
    <message>
        <source>Merge variants</source>
        <translation>Fusionar variantes</translation>
    </message>
    <message>
        <source>Keep which spelling? Every event naming one of the others will name it instead.</source>
        <translation>¿Qué grafía se conserva? Todos los eventos que nombren una de las otras pasarán a nombrar esta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n events)</source>
        <translation>
            <numerusform>%1 (%n evento)</numerusform>
            <numerusform>%1 (%n eventos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely variants — names that differ only in case, accents, punctuation or spacing (%n groups):</source>
        <translation>
            <numerusform>Variantes probables: nombres que solo difieren en mayúsculas, acentos, puntuación o espacios (%n grupo):</numerusform>
            <numerusform>Variantes probables: nombres que solo difieren en mayúsculas, acentos, puntuación o espacios (%n grupos):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir n&amp;ota…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>This database is open read-only, so its notes cannot be changed.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura, así que sus notas no se pueden cambiar.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Only for a period, drawn as a shaded band</source>
        <translation>Solo para un periodo, que se dibuja como una franja sombreada</translation>
    </message>
    <message>
        <source>What the chart should say here</source>
        <translation>Lo que el gráfico debe decir aquí</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Has&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Until: %1</source>
        <translation>Hasta: %1</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Click to centre the timeline there; drag the band to move it.</source>
        <translation>Haga clic para centrar ahí la línea de tiempo; arrastre la franja para moverla.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Sin eventos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Tenure will speak the language you chose the next time it starts.</source>
        <translation>Tenure usará el idioma elegido la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>RepositoryCommand</name>
    <message>
        <source>Could not redo “%1”</source>
        <translation>No se ha podido rehacer «%1»</translation>
    </message>
    <message>
        <source>Could not undo “%1”</source>
        <translation>No se ha podido deshacer «%1»</translation>
    </message>
    <message>
        <source>%1: %2. It was removed from the undo history.</source>
        <translation>%1: %2. Se ha quitado del historial de deshacer.</translation>
    </message>
</context>
<context>
    <name>RoleMappingPanel</name>
    <message>
        <source>Filter titles</source>
        <translation>Filtrar títulos</translation>
    </message>
    <message>
        <source>&amp;Map to</source>
        <translation>&amp;Asignar a</translation>
    </message>
    <message>
        <source>&amp;Forget mapping</source>
        <translation>&amp;Olvidar la asignación</translation>
    </message>
    <message>
        <source>A title&apos;s meaning decides who succeeds whom and which row its bars go in; the title as written is what is shown.</source>
        <translation>El significado de un título decide quién sucede a quién y en qué fila van sus barras; lo que se muestra es el título tal como está escrito.</translation>
    </message>
    <message>
        <source>Choose a title first.</source>
        <translation>Elija primero un título.</translation>
    </message>
</context>
<context>
    <name>RoleTitleModel</name>
    <message>
        <source>a post of its own</source>
        <translation>un cargo propio</translation>
    </message>
    <message>
        <source>%1 (mapped here)</source>
        <translation>%1 (asignado aquí)</translation>
    </message>
    <message>
        <source>Title as written</source>
        <translation>Título tal como está escrito</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
</context>
<context>
    <name>RoleVocabulary</name>
    <message>
        <source>Chief executive</source>
        <translation>Director ejecutivo</translation>
    </message>
    <message>
        <source>Co-chief executive</source>
        <translation>Codirector ejecutivo</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Chief operating officer</source>
        <translation>Director de operaciones</translation>
    </message>
    <message>
        <source>Chief financial officer</source>
        <translation>Director financiero</translation>
    </message>
    <message>
        <source>Chief technology officer</source>
        <translation>Director de tecnología</translation>
    </message>
    <message>
        <source>Chief scientist</source>
        <translation>Director científico</translation>
    </message>
    <message>
        <source>General counsel</source>
        <translation>Director jurídico</translation>
    </message>
    <message>
        <source>Executive chair</source>
        <translation>Presidente ejecutivo</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Consejero</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Fundador</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Directivos</translation>
    </message>
    <message>
        <source>Chair and board</source>
        <translation>Presidencia y consejo</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fundadores</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <source>COO</source>
        <translation>COO</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>CFO</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Consejo</translation>
    </message>
</context>
<context>
    <name>TickGenerator</name>
    <message>
        <source>Q%1</source>
        <comment>a quarter of the year: Q1 to Q4</comment>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>a decade: 2020s</comment>
        <translation>años %1</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>interim %1</source>
        <translation>%1 interino</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Nombramiento: %1</translation>
    </message>
    <message>
        <source>Departure: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>Funding round</source>
        <translation>Ronda de financiación</translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation>Financiación: %1</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fallida)</translation>
    </message>
    <message>
        <source>(rumored)</source>
        <translation>(rumoreada)</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Adquisición</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquired by %1</source>
        <translation>Adquirida por %1</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Directivos</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fundadores</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Date known only to the month or year (bracket, fade)</source>
        <translation>Fecha conocida solo por el mes o el año (corchete, degradado)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Nombramiento</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Failed or rumored round</source>
        <translation>Ronda fallida o rumoreada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Several events</source>
        <translation>Varios eventos</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Interim tenure</source>
        <translation>Mandato interino</translation>
    </message>
    <message numerus="yes">
        <source>%n more companies not shown</source>
        <translation>
            <numerusform>%n empresa más no se muestra</numerusform>
            <numerusform>%n empresas más no se muestran</numerusform>
        </translation>
    </message>
    <message>
        <source>No events match the filters</source>
        <translation>Ningún evento coincide con los filtros</translation>
    </message>
</context>
<context>
    <name>TimelineRowActions</name>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>&amp;Leadership only</source>
        <translation>Solo la &amp;dirección</translation>
    </message>
    <message>
        <source>Show only the chief executive, executives and chair</source>
        <translation>Mostrar solo el director ejecutivo, los directivos y la presidencia</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Collapse &amp;chief executive</source>
        <translation>Contraer director &amp;ejecutivo</translation>
    </message>
    <message>
        <source>Collapse &amp;executives</source>
        <translation>Contraer d&amp;irectivos</translation>
    </message>
    <message>
        <source>Collapse chair and &amp;board</source>
        <translation>Contraer presidencia y &amp;consejo</translation>
    </message>
    <message>
        <source>Collapse &amp;founders</source>
        <translation>Contraer &amp;fundadores</translation>
    </message>
    <message>
        <source>Collapse &amp;others</source>
        <translation>Contraer &amp;otros</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Add event here (%1)…</source>
        <translation>Añadir un evento aquí (%1)…</translation>
    </message>
    <message>
        <source>Add note here (%1)…</source>
        <translation>Añadir una nota aquí (%1)…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Editar el evento…</translation>
    </message>
    <message>
        <source>Add note to this event…</source>
        <translation>Añadir una nota a este evento…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar la nota…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Quitar la nota</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>Expandir %1</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>Contraer %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Ajustar todo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadership changes at companies on a timeline.</source>
        <translation>Los cambios en la dirección de las empresas en una línea de tiempo.</translation>
    </message>
    <message>
        <source>The database to open (default: your own).</source>
        <translation>La base de datos que abrir (por omisión, la suya).</translation>
    </message>
</context>
</TS>
