<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
