<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
