<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnalysisPanel</name>
    <message numerus="yes">
        <source>{overdue} of %n area(s) overdue (&gt; {hours} h)</source>
        <translation>
            <numerusform>{overdue} of %n area overdue (&gt; {hours} h)</numerusform>
            <numerusform>{overdue} of %n areas overdue (&gt; {hours} h)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident–unit pair(s) within {metres} m in the last 24 h</source>
        <translation>
            <numerusform>%n incident–unit pair within {metres} m in the last 24 h</numerusform>
            <numerusform>%n incident–unit pairs within {metres} m in the last 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) ({start} – {end}) against {previous} before</source>
        <translation>
            <numerusform>%n incident ({start} – {end}) against {previous} before</numerusform>
            <numerusform>%n incidents ({start} – {end}) against {previous} before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ceasefire violation(s) {what}</source>
        <translation>
            <numerusform>%n new ceasefire violation {what}</numerusform>
            <numerusform>%n new ceasefire violations {what}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {label} as {id} from %n sheet(s) (zoom {zooms}, acquired {acquired})</source>
        <translation>
            <numerusform>Imported {label} as {id} from %n sheet (zoom {zooms}, acquired {acquired})</numerusform>
            <numerusform>Imported {label} as {id} from %n sheets (zoom {zooms}, acquired {acquired})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {label} as {id} from %n sheet(s) (zoom {zooms})</source>
        <translation>
            <numerusform>Imported {label} as {id} from %n sheet (zoom {zooms})</numerusform>
            <numerusform>Imported {label} as {id} from %n sheets (zoom {zooms})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: SITREP marked {classification}, %n incidents</source>
        <translation>
            <numerusform>{path}: SITREP marked {classification}, %n incident</numerusform>
            <numerusform>{path}: SITREP marked {classification}, %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: SITREP PDF, {pages} pages, marked {classification}, %n incidents</source>
        <translation>
            <numerusform>{path}: SITREP PDF, {pages} pages, marked {classification}, %n incident</numerusform>
            <numerusform>{path}: SITREP PDF, {pages} pages, marked {classification}, %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line, %n vertices</source>
        <translation>
            <numerusform>line, %n vertex</numerusform>
            <numerusform>line, %n vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>area, %n vertices</source>
        <translation>
            <numerusform>area, %n vertex</numerusform>
            <numerusform>area, %n vertices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeometryField</name>
    <message numerus="yes">
        <source>Polygon, {vertices}, %n hole(s)</source>
        <translation>
            <numerusform>Polygon, {vertices}, %n hole</numerusform>
            <numerusform>Polygon, {vertices}, %n holes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertices</source>
        <translation>
            <numerusform>%n vertex</numerusform>
            <numerusform>%n vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polygon, %n vertices</source>
        <translation>
            <numerusform>Polygon, %n vertex</numerusform>
            <numerusform>Polygon, %n vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygons</source>
        <translation>
            <numerusform>%n polygon</numerusform>
            <numerusform>%n polygons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line, %n vertices</source>
        <translation>
            <numerusform>Line, %n vertex</numerusform>
            <numerusform>Line, %n vertices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message numerus="yes">
        <source>%n match(es) · Enter goes to the highlighted one</source>
        <translation>
            <numerusform>%n match · Enter goes to the highlighted one</numerusform>
            <numerusform>%n matches · Enter goes to the highlighted one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportNews</name>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <extracomment>The counts an import reports, per record kind, in the reader&apos;s words and plural forms. ``app.i18n.translate`` (the same catalogue as Qt&apos;s) so that the English plural forms apply even where no Qt translator is installed (tests, a bare QApplication).</extracomment>
        <translation>
            <numerusform>%n new incident</numerusform>
            <numerusform>%n new incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n new unit</numerusform>
            <numerusform>%n new units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new position report(s)</source>
        <translation>
            <numerusform>%n new position report</numerusform>
            <numerusform>%n new position reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patrol area(s)</source>
        <translation>
            <numerusform>%n new patrol area</numerusform>
            <numerusform>%n new patrol areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patrol(s)</source>
        <translation>
            <numerusform>%n new patrol</numerusform>
            <numerusform>%n new patrols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ceasefire line(s)</source>
        <translation>
            <numerusform>%n new ceasefire line</numerusform>
            <numerusform>%n new ceasefire lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new map item(s)</source>
        <translation>
            <numerusform>%n new map item</numerusform>
            <numerusform>%n new map items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated incident(s)</source>
        <translation>
            <numerusform>%n updated incident</numerusform>
            <numerusform>%n updated incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated unit(s)</source>
        <translation>
            <numerusform>%n updated unit</numerusform>
            <numerusform>%n updated units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated position report(s)</source>
        <translation>
            <numerusform>%n updated position report</numerusform>
            <numerusform>%n updated position reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated patrol area(s)</source>
        <translation>
            <numerusform>%n updated patrol area</numerusform>
            <numerusform>%n updated patrol areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated patrol(s)</source>
        <translation>
            <numerusform>%n updated patrol</numerusform>
            <numerusform>%n updated patrols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated ceasefire line(s)</source>
        <translation>
            <numerusform>%n updated ceasefire line</numerusform>
            <numerusform>%n updated ceasefire lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated map item(s)</source>
        <translation>
            <numerusform>%n updated map item</numerusform>
            <numerusform>%n updated map items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) left out: {why}</source>
        <extracomment>Record kinds that can bring a ceasefire violation (an incident, or a line near incidents). Record kinds written (created or updated). One line per readable file, in words. Files refused whole, and features left out, each with its reason. (west, south, east, north) of what would come in, or None.</extracomment>
        <translation>
            <numerusform>%n feature left out: {why}</numerusform>
            <numerusform>%n features left out: {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>⚠ {outside} of %n feature(s) lie outside the mission&apos;s area (outlined on the map). Check the file&apos;s coordinates.</source>
        <translation>
            <numerusform>⚠ {outside} of %n feature lie outside the mission&apos;s area (outlined on the map). Check the file&apos;s coordinates.</numerusform>
            <numerusform>⚠ {outside} of %n features lie outside the mission&apos;s area (outlined on the map). Check the file&apos;s coordinates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good feature(s)</source>
        <translation>
            <numerusform>Import the %n good feature</numerusform>
            <numerusform>Import the %n good features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentFilterBar</name>
    <message numerus="yes">
        <source>Large mission ({total} incidents): its last %n day(s)</source>
        <translation>
            <numerusform>Large mission ({total} incidents): its last %n day</numerusform>
            <numerusform>Large mission ({total} incidents): its last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <extracomment>A count of records of each kind, as a whole phrase per adjective (French agrees the adjective with the kind: « 2 nouvelles patrouilles », « 1 nouvel incident »).</extracomment>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position report(s)</source>
        <translation>
            <numerusform>%n position report</numerusform>
            <numerusform>%n position reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patrol area(s)</source>
        <translation>
            <numerusform>%n patrol area</numerusform>
            <numerusform>%n patrol areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patrol(s)</source>
        <translation>
            <numerusform>%n patrol</numerusform>
            <numerusform>%n patrols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ceasefire line(s)</source>
        <translation>
            <numerusform>%n ceasefire line</numerusform>
            <numerusform>%n ceasefire lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map item(s)</source>
        <translation>
            <numerusform>%n map item</numerusform>
            <numerusform>%n map items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n unit(s) · incidents shown {shown} of {total}</source>
        <translation>
            <numerusform>%n unit · incidents shown {shown} of {total}</numerusform>
            <numerusform>%n units · incidents shown {shown} of {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  %n new ceasefire violation(s) arrived with the import — click to list them</source>
        <translation>
            <numerusform>⚠  %n new ceasefire violation arrived with the import — click to list them</numerusform>
            <numerusform>⚠  %n new ceasefire violations arrived with the import — click to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceFinder</name>
    <message numerus="yes">
        <source>(1 of %n place(s) of that name: Ctrl+G lists them)</source>
        <extracomment>Zoom the &quot;Go to&quot; box takes the map to: a town and its surroundings. Labels from this zoom on (also the page&apos;s bhPlaces.MIN_ZOOM). The world index is there (it was built in the background). Whether map labels may start building the world index (the Go-to box always may); GUI tests switch it off so each window does not spend 10 s indexing. Where the map looks now: ranks places of equal population by distance.</extracomment>
        <translation>
            <numerusform>(1 of %n place of that name: Ctrl+G lists them)</numerusform>
            <numerusform>(1 of %n places of that name: Ctrl+G lists them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sitrep</name>
    <message numerus="yes">
        <source>of %n area(s)</source>
        <translation>
            <numerusform>of %n area</numerusform>
            <numerusform>of %n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the incident log).</source>
        <translation>
            <numerusform>… and %n more (see the incident log).</numerusform>
            <numerusform>… and %n more (see the incident log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>How many records of a kind an import made new, updated, … (the reader&apos;s words and plural).</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
</context>
</TS>
