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
</TS>
