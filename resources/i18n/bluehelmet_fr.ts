<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Ceasefire violations</source>
        <extracomment>Rows listed in the dock; a table of tens of thousands of widgets helps nobody.</extracomment>
        <translation>Violations du cessez-le-feu</translation>
    </message>
    <message>
        <source>Patrol coverage</source>
        <translation>Couverture des patrouilles</translation>
    </message>
    <message>
        <source>Incidents near units</source>
        <translation>Incidents près des unités</translation>
    </message>
    <message>
        <source>Hotspots (trend)</source>
        <translation>Points chauds (tendance)</translation>
    </message>
    <message>
        <source>Distance from line, m (0 = buffer zone)</source>
        <extracomment>The parameter each analysis takes: its label and default value.</extracomment>
        <translation>Distance à la ligne, m (0 = zone tampon)</translation>
    </message>
    <message>
        <source>Patrol interval, hours</source>
        <translation>Intervalle de patrouille, heures</translation>
    </message>
    <message>
        <source>Threat radius, m</source>
        <translation>Rayon de menace, m</translation>
    </message>
    <message>
        <source>Hexagon size, m</source>
        <translation>Taille des hexagones, m</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A hotspot&apos;s trend against the period before (``app.analysis.hotspots``).</extracomment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column headers, in English in the results (the times are found by them), shown translated.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Side (party)</source>
        <translation>Côté (partie)</translation>
    </message>
    <message>
        <source>Distance m</source>
        <translation>Distance m</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Last patrolled</source>
        <translation>Dernière patrouille</translation>
    </message>
    <message>
        <source>Hours since</source>
        <translation>Heures écoulées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{total} violations. Most: {most}</source>
        <translation>{total} violations. Les plus nombreuses : {most}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n area(s) overdue (&gt; {hours} h)</source>
        <translation>
            <numerusform>{overdue} zone(s) sur %n en retard (&gt; {hours} h)</numerusform>
            <numerusform>{overdue} zone(s) sur %n en retard (&gt; {hours} h)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident–unit pair(s) within {metres} m in the last 24 h</source>
        <translation>
            <numerusform>%n paire incident–unité à moins de {metres} m au cours des dernières 24 h</numerusform>
            <numerusform>%n paires incident–unité à moins de {metres} m au cours des dernières 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) ({start} – {end}) against {previous} before</source>
        <translation>
            <numerusform>%n incident ({start} – {end}) contre {previous} auparavant</numerusform>
            <numerusform>%n incidents ({start} – {end}) contre {previous} auparavant</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>(kind, id) of the row the user picked. (name, GeoJSON, style) to draw, or (name, None, None) to clear.</extracomment>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Choose an analysis and run it.</source>
        <translation>Choisissez une analyse et lancez-la.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n new ceasefire violation(s) {what}</source>
        <translation>
            <numerusform>%n nouvelle violation du cessez-le-feu {what}</numerusform>
            <numerusform>%n nouvelles violations du cessez-le-feu {what}</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>L&apos;analyse a échoué : {error}</translation>
    </message>
    <message>
        <source> — listing {shown} of {total}</source>
        <translation> — {shown} affichées sur {total}</translation>
    </message>
</context>
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
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <extracomment>Files chosen to attach (paths); the controller attaches them. Paths waiting for a new incident to be saved.</extracomment>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>attached when the incident is saved</source>
        <translation>jointe à l&apos;enregistrement de l&apos;incident</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>BasemapsDialog</name>
    <message>
        <source>Basemaps</source>
        <translation>Fonds de carte</translation>
    </message>
    <message>
        <source>Lay it over the basemap shown (a sheet or imagery over the base)</source>
        <translation>La superposer au fond de carte affiché (une feuille ou une image sur le fond)</translation>
    </message>
    <message>
        <source>Go to its extent</source>
        <translation>Aller à son emprise</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Settings made here, per basemap id: opacity (0..1) and overlay on/off.</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove basemap</source>
        <translation>Supprimer le fond de carte</translation>
    </message>
    <message>
        <source>Remove “{label}” ({id})? Its tile file is deleted.</source>
        <translation>Supprimer « {label} » ({id})&#xa0;? Son fichier de tuiles est effacé.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Briefing (large, high contrast)</source>
        <translation>&amp;Briefing (grand, contraste élevé)</translation>
    </message>
    <message>
        <source>&amp;Night</source>
        <translation>&amp;Nuit</translation>
    </message>
    <message>
        <source>Time slider</source>
        <extracomment>The operator&apos;s map theme; with a mirror window, ``display_theme`` is the mirror&apos;s.</extracomment>
        <translation>Curseur temporel</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Time: all</source>
        <translation>Période&#xa0;: tout</translation>
    </message>
    <message>
        <source>&amp;Briefing mode</source>
        <translation>Mode &amp;briefing</translation>
    </message>
    <message>
        <source>Full screen on the briefing display (Esc or F11 leaves)</source>
        <translation>Plein écran sur l&apos;écran de briefing (Échap ou F11 pour quitter)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Time slider: {window}</source>
        <translation>Curseur temporel&#xa0;: {window}</translation>
    </message>
    <message>
        <source>That incident is outside the time slider&apos;s window ({start} – {end}): the map was not moved. Press &quot;All time&quot; to show it.</source>
        <translation>Cet incident est hors de la fenêtre du curseur temporel ({start} – {end})&#xa0;: la carte n&apos;a pas été déplacée. Appuyez sur « All time » pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>That incident is hidden by the incident filters: the map was not moved. Reset the filters to show it.</source>
        <translation>Cet incident est masqué par les filtres d&apos;incidents&#xa0;: la carte n&apos;a pas été déplacée. Réinitialisez les filtres pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>No saved view {number}: save one first (Saved views → Save current view).</source>
        <translation>Aucune vue enregistrée n° {number}&#xa0;: enregistrez-en d&apos;abord une (Vues enregistrées → Enregistrer la vue actuelle).</translation>
    </message>
    <message>
        <source>No saved view {number}: there are {count} (keys 1–{last}).</source>
        <translation>Aucune vue enregistrée n° {number}&#xa0;: il y en a {count} (touches 1–{last}).</translation>
    </message>
</context>
<context>
    <name>BriefingMode</name>
    <message>
        <source>Briefing mode</source>
        <translation>Mode briefing</translation>
    </message>
    <message>
        <source>Show the briefing on:</source>
        <translation>Afficher le briefing sur&#xa0;:</translation>
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
        <source>mission database: a file, or postgresql://user@host:port/dbname for a PostGIS mission (default: ${env} or {path})</source>
        <translation>base de données de la mission&#xa0;: un fichier, ou postgresql://utilisateur@hôte:port/base pour une mission PostGIS (par défaut&#xa0;: ${env} ou {path})</translation>
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
    <name>CoordinateField</name>
    <message>
        <source>no MGRS</source>
        <extracomment>Turns a place name into (lat, lon, how it was understood), or None; set by the window&apos;s gazetteer (app/ui/gazetteer.py) so position fields also take place names.</extracomment>
        <translation>hors MGRS</translation>
    </message>
    <message>
        <source>place name</source>
        <extracomment>The text changed (parsed or not). The user asked to pick the position on the map.</extracomment>
        <translation>nom de lieu</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pointer sur la carte</translation>
    </message>
    <message>
        <source>Click the position on the map (Esc cancels)</source>
        <translation>Cliquez sur la position sur la carte (Échap pour annuler)</translation>
    </message>
    <message>
        <source>MGRS, decimal degrees, degrees-minutes-seconds or a place name</source>
        <extracomment>True while the position came from the map, a record or a place name: the form then stores it as lat/lon instead of parsing the text again.</extracomment>
        <translation>MGRS, degrés décimaux, degrés-minutes-secondes ou nom de lieu</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import {name}: columns</source>
        <translation>Importer {name} : colonnes</translation>
    </message>
    <message>
        <source>Say what each column holds. A position needs latitude and longitude columns, an MGRS column, or a WKT column. Columns left “as it is” keep their own name.</source>
        <translation>Indiquez ce que contient chaque colonne. Une position exige des colonnes latitude et longitude, une colonne MGRS ou une colonne WKT. Les colonnes laissées « telles quelles » gardent leur propre nom.</translation>
    </message>
    <message>
        <source>Decide from the columns</source>
        <translation>Déduire des colonnes</translation>
    </message>
    <message>
        <source>Each row is:</source>
        <translation>Chaque ligne est :</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Incident</source>
        <extracomment>Fields under &quot;Technical details&quot;, in this order. Fields never listed (drawn on the map, or shown elsewhere in the panel).</extracomment>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Position report</source>
        <translation>Compte rendu de position</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Map item</source>
        <translation>Élément cartographique</translation>
    </message>
    <message>
        <source>The incident shown here was removed (undone or deleted).</source>
        <extracomment>What the panel says when the record shown is gone, per kind (French nouns have genders).</extracomment>
        <translation>L&apos;incident affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
    <message>
        <source>The unit shown here was removed (undone or deleted).</source>
        <translation>L&apos;unité affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The position report shown here was removed (undone or deleted).</source>
        <translation>Le compte rendu de position affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
    <message>
        <source>The area shown here was removed (undone or deleted).</source>
        <translation>La zone affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The patrol shown here was removed (undone or deleted).</source>
        <translation>La patrouille affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The line shown here was removed (undone or deleted).</source>
        <translation>La ligne affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The map item shown here was removed (undone or deleted).</source>
        <translation>L&apos;élément cartographique affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>The record&apos;s own life, under &quot;Technical details&quot;.</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>{unit} (this installation)</source>
        <extracomment>Affiliation → (frame fill, frame shape) as in APP-6 / MIL-STD-2525 (light fills). This installation&apos;s origin string and the unit name it stands for.</extracomment>
        <translation>{unit} (cette installation)</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>cette installation</translation>
    </message>
    <message>
        <source>(not in this mission)</source>
        <translation>(absent de cette mission)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
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
            <numerusform>ligne, %n sommet</numerusform>
            <numerusform>ligne, %n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>area, %n vertices</source>
        <translation>
            <numerusform>zone, %n sommet</numerusform>
            <numerusform>zone, %n sommets</numerusform>
        </translation>
    </message>
    <message>
        <source>from {where}</source>
        <translation>depuis {where}</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>Select an incident, unit, area, line or map item to see its details.</source>
        <translation>Sélectionnez un incident, une unité, une zone, une ligne ou un élément cartographique pour en voir le détail.</translation>
    </message>
    <message>
        <source>The record shown here was removed (undone or deleted).</source>
        <translation>L&apos;enregistrement affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unexpected failure ({error}). Details are in the log.</source>
        <translation>Échec inattendu ({error}). Le détail figure dans le journal.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted with the message each time the user is told that something failed. A short news line for the status bar (text, milliseconds to show it). Emitted with each dialog ``show`` opened (tests and screenshots look at it).</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DtgClock</name>
    <message>
        <source>Date-time group: local time and Zulu (UTC)</source>
        <extracomment>Zone letters by whole-hour offset east of UTC (J = local is not a fixed offset).</extracomment>
        <translation>Groupe date-heure&#xa0;: heure locale et heure Zoulou (UTC)</translation>
    </message>
    <message>
        <source>Local {local} · {utc}</source>
        <translation>Local {local} · {utc}</translation>
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
    <name>EditingController</name>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Map selection kinds (bhMap.select) for record kinds. Record kinds whose shape can be edited vertex by vertex on the map. Emitted with the command after every edit, undo or redo has been written and shown. Where &quot;new incident here&quot; puts it: the last point clicked on the map, else the centre. Where the next drawn shape goes: (form, field name) or None (a new record). The Edit menu; the window puts it in its menu bar.</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>New &amp;incident here…</source>
        <translation>Nouvel &amp;incident ici…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Unit…</source>
        <translation>&amp;Unité…</translation>
    </message>
    <message>
        <source>&amp;Position report…</source>
        <translation>Compte rendu de &amp;position…</translation>
    </message>
    <message>
        <source>Patrol &amp;area (draw on map)…</source>
        <translation>&amp;Zone de patrouille (tracer sur la carte)…</translation>
    </message>
    <message>
        <source>Pa&amp;trol…</source>
        <translation>Pa&amp;trouille…</translation>
    </message>
    <message>
        <source>&amp;Ceasefire line (draw on map)…</source>
        <translation>Ligne de &amp;cessez-le-feu (tracer sur la carte)…</translation>
    </message>
    <message>
        <source>&amp;Incident…</source>
        <translation>&amp;Incident…</translation>
    </message>
    <message>
        <source>&amp;Map item: point, route, area (draw on map)…</source>
        <translation>Élément de &amp;carte&#xa0;: point, itinéraire, zone (tracer sur la carte)…</translation>
    </message>
    <message>
        <source>&amp;Move unit…</source>
        <translation>&amp;Déplacer une unité…</translation>
    </message>
    <message>
        <source>&amp;Drag units on the map</source>
        <translation>&amp;Faire glisser les unités sur la carte</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>Edit &amp;vertices on the map</source>
        <translation>Modifier les sommets sur la &amp;carte</translation>
    </message>
    <message>
        <source>Incident &amp;status</source>
        <translation>S&amp;tatut de l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>move unit</source>
        <translation>déplacement d&apos;unité</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Déplacer une unité</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>ORBAT spreadsheets</source>
        <translation>Tableaux d&apos;ORBAT</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>Importation annulée ; rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>One summary line per file after files were imported. The new ceasefire violations (``Violation`` items) an import or a package brought. The summary after a partner&apos;s package was imported (or found already there). The summary line after File → Export wrote a file. The basemaps the map offers changed: (entries for the layer panel, id to select or None). The runs and tasks under way (kept alive until they finish).</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>what the import brings</source>
        <translation>ce qu&apos;apporte l&apos;importation</translation>
    </message>
    <message>
        <source>Import ORBAT</source>
        <translation>Importer un ORBAT</translation>
    </message>
    <message>
        <source>open a mission before importing an ORBAT</source>
        <translation>ouvrez une mission avant d&apos;importer un ORBAT</translation>
    </message>
    <message>
        <source>Importing the ORBAT {name}…</source>
        <translation>Importation de l&apos;ORBAT {name}…</translation>
    </message>
    <message>
        <source>open a mission before importing files</source>
        <translation>ouvrez une mission avant d&apos;importer des fichiers</translation>
    </message>
    <message>
        <source>open a mission before exporting</source>
        <translation>ouvrez une mission avant d&apos;exporter</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>no trusted partner yet: Sync → Partners and keys…</source>
        <translation>aucun partenaire de confiance pour l&apos;instant : Synchronisation → Partenaires et clés…</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>For partner:</source>
        <translation>Pour le partenaire :</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>to-{unit}.bhp</source>
        <translation>pour-{unit}.bhp</translation>
    </message>
    <message>
        <source>Import MBTiles basemap</source>
        <translation>Importer un fond de carte MBTiles</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Basemap {name} imported</source>
        <translation>Fond de carte {name} importé</translation>
    </message>
    <message>
        <source>Add online tile source</source>
        <translation>Ajouter une source de tuiles en ligne</translation>
    </message>
    <message>
        <source>URL template with {z}, {x} and {y}. The app fetches the tiles (the map page never
goes online) and keeps them for offline use:</source>
        <translation>Modèle d&apos;URL avec {z}, {x} et {y}. L&apos;application télécharge les tuiles (la page de carte ne
va jamais en ligne) et les conserve pour un usage hors ligne :</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Nom court :</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Only what the map shows now</source>
        <translation>Seulement ce que la carte affiche</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>Seulement depuis</translation>
    </message>
    <message>
        <source>choose at least one kind of record to export</source>
        <translation>choisissez au moins un type d&apos;enregistrement à exporter</translation>
    </message>
</context>
<context>
    <name>ExportMapDialog</name>
    <message>
        <source>Current view</source>
        <extracomment>The name of what is shown when no saved view is recalled.</extracomment>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation>PDF, A4 paysage (*.pdf)</translation>
    </message>
    <message>
        <source>Export map</source>
        <extracomment>Emitted with the summary line after the file was written.</extracomment>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Map exported to {path} ({kind}, marked {classification})</source>
        <translation>Carte exportée vers {path} ({kind}, marquée {classification})</translation>
    </message>
</context>
<context>
    <name>FeedsPanel</name>
    <message>
        <source>Start</source>
        <extracomment>How often the dock and the map catch up with the feeds (milliseconds): ≤ 4 redraws a second. Record kinds written since the GUI last looked (guarded by ``lock``).</extracomment>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Reload list</source>
        <translation>Recharger la liste</translation>
    </message>
    <message>
        <source>No feeds defined. Add one with &apos;bluehelmet feed add NAME URL&apos;; nothing connects until you start it.</source>
        <translation>Aucun flux défini. Ajoutez-en un avec «&#xa0;bluehelmet feed add NOM URL&#xa0;»&#xa0;; rien ne se connecte avant que vous ne le démarriez.</translation>
    </message>
</context>
<context>
    <name>GazetteerController</name>
    <message>
        <source>&amp;Go to place or position…</source>
        <translation>A&amp;ller à un lieu ou une position…</translation>
    </message>
    <message>
        <source>Went to {place} — {mgrs}</source>
        <translation>Carte centrée sur {place} — {mgrs}</translation>
    </message>
</context>
<context>
    <name>GeometryField</name>
    <message>
        <source>Draw on map</source>
        <extracomment>Draw on the map: &apos;point&apos;, &apos;line&apos; or &apos;polygon&apos;. One &quot;Draw&quot; button per shape this field takes, by shape.</extracomment>
        <translation>Tracer sur la carte</translation>
    </message>
    <message>
        <source>Click the position on the map</source>
        <translation>Cliquez sur la position sur la carte</translation>
    </message>
    <message>
        <source>Click the vertices on the map; click the last one again to finish</source>
        <translation>Cliquez les sommets sur la carte ; cliquez à nouveau sur le dernier pour terminer</translation>
    </message>
    <message>
        <source>Edit vertices on map</source>
        <translation>Modifier les sommets sur la carte</translation>
    </message>
    <message>
        <source>Redraw on map</source>
        <translation>Retracer sur la carte</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>Pas encore tracé</translation>
    </message>
    <message numerus="yes">
        <source>Polygon, {vertices}, %n hole(s)</source>
        <translation>
            <numerusform>Polygone, {vertices}, %n trou</numerusform>
            <numerusform>Polygone, {vertices}, %n trous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertices</source>
        <translation>
            <numerusform>%n sommet</numerusform>
            <numerusform>%n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polygon, %n vertices</source>
        <translation>
            <numerusform>Polygone, %n sommet</numerusform>
            <numerusform>Polygone, %n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygons</source>
        <translation>
            <numerusform>%n polygone</numerusform>
            <numerusform>%n polygones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line, %n vertices</source>
        <translation>
            <numerusform>Ligne, %n sommet</numerusform>
            <numerusform>Ligne, %n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at {where}</source>
        <translation>Point en {where}</translation>
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
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>FICTIONAL</source>
        <translation>FICTIF</translation>
    </message>
    <message>
        <source>pop. {population}</source>
        <translation>pop. {population}</translation>
    </message>
    <message>
        <source>also called so</source>
        <translation>également appelé ainsi</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Place name, MGRS, decimal degrees or DMS</source>
        <translation>Nom de lieu, MGRS, degrés décimaux ou DMS</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted place · Esc closes</source>
        <translation>Entrée va au lieu en surbrillance · Échap ferme</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Enter goes to the highlighted one</source>
        <translation>
            <numerusform>%n résultat · Entrée va à celui en surbrillance</numerusform>
            <numerusform>%n résultats · Entrée va à celui en surbrillance</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the world&apos;s place names (first use only)…</source>
        <translation>Indexation des noms de lieux du monde (première utilisation seulement)…</translation>
    </message>
    <message>
        <source>No place called {name} in the gazetteer or the mission</source>
        <translation>Aucun lieu nommé {name} dans le répertoire géographique ni dans la mission</translation>
    </message>
</context>
<context>
    <name>HistogramWidget</name>
    <message>
        <source>No incidents</source>
        <extracomment>Pixels the pointer must travel on the histogram before a press becomes a chosen window. category key → (label, colour), in stacking order (bottom first). (name, colour) swatches drawn over the plot: the category groups&apos; colours.</extracomment>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>Drag across days to show that window; double-click a day to show that day.</source>
        <translation>Faites glisser sur plusieurs jours pour afficher cette fenêtre ; double-cliquez sur un jour pour afficher ce jour.</translation>
    </message>
</context>
<context>
    <name>ImportNews</name>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <extracomment>The counts an import reports, per record kind, in the reader&apos;s words and plural forms. ``app.i18n.translate`` (the same catalogue as Qt&apos;s) so that the English plural forms apply even where no Qt translator is installed (tests, a bare QApplication).</extracomment>
        <translation>
            <numerusform>%n nouvel incident</numerusform>
            <numerusform>%n nouveaux incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n nouvelle unité</numerusform>
            <numerusform>%n nouvelles unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new position report(s)</source>
        <translation>
            <numerusform>%n nouveau compte rendu de position</numerusform>
            <numerusform>%n nouveaux comptes rendus de position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patrol area(s)</source>
        <translation>
            <numerusform>%n nouvelle zone de patrouille</numerusform>
            <numerusform>%n nouvelles zones de patrouille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patrol(s)</source>
        <translation>
            <numerusform>%n nouvelle patrouille</numerusform>
            <numerusform>%n nouvelles patrouilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ceasefire line(s)</source>
        <translation>
            <numerusform>%n nouvelle ligne de cessez-le-feu</numerusform>
            <numerusform>%n nouvelles lignes de cessez-le-feu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new map item(s)</source>
        <translation>
            <numerusform>%n nouvel élément cartographique</numerusform>
            <numerusform>%n nouveaux éléments cartographiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated incident(s)</source>
        <translation>
            <numerusform>%n incident mis à jour</numerusform>
            <numerusform>%n incidents mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated unit(s)</source>
        <translation>
            <numerusform>%n unité mise à jour</numerusform>
            <numerusform>%n unités mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated position report(s)</source>
        <translation>
            <numerusform>%n compte rendu de position mis à jour</numerusform>
            <numerusform>%n comptes rendus de position mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated patrol area(s)</source>
        <translation>
            <numerusform>%n zone de patrouille mise à jour</numerusform>
            <numerusform>%n zones de patrouille mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated patrol(s)</source>
        <translation>
            <numerusform>%n patrouille mise à jour</numerusform>
            <numerusform>%n patrouilles mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated ceasefire line(s)</source>
        <translation>
            <numerusform>%n ligne de cessez-le-feu mise à jour</numerusform>
            <numerusform>%n lignes de cessez-le-feu mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated map item(s)</source>
        <translation>
            <numerusform>%n élément cartographique mis à jour</numerusform>
            <numerusform>%n éléments cartographiques mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{file}: would bring {what}</source>
        <translation>{file} : apporterait {what}</translation>
    </message>
    <message>
        <source>{file}: imported {what}</source>
        <translation>{file} : importé {what}</translation>
    </message>
    <message>
        <source>; left out {count} ({reasons})</source>
        <translation> ; écartés {count} ({reasons})</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) left out: {why}</source>
        <extracomment>Record kinds that can bring a ceasefire violation (an incident, or a line near incidents). Record kinds written (created or updated). One line per readable file, in words. Files refused whole, and features left out, each with its reason. (west, south, east, north) of what would come in, or None.</extracomment>
        <translation>
            <numerusform>%n objet écarté : {why}</numerusform>
            <numerusform>%n objets écartés : {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import: a look first</source>
        <translation>Importation : aperçu préalable</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {outside} of %n feature(s) lie outside the mission&apos;s area (outlined on the map). Check the file&apos;s coordinates.</source>
        <translation>
            <numerusform>⚠ {outside} objet(s) sur %n hors de la zone de la mission (contour sur la carte). Vérifiez les coordonnées du fichier.</numerusform>
            <numerusform>⚠ {outside} objet(s) sur %n hors de la zone de la mission (contour sur la carte). Vérifiez les coordonnées du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot come in:</source>
        <translation>Ne peut pas être importé :</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good feature(s)</source>
        <translation>
            <numerusform>Importer l&apos;objet valide (%n)</numerusform>
            <numerusform>Importer les %n objets valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>IncidentFilterBar</name>
    <message>
        <source>All time</source>
        <extracomment>The time choices: label, hours back from now (0: all time, -1: custom).</extracomment>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <source>Last 72 h</source>
        <translation>Dernières 72 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Slider off</source>
        <extracomment>The user turned the time slider&apos;s window off from here.</extracomment>
        <translation>Curseur désactivé</translation>
    </message>
    <message>
        <source>Turn the time slider&apos;s window off (show all time)</source>
        <translation>Désactiver la fenêtre du curseur temporel (afficher toute la période)</translation>
    </message>
    <message>
        <source>Categories: all</source>
        <translation>Catégories : toutes</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>5 only</source>
        <translation>5 uniquement</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Toute unité</translation>
    </message>
    <message>
        <source>Search title, description, actors…</source>
        <translation>Rechercher titre, description, acteurs…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>The clock &quot;Last 24 h&quot; counts back from (replaced in tests). Stop a search the user&apos;s typing scheduled (a filter set by the app is not one).</extracomment>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>and time slider {window}</source>
        <translation>et curseur temporel {window}</translation>
    </message>
    <message>
        <source>Categories: {chosen} of {total}</source>
        <translation>Catégories : {chosen} sur {total}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Time (DTG)</source>
        <translation>Heure (GDH)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
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
        <source>Location (MGRS)</source>
        <translation>Position (MGRS)</translation>
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
    <name>InteropDialogs</name>
    <message>
        <source>Units (at their current position)</source>
        <translation>Unités (à leur position actuelle)</translation>
    </message>
    <message>
        <source>Position reports</source>
        <translation>Comptes rendus de position</translation>
    </message>
    <message>
        <source>Patrol areas</source>
        <translation>Zones de patrouille</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Ceasefire lines</source>
        <translation>Lignes de cessez-le-feu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>GeoJSON (.geojson)</source>
        <translation>GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>GeoPackage for QGIS (.gpkg)</source>
        <translation>GeoPackage pour QGIS (.gpkg)</translation>
    </message>
    <message>
        <source>KML for Google Earth (.kml)</source>
        <translation>KML pour Google Earth (.kml)</translation>
    </message>
    <message>
        <source>KMZ for Google Earth (.kmz)</source>
        <translation>KMZ pour Google Earth (.kmz)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (.csv)</source>
        <translation>Tableur CSV (.csv)</translation>
    </message>
    <message>
        <source>Cursor-on-Target for ATAK (.cot)</source>
        <translation>Cursor-on-Target pour ATAK (.cot)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <extracomment>Column choices that are not field names (the data of the column&apos;s drop-down).</extracomment>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(telle quelle)</translation>
    </message>
    <message>
        <source>Files Blue Helmet can import</source>
        <translation>Fichiers que Blue Helmet peut importer</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No mission at {path}: File → New mission… creates one.</source>
        <translation>Aucune mission à {path}&#xa0;: Fichier → Nouvelle mission… en crée une.</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Contingent positions</source>
        <translation>Positions des contingents</translation>
    </message>
    <message>
        <source>Incidents (clustered)</source>
        <translation>Incidents (regroupés)</translation>
    </message>
    <message>
        <source>Incident density (heat)</source>
        <translation>Densité des incidents (carte de chaleur)</translation>
    </message>
    <message>
        <source>Unit tracks</source>
        <translation>Traces des unités</translation>
    </message>
    <message>
        <source>Patrol tracks</source>
        <translation>Traces des patrouilles</translation>
    </message>
    <message>
        <source>Ceasefire lines</source>
        <translation>Lignes de cessez-le-feu</translation>
    </message>
    <message>
        <source>Map items</source>
        <translation>Éléments de carte</translation>
    </message>
    <message>
        <source>Buffer zones</source>
        <translation>Zones tampons</translation>
    </message>
    <message>
        <source>Patrol areas</source>
        <translation>Zones de patrouille</translation>
    </message>
    <message>
        <source>Partners&apos; points, routes, roads, rivers, drawings and areas: none of them is a ceasefire line or a patrol area, and the analysis does not count them</source>
        <extracomment>What a layer holds, where its name alone does not say.</extracomment>
        <translation>Points, itinéraires, routes, cours d&apos;eau, dessins et zones des partenaires&#xa0;: aucun n&apos;est une ligne de cessez-le-feu ni une zone de patrouille, et l&apos;analyse ne les compte pas</translation>
    </message>
    <message>
        <source>No grid</source>
        <extracomment>Grid choices: page grid mode (``maps.document.GRIDS``, &quot;&quot; for none) → label.</extracomment>
        <translation>Pas de quadrillage</translation>
    </message>
    <message>
        <source>MGRS / UTM grid</source>
        <translation>Quadrillage MGRS / UTM</translation>
    </message>
    <message>
        <source>Latitude / longitude</source>
        <translation>Latitude / longitude</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <extracomment>The grid chosen: &quot;mgrs&quot;, &quot;latlon&quot; or &quot;&quot; (none).</extracomment>
        <translation>Opacité de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Quadrillage</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Blue Helmet COP</source>
        <extracomment>Emitted with the message each time the user is told that something failed. Emitted with one summary line per file after files were imported. Emitted with the number of ceasefire violations an import brought in. Emitted with the summary after a partner&apos;s package was imported (or found already there). Emitted with the summary line after File → Export wrote a file. Emitted with the path once a mission is open and shown (app/ui/missions.py follows it).</extracomment>
        <translation>Blue Helmet COP</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>The open mission; every view follows its ``changed`` and ``selected`` news. Everything the window asks the user goes through here (tests pass a scripted fake).</extracomment>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open mission…</source>
        <translation>&amp;Ouvrir une mission…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Missions &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Import &amp;ORBAT…</source>
        <translation>Importer l&apos;OR&amp;BAT…</translation>
    </message>
    <message>
        <source>Units and their hierarchy from an Excel or CSV order of battle</source>
        <translation>Les unités et leur hiérarchie, depuis un ordre de bataille Excel ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Basemaps</source>
        <translation>Fonds de &amp;carte</translation>
    </message>
    <message>
        <source>Import &amp;MBTiles basemap…</source>
        <translation>Importer un fond de carte &amp;MBTiles…</translation>
    </message>
    <message>
        <source>Add &amp;online tile source…</source>
        <translation>Ajouter une source de tuiles en &amp;ligne…</translation>
    </message>
    <message>
        <source>Manage &amp;basemaps…</source>
        <translation>Gérer les &amp;fonds de carte…</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG or PDF…</source>
        <translation>Exporter la carte en &amp;PNG ou PDF…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Zoom to &amp;mission</source>
        <translation>Zoomer sur la &amp;mission</translation>
    </message>
    <message>
        <source>&amp;Find incidents</source>
        <translation>&amp;Rechercher des incidents</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Import package from a partner…</source>
        <translation>&amp;Importer le paquet d&apos;un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Export package for a partner…</source>
        <translation>&amp;Exporter un paquet pour un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Partners and keys…</source>
        <translation>&amp;Partenaires et clés…</translation>
    </message>
    <message>
        <source>Unit &amp;identity…</source>
        <translation>Iden&amp;tité de l&apos;unité…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Blue Helmet COP</source>
        <translation>À &amp;propos de Blue Helmet COP</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when Blue Helmet COP is next started.</source>
        <translation>La langue changera au prochain démarrage de Blue Helmet COP.</translation>
    </message>
    <message>
        <source>Open mission database</source>
        <translation>Ouvrir la base de données d&apos;une mission</translation>
    </message>
    <message>
        <source>Mission databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données de mission (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blue Helmet COP&lt;/b&gt;&lt;br&gt;An offline common operating picture for multinational peacekeeping missions.&lt;br&gt;&lt;br&gt;{attribution} (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation>&lt;b&gt;Blue Helmet COP&lt;/b&gt;&lt;br&gt;Situation opérationnelle commune hors ligne pour les missions multinationales de maintien de la paix.&lt;br&gt;&lt;br&gt;{attribution} (https://creativecommons.org/licenses/by/4.0/).</translation>
    </message>
    <message>
        <source>About Blue Helmet COP</source>
        <translation>À propos de Blue Helmet COP</translation>
    </message>
    <message>
        <source>Creating the demo mission…</source>
        <translation>Création de la mission de démonstration…</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier démarrage</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · incidents shown {shown} of {total}</source>
        <translation>
            <numerusform>%n unité · incidents affichés&#xa0;: {shown} sur {total}</numerusform>
            <numerusform>%n unités · incidents affichés&#xa0;: {shown} sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  %n new ceasefire violation(s) arrived with the import — click to list them</source>
        <translation>
            <numerusform>⚠  %n nouvelle violation du cessez-le-feu est arrivée avec l&apos;import — cliquer pour l&apos;afficher</numerusform>
            <numerusform>⚠  %n nouvelles violations du cessez-le-feu sont arrivées avec l&apos;import — cliquer pour les afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>arrived with the import</source>
        <translation>arrivées avec l&apos;import</translation>
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
    <name>MapPage</name>
    <message>
        <source>North</source>
        <translation>Nord</translation>
    </message>
    <message>
        <source>{dtg} (local)</source>
        <translation>{dtg} (heure locale)</translation>
    </message>
    <message>
        <source>Drag the vertices of the area; click a middle marker to add one.</source>
        <translation>Faites glisser les sommets de la zone&#xa0;; cliquez sur un repère intermédiaire pour en ajouter un.</translation>
    </message>
    <message>
        <source>Drag the vertices of the line; click a middle marker to add one.</source>
        <translation>Faites glisser les sommets de la ligne&#xa0;; cliquez sur un repère intermédiaire pour en ajouter un.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Left: {party}</source>
        <translation>Gauche&#xa0;: {party}</translation>
    </message>
    <message>
        <source>Right: {party}</source>
        <translation>Droite&#xa0;: {party}</translation>
    </message>
    <message>
        <source>Move the pointer over the map</source>
        <translation>Déplacez le pointeur sur la carte</translation>
    </message>
    <message>
        <source>Measure distance and area</source>
        <translation>Mesurer une distance et une surface</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Distance {value}</source>
        <translation>Distance {value}</translation>
    </message>
    <message>
        <source>Area {value}</source>
        <translation>Surface {value}</translation>
    </message>
    <message>
        <source>Click to add points; double-click or Finish to end; Esc cancels.</source>
        <translation>Cliquez pour ajouter des points&#xa0;; double-cliquez ou « Terminer » pour finir&#xa0;; Échap annule.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Severity 1–5</source>
        <translation>Gravité 1–5</translation>
    </message>
    <message>
        <source>Cluster: number of incidents</source>
        <translation>Regroupement&#xa0;: nombre d&apos;incidents</translation>
    </message>
    <message>
        <source>Heatmap (off by default)</source>
        <translation>Carte de densité (masquée par défaut)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostile</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Group of units</source>
        <translation>Groupe d&apos;unités</translation>
    </message>
    <message>
        <source>Unit track</source>
        <translation>Trace d&apos;unité</translation>
    </message>
    <message>
        <source>Lines and areas</source>
        <translation>Lignes et zones</translation>
    </message>
    <message>
        <source>Ceasefire line</source>
        <translation>Ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>Alpha line</source>
        <translation>Ligne Alpha</translation>
    </message>
    <message>
        <source>Line of contact</source>
        <translation>Ligne de contact</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>Zone tampon</translation>
    </message>
    <message>
        <source>Area of separation</source>
        <translation>Zone de séparation</translation>
    </message>
    <message>
        <source>Area, active</source>
        <translation>Zone active</translation>
    </message>
    <message>
        <source>Area, restricted</source>
        <translation>Zone restreinte</translation>
    </message>
    <message>
        <source>Area, inactive or closed</source>
        <translation>Zone inactive ou fermée</translation>
    </message>
    <message>
        <source>Patrol in progress</source>
        <translation>Patrouille en cours</translation>
    </message>
    <message>
        <source>Patrol planned</source>
        <translation>Patrouille planifiée</translation>
    </message>
    <message>
        <source>Patrol completed</source>
        <translation>Patrouille terminée</translation>
    </message>
    <message>
        <source>Patrol cancelled or aborted</source>
        <translation>Patrouille annulée ou interrompue</translation>
    </message>
    <message>
        <source>Data as of {dtg}</source>
        <translation>Données au {dtg}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>catégorie inconnue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>{n} civilian</source>
        <translation>civils&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} peacekeeper</source>
        <translation>Casques bleus&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Loading the full report…</source>
        <translation>Chargement du compte rendu complet…</translation>
    </message>
    <message>
        <source>The full report could not be loaded.</source>
        <translation>Le compte rendu complet n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Abrégé</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Nation</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Unité supérieure</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Dernier compte rendu</translation>
    </message>
    <message>
        <source>no position report</source>
        <translation>aucun compte rendu de position</translation>
    </message>
    <message>
        <source>SIDC</source>
        <translation>SIDC</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Left party</source>
        <translation>Partie à gauche</translation>
    </message>
    <message>
        <source>Right party</source>
        <translation>Partie à droite</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Zone tampon</translation>
    </message>
    <message>
        <source>{m} m each side</source>
        <translation>{m} m de chaque côté</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Conclu le</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>left and right as seen walking the line in its digitising direction</source>
        <translation>gauche et droite vues en parcourant la ligne dans son sens de numérisation</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>{m} m each side of the line</source>
        <translation>{m} m de part et d&apos;autre de la ligne</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>Identifiant de la ligne</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Buffer zones</source>
        <translation>Zones tampons</translation>
    </message>
    <message>
        <source>Ceasefire and control lines</source>
        <translation>Lignes de cessez-le-feu et de contrôle</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Unit tracks</source>
        <translation>Traces des unités</translation>
    </message>
    <message>
        <source>Incident heatmap</source>
        <translation>Carte de densité des incidents</translation>
    </message>
    <message>
        <source>Map item</source>
        <translation>Élément de carte</translation>
    </message>
    <message>
        <source>Map item · area</source>
        <translation>Élément de carte · zone</translation>
    </message>
    <message>
        <source>Map item · line</source>
        <translation>Élément de carte · ligne</translation>
    </message>
    <message>
        <source>Map item · point</source>
        <translation>Élément de carte · point</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Sommets</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type chez le partenaire</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Map items (partner points, lines, areas)</source>
        <translation>Éléments de carte (points, lignes et zones des partenaires)</translation>
    </message>
</context>
<context>
    <name>MirrorWindow</name>
    <message>
        <source>{title} — briefing display</source>
        <translation>{title} — écran de briefing</translation>
    </message>
</context>
<context>
    <name>MissionController</name>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>Open the &amp;training demo</source>
        <translation>Ouvrir la &amp;démonstration d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Mission {name} created in {path}. Next: Mission → Settings… (area, parties), File → Import… (ORBAT, areas, lines).</source>
        <translation>Mission {name} créée dans {path}. Ensuite&#xa0;: Mission → Paramètres… (zone, parties), Fichier → Importer… (ORBAT, zones, lignes).</translation>
    </message>
    <message>
        <source>Writing the training demo…</source>
        <translation>Écriture de la démonstration d&apos;entraînement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Training demo</source>
        <translation>Démonstration d&apos;entraînement</translation>
    </message>
    <message>
        <source>open a mission first: File → Open mission…</source>
        <translation>ouvrez d&apos;abord une mission&#xa0;: Fichier → Ouvrir une mission…</translation>
    </message>
    <message>
        <source>Mission settings saved ({changes}). Ctrl+Z takes it back.</source>
        <translation>Paramètres de la mission enregistrés ({changes}). Ctrl+Z les annule.</translation>
    </message>
</context>
<context>
    <name>MissionSettingsDialog</name>
    <message>
        <source>Key</source>
        <extracomment>Categories table columns.</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>ACLED event type</source>
        <translation>Type d&apos;événement ACLED</translation>
    </message>
    <message>
        <source>ACLED sub-event type</source>
        <translation>Sous-type d&apos;événement ACLED</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Paramètres de la mission</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Area of operations</source>
        <translation>Zone d&apos;opérations</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <source>{mark}: every title and output of this mission says so.</source>
        <translation>{mark} : chaque titre et chaque produit de cette mission l&apos;indiquent.</translation>
    </message>
    <message>
        <source>One party to the ceasefire per line</source>
        <translation>Une partie au cessez-le-feu par ligne</translation>
    </message>
    <message>
        <source>Parties to the ceasefire</source>
        <translation>Parties au cessez-le-feu</translation>
    </message>
    <message>
        <source>Violation analysis counts violations for each party; ceasefire lines name them on their left and right.</source>
        <translation>L&apos;analyse des violations compte les violations par partie ; les lignes de cessez-le-feu les nomment à leur gauche et à leur droite.</translation>
    </message>
    <message>
        <source>Lowest first. Labels that records carry cannot be removed.</source>
        <translation>Du plus bas au plus élevé. Les niveaux portés par des enregistrements ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>Classification labels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <source>Lowest first, comma-separated (e.g. UNCLASSIFIED, CONFIDENTIAL).</source>
        <translation>Du plus bas au plus élevé, séparés par des virgules (p. ex. UNCLASSIFIED, CONFIDENTIAL).</translation>
    </message>
    <message>
        <source>Import polygon (GeoJSON)…</source>
        <translation>Importer un polygone (GeoJSON)…</translation>
    </message>
    <message>
        <source>Use a patrol area or sector…</source>
        <translation>Utiliser une zone de patrouille ou un secteur…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>or a box: west, south, east, north (degrees)</source>
        <translation>ou un rectangle : ouest, sud, est, nord (degrés)</translation>
    </message>
    <message>
        <source>Use box</source>
        <translation>Utiliser le rectangle</translation>
    </message>
    <message>
        <source>The map opens on the area of operations. To draw it, draw a patrol area of type &apos;area of responsibility&apos; on the map (Edit → New → Patrol area), then choose it here.</source>
        <translation>La carte s&apos;ouvre sur la zone d&apos;opérations. Pour la tracer, tracez sur la carte une zone de patrouille de type « zone de responsabilité » (Édition → Nouveau → Zone de patrouille), puis choisissez-la ici.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Edit a label to rename; untick &apos;In use&apos; to retire (old incidents keep their category). Keys are fixed once records may use them.</source>
        <translation>Modifiez un libellé pour renommer ; décochez « En usage » pour retirer (les anciens incidents gardent leur catégorie). Les clés sont figées dès que des enregistrements peuvent les utiliser.</translation>
    </message>
    <message>
        <source>by {unit}</source>
        <translation>par {unit}</translation>
    </message>
    <message>
        <source>No settings changed yet.</source>
        <translation>Aucun paramètre modifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{event_type} (before 2019)</source>
        <translation>{event_type} (avant 2019)</translation>
    </message>
    <message>
        <source>No area of operations set: the map opens on everything the mission holds.</source>
        <translation>Aucune zone d&apos;opérations définie : la carte s&apos;ouvre sur l&apos;ensemble des données de la mission.</translation>
    </message>
    <message>
        <source>Area of operations set ({shape}): west {west}, south {south}, east {east}, north {north}.</source>
        <translation>Zone d&apos;opérations définie ({shape}) : ouest {west}, sud {south}, est {east}, nord {north}.</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>e.g. UNMISS Sector East</source>
        <translation>p. ex. MINUSS Secteur Est</translation>
    </message>
    <message>
        <source>Our own list…</source>
        <translation>Notre propre liste…</translation>
    </message>
    <message>
        <source>lowest first, comma-separated</source>
        <translation>la plus basse d&apos;abord, séparées par des virgules</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <source>Classification labels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Create mission</source>
        <translation>Créer la mission</translation>
    </message>
    <message>
        <source>New mission file</source>
        <translation>Fichier de la nouvelle mission</translation>
    </message>
    <message>
        <source>Mission databases (*.db)</source>
        <translation>Bases de données de mission (*.db)</translation>
    </message>
    <message>
        <source>choose a file for the mission</source>
        <translation>choisissez un fichier pour la mission</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre fichier</translation>
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
    <name>Outputs</name>
    <message>
        <source>Page 1 of 1</source>
        <translation>Page 1 sur 1</translation>
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
    <name>PlaceFinder</name>
    <message numerus="yes">
        <source>(1 of %n place(s) of that name: Ctrl+G lists them)</source>
        <extracomment>Zoom the &quot;Go to&quot; box takes the map to: a town and its surroundings. Labels from this zoom on (also the page&apos;s bhPlaces.MIN_ZOOM). The world index is there (it was built in the background). Whether map labels may start building the world index (the Go-to box always may); GUI tests switch it off so each window does not spend 10 s indexing. Where the map looks now: ranks places of equal population by distance.</extracomment>
        <translation>
            <numerusform>(1 sur %n lieu de ce nom : Ctrl+G les énumère)</numerusform>
            <numerusform>(1 sur %n lieux de ce nom : Ctrl+G les énumère)</numerusform>
        </translation>
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
    <name>RecordForm</name>
    <message>
        <source>New unit</source>
        <extracomment>Title of the form that makes a new record of each kind, and of the one that edits one.</extracomment>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>New position report</source>
        <translation>Nouveau compte rendu de position</translation>
    </message>
    <message>
        <source>New patrol area</source>
        <translation>Nouvelle zone de patrouille</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>Nouvelle patrouille</translation>
    </message>
    <message>
        <source>New ceasefire line</source>
        <translation>Nouvelle ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>New map item</source>
        <translation>Nouvel élément cartographique</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Modifier l&apos;unité</translation>
    </message>
    <message>
        <source>Edit position report</source>
        <translation>Modifier le compte rendu de position</translation>
    </message>
    <message>
        <source>Edit patrol area</source>
        <translation>Modifier la zone de patrouille</translation>
    </message>
    <message>
        <source>Edit patrol</source>
        <translation>Modifier la patrouille</translation>
    </message>
    <message>
        <source>Edit ceasefire line</source>
        <translation>Modifier la ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Edit map item</source>
        <translation>Modifier l&apos;élément cartographique</translation>
    </message>
    <message>
        <source>— not given —</source>
        <extracomment>text, multiline, choice, ref, count, number, time, location, geometry For refs: the record kind listed (unit, patrol_area, ceasefire_line). A choice or ref that may be left empty. For geometry: the shape drawn on the map (line, polygon; &quot;any&quot;: point, line or polygon). For choices: the vocabulary of ``app.domain.labels`` whose labels the reader sees.</extracomment>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Releasable to</source>
        <translation>Communicable à</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Unité déclarante</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>of them civilians</source>
        <translation>dont civils</translation>
    </message>
    <message>
        <source>of them peacekeepers</source>
        <translation>dont Casques bleus</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Comma-separated, impartial names</source>
        <translation>Séparés par des virgules, noms impartiaux</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Nation</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3: NPL</source>
        <translation>ISO 3166 alpha-3 : NPL</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unité supérieure</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Symbol (SIDC)</source>
        <translation>Symbole (SIDC)</translation>
    </message>
    <message>
        <source>20 digits, e.g. 10031000161211000000</source>
        <translation>20 chiffres, p. ex. 10031000161211000000</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>personnels</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Unité responsable</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinéraire suivi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Party on the left</source>
        <translation>Partie à gauche</translation>
    </message>
    <message>
        <source>Party on the right</source>
        <translation>Partie à droite</translation>
    </message>
    <message>
        <source>Buffer (each side)</source>
        <translation>Zone tampon (de chaque côté)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Date de l&apos;accord</translation>
    </message>
    <message>
        <source>Map item</source>
        <translation>Élément cartographique</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Status (routes, roads)</source>
        <translation>État (itinéraires, routes)</translation>
    </message>
    <message>
        <source>optional: control measure, e.g. 10032500001303000000</source>
        <translation>facultatif : mesure de coordination, p. ex. 10032500001303000000</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>optional: #1d5fbf (else the type&apos;s)</source>
        <translation>facultatif : #1d5fbf (sinon celle du type)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Choice fields whose keys the domain labels (``app.domain.labels.VOCABULARIES``). ``status`` means a different vocabulary for each kind. Choices shown with their code first (&quot;B – usually reliable&quot;).</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>point</source>
        <extracomment>The shapes a map item takes, as the type list names them.</extracomment>
        <translation>point</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Place point</source>
        <extracomment>GeoJSON geometry type → the shape of a map item drawn so.</extracomment>
        <translation>Placer le point</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>Tracer la ligne</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Tracer la zone</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>The user asked to pick the location on the map. Draw the geometry field on the map: field name, shape (&apos;line&apos; | &apos;polygon&apos;). Edit the vertices of the geometry field on the map: field name. Called with the form on Save; raises AppError to keep the form open with the message.</extracomment>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Reste à remplir : {fields}</translation>
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
    <name>Safekeeping</name>
    <message>
        <source>Mission database damaged</source>
        <extracomment>Default minutes between automatic backups while the GUI runs (QSettings backup/interval_min).</extracomment>
        <translation>Base de données de la mission endommagée</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest healthy backup, taken {when} ({reason})? Changes made after it are lost; the damaged file is kept beside the database.</source>
        <translation>{problem}

Restaurer la dernière sauvegarde saine, prise le {when} ({reason}) ? Les modifications postérieures seront perdues ; le fichier endommagé est conservé à côté de la base.</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Save current view…</source>
        <extracomment>A SavedView to apply to the map (click, number key, slideshow). Emitted with the list of view names after every change. Builds a SavedView of what the map shows now, under a name (set by the controller). Where refused input goes (the main window&apos;s one error sink).</extracomment>
        <translation>Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Start slideshow</source>
        <translation>Lancer le diaporama</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds each view stays on screen during the slideshow</source>
        <translation>Secondes d&apos;affichage de chaque vue pendant le diaporama</translation>
    </message>
    <message>
        <source>Keys 1–9 recall the first nine views.</source>
        <translation>Les touches 1 à 9 rappellent les neuf premières vues.</translation>
    </message>
    <message>
        <source>every</source>
        <translation>toutes les</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>fenêtre temporelle</translation>
    </message>
    <message>
        <source>Stop slideshow</source>
        <translation>Arrêter le diaporama</translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation>Vue {number}</translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the saved view “{name}”?</source>
        <translation>Supprimer la vue enregistrée « {name} » ?</translation>
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
    <name>SidcWords</name>
    <message>
        <source>pending</source>
        <extracomment>Affiliations and symbol sets of a SIDC (``app.domain.sidc``), as the panel names them.</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>assumed friend</source>
        <translation>ami présumé</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ami</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>hostile</translation>
    </message>
    <message>
        <source>joker</source>
        <translation>joker</translation>
    </message>
    <message>
        <source>faker</source>
        <translation>faker</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>air missile</source>
        <translation>missile (air)</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>space missile</source>
        <translation>missile (espace)</translation>
    </message>
    <message>
        <source>land unit</source>
        <translation>unité terrestre</translation>
    </message>
    <message>
        <source>land civilian</source>
        <translation>civil terrestre</translation>
    </message>
    <message>
        <source>land equipment</source>
        <translation>équipement terrestre</translation>
    </message>
    <message>
        <source>land installation</source>
        <translation>installation terrestre</translation>
    </message>
    <message>
        <source>control measure</source>
        <translation>mesure de coordination</translation>
    </message>
    <message>
        <source>dismounted individual</source>
        <translation>individu débarqué</translation>
    </message>
    <message>
        <source>sea surface</source>
        <translation>surface maritime</translation>
    </message>
    <message>
        <source>sea subsurface</source>
        <translation>sous-marin</translation>
    </message>
    <message>
        <source>mine warfare</source>
        <translation>guerre des mines</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>special operations</source>
        <translation>opérations spéciales</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbole</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>quartier général</translation>
    </message>
    <message>
        <source>{affiliation} {echelon} {headquarters} {symbol_set}</source>
        <translation>{symbol_set} · {affiliation} · {echelon} · {headquarters}</translation>
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
    <name>StartPage</name>
    <message>
        <source>An offline common operating picture for peacekeeping missions. Each mission is one database file: start a new one for a real deployment, open one you have, or look around in the training demo.</source>
        <extracomment>Item data role holding a recent mission&apos;s path.</extracomment>
        <translation>Situation opérationnelle commune hors ligne pour les missions de maintien de la paix. Chaque mission est un fichier de base de données&#xa0;: créez-en une pour un déploiement réel, ouvrez celle que vous avez, ou découvrez l&apos;application avec la démonstration d&apos;entraînement.</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <source>An empty mission: its name, classification labels and file.</source>
        <translation>Une mission vide&#xa0;: son nom, ses niveaux de classification et son fichier.</translation>
    </message>
    <message>
        <source>Open mission…</source>
        <translation>Ouvrir une mission…</translation>
    </message>
    <message>
        <source>A mission database file (.db).</source>
        <translation>Un fichier de base de données de mission (.db).</translation>
    </message>
    <message>
        <source>Open the training demo</source>
        <translation>Ouvrir la démonstration d&apos;entraînement</translation>
    </message>
    <message>
        <source>Fictional data marked {mark}, in its own file: never in a mission.</source>
        <translation>Données fictives marquées {mark}, dans un fichier distinct.</translation>
    </message>
    <message>
        <source>Recent missions</source>
        <translation>Missions récentes</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
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
    <name>TimeField</name>
    <message>
        <source>051430ZMAR24 or 2024-03-05 14:30Z</source>
        <translation>051430ZMAR24 ou 2024-03-05 14:30Z</translation>
    </message>
    <message>
        <source>write a date-time group (051430ZMAR24) or ISO 8601 (2024-03-05T14:30Z)</source>
        <translation>saisir un groupe date-heure (051430ZMAR24) ou une date ISO 8601 (2024-03-05T14:30Z)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>7 days</source>
        <extracomment>Window lengths offered (label, hours).</extracomment>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <extracomment>Playback speeds (label, hours of mission time per second).</extracomment>
        <translation>1 jour/s</translation>
    </message>
    <message>
        <source>3 days/s</source>
        <translation>3 jours/s</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>(start, end) datetimes in UTC, or (None, None) when the time filter is off.</extracomment>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Show the whole mission period (time filter off)</source>
        <translation>Afficher toute la période de la mission (filtre temporel désactivé)</translation>
    </message>
    <message>
        <source>Time filter off: the whole mission period</source>
        <translation>Filtre temporel désactivé : toute la période de la mission</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>add {noun}</source>
        <extracomment>The record the command is about (as after the edit), for selection and refresh.</extracomment>
        <translation>ajout ({noun})</translation>
    </message>
    <message>
        <source>add {noun} “{name}”</source>
        <translation>ajout ({noun}) « {name} »</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>edit {noun} “{name}”</source>
        <translation>modification ({noun}) « {name} »</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>delete {noun} “{name}”</source>
        <translation>suppression ({noun}) « {name} »</translation>
    </message>
    <message>
        <source>move unit</source>
        <translation>déplacement d&apos;unité</translation>
    </message>
    <message>
        <source>move unit “{name}”</source>
        <translation>déplacement de l&apos;unité « {name} »</translation>
    </message>
    <message>
        <source>mark incident {status}</source>
        <translation>passage de l&apos;incident à « {status} »</translation>
    </message>
    <message>
        <source>mark “{name}” {status}</source>
        <translation>passage de « {name} » à « {status} »</translation>
    </message>
    <message>
        <source>attach file</source>
        <translation>ajout de pièce jointe</translation>
    </message>
    <message>
        <source>attach “{name}”</source>
        <translation>ajout de la pièce jointe « {name} »</translation>
    </message>
    <message>
        <source>remove attachment</source>
        <translation>retrait de pièce jointe</translation>
    </message>
    <message>
        <source>remove attachment “{name}”</source>
        <translation>retrait de la pièce jointe « {name} »</translation>
    </message>
    <message>
        <source>change mission settings</source>
        <translation>modification des paramètres de la mission</translation>
    </message>
    <message>
        <source>mission settings ({change})</source>
        <translation>paramètres de la mission ({change})</translation>
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
    <name>UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Nation</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>no callsign</source>
        <translation>sans indicatif</translation>
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
