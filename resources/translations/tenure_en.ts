<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartFrame</name>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n contradictions</source>
        <translation>
            <numerusform>%n contradiction</numerusform>
            <numerusform>%n contradictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guesses</source>
        <translation>
            <numerusform>%n guess</numerusform>
            <numerusform>%n guesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenures</source>
        <translation>
            <numerusform>%n tenure</numerusform>
            <numerusform>%n tenures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareChartLayout</name>
    <message numerus="yes">
        <source>%n more companies not shown</source>
        <translation>
            <numerusform>%n more company not shown</numerusform>
            <numerusform>%n more companies not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message numerus="yes">
        <source>Copied %n events to %1.</source>
        <translation>
            <numerusform>Copied %n event to %1.</numerusform>
            <numerusform>Copied %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>the header has no columns %1; they are empty in every row</source>
        <translation>
            <numerusform>the header has no column %1; it is empty in every row</numerusform>
            <numerusform>the header has no columns %1; they are empty in every row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataCheckDialog</name>
    <message numerus="yes">
        <source>%n contradictions of the data</source>
        <translation>
            <numerusform>%n contradiction of the data</numerusform>
            <numerusform>%n contradictions of the data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guesses</source>
        <translation>
            <numerusform>%n guess</numerusform>
            <numerusform>%n guesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenures</source>
        <translation>
            <numerusform>%n tenure</numerusform>
            <numerusform>%n tenures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message numerus="yes">
        <source>Import %n events from %1</source>
        <translation>
            <numerusform>Import %n event from %1</numerusform>
            <numerusform>Import %n events from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>names, then how many others</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message numerus="yes">
        <source>%n names may be other spellings of names already there</source>
        <translation>
            <numerusform>%n name may be another spelling of a name already there</numerusform>
            <numerusform>%n names may be other spellings of names already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>Imported %n event from %1</numerusform>
            <numerusform>Imported %n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %n rows</source>
        <translation>
            <numerusform>refused %n row</numerusform>
            <numerusform>refused %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <source>%1: %n events</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterSummary</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundingChartLayout</name>
    <message numerus="yes">
        <source>%n more companies not shown: filter, or make the chart taller</source>
        <translation>
            <numerusform>%n more company not shown: filter, or make the chart taller</numerusform>
            <numerusform>%n more companies not shown: filter, or make the chart taller</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message numerus="yes">
        <source>%1 disclosed in %2 of %n rounds</source>
        <translation>
            <numerusform>%1 disclosed in %2 of %n round</numerusform>
            <numerusform>%1 disclosed in %2 of %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raised %1 in %n rounds</source>
        <translation>
            <numerusform>Raised %1 in %n round</numerusform>
            <numerusform>Raised %1 in %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed rounds</source>
        <translation>
            <numerusform>%n completed round</numerusform>
            <numerusform>%n completed rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; in %1 only, %n rounds in %2 not shown</source>
        <translation>
            <numerusform>; in %1 only, %n round in %2 not shown</numerusform>
            <numerusform>; in %1 only, %n rounds in %2 not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n events from %1</source>
        <translation>
            <numerusform>Would import %n event from %1</numerusform>
            <numerusform>Would import %n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n events from %1</source>
        <translation>
            <numerusform>Imported %n event from %1</numerusform>
            <numerusform>Imported %n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warnings; --report FILE lists them all</source>
        <translation>
            <numerusform>… and %n more warning; --report FILE lists them all</numerusform>
            <numerusform>… and %n more warnings; --report FILE lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message numerus="yes">
        <source>Import the %n valid rows</source>
        <translation>
            <numerusform>Import the %n valid row</numerusform>
            <numerusform>Import the %n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; the first %2 are listed.</source>
        <translation>
            <numerusform>%n problem in %1; the first %2 are listed.</numerusform>
            <numerusform>%n problems in %1; the first %2 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1.</source>
        <translation>
            <numerusform>%n problem in %1.</numerusform>
            <numerusform>%n problems in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings, which do not stop an import.</source>
        <translation>
            <numerusform>%n warning, which does not stop an import.</numerusform>
            <numerusform>%n warnings, which do not stop an import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been imported yet: import the %n valid rows and leave the others, or fix the file and import it again.</source>
        <translation>
            <numerusform>Nothing has been imported yet: import the %n valid row and leave the others, or fix the file and import it again.</numerusform>
            <numerusform>Nothing has been imported yet: import the %n valid rows and leave the others, or fix the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message numerus="yes">
        <source>Created %1 with the Stability AI sample (%n events).</source>
        <translation>
            <numerusform>Created %1 with the Stability AI sample (%n event).</numerusform>
            <numerusform>Created %1 with the Stability AI sample (%n events).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the Tenure tables in %1 with the Stability AI sample (%n events).</source>
        <translation>
            <numerusform>Created the Tenure tables in %1 with the Stability AI sample (%n event).</numerusform>
            <numerusform>Created the Tenure tables in %1 with the Stability AI sample (%n events).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <source>the first %n events by date are listed; more match (--limit)</source>
        <translation>
            <numerusform>the first event by date is listed; more match (--limit)</numerusform>
            <numerusform>the first %n events by date are listed; more match (--limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message numerus="yes">
        <source>%n changes.</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contradictions in the data</source>
        <translation>
            <numerusform>%n contradiction in the data</numerusform>
            <numerusform>%n contradictions in the data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the appointments and departures do not settle: a departure from a post nobody held, two holders of a sole post. Click to list them, with %n guesses about the order of events.</source>
        <translation>
            <numerusform>What the appointments and departures do not settle: a departure from a post nobody held, two holders of a sole post. Click to list them, with %n guess about the order of events.</numerusform>
            <numerusform>What the appointments and departures do not settle: a departure from a post nobody held, two holders of a sole post. Click to list them, with %n guesses about the order of events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message numerus="yes">
        <source>%n events name it now.</source>
        <translation>
            <numerusform>%n event names it now.</numerusform>
            <numerusform>%n events name it now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%1 trillion %2</source>
        <translation>
            <numerusform>%1 trillion %2</numerusform>
            <numerusform>%1 trillion %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 billion %2</source>
        <translation>
            <numerusform>%1 billion %2</numerusform>
            <numerusform>%1 billion %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 million %2</source>
        <translation>
            <numerusform>%1 million %2</numerusform>
            <numerusform>%1 million %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 thousand %2</source>
        <translation>
            <numerusform>%1 thousand %2</numerusform>
            <numerusform>%1 thousand %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListModel</name>
    <message numerus="yes">
        <source>%1  (%n events)</source>
        <translation>
            <numerusform>%1  (%n event)</numerusform>
            <numerusform>%1  (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameListing</name>
    <message numerus="yes">
        <source>%n people.</source>
        <translation>
            <numerusform>%n person.</numerusform>
            <numerusform>%n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies.</source>
        <translation>
            <numerusform>%n company.</numerusform>
            <numerusform>%n companies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups of names that differ only in case, accents, punctuation or spacing.</source>
        <translation>
            <numerusform>%n group of names that differ only in case, accents, punctuation or spacing.</numerusform>
            <numerusform>%n groups of names that differ only in case, accents, punctuation or spacing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups of company names that differ only in case, accents, punctuation or spacing.</source>
        <translation>
            <numerusform>%n group of company names that differ only in case, accents, punctuation or spacing.</numerusform>
            <numerusform>%n groups of company names that differ only in case, accents, punctuation or spacing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameVariantWarnings</name>
    <message numerus="yes">
        <source> (on %n rows)</source>
        <comment>after a warning</comment>
        <translation>
            <numerusform> (on %n row)</numerusform>
            <numerusform> (on %n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameVariantsPanel</name>
    <message numerus="yes">
        <source>%1 (%n events)</source>
        <translation>
            <numerusform>%1 (%n event)</numerusform>
            <numerusform>%1 (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely variants — names that differ only in case, accents, punctuation or spacing (%n groups):</source>
        <translation>
            <numerusform>Likely variants — names that differ only in case, accents, punctuation or spacing (%n group):</numerusform>
            <numerusform>Likely variants — names that differ only in case, accents, punctuation or spacing (%n groups):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message numerus="yes">
        <source>%n notes.</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message numerus="yes">
        <source>%1: %n events</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message numerus="yes">
        <source>%n more companies with chief executives not shown: choose them with --company</source>
        <translation>
            <numerusform>%n more company with chief executives not shown: choose it with --company</numerusform>
            <numerusform>%n more companies with chief executives not shown: choose them with --company</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesCommand</name>
    <message numerus="yes">
        <source>%n titles mapped in this database, besides the built-in vocabulary.</source>
        <translation>
            <numerusform>%n title mapped in this database, besides the built-in vocabulary.</numerusform>
            <numerusform>%n titles mapped in this database, besides the built-in vocabulary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more companies not shown</source>
        <translation>
            <numerusform>%n more company not shown</numerusform>
            <numerusform>%n more companies not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
