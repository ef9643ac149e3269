<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
