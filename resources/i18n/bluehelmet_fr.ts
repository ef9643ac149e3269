<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AreaStatus</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreinte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
</context>
<context>
    <name>AreaType</name>
    <message>
        <source>patrol area</source>
        <translation>zone de patrouille</translation>
    </message>
    <message>
        <source>area of responsibility</source>
        <translation>zone de responsabilité</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>buffer zone</source>
        <translation>zone tampon</translation>
    </message>
    <message>
        <source>area of separation</source>
        <translation>zone de séparation</translation>
    </message>
    <message>
        <source>area of limitation</source>
        <translation>zone de limitation</translation>
    </message>
    <message>
        <source>restricted area</source>
        <translation>zone d&apos;accès restreint</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <source>Indirect fire (shelling, mortar, rocket)</source>
        <translation>Tirs indirects (obus, mortier, roquette)</translation>
    </message>
    <message>
        <source>Air or drone strike</source>
        <translation>Frappe aérienne ou de drone</translation>
    </message>
    <message>
        <source>IED, mine or UXO</source>
        <translation>EEI, mine ou munition non explosée</translation>
    </message>
    <message>
        <source>Attack on civilians</source>
        <translation>Attaque contre des civils</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <source>Abduction or forced disappearance</source>
        <translation>Enlèvement ou disparition forcée</translation>
    </message>
    <message>
        <source>Attack on peacekeepers</source>
        <translation>Attaque contre des Casques bleus</translation>
    </message>
    <message>
        <source>Ceasefire violation (fire)</source>
        <translation>Violation du cessez-le-feu (tirs)</translation>
    </message>
    <message>
        <source>Crossing of the ceasefire line</source>
        <translation>Franchissement de la ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>Armed presence in the buffer zone</source>
        <translation>Présence armée dans la zone de séparation</translation>
    </message>
    <message>
        <source>Freedom-of-movement restriction</source>
        <translation>Restriction de la liberté de mouvement</translation>
    </message>
    <message>
        <source>Peaceful demonstration</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation>Violences de foule</translation>
    </message>
    <message>
        <source>Looting or property destruction</source>
        <translation>Pillage ou destruction de biens</translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation>Arrestation ou détention</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>Installation d&apos;un quartier général ou d&apos;une base</translation>
    </message>
    <message>
        <source>Change of territorial control</source>
        <translation>Changement du contrôle territorial</translation>
    </message>
    <message>
        <source>Agreement or meeting</source>
        <translation>Accord ou réunion</translation>
    </message>
    <message>
        <source>Population displacement</source>
        <translation>Déplacement de population</translation>
    </message>
    <message>
        <source>Humanitarian access denied</source>
        <translation>Refus d&apos;accès humanitaire</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Criminalité</translation>
    </message>
    <message>
        <source>Accident or hazard</source>
        <translation>Accident ou danger</translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation>Reprise d&apos;un territoire par le gouvernement</translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation>Prise d&apos;un territoire par un acteur non étatique</translation>
    </message>
    <message>
        <source>Chemical weapon attack</source>
        <translation>Attaque à l&apos;arme chimique</translation>
    </message>
    <message>
        <source>Suicide bombing</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <source>Grenade attack</source>
        <translation>Attaque à la grenade</translation>
    </message>
    <message>
        <source>Protest with intervention</source>
        <translation>Manifestation avec intervention</translation>
    </message>
    <message>
        <source>Excessive force against protesters</source>
        <translation>Usage excessif de la force contre des manifestants</translation>
    </message>
    <message>
        <source>Change to armed group or activity</source>
        <translation>Changement de groupe armé ou d&apos;activité</translation>
    </message>
    <message>
        <source>Disrupted weapons use (seized or defused)</source>
        <translation>Emploi d&apos;armes empêché (saisie ou neutralisation)</translation>
    </message>
    <message>
        <source>Other strategic development</source>
        <translation>Autre fait stratégique</translation>
    </message>
    <message>
        <source>Riot or protest (ACLED before 2019)</source>
        <translation>Émeute ou manifestation (ACLED avant 2019)</translation>
    </message>
    <message>
        <source>Remote violence (ACLED before 2019)</source>
        <translation>Violence à distance (ACLED avant 2019)</translation>
    </message>
    <message>
        <source>Violence against civilians (ACLED before 2019)</source>
        <translation>Violence contre des civils (ACLED avant 2019)</translation>
    </message>
    <message>
        <source>Strategic development (ACLED before 2019)</source>
        <translation>Fait stratégique (ACLED avant 2019)</translation>
    </message>
</context>
<context>
    <name>CategoryGroup</name>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Protection of civilians</source>
        <translation>Protection des civils</translation>
    </message>
    <message>
        <source>Safety and security</source>
        <translation>Sûreté et sécurité</translation>
    </message>
    <message>
        <source>Ceasefire</source>
        <translation>Cessez-le-feu</translation>
    </message>
    <message>
        <source>Civil unrest</source>
        <translation>Troubles civils</translation>
    </message>
    <message>
        <source>Political and security</source>
        <translation>Politique et sécurité</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Humanitaire</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>language of the report (default: the language of the command&apos;s messages)</source>
        <translation>langue du rapport (par défaut&#xa0;: celle des messages de la commande)</translation>
    </message>
    <message>
        <source>Blue Helmet COP: an offline common operating picture for peacekeeping missions. With no command, opens the desktop application.</source>
        <translation>Blue Helmet COP&#xa0;: situation opérationnelle commune hors ligne pour les missions de maintien de la paix. Sans commande, ouvre l&apos;application de bureau.</translation>
    </message>
    <message>
        <source>mission database file (default: ${env} or {path})</source>
        <translation>fichier de la base de données de la mission (par défaut&#xa0;: ${env} ou {path})</translation>
    </message>
    <message>
        <source>language of messages, the GUI and outputs (default: ${env}, else the system&apos;s)</source>
        <translation>langue des messages, de l&apos;interface et des documents produits (par défaut&#xa0;: ${env}, sinon celle du système)</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Error: interrupted; nothing was written by the unfinished step</source>
        <translation>Erreur&#xa0;: interrompu&#xa0;; l&apos;étape inachevée n&apos;a rien écrit</translation>
    </message>
    <message>
        <source>Error: unexpected failure ({error}); details in {log}</source>
        <translation>Erreur&#xa0;: échec inattendu ({error})&#xa0;; détails dans {log}</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>squad</source>
        <translation>escouade</translation>
    </message>
    <message>
        <source>section</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>platoon</source>
        <translation>section</translation>
    </message>
    <message>
        <source>company</source>
        <translation>compagnie</translation>
    </message>
    <message>
        <source>battalion</source>
        <translation>bataillon</translation>
    </message>
    <message>
        <source>regiment</source>
        <translation>régiment</translation>
    </message>
    <message>
        <source>brigade</source>
        <translation>brigade</translation>
    </message>
    <message>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <source>corps</source>
        <translation>corps d&apos;armée</translation>
    </message>
    <message>
        <source>army</source>
        <translation>armée</translation>
    </message>
</context>
<context>
    <name>InfoCredibility</name>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>peut-être vraie</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>véracité impossible à évaluer</translation>
    </message>
</context>
<context>
    <name>LineType</name>
    <message>
        <source>ceasefire line</source>
        <translation>ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>line of contact</source>
        <translation>ligne de contact</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>Alpha line</source>
        <translation>ligne Alpha</translation>
    </message>
</context>
<context>
    <name>MapItemStatus</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>MapItemType</name>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Team site</source>
        <translation>Site d&apos;équipe</translation>
    </message>
    <message>
        <source>Camp or base</source>
        <translation>Camp ou base</translation>
    </message>
    <message>
        <source>IDP site</source>
        <translation>Site de personnes déplacées</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Landing zone</source>
        <translation>Zone de poser</translation>
    </message>
    <message>
        <source>Observation post</source>
        <translation>Poste d&apos;observation</translation>
    </message>
    <message>
        <source>Spot marker</source>
        <translation>Marqueur ponctuel</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>Point d&apos;intérêt</translation>
    </message>
    <message>
        <source>Camera or sensor</source>
        <translation>Caméra ou capteur</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Point de cheminement</translation>
    </message>
    <message>
        <source>Bullseye</source>
        <translation>Point de référence (bullseye)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Footpath</source>
        <translation>Sentier</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Cours d&apos;eau</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Range and bearing</source>
        <translation>Distance et azimut</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Range ring</source>
        <translation>Cercle de portée</translation>
    </message>
    <message>
        <source>Overlay shape</source>
        <translation>Forme de calque</translation>
    </message>
</context>
<context>
    <name>OperationalStatus</name>
    <message>
        <source>operational</source>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>capacité limitée</translation>
    </message>
    <message>
        <source>non-operational</source>
        <translation>non opérationnelle</translation>
    </message>
</context>
<context>
    <name>PatrolStatus</name>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>entravée</translation>
    </message>
</context>
<context>
    <name>PatrolType</name>
    <message>
        <source>foot</source>
        <translation>à pied</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>motorisée</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aérienne</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>nautique</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>conjointe</translation>
    </message>
</context>
<context>
    <name>PositionMethod</name>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>voice report</source>
        <translation>compte rendu radio</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>position report</source>
        <translation>compte rendu de position</translation>
    </message>
    <message>
        <source>patrol area</source>
        <translation>zone de patrouille</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <source>ceasefire line</source>
        <translation>ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>map item</source>
        <translation>élément cartographique</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>on the line</source>
        <translation>sur la ligne</translation>
    </message>
</context>
<context>
    <name>Sitrep</name>
    <message>
        <source>Outside any area</source>
        <extracomment>Severity from which an incident is significant (4 high, 5 critical). Categories that are significant whatever their severity. At most this many rows in the table of significant incidents (the count says how many more). Area types incidents are counted by, most useful first: sectors, then AORs, then patrol areas.</extracomment>
        <translation>Hors de toute zone</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>{mission} — Daily situation report</source>
        <translation>{mission} — Rapport de situation quotidien</translation>
    </message>
    <message>
        <source>{start} to {end} ({hours} h)</source>
        <translation>du {start} au {end} ({hours} h)</translation>
    </message>
    <message>
        <source>Period {period}; compared with {previous_start} to {start}. Produced {produced}.</source>
        <translation>Période {period}&#xa0;; comparée à la période du {previous_start} au {start}. Établi le {produced}.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>previous {n}</source>
        <translation>période précédente&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Ceasefire violations</source>
        <translation>Violations du cessez-le-feu</translation>
    </message>
    <message>
        <source>Significant incidents</source>
        <translation>Incidents significatifs</translation>
    </message>
    <message>
        <source>severity ≥ {n} or fatal</source>
        <translation>gravité ≥ {n} ou mortels</translation>
    </message>
    <message>
        <source>Patrol areas overdue</source>
        <translation>Zones de patrouille en retard</translation>
    </message>
    <message numerus="yes">
        <source>of %n area(s)</source>
        <translation>
            <numerusform>sur %n zone</numerusform>
            <numerusform>sur %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Situation map</source>
        <translation>Carte de situation</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Incidents par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No incidents by category in either period.</source>
        <translation>Aucun incident par catégorie sur l&apos;une ou l&apos;autre période.</translation>
    </message>
    <message>
        <source>Incidents by {area_type}</source>
        <translation>Incidents par {area_type}</translation>
    </message>
    <message>
        <source>The mission has no areas.</source>
        <translation>La mission n&apos;a défini aucune zone.</translation>
    </message>
    <message>
        <source>No incidents by area in either period.</source>
        <translation>Aucun incident par zone sur l&apos;une ou l&apos;autre période.</translation>
    </message>
    <message>
        <source>Ceasefire violations by line and side</source>
        <translation>Violations du cessez-le-feu par ligne et par côté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Party on that side</source>
        <translation>Partie de ce côté</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>No ceasefire violations in this period.</source>
        <translation>Aucune violation du cessez-le-feu sur la période.</translation>
    </message>
    <message>
        <source>Patrol coverage</source>
        <translation>Couverture des patrouilles</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>Patrol area</source>
        <translation>Zone de patrouille</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Last patrolled</source>
        <translation>Dernière patrouille</translation>
    </message>
    <message>
        <source>No patrol areas are valid at the end of the period.</source>
        <translation>Aucune zone de patrouille n&apos;est en vigueur à la fin de la période.</translation>
    </message>
    <message>
        <source>DTG</source>
        <translation>GDH</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Sev.</source>
        <comment>severity, abbreviated</comment>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lat, lon</source>
        <translation>Lat., long.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the incident log).</source>
        <translation>
            <numerusform>… et %n autre (voir le journal des incidents).</numerusform>
            <numerusform>… et %n autres (voir le journal des incidents).</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant incidents in this period.</source>
        <translation>Aucun incident significatif sur la période.</translation>
    </message>
    <message>
        <source>Source: {mission} mission database, Blue Helmet COP. Marked {marking}: the highest classification of the records behind these figures. The application helps follow marking rules; it is not an accredited guard.</source>
        <translation>Source&#xa0;: base de données de la mission {mission}, Blue Helmet COP. Marqué {marking}&#xa0;: la classification la plus élevée des enregistrements à l&apos;origine de ces chiffres. L&apos;application aide à respecter les règles de marquage&#xa0;; ce n&apos;est pas une passerelle de sécurité homologuée.</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <source>observation post</source>
        <translation>poste d&apos;observation</translation>
    </message>
    <message>
        <source>local population</source>
        <translation>population locale</translation>
    </message>
    <message>
        <source>liaison with the parties</source>
        <translation>liaison avec les parties</translation>
    </message>
    <message>
        <source>humanitarian partner</source>
        <translation>partenaire humanitaire</translation>
    </message>
    <message>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <source>partner unit</source>
        <translation>unité partenaire</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>capteur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>SourceReliability</name>
    <message>
        <source>completely reliable</source>
        <translation>totalement fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>habituellement fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>habituellement peu fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à évaluer</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>reported</source>
        <extracomment>Each vocabulary: its ``.ts`` context and key → English label.</extracomment>
        <translation>signalé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>UnitRole</name>
    <message>
        <source>headquarters</source>
        <translation>quartier général</translation>
    </message>
    <message>
        <source>infantry</source>
        <translation>infanterie</translation>
    </message>
    <message>
        <source>mechanized infantry</source>
        <translation>infanterie mécanisée</translation>
    </message>
    <message>
        <source>armour</source>
        <translation>blindés</translation>
    </message>
    <message>
        <source>reconnaissance</source>
        <translation>reconnaissance</translation>
    </message>
    <message>
        <source>military police</source>
        <translation>police militaire</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>génie</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>logistics</source>
        <translation>logistique</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>transmissions</translation>
    </message>
    <message>
        <source>aviation</source>
        <translation>aviation</translation>
    </message>
    <message>
        <source>riverine</source>
        <translation>fluvial</translation>
    </message>
    <message>
        <source>observer team</source>
        <translation>équipe d&apos;observateurs</translation>
    </message>
    <message>
        <source>formed police unit</source>
        <translation>unité de police constituée</translation>
    </message>
    <message>
        <source>civilian</source>
        <translation>civil</translation>
    </message>
</context>
<context>
    <name>WeaponClass</name>
    <message>
        <source>small arms</source>
        <translation>armes légères</translation>
    </message>
    <message>
        <source>heavy machine gun</source>
        <translation>mitrailleuse lourde</translation>
    </message>
    <message>
        <source>mortar</source>
        <translation>mortier</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>artillerie</translation>
    </message>
    <message>
        <source>rocket</source>
        <translation>roquette</translation>
    </message>
    <message>
        <source>tank</source>
        <translation>char</translation>
    </message>
    <message>
        <source>anti-tank weapon</source>
        <translation>arme antichar</translation>
    </message>
    <message>
        <source>air defence</source>
        <translation>défense sol-air</translation>
    </message>
    <message>
        <source>aircraft</source>
        <translation>aéronef</translation>
    </message>
    <message>
        <source>drone (UAV)</source>
        <translation>drone</translation>
    </message>
    <message>
        <source>explosive device</source>
        <translation>engin explosif</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
</TS>
