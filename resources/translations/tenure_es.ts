<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddCommand</name>
    <message>
        <source>add one event; prints its id</source>
        <translation>añade un evento; imprime su id</translation>
    </message>
    <message>
        <source>Adds one event and prints its id. Appointments and departures need --people and
--role. If anything is wrong, each problem is printed as &apos;column: message&apos;, nothing
is written and the exit status is 2.</source>
        <translation>Añade un evento e imprime su id. Los nombramientos y las salidas necesitan
--people y --role. Si algo está mal, cada problema se imprime como «columna:
mensaje», no se escribe nada y el estado de salida es 2.</translation>
    </message>
    <message>
        <source>when it took effect: YYYY, YYYY-MM or YYYY-MM-DD (required)</source>
        <translation>cuándo tuvo efecto: AAAA, AAAA-MM o AAAA-MM-DD (obligatorio)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>when it was announced, if that differs</source>
        <translation>cuándo se anunció, si fue en otra fecha</translation>
    </message>
    <message>
        <source>appointment, departure, funding, acquisition or other (required)</source>
        <translation>appointment, departure, funding, acquisition o other (obligatorio)</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>the company (required)</source>
        <translation>la empresa (obligatorio)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>what tells it from another company of its name: a web domain, a Wikidata item (Q...) or a ticker</source>
        <translation>lo que la distingue de otra empresa del mismo nombre: un dominio web, un elemento de Wikidata (Q...) o un símbolo bursátil</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the people it names, separated by &apos;;&apos;: &quot;A;B&quot;</source>
        <translation>las personas que nombra, separadas por «;»: &quot;A;B&quot;</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>NOMBRES</translation>
    </message>
    <message>
        <source>the post: CEO, Co-CEO, CTO, Board member ...</source>
        <translation>el cargo: CEO, Co-CEO, CTO, Consejero ...</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>CARGO</translation>
    </message>
    <message>
        <source>the post is held ad interim</source>
        <translation>el cargo se ocupa de forma interina</translation>
    </message>
    <message>
        <source>why someone left (departures): %1</source>
        <translation>por qué se fue alguien (salidas): %1</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>why someone left, in the source&apos;s words</source>
        <translation>por qué se fue, con las palabras de la fuente</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>the funding round: Seed, Series A ...</source>
        <translation>la ronda de financiación: Semilla, Serie A ...</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>RONDA</translation>
    </message>
    <message>
        <source>money raised, or an acquisition&apos;s price: 101000000, $101M, 1.5 billion, €20M, 20M EUR</source>
        <translation>el dinero captado, o el precio de una adquisición: 101000000, $101M, 1.5 billion, €20M, 20M EUR</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <source>valuation, written as an amount</source>
        <translation>la valoración, escrita como un importe</translation>
    </message>
    <message>
        <source>ISO 4217 code of the amounts (USD unless they name one)</source>
        <translation>el código ISO 4217 de los importes (USD si no indican otro)</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>a funding round&apos;s investors, separated by &apos;;&apos;</source>
        <translation>los inversores de una ronda de financiación, separados por «;»</translation>
    </message>
    <message>
        <source>who bought the company (acquisitions)</source>
        <translation>quién compró la empresa (adquisiciones)</translation>
    </message>
    <message>
        <source>completed (the default), failed or rumored</source>
        <translation>completed (por omisión), failed o rumored</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué ocurrió</translation>
    </message>
    <message>
        <source>where it was read: an http or https URL</source>
        <translation>dónde se leyó: una URL http o https</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the title of the source</source>
        <translation>el título de la fuente</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>who published the source: Axios, Bloomberg ...</source>
        <translation>quién publicó la fuente: Axios, Bloomberg ...</translation>
    </message>
    <message>
        <source>when the source was published</source>
        <translation>cuándo se publicó la fuente</translation>
    </message>
    <message>
        <source>one more source, as &apos;URL | date | outlet | title&apos; (may be repeated)</source>
        <translation>una fuente más, como «URL | fecha | medio | título» (puede repetirse)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>a type is required (%1)</source>
        <translation>el tipo es obligatorio (%1)</translation>
    </message>
    <message>
        <source>%1 is not a type: use %2</source>
        <translation>%1 no es un tipo: use %2</translation>
    </message>
    <message>
        <source>the amounts are in %1 and %2; an event has one currency</source>
        <translation>los importes están en %1 y en %2; un evento tiene una sola moneda</translation>
    </message>
    <message>
        <source>--currency says %1 but the amount is in %2</source>
        <translation>--currency indica %1, pero el importe está en %2</translation>
    </message>
    <message>
        <source>%1 is not a reason: use %2</source>
        <translation>%1 no es un motivo: use %2</translation>
    </message>
    <message>
        <source>%1 is not a status: use %2</source>
        <translation>%1 no es un estado: use %2</translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <source>a note needs a text</source>
        <translation>una nota necesita un texto</translation>
    </message>
    <message>
        <source>a note holds at most %1 characters; this one has %2</source>
        <translation>una nota admite como máximo %1 caracteres; esta tiene %2</translation>
    </message>
    <message>
        <source>the note contains the control character %1; remove it</source>
        <translation>la nota contiene el carácter de control %1; quítelo</translation>
    </message>
    <message>
        <source>a note belongs to a company</source>
        <translation>una nota pertenece a una empresa</translation>
    </message>
    <message>
        <source>a note needs a date</source>
        <translation>una nota necesita una fecha</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>el periodo termina (%1) antes de empezar (%2)</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>looking up %1</source>
        <translation>buscar %1</translation>
    </message>
    <message>
        <source>no company named %1</source>
        <translation>no hay ninguna empresa llamada %1</translation>
    </message>
    <message>
        <source>saving the note</source>
        <translation>guardar la nota</translation>
    </message>
    <message>
        <source>no note with id %1</source>
        <translation>no hay ninguna nota con el id %1</translation>
    </message>
    <message>
        <source>removing the note</source>
        <translation>quitar la nota</translation>
    </message>
    <message>
        <source>reading the note</source>
        <translation>leer la nota</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>leer las notas</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the log of changes</source>
        <translation>leyendo el registro de cambios</translation>
    </message>
</context>
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
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1: el nombre del archivo debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>there is not enough memory for a chart of that size</source>
        <translation>no hay memoria suficiente para un gráfico de ese tamaño</translation>
    </message>
</context>
<context>
    <name>ChartExportJob</name>
    <message>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translation>Exportando el gráfico…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>a chart of %1 pixels needs %2 MiB of memory, more than the %3 MiB allowed (width × height × scale² × 4 bytes); make it smaller or lower the scale</source>
        <translation>un gráfico de %1 píxeles necesita %2 MiB de memoria, más de los %3 MiB permitidos (ancho × alto × escala² × 4 bytes); hágalo más pequeño o reduzca la escala</translation>
    </message>
    <message>
        <source>a chart needs a size of at least 1×1</source>
        <translation>un gráfico necesita un tamaño de al menos 1×1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>there is not enough memory for its pixels</source>
        <translation>no hay memoria suficiente para sus píxeles</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>no se ha podido empezar el SVG</translation>
    </message>
    <message>
        <source>the SVG could not be finished</source>
        <translation>no se ha podido terminar el SVG</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se ha podido empezar el PDF</translation>
    </message>
    <message>
        <source>a page could not be added to the PDF</source>
        <translation>no se ha podido añadir una página al PDF</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>no se ha podido terminar el PDF</translation>
    </message>
    <message>
        <source>unknown image format</source>
        <translation>formato de imagen desconocido</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>se ha cancelado la exportación; no se ha escrito ningún archivo</translation>
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
    <name>CheckCommand</name>
    <message>
        <source>list what the tenures&apos; derivation found contradictory in the data</source>
        <translation>lista lo que la deducción de los mandatos encontró contradictorio en los datos</translation>
    </message>
    <message>
        <source>Derives the tenures (docs/model.md) and lists what the data contradicts: a
departure from a post the person is not known to hold, two holders of a sole post
appointed within one date interval. With --guesses it also lists where two events&apos;
dates overlap and the order that gives a consistent history was chosen. Each line
names the events by id. Exit status 0 when nothing contradicts, 2 when something
does.</source>
        <translation>Deduce los mandatos (docs/model.md) y lista lo que los datos contradicen: una
salida de un cargo que no consta que la persona ocupara, dos titulares de un
cargo único nombrados dentro de un mismo intervalo de fechas. Con --guesses
lista además dónde se solapan las fechas de dos eventos y se eligió el orden que
da una historia coherente. Cada línea nombra los eventos por su id. Estado de
salida 0 cuando nada se contradice, 2 cuando algo sí.</translation>
    </message>
    <message>
        <source>check this company only (any case)</source>
        <translation>comprueba solo esta empresa (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>list the guesses too</source>
        <translation>lista también las suposiciones</translation>
    </message>
    <message>
        <source>table (the default) or json</source>
        <translation>table (por omisión) o json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>%1, %2 (of %3)</source>
        <comment>contradictions, guesses, tenures</comment>
        <translation>%1, %2 (de %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n contradictions</source>
        <translation>
            <numerusform>%n contradicción</numerusform>
            <numerusform>%n contradicciones</numerusform>
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
    <message>
        <source>COMPANY</source>
        <comment>a column&apos;s heading</comment>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>KIND</source>
        <comment>a column&apos;s heading</comment>
        <translation>CLASE</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <comment>a column&apos;s heading</comment>
        <translation>EVENTOS</translation>
    </message>
    <message>
        <source>WHAT</source>
        <comment>a column&apos;s heading</comment>
        <translation>QUÉ</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>%1 (see tenure-cli %2 --help)</source>
        <comment>a usage error, then the command&apos;s help</comment>
        <translation>%1 (véase tenure-cli %2 --help)</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 debe ser %2, no «%3»</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the values an option allows</comment>
        <translation> o </translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>tenure-cli %1 does not work on a PostgreSQL database yet (see docs/team-server.md for those that do)</source>
        <translation>tenure-cli %1 aún no funciona con una base de datos PostgreSQL (véase en docs/team-server.md cuáles sí)</translation>
    </message>
</context>
<context>
    <name>CompaniesCommand</name>
    <message>
        <source>list the companies, or the names that may be one company (--variants)</source>
        <translation>lista las empresas, o los nombres que pueden ser una misma empresa (--variants)</translation>
    </message>
    <message>
        <source>Lists every company, with its identifier (web domain, Wikidata item or ticker) when
it has one and how many events it has. With --variants, lists only the
groups of names that are likely one company written in different ways: equal once
case, accents, punctuation and spaces are ignored (&quot;Open AI&quot;, &quot;OpenAI&quot;).
&apos;merge --company NAME --into NAME&apos; joins them.</source>
        <translation>Lista todas las empresas, con su identificador (dominio web, elemento de
Wikidata o símbolo bursátil) cuando lo tienen y cuántos eventos tiene cada una.
Con --variants, lista solo los grupos de nombres que probablemente son una misma
empresa escrita de distintas formas: iguales si no se tienen en cuenta
mayúsculas, acentos, puntuación ni espacios (&quot;Open AI&quot;, &quot;OpenAI&quot;). «merge
--company NOMBRE --into NOMBRE» los une.</translation>
    </message>
    <message>
        <source>list only the groups of names that may be one company</source>
        <translation>lista solo los grupos de nombres que pueden ser una misma empresa</translation>
    </message>
</context>
<context>
    <name>CompanyIdentifier</name>
    <message>
        <source>%1 is not a company identifier: write a web domain (stability.ai), a Wikidata item (Q107420637) or a ticker (NVDA, NASDAQ:NVDA)</source>
        <translation>%1 no es un identificador de empresa: escriba un dominio web (stability.ai), un elemento de Wikidata (Q107420637) o un símbolo bursátil (NVDA, NASDAQ:NVDA)</translation>
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
    <name>CopyCommand</name>
    <message>
        <source>copy a whole database between a file and a PostgreSQL server</source>
        <translation>copiar una base de datos entera entre un archivo y un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Copies every event, company, person, source, note and role mapping, with their ids,
from SRC to DST. One of them is a file, the other a PostgreSQL database named as
postgresql://USER@HOST:PORT/DBNAME (the password from ~/.pgpass or PGPASSWORD).
DST must be new: a file that does not exist yet, or a server database holding no
events (the Tenure tables are made in it if missing). All or nothing: a failed copy
leaves no file and no events behind. --db is not used.</source>
        <translation>Copia cada evento, empresa, persona, fuente, nota y correspondencia de cargos, con sus
identificadores, de SRC a DST. Uno es un archivo y el otro una base de datos PostgreSQL
nombrada como postgresql://USUARIO@SERVIDOR:PUERTO/BASE (la contraseña, de ~/.pgpass o
PGPASSWORD). DST debe ser nueva: un archivo que aún no existe o una base de datos del
servidor sin eventos (se crean en ella las tablas de Tenure si faltan). Todo o nada: una
copia fallida no deja ni archivo ni eventos. No se usa --db.</translation>
    </message>
    <message>
        <source>the database to copy: a file or postgresql://…</source>
        <translation>la base de datos que se copia: un archivo o postgresql://…</translation>
    </message>
    <message>
        <source>the new database: a file or postgresql://…</source>
        <translation>la base de datos nueva: un archivo o postgresql://…</translation>
    </message>
    <message>
        <source>both are servers: copy between two servers with pg_dump</source>
        <translation>ambos son servidores: copie entre dos servidores con pg_dump</translation>
    </message>
    <message>
        <source>both are files: copy a file with the viewer&apos;s File &gt; Save As, or cp while no program has it open</source>
        <translation>ambos son archivos: copie un archivo con Archivo &gt; Guardar como del visor, o con cp mientras ningún programa lo tenga abierto</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n events to %1.</source>
        <translation>
            <numerusform>Copiado %n evento a %1.</numerusform>
            <numerusform>Copiados %n eventos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>its quotes are not balanced</source>
        <translation>sus comillas no están emparejadas</translation>
    </message>
    <message>
        <source>there is an extra column %1</source>
        <translation>sobra la columna %1</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is there twice</source>
        <translation>la columna «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <translation>falta la columna «%1»</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (the file looks like %1); save the file as UTF-8, or import it with tenure-cli import --encoding %1</source>
        <translation>el texto no es UTF-8 válido (el archivo parece estar en %1); guarde el archivo como UTF-8 o impórtelo con tenure-cli import --encoding %1</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2; a field with a comma in it must be in quotes</source>
        <translation>la fila tiene %1 campos y la cabecera tiene %2; un campo que contenga una coma debe ir entre comillas</translation>
    </message>
    <message>
        <source>the file is empty; it must start with the header %1</source>
        <translation>el archivo está vacío; debe empezar con la cabecera %1</translation>
    </message>
    <message>
        <source>the first line must be the header %1 (only date, company, type, people and role are required), but %2</source>
        <translation>la primera línea debe ser la cabecera %1 (solo date, company, type, people y role son obligatorias), pero %2</translation>
    </message>
    <message numerus="yes">
        <source>the header has no columns %1; they are empty in every row</source>
        <translation>
            <numerusform>a la cabecera le falta la columna %1; queda vacía en todas las filas</numerusform>
            <numerusform>a la cabecera le faltan las columnas %1; quedan vacías en todas las filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvScanner</name>
    <message>
        <source>a quoted field must end at its closing quote; write a quote inside it as &quot;&quot;</source>
        <translation>un campo entre comillas debe terminar en su comilla de cierre; escriba una comilla dentro de él como &quot;&quot;</translation>
    </message>
    <message>
        <source>the quote opened on line %1 is never closed</source>
        <translation>la comilla abierta en la línea %1 no se cierra nunca</translation>
    </message>
    <message>
        <source>a field with a quote in it must be in quotes, with the quote doubled: &quot;say &quot;&quot;hi&quot;&quot;&quot;</source>
        <translation>un campo que contenga una comilla debe ir entre comillas, con la comilla duplicada: &quot;di &quot;&quot;hola&quot;&quot;&quot;</translation>
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
    <name>Database</name>
    <message>
        <source>%1 is damaged (%2); restore it from a backup</source>
        <translation>la base de datos %1 está dañada (%2); restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Tenure database; it was left untouched</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de Tenure; no se ha modificado</translation>
    </message>
    <message>
        <source>its schema version %1 is impossible</source>
        <translation>su versión de esquema %1 es imposible</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tenure (schema %2; this version reads up to %3); update Tenure to open it</source>
        <translation>la base de datos %1 se escribió con una versión más reciente de Tenure (esquema %2; esta versión lee hasta el %3); actualice Tenure para abrirla</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Tenure database</source>
        <translation>%1 es un archivo vacío, no una base de datos de Tenure</translation>
    </message>
    <message>
        <source>%1 is not a Tenure database (not an SQLite file)</source>
        <translation>%1 no es una base de datos de Tenure (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>%1: no such database; create one with &apos;tenure-cli init&apos; or choose another file</source>
        <translation>%1: no existe esa base de datos; cree una con «tenure-cli init» o elija otro archivo</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Tenure database</source>
        <translation>%1 es una carpeta, no una base de datos de Tenure</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, socket or device), not a Tenure database</source>
        <translation>%1 no es un archivo normal (es un FIFO, un socket o un dispositivo), no una base de datos de Tenure</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>abrirla</translation>
    </message>
    <message>
        <source>%1 already exists; a new database is never written over a file</source>
        <translation>%1 ya existe; una base de datos nueva nunca se escribe sobre un archivo</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>leerla</translation>
    </message>
    <message>
        <source>checking it before an upgrade</source>
        <translation>comprobarla antes de actualizarla</translation>
    </message>
    <message>
        <source>checking it during an upgrade</source>
        <translation>comprobarla durante la actualización</translation>
    </message>
    <message>
        <source>starting a change</source>
        <translation>empezar un cambio</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>guardar el cambio</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than %2 seconds while %3; try again when it has finished</source>
        <translation>la base de datos %1 está ocupada: otro programa la ha tenido bloqueada más de %2 segundos al %3; inténtelo de nuevo cuando haya terminado</translation>
    </message>
    <message>
        <source>%1: the disk is full while %2; nothing was changed — free some space and try again</source>
        <translation>%1: el disco se ha llenado al %2; no se ha cambiado nada — libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>%1 is damaged (found while %2); restore it from a backup</source>
        <translation>la base de datos %1 está dañada (se vio al %2); restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is read-only (see the permissions of the file and its folder), so it cannot be changed; commands that only read it, such as list, export and render, still work</source>
        <translation>la base de datos %1 es de solo lectura (vea los permisos del archivo y de su carpeta), así que no se puede cambiar; las órdenes que solo la leen, como list, export y render, siguen funcionando</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing while %2: %3</source>
        <translation>%1 no se puede abrir para escribir al %2: %3</translation>
    </message>
    <message>
        <source>%1: error while %2: %3</source>
        <translation>%1: error al %2: %3</translation>
    </message>
    <message>
        <source>%1 belongs to a Tenure database that is open (SQLite&apos;s journal), not a database itself</source>
        <translation>%1 pertenece a una base de datos de Tenure que está abierta (es el diario de SQLite), no es una base de datos</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Tenure (schema %2); open it once with the viewer or a command that writes, such as &apos;tenure-cli add&apos;, to upgrade it</source>
        <translation>la base de datos %1 se escribió con una versión anterior de Tenure (esquema %2); ábrala una vez con el visor o con una orden que escriba, como «tenure-cli add», para actualizarla</translation>
    </message>
    <message>
        <source>some of its tables are missing</source>
        <translation>le faltan algunas tablas</translation>
    </message>
    <message>
        <source>an event refers to a company, person or event that is not there; it was left as it was</source>
        <translation>un evento remite a una empresa, persona o evento que no existe; se ha dejado como estaba</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name</source>
        <translation>%1 ya existe; elija un nombre nuevo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>it was created meanwhile by another program and was left as it is</source>
        <translation>otro programa lo ha creado mientras tanto y se ha dejado como está</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>the change breaks a rule of the database: %1</source>
        <translation>el cambio incumple una regla de la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>copying the table %1</source>
        <translation>copiando la tabla %1</translation>
    </message>
    <message>
        <source>checking the destination</source>
        <translation>comprobando el destino</translation>
    </message>
    <message>
        <source>reading the event ids</source>
        <translation>leyendo los identificadores de los eventos</translation>
    </message>
    <message>
        <source>%1 already holds events; copy into a new database</source>
        <translation>%1 ya contiene eventos; copie a una base de datos nueva</translation>
    </message>
    <message>
        <source>setting the ids to come</source>
        <translation>fijando los identificadores siguientes</translation>
    </message>
    <message>
        <source>%1 already holds events; copy into a new file</source>
        <translation>%1 ya contiene eventos; copie a un archivo nuevo</translation>
    </message>
    <message>
        <source>reading the ids to come</source>
        <translation>leyendo los identificadores siguientes</translation>
    </message>
    <message>
        <source>indexing the events for search</source>
        <translation>indexando los eventos para la búsqueda</translation>
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
    <name>Dispatcher</name>
    <message>
        <source>PATH</source>
        <comment>value of --db</comment>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>the database file; without it, the per-user database (made with the Stability AI sample on first use)</source>
        <translation>el archivo de la base de datos; sin esta opción, la base de datos del usuario (creada con el ejemplo de Stability AI la primera vez)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <source>%1 is not a tenure-cli command</source>
        <translation>%1 no es una orden de tenure-cli</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db necesita la ruta de un archivo</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ninguna orden</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <comment>a command needs an argument: remove needs ID</comment>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>%1 (see %2)</source>
        <comment>a usage error, then where help is</comment>
        <translation>%1 (véase %2)</translation>
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
    <name>Event</name>
    <message>
        <source>appointment</source>
        <comment>a type of event, in a summary</comment>
        <translation>nombramiento</translation>
    </message>
    <message>
        <source>departure</source>
        <comment>a type of event, in a summary</comment>
        <translation>salida</translation>
    </message>
    <message>
        <source>funding</source>
        <comment>a type of event, in a summary</comment>
        <translation>financiación</translation>
    </message>
    <message>
        <source>acquisition</source>
        <comment>a type of event, in a summary</comment>
        <translation>adquisición</translation>
    </message>
    <message>
        <source>other</source>
        <comment>a type of event, in a summary</comment>
        <translation>otro</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names, then how many others</comment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (interim %2)</source>
        <comment>people (post)</comment>
        <translation>%1 (%2 interino)</translation>
    </message>
    <message>
        <source>round</source>
        <comment>a funding round</comment>
        <translation>ronda</translation>
    </message>
    <message>
        <source>acquired</source>
        <comment>a company, by no one known</comment>
        <translation>adquirida</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>acquired by</comment>
        <translation>por %1</translation>
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
    <name>EventFile</name>
    <message>
        <source>the file name must end in .csv or .json, which says how to read it</source>
        <translation>el nombre del archivo debe terminar en .csv o .json, que indica cómo leerlo</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>this file %1</source>
        <comment>a reason: this file is a folder ...</comment>
        <translation>este archivo %1</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
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
    <name>EventRecord</name>
    <message>
        <source>the spaces around %1 were removed</source>
        <translation>se han quitado los espacios alrededor de %1</translation>
    </message>
    <message>
        <source>%1 was read as %2</source>
        <translation>%1 se ha leído como %2</translation>
    </message>
    <message>
        <source>%1 is not a reason: use %2, or leave it empty and say why in reason_note</source>
        <translation>%1 no es un motivo: use %2, o déjelo vacío y explique el motivo en reason_note</translation>
    </message>
    <message>
        <source>%1 looks like a spreadsheet error or formula, not a name</source>
        <translation>%1 parece un error o una fórmula de una hoja de cálculo, no un nombre</translation>
    </message>
    <message>
        <source>%1 looks like text in a wrong encoding (mojibake)</source>
        <translation>%1 parece texto en una codificación equivocada (mojibake)</translation>
    </message>
    <message>
        <source>a type is required: appointment, departure, funding, acquisition or other</source>
        <translation>hace falta un tipo: appointment, departure, funding, acquisition u other</translation>
    </message>
    <message>
        <source>%1 is not a type: use appointment, departure, funding, acquisition or other</source>
        <translation>%1 no es un tipo: use appointment, departure, funding, acquisition u other</translation>
    </message>
    <message>
        <source>%1 is not true or false (empty means false)</source>
        <translation>%1 no es true ni false (vacío equivale a false)</translation>
    </message>
    <message>
        <source>%1 is not a status: use completed, failed or rumored (empty means completed)</source>
        <translation>%1 no es un estado: use completed, failed o rumored (vacío equivale a completed)</translation>
    </message>
    <message>
        <source>%1 has no scheme; read as %2</source>
        <translation>%1 no tiene esquema; se ha leído como %2</translation>
    </message>
    <message>
        <source>%1 was read as %2%3</source>
        <comment>the text, the number, the currency</comment>
        <translation>%1 se ha leído como %2%3</translation>
    </message>
    <message>
        <source>%1 is not a whole number of dollars: write digits only, like 101000000</source>
        <translation>%1 no es un número entero de dólares: escriba solo cifras, como 101000000</translation>
    </message>
    <message>
        <source>%1 is too large: amounts go up to %2</source>
        <translation>%1 es demasiado grande: los importes llegan hasta %2</translation>
    </message>
    <message>
        <source>a name in the list is empty</source>
        <translation>un nombre de la lista está vacío</translation>
    </message>
    <message>
        <source>the amount is in %1 but the currency column says %2; an event has one currency</source>
        <translation>el importe está en %1, pero la columna currency indica %2; un evento tiene una sola moneda</translation>
    </message>
    <message>
        <source>the valuation is in %1 but the amount is in %2; an event has one currency</source>
        <translation>la valoración está en %1, pero el importe está en %2; un evento tiene una sola moneda</translation>
    </message>
    <message>
        <source>the sources are given twice, in sources and in source_url/source_title; put them all in sources</source>
        <translation>las fuentes se indican dos veces, en sources y en source_url/source_title; póngalas todas en sources</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>looking up %1</source>
        <translation>buscar %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>saving the people</source>
        <translation>guardar las personas</translation>
    </message>
    <message>
        <source>choosing the new events&apos; ids</source>
        <translation>elegir los id de los eventos nuevos</translation>
    </message>
    <message>
        <source>saving the identifier of %1</source>
        <translation>guardar el identificador de %1</translation>
    </message>
    <message>
        <source>adding the event</source>
        <translation>añadir el evento</translation>
    </message>
    <message>
        <source>saving the event</source>
        <translation>guardar el evento</translation>
    </message>
    <message>
        <source>removing the event</source>
        <translation>eliminar el evento</translation>
    </message>
    <message>
        <source>reading event %1</source>
        <translation>leer el evento %1</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>leer los eventos</translation>
    </message>
    <message>
        <source>counting events</source>
        <translation>contar los eventos</translation>
    </message>
    <message>
        <source>reading companies</source>
        <translation>leer las empresas</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>leer las personas</translation>
    </message>
    <message>
        <source>reading roles</source>
        <translation>leer los cargos</translation>
    </message>
    <message>
        <source>reading the role mappings</source>
        <translation>leer las asignaciones de cargos</translation>
    </message>
    <message>
        <source>removing the role mapping</source>
        <translation>quitar la asignación del título</translation>
    </message>
    <message>
        <source>saving the role mapping</source>
        <translation>guardar la asignación del título</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>cambiar el nombre</translation>
    </message>
    <message>
        <source>merging companies</source>
        <translation>fusionar las empresas</translation>
    </message>
    <message>
        <source>merging people</source>
        <translation>fusionar las personas</translation>
    </message>
    <message>
        <source>setting the colour</source>
        <translation>cambiar el color</translation>
    </message>
    <message>
        <source>reading the companies</source>
        <translation>leer las empresas</translation>
    </message>
    <message>
        <source>removing the identifier of %1</source>
        <translation>quitar el identificador de %1</translation>
    </message>
</context>
<context>
    <name>EventSourceTable</name>
    <message>
        <source>saving the sources</source>
        <translation>guardar las fuentes</translation>
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
    <name>EventStatistics</name>
    <message>
        <source>reading the span of dates</source>
        <translation>leer el intervalo de fechas</translation>
    </message>
    <message>
        <source>reading the companies</source>
        <translation>leer las empresas</translation>
    </message>
    <message>
        <source>counting events over time</source>
        <translation>contar los eventos a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>no company named %1</source>
        <translation>no hay ninguna empresa llamada %1</translation>
    </message>
    <message>
        <source>no person named %1</source>
        <translation>no hay ninguna persona llamada %1</translation>
    </message>
    <message>
        <source>there is already a company named %1; merge them instead</source>
        <translation>ya hay una empresa llamada %1; fusiónelas en su lugar</translation>
    </message>
    <message>
        <source>there is already a person named %1; merge them instead</source>
        <translation>ya hay una persona llamada %1; fusiónelas en su lugar</translation>
    </message>
    <message>
        <source>a company cannot be merged into itself</source>
        <translation>una empresa no se puede fusionar consigo misma</translation>
    </message>
    <message>
        <source>a person cannot be merged into themselves</source>
        <translation>una persona no se puede fusionar consigo misma</translation>
    </message>
    <message>
        <source>no event with id %1</source>
        <translation>no hay ningún evento con el id %1</translation>
    </message>
    <message>
        <source>no mapping of the title &apos;%1&apos;</source>
        <translation>no hay ninguna asignación del título «%1»</translation>
    </message>
    <message>
        <source>the company %1 with the identifier %2 cannot be told apart: %3 is the label of the company %4</source>
        <translation>no se puede distinguir la empresa %1 con el identificador %2: %3 es la etiqueta de la empresa %4</translation>
    </message>
    <message>
        <source>a role mapping needs a title</source>
        <translation>una asignación de cargo necesita un título</translation>
    </message>
    <message>
        <source>the title</source>
        <comment>of a role mapping</comment>
        <translation>el título</translation>
    </message>
    <message>
        <source>the file maps the title %1 to %2, but this database maps it to %3; nothing was imported. Change the mapping (Companies and people… → Roles, or &apos;tenure-cli roles --map&apos;) or the file, and import again</source>
        <translation>el archivo asigna el título %1 a %2, pero esta base de datos lo asigna a %3; no se ha importado nada. Cambie la asignación (Empresas y personas… → Cargos, o «tenure-cli roles --map») o el archivo, e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>una empresa necesita un nombre</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>una persona necesita un nombre</translation>
    </message>
    <message>
        <source>choose a company other than %1 to merge into it</source>
        <translation>elija una empresa distinta de %1 para fusionarla en ella</translation>
    </message>
    <message>
        <source>choose a person other than %1 to merge into them</source>
        <translation>elija una persona distinta de %1 para fusionarla en ella</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>%1 (interim)</source>
        <translation>%1 (interino)</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>acquired by</comment>
        <translation>por %1</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a column&apos;s heading</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <comment>a column&apos;s heading</comment>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <comment>a column&apos;s heading</comment>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>TYPE</source>
        <comment>a column&apos;s heading</comment>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <comment>a column&apos;s heading</comment>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <source>ROLE / ROUND</source>
        <comment>a column&apos;s heading</comment>
        <translation>CARGO / RONDA</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <comment>a column&apos;s heading</comment>
        <translation>DESCRIPCIÓN</translation>
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
    <name>EventValidator</name>
    <message>
        <source>the company</source>
        <translation>la empresa</translation>
    </message>
    <message>
        <source>%1 %2 contains %3, which changes the direction text is shown in; remove it</source>
        <translation>%1 %2 contiene %3, que cambia la dirección en que se muestra el texto; quítelo</translation>
    </message>
    <message>
        <source>%1 %2 contains an invisible byte-order mark (U+FEFF); remove it</source>
        <translation>%1 %2 contiene una marca de orden de bytes invisible (U+FEFF); quítela</translation>
    </message>
    <message>
        <source>%1 %2 contains the control character %3; remove it (tabs and line breaks are fine)</source>
        <translation>%1 %2 contiene el carácter de control %3; quítelo (los tabuladores y los saltos de línea sí se admiten)</translation>
    </message>
    <message>
        <source>%1 %2 contains the control character %3; remove it</source>
        <translation>%1 %2 contiene el carácter de control %3; quítelo</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; it can be at most %3</source>
        <translation>%1 tiene %2 caracteres; puede tener como máximo %3</translation>
    </message>
    <message>
        <source>a date is required (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>hace falta una fecha (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a company is required</source>
        <translation>hace falta una empresa</translation>
    </message>
    <message>
        <source>an event can name at most %1 people; this one names %2</source>
        <translation>un evento puede nombrar como máximo a %1 personas; este nombra a %2</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>a name in the list is empty</source>
        <translation>un nombre de la lista está vacío</translation>
    </message>
    <message>
        <source>an appointment names at least one person</source>
        <translation>un nombramiento nombra al menos a una persona</translation>
    </message>
    <message>
        <source>a departure names at least one person</source>
        <translation>una salida nombra al menos a una persona</translation>
    </message>
    <message>
        <source>write the identifier as %1</source>
        <translation>escriba el identificador como %1</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>a reason is given for departures only; this event is of type %1</source>
        <translation>solo las salidas tienen motivo; este evento es del tipo %1</translation>
    </message>
    <message>
        <source>the reason note</source>
        <translation>la nota del motivo</translation>
    </message>
    <message>
        <source>an appointment needs a role (CEO, CTO, Board member ...)</source>
        <translation>un nombramiento necesita un cargo (CEO, CTO, Consejero ...)</translation>
    </message>
    <message>
        <source>a departure needs a role (CEO, CTO, Board member ...)</source>
        <translation>una salida necesita un cargo (CEO, CTO, Consejero ...)</translation>
    </message>
    <message>
        <source>the round</source>
        <translation>la ronda</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>el importe no puede ser negativo</translation>
    </message>
    <message>
        <source>the valuation cannot be negative</source>
        <translation>la valoración no puede ser negativa</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code such as USD, EUR or GBP (in capitals)</source>
        <translation>%1 no es un código de moneda ISO 4217 como USD, EUR o GBP (en mayúsculas)</translation>
    </message>
    <message>
        <source>investors are named for funding rounds only; this event is of type %1</source>
        <translation>solo las rondas de financiación nombran inversores; este evento es del tipo %1</translation>
    </message>
    <message>
        <source>a round can name at most %1 investors; this one names %2</source>
        <translation>una ronda puede nombrar como máximo a %1 inversores; esta nombra a %2</translation>
    </message>
    <message>
        <source>a name in the list of investors is empty</source>
        <translation>un nombre de la lista de inversores está vacío</translation>
    </message>
    <message>
        <source>the investor</source>
        <translation>el inversor</translation>
    </message>
    <message>
        <source>the acquirer</source>
        <translation>el comprador</translation>
    </message>
    <message>
        <source>an acquirer is named for acquisitions only; this event is of type %1</source>
        <translation>solo las adquisiciones nombran un comprador; este evento es del tipo %1</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>an event can cite at most %1 sources; this one cites %2</source>
        <translation>un evento puede citar como máximo %1 fuentes; este cita %2</translation>
    </message>
    <message>
        <source>source %1: </source>
        <comment>before what is wrong with it</comment>
        <translation>fuente %1: </translation>
    </message>
    <message>
        <source>a source needs a URL, a title, an outlet or a date</source>
        <translation>una fuente necesita una URL, un título, un medio o una fecha</translation>
    </message>
    <message>
        <source>the source URL</source>
        <translation>la URL de la fuente</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 no es una URL http o https</translation>
    </message>
    <message>
        <source>the source title</source>
        <translation>el título de la fuente</translation>
    </message>
    <message>
        <source>the outlet</source>
        <translation>el medio</translation>
    </message>
    <message>
        <source>announced %1, after the event took effect (%2); check the dates</source>
        <translation>fecha de anuncio %1, posterior a la entrada en vigor del evento (%2); compruebe las fechas</translation>
    </message>
    <message>
        <source>an acquisition with no acquirer; name who bought the company if it is known</source>
        <translation>una adquisición sin comprador; indique quién compró la empresa si se sabe</translation>
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
    <message>
        <source>Exporting the chart…</source>
        <translation>Exportando el gráfico…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito ningún archivo.</translation>
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
    <name>ExportCommand</name>
    <message>
        <source>write every event as CSV or JSON, to a file or stdout</source>
        <translation>escribe todos los eventos como CSV o JSON, en un archivo o en la salida estándar</translation>
    </message>
    <message>
        <source>Writes every event, by date, in the interchange format (docs/data-format.md) that
import reads. The format follows --out&apos;s extension unless --format says; else CSV.
Values are written exactly as stored, so the file imports to the same events. For
a spreadsheet, add --safe: a CSV cell that starts with =, +, -, @, a tab or a CR
then gets a &apos; in front, so the spreadsheet shows it instead of running it as a
formula (CSV injection); such a file no longer imports to the same values.</source>
        <translation>Escribe todos los eventos, por fecha, en el formato de intercambio
(docs/data-format.md) que lee import. El formato sigue la extensión de --out
salvo que --format indique otro; si no, CSV. Los valores se escriben tal como
están guardados, así que el archivo se importa como los mismos eventos. Para una
hoja de cálculo, añada --safe: una celda CSV que empiece por =, +, -, @, un
tabulador o un CR recibe entonces un &apos; delante, para que la hoja de cálculo la
muestre en lugar de ejecutarla como fórmula (inyección CSV); un archivo así ya
no se importa con los mismos valores.</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv o json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>the file to write (replaced only once complete); stdout without it</source>
        <translation>el archivo que escribir (se sustituye solo cuando está completo); sin esta opción, la salida estándar</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>CSV for spreadsheets: a cell starting with =, +, -, @, tab or CR gets a &apos; in front</source>
        <translation>CSV para hojas de cálculo: una celda que empiece por =, +, -, @, tabulador o CR recibe un &apos; delante</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--safe is for CSV, which spreadsheets open; JSON values are never run as formulas</source>
        <translation>--safe es para CSV, que abren las hojas de cálculo; los valores JSON nunca se ejecutan como fórmulas</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n evento a %1.</numerusform>
            <numerusform>Se han exportado %n eventos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>is not a regular file (a FIFO, socket or device); choose a file</source>
        <translation>no es un archivo normal (es un FIFO, un socket o un dispositivo); elija un archivo</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is the Tenure database in use, not a file to read events from; choose a CSV or JSON file</source>
        <translation>es la base de datos de Tenure en uso, no un archivo del que leer eventos; elija un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>is the Tenure database in use and is never written over; choose another file name</source>
        <translation>es la base de datos de Tenure en uso y nunca se sobrescribe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>es una carpeta; elija un nombre de archivo</translation>
    </message>
    <message>
        <source>is an SQLite database and is never written over; choose another file name</source>
        <translation>es una base de datos SQLite y nunca se sobrescribe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>belongs to the SQLite database beside it and is never written over; choose another file name</source>
        <translation>pertenece a la base de datos SQLite que está a su lado y nunca se sobrescribe; elija otro nombre de archivo</translation>
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
    <name>FullTextIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
    <message>
        <source>%1 has no letters or digits to search for, so it matches nothing</source>
        <translation>%1 no tiene letras ni cifras que buscar, así que no coincide con nada</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>buscar</translation>
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
    <name>HelpText</name>
    <message>
        <source>Exit status: 0 done, 1 wrong usage, 2 invalid data (nothing written),
3 the database cannot be used (missing, damaged, locked, another program&apos;s, or newer),
4 import --skip-invalid imported the valid rows and refused some.
</source>
        <translation>Estado de salida: 0 hecho, 1 uso incorrecto, 2 datos no válidos (no se escribe
nada), 3 la base de datos no se puede usar (no existe, está dañada o bloqueada,
es de otro programa o de una versión más reciente), 4 import --skip-invalid
importó las filas válidas y rechazó algunas.
</translation>
    </message>
    <message>
        <source>Usage: tenure-cli [--db PATH] COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Uso: tenure-cli [--db RUTA] ORDEN [OPCIONES] [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Reads and changes a Tenure database of leadership changes and funding rounds.</source>
        <translation>Lee y modifica una base de datos de Tenure: cambios en la dirección de empresas
y rondas de financiación.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>&apos;tenure-cli COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>«tenure-cli ORDEN --help» muestra las opciones de una orden.</translation>
    </message>
    <message>
        <source>Usage: tenure-cli [--db PATH] %1</source>
        <comment>%1 is the command&apos;s name</comment>
        <translation>Uso: tenure-cli [--db RUTA] %1</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPCIONES]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>; the first %1 listed</source>
        <translation>; se listan los %1 primeros</translation>
    </message>
    <message>
        <source>add the events of a CSV or JSON file, all of them or none</source>
        <translation>añade los eventos de un archivo CSV o JSON, todos o ninguno</translation>
    </message>
    <message>
        <source>Adds the events of FILE (.csv or .json, see docs/data-format.md). If any row is
wrong, nothing is imported: each problem is printed as FILE:LINE: column: message
(the first 1000, then how many there are in all) and the exit status is 2. Values
echoed in messages are cut to 80 characters, with control characters escaped.
With --skip-invalid the valid rows are imported in one transaction, the others
refused (exit status 4 if any were; --rejects writes them as CSV with their line
and problem, to fix and import again). An event already in the database (same
date, company, type, people, role and round) is skipped, so importing a file twice
adds nothing the second time. Values read leniently (2024-9-1, www.x.org, $101M,
spaces around a value, optional columns left out of the header), suspicious ones
(dates before 1800 or over a year ahead, placeholder dates such as 1900-01-01,
1960-01-01 or 1970-01-01, names starting with # or =, mojibake), near duplicates
(same people and role, dates within each other&apos;s precision) and names that may be
other spellings of names in the database or earlier in the file (Sean O
hEigeartaigh, Seán Ó hÉigeartaigh; see &apos;people --variants&apos; and &apos;merge&apos;) are
warnings: printed, counted apart from problems, never blocking. --report writes
every problem and warning, however many. --dry-run says what would be added,
skipped and refused and writes nothing to the database. A file that is not UTF-8
(old exports in Latin-1, Windows-1252 or Mac Roman, perhaps with CR line ends)
imports with --encoding; without it, each such row names the likely encoding.</source>
        <translation>Añade los eventos de ARCHIVO (.csv o .json, véase docs/data-format.md). Si
alguna fila está mal, no se importa nada: cada problema se imprime como
ARCHIVO:LÍNEA: columna: mensaje (los 1000 primeros, y luego cuántos hay en
total) y el estado de salida es 2. Los valores que se repiten en los mensajes se
cortan a 80 caracteres, con los caracteres de control escapados. Con
--skip-invalid las filas válidas se importan en una sola transacción y las demás
se rechazan (estado de salida 4 si se rechazó alguna; --rejects las escribe como
CSV con su línea y su problema, para corregirlas e importarlas de nuevo). Un
evento que ya está en la base de datos (misma fecha, empresa, tipo, personas,
cargo y ronda) se omite, así que importar dos veces un archivo no añade nada la
segunda vez. Los valores leídos con tolerancia (2024-9-1, www.x.org, $101M,
espacios alrededor de un valor, columnas opcionales que faltan en la cabecera),
los sospechosos (fechas anteriores a 1800 o de más de un año en el futuro,
fechas de relleno como 1900-01-01, 1960-01-01 o 1970-01-01, nombres que empiezan
por # o =, mojibake), los casi duplicados (mismas personas y cargo, fechas
dentro de la precisión de cada una) y los nombres que pueden ser otras grafías
de nombres de la base de datos o de antes en el archivo (Sean O hEigeartaigh,
Seán Ó hÉigeartaigh; véanse «people --variants» y «merge») son avisos: se
imprimen, se cuentan aparte de los problemas y nunca bloquean. --report escribe
todos los problemas y avisos, sean cuantos sean. --dry-run dice qué se añadiría,
omitiría y rechazaría, y no escribe nada en la base de datos. Un archivo que no
está en UTF-8 (exportaciones antiguas en Latin-1, Windows-1252 o Mac Roman,
quizá con finales de línea CR) se importa con --encoding; sin esta opción, cada
una de esas filas nombra la codificación probable.</translation>
    </message>
    <message>
        <source>write every problem and warning to FILE, one a line</source>
        <translation>escribe todos los problemas y avisos en ARCHIVO, uno por línea</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>import the valid rows and refuse the others (exit status 4)</source>
        <translation>importa las filas válidas y rechaza las demás (estado de salida 4)</translation>
    </message>
    <message>
        <source>write the refused rows to FILE as CSV: line, problem, then the row&apos;s own columns</source>
        <translation>escribe las filas rechazadas en ARCHIVO como CSV: línea, problema y después las columnas de la propia fila</translation>
    </message>
    <message>
        <source>say what would be added, skipped and refused; change nothing</source>
        <translation>dice qué se añadiría, omitiría y rechazaría; no cambia nada</translation>
    </message>
    <message>
        <source>the file&apos;s encoding: utf-8 (the default), latin1, windows-1252 or macroman</source>
        <translation>la codificación del archivo: utf-8 (por omisión), latin1, windows-1252 o macroman</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>the file to import, .csv or .json</source>
        <translation>el archivo que importar, .csv o .json</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv or .json</source>
        <translation>%1: el nombre del archivo debe terminar en .csv o .json</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--encoding must be one of %1</source>
        <translation>--encoding debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>%1: %2%3; nothing was imported</source>
        <comment>the file, its problems, its warnings</comment>
        <translation>%1: %2%3; no se ha importado nada</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n events from %1</source>
        <translation>
            <numerusform>Se importaría %n evento de %1</numerusform>
            <numerusform>Se importarían %n eventos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>Se ha importado %n evento de %1</numerusform>
            <numerusform>Se han importado %n eventos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1 already in the database or earlier in the file</source>
        <translation>omitidos: %1, ya en la base de datos o antes en el archivo</translation>
    </message>
    <message>
        <source>refused %1 with %2</source>
        <comment>rows, problems</comment>
        <translation>rechazadas: %1, con %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; no se ha escrito nada</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warnings; --report FILE lists them all</source>
        <translation>
            <numerusform>… y %n aviso más; --report ARCHIVO los lista todos</numerusform>
            <numerusform>… y %n avisos más; --report ARCHIVO los lista todos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>the stored event %1 (%2)</source>
        <translation>el evento guardado %1 (%2)</translation>
    </message>
    <message>
        <source>the event at [%1] (%2)</source>
        <translation>el evento en [%1] (%2)</translation>
    </message>
    <message>
        <source>the event on line %1 (%2)</source>
        <translation>el evento de la línea %1 (%2)</translation>
    </message>
    <message>
        <source>this %1 may be %2: the same people and role, the dates within each other&apos;s precision; both are kept</source>
        <translation>este %1 puede ser %2: las mismas personas y el mismo cargo, con fechas dentro de la precisión de la otra; se conservan ambos</translation>
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
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create a new database, empty or with the bundled sample</source>
        <translation>crea una base de datos nueva, vacía o con el ejemplo incluido</translation>
    </message>
    <message>
        <source>Creates a new database at --db PATH, or the per-user database when --db is not
given. An existing file is never written over: that fails with exit status 3.</source>
        <translation>Crea una base de datos nueva en --db RUTA, o la base de datos del usuario si no
se indica --db. Nunca se escribe sobre un archivo existente: eso falla con el
estado de salida 3.</translation>
    </message>
    <message>
        <source>fill it with the Stability AI story, 2019-2024</source>
        <translation>la llena con la historia de Stability AI, 2019-2024</translation>
    </message>
    <message>
        <source>this system has no folder for per-user data; name a file with --db</source>
        <translation>este sistema no tiene carpeta para los datos de cada usuario; indique un archivo con --db</translation>
    </message>
    <message>
        <source>Created %1 (empty).</source>
        <translation>Se ha creado %1 (vacía).</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the Stability AI sample (%n events).</source>
        <translation>
            <numerusform>Se ha creado %1 con el ejemplo de Stability AI (%n evento).</numerusform>
            <numerusform>Se ha creado %1 con el ejemplo de Stability AI (%n eventos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the Tenure tables in %1 (empty).</source>
        <translation>Creadas las tablas de Tenure en %1 (vacía).</translation>
    </message>
    <message numerus="yes">
        <source>Created the Tenure tables in %1 with the Stability AI sample (%n events).</source>
        <translation>
            <numerusform>Creadas las tablas de Tenure en %1 con el ejemplo de Stability AI (%n evento).</numerusform>
            <numerusform>Creadas las tablas de Tenure en %1 con el ejemplo de Stability AI (%n eventos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>must be a number of dollars or null</source>
        <translation>debe ser un número de dólares o null</translation>
    </message>
    <message>
        <source>%1 is negative; amounts are whole, non-negative numbers of dollars</source>
        <translation>%1 es negativo; los importes son números enteros y no negativos de dólares</translation>
    </message>
    <message>
        <source>%1 is not a whole number of dollars</source>
        <translation>%1 no es un número entero de dólares</translation>
    </message>
    <message>
        <source>%1 is too large: amounts go up to %2</source>
        <translation>%1 es demasiado grande: los importes llegan hasta %2</translation>
    </message>
    <message>
        <source>must be an array of names, like [&quot;Shan Shan Wong&quot;, &quot;Christian Laforte&quot;]</source>
        <translation>debe ser un array de nombres, como [&quot;Shan Shan Wong&quot;, &quot;Christian Laforte&quot;]</translation>
    </message>
    <message>
        <source>must be an array of sources, like [{&quot;url&quot;: &quot;https://...&quot;, &quot;title&quot;: &quot;...&quot;, &quot;outlet&quot;: &quot;Axios&quot;, &quot;date&quot;: &quot;2024-03-23&quot;}]</source>
        <translation>debe ser un array de fuentes, como [{&quot;url&quot;: &quot;https://...&quot;, &quot;title&quot;: &quot;...&quot;, &quot;outlet&quot;: &quot;Axios&quot;, &quot;date&quot;: &quot;2024-03-23&quot;}]</translation>
    </message>
    <message>
        <source>source %1: </source>
        <comment>before what is wrong with it</comment>
        <translation>fuente %1: </translation>
    </message>
    <message>
        <source>%1 is not a key of a source; the keys are url, title, outlet and date</source>
        <translation>%1 no es una clave de una fuente; las claves son url, title, outlet y date</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 debe ser una cadena</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>unknown key; the keys are %1</source>
        <translation>clave desconocida; las claves son %1</translation>
    </message>
    <message>
        <source>must be an array of mappings, like [{&quot;title&quot;: &quot;Managing Director&quot;, &quot;role&quot;: &quot;chief_executive&quot;}]</source>
        <translation>debe ser un array de asignaciones, como [{&quot;title&quot;: &quot;Managing Director&quot;, &quot;role&quot;: &quot;chief_executive&quot;}]</translation>
    </message>
    <message>
        <source>mapping %1: </source>
        <comment>before what is wrong with it</comment>
        <translation>asignación %1: </translation>
    </message>
    <message>
        <source>a mapping is an object with a &quot;title&quot; and a &quot;role&quot;, both strings</source>
        <translation>una asignación es un objeto con un &quot;title&quot; y un &quot;role&quot;, ambos cadenas</translation>
    </message>
    <message>
        <source>the title</source>
        <comment>of a role mapping</comment>
        <translation>el título</translation>
    </message>
    <message>
        <source>%1 is not a role; the roles are %2</source>
        <translation>%1 no es un cargo; los cargos son %2</translation>
    </message>
    <message>
        <source>must be an array of notes, like [{&quot;company&quot;: &quot;Acme&quot;, &quot;date&quot;: &quot;2024-03&quot;, &quot;to&quot;: &quot;&quot;, &quot;text&quot;: &quot;...&quot;}]</source>
        <translation>debe ser un array de notas, como [{&quot;company&quot;: &quot;Acme&quot;, &quot;date&quot;: &quot;2024-03&quot;, &quot;to&quot;: &quot;&quot;, &quot;text&quot;: &quot;...&quot;}]</translation>
    </message>
    <message>
        <source>note %1: </source>
        <comment>before what is wrong with it</comment>
        <translation>nota %1: </translation>
    </message>
    <message>
        <source>a note is an object with the strings &quot;company&quot;, &quot;date&quot;, &quot;to&quot; and &quot;text&quot;</source>
        <translation>una nota es un objeto con las cadenas &quot;company&quot;, &quot;date&quot;, &quot;to&quot; y &quot;text&quot;</translation>
    </message>
    <message>
        <source>column %1</source>
        <comment>a place in a line</comment>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1</source>
        <translation>el archivo no es JSON válido: %1</translation>
    </message>
    <message>
        <source>the file is empty; it must hold an array of events</source>
        <translation>el archivo está vacío; debe contener un array de eventos</translation>
    </message>
    <message>
        <source>the file must hold an array of events, [{&quot;date&quot;: ...}, ...], or an object {&quot;role_aliases&quot;: [...], &quot;events&quot;: [...]}</source>
        <translation>el archivo debe contener un array de eventos, [{&quot;date&quot;: ...}, ...], o un objeto {&quot;role_aliases&quot;: [...], &quot;events&quot;: [...]}</translation>
    </message>
    <message>
        <source>unknown key; the file&apos;s keys are role_aliases, notes and events</source>
        <translation>clave desconocida; las claves del archivo son role_aliases, notes y events</translation>
    </message>
    <message>
        <source>the file must hold an array of events, [{&quot;date&quot;: ...}, ...]</source>
        <translation>el archivo debe contener un array de eventos, [{&quot;date&quot;: ...}, ...]</translation>
    </message>
    <message>
        <source>each event must be an object {&quot;date&quot;: ...}</source>
        <translation>cada evento debe ser un objeto {&quot;date&quot;: ...}</translation>
    </message>
</context>
<context>
    <name>JsonSyntax</name>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>a byte that is not UTF-8 (save the file as UTF-8)</source>
        <translation>un byte que no es UTF-8 (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <source>the character %1</source>
        <translation>el carácter %1</translation>
    </message>
    <message>
        <source>&quot;&apos;&quot; (strings are in double quotes)</source>
        <translation>&quot;&apos;&quot; (las cadenas van entre comillas dobles)</translation>
    </message>
    <message>
        <source>the object opened on line %1, column %2</source>
        <translation>el objeto abierto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>the array opened on line %1, column %2</source>
        <translation>el array abierto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>the file must end after its one value, but %1 follows</source>
        <translation>el archivo debe terminar tras su único valor, pero sigue %1</translation>
    </message>
    <message>
        <source>the file holds no value</source>
        <translation>el archivo no contiene ningún valor</translation>
    </message>
    <message>
        <source>the file ends where a value belongs, inside %1</source>
        <translation>el archivo termina donde corresponde un valor, dentro de %1</translation>
    </message>
    <message>
        <source>expected a value (a string in double quotes, a number, an object, an array, true, false or null) but found %1</source>
        <translation>se esperaba un valor (una cadena entre comillas dobles, un número, un objeto, un array, true, false o null), pero se ha encontrado %1</translation>
    </message>
    <message>
        <source>the file ends inside %1</source>
        <translation>el archivo termina dentro de %1</translation>
    </message>
    <message>
        <source>expected a key in double quotes but found %1</source>
        <translation>se esperaba una clave entre comillas dobles, pero se ha encontrado %1</translation>
    </message>
    <message>
        <source>the key %1 appears twice in this object</source>
        <translation>la clave %1 aparece dos veces en este objeto</translation>
    </message>
    <message>
        <source>expected a colon after the key %1 but found %2</source>
        <translation>se esperaban dos puntos tras la clave %1, pero se ha encontrado %2</translation>
    </message>
    <message>
        <source>the file ends before %1 is closed with %2</source>
        <translation>el archivo termina antes de que %1 se cierre con %2</translation>
    </message>
    <message>
        <source>expected a comma or %1 after a value in an object but found %2</source>
        <translation>se esperaba una coma o %1 tras un valor de un objeto, pero se ha encontrado %2</translation>
    </message>
    <message>
        <source>expected a comma or %1 after an element of an array but found %2</source>
        <translation>se esperaba una coma o %1 tras un elemento de un array, pero se ha encontrado %2</translation>
    </message>
    <message>
        <source>a comma must be followed by another key; remove the comma before %1</source>
        <translation>tras una coma debe ir otra clave; quite la coma antes de %1</translation>
    </message>
    <message>
        <source>a comma must be followed by another value; remove the comma before %1</source>
        <translation>tras una coma debe ir otro valor; quite la coma antes de %1</translation>
    </message>
    <message>
        <source>the string that starts here is never closed</source>
        <translation>la cadena que empieza aquí no se cierra nunca</translation>
    </message>
    <message>
        <source>a string cannot hold the control character %1 as it is; write it as %2</source>
        <translation>una cadena no puede contener el carácter de control %1 tal cual; escríbalo como %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>el texto no es UTF-8 válido; guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; is not an escape: the escapes are \&quot; \\ \/ \b \f \n \r \t and \u followed by four hex digits</source>
        <translation>«\%1» no es una secuencia de escape: las secuencias de escape son \&quot; \\ \/ \b \f \n \r \t y \u seguida de cuatro cifras hexadecimales</translation>
    </message>
    <message>
        <source>a backslash followed by %1 is not an escape: the escapes are \&quot; \\ \/ \b \f \n \r \t and \u followed by four hex digits</source>
        <translation>una barra inversa seguida de %1 no es una secuencia de escape: las secuencias de escape son \&quot; \\ \/ \b \f \n \r \t y \u seguida de cuatro cifras hexadecimales</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits, as in \u00e9</source>
        <translation>tras \u deben ir cuatro cifras hexadecimales, como en \u00e9</translation>
    </message>
    <message>
        <source>%1 is the second half of a character and must follow a first half (\ud800 to \udbff)</source>
        <translation>%1 es la segunda mitad de un carácter y debe ir tras una primera mitad (de \ud800 a \udbff)</translation>
    </message>
    <message>
        <source>%1 is the first half of a character and must be followed by its second half (\udc00 to \udfff)</source>
        <translation>%1 es la primera mitad de un carácter y debe ir seguida de su segunda mitad (de \udc00 a \udfff)</translation>
    </message>
    <message>
        <source>%1 is not a number: %2</source>
        <translation>%1 no es un número: %2</translation>
    </message>
    <message>
        <source>leave out the +</source>
        <translation>quite el +</translation>
    </message>
    <message>
        <source>write a digit before the decimal point, as in 0.5</source>
        <translation>escriba una cifra antes del punto decimal, como en 0.5</translation>
    </message>
    <message>
        <source>a minus sign must be followed by digits</source>
        <translation>tras un signo menos deben ir cifras</translation>
    </message>
    <message>
        <source>only 0 itself starts with 0 (write 1, not 01)</source>
        <translation>solo el propio 0 empieza por 0 (escriba 1, no 01)</translation>
    </message>
    <message>
        <source>a decimal point must be followed by digits, as in 5.0</source>
        <translation>tras un punto decimal deben ir cifras, como en 5.0</translation>
    </message>
    <message>
        <source>an exponent must be digits, as in 1e9</source>
        <translation>un exponente debe estar formado por cifras, como en 1e9</translation>
    </message>
    <message>
        <source>it is too large for any reader to hold</source>
        <translation>es demasiado grande para que ningún lector lo pueda contener</translation>
    </message>
</context>
<context>
    <name>LenientValues</name>
    <message>
        <source>%1 is before 1800; is it a placeholder?</source>
        <translation>%1 es anterior a 1800; ¿es una fecha de relleno?</translation>
    </message>
    <message>
        <source>%1 is more than a year in the future</source>
        <translation>%1 está a más de un año en el futuro</translation>
    </message>
    <message>
        <source>%1 looks like a placeholder date (what a spreadsheet or a program writes for no date), not a real one</source>
        <translation>%1 parece una fecha de relleno (la que escribe una hoja de cálculo o un programa cuando no hay fecha), no una real</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>show events, filtered</source>
        <translation>muestra los eventos, filtrados</translation>
    </message>
    <message>
        <source>Shows the events that match every filter given, by date. A DATE is a year, a
month or a day (2024, 2024-03, 2024-03-22): --from means its first day, --to its
last, and an event counts if its date may fall in between. --company and --type
may be given more than once. --limit N lists the first N by date and says on
standard error when more match.</source>
        <translation>Muestra por fecha los eventos que cumplen todos los filtros dados. Una FECHA es
un año, un mes o un día (2024, 2024-03, 2024-03-22): --from indica su primer
día, --to el último, y un evento cuenta si su fecha puede caer entre ambos.
--company y --type pueden darse más de una vez. --limit N lista los N primeros
por fecha y avisa por la salida de error cuando hay más.</translation>
    </message>
    <message>
        <source>events naming this person (any case)</source>
        <translation>eventos que nombran a esta persona (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>events whose text has every word (as a prefix); text with no letter or digit matches nothing</source>
        <translation>eventos cuyo texto tiene todas las palabras (como prefijo); un texto sin letras ni cifras no encuentra nada</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>table (the default), json or csv, with each event&apos;s id; csv is spreadsheet-safe, as export --safe</source>
        <translation>table (por omisión), json o csv, con el id de cada evento; csv es seguro para hojas de cálculo, como export --safe</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>list only the first N events by date</source>
        <translation>lista solo los N primeros eventos por fecha</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>the first %n events by date are listed; more match (--limit)</source>
        <translation>
            <numerusform>se lista el primer evento por fecha; hay más que coinciden (--limit)</numerusform>
            <numerusform>se listan los %n primeros eventos por fecha; hay más que coinciden (--limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>show who added, changed and removed events on a team server</source>
        <translation>mostrar quién añadió, cambió y quitó eventos en un servidor de equipo</translation>
    </message>
    <message>
        <source>Shows the server&apos;s log of changes to events, newest first: when (your time
zone), who (the database user), what they did, to which event of which company.
Only a PostgreSQL database (--db postgresql://...) keeps one; a file does not.</source>
        <translation>Muestra el registro de cambios a eventos del servidor, los más recientes primero: cuándo
(en su zona horaria), quién (el usuario de la base de datos), qué hizo y a qué evento de
qué empresa. Solo una base de datos PostgreSQL (--db postgresql://...) lo guarda; un
archivo no.</translation>
    </message>
    <message>
        <source>changes to this company&apos;s events only (any case)</source>
        <translation>solo los cambios a eventos de esta empresa (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>changes on or after this date</source>
        <translation>cambios en esta fecha o después</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>at most this many changes (default 100)</source>
        <translation>como mucho tantos cambios (100 si no se indica)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>table (the default) or json</source>
        <translation>table (la opción por defecto) o json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>a database file keeps no log of changes; a team server does (--db postgresql://..., see docs/team-server.md)</source>
        <translation>un archivo de base de datos no guarda registro de cambios; un servidor de equipo sí (--db postgresql://..., véase docs/team-server.md)</translation>
    </message>
    <message>
        <source>WHEN</source>
        <comment>a column&apos;s heading</comment>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>WHO</source>
        <comment>a column&apos;s heading</comment>
        <translation>QUIÉN</translation>
    </message>
    <message>
        <source>DID</source>
        <comment>a column&apos;s heading</comment>
        <translation>HIZO</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a column&apos;s heading</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <comment>a column&apos;s heading</comment>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>EVENT</source>
        <comment>a column&apos;s heading</comment>
        <translation>EVENTO</translation>
    </message>
    <message numerus="yes">
        <source>%n changes.</source>
        <translation>
            <numerusform>%n cambio.</numerusform>
            <numerusform>%n cambios.</numerusform>
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
    <name>MergeCommand</name>
    <message>
        <source>merge people or companies into one name</source>
        <translation>fusiona personas o empresas en un solo nombre</translation>
    </message>
    <message>
        <source>Every event naming one of the --person names then names the --into person
instead, and those names are gone; an event that named both names the --into
person once. --company does the same for companies. Give --person or --company as
often as there are names to merge: all of them are merged in one transaction, or
none if one does not exist (exit status 2). &apos;people --variants&apos; and &apos;companies
--variants&apos; list the names that are likely one.</source>
        <translation>Todos los eventos que nombran uno de los nombres de --person pasan a nombrar en
su lugar a la persona de --into, y esos nombres desaparecen; un evento que
nombraba a ambas nombra una sola vez a la persona de --into. --company hace lo
mismo con las empresas. Indique --person o --company tantas veces como nombres
haya que fusionar: se fusionan todos en una sola transacción, o ninguno si
alguno no existe (estado de salida 2). «people --variants» y «companies
--variants» listan los nombres que probablemente son uno solo.</translation>
    </message>
    <message>
        <source>a person to merge away; repeat for several</source>
        <translation>una persona que fusionar en otra; repítase para varias</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>a company to merge away; repeat for several</source>
        <translation>una empresa que fusionar en otra; repítase para varias</translation>
    </message>
    <message>
        <source>the name to keep</source>
        <translation>el nombre que se conserva</translation>
    </message>
    <message>
        <source>give the names to merge with --person or with --company</source>
        <translation>indique los nombres que fusionar con --person o con --company</translation>
    </message>
    <message>
        <source>--into NAME says which name to keep</source>
        <translation>--into NOMBRE indica qué nombre se conserva</translation>
    </message>
    <message>
        <source>name a person other than %1 to merge into it</source>
        <translation>indique una persona distinta de %1 para fusionarla en ella</translation>
    </message>
    <message>
        <source>name a company other than %1 to merge into it</source>
        <translation>indique una empresa distinta de %1 para fusionarla en ella</translation>
    </message>
    <message>
        <source>Merged %1 into %2; %3</source>
        <comment>the names merged, the name kept, how many events name it</comment>
        <translation>Fusión de %1 en %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n events name it now.</source>
        <translation>
            <numerusform>ahora lo nombra %n evento.</numerusform>
            <numerusform>ahora lo nombran %n eventos.</numerusform>
        </translation>
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
    <message>
        <source>an amount is empty</source>
        <translation>un importe está vacío</translation>
    </message>
    <message>
        <source>%1 is not an amount: write 101000000, 101,000,000, $101M, 4B, 1.5 billion, €20M or 20M EUR</source>
        <translation>%1 no es un importe: escriba 101000000, 101,000,000, $101M, 4B, 1.5 billion, €20M o 20M EUR</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 4217 currency code such as USD, EUR or GBP</source>
        <translation>%1: «%2» no es un código de moneda ISO 4217 como USD, EUR o GBP</translation>
    </message>
    <message>
        <source>%1 names two currencies, %2 and %3</source>
        <translation>%1 indica dos monedas, %2 y %3</translation>
    </message>
    <message>
        <source>%1 has its thousands separators in the wrong places</source>
        <translation>%1 tiene los separadores de miles en lugares equivocados</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is too large an amount</source>
        <translation>%1 es un importe demasiado grande</translation>
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
    <name>NameListing</name>
    <message>
        <source>PERSON</source>
        <comment>a column&apos;s heading</comment>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <comment>a column&apos;s heading</comment>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <comment>a column&apos;s heading</comment>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <comment>a column&apos;s heading</comment>
        <translation>EVENTOS</translation>
    </message>
    <message numerus="yes">
        <source>%n people.</source>
        <translation>
            <numerusform>%n persona.</numerusform>
            <numerusform>%n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies.</source>
        <translation>
            <numerusform>%n empresa.</numerusform>
            <numerusform>%n empresas.</numerusform>
        </translation>
    </message>
    <message>
        <source>GROUP</source>
        <comment>a column&apos;s heading</comment>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>To merge one:</source>
        <translation>Para fusionar uno:</translation>
    </message>
    <message numerus="yes">
        <source>%n groups of names that differ only in case, accents, punctuation or spacing.</source>
        <translation>
            <numerusform>%n grupo de nombres que solo difieren en mayúsculas, acentos, puntuación o espacios.</numerusform>
            <numerusform>%n grupos de nombres que solo difieren en mayúsculas, acentos, puntuación o espacios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups of company names that differ only in case, accents, punctuation or spacing.</source>
        <translation>
            <numerusform>%n grupo de nombres de empresa que solo difieren en mayúsculas, acentos, puntuación o espacios.</numerusform>
            <numerusform>%n grupos de nombres de empresa que solo difieren en mayúsculas, acentos, puntuación o espacios.</numerusform>
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
    <name>NameVariantWarnings</name>
    <message>
        <source>%1 (in the database)</source>
        <comment>names</comment>
        <translation>%1 (en la base de datos)</translation>
    </message>
    <message>
        <source>%1 may be the same company as %2; imported as written</source>
        <translation>%1 puede ser la misma empresa que %2; se importa tal como está escrito</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2; imported as written</source>
        <translation>%1 puede ser la misma persona que %2; se importa tal como está escrito</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>names</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source> (it holds the invisible character %1)</source>
        <comment>after a warning</comment>
        <translation> (contiene el carácter invisible %1)</translation>
    </message>
    <message>
        <source>at [%1]</source>
        <comment>an index in a JSON array</comment>
        <translation>en [%1]</translation>
    </message>
    <message>
        <source>line %1</source>
        <comment>a line of a file</comment>
        <translation>línea %1</translation>
    </message>
    <message numerus="yes">
        <source> (on %n rows)</source>
        <comment>after a warning</comment>
        <translation>
            <numerusform> (en %n fila)</numerusform>
            <numerusform> (en %n filas)</numerusform>
        </translation>
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
    <name>NoteCommand</name>
    <message>
        <source>add, list or remove notes drawn on the timeline</source>
        <translation>añade, lista o quita notas dibujadas en la línea de tiempo</translation>
    </message>
    <message>
        <source>note add --company NAME --date D [--to D2] [--event ID] --text TEXT
    pins a note to a company&apos;s lane at D, or over the period D to D2 (drawn as a
    shaded band), or to the event ID (at its date); prints the note&apos;s id.
note list [--company NAME]
    lists the notes, by date.
note remove ID
    removes a note.
Dates are YYYY, YYYY-MM or YYYY-MM-DD. A wrong value is exit status 2.</source>
        <translation>note add --company NOMBRE --date F [--to F2] [--event ID] --text TEXTO
    fija una nota en el carril de una empresa en F, o sobre el periodo de F a F2
    (dibujado como una banda sombreada), o al evento ID (en su fecha); imprime
    el id de la nota.
note list [--company NOMBRE]
    lista las notas, por fecha.
note remove ID
    quita una nota.
Las fechas son AAAA, AAAA-MM o AAAA-MM-DD. Un valor incorrecto da el estado de
salida 2.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list o remove</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the note to remove</source>
        <translation>la nota que quitar</translation>
    </message>
    <message>
        <source>the company whose lane holds the note</source>
        <translation>la empresa en cuyo carril va la nota</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>the note&apos;s date, or the start of its period</source>
        <translation>la fecha de la nota, o el inicio de su periodo</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>the end of the period</source>
        <translation>el final del periodo</translation>
    </message>
    <message>
        <source>the event it is pinned to (its id, as list shows)</source>
        <translation>el evento al que se fija (su id, como lo muestra list)</translation>
    </message>
    <message>
        <source>what the note says</source>
        <translation>lo que dice la nota</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>note remove needs the note&apos;s ID</source>
        <translation>note remove necesita el ID de la nota</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>%1 is not an action: use add, list or remove</source>
        <translation>%1 no es una acción: use add, list o remove</translation>
    </message>
    <message>
        <source>event: %1 is not an event id</source>
        <translation>event: %1 no es el id de un evento</translation>
    </message>
    <message>
        <source>no event with id %1</source>
        <translation>no hay ningún evento con el id %1</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a column&apos;s heading</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <comment>a column&apos;s heading</comment>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>TO</source>
        <comment>a column&apos;s heading: the end of a note&apos;s period</comment>
        <translation>HASTA</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <comment>a column&apos;s heading</comment>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>EVENT</source>
        <comment>a column&apos;s heading</comment>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>a column&apos;s heading</comment>
        <translation>TEXTO</translation>
    </message>
    <message numerus="yes">
        <source>%n notes.</source>
        <translation>
            <numerusform>%n nota.</numerusform>
            <numerusform>%n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a note id (a whole number, as note list shows)</source>
        <translation>%1 no es el id de una nota (un número entero, como lo muestra note list)</translation>
    </message>
    <message>
        <source>no note with id %1</source>
        <translation>no hay ninguna nota con el id %1</translation>
    </message>
    <message>
        <source>Removed note %1: %2</source>
        <comment>a note&apos;s id, then what it said</comment>
        <translation>Se ha quitado la nota %1: %2</translation>
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
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: the disk is full; an existing file of that name was left as it was</source>
        <translation>No se puede escribir %1: el disco está lleno; un archivo existente con ese nombre se ha dejado como estaba</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder exists and that you may write there.</source>
        <translation>No se puede escribir %1: %2. Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
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
    <message>
        <source>a date is required (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>hace falta una fecha (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not a date: use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 no es una fecha: use AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date: the year must be 0001 or later</source>
        <translation>%1 no es una fecha: el año debe ser 0001 o posterior</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2</source>
        <translation>%1 no es una fecha: no existe el mes %2</translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation>%1 no es una fecha del calendario</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>list the people, or the names that may be one person (--variants)</source>
        <translation>lista las personas, o los nombres que pueden ser una misma persona (--variants)</translation>
    </message>
    <message>
        <source>Lists every person the events name, with how many events name them. With
--variants, lists only the groups of names that are likely one person spelt in
different ways: equal once case, accents, punctuation and spaces are ignored
(&quot;Seán Ó hÉigeartaigh&quot;, &quot;Sean O&apos;hEigeartaigh&quot;). &apos;merge --person NAME --into
NAME&apos; joins them.</source>
        <translation>Lista todas las personas que nombran los eventos, con cuántos eventos nombran a
cada una. Con --variants, lista solo los grupos de nombres que probablemente son
una misma persona escrita de distintas formas: iguales si no se tienen en cuenta
mayúsculas, acentos, puntuación ni espacios (&quot;Seán Ó hÉigeartaigh&quot;, &quot;Sean
O&apos;hEigeartaigh&quot;). «merge --person NOMBRE --into NOMBRE» los une.</translation>
    </message>
    <message>
        <source>list only the groups of names that may be one person</source>
        <translation>lista solo los grupos de nombres que pueden ser una misma persona</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1 is not a PostgreSQL address: %2</source>
        <translation>%1 no es una dirección de PostgreSQL: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>cannot use %1: the server does not speak UTF-8</source>
        <translation>no se puede usar %1: el servidor no habla UTF-8</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>a row from the server ends in the middle of an escape</source>
        <translation>una fila del servidor termina en medio de una secuencia de escape</translation>
    </message>
    <message>
        <source>waiting for changes</source>
        <translation>esperando cambios</translation>
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
    <name>QueryOptions</name>
    <message>
        <source>events on or after DATE</source>
        <translation>eventos en FECHA o después</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>events on or before DATE</source>
        <translation>eventos en FECHA o antes</translation>
    </message>
    <message>
        <source>events at this company (any case; may be repeated)</source>
        <translation>eventos de esta empresa (sin distinguir mayúsculas; puede repetirse)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>appointment, departure, funding, acquisition or other (may be repeated)</source>
        <translation>appointment, departure, funding, acquisition o other (puede repetirse)</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <comment>an option, then what is wrong with its value</comment>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>--type must be %1, not %2</source>
        <translation>--type debe ser %1, no %2</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <source>delete one event by its id</source>
        <translation>borra un evento por su id</translation>
    </message>
    <message>
        <source>Deletes the event with id ID (as &apos;list&apos; shows it). An id that names no event
fails with exit status 2.</source>
        <translation>Borra el evento con el id ID (como lo muestra «list»). Un id que no corresponde
a ningún evento falla con el estado de salida 2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the event&apos;s id</source>
        <translation>el id del evento</translation>
    </message>
    <message>
        <source>%1 is not an event id (a whole number, as list shows)</source>
        <translation>%1 no es el id de un evento (un número entero, como lo muestra list)</translation>
    </message>
    <message>
        <source>no event with id %1</source>
        <translation>no hay ningún evento con el id %1</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <comment>an event&apos;s id, then what it was</comment>
        <translation>Se ha borrado %1: %2</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>as tall as its content</source>
        <translation>tan alto como su contenido</translation>
    </message>
    <message>
        <source>type x%1</source>
        <translation>letra x%1</translation>
    </message>
    <message>
        <source>draw a chart to a PNG, SVG or PDF file</source>
        <translation>dibuja un gráfico en un archivo PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Draws the timeline (lanes, tenure bars, events, axis, legend), the funding chart
(rounds by amount, valuations, leadership changes; --log-scale puts them on one
logarithmic axis) or the compare chart (each company&apos;s chief executives on one
axis) to FILE, in the format its
extension names: .png, .svg or .pdf. Sizes are in pixels at 96 dpi (a PDF page of
1123x794 is A4 landscape). Without --height the chart is as tall as its content;
with a height, the content is laid out to fill it. Without --from/--to the chart
spans the events shown, first to last. Lanes that do not fit are counted on the
chart, and the footnote credits the sources of what is drawn (outlet and date).
Its pixels may take at most 512 MiB (width x height x scale^2 x 4 bytes; the scale
counts for PNG only): 10000x10000 at scale 1 fits, as does 8000x4000 at scale 2.
FILE is replaced only once the chart is complete. Works with no display.

Presets (--preset NAME; --width and --height override its size):</source>
        <translation>Dibuja la línea de tiempo (carriles, barras de mandato, eventos, eje, leyenda),
el gráfico de financiación (rondas por importe, valoraciones, cambios en la
dirección; --log-scale los pone en un único eje logarítmico) o el gráfico
comparativo (los directores ejecutivos de cada empresa en un mismo eje) en
ARCHIVO, en el formato que indica su extensión: .png, .svg o .pdf. Los tamaños
son en píxeles a 96 ppp (una página PDF de 1123x794 es un A4 apaisado). Sin
--height el gráfico es tan alto como su contenido; con una altura, el contenido
se distribuye para llenarla. Sin --from/--to el gráfico abarca los eventos
mostrados, del primero al último. Los carriles que no caben se cuentan en el
gráfico, y la nota al pie cita las fuentes de lo representado (medio y fecha).
Sus píxeles pueden ocupar como mucho 512 MiB (ancho x alto x escala^2 x 4 bytes;
la escala cuenta solo para PNG): 10000x10000 a escala 1 cabe, como 8000x4000 a
escala 2. ARCHIVO se sustituye solo cuando el gráfico está completo. Funciona
sin pantalla.

Tamaños predefinidos (--preset NOMBRE; --width y --height cambian su tamaño):</translation>
    </message>
    <message>
        <source>the file to write (.png, .svg or .pdf)</source>
        <translation>el archivo que escribir (.png, .svg o .pdf)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>timeline (the default), funding, or compare (one row per company, its chief executives only; without --company the %1 companies with the most chief executives)</source>
        <translation>timeline (por omisión), funding o compare (una fila por empresa, solo con sus directores ejecutivos; sin --company, las %1 empresas que más directores ejecutivos han tenido)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>funding: amounts and valuations on one logarithmic axis</source>
        <translation>funding: importes y valoraciones en un único eje logarítmico</translation>
    </message>
    <message>
        <source>a size for where the chart is read: article-720, article-1200, social, slide, full-hd, 4k, a4, letter (listed above)</source>
        <translation>un tamaño para donde se leerá el gráfico: article-720, article-1200, social, slide, full-hd, 4k, a4, letter (listados arriba)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>width in pixels (default 1920)</source>
        <translation>ancho en píxeles (por omisión, 1920)</translation>
    </message>
    <message>
        <source>W</source>
        <comment>width</comment>
        <translation>ANCHO</translation>
    </message>
    <message>
        <source>height in pixels (default: as tall as the content)</source>
        <translation>alto en píxeles (por omisión, tan alto como el contenido)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>height</comment>
        <translation>ALTO</translation>
    </message>
    <message>
        <source>text and marks this many times their size, 0.5 to 4 (default 1, or the preset&apos;s)</source>
        <translation>el texto y las marcas, tantas veces su tamaño, de 0.5 a 4 (por omisión, 1 o la del tamaño predefinido)</translation>
    </message>
    <message>
        <source>S</source>
        <comment>scale</comment>
        <translation>ESCALA</translation>
    </message>
    <message>
        <source>PNG only: pixels per unit, 1 to 4 (default 1)</source>
        <translation>solo PNG: píxeles por unidad, de 1 a 4 (por omisión, 1)</translation>
    </message>
    <message>
        <source>light (the default) or dark</source>
        <translation>light (por omisión) o dark</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>the chart&apos;s language (legend, axis, notes, sources line, dates and amounts): en or es (default: the system&apos;s)</source>
        <translation>el idioma del gráfico (leyenda, eje, notas, línea de fuentes, fechas e importes): en o es (por omisión, el del sistema)</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>a title above the chart</source>
        <translation>un título sobre el gráfico</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>a subtitle under the title</source>
        <translation>un subtítulo bajo el título</translation>
    </message>
    <message>
        <source>PNG and SVG: no background</source>
        <translation>PNG y SVG: sin fondo</translation>
    </message>
    <message>
        <source>leave out the legend</source>
        <translation>omite la leyenda</translation>
    </message>
    <message>
        <source>timeline: only the chief executive, executives and chair</source>
        <translation>timeline: solo el director ejecutivo, los directivos y la presidencia</translation>
    </message>
    <message>
        <source>leave out the footnote listing the sources</source>
        <translation>omite la nota al pie que cita las fuentes</translation>
    </message>
    <message>
        <source>also write the full list of the sources of what is drawn to FILE (UTF-8 text)</source>
        <translation>escribe además en ARCHIVO la lista completa de las fuentes de lo representado (texto UTF-8)</translation>
    </message>
    <message>
        <source>PDF: add a page listing every source in full</source>
        <translation>PDF: añade una página con todas las fuentes completas</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se ha escrito %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more companies with chief executives not shown: choose them with --company</source>
        <translation>
            <numerusform>no se muestra %n empresa más con directores ejecutivos: elíjala con --company</numerusform>
            <numerusform>no se muestran %n empresas más con directores ejecutivos: elíjalas con --company</numerusform>
        </translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out ARCHIVO es obligatorio</translation>
    </message>
    <message>
        <source>--out must end in .png, .svg or .pdf, not &apos;%1&apos;</source>
        <translation>--out debe terminar en .png, .svg o .pdf, no «%1»</translation>
    </message>
    <message>
        <source>--log-scale is for --chart funding</source>
        <translation>--log-scale es para --chart funding</translation>
    </message>
    <message>
        <source>--preset must be one of %1, not &apos;%2&apos;</source>
        <translation>--preset debe ser uno de estos: %1, no «%2»</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 debe ser un número de %2 a %3, no «%4»</translation>
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
    <message>
        <source>another program changed or removed “%1” since, and this would overwrite that change</source>
        <translation>otro programa ha cambiado o eliminado «%1» desde entonces, y esto sobrescribiría ese cambio</translation>
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
    <name>RolesCommand</name>
    <message>
        <source>show or change how job titles map to canonical roles</source>
        <translation>muestra o cambia a qué cargos canónicos corresponden los títulos de los puestos</translation>
    </message>
    <message>
        <source>Titles are kept as written; what they mean for the tenures (who succeeds whom, which
row a bar goes in) comes from canonical roles: chief executive, chair, board member
and others (docs/model.md). Without options, lists the mappings made for this
database. --explain TITLE shows the roles a title names; --map TITLE --to ROLE
teaches this database a title (a whole title or a part of combined ones);
--unmap TITLE forgets it; --known lists the roles.</source>
        <translation>Los títulos se guardan tal como están escritos; lo que significan para los
mandatos (quién sucede a quién, en qué fila va una barra) viene de los cargos
canónicos: director ejecutivo, presidencia, consejero y otros (docs/model.md).
Sin opciones, lista las asignaciones hechas para esta base de datos. --explain
TÍTULO muestra los cargos que nombra un título; --map TÍTULO --to CARGO enseña
un título a esta base de datos (un título entero o una parte de uno combinado);
--unmap TÍTULO lo olvida; --known lista los cargos.</translation>
    </message>
    <message>
        <source>the canonical roles TITLE names</source>
        <translation>los cargos canónicos que nombra TÍTULO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>map TITLE to the role given with --to</source>
        <translation>asigna TÍTULO al cargo indicado con --to</translation>
    </message>
    <message>
        <source>a role key: %1</source>
        <translation>la clave de un cargo: %1</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>CARGO</translation>
    </message>
    <message>
        <source>remove this database&apos;s mapping of TITLE</source>
        <translation>quita la asignación de TÍTULO en esta base de datos</translation>
    </message>
    <message>
        <source>list the canonical roles and their keys</source>
        <translation>lista los cargos canónicos y sus claves</translation>
    </message>
    <message>
        <source>--map TITLE and --to ROLE go together</source>
        <translation>--map TÍTULO y --to CARGO van juntos</translation>
    </message>
    <message>
        <source>--to must be one of %1, not &apos;%2&apos;</source>
        <translation>--to debe ser uno de estos: %1, no «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now means %2.</source>
        <translation>«%1» significa ahora %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer mapped.</source>
        <translation>«%1» ya no tiene asignación.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <comment>a column&apos;s heading</comment>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>ROLE</source>
        <comment>a column&apos;s heading</comment>
        <translation>CARGO</translation>
    </message>
    <message numerus="yes">
        <source>%n titles mapped in this database, besides the built-in vocabulary.</source>
        <translation>
            <numerusform>%n título asignado en esta base de datos, además del vocabulario incorporado.</numerusform>
            <numerusform>%n títulos asignados en esta base de datos, además del vocabulario incorporado.</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>a column&apos;s heading</comment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>GROUP</source>
        <comment>a column&apos;s heading</comment>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>SOLE POST</source>
        <comment>a column&apos;s heading</comment>
        <translation>CARGO ÚNICO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no canonical role: it is a post of its own.</source>
        <translation>«%1» no nombra ningún cargo canónico: es un cargo propio.</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <source>opening the database</source>
        <translation>abriendo la base de datos</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leyendo la versión del esquema</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version is missing</source>
        <translation>%1 está dañada: falta la versión de su esquema</translation>
    </message>
    <message>
        <source>%1 already holds a Tenure database</source>
        <translation>%1 ya contiene una base de datos de Tenure</translation>
    </message>
    <message>
        <source>%1 holds no Tenure database; make one with tenure-cli --db %1 init</source>
        <translation>%1 no contiene ninguna base de datos de Tenure; cree una con tenure-cli --db %1 init</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tenure (schema %2; this version reads up to %3): update Tenure to open it</source>
        <translation>%1 la hizo una versión más nueva de Tenure (esquema %2; esta versión lee hasta el %3): actualice Tenure para abrirla</translation>
    </message>
    <message>
        <source>%1 needs its schema upgraded (version %2 to %3), which a read-only session cannot do</source>
        <translation>%1 necesita actualizar su esquema (de la versión %2 a la %3), lo que una sesión de solo lectura no puede hacer</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualizando el esquema a la versión %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciando una transacción</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>guardando los cambios</translation>
    </message>
</context>
<context>
    <name>ServerEventStore</name>
    <message>
        <source>reading events</source>
        <translation>leer los eventos</translation>
    </message>
    <message>
        <source>reading event %1</source>
        <translation>leer el evento %1</translation>
    </message>
    <message>
        <source>counting events</source>
        <translation>contar los eventos</translation>
    </message>
    <message>
        <source>reading companies</source>
        <translation>leer las empresas</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>leer las personas</translation>
    </message>
    <message>
        <source>reading roles</source>
        <translation>leer los cargos</translation>
    </message>
    <message>
        <source>reading the role mappings</source>
        <translation>leer las asignaciones de cargos</translation>
    </message>
    <message>
        <source>removing the role mapping</source>
        <translation>quitar la asignación del título</translation>
    </message>
    <message>
        <source>saving the role mapping</source>
        <translation>guardar la asignación del título</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>buscar %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>saving the identifier of %1</source>
        <translation>guardar el identificador de %1</translation>
    </message>
    <message>
        <source>saving the event</source>
        <translation>guardar el evento</translation>
    </message>
    <message>
        <source>saving the people</source>
        <translation>guardar las personas</translation>
    </message>
    <message>
        <source>saving the sources</source>
        <translation>guardar las fuentes</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
    <message>
        <source>choosing the new events&apos; ids</source>
        <translation>elegir los id de los eventos nuevos</translation>
    </message>
    <message>
        <source>removing the event</source>
        <translation>eliminar el evento</translation>
    </message>
    <message>
        <source>renaming</source>
        <translation>cambiar el nombre</translation>
    </message>
    <message>
        <source>merging companies</source>
        <translation>fusionar las empresas</translation>
    </message>
    <message>
        <source>merging people</source>
        <translation>fusionar las personas</translation>
    </message>
    <message>
        <source>setting the colour</source>
        <translation>cambiar el color</translation>
    </message>
    <message>
        <source>reading the companies</source>
        <translation>leer las empresas</translation>
    </message>
    <message>
        <source>removing the identifier of %1</source>
        <translation>quitar el identificador de %1</translation>
    </message>
    <message>
        <source>%1 may only read %2; ask whoever runs the server for the right to change it</source>
        <translation>%1 solo puede leer %2; pida a quien administra el servidor permiso para cambiarla</translation>
    </message>
    <message>
        <source>%1 changed event %2 at %3, after you read it; nothing was saved. Reload the event to see their change, then make yours again</source>
        <translation>%1 cambió el evento %2 a las %3, después de que usted lo leyera; no se guardó nada. Vuelva a cargar el evento para ver su cambio y haga de nuevo el suyo</translation>
    </message>
    <message>
        <source>saving the names</source>
        <translation>guardando los nombres</translation>
    </message>
    <message>
        <source>saving the events</source>
        <translation>guardando los eventos</translation>
    </message>
    <message>
        <source>reading the span of dates</source>
        <translation>leyendo el intervalo de fechas</translation>
    </message>
</context>
<context>
    <name>ServerNoteStore</name>
    <message>
        <source>looking up %1</source>
        <translation>buscando %1</translation>
    </message>
    <message>
        <source>saving the note</source>
        <translation>guardando la nota</translation>
    </message>
    <message>
        <source>removing the note</source>
        <translation>quitando la nota</translation>
    </message>
    <message>
        <source>reading the note</source>
        <translation>leyendo la nota</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>leyendo las notas</translation>
    </message>
</context>
<context>
    <name>SourceListText</name>
    <message>
        <source>line %1 of the cell: </source>
        <comment>before what is wrong with it</comment>
        <translation>línea %1 de la celda: </translation>
    </message>
    <message>
        <source>%1 has no scheme; read as %2</source>
        <translation>%1 no tiene esquema; se ha leído como %2</translation>
    </message>
</context>
<context>
    <name>TenureDeriver</name>
    <message>
        <source>%1 left as %2 (%3), a post they are not known to hold there</source>
        <translation>%1 dejó el cargo de %2 (%3), un cargo que no consta que ocupara allí</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) were both appointed %5 within one date interval; both are shown holding the post</source>
        <translation>%1 (%2) y %3 (%4) fueron nombrados para el cargo de %5 dentro de un mismo intervalo de fechas; se muestra a ambos ocupando el cargo</translation>
    </message>
    <message>
        <source>the appointment %1 (%2)</source>
        <comment>the post, the date</comment>
        <translation>el nombramiento como %1 (%2)</translation>
    </message>
    <message>
        <source>the departure %1 (%2)</source>
        <comment>the post, the date</comment>
        <translation>la salida del cargo de %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap in time; the appointment is taken as first</source>
        <translation>%1: %2 y %3 se solapan en el tiempo; se toma primero el nombramiento</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap in time; the departure is taken as first</source>
        <translation>%1: %2 y %3 se solapan en el tiempo; se toma primero la salida</translation>
    </message>
</context>
<context>
    <name>TenuresCommand</name>
    <message>
        <source>departure</source>
        <comment>ended by</comment>
        <translation>salida</translation>
    </message>
    <message>
        <source>successor</source>
        <comment>ended by</comment>
        <translation>sucesión</translation>
    </message>
    <message>
        <source>made permanent</source>
        <comment>ended by</comment>
        <translation>confirmación</translation>
    </message>
    <message>
        <source>show who held which post when, derived from the events</source>
        <translation>muestra quién ocupó qué cargo y cuándo, deducido de los eventos</translation>
    </message>
    <message>
        <source>Shows the tenures derived from appointments and departures (docs/model.md): each
person in each post, from its start to its end, or open if it still runs.</source>
        <translation>Muestra los mandatos deducidos de los nombramientos y las salidas
(docs/model.md): cada persona en cada cargo, desde su inicio hasta su final, o
en curso si aún dura.</translation>
    </message>
    <message>
        <source>tenures at this company only (any case)</source>
        <translation>solo los mandatos de esta empresa (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>table (the default) or json</source>
        <translation>table (por omisión) o json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <comment>a column&apos;s heading</comment>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>PERSON</source>
        <comment>a column&apos;s heading</comment>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>ROLE</source>
        <comment>a column&apos;s heading</comment>
        <translation>CARGO</translation>
    </message>
    <message>
        <source>FROM</source>
        <comment>a column&apos;s heading: the start of a tenure</comment>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>TO</source>
        <comment>a column&apos;s heading: the end of a tenure</comment>
        <translation>HASTA</translation>
    </message>
    <message>
        <source>ENDED BY</source>
        <comment>a column&apos;s heading</comment>
        <translation>TERMINÓ POR</translation>
    </message>
    <message>
        <source>%1 (interim)</source>
        <translation>%1 (interino)</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a tenure that runs</comment>
        <translation>en curso</translation>
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
    <name>TimelineSource</name>
    <message>
        <source>no lane %1</source>
        <translation>no existe el carril %1</translation>
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
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move through the events, Enter opens one.</source>
        <translation>Tab y Mayús+Tab recorren los eventos; Intro abre uno.</translation>
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
